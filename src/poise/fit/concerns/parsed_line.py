"""One cached dependency parse of a job or résumé line, shared by the concern readers that read a
line's structure (leaders led, an outsourced service asked), so a line two of them read is
parsed once."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

LINE_CHARS = 400
"""The first characters of a line that are parsed: a bound on the work a pasted wall of text costs."""


@lru_cache(maxsize=512)
def parsed_line(text: str) -> Doc:
    """The line's first ``LINE_CHARS`` characters, parsed."""
    from poise.analysis.nlp import spacy_pipeline

    return spacy_pipeline(parse=True)(text[:LINE_CHARS])
