"""Counts of units a job asks for ("three sites", "4 plants", "12 countries") compared like a
team's head-count: with the largest count of the same units, or of units that are one of them
(content data ``counted_units``: a plant is a site, a site is not a plant), the résumé names.

Counts are read in figures or in words ("two clinics", "a dozen stores"), with up to two words
between the number and the unit ("two EV cell lines", "3 acute hospitals"). A requirement offering
a choice ("3 plants or 500 staff") is not compared, nor a count of one. Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from poise.fit.lexicon import FitPatterns
from poise.fit.text import NUMBER_WORDS as FIT_NUMBER_WORDS
from poise.fit.text import plural

NUMBER_WORDS = {**{word: value for word, value in FIT_NUMBER_WORDS.items() if 2 <= value <= 20},
                "a dozen": 12}
"""Numbers written in words, as counts of units are often written ("three sites"): the fit's
number words from two to twenty."""
BETWEEN = r"(?:(?!(?:of|and|or|the|in|at|to|for|with|across|per|from|by|on|over)\b)[A-Za-z][\w-]*\s+){0,2}"
"""Up to two words between a number and its unit ("two EV cell lines"), no function word: "one of
three plants" counts three plants, not one."""


@lru_cache(maxsize=4)
def _unit_re(patterns: FitPatterns) -> re.Pattern[str] | None:
    units = patterns.content.lexicons.counted_units
    words = sorted({word for key, members in units.items() for word in (key, *members)},
                   key=len, reverse=True)
    if not words:
        return None
    numbers = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    unit = "|".join(_forms(word) for word in words)
    return re.compile(rf"(?<![\w.,/$£€¥₹-])(?P<num>\d{{1,3}}(?:,\d{{3}})*|{numbers})\+?\s+"
                      rf"{BETWEEN}(?P<unit>{unit})\b", re.IGNORECASE)


def _forms(word: str) -> str:
    """A unit in the singular or the plural, as a regex ("country" → "countr(?:y|ies)")."""
    if word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        return rf"{re.escape(word[:-1])}(?:y|ies)"
    return rf"{re.escape(word)}(?:e?s)?"


def _singular(word: str, patterns: FitPatterns) -> str:
    """The unit of ``counted_units`` a written form stands for ("countries" → "country")."""
    known = {unit for key, members in patterns.content.lexicons.counted_units.items()
             for unit in (key, *members)}
    for form in (word, word[:-3] + "y" if word.endswith("ies") else word, word[:-2], word[:-1]):
        if form in known:
            return form
    return word


def units_in(text: str, patterns: FitPatterns) -> list[tuple[float, str]]:
    """The units ``text`` counts, as (number, unit in the singular): "two EV cell lines" →
    (2, "line"); "3 acute hospitals" → (3, "hospital")."""
    regex = _unit_re(patterns)
    if regex is None:
        return []
    found = []
    for hit in regex.finditer(text):
        if text[hit.end("num"):hit.end("num") + 1] == "%":
            continue
        number = hit.group("num").lower()
        value = float(NUMBER_WORDS.get(number) or number.replace(",", ""))
        found.append((value, _singular(hit.group("unit").lower(), patterns)))
    return found


def members(unit: str, patterns: FitPatterns) -> frozenset[str]:
    """The units a count of ``unit`` may be shown by (itself included)."""
    return frozenset({unit, *patterns.content.lexicons.counted_units.get(unit, ())})


def unit_shortfalls(requirement: str, lines: list[str], patterns: FitPatterns) -> list[str]:
    """Each count of units ``requirement`` asks that the résumé's largest count of the same units
    falls short of ("2 sites shown; 3 asked"); units the résumé never counts are left to the head."""
    asked = [(value, unit) for value, unit in units_in(requirement, patterns) if value >= 2]
    if not asked:
        return []
    shown = [item for line in lines for item in units_in(line, patterns)]
    found = []
    for need, unit in asked:
        kinds = members(unit, patterns)
        have = [value for value, other in shown if other in kinds]
        if have and max(have) < need:
            phrase = f"{max(have):.0f} {plural(unit)} shown; {need:.0f} asked"
            if phrase not in found:
                found.append(phrase)
    return found
