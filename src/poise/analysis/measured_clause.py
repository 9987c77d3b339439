"""The clause a figure measures, for quoting an outcome number with what it counts.

"Puts a number on the outcome" quoted as "40%" tells the user nothing; quoted as "complaints
fell 40% in a quarter" it shows which result was measured. The parse gives the clause: from the
figure, climb to the verb whose clause it sits in, then take that verb's words without the
clauses hung on it (a reason, a relative clause, a second clause joined by "and") that do not
hold the figure. A sentence without a parse, or a figure with no verb above it ("Forty percent
fewer falls."), is quoted as its whole sentence.
"""

from __future__ import annotations

from poise.analysis.report import Evidence
from poise.analysis.text import AnalysedText, Sentence

CLAUSE_DEPS = frozenset({"advcl", "relcl", "ccomp", "conj", "parataxis", "csubj", "acl", "xcomp"})
"""Dependents that open a clause of their own: cut from the measured clause unless they hold
the figure."""
VERB_POS = frozenset({"VERB", "AUX"})
EDGE_PUNCT = frozenset({",", ";", ":", "-", "—", "–", "(", ")", "'", '"', "“", "”", "cc"})
MAX_WORDS = 30
"""A longer clause is quoted from its figure's own phrase instead: a quote is read at a glance."""


def _clause_head(sent: Sentence, position: int) -> int | None:
    """The verb heading the clause the word at ``position`` sits in."""
    seen: set[int] = set()
    current = position
    while 0 <= current < len(sent.tokens) and current not in seen:
        seen.add(current)
        if sent.tokens[current].pos in VERB_POS and sent.tokens[current].dep != "aux":
            return current
        head = sent.tokens[current].head
        if head == current:
            return None
        current = head
    return None


def _span(sent: Sentence, head: int, keep: int) -> tuple[int, int]:
    """The token indexes (first, last) of ``head``'s clause, without clauses hung on it that do
    not hold the token ``keep``."""
    members = {head}
    stack = [head]
    while stack:
        current = stack.pop()
        for child in sent.child_map[current]:
            if child in members:
                continue
            if sent.tokens[child].dep in CLAUSE_DEPS and not _holds(sent, child, keep):
                continue
            members.add(child)
            stack.append(child)
    first, last = min(members), max(members)
    # a clause cut in the middle keeps only the stretch around the figure
    while first < keep and (first not in members or sent.tokens[first].text in EDGE_PUNCT
                            or sent.tokens[first].dep in {"cc", "mark", "punct"}):
        first += 1
    while last > keep and (last not in members or sent.tokens[last].text in EDGE_PUNCT
                           or sent.tokens[last].dep in {"cc", "punct"}):
        last -= 1
    return first, last


def _holds(sent: Sentence, root: int, target: int) -> bool:
    """Whether ``target`` lies in the subtree of ``root``."""
    current, seen = target, set()
    while 0 <= current < len(sent.tokens) and current not in seen:
        if current == root:
            return True
        seen.add(current)
        current = sent.tokens[current].head
    return False


def measured_clause(answer: AnalysedText, item: Evidence) -> Evidence:
    """The clause the figure quoted by ``item`` measures ("complaints fell 40% in a quarter"),
    or ``item`` itself when no sentence holds it."""
    index = answer.sentence_at(item.start)
    if index is None:
        return item
    sent = answer.sentences[index]
    whole = Evidence(sent.start, sent.end, sent.text)
    if not sent.parsed or not sent.tokens:
        return whole
    inside = [position for position, token in enumerate(sent.tokens)
              if item.start <= token.start < item.end]
    if not inside:
        return whole
    head = _clause_head(sent, inside[0])
    if head is None:
        return whole
    first, last = _span(sent, head, inside[0])
    first, last = min(first, inside[0]), max(last, inside[-1])
    start, end = sent.tokens[first].start, sent.tokens[last].end
    start, end = min(start, item.start), max(end, item.end)
    if last - first + 1 > MAX_WORDS:
        return item
    return Evidence(start, end, answer.text[start:end])
