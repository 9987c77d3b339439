"""The field of a degree asked, read against the degrees held at that level.

A job asking a degree of a level in named fields ("a master's degree in engineering or public
administration") is met in full only by a degree of that level or higher in one of them. A
résumé whose only degree at that level is in another field (an MBA, when engineering or public
administration is asked) shows the level, not the field: the requirement stays partial,
whatever the similarity of the lines says ("MBA shown; a master's in engineering or public
administration asked"). The level is the content ladder ``degree`` (compared by position, as
``poise.fit.ladders``); the fields are the words after "in" that follow the degree asked, split
at "or", "and", commas and slashes. A job naming a field only loosely ("a relevant discipline",
"a related field", "such as") asks no field, and a degree line is read with the line after it
(the subject a degree's name may wrap onto). Pure.

A degree known by its initials is read in its field as well: a named award of the ladder spelled
out in its patterns ("MBA", spelled "master of business administration") holds the field it
names, so an MBA meets "a master's in public health or business administration". A field list
closed by "or equivalent" on its own asks no particular field. A degree the ladder cannot place
("Engineer's degree in Environmental Engineering", the first degree of several systems) still
shows its field: the level is the ladder's to judge, and a line naming a degree and a field asked
is no degree of another field (read only on lines of the education section, so a line of work
naming a "degree apprenticeship" shows no degree). Measured on the keys of rounds 1–39 (every
requirement an education check reads, the shipped ranker and head, then the cap): 4 more
verdicts right, all four strong in the keys and all on rounds 34–37, none lost and no requirement
the keys call partial or missing rated strong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from poise.fit.ladders import asked_rungs, held_part, rungs_in
from poise.fit.lexicon import FitPatterns
from poise.fit.text import content_words

DEGREE_LADDER = "degree"
"""The content ladder of academic degrees."""
FIELDS_RE = re.compile(r"\bin\s+(?P<fields>[^.;:()]+)", re.IGNORECASE)
"""The fields a degree is asked in: what follows "in" up to the end of its clause."""
FIELD_SPLIT_RE = re.compile(r"\s*(?:,|/|\bor\b|\band\b|&)\s*", re.IGNORECASE)
LOOSE_RE = re.compile(r"\b(?:relevant|related|similar|comparable|appropriate|such as|e\.g\.|"
                      r"any|suitable|allied|discipline|field)\b", re.IGNORECASE)
"""Words by which a job names no particular field ("in a relevant discipline", "a related
field", "such as engineering")."""
WRAPPED_WORDS = 4
"""A degree line this short ("Master of Science") may wrap its subject onto the next line."""
ITEM_RE = re.compile(r"\s*[|,(–—]\s*")
"""Where a degree's name ends on its line (before its school, its dates)."""
FIELD_FILLERS = frozenset(content_words("degree qualification area subject study studies"))
"""Words of a field asked that name no field of their own."""
EQUIVALENT = frozenset(content_words("equivalent equivalence"))
"""A part of the field list made only of these ("…, Business Administration or equivalent")
accepts any field of the level: the job asks no particular field."""
DEGREE_WORD_RE = re.compile(r"\bdegree\b", re.IGNORECASE)
"""A line naming a degree by this word, whatever its level ("Engineer's Degree in …")."""
SPELLED_RE = re.compile(r"^\\b(?P<words>[a-z][a-z ]+)\\b$")
"""An award's pattern that spells its name out in plain words ("\\bmaster of public health\\b")."""


def asked_fields(requirement: str, patterns: FitPatterns) -> list[frozenset[str]]:
    """The fields a requirement asks its degree in, each as its content words ("engineering or
    public administration" → {engineer}, {public, administr}); [] when it asks no degree level,
    no field, or a field only loosely."""
    rung = asked_rungs(requirement, patterns).get(DEGREE_LADDER)
    if rung is None or LOOSE_RE.search(requirement):
        return []
    found = FIELDS_RE.search(requirement)
    if found is None:
        return []
    fields = []
    for part in FIELD_SPLIT_RE.split(found.group("fields")):
        words = frozenset(content_words(part) - FIELD_FILLERS)
        if words and words <= EQUIVALENT:
            return []
        if words:
            fields.append(words)
    return fields


def spelled_awards(text: str, patterns: FitPatterns) -> str:
    """The spelled-out names of the degree ladder's named awards that ``text`` holds ("master of
    business administration" for "Executive MBA, INSEAD"), joined; "" when it holds none."""
    names = []
    for ladder in patterns.content.lexicons.ladders:
        if ladder.id != DEGREE_LADDER:
            continue
        for rung in ladder.rungs:
            for award_patterns in rung.awards.values():
                if not any(re.search(pattern, text, re.IGNORECASE) for pattern in award_patterns):
                    continue
                names += [spelled.group("words") for pattern in award_patterns
                          if (spelled := SPELLED_RE.match(pattern))]
    return " ".join(names)


def _in_field(text: str, fields: list[frozenset[str]]) -> bool:
    """Whether ``text`` names every word of one of ``fields``."""
    words = content_words(text)
    return any(field <= words for field in fields)


def _degree_named(line: str, patterns: FitPatterns) -> str:
    """The item of ``line`` that names its degree ("MBA" of "MBA, Kelley School of Business")."""
    items = [item for item in ITEM_RE.split(line.strip(" -*•#")) if item]
    return next((item for item in items if any(rung.ladder == DEGREE_LADDER
                                              for rung in rungs_in(item, patterns))),
                items[0] if items else line)


def field_shortfall(requirement: str, lines: list[str], patterns: FitPatterns,
                    schooling: Sequence[bool] | None = None) -> str:
    """"MBA shown; a master's in engineering or public administration asked" when the résumé
    holds a degree at the level ``requirement`` asks (or higher) but none in a field it names;
    "" when it names no field, holds no degree at that level (the ladder judges the level), or
    holds one in a field asked. ``lines`` are the résumé's lines as held (``held_texts``);
    ``schooling`` marks those of its education section, the only ones where a degree the ladder
    cannot place is read (every line when not given)."""
    fields = asked_fields(requirement, patterns)
    if not fields:
        return ""
    asked = asked_rungs(requirement, patterns)[DEGREE_LADDER]
    shown = ""
    for number, line in enumerate(lines):
        held = held_part(line, patterns)
        placed = [rung for rung in rungs_in(held, patterns) if rung.ladder == DEGREE_LADDER]
        if not placed and (schooling is None or schooling[number]) \
                and DEGREE_WORD_RE.search(held) and _in_field(held, fields):
            return ""  # a degree the ladder cannot place, in a field asked
        rungs = [rung for rung in placed if rung.rank >= asked.rank]
        if not rungs:
            continue
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if len(held.split()) > WRAPPED_WORDS or any(
                rung.ladder == DEGREE_LADDER for rung in rungs_in(following, patterns)):
            following = ""  # a whole line of its own, or the next degree: not this one's subject
        if _in_field(f"{held} {following} {spelled_awards(_degree_named(held, patterns), patterns)}",
                     fields):
            return ""
        shown = shown or _degree_named(held, patterns)
    if not shown:
        return ""
    named = FIELDS_RE.search(requirement)
    return f"{shown} shown; a {asked.name[0].lower()}{asked.name[1:]} in " \
           f"{named.group('fields').strip() if named else 'the field named'} asked"
