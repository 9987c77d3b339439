"""A qualification asked at a numbered level ("a management qualification at Level 7") against the
highest numbered level the résumé holds ("ILM Level 5 Certificate"): the rungs are read as
numbers on both sides, whatever awarding body names them. A degree at or above the level asked
answers it (content/fit/concerns.yaml ``numbered_levels``: the level a master's degree stands
at and the words that name one), so an MBA meets "Level 7 (e.g. MBA)"; not where the line names
an award in a subject and the résumé holds that subject's award at a lower level ("the Level 5
Diploma in Event Safety" asked, "Level 4 Certificate in Event Safety" held): a degree in another
field is no rung of that ladder.
"""

from __future__ import annotations

import re

from poise.fit.award_level import levels_in, lower_rung_held
from poise.fit.concerns.evidence import simple_draft
from poise.fit.concerns.model import Context, Draft
from poise.fit.job_reader import Requirement
from poise.fit.match import NONE, Verdict

NICE_PENALTY = 10


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
        rung = lower_rung_held(requirement.text, [item for _level, item in held])
        if rung is not None:
            # the subject's own award held a rung below: a degree in another field is no answer
            return _draft(requirement, min(asked), rung, context)
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
