"""Results measured in words rather than digits: a multiple or a fraction of a change.

"We halved the backlog", "cut the waiting list by a third", "brought the defects down by
half", "the desk handles twice the volume", "complaints fell to zero": each measures a result as
surely as "from 40 to 20", but no figure is read in it (``text.NUMBER_RE`` reads digits and
counting words). A phrase found here counts as a number on the outcome when the clause that
holds it reports what happened (a past or present clause, not an aim, a plan, a condition or an
example), and, for a fraction or zero, when a verb of change governs it. Which sentences may hold
a result (after the first thing done, never the set-up) is decided by the caller.
"""

from __future__ import annotations

import re

from poise.analysis.grammar import (
    CHANGE_LEMMAS,
    _aimed_or_threshold,
    _ancestors,
    _illustration,
    _imagined,
    clause_mood,
    outcome_number,
)
from poise.analysis.text import FIGURE_RE, Sentence, per_sentence, read_outcomes

MULTIPLE_VERB_RE = re.compile(r"\b(?:halved|doubled|tripled|trebled|quadrupled)\b", re.IGNORECASE)
"""A verb that is itself the measure of the change."""
FRACTION_RE = re.compile(
    r"\b(?:by (?:(?:about|around|roughly|nearly|almost|more than|over|well over) )?(?:a |one )?"
    r"(?:half|third|quarter|fifth|tenth|two thirds|three quarters)|in half|"
    r"(?:twice|(?:two|three|four|five|ten) times) (?:the|as|more|over|what)|to (?:zero|nil|none))\b",
    re.IGNORECASE,
)
"""A fraction or multiple said of a change: "by a third", "in half", "twice the volume",
"three times as many", "to zero"."""
TOLD_MOODS = frozenset({"past", "present"})
VERB_OF_CHANGE = CHANGE_LEMMAS | frozenset({"go", "come", "get", "knock", "take", "handle",
                                            "process", "sell", "serve", "make"})


def _governing(sent: Sentence, position: int) -> int | None:
    """The verb the token at ``position`` belongs to (itself when it is one)."""
    if sent.tokens[position].pos in {"VERB", "AUX"}:
        return position
    for where, ancestor in _ancestors(sent, position):
        if ancestor.pos in {"VERB", "AUX"}:
            return where
    return None


def _told(sent: Sentence, position: int, verb: int) -> bool:
    """Whether the clause of ``verb`` reports what happened, and the phrase at ``position`` is
    not an aim, a threshold, something imagined or an example."""
    if clause_mood(sent, verb) not in TOLD_MOODS:
        return False
    return not (_aimed_or_threshold(sent, position) or _imagined(sent, position)
                or _illustration(sent, position))


def word_figures(sent: Sentence) -> list[tuple[int, int, str]]:
    """The multiples and fractions of a change the sentence reports, as (start, end, quote) in
    the answer's offsets; none without a parse."""
    if not sent.parsed:
        return []
    found: list[tuple[int, int, str]] = []
    for pattern, needs_change in ((MULTIPLE_VERB_RE, False), (FRACTION_RE, True)):
        for match in pattern.finditer(sent.text):
            start, end = sent.start + match.start(), sent.start + match.end()
            inside = [position for position, token in enumerate(sent.tokens)
                      if start <= token.start < end]
            if not inside:
                continue
            position = inside[-1]
            verb = _governing(sent, position)
            if verb is None or not _told(sent, position, verb):
                continue
            if needs_change and sent.tokens[verb].lemma not in VERB_OF_CHANGE and not any(
                    sent.tokens[verb].lemma == "be" and token.lower in {"down", "up"}
                    for token in sent.tokens[verb:position]):
                continue  # "I called them twice as often": a frequency, not a result
            start, end = _phrase(sent, start, end, verb)
            if not any(begin < end and start < finish for begin, finish, _ in found):
                found.append((start, end, sent.text[start - sent.start: end - sent.start]))
    return sorted(found)


def _phrase(sent: Sentence, start: int, end: int, verb: int) -> tuple[int, int]:
    """The words to quote: from the verb of change when it comes just before ("cut the backlog
    by a third", "fell to zero"), to the thing measured when the phrase ends before it ("twice
    the volume"), or the verb with what it acts on ("halved the backlog")."""
    tokens = sent.tokens
    head = tokens[verb]
    if head.start < start and start - head.start <= 40:
        start = head.start
    if head.start >= start:  # the verb is the phrase: "halved" with what it acts on
        for child in sent.child_map[verb]:
            if tokens[child].dep in {"dobj", "nsubjpass"} and tokens[child].start > head.start:
                end = max(end, tokens[child].end)
    following = [token for token in tokens if token.start >= end][:4]
    if sent.text[: end - sent.start].rstrip().split()[-1].lower() in {"the", "as", "more", "over",
                                                                         "what"}:
        for token in following:
            end = token.end
            if token.pos in {"NOUN", "PROPN", "ADJ", "ADV"} and token.dep != "amod":
                break
    return start, end


def _wider(sent: Sentence, start: int, end: int, quote: str) -> bool:
    return outcome_number(sent, start, end, quote, wider=True)


@per_sentence
def result_numbers(sent: Sentence) -> list[tuple[int, int, str]]:
    """The figures that measure a result as praise reads them: ``Sentence.outcome_numbers``
    widened to numbers in words with their scale ("four million litres", "two hundred cases"),
    a change told with a direction ("went up 12%"), a difference from a reference ("45% lower",
    "£60,000 under budget") and the measure of a change named as the subject ("the saving was
    £410,000"); none without a parse."""
    if not sent.parsed:
        return []
    figures = [(sent.start + match.start(), sent.start + match.end(), match.group(0))
               for match in FIGURE_RE.finditer(sent.text)]
    return read_outcomes(sent, figures, _wider)
