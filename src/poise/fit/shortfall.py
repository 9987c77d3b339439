"""Shortfalls: where a quantity or a level the requirement asks for is shown smaller or lower on
the résumé ("a team of 120 shown; 300 asked", "Green Belt shown; Black Belt asked").

A requirement with a shortfall is never rated strong, whatever the similarity of its lines or the
verdict head say: the gap is what the candidate must prepare for. Quantities come from what the
fit already read (the requirement's numbers, the résumé's team sizes, budgets, savings and years);
levels from the ladders (``poise.fit.ladders``), compared by position. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from poise.content.schema import FitCurrenciesFile
from poise.fit.concerns.licence_place import licence_shortfall
from poise.fit.concerns.recognition import recognition_shortfall
from poise.fit.credential_state import (
    asks_credential,
    place_shortfall,
    state_shortfall,
    system_shortfall,
)
from poise.fit.currency import converted, in_reference, is_converted, money_beside
from poise.fit.degree_field import field_shortfall
from poise.fit.denied import denial_shortfall
from poise.fit.floor_met import measured_shortfalls
from poise.fit.job_reader import Requirement
from poise.fit.ladders import Rung, asked_rungs, held_texts, shown_rungs
from poise.fit.lexicon import FitPatterns
from poise.fit.match import PARTIAL, STRONG, Match
from poise.fit.part_played import part_shortfall
from poise.fit.quantities import PERCENT_RE, Quantity, amounts_in, counts_in, money, percent_value
from poise.fit.resume_reader import ResumeProfile
from poise.fit.rules_place import rules_shortfall
from poise.fit.scale import largest_held
from poise.fit.siblings import sibling_shortfall
from poise.fit.stale_items import stale_shortfall
from poise.fit.text import content_words, plural
from poise.fit.unit_counts import unit_shortfalls
from poise.fit.unit_scope import unit_shortfall
from poise.fit.years import first_span, later_span, only_span, stated_spans

NEAR = 0.9
"""Share of a quantity asked "about" ("approx. 350 staff", "around £5m") that meets it."""
LOOSE_RE = re.compile(r"\b(?:about|around|approx\w*\.?|roughly|some|nearly|c\.)\s?"
                      r"(?:[£$€]|[A-Z]{3}\s?)?\d|~\s?\d", re.IGNORECASE)
"""A quantity asked loosely: "about 300", "approx. 350", "c. 40", "approx. EUR 9 Mio."."""
OR_RE = re.compile(r"\bor\b(?! (?:more|above|higher|greater|over|better)\b)|\beither\b|\bequivalent\b",
                   re.IGNORECASE)
"""A choice of alternatives ("PMP or PRINCE2", "or equivalent"); "or more" only raises a floor."""


def _met(have: float, need: float, text: str) -> bool:
    """Whether ``have`` meets ``need``: in full, or nearly when the requirement says "about"."""
    loose = LOOSE_RE.search(text) is not None
    return have >= need * (NEAR if loose else 1.0)


@dataclass(frozen=True)
class Held:
    """What a résumé holds that requirements are compared with, read once per fit."""

    saving: tuple[float, str] | None
    """The largest saving and its currency."""
    rungs: dict[str, tuple[Rung, str]]
    """Per ladder, the highest rung shown and its line."""
    counts: dict[str, float] = field(default_factory=dict)
    """Per thing counted ("student", "site"), the largest number of it the résumé names."""
    amounts: tuple[tuple[float, str, str], ...] = ()
    """Every amount of money the résumé names (value, currency, kind)."""
    team: Quantity | None = None
    """The largest team the candidate led (``scale.largest_held``: no company's head-count)."""
    budget: Quantity | None = None
    """The largest budget the candidate held, ranked across currencies."""


def held(resume: ResumeProfile, patterns: FitPatterns) -> Held:
    """The résumé's largest saving, team and budget and highest rungs (``shortfalls`` reads them
    once per fit); amounts in several currencies are ranked by what they come to in one."""
    rates = patterns.content.currencies
    amounts = tuple(amount for item in resume.lines for amount in amounts_in(item.text))
    saving = max(((value, currency) for value, currency, kind in amounts if kind == "saving"),
                 key=lambda item: in_reference(item[0], item[1], rates), default=None)
    counts: dict[str, float] = {}
    for item in resume.lines:
        for value, thing in counts_in(item.text):
            counts[thing] = max(value, counts.get(thing, 0.0))
    return Held(saving, shown_rungs(held_texts(resume.lines, patterns), patterns), counts,
                amounts, largest_held(resume, "team", rates), largest_held(resume, "budget", rates))


def shortfalls(requirement: Requirement, resume: ResumeProfile, patterns: FitPatterns, *,
               have: Held | None = None) -> list[str]:
    """What the résumé shows below what ``requirement`` asks, one phrase per quantity or level
    ("a team of 120 shown; 300 asked"); [] when nothing it asks is shown short. A quantity the
    résumé never states is not a shortfall here: the checks and the head judge it. ``have`` is
    ``held(resume, patterns)`` when the caller has it."""
    have = have or held(resume, patterns)
    found: list[str] = []
    text = requirement.text
    rates = patterns.content.currencies
    need = requirement.numbers.get("team")
    team = have.team.value if have.team is not None else 0.0
    if need and team and not _met(team, need, text):
        found.append(f"a team of {team:.0f} shown; {need:.0f} asked")
    need = requirement.numbers.get("budget")
    budget = have.budget
    if need and budget is not None:
        # compared in the currency the requirement states ("€22M" is not more than "£60M")
        currency = _asked_currency(need, text)
        if not _met(converted(budget.value, budget.currency, currency, rates), need, text):
            found.append(f"a budget of {money_beside(budget.value, budget.currency, currency, rates)}"
                         f" shown; {_asked_money(need, text)} asked")
    need = requirement.numbers.get("savings")
    if need and have.saving is not None:
        currency = _asked_currency(need, text)
        if not _met(converted(have.saving[0], have.saving[1], currency, rates), need, text):
            found.append(f"savings of {money_beside(*have.saving, currency, rates)} shown; "
                         f"{_asked_money(need, text)} asked")
    found.extend(_years(requirement, resume))
    found.extend(_rungs(requirement, have.rungs, patterns))
    found.extend(_counts(requirement, have))
    if not OR_RE.search(text):  # "3 plants or 500 staff": one alternative may be met another way
        found.extend(phrase for phrase in unit_shortfalls(text, [item.text for item in resume.lines],
                                                          patterns)
                     if phrase not in found)
    found.extend(_amounts(requirement, have, rates))
    found.extend(measured_shortfalls(text, resume, patterns))
    found.extend(_stated_years(requirement, resume))
    found.extend(_rates(requirement, resume))
    return found


CLAUSE_RE = re.compile(r"[,;:()]|\band\b|\bwhile\b|\bwith\b", re.IGNORECASE)
"""What ends the clause a rate is read in ("in-stock to 97.5% and on-time to 98%": two rates)."""
CHANGE_RE = re.compile(r"\b(?:by|up|down|from)\s*$", re.IGNORECASE)
"""Words just before a percentage that make it a change ("cut costs by 12%") or the level a change
starts from ("from 58%"), not a level asked."""
FROM_TO_RE = re.compile(r"\bfrom\s+\d[\d.,]*\s?%?\s+to\s+(?:(?:below|under|above|over|less than"
                        r"|more than|at least|at most)\s+)?\d", re.IGNORECASE)
"""A change asked from one level to another ("raise OEE from 58% to 70%"): a duty met by the same
kind of improvement made, not a level the candidate must already have reached."""
BOUND_RE = re.compile(r"\b(?:above|over|at least|or more|no less than|minimum)\b", re.IGNORECASE)
"""Words stating a floor, which name no measure."""
LOWER_BETTER_RE = re.compile(r"\b(?:below|under|less than|at most|no more than|reduc\w*|cut\w*"
                             r"|lower\w*|decreas\w*|minimi[sz]\w*)\b", re.IGNORECASE)
"""Words by which a rate asked is a ceiling, a level to bring a figure down to ("attrition below
12%"); a rate asked otherwise is a floor ("in-stock to 97.5%")."""
MEASURE_WORDS = 3
"""Content words before a percentage (within its clause) that name what it measures."""


def rates_in(text: str) -> list[tuple[float, frozenset[str], bool]]:
    """The levels a text gives as percentages, each with the words naming what it measures and
    whether it is asked as a ceiling: "Improve in-stock to 97.5%" → (97.5, {"in-stock"}, False).
    A change ("by 12%") is no level; the clause's first word (its verb) names no measure."""
    found = []
    for hit in PERCENT_RE.finditer(text):
        before = CLAUSE_RE.split(text[:hit.start()])[-1]
        if CHANGE_RE.search(before):
            continue
        tokens = re.findall(r"[A-Za-z][\w-]*", BOUND_RE.sub(" ", LOWER_BETTER_RE.sub(" ", before)))
        named = tokens[1:] if len(tokens) > 1 and not CLAUSE_RE.search(text[:hit.start()]) else tokens
        measure = frozenset(content_words(" ".join(named[-MEASURE_WORDS:])))
        if not measure:
            continue
        ceiling = LOWER_BETTER_RE.search(before) is not None
        found.append((percent_value(hit.group("n"), hit.group("unit")), measure, ceiling))
    return found


def _rates(requirement: Requirement, resume: ResumeProfile) -> list[str]:
    """A rate asked ("in-stock to 97.5%", "attrition below 12%") that the résumé states for the
    same measure at a worse level: lower where a floor is asked, higher where a ceiling is. A
    measure the résumé gives no rate for is left to the head."""
    if OR_RE.search(requirement.text) or FROM_TO_RE.search(requirement.text):
        return []
    asked = rates_in(requirement.text)
    if not asked:
        return []
    shown = [rate for item in resume.lines for rate in rates_in(item.text)]
    found = []
    for need, measure, ceiling in asked:
        same = [value for value, words, _ in shown if words & measure]
        if not same:
            continue
        best = min(same) if ceiling else max(same)
        if (best > need) if ceiling else (best < need):
            found.append(f"{'/'.join(sorted(measure))} at {best:g}% shown; {need:g}% asked")
    return found


SPAN_QUALIFIERS = frozenset(content_words(
    "progressive progressively responsible relevant related senior professional proven total overall "
    "combined practical direct hands-on full-time broad solid"))
"""Words that grade a span of years rather than name its kind: "10 years' progressively responsible
experience in highway construction" is of the kind *highway construction*."""


def _stated_years(requirement: Requirement, resume: ResumeProfile) -> list[str]:
    """A span of years asked that the résumé's own statement of its years gives fewer of, in words
    that share what is asked: a later span ("15+ years …, including 8+ years in private banking"
    against "… including 6 years in private banking"; "…, the last six leading managers"), or the
    first span of a kind ("10 years in information security, including 5 managing teams" against
    "13 years in IT and nearly 9 in information security": 9 of the kind asked, the 13 are of
    another). The candidate's own count of that kind of years, short of the one asked."""
    later = later_span(requirement.text)
    asked: list[tuple[tuple[float, str], bool]] = []
    if later is not None:
        asked.append((later, False))
        first = first_span(requirement.text)
        if first is not None:
            asked.append((first, True))
    else:
        only = only_span(requirement.text)
        if only is not None:
            asked.append((only, True))
    found = []
    for (need, words), whole in asked:
        wanted = content_words(words) - SPAN_QUALIFIERS
        if not wanted:
            continue
        # A span asked of a named kind is compared with every span the résumé states, its first
        # (the candidate's whole count of that kind) included.
        shown = [(value, phrase) for item in resume.lines if item.section in ("summary", "side")
                 for value, phrase in stated_spans(item.text, first=whole)
                 if content_words(phrase) & wanted]
        if not shown or max(value for value, _ in shown) >= need:
            continue
        value, phrase = max(shown)
        found.append(f"{value:.0f} years {phrase} shown; {need:.0f} asked")
    return found


COUNTED_ELSEWHERE = frozenset({"year", "month"})


def _counts(requirement: Requirement, have: Held) -> list[str]:
    """A number of things asked ("15,000+ students", "3 sites") where the largest number of the
    same things the résumé names is smaller; things the résumé never counts are left to the head
    (a count not stated is not a count shown short)."""
    found = []
    text = requirement.text
    if OR_RE.search(text):
        return []  # "3 plants or 500 staff": one of the alternatives may be met another way
    weighed = {requirement.numbers.get("team")}  # a team size is compared above
    for need, thing in counts_in(text):
        shown = have.counts.get(thing)
        if shown is None or need in weighed or thing in COUNTED_ELSEWHERE or _met(shown, need, text):
            continue
        phrase = f"{shown:,.0f} {plural(thing)} shown; {need:,.0f} asked"
        if phrase not in found:
            found.append(phrase)
    return found


SEPARATE_KINDS = frozenset({"budget", "saving"})
"""Amounts the budget and savings comparisons above already weigh."""


def _amounts(requirement: Requirement, have: Held, rates: FitCurrenciesFile) -> list[str]:
    """An amount of money asked that is neither a budget nor a saving (a campaign raised, revenue,
    a contract's value) where every comparable amount the résumé names is smaller: the same kind
    (an amount of no stated kind compares with any but a budget held or a saving made) in the same
    currency, or in another the reference rates convert (``poise.fit.currency``: "EUR 118m" is
    less than "PLN 1.45bn"), when both name one."""
    asked = [amount for amount in amounts_in(requirement.text) if amount[2] not in SEPARATE_KINDS]
    if not asked or OR_RE.search(requirement.text):
        return []
    need, currency, kind = max(asked, key=lambda item: in_reference(item[0], item[1], rates))
    comparable = [(converted(value, cur, currency, rates), value, cur)
                  for value, cur, what in have.amounts
                  if (not currency or not cur or cur == currency
                      or is_converted(cur, currency, rates))
                  and what not in SEPARATE_KINDS
                  and (kind == "other" or what == "other" or what == kind)]
    if not comparable:
        return []
    best = max(comparable)
    if _met(best[0], need, requirement.text):
        return []
    shown = money_beside(best[1], best[2], currency, rates) if best[2] else money(best[1], currency)
    return [f"{shown} shown; {money(need, currency)} asked"]


def _asked_money(value: float, text: str) -> str:
    """An amount the requirement asks for, in its own currency when it names one."""
    return money(value, _asked_currency(value, text))


def _asked_currency(value: float, text: str) -> str:
    """The currency the requirement's text states for ``value`` ("" when it states none)."""
    return next((cur for amount, cur, _ in amounts_in(text) if amount == value), "")


def _years(requirement: Requirement, resume: ResumeProfile) -> list[str]:
    total = requirement.numbers.get("years")
    managing = requirement.numbers.get("years_managing")
    found = []
    if total and total != managing:
        have = max(resume.career_months / 12, resume.stated_years or 0.0)
        if have + 0.5 < total:
            found.append(f"about {have:.0f} years shown; {total:.0f} asked")
    return found


def _rungs(requirement: Requirement, shown: dict[str, tuple[Rung, str]], patterns: FitPatterns
           ) -> list[str]:
    """A ladder asked at a rung the résumé shows only a lower rung of (none of them met, when the
    requirement offers a choice)."""
    asked = asked_rungs(requirement.text, patterns)
    if not asked:
        return []
    lower = []
    for ladder, rung in asked.items():
        held = shown.get(ladder)
        if held is None:
            continue
        if held[0].rank >= rung.rank:
            if OR_RE.search(requirement.text):
                return []  # one of the alternatives is met
            continue
        lower.append(f"{held[0].name} shown; {rung.name} asked")
    return lower


LEVEL_KINDS = frozenset({"scope_team", "scope_budget", "scope_pnl", "savings", "years_experience",
                         "certification", "languages", "tools"})
"""Checks that judge a quantity or a level (a tool's module or platform is a level of tool
experience: "SAP MM shown; SAP PP asked"): one of them below strong keeps the whole requirement
below strong (measured on benchmarks/verdict_loro.py: with the checks' verdicts as well as the
shortfalls above, 2 fewer level errors and no strong verdict lost; tools change no held-out
verdict there, and keep the head from ever calling another module a match)."""


def check_shortfalls(match: Match) -> list[str]:
    """What the quantity and level checks of ``match`` found short or not shown (their words)."""
    found = []
    for verdict in match.verdicts:
        if verdict.kind in LEVEL_KINDS and verdict.strength != STRONG:
            words = verdict.missing or verdict.reason
            if words and words not in found:
                found.append(words)
    return found


def cap(requirements: tuple[Requirement, ...], matches: tuple[Match, ...], resume: ResumeProfile,
        patterns: FitPatterns) -> tuple[Match, ...]:
    """The matches with every strong verdict that has a shortfall (``shortfalls``), a quantity
    or level check below strong, a duty's thing shown only in a supporting part
    (``poise.fit.part_played``), a word of the requirement the résumé denies and nowhere names
    otherwise (``poise.fit.denied``: "no greenfield experience"), a credential that lapsed or is
    only eligible for, a person's certificate in a standard asked as an organisation's
    certification, or a licence of another place than the one asked
    (``poise.fit.credential_state``, ``poise.fit.concerns.licence_place``), another body's
    credential of the same field (``poise.fit.concerns.recognition``), a country's rules or
    regulators asked of a career under other countries' (``poise.fit.rules_place``), a degree
    of the level asked held only in another field than those named (``poise.fit.degree_field``),
    a named thing shown only in roles that ended long ago (``poise.fit.stale_items``: "IFRS last
    shown in 2009"), a unit led smaller than the one asked (``poise.fit.unit_scope``: a team led
    for a division), or a named thing shown only as a sibling of the one asked
    (``poise.fit.siblings``: "BRCGS shown; SQF asked") lowered to partial, saying what is
    short."""
    by_id = {requirement.id: requirement for requirement in requirements}
    have = held(resume, patterns)
    texts = [line.text for line in resume.lines]
    held_lines = held_texts(resume.lines, patterns)
    schooling = [line.section == "education" for line in resume.lines]
    capped = []
    for match in matches:
        short: list[str] = []
        if match.strength == STRONG and match.requirement_id in by_id:
            short = shortfalls(by_id[match.requirement_id], resume, patterns, have=have)
            short += [words for words in check_shortfalls(match) if words not in short]
            if not short:
                part = part_shortfall(by_id[match.requirement_id].text, texts, patterns)
                short = [part] if part else []
            if not short:
                denial = denial_shortfall(by_id[match.requirement_id].text, texts, patterns)
                short = [denial] if denial else []
            if not short:
                state = (state_shortfall(match, resume, patterns)
                         or system_shortfall(by_id[match.requirement_id].text, texts, patterns)
                         or place_shortfall(by_id[match.requirement_id].text, match, patterns)
                         or licence_shortfall(by_id[match.requirement_id].text, resume, patterns)
                         or recognition_shortfall(by_id[match.requirement_id].text, resume,
                                                  patterns)
                         or rules_shortfall(by_id[match.requirement_id].text, resume, patterns)
                         or field_shortfall(by_id[match.requirement_id].text, held_lines, patterns,
                                            schooling)
                         or ("" if asks_credential(by_id[match.requirement_id].text, match,
                                                   patterns)
                             else stale_shortfall(by_id[match.requirement_id].text, resume)))
                short = [state] if state else []
            if not short:
                unit = unit_shortfall(by_id[match.requirement_id].text, resume, patterns)
                short = [unit] if unit else []
            if not short:
                first = [match.quote] if match.quote in held_lines else []
                sibling = sibling_shortfall(by_id[match.requirement_id].text,
                                            [*first, *held_lines], patterns)
                short = [sibling] if sibling else []
        if not short:
            capped.append(match)
            continue
        missing = "; ".join(short)
        capped.append(replace(match, strength=PARTIAL, missing=missing,
                              score=min(match.score, 0.7),
                              reason=match.reason + f" Shown short of what is asked: {missing}."))
    return tuple(capped)

