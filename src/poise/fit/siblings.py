"""Siblings: named things of one kind that are not the same thing, compared by name.

A food-safety scheme is not another scheme of the same benchmark (SQF, BRCGS), a hospital
accredited by one body has not been surveyed by another (JCI, Accreditation Canada), a
distribution network's control room is not a transmission system operator's, a general MBA is
not a master's in healthcare administration. The families are data (content/fit/siblings.yaml).

A requirement naming one or more members of a family (as alternatives) is met in full only by a
résumé that names one of them. A résumé naming none of them but another member, or only the
family's own name ("JCI accreditation" where the Academic Medical Center programme is asked),
shows the kind and not the thing: ``sibling_shortfall`` says so ("BRCGS shown; SQF asked") and the
verdict is never strong (``poise.fit.shortfall.cap``). No shortfall when the requirement accepts
alike ("a GFSI scheme, ideally SQF", "or equivalent", "e.g.") or offers beside "or" something no
member names ("autonomous haulage or fleet management technology"), nor for a member named as a
counterpart ("with the national TSO", "with DSOs and producers"): the one worked with is neither
asked for nor shown. Where the requirement asks a certificate or an
accreditation, a member named only as the subject of a course ("SQF Practitioner training") is
known about, not held, and one moved away from ("the transition from SQF to BRCGS") was held
before, not now. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from poise.fit.lexicon import FLAGS, FitPatterns, Patterns

ALIKE_RE = re.compile(
    r"\bor (?:an? |any )?(?:other|another|similar|comparable|equivalent|related|alike)\b"
    r"|\b(?:ideally|preferably|e\.g\.|such as|for example|for instance|like|any)\b"
    r"|\bequivalent\b", FLAGS)
"""Words by which a requirement accepts another member than the one it names."""
COUNTERPART_RE = re.compile(
    r"\b(?:with|alongside)\s+(?:the\s+|other\s+|our\s+|their\s+|a\s+|an\s+)*(?:[\w'’-]+\s+){0,2}$",
    FLAGS)
"""Words just before a member that make it a counterpart worked with ("with the national TSO")."""
CERTIFIED_ASK_RE = re.compile(r"\b(?:certif\w*|accredit\w*|licen[cs]\w*|registration)\b", FLAGS)
"""A requirement asking a member held as a certificate or accreditation, not known about."""
COURSE_RE = re.compile(r"^[^.;,()]{0,40}?\b(?:training|course|awareness|workshop|seminar|"
                       r"introduction|module)\b", FLAGS)
"""Words just after a member that make the line a course about it ("SQF Practitioner training"):
knowledge of the member, not the member held."""
LEFT_FROM_RE = re.compile(r"\bfrom\s+(?:the\s+)?$", FLAGS)
LEFT_TO_RE = re.compile(r"\s+(?:to|into)\b", FLAGS)
"""A member moved away from ("the transition from SQF to BRCGS"): held before, not now."""


@dataclass(frozen=True)
class _Member:
    name: str
    patterns: Patterns


@dataclass(frozen=True)
class _Family:
    id: str
    name: str
    family: Patterns
    members: tuple[_Member, ...]


@lru_cache(maxsize=4)
def _families(patterns: FitPatterns) -> tuple[_Family, ...]:
    compiled = []
    for family in patterns.content.siblings.families:
        members = tuple(_Member(member.name, tuple(re.compile(p, FLAGS) for p in member.patterns))
                        for member in family.members)
        compiled.append(_Family(family.id, family.name,
                                tuple(re.compile(p, FLAGS) for p in family.family), members))
    return tuple(compiled)


def _named(found: Patterns, text: str, *, held: bool = False) -> bool:
    """Whether ``text`` names what ``found`` matches other than as a counterpart worked with;
    with ``held``, other than as the subject of a course."""
    for pattern in found:
        for hit in pattern.finditer(text):
            if COUNTERPART_RE.search(text[: hit.start()]):
                continue
            if held and (COURSE_RE.search(text[hit.end():]) or (
                    LEFT_FROM_RE.search(text[: hit.start()]) and LEFT_TO_RE.match(text[hit.end():]))):
                continue
            return True
    return False


CLAUSE_RE = re.compile(r"[,;:.()]")
OR_RE = re.compile(r"\bor\b", FLAGS)


def _other_choice(text: str, family: _Family) -> bool:
    """Whether a clause of ``text`` naming a member of ``family`` offers, beside "or", something
    no member names ("autonomous haulage or fleet management technology"): the requirement may be
    met outside the family."""
    for clause in CLAUSE_RE.split(text):
        parts = OR_RE.split(clause)
        if len(parts) < 2 or not any(_named(member.patterns, clause) for member in family.members):
            continue
        if any(re.search(r"[A-Za-z]{3}", part)
               and not any(_named(member.patterns, part) for member in family.members)
               for part in parts):
            return True
    return False


def sibling_shortfall(text: str, lines: Sequence[str], patterns: FitPatterns) -> str:
    """"BRCGS shown; SQF asked" when ``text`` (a requirement) asks for members of a family that
    no line of ``lines`` (the résumé's, as held, the evidence line first) names, and a line names
    another member or the family itself; "" otherwise."""
    for family in _families(patterns):
        asked = [member for member in family.members if _named(member.patterns, text)]
        if not asked or ALIKE_RE.search(text) or _other_choice(text, family):
            continue
        held = CERTIFIED_ASK_RE.search(text) is not None
        others = [member for member in family.members if member not in asked]
        if any(_named(member.patterns, line, held=held) for member in asked for line in lines):
            continue
        # the member of the first line that names one (the evidence line, when it leads)
        shown = next((member.name for line in lines for member in others
                      if _named(member.patterns, line, held=held)), "")
        if not shown and any(_named(family.family, line, held=held) for line in lines):
            shown = family.name
        if shown:
            return f"{shown} shown; {asked[0].name} asked"
    return ""
