"""Spoken and dialect spellings and the standard English words they stand for (spoken_forms.yaml).

A transcript written as the speaker talks ("I dinnae ken", "we wis short", "naebody telt me")
keeps its words; the parser is told the standard word behind each spelling, so the grammar the
rules read (a negation, a past tense, "going to") is the speaker's. Each entry maps one
lower-case spelling to one standard word, or a spelling split by "|" into pieces to as many
standard words ("din|nae": "do not").
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from poise.content.schema.base import Strict, Text

Spelling = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z'|]*$", min_length=1, max_length=30)]
"""A lower-case spelling; "|" marks where a spelling is split into two words ("can|nae")."""
Standard = Annotated[str, StringConstraints(pattern=r"^[a-z]+(?: [a-z]+)?$", min_length=1, max_length=30)]
"""The standard English word, or two words for a spelling split in two."""


class SpokenForms(Strict):
    """spoken_forms.yaml: spellings of speech and dialect, each with its standard English."""

    about: Text = Field(description="What the table is for and how the parse uses it.")
    forms: dict[Spelling, Standard] = Field(min_length=1)

    @model_validator(mode="after")
    def _pieces_match(self) -> SpokenForms:
        """A split spelling has as many pieces as standard words, and no piece is empty."""
        for spelling, standard in self.forms.items():
            pieces = spelling.split("|")
            if any(not piece for piece in pieces):
                raise ValueError(f"{spelling!r}: a piece between the '|' marks is empty")
            if len(pieces) != len(standard.split()):
                raise ValueError(f"{spelling!r} has {len(pieces)} piece(s) but {standard!r} has "
                                 f"{len(standard.split())} word(s): give one standard word per piece")
        return self
