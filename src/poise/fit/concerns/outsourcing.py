"""An outsourced service several times the size of any the résumé shows run.

The fit map rates outsourcing met by any supplier or outsourced service on the résumé; a
recruiter also weighs its size. Both sides are read as quantities after the outsourcing cue
(``evidence.outsourcing`` in content/fit/cues.yaml) in the same sentence, counted in a noun of
``evidence.counted_work`` ("1,100 FTEs", "38,000 claims a year"). Only the same noun on both
sides is compared: the advert's partners at 1,100 FTEs against a vendor of 120 FTEs is a step
up; an in-house team before the cue is not the partner's size. The value of the contracts is
read the same way, as money after the cue, and compared in the advert's currency
(content/fit/currencies.yaml): "outsourced contracts worth £9m a year" against "outsourced
cleaning contracts (£1.1m a year)"; amounts whose currencies cannot be compared are left alone.
"""

from __future__ import annotations

import re

from poise.fit.concerns.evidence import base_score, support_line
from poise.fit.concerns.model import Context, Draft, Values
from poise.fit.currency import converted, is_converted
from poise.fit.job_reader import Requirement
from poise.fit.lexicon import Patterns, any_match
from poise.fit.quantities import amounts_in, money
from poise.fit.resume_reader import ResumeLine

STEP_UP = 1.5
"""How many times the largest outsourced service on the record the advert's must be."""

COUNT_RE = re.compile(r"(?<![\w.,£$€₹%/-])(\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]*\s?%)"
                      r"\s+(?:([A-Za-z][\w-]*)\s+){0,2}?([A-Za-z]+)\b")
"""A whole number and the noun it counts, with up to two words between ("1,100 FTEs",
"120 offshore agents")."""

SENTENCE_END_RE = re.compile(r";|\.(?=\s+[A-Z]|\s*$)")
"""The end of a sentence or clause: never the point of an abbreviation ("c. 9,000")."""
SUPPLIER_NAMED_RE = re.compile(
    r"(?i)\b(?:vendors?|suppliers?|contractors?|subcontractors?|partners?|providers?|outsourced)\b")
"""A line naming the party that delivers: without a client beside it, the candidate governed it."""
IN_HOUSE_RE = re.compile(r"(?i)\bin[- ]house\b|\bown\b")
"""A count of the organisation's own people, never the partner's."""


def counted(text: str, cues: Patterns, nouns: Patterns) -> dict[str, tuple[float, str]]:
    """The quantities after the first outsourcing cue of each sentence of ``text``, by noun
    (lower-cased, without a plural "s") → (the largest value, the noun as written)."""
    found: dict[str, tuple[float, str]] = {}
    for sentence in SENTENCE_END_RE.split(text):
        cue = any_match(cues, sentence)
        if cue is None:
            continue
        for hit in COUNT_RE.finditer(sentence, cue.start()):
            noun = hit.group(3)
            if any_match(nouns, noun.lower()) is None or IN_HOUSE_RE.search(hit.group(0)):
                continue
            value = float(hit.group(1).replace(",", ""))
            unit = noun.lower().removesuffix("s")
            if value > found.get(unit, (0.0, ""))[0]:
                found[unit] = (value, noun)
    return found


CONTRACT_MONEY = frozenset({"other", "budget"})
"""Kinds of amount (``quantities.amounts_in``) that can be a contract's value: never a profit,
a revenue or a saving the outsourcing brought."""


def contract_value(text: str, cues: Patterns) -> tuple[float, str] | None:
    """The largest sum of money after the first outsourcing cue of a sentence of ``text``, with
    its currency ("contracts worth £9m a year" → (9e6, "GBP")), or None."""
    best: tuple[float, str] | None = None
    for sentence in SENTENCE_END_RE.split(text):
        cue = any_match(cues, sentence)
        if cue is None:
            continue
        for value, currency, kind in amounts_in(sentence[cue.start():]):
            if kind in CONTRACT_MONEY and value > 0 and (best is None or value > best[0]):
                best = (value, currency)
    return best


PROVIDER_ADVERT = 2
"""How many provider-side phrases make the advert's employer a provider itself (a BPO hiring):
its outsourcing is the candidate's side of the contract."""


def provider_employer(text: str, provider: Patterns) -> bool:
    """True when the advert names the provider's side of outsourcing ``PROVIDER_ADVERT`` times or
    more: the employer sells outsourced services."""
    return sum(len(regex.findall(text)) for regex in provider) >= PROVIDER_ADVERT


def supplier_side(context: Context) -> ResumeLine | None:
    """A résumé line showing outsourcing from the provider's chair, when every outsourcing line
    of the work history sits there: the line itself serves clients ("client governance with 3
    banking clients", "SLA reviews with client CFOs"), or its role's employer sells outsourced
    services (a BPO, a third-party logistics provider). A line naming no delivering party ("SLA
    framework designed") leans neither way. None when any line names a supplier, vendor or
    outsourced service with no client beside it, or no line speaks of outsourcing at all."""
    evidence = context.patterns.evidence
    cues, provider = evidence.get("outsourcing", ()), evidence.get("provider_side", ())
    if not cues or not provider or provider_employer(context.job.text, provider):
        return None
    lines = [line for line in context.resume.lines if line.section in ("experience", "summary")]
    provider_roles = {line.role for line in lines
                      if line.role is not None and not line.bullet and any_match(provider, line.text)}
    first: ResumeLine | None = None
    for line in lines:
        if any_match(cues, line.text) is None:
            continue
        rest = line.text
        for regex in provider:
            rest = regex.sub(" ", rest)
        if SUPPLIER_NAMED_RE.search(rest):
            return None  # a supplier or outsourced service governed from the client's side
        if rest != line.text or line.role in provider_roles:
            first = first or line
    return first


def outsourcing_scale_draft(context: Context) -> Draft | None:
    """The outsourcing concern for an advert whose outsourced service, counted in a noun the
    résumé's own outsourced service is counted in, is ``STEP_UP`` times that size or more; None
    when no noun is counted on both sides (see the module's docstring)."""
    evidence = context.patterns.evidence
    cues, nouns = evidence.get("outsourcing", ()), evidence.get("counted_work", ())
    if not cues or not nouns:
        return None
    held: dict[str, tuple[float, str, ResumeLine]] = {}
    for line in context.resume.lines:
        if line.section not in ("experience", "summary"):
            continue
        for unit, (value, noun) in counted(line.text, cues, nouns).items():
            if value > held.get(unit, (0.0, "", line))[0]:
                held[unit] = (value, noun, line)
    held_money = _largest_contract(context, cues)
    if not held and held_money is None:
        return None
    best: tuple[float, Draft] | None = None
    for requirement in context.job.requirements:
        if requirement.section == "nice" or not (requirement.must or requirement.section == "duties"):
            continue
        by_value = _value_step(requirement.text, held_money, context, cues)
        if by_value is not None and (best is None or by_value[0] > best[0]):
            ratio, asked_money, have_money, money_line = by_value
            best = (ratio, _draft(requirement, context, asked_money, have_money, money_line, ratio))
        for unit, (value, noun) in counted(requirement.text, cues, nouns).items():
            if unit not in held or held[unit][0] <= 0:
                continue
            ratio = value / held[unit][0]
            if ratio < STEP_UP or (best is not None and ratio <= best[0]):
                continue
            have, have_noun, count_line = held[unit]
            best = (ratio, _draft(requirement, context, f"{value:,.0f} {noun}",
                                  f"{have:,.0f} {have_noun}", count_line, ratio))
    return best[1] if best is not None else None


def _largest_contract(context: Context, cues: Patterns) -> tuple[float, str, ResumeLine] | None:
    """The largest contract value the résumé's roles or summary give after an outsourcing cue,
    with its currency and line."""
    largest: tuple[float, str, ResumeLine] | None = None
    for line in context.resume.lines:
        if line.section not in ("experience", "summary"):
            continue
        found = contract_value(line.text, cues)
        if found is not None and (largest is None or found[0] > largest[0]):
            largest = (found[0], found[1], line)
    return largest


def _value_step(text: str, held: tuple[float, str, ResumeLine] | None, context: Context,
                cues: Patterns) -> tuple[float, str, str, ResumeLine] | None:
    """(ratio, amount asked, amount held, line) when the contracts a line asks to govern are worth
    ``STEP_UP`` times the largest on the record or more, compared in the line's currency; None
    otherwise, or when the two currencies have no known rate between them."""
    asked = contract_value(text, cues)
    if asked is None or held is None:
        return None
    value, currency = asked
    have, have_currency, line = held
    rates = context.patterns.content.currencies
    if have_currency != currency and not is_converted(have_currency, currency, rates):
        return None  # no rate between them: the sizes cannot be compared
    ratio = value / converted(have, have_currency, currency, rates)
    if ratio < STEP_UP:
        return None
    return ratio, money(value, currency), money(have, have_currency), line


def _draft(requirement: Requirement, context: Context, asked: str, have: str,
           line: ResumeLine | None, ratio: float) -> Draft:
    values = Values()
    values["outsourcing_asked"] = asked
    values["outsourcing_have"] = have
    return Draft(
        kind="outsourcing_vendor",
        key="outsourcing_vendor",
        score=base_score("outsourcing_vendor", requirement, context) - 4 + min(8.0, ratio),
        values=values,
        job_line=requirement.text,
        resume_line=line,
        support=line or support_line(requirement, context),
        requirement=requirement,
        variant="scale",
    )
