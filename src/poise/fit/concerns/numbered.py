"""A qualification asked at a numbered level ("a management qualification at Level 7") against the
highest numbered level the résumé holds ("ILM Level 5 Certificate"): the rungs are read as
numbers on both sides, whatever awarding body names them. A degree at or above the level asked
answers it (content/fit/concerns.yaml ``numbered_levels``: the level a master's degree stands
at and the words that name one), so an MBA meets "Level 7 (e.g. MBA)".
"""

from __future__ import annotations

import re

from poise.fit.concerns.evidence import simple_draft
from poise.fit.concerns.model import Context, Draft
from poise.fit.job_reader import Requirement
from poise.fit.match import NONE, Verdict

LEVEL_RE = re.compile(r"(?i)\blevel\s+(\d)\b")
QUALIFICATION_RE = re.compile(r"(?i)\b(?:qualifications?|diplomas?|certificates?|awards?|nvq|"
                              r"apprenticeships?|degrees?)\b")
"""A line naming a level speaks of a qualification ("Level 5 Certificate", "qualification at
Level 7"), not of a grade of pay or a floor of a building."""
NICE_PENALTY = 10


def levels_in(text: str) -> list[int]:
    """The numbered levels a line gives a qualification ([] when it names none)."""
    if not QUALIFICATION_RE.search(text):
        return []
    return [int(hit.group(1)) for hit in LEVEL_RE.finditer(text)]


def numbered_level_draft(context: Context) -> Draft | None:
    """A certification-level concern for the first requirement asking a qualification at a
    numbered level above every numbered level the résumé holds, when the résumé holds one (a
    résumé naming no level is the fit map's to judge) and no degree reaching the level."""
    resume = context.resume
    items = (*resume.certifications, *resume.education,
             *(line.text for line in resume.lines if line.section != "side"))
    held = [(level, item) for item in items for level in levels_in(item)]
    if not held:
        return None
    top, top_item = max(held)
    settings = context.patterns.content.concerns.numbered_levels
    degree = settings is not None and any(
        re.search(settings.degree_pattern, item) for item in (*resume.education,
                                                             *resume.certifications))
    for requirement in context.job.requirements:
        asked = levels_in(requirement.text)
        if not asked or min(asked) <= top:
            continue
        if degree and settings is not None and min(asked) <= settings.degree_level:
            return None  # a master's degree stands at the level asked
        return _draft(requirement, min(asked), top_item, context)
    return None


def _draft(requirement: Requirement, wanted: int, have: str, context: Context) -> Draft:
    verdict = Verdict(kind="certification", strength=NONE, reason="")
    draft = simple_draft("certification_level", requirement, verdict, context)
    draft.values.update({"cert": f"a Level {wanted} qualification",
                         "cert_have": _short(have)})
    draft.key = "certification_level"
    if not requirement.must:
        draft.score -= NICE_PENALTY
    return draft


def _short(item: str) -> str:
    """A held qualification without its year or place ("ILM Level 5 Certificate in Leadership
    and Management")."""
    return re.split(r"\s*[,(–—|]\s*|\s+-\s+", item.strip(" -•*"))[0]
