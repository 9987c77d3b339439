"""The money a role spans against the most money the candidate's own work spanned.

A budget line is one way an advert states its money; a programme to deliver ("the SAR 18 billion
construction programme"), a volume of purchases ("annual purchases of EUR 1.2 billion") or a
capital project ("a $162 million terminal programme") states it as plainly, in any currency and
scale word. The record states its own the same ways: a budget, a project's value, a purchasing
volume, a P&L. So the advert's largest amount on a line that states the role (a duty or a
must-have) is weighed against the largest amount on any line of the candidate's own work, both
in one currency (``content/fit/currencies.yaml``). The record's side takes every kind of amount
(a saving or a revenue the candidate answered for says they worked at that scale too), so a
record as large in other words never raises the concern; the advert's side leaves out money
that is no charge of the role (a profit, a revenue to reach, a saving to find: the savings
concern weighs those). Pure apart from the regexes of ``quantities``.
"""

from __future__ import annotations

from dataclasses import dataclass

from poise.fit.concerns.model import Context
from poise.fit.currency import converted, in_reference
from poise.fit.job_reader import Requirement
from poise.fit.quantities import amounts_in
from poise.fit.resume_reader import ResumeLine
from poise.fit.scale import company_fact

ASKED_KINDS = frozenset({"budget", "pnl", "other"})
"""Kinds of an advert's amount that the role is in charge of (``quantities.amounts_in``)."""
ORGANISATION_KINDS = frozenset({*ASKED_KINDS, "revenue"})
"""Kinds of an amount describing the organisation its head answers for: its income too."""
HELD_SECTIONS = ("experience", "summary")


@dataclass(frozen=True)
class MoneyHeld:
    """The largest amount of the candidate's own work, in its own currency, and its line."""

    value: float
    currency: str
    line: ResumeLine


@dataclass(frozen=True)
class MoneyAsked:
    """The largest amount a line stating the role puts in its charge, and that line."""

    value: float
    currency: str
    requirement: Requirement


def money_held(context: Context) -> MoneyHeld | None:
    """The largest amount on a line of the candidate's own work (a line describing an employer
    is left out), ranked across currencies by what it comes to in one."""
    rates = context.patterns.content.currencies
    best: MoneyHeld | None = None
    for line in context.resume.lines:
        if line.section not in HELD_SECTIONS or company_fact(line):
            continue
        for value, currency, _kind in amounts_in(line.text):
            if best is None or in_reference(value, currency, rates) > in_reference(
                    best.value, best.currency, rates):
                best = MoneyHeld(value, currency, line)
    return best


def money_asked(lines: list[Requirement], context: Context, *,
                kinds: frozenset[str] = ASKED_KINDS) -> MoneyAsked | None:
    """The largest amount in the role's charge on the lines that state it (amounts of
    ``kinds``: an organisation's own revenue is its head's charge too)."""
    rates = context.patterns.content.currencies
    best: MoneyAsked | None = None
    for requirement in lines:
        for value, currency, kind in amounts_in(requirement.text):
            if kind not in kinds:
                continue
            if best is None or in_reference(value, currency, rates) > in_reference(
                    best.value, best.currency, rates):
                best = MoneyAsked(value, currency, requirement)
    return best


def money_ratio(asked: MoneyAsked, held: MoneyHeld, context: Context) -> float:
    """How many times the record's largest amount the role's is, in the role's currency (0.0
    when the record states no amount above nothing)."""
    rates = context.patterns.content.currencies
    have = converted(held.value, held.currency, asked.currency, rates)
    return asked.value / have if have > 0 else 0.0
