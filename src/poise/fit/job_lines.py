"""How an advert's lines split into requirements: table cells (pipes or tabs), ticked columns,
a section's list on one line, sub-headings over a list, clauses and coordinated duties."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from poise.fit.lexicon import FitPatterns, abbreviation_end, any_match
from poise.fit.text import clean, is_bullet

COORDINATED_WORDS = 25
"""A sentence this long may list several duties as coordinated verbs, each with its object."""


def coordinated_duties(sentence: str) -> list[str]:
    """A long sentence that lists duties as verbs joined by commas and "and", each with its own
    object ("You will lead a team of 40, manage a budget of £2m and oversee the contracts"), as
    one clause per verb; any other sentence as it is. Read from spaCy's dependency parse."""
    if len(sentence.split()) < COORDINATED_WORDS:
        return [sentence]
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline(parse=True)(sentence)
    roots = [token for token in doc if token.dep_ == "ROOT"]
    if len(roots) != 1 or not has_object(roots[0]):
        return [sentence]
    verbs = [roots[0]]
    frontier = [roots[0]]
    while frontier:
        head = frontier.pop()
        for child in head.children:
            if child.dep_ == "conj" and has_object(child) and child.i > head.i:
                verbs.append(child)
                frontier.append(child)
    if len(verbs) < 2:
        return [sentence]
    verbs.sort(key=lambda token: token.i)
    # a verb with its own subject and auxiliary ("…, and you'll grow it") is cut before them
    cuts = [0, *(min([verb.i, *(child.i for child in verb.children
                                  if child.dep_ in ("nsubj", "aux") and child.i < verb.i)])
                 for verb in verbs[1:]), len(doc)]
    parts = []
    for begin, end in pairwise(cuts):
        span = doc[begin:end]
        text = span.text.strip().rstrip(",;").strip()
        text = re.sub(r"(?:,\s*)?\b(?:and|or|as well as)$", "", text).strip().rstrip(",")
        if len(text.split()) < 4:
            return [sentence]
        parts.append(text[:1].upper() + text[1:])
    return parts


def has_object(token: Any) -> bool:
    """True when a verb in the parse has a direct object of its own."""
    return any(child.dep_ in ("dobj", "obj") for child in token.children)


SUB_HEADING_WORDS = 5


def sub_heading(raw: str, following: str | None) -> bool:
    """True for a short unpunctuated line in title case that heads a list ("Operations &
    Finance" over its duties): a label inside a section, not a requirement of its own."""
    text = clean(raw)
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if (is_bullet(raw) or following is None or not is_bullet(following) or not words
            or len(text.split()) > SUB_HEADING_WORDS or re.search(r"[.!?;:,)]$", text)):
        return False
    return all(word[0].isupper() or word.lower() in TITLE_JOINERS for word in words)


TITLE_JOINERS = frozenset({"and", "of", "the", "for", "to", "in", "with", "on", "at", "a", "an"})


INLINE_BULLET_RE = re.compile(r"\s+[•●▪◦■►]\s+")
LABELLED_LIST_RE = re.compile(r"^(?P<label>[A-Z][\w'’ &/-]{2,40}?)\s*:\s+(?P<items>\S.*)$")
"""A section's name and its items on one line ("Requirements: • X • Y", "Duties: X; Y; Z")."""
TICK_RE = re.compile(r"^(?:✓|✔|☑|✗|x|X|yes|Yes|YES|\*|•|●)$")
"""A table cell that only marks its column ("✓", "x", "Yes")."""


def table_cells(raw: str) -> list[str]:
    """The cells of a table row: a markdown row ("| a | | b |", empty cells kept) or cells joined
    by " | " as intake writes a document's table; [] for any other line."""
    tabbed = [cell.strip() for cell in raw.strip().split("\t") if cell.strip()]
    if len(tabbed) >= 2 and not is_bullet(raw):
        return [clean(cell) for cell in tabbed]  # a table copied from a document: cells by tabs
    text = clean(raw)
    if " | " not in raw and not (text.startswith("|") and text.endswith("|")):
        return []
    if text.startswith("|") and text.endswith("|") and len(text) > 1:
        return [cell.strip() for cell in text[1:-1].split("|")]
    return [cell.strip() for cell in text.split(" | ")]


def inline_items(text: str) -> list[str]:
    """The items of a one-line list: split at inline bullets, else at semicolons."""
    text = text.strip()
    parts = [part.strip() for part in INLINE_BULLET_RE.split(" " + text) if part.strip()]
    if len(parts) == 1:
        parts = [part.strip() for part in text.split(";") if part.strip()]
    return [part.lstrip("•●▪◦■► ").strip() for part in parts]


def ticked(cells: list[str], columns: list[str]) -> bool:
    """True when a row marks its essential or desirable column with a tick rather than text."""
    marks = [cell.strip(" |*") for column, cell in zip(columns, cells, strict=False)
             if column in ("must", "nice")]
    return any(TICK_RE.match(mark) for mark in marks) and all(
        not mark or TICK_RE.match(mark) for mark in marks)


CLAUSE_SPLIT_RE = re.compile(r";|(?<=[\w)][.!?])\s+(?=[A-Z])")
"""Where a requirement line may hold two: a semicolon, or the end of a sentence ("B.Sc. – must.
An MBA is an advantage.")."""


def clause_parts(sentence: str) -> list[str]:
    """``sentence`` cut at its semicolons and sentence ends, an abbreviation's stop kept inside."""
    parts: list[str] = []
    for piece in CLAUSE_SPLIT_RE.split(sentence):
        if parts and abbreviation_end().search(parts[-1]):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return [part.strip() for part in parts if part.strip()]


CLAUSE_LIST_WORDS = 20
CLAUSE_LIST_PARTS = 3
CLAUSE_WORDS = 5
"""A line of at least three clauses of five words or more, twenty words in all, lists as many
requirements; two clauses are one requirement with its detail ("Ensure X; face Y audits")."""


def clauses(sentences: list[str], patterns: FitPatterns) -> list[str]:
    """Sentences split at semicolons or full stops when one part is only nice to have ("French;
    German is a plus", "A degree is a must. An MBA is an advantage.")."""
    found: list[str] = []
    for sentence in sentences:
        parts = clause_parts(sentence)
        mixed = len(parts) > 1 and any(any_match(patterns.nice, part) for part in parts) and not all(
            any_match(patterns.nice, part) for part in parts)
        # "You'll have run X for five years; you'll know how to Y; and you'll Z": clauses that
        # each ask for something of their own.
        several = len(parts) >= CLAUSE_LIST_PARTS and len(sentence.split()) >= CLAUSE_LIST_WORDS and all(
            len(part.split()) >= CLAUSE_WORDS for part in parts)
        if (mixed and all(len(part.split()) >= 2 for part in parts)) or several:
            for part in parts:
                part = re.sub(r"^(?:and|or|but|as well as)\s+", "", part)
                found.append(part if part.endswith(".") else part + ".")
        else:
            found.append(sentence)
    return found
