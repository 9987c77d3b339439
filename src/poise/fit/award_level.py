"""Numbered levels of a qualification ("Level 5 Diploma in …") and the subject an award is
named in: what lets a qualification asked at a level be compared with one held, by the number
and by the field, whatever awarding body names them."""

from __future__ import annotations

import re

LEVEL_RE = re.compile(r"(?i)\blevel\s+(\d)\b")
QUALIFICATION_RE = re.compile(r"(?i)\b(?:qualifications?|diplomas?|certificates?|awards?|nvq|"
                              r"apprenticeships?|degrees?)\b")
"""A line naming a level speaks of a qualification ("Level 5 Certificate", "qualification at
Level 7"), not of a grade of pay or a floor of a building."""
SUBJECT_RE = re.compile(r"(?i)\b(?:qualifications?|diplomas?|certificates?|awards?|nvq)\s+in\s+"
                        r"(?P<subject>[^,;:.()]+?)(?=\s*(?:[,;:.()]|\bor\b|\band\b|\bwith\b|$))")
"""The subject an award is named in ("Diploma in Event Safety Management", up to a comma, an
"or" or an "and")."""
SUBJECT_STOP = frozenset({"a", "an", "the", "of", "in", "for", "and", "to", "level"})


def levels_in(text: str) -> list[int]:
    """The numbered levels a line gives a qualification ([] when it names none)."""
    if not QUALIFICATION_RE.search(text):
        return []
    return [int(hit.group(1)) for hit in LEVEL_RE.finditer(text)]


def subject_words(text: str) -> frozenset[str]:
    """The words of the subject a line names its award in (empty when it names none)."""
    return frozenset(word for hit in SUBJECT_RE.finditer(text)
                     for word in re.findall(r"[a-z]+", hit.group("subject").lower())
                     if word not in SUBJECT_STOP and len(word) > 2)


def same_subject(asked: str, held: str) -> bool:
    """True when a held award is named in most of the subject words of the award asked (all of
    them when the subject is one word)."""
    wanted, have = subject_words(asked), subject_words(held)
    return bool(wanted) and len(wanted & have) * 2 >= len(wanted) + (len(wanted) == 1)


def lower_rung_held(asked: str, held: list[str]) -> str | None:
    """Of the ``held`` items, the highest one naming the subject of the award ``asked`` at a
    numbered level below the one asked ("Level 4 Certificate in Event Safety" for "the Level 5
    Diploma in Event Safety"); None when the line names no level or subject, or no such item is
    held."""
    wanted = levels_in(asked)
    if not wanted:
        return None
    rungs = [(level, item) for item in held if same_subject(asked, item)
             for level in levels_in(item)]
    if not rungs or max(rungs)[0] >= min(wanted):
        return None  # the subject's award held at the level asked, or not held at all
    return max(rungs)[1]
