"""A step up in the whole role's scale: the advert's people, money and sites against the largest
of each the candidate held, compared as quantities on every axis the two sides both state.

The line-by-line scope concern (``requirements.scope_draft``) weighs one advert line's team or budget
against the record, and needs one axis at least half as large again. A role is often larger on
several axes at once, each stated on its own line: 1,400 staff where the candidate led 1,150, and
a $100M budget where they ran $74M. Neither alone is a step, but together the post is about
two-thirds larger than anything led, and a recruiter asks about it. So every axis the advert and
the résumé both state gives a ratio (money in one currency, ``content/fit/currencies.yaml``), and
the role is a step up when the product of the ratios above one reaches ``STEP_UP``; an axis the
résumé matches or exceeds counts as one, so a record as large on one axis never cancels a gap on
another, and never raises one either. Sites (plants, warehouses, stores, homes) are counted the
same way on both sides. Pure apart from the parse-free regexes below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from poise.fit.concerns.model import Context, Draft
from poise.fit.concerns.money_scale import (
    ASKED_KINDS,
    ORGANISATION_KINDS,
    money_asked,
    money_held,
    money_ratio,
)
from poise.fit.currency import converted, money_beside
from poise.fit.job_reader import Requirement
from poise.fit.match import NONE, Verdict
from poise.fit.quantities import amounts_in, money, team_sizes_in
from poise.fit.scale import company_fact, largest_held
from poise.fit.text import NUM, to_number

STEP_UP = 1.5
"""How many times the candidate's record the role must be, over every axis together (the same
bar as one axis alone in ``requirements.STEP_UP``)."""
AXIS_FLOOR = 1.1
"""An axis counts only when the advert's figure is this many times the record or more: a tenth
either way is the same work."""
SITE_NOUNS = ("sites", "plants", "factories", "warehouses", "distribution centres",
              "distribution centers", "stores", "branches", "hospitals", "care homes", "homes",
              "hotels", "properties", "depots", "clinics", "schools", "campuses", "mines",
              "facilities", "restaurants", "locations")
"""Nouns counting the places a role runs ("12 warehouses", "11 homes")."""
SITES_RE = re.compile(rf"(?<![\w.,])(?P<n>{NUM})\s*\+?\s+(?:[A-Za-z][\w-]*\s+){{0,2}}?"
                      rf"(?:{'|'.join(SITE_NOUNS)})\b(?!\s+(?:directors?|managers?|leads?|"
                      r"teams?|staff|heads?))", re.IGNORECASE)
"""A count of sites; "38 store directors" counts people, not stores."""
MAX_SITES = 2_000


@dataclass(frozen=True)
class Axis:
    """One axis of scale: the advert's largest figure, the record's, and the line asking it."""

    name: str
    asked: float
    held: float
    requirement: Requirement

    @property
    def ratio(self) -> float:
        return self.asked / self.held if self.held > 0 else 0.0


def sites_in(text: str) -> list[float]:
    """The counts of sites a line states ("5 warehouses", "12 sites", "38 stores")."""
    found = []
    for hit in SITES_RE.finditer(text):
        value = to_number(hit.group("n"))
        if value is not None and 2 <= value <= MAX_SITES:
            found.append(value)
    return found


def stated_lines(context: Context) -> list[Requirement]:
    """The advert's lines that state the role (its duties and requirements, not its wishes)."""
    from poise.fit.concerns.requirements import raises_concerns

    return [requirement for requirement in context.job.requirements
            if (requirement.must or requirement.section == "duties")
            and requirement.section != "nice" and raises_concerns(requirement, context)]


def held_sites(context: Context) -> float:
    """The most sites one line of the candidate's own work counts (a line describing an employer
    is left out)."""
    return max((value for line in context.resume.lines
                if line.section == "experience" and not company_fact(line)
                for value in sites_in(line.text)), default=0.0)


def role_axes(context: Context) -> list[Axis]:
    """Every axis of scale both sides state: team, budget and sites."""
    lines = stated_lines(context)
    rates = context.patterns.content.currencies
    axes: list[Axis] = []
    team = largest_held(context.resume, "team", rates)
    asked_team = max(((requirement.numbers["team"], requirement) for requirement in lines
                      if requirement.numbers.get("team")), key=lambda item: item[0], default=None)
    if team is not None and asked_team is not None:
        axes.append(Axis("team", asked_team[0], team.value, asked_team[1]))
    budget = largest_held(context.resume, "budget", rates)
    if budget is not None:
        asked = []
        for requirement in lines:
            need = requirement.numbers.get("budget")
            # the line's own budget, when the amount read for it is a budget or a P&L (a
            # campaign's target or a programme's value is no budget held)
            stated = [currency for value, currency, kind in amounts_in(requirement.text)
                      if value == need and kind in ("budget", "pnl")]
            if need and stated:
                held = converted(budget.value, budget.currency, stated[0], rates)
                asked.append((need / held if held else 0.0, need, held, requirement))
        if asked:
            _ratio, value, held, requirement = max(asked, key=lambda item: item[0])
            axes.append(Axis("budget", value, held, requirement))
    if heads_organisation(context):
        axes = _organisation_axes(axes, context)
    # the money a line puts in the role's charge (a programme, a volume of purchases) against
    # the most money the candidate's own work spanned: one money axis, the budget's or this
    money = _money_axis(lines, context)
    if money is not None:
        axes.append(money)
    sites = held_sites(context)
    asked_sites = max(((value, requirement) for requirement in lines
                       for value in sites_in(requirement.text)),
                      key=lambda item: item[0], default=None)
    if sites and asked_sites is not None:
        axes.append(Axis("sites", asked_sites[0], sites, asked_sites[1]))
    return _one_money_axis(axes)


def _one_money_axis(axes: list[Axis]) -> list[Axis]:
    """The axes with one money axis only, the one of the largest ratio (a budget and a
    programme are two readings of one scale, never two steps)."""
    money = [axis for axis in axes if axis.name in ("budget", "money")]
    if len(money) <= 1:
        return axes
    keep = max(money, key=lambda axis: axis.ratio)
    return [axis for axis in axes if axis.name not in ("budget", "money") or axis is keep]


def heads_organisation(context: Context) -> bool:
    """True when the post's title heads the whole organisation the advert describes
    (``leadership_levels``' ``heads_organisation`` in content/fit/lexicons.yaml)."""
    title = context.job.title
    return bool(title) and any(
        re.search(pattern, title, re.IGNORECASE)
        for level in context.patterns.content.lexicons.leadership_levels
        for pattern in level.heads_organisation)


def organisation_lines(context: Context) -> list[Requirement]:
    """The advert's lines that are no requirement, each as a line of the role's duties: what
    they say of the organisation (its staff, its income) is its head's scale."""
    stated = [requirement.text for requirement in context.job.requirements]
    found = []
    for number, raw in enumerate(context.job.text.splitlines()):
        text = raw.strip().lstrip("-*•#> ").strip()
        if len(text.split()) < 4 or any(text in line or line in text for line in stated):
            continue
        found.append(Requirement(id=f"organisation-{number}", text=text, kind="scope_team",
                                 must=False, section="duties"))
    return found


def _organisation_axes(axes: list[Axis], context: Context) -> list[Axis]:
    """The axes with the organisation's own staff and money where they are larger than the
    lines stating the role say: a chief executive answers for the whole of it."""
    lines = organisation_lines(context)
    rates = context.patterns.content.currencies
    team = largest_held(context.resume, "team", rates)
    staff = max(((value, line) for line in lines
                 for value in team_sizes_in(line.text, context.patterns, loose=True)),
                key=lambda item: item[0], default=None)
    current = next((axis for axis in axes if axis.name == "team"), None)
    if team is not None and staff is not None and (current is None or staff[0] > current.asked):
        line = staff[1]
        requirement = Requirement(id=line.id, text=line.text, kind=line.kind, must=False,
                                  numbers={"team": staff[0]}, section=line.section)
        axes = [axis for axis in axes if axis.name != "team"]
        axes.append(Axis("team", staff[0], team.value, requirement))
    money = _money_axis(lines, context, kinds=ORGANISATION_KINDS)
    if money is not None:
        axes.append(money)
    return axes


def _money_axis(lines: list[Requirement], context: Context, *,
                kinds: frozenset[str] = ASKED_KINDS) -> Axis | None:
    """The money axis (``money_scale``): both amounts in the advert's currency."""
    held = money_held(context)
    asked = money_asked(lines, context, kinds=kinds) if held is not None else None
    if held is None or asked is None:
        return None
    ratio = money_ratio(asked, held, context)
    if ratio <= 0:
        return None
    return Axis("money", asked.value, asked.value / ratio, asked.requirement)


def role_step(axes: list[Axis]) -> float:
    """The role's scale against the record over every axis: the product of the ratios that reach
    ``AXIS_FLOOR`` (1.0 when none does)."""
    step = 1.0
    for axis in axes:
        if axis.ratio >= AXIS_FLOOR:
            step *= axis.ratio
    return step


def role_scale_draft(context: Context, drafts: list[Draft]) -> Draft | None:
    """A scope step-up for a role larger than the record over several axes together, when no
    line's own figure already raised one; None when the résumé's record matches the role or no
    two sides can be compared. Sites never make a step alone: a count of places says less about
    the work than its people or its money (a few large sites or many small ones), so they count
    only beside a larger team or budget."""
    if any(draft.kind == "scope_step_up" for draft in drafts):
        return None
    axes = [axis for axis in role_axes(context) if axis.ratio >= AXIS_FLOOR]
    work = sorted((axis for axis in axes if axis.name != "sites"), key=lambda axis: -axis.ratio)
    if not work or role_step(axes) < STEP_UP:
        return None
    from poise.fit.concerns.requirements import scope_draft

    made = [_money_draft(axis, context) if axis.name == "money" else
            scope_draft(axis.requirement, Verdict(kind=f"scope_{axis.name}", strength=NONE,
                                                  reason=""), context) for axis in work]
    draft = made[0]
    for other in made[1:]:
        draft.parts.update(other.parts)
        draft.quotes.append(other.job_line)
    for axis in axes:
        if axis.name == "sites":
            draft.parts["sites"] = (axis.asked, f"sites {axis.held:.0f} → {axis.asked:.0f}")
    return draft


def _money_draft(axis: Axis, context: Context) -> Draft:
    """The step of a money axis, worded as the budget step is: the record's largest amount in
    its own currency (with about what it comes to in the role's) → the role's."""
    from poise.fit.concerns.evidence import base_score
    from poise.fit.concerns.requirements import scope_draft

    held = money_held(context)
    currency = next((currency for value, currency, _kind in amounts_in(axis.requirement.text)
                     if value == axis.asked), "")
    rates = context.patterns.content.currencies
    draft = scope_draft(axis.requirement, Verdict(kind="scope_budget", strength=NONE, reason=""),
                        context)
    if held is not None:
        held_text = money_beside(held.value, held.currency, currency, rates)
        draft.parts = {"budget": (axis.asked, f"budget or programme {held_text}"
                                              f" → {money(axis.asked, currency)}")}
        draft.values["scope_from"] = f"the {money(held.value, held.currency)} I have had in my charge"
        draft.resume_line = held.line
        draft.support = held.line
    draft.score = base_score("scope_step_up", axis.requirement, context) + min(15.0, 4.0 * axis.ratio)
    return draft
