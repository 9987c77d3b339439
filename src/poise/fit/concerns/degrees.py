"""A degree asked by its level, against the degrees the résumé holds, read by the degree ladder
(content/fit/concerns.yaml ``degree_levels``): "a Bachelor's degree in engineering or a related
discipline" is answered by an "Ingeniero Civil Industrial", "a Master's degree" by a "Laurea
magistrale". The field is left to the fit map (its "or a related discipline" is usually there);
a named professional degree (an MBA, a JD) is asked by name, not by level, and is left out.
"""

from __future__ import annotations

import re

from poise.fit.concerns.model import Context
from poise.fit.job_reader import Requirement
from poise.fit.lexicon import FitPatterns

NAMED_DEGREE_RE = re.compile(r"\b(?:E?MBA|DBA|MPA|MPH|JD|MD|LL\.?[BM]|CPA|CA)\b")
"""Professional degrees and qualifications asked by name: a level alone does not answer them."""


def degree_ranks(text: str, patterns: FitPatterns) -> list[int]:
    """Every rung of the degree ladder a text names (0 bachelor, 1 master, …), lowest first."""
    return [rank for rank, level in enumerate(patterns.content.concerns.degree_levels)
            if any(re.search(pattern, text, re.IGNORECASE) for pattern in level.patterns)]


def degree_rank(text: str, context: Context) -> int:
    """The lowest rung of the degree ladder a text names (0 bachelor, 1 master, …); -1 when none."""
    return next(iter(degree_ranks(text, context.patterns)), -1)


def held_rank(context: Context) -> int:
    """The highest rung among the degrees in the résumé's education; -1 when none is read."""
    return max((rank for item in context.resume.education
                for rank in degree_ranks(item, context.patterns)), default=-1)


def degree_answers(requirement: Requirement, context: Context) -> bool:
    """True when a line asks a degree by its level and the résumé holds one at that level or
    higher (see the module's docstring)."""
    if NAMED_DEGREE_RE.search(requirement.text):
        return False
    asked = degree_rank(requirement.text, context)
    return asked >= 0 and held_rank(context) >= asked
