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

import re

from poise.fit.concerns.evidence import best_achievement, simple_draft
from poise.fit.concerns.model import Context, Draft
from poise.fit.job_reader import Requirement
from poise.fit.lexicon import Patterns
from poise.fit.match import STRONG, Match, Verdict
from poise.fit.quantities import amounts_in
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


def ratio_cut_percent(text: str, patterns: Patterns) -> float | None:
    """The largest share a clause of ``text`` takes a cost ratio down by, against its starting
    share ("logistics cost from 3.8% to 3.1% of sales" is a cut of about 18%), or None when it
    takes none down (a share that rises is no cut)."""
    best: float | None = None
    for pattern in patterns:
        for hit in pattern.finditer(text):
            start, end = float(hit.group("a")), float(hit.group("b"))
            if 0 < end < start < 100:
                value = round((start - end) / start * 100, 1)
                best = value if best is None or value > best else best
    return best


def asked_cut(text: str, context: Context) -> tuple[float, bool] | None:
    """The share a line asks a cost cut by, and whether it is stated as a ratio brought down,
    or None when it asks none. A ratio is read first: in "cut logistics cost from 3.8% to 3.1%"
    the first share is where the cost stands, not the cut."""
    evidence = context.patterns.evidence
    ratio = ratio_cut_percent(text, evidence.get("cost_ratio_cut", ()))
    if ratio is not None:
        return ratio, True
    direct = cut_percent(text, evidence.get("cost_cut", ()))
    return (direct, False) if direct is not None else None


NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}
PERIOD_RE = re.compile(r"(?i)\b(?:(?:over|within|in|across)\s+(?:the\s+next\s+|the\s+first\s+)?"
                       r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\b|"
                       r"(?P<m>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]year\b)")
"""The span of years a target or a result is stated over ("over three years", "in 2 years", "a
three-year programme")."""


def years_stated(text: str) -> int | None:
    """How many years a line states its target or result over, or None when it states none."""
    hit = PERIOD_RE.search(text)
    if hit is None:
        return None
    number = (hit.group("n") or hit.group("m")).lower()
    value = NUMBER_WORDS.get(number) or int(number)
    return value if 0 < value <= 10 else None


def depth_ratio(asked: float, asked_text: str, have: float, have_text: str) -> float:
    """How many times the cut asked is the cut on record, per year when both lines state the
    years they are over (15% over three years is the pace of 9% over two), else as stated."""
    asked_years, have_years = years_stated(asked_text), years_stated(have_text)
    if asked_years and have_years:
        return (asked / asked_years) / (have / have_years)
    return asked / have


COST_WORD_RE = re.compile(r"(?i)\b(?:costs?|spend\w*|expenses?|expenditure|opex|overheads?|"
                          r"savings?|budgets?|efficienc\w*|cost-to-\w+)\b")
"""Words that make a cut a cut of money ("cost per order", "spend", "the budget")."""


def cuts_a_cost(requirement: Requirement, context: Context) -> bool:
    """True when a line's cut in per cent is of money: the cost cues of ``evidence.cost_cut``
    read it, or it names a cost, a spend or a budget. "Reduce CO2 emissions by 30%" or "cut
    waiting times by 20%" asks for an improvement, which a savings record cannot answer."""
    return (cut_percent(requirement.text, context.patterns.evidence.get("cost_cut", ())) is not None
            or COST_WORD_RE.search(requirement.text) is not None)


PROGRAMME_SAVING_RE = re.compile(
    r"(?i)[£$€₹]\s?\d[\d.,]*\s?(?:bn|mn|m|k|million|billion)?\b(?:\s+[\w-]+){0,2}?\s+"
    r"(?:cost[- ]out|cost[- ](?:reduction|improvement|savings?)|savings?|efficiency)\s+"
    r"(?:programmes?|programs?|plans?)\b")
"""A programme sized by what it takes out ("a £42m three-year cost-out programme"): the amount
is the saving, although no saving word stands before it."""


def programme_savings(text: str) -> list[tuple[float, str]]:
    """The savings a line sizes as a cost-out or savings programme, as (amount, currency)."""
    found: list[tuple[float, str]] = []
    for hit in PROGRAMME_SAVING_RE.finditer(text):
        for value, currency, _kind in amounts_in(hit.group(0))[:1]:
            found.append((value, currency))
    return found


def deepest_cut(context: Context) -> tuple[float, ResumeLine] | None:
    """The largest cut of a cost in per cent the résumé's roles or summary state, with its line
    (a cost ratio brought down from one share to another counts as its fall, ``asked_cut``)."""
    best: tuple[float, ResumeLine] | None = None
    for line in context.resume.lines:
        if line.section not in ("experience", "summary"):
            continue
        cut = asked_cut(line.text, context)  # a ratio brought down counts as its fall
        value = cut[0] if cut is not None else None
        if value is not None and (best is None or value > best[0]):
            best = (value, line)
    return best


def cut_on_record(asked: float, context: Context, asked_text: str = "") -> bool:
    """True when the résumé cuts a cost by a share within ``STEP_UP`` of ``asked`` (per cent,
    per year when both lines say over how many years; ``depth_ratio``): a target stated as a
    share of a budget ("a 12% reduction in unit cost" on a SGD 145M budget) is then work the
    candidate has done at that depth, whatever the money it comes to."""
    record = deepest_cut(context)
    return bool(asked) and record is not None and depth_ratio(
        asked, asked_text, record[0], record[1].text) < STEP_UP


def percent_target_draft(requirement: Requirement, match: Match, context: Context,
                         drafts: list[Draft]) -> Draft | None:
    """A savings-target concern for a stated line (a must-have or a duty) cutting a cost by a
    share at least ``STEP_UP`` times the deepest cut on the record, else None. None as well when
    the line names a sum to save (judged as money), when another savings concern already stands
    for the line, or when the résumé states no cut in per cent to compare with (the fit map's
    own verdict stands) unless the line brings a cost ratio down ("the efficiency ratio from 79%
    to 72%") and the map shows it less than in full: that depth is then not yet shown."""
    if requirement.section == "nice" or not (requirement.must or requirement.section == "duties"):
        return None  # a cut the job would like is no reason for pause
    if requirement.numbers.get("savings") or any(draft.kind == "savings_target" for draft in drafts):
        return None
    cut = asked_cut(requirement.text, context)
    if cut is None:
        return None
    asked, as_ratio = cut
    record = deepest_cut(context)
    if record is None and not (as_ratio and _not_strong(match)):
        return None
    if record is not None and depth_ratio(
            asked, requirement.text, record[0], record[1].text) < STEP_UP:
        return None
    verdict = next((verdict for verdict in match.verdicts if verdict.kind == "savings"),
                   Verdict(kind="savings", strength=STRONG, reason=""))
    draft = simple_draft("savings_target", requirement, verdict, context)
    if record is None:
        # a ratio the whole operation is judged by, brought down, where the résumé states no
        # cost cut in per cent: the depth asked is not yet shown
        draft.values.update({"saving_asked": f"{asked:.0f}%", "saving_have": "no cut in per cent"})
        draft.variant = "percent_unshown"
        # the answer argues from the strongest recent result, not the line the map quoted
        draft.support = best_achievement(context, recent=True) or draft.support
        return draft
    draft.values.update({"saving_asked": f"{asked:.0f}%" if as_ratio else f"{asked:g}%",
                         "saving_have": f"{record[0]:g}%"})
    draft.resume_line = draft.support = record[1]  # the answer argues from the deepest cut
    draft.variant = "percent"
    return draft


def _not_strong(match: Match) -> bool:
    """Whether the fit map shows the line less than in full."""
    return match.strength != STRONG
