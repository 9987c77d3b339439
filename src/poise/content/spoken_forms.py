"""Load the spellings of speech and dialect (spoken_forms.yaml), validated by their schema.

A file that is missing, is not YAML, or holds a spelling whose pieces do not match its standard
words is refused with a ContentError naming the file, the line and what to do. The shipped file
is read once per process, when the English pipeline is first built (never at import).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from poise.content.schema.spoken_forms import SpokenForms

SPOKEN_FORMS_FILE = "spoken_forms.yaml"


def spoken_forms_path() -> Path:
    """The shipped spoken_forms.yaml."""
    return Path(str(resources.files("poise.content"))) / SPOKEN_FORMS_FILE


def load_spoken_forms(path: Path | None = None) -> SpokenForms:
    """The table in ``path`` (the shipped file by default); raise ContentError listing every
    problem with its line."""
    from poise.content.collect import load_file  # YAML reading, only when the file is read

    return load_file(path or spoken_forms_path(), SpokenForms)


@lru_cache(maxsize=1)
def spoken_forms() -> SpokenForms:
    """The shipped table, read once."""
    return load_spoken_forms()
