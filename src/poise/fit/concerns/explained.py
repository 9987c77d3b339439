"""Missing must-haves another concern already explains, or that ask for no skill at all.

A must-have not shown is the fallback concern for a requirement no other kind reads. It is
dropped when the line says where or how often the work is done (an office three days a week,
travel, a move: the place concerns speak to that, and none is a skill), when a sector switch is
raised and the line names the sub-sector or regulator the switch is into (the switch is the
concern; a second one on its vocabulary says the same twice), or when the line only leads into
the list below it ("The following duties are typical…"), or tells what the employer offers (pay,
leave).
"""

from __future__ import annotations

import re

from poise.fit.concerns.model import Context, Draft
from poise.fit.concerns.subsector import named_in, sub_sectors
from poise.fit.ladders import regimes_in
from poise.fit.lexicon import any_match

MISSING = "missing_must_have"
LEAD_IN_RE = re.compile(r"(?i)^\W*the following\b|\b(?:listed|above|these) duties\b|"
                        r"\bthis classification\b")
"""A line that introduces or qualifies the list of duties rather than asking for anything."""
OFFICE_RE = re.compile(r"(?i)\b(?:office|on[- ]?site|days? (?:a|per) week)\b")
"""Where and how often the holder works."""
OFFER_RE = re.compile(r"(?i)\b(?:salary|remuneration|bonus|pension|vacation|annual leave|"
                      r"holidays?|benefits? package)\b")
"""What the employer offers: pay, leave and benefits, never a skill asked."""


def where_the_work_is(text: str, context: Context) -> bool:
    """True when a line asks where or how often the holder works: a move, an office, travel."""
    evidence = context.patterns.evidence
    return OFFICE_RE.search(text) is not None or any(
        any_match(evidence.get(name, ()), text) is not None
        for name in ("relocation", "work_place", "travel"))


def switch_vocabulary(text: str, drafts: list[Draft], context: Context) -> bool:
    """True when a sector switch is raised and ``text`` names a sub-sector or a regulatory regime
    of the post: the switch already carries the gap."""
    if not any(draft.kind == "industry_switch" for draft in drafts):
        return False
    return bool(named_in(text, sub_sectors(context.patterns))) or bool(
        regimes_in(text, context.patterns))


def drop_explained(drafts: list[Draft], context: Context) -> list[Draft]:
    """``drafts`` less the missing must-haves explained elsewhere (see the module's docstring)."""
    kept = []
    for draft in drafts:
        text = draft.requirement.text if draft.requirement is not None else draft.job_line
        if draft.kind == MISSING and text and (
                where_the_work_is(text, context) or LEAD_IN_RE.search(text) or OFFER_RE.search(text)
                or switch_vocabulary(text, drafts, context)):
            continue
        kept.append(draft)
    return kept
