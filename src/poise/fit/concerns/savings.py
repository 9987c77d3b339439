"""A savings target in per cent against the deepest cost cut in per cent on the record.

A line asking to cut a cost by a share ("reduce controllable claims costs by 20%", "a 20%
reduction in cost per MWh") names no sum of money, so it is judged against the largest cut of a
cost the résumé states in per cent ("an 8% reduction in average claims cost", "cut legal costs
per claim by 12%"), never against any improvement in per cent (a rise in referrals, a shorter
cycle time). Both sides are read with ``evidence.cost_cut`` (content/fit/cues.yaml). A cut
asked of a budget the line states is judged as money (``requirements.share_of_budget``) unless
the record already cuts a cost by a share near it (``cut_on_record``).
"""

from __future__ import annotations

from poise.fit.concerns.evidence import simple_draft
from poise.fit.concerns.model import Context, Draft
from poise.fit.job_reader import Requirement
from poise.fit.lexicon import Patterns
from poise.fit.match import STRONG, Match, Verdict
from poise.fit.resume_reader import ResumeLine

STEP_UP = 1.5
"""How many times the deepest cut on the record a target must be to be a step up: the same
ratio as a team or a budget (``requirements.STEP_UP``)."""


def cut_percent(text: str, patterns: Patterns) -> float | None:
    """The largest share a clause of ``text`` cuts a cost by, or None when it cuts none."""
    best: float | None = None
    for pattern in patterns:
        for hit in pattern.finditer(text):
            value = float(hit.group("n"))
            if 0 < value < 100 and (best is None or value > best):
                best = value
    return best


def deepest_cut(context: Context) -> tuple[float, ResumeLine] | None:
    """The largest cut of a cost in per cent the résumé's roles or summary state, with its line."""
    patterns = context.patterns.evidence.get("cost_cut", ())
    best: tuple[float, ResumeLine] | None = None
    for line in context.resume.lines:
        if line.section not in ("experience", "summary"):
            continue
        value = cut_percent(line.text, patterns)
        if value is not None and (best is None or value > best[0]):
            best = (value, line)
    return best


def cut_on_record(asked: float, context: Context) -> bool:
    """True when the résumé cuts a cost by a share within ``STEP_UP`` of ``asked`` (per cent):
    a target stated as a share of a budget ("a 12% reduction in unit cost" on a SGD 145M budget)
    is then work the candidate has done at that depth, whatever the money it comes to."""
    record = deepest_cut(context)
    return bool(asked) and record is not None and asked / record[0] < STEP_UP


def percent_target_draft(requirement: Requirement, match: Match, context: Context,
                         drafts: list[Draft]) -> Draft | None:
    """A savings-target concern for a stated line (a must-have or a duty) cutting a cost by a
    share at least ``STEP_UP`` times the deepest cut on the record, else None. None as well when
    the line names a sum to save (judged as money), when another savings concern already stands
    for the line, or when the résumé states no cut in per cent to compare with (the fit map's
    own verdict stands)."""
    if requirement.section == "nice" or not (requirement.must or requirement.section == "duties"):
        return None  # a cut the job would like is no reason for pause
    if requirement.numbers.get("savings") or any(draft.kind == "savings_target" for draft in drafts):
        return None
    asked = cut_percent(requirement.text, context.patterns.evidence.get("cost_cut", ()))
    record = deepest_cut(context)
    if asked is None or record is None or asked / record[0] < STEP_UP:
        return None
    verdict = next((verdict for verdict in match.verdicts if verdict.kind == "savings"),
                   Verdict(kind="savings", strength=STRONG, reason=""))
    draft = simple_draft("savings_target", requirement, verdict, context)
    draft.values.update({"saving_asked": f"{asked:g}%", "saving_have": f"{record[0]:g}%"})
    draft.resume_line = draft.support = record[1]  # the answer argues from the deepest cut
    draft.variant = "percent"
    return draft
