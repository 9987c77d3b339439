"""Spellings of speech and dialect read as the standard English they stand for.

A transcript keeps the speaker's words ("I dinnae think it's gaun tae change noo"). The English
tokenizer is taught each spelling of content/spoken_forms.yaml as a special case: the token's
text stays the speaker's, so offsets and quotes are unchanged, and its norm is the standard word
("dinnae" is split into "din" + "nae", read "do" + "not"). spaCy's tagger and parser read the
norm, so the grammar comes out as the speaker meant it; ``reading`` hands the rules the same
standard word in place of the spelling, so word classes ("not", "now", "was") match too.
Only lower-case spellings are taught, and the split negatives also with a capital: a capitalised
single spelling may be a name.

A dropped "g" ("gettin'", "runnin'") cannot be taught that way: the tagger reads the word's
ending as much as its norm and takes "gettin" for a noun. ``as_read`` writes the "g" back in
place of the apostrophe, one character for one, so the text the parser reads has the speaker's
offsets and every quote is cut from the speaker's own text (``text.from_doc``). Only a word
whose "-ing" form is a known verb is mended ("the word 'margin'" keeps its quote mark).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from poise.analysis.tags import known_verb, verb_lemma
from poise.content.spoken_forms import spoken_forms

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Token


def install(tokenizer: Tokenizer) -> None:
    """Teach ``tokenizer`` every spelling of the table, each piece with its standard word as
    its norm."""
    from spacy.symbols import NORM, ORTH

    for spelling, standard in spoken_forms().forms.items():
        pieces = spelling.split("|")
        words = standard.split()
        variants = [pieces]
        if len(pieces) > 1:  # "Cannae ..." opens a sentence; no name is split in two
            variants.append([pieces[0].capitalize(), *pieces[1:]])
        for variant in variants:
            tokenizer.add_special_case(
                "".join(variant),
                [{ORTH: piece, NORM: word} for piece, word in zip(variant, words, strict=True)])


@lru_cache(maxsize=1)
def taught_pieces() -> frozenset[str]:
    """The lower-case pieces the tokenizer was taught a different word for: only these read
    their norm. A piece that is itself the standard word ("did" of "did|nae") is left out, as
    spaCy gives English contractions norms of its own ("did" of "didn't" is normed "do")."""
    return frozenset(piece for spelling, standard in spoken_forms().forms.items()
                     for piece, word in zip(spelling.split("|"), standard.split(), strict=True)
                     if piece != word)


def reading(token: Token) -> str:
    """The lower-case word the rules read for ``token``: the standard word for a taught
    spelling ("wis" -> "was"), the token's own lower case otherwise."""
    lower: str = token.lower_
    return token.norm_ if lower in taught_pieces() else lower


DROPPED_G_RE = re.compile(r"\b([A-Za-z]{2,}in)'(?![A-Za-z])")
"""A word ending in "in" with an apostrophe for its dropped "g" ("gettin'", "Runnin'")."""


def as_read(text: str) -> str:
    """``text`` with each dropped "g" of a verb written back ("gettin'" -> "getting"): the same
    length, character for character, so offsets into it are offsets into ``text``."""
    if "'" not in text:
        return text
    return DROPPED_G_RE.sub(_restored, text)


def _restored(hit: re.Match[str]) -> str:
    word = hit.group(1)
    return word + "g" if _verb_form(word.lower() + "g") else hit.group(0)


@lru_cache(maxsize=4096)
def _verb_form(form: str) -> bool:
    """Whether ``form`` ("getting") is the "-ing" form of a known verb."""
    return known_verb(verb_lemma(form))
