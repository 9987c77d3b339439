"""An outsourced service several times the size of any the résumé shows run.

The fit map rates outsourcing met by any supplier or outsourced service on the résumé; a
recruiter also weighs its size. Both sides are read as quantities after the outsourcing cue
(``evidence.outsourcing`` in content/fit/cues.yaml) in the same sentence, counted in a noun of
``evidence.counted_work`` ("1,100 FTEs", "38,000 claims a year"). Only the same noun on both
sides is compared: the advert's partners at 1,100 FTEs against a vendor of 120 FTEs is a step
up; an in-house team before the cue is not the partner's size.
"""

from __future__ import annotations

import re

from poise.fit.concerns.evidence import base_score, support_line
from poise.fit.concerns.model import Context, Draft, Values
from poise.fit.lexicon import Patterns, any_match
from poise.fit.resume_reader import ResumeLine

STEP_UP = 1.5
"""How many times the largest outsourced service on the record the advert's must be."""

COUNT_RE = re.compile(r"(?<![\w.,£$€₹%/-])(\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]*\s?%)"
                      r"\s+(?:([A-Za-z][\w-]*)\s+){0,2}?([A-Za-z]+)\b")
"""A whole number and the noun it counts, with up to two words between ("1,100 FTEs",
"120 offshore agents")."""

SENTENCE_END_RE = re.compile(r";|\.(?=\s+[A-Z]|\s*$)")
"""The end of a sentence or clause: never the point of an abbreviation ("c. 9,000")."""
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
    if not held:
        return None
    best: tuple[float, Draft] | None = None
    for requirement in context.job.requirements:
        if requirement.section == "nice" or not (requirement.must or requirement.section == "duties"):
            continue
        for unit, (value, noun) in counted(requirement.text, cues, nouns).items():
            if unit not in held or held[unit][0] <= 0:
                continue
            ratio = value / held[unit][0]
            if ratio < STEP_UP or (best is not None and ratio <= best[0]):
                continue
            have, have_noun, line = held[unit]
            values = Values()
            values["outsourcing_asked"] = f"{value:,.0f} {noun}"
            values["outsourcing_have"] = f"{have:,.0f} {have_noun}"
            best = (ratio, Draft(
                kind="outsourcing_vendor",
                key="outsourcing_vendor",
                score=base_score("outsourcing_vendor", requirement, context) - 4 + min(8.0, ratio),
                values=values,
                job_line=requirement.text,
                resume_line=line,
                support=line or support_line(requirement, context),
                requirement=requirement,
                variant="scale",
            ))
    return best[1] if best is not None else None
