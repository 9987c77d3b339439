"""A reply to a concern judged with the concern rubric: acknowledge, evidence, plan, check back.

Each move is read by the very test of the concern rule that flags its absence
(content/rules/concern.yaml): the words that grant the concern (or a grant the parse reads,
``grant.grants``), a fact from one's record, a step
bounded in time, a closing question that checks the doubt is settled. A move counts only when
its rule did not flag it missing, and it is quoted as the whole sentence that makes it.

Two dimensions of the report read the moves instead of a story's shape:
- Structure: the reply opens by granting the concern, and the moves come in the rubric's order
  (acknowledge, evidence, plan, check back);
- Concern handling: how many of the four moves are there, each quoted.
Every point short of 5 names the move or the order that is missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from poise.analysis import gap_evidence, grant
from poise.analysis.matching import CompiledPattern, compile_matcher, find
from poise.analysis.report import Evidence, Finding
from poise.analysis.scheduled import period_ahead, scheduled_step
from poise.analysis.scoring import Assessment
from poise.analysis.text import AnalysedText, Sentence
from poise.content.loader import KnowledgeBase

MOVES = ("acknowledge", "evidence", "plan", "check back")
RULE_OF_MOVE = {
    "acknowledge": "concern.no_acknowledgement",
    "evidence": "concern.no_evidence",
    "plan": "concern.no_plan",
    "check back": "concern.no_check_back",
}
MISSING = {
    "acknowledge": "the concern is not granted",
    "evidence": "no fact from your record answers it",
    "plan": "no step with a date to close the gap",
    "check back": "no closing question that checks the concern is settled",
}
RUBRIC = "acknowledge, evidence, plan, check back"
# a step bounded in time, as the plan rule reads it ("in my first 60 days", "by March")
PLAN_TIME_RE = re.compile(
    r"\b(?:first|next|within|by|before|in|for|over|during)\b[^.?!;]{0,30}?\b(?:days?|weeks?|"
    r"fortnight|months?|quarters?|day one|start date|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|q[1-4])\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Moves:
    """Where each move of the rubric stands: the index of the sentence that makes it, quoted."""

    found: dict[str, tuple[int, Evidence]]
    flagged: frozenset[str]

    def missing(self) -> list[str]:
        """The moves neither made nor already flagged by their rule (a finding says those)."""
        return [move for move in MOVES if move not in self.found and move not in self.flagged]


def compile_moves(kb: KnowledgeBase) -> dict[str, tuple[CompiledPattern, ...]]:
    """Each move's patterns, read from the concern rule that flags its absence."""
    patterns: dict[str, tuple[CompiledPattern, ...]] = {}
    for move, rule_id in RULE_OF_MOVE.items():
        rule = kb.rules.get(rule_id)
        matcher = getattr(rule, "match", None)
        patterns[move] = compile_matcher(matcher, kb.lexicons) if matcher is not None else ()
    return patterns


def _hits(parsed: AnalysedText, patterns: tuple[CompiledPattern, ...]) -> list[int]:
    """The indexes of the sentences the patterns find, in order, once each."""
    indexes: list[int] = []
    for item in find(patterns, parsed.text):
        index = parsed.sentence_at(item.start)
        if index is not None and index not in indexes:
            indexes.append(index)
    return sorted(indexes)


def planned_step(sent: Sentence) -> bool:
    """A step the speaker will take, bounded in time ("In my first 60 days I would..."), or one
    already booked for a time to come and told without a modal ("I start the course from
    January": ``scheduled.scheduled_step``)."""
    if ((PLAN_TIME_RE.search(sent.text) or period_ahead(sent, counted=True)) and sent.parsed
            and sent.own_hypothetical):
        return True
    return scheduled_step(sent)


def _faulted(parsed: AnalysedText, findings: tuple[Finding, ...]) -> set[int]:
    """The indexes of the sentences a medium or high tone finding quotes."""
    indexes: set[int] = set()
    for finding in findings:
        if finding.dimension != "tone" or finding.severity not in {"medium", "high"}:
            continue
        for item in finding.evidence:
            index = parsed.sentence_at(item.start)
            if index is not None:
                indexes.add(index)
    return indexes


def read_moves(parsed: AnalysedText, patterns: dict[str, tuple[CompiledPattern, ...]],
               findings: tuple[Finding, ...], question: str = "") -> Moves:
    """The rubric's moves in ``parsed``: for each, the first sentence that makes it (the evidence
    and the plan preferably after the acknowledgement, the check back the last), unless the
    move's rule flagged it missing. With the ``question``, a holding of the record with its size
    that speaks to the stated gap is evidence too (``gap_evidence``), as the evidence rule hears
    it."""
    flagged = frozenset(move for move, rule_id in RULE_OF_MOVE.items()
                        if any(finding.rule == rule_id for finding in findings))
    hits = {move: _hits(parsed, patterns.get(move, ())) for move in MOVES}
    if question and "evidence" not in flagged:
        hits["evidence"] = sorted({*hits["evidence"], *gap_evidence.evidence_for_gap(
            parsed, question, gap_evidence.GAP_SIMILARITY)})
    hits["plan"] = sorted({*hits["plan"], *(index for index, sent in enumerate(parsed.sentences)
                                            if planned_step(sent))})
    # the concern granted: its point taken in or judged fair, not its holder heard ("I hear
    # you.") nor a grant taken back in the same breath ("I get it, but I think it's a detail")
    hits["acknowledge"] = sorted(index for index in {*hits["acknowledge"], *(
        index for index, sent in enumerate(parsed.sentences)
        if grant.grants(sent, frozenset(), holder=False))}
        if not grant.taken_back(parsed.sentences[index]))
    # a sentence a tone finding faults (the concern waved away, a jab) makes no move of the rubric
    faulted = _faulted(parsed, findings)
    hits = {move: [index for index in indexes if index not in faulted] for move, indexes in hits.items()}
    found: dict[str, tuple[int, Evidence]] = {}
    taken: set[int] = set()
    for move in MOVES:
        if move in flagged or not hits[move]:
            continue
        if move == "check back":
            index = hits[move][-1]
        else:
            fresh = [index for index in hits[move] if index not in taken]
            index = fresh[0] if fresh else hits[move][0]
        taken.add(index)
        sent = parsed.sentences[index]
        found[move] = (index, Evidence(sent.start, sent.end, sent.text))
    return Moves(found, flagged)


def structure(moves: Moves, parsed: AnalysedText) -> Assessment:
    """Structure of a concern reply: 3, one more for opening by granting the concern, one more
    for the moves in the rubric's order with evidence and a plan both made."""
    level, evidence, missing = 3.0, [], []
    opening = moves.found.get("acknowledge")
    if opening is not None and opening[0] == 0:
        level += 1
        evidence.append(opening[1])
    else:
        missing.append("the reply does not open by granting the concern")
    order = [moves.found[move][0] for move in MOVES if move in moves.found]
    if "evidence" in moves.found and "plan" in moves.found and order == sorted(order):
        level += 1
        evidence.append(moves.found["plan"][1])
    elif order != sorted(order):
        missing.append(f"the moves are out of the order {RUBRIC}")
    else:
        missing.append("evidence and a plan do not both follow the opening")
    return Assessment(level, evidence, missing)


def handling(moves: Moves) -> Assessment:
    """Concern handling: 3 with fewer than three moves made, 4 with three, 5 with all four; each
    move made is quoted, each one missing (and not already a finding) named."""
    made = [moves.found[move][1] for move in MOVES if move in moves.found]
    level = 3.0 + (len(made) >= 3) + (len(made) == 4)
    missing = [MISSING[move] for move in moves.missing()]
    return Assessment(level, made, missing)
