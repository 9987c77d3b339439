"""Load the word classes of the outcome readers (outcome_words.yaml), validated by their schema.

A file that is missing, is not YAML, lacks a class, names one the schema does not know, or lists
a word twice or in capitals is refused with a ContentError naming the file, the line and what to
do. The shipped file is read once per process, on first use (never at import).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from poise.content.schema.word_classes import OutcomeWords

OUTCOME_WORDS_FILE = "outcome_words.yaml"


def outcome_words_path() -> Path:
    """The shipped outcome_words.yaml."""
    return Path(str(resources.files("poise.content"))) / OUTCOME_WORDS_FILE


def load_outcome_words(path: Path | None = None) -> OutcomeWords:
    """The word classes in ``path`` (the shipped file by default); raise ContentError listing
    every problem with its line."""
    from poise.content.collect import load_file  # YAML reading, only when the file is read

    return load_file(path or outcome_words_path(), OutcomeWords)


@lru_cache(maxsize=1)
def outcome_words() -> OutcomeWords:
    """The shipped word classes, read once."""
    return load_outcome_words()
