"""A sum to save named by a programme on any line of the advert, against the largest saving on
the record.

The fit map judges savings on the lines it reads as savings; a duty may carry a target in other
words ("deliver the £22m annual cost improvement programme", "S$25 million in sustainable
cost-out over three years"), read there as a budget or as nothing. Here an amount is a target
when a savings noun of ``evidence.savings_sized`` (content/fit/cues.yaml) sizes it, within a few
words after it. A short name the advert gives such a programme ("... Programme (CIP)") is a
savings noun too, so the résumé's "£4.8m recurrent CIP" is its record. The target is a step up
when it is ``STEP_UP`` times the largest saving on the record or more, both in the target's
currency; a résumé stating no saving at all is left to the fit map's own verdict.
"""

from __future__ import annotations

import re

from poise.fit.concerns.evidence import simple_draft
from poise.fit.concerns.model import Context, Draft
from poise.fit.currency import converted, money_beside
from poise.fit.job_reader import Requirement
from poise.fit.lexicon import Patterns
from poise.fit.match import PARTIAL, Match, Verdict
from poise.fit.quantities import AMOUNT_RES, amounts_in, money
from poise.fit.resume_reader import ResumeLine

STEP_UP = 1.5
"""How many times the largest saving on the record a target must be: the ratio of a team or a
budget (``requirements.STEP_UP``)."""
GAP_WORDS = 6
"""How many words may stand between an amount and the savings noun that sizes it."""
SHORT_NAME_RE = re.compile(r"\(([A-Z]{2,6})\)")
"""A short name in capitals given in brackets after a name ("Cost Improvement Programme (CIP)")."""
WORD_RE = re.compile(r"[^\s]+")
SENTENCE_END_RE = re.compile(r"[.;:,](?=\s)|\s[-–—]\s|\s(?:and|or|with|to|for)\s")
"""The end of the clause an amount stands in: a saving noun beyond it, or after a word joining
another phrase ("a budget of $100 million and efficiency targets"), sizes something else."""
CODE_BEFORE_RE = re.compile(r"\b([A-Z]{3})\s?$")
"""A currency code straight before an amount."""


def short_names(text: str, nouns: Patterns) -> tuple[str, ...]:
    """The short names ``text`` gives a savings programme: the capitals in brackets straight
    after words a savings noun reads."""
    found: list[str] = []
    for hit in SHORT_NAME_RE.finditer(text):
        before = " ".join(WORD_RE.findall(text[:hit.start()])[-4:])
        if any(pattern.search(before) for pattern in nouns) and hit.group(1) not in found:
            found.append(hit.group(1))
    return tuple(found)


def sized_savings(text: str, nouns: Patterns, names: tuple[str, ...] = (),
                  codes: frozenset[str] = frozenset()) -> list[tuple[float, str]]:
    """The amounts of ``text`` a savings noun (or one of ``names``) sizes, as (value, currency):
    the noun within ``GAP_WORDS`` words after the amount in the same clause, with no other
    amount between. A currency code of ``codes`` written before a dollar sign ("CAD $25
    million") is the amount's currency."""
    name_res = [re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])") for name in names]
    hits = sorted((hit for regex in AMOUNT_RES for hit in regex.finditer(text)),
                  key=lambda hit: hit.start())
    found: list[tuple[float, str]] = []
    for index, hit in enumerate(hits):
        read = amounts_in(hit.group(0))
        if not read:
            continue
        stop = next((later.start() for later in hits[index + 1:] if later.start() >= hit.end()),
                    len(text))
        clause = SENTENCE_END_RE.split(text[hit.end():stop], maxsplit=1)[0]
        window = " ".join(WORD_RE.findall(clause)[:GAP_WORDS + 1])
        if any(pattern.search(window) for pattern in nouns) or any(
                regex.search(window) for regex in name_res):
            value, currency, _kind = read[0]
            code = CODE_BEFORE_RE.search(text[:hit.start()])
            if code is not None and code.group(1) in codes and hit.group(0).lstrip().startswith("$"):
                currency = code.group(1)
            if (value, currency) not in found:
                found.append((value, currency))
    return found


def largest_sized_saving(context: Context, names: tuple[str, ...],
                         record: tuple[float, str, ResumeLine] | None
                         ) -> tuple[float, str, ResumeLine] | None:
    """The largest saving on the résumé: ``record`` (the savings it states) or an amount a
    savings noun or the advert's short name for a programme sizes, ranked in the reference
    currency."""
    rates = context.patterns.content.currencies
    nouns = context.patterns.evidence.get("savings_sized", ())
    best = record
    for line in context.resume.lines:
        if line.section not in ("experience", "summary", "side"):
            continue  # a list of key achievements is read as a side section
        for value, currency in sized_savings(line.text, nouns, names, frozenset(rates.rates)):
            if best is None or converted(value, currency, rates.reference, rates) > converted(
                    best[0], best[1], rates.reference, rates):
                best = (value, currency, line)
    return best


def programme_target_draft(requirement: Requirement, match: Match, context: Context,
                           drafts: list[Draft], record: tuple[float, str, ResumeLine] | None
                           ) -> Draft | None:
    """A savings-target concern for a stated line (a must-have or a duty) whose programme sizes
    a saving ``STEP_UP`` times the largest on the record or more; None when the line is one the
    fit map reads as savings (its own rule judges it), another savings concern stands for it,
    the line sizes no saving or the résumé states none."""
    if requirement.section == "nice" or not (requirement.must or requirement.section == "duties"):
        return None
    if requirement.kind == "savings" or any(draft.kind == "savings_target" for draft in drafts):
        return None
    nouns = context.patterns.evidence.get("savings_sized", ())
    if not nouns:
        return None
    names = short_names(context.job.text, nouns)
    rates = context.patterns.content.currencies
    asked = sized_savings(requirement.text, nouns, names, frozenset(rates.rates))
    if not asked:
        return None
    need, need_currency = max(asked)
    held = largest_sized_saving(context, names, record)
    if held is None:
        return None
    have = converted(held[0], held[1], need_currency, rates)
    if have <= 0 or need / have < STEP_UP:
        return None
    verdict = next((verdict for verdict in match.verdicts if verdict.kind == "savings"),
                   Verdict(kind="savings", strength=PARTIAL, reason=""))
    draft = simple_draft("savings_target", requirement, verdict, context)
    draft.values.update({"saving_asked": money(need, need_currency),
                         "saving_have": money_beside(held[0], held[1], need_currency, rates)})
    draft.resume_line = draft.support = held[2]
    return draft
