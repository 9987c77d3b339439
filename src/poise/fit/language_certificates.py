"""Language tests and certificates of a language level a résumé names ("IELTS 7.5, 2014",
"German — B1 (Goethe-Zertifikat B1, 2019)"): they show how well a language is known, so they are
listed apart from the professional certifications. The names of the tests are content
(fit/cues.yaml, ``language_test``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from poise.fit.lexicon import FitPatterns, any_match

SEGMENT_RE = re.compile(r"\s*(?:[;|•·\t]|\s{3,})\s*")
"""What separates the items of one line ("English — C1; German — B1 (Goethe-Zertifikat B1)")."""
ITEM_WORDS = 12
"""An item naming a test has few words (its scores and years aside); a longer segment is a
sentence."""
LEAD_RE = re.compile(r"^[\s*_>#•·-]+|^\w[\w ]{0,25}:\s+(?=\S)")
"""A bullet or a label before an item ("- ", "Certificates: ")."""


class _Line(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def section(self) -> str | None: ...

    @property
    def role(self) -> int | None: ...


def is_language_test(text: str, patterns: FitPatterns) -> bool:
    """True when ``text`` names a language test or a certificate of a language level."""
    return any_match(patterns.evidence.get("language_test", ()), text) is not None


def language_certificates_of(lines: Sequence[_Line], patterns: FitPatterns) -> tuple[str, ...]:
    """The language tests and level certificates named outside the roles, each as the résumé
    writes it: the bracket that holds it in a row of the languages list, else the item of the
    line that names it; in the order read, each once."""
    tests = patterns.evidence.get("language_test", ())
    found: list[str] = []
    for item in lines:
        if item.role is not None or item.section == "experience" or not tests:
            continue
        for segment in SEGMENT_RE.split(item.text):
            if len(re.findall(r"[^\W\d_]+", segment)) > ITEM_WORDS or any_match(
                    tests, segment) is None:
                continue  # a sentence of the profile that names a test in passing is no item
            phrase = _bracket_holding(segment, tests) or LEAD_RE.sub("", segment)
            phrase = phrase.strip(" *_.,;:–—-")
            if phrase and phrase not in found:
                found.append(phrase)
    return tuple(found)


def _bracket_holding(segment: str, tests: tuple[re.Pattern[str], ...]) -> str:
    """The bracket of ``segment`` that names a test ("C1 – fluent (IELTS 7.5, 2014)"), or ""."""
    for inside in re.finditer(r"\(([^()]*)\)", segment):
        if any_match(tests, inside.group(1)) is not None:
            return inside.group(1)
    return ""
