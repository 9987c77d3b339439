"""A person made to leave off the books, read from the parse: the speaker's moves arranged so
that someone would leave ("I put her on nights so that she would decide to leave"), or a
departure told beside the formal process it spared ("he resigned within weeks, no tribunal").

Part of tone.undermining. The words (verbs and nouns of leaving, the formal steps of a
dismissal) come from the rule's lexicons; the shape (a purpose clause after the speaker's act,
a "no" or "without" on a formal step) comes from the parse.
"""

from __future__ import annotations

from collections.abc import Sequence

from poise.analysis import conduct
from poise.analysis.meaning import children, negated, subtree
from poise.analysis.text import Sentence

REPORTING = frozenset({"report", "escalate", "raise", "flag", "disclose", "refer", "notify",
                       "alert", "inform"})
"""Verbs of raising a matter with those entitled to know, rather than acting around them."""
MOVE_REACH = 2
"""How many sentences back the speaker's move that brought a departure about is looked for."""

THIRD_PERSONS = frozenset({"he", "she", "they", "him", "her"})
"""The person who left: a pronoun for someone other than the speaker."""
SPARING = frozenset({"no", "without"})
"""Words that tell a formal step did not happen."""
PURPOSE_MARKS = frozenset({"so", "that"})
MAY_WORDS = frozenset({"could", "can", "might", "may"})
"""A modal of leave given ("so that she could leave with dignity"), not of a push."""


def _purpose(sent: Sentence, verb: int) -> bool:
    """The clause at ``verb`` is a purpose: "so" or "so that" marks it, or stands just before it."""
    if any(sent.tokens[c].lower in PURPOSE_MARKS and sent.tokens[c].dep in {"mark", "advmod"}
           for c in children(sent, verb)):
        return any(sent.tokens[c].lower == "so" for c in children(sent, verb)) or (
            min(subtree(sent, verb)) > 0 and sent.tokens[min(subtree(sent, verb)) - 1].lower == "so")
    first = min(subtree(sent, verb), default=verb)
    return first > 0 and sent.tokens[first - 1].lower == "so"


def _subject(sent: Sentence, verb: int) -> str | None:
    for child in children(sent, verb):
        if sent.tokens[child].dep in {"nsubj", "nsubjpass"}:
            return sent.tokens[child].lower
    return None


def pushed_to_leave(sent: Sentence, leaving: frozenset[str]) -> bool:
    """After an act of the speaker's, a purpose clause in which another person would leave: "I
    gave her the hardest group, so that she would decide herself to leave". Not leave granted
    ("so that she could leave on good terms"), not a departure prevented ("so he wouldn't
    quit")."""
    if not sent.parsed:
        return False
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.lemma not in leaving or token.pos != "VERB" or negated(sent, position):
            continue
        clause = position  # "she would decide to leave": the purpose is the clause above
        if token.dep == "xcomp" and 0 <= token.head < len(tokens):
            clause = token.head
        if negated(sent, clause) or not _purpose(sent, clause):
            continue
        if _subject(sent, clause) not in THIRD_PERSONS:
            continue
        modals = {tokens[c].lower for c in children(sent, clause) if tokens[c].dep == "aux"}
        if modals & MAY_WORDS or "would" not in modals:
            continue
        # the speaker's act comes before the purpose's own subject ("..., so she would quit")
        subject = next(c for c in children(sent, clause) if tokens[c].dep in {"nsubj", "nsubjpass"})
        if conduct.speaker_acted_before(sent, subject):
            return True
    return False


def _left(sent: Sentence, leaving: frozenset[str]) -> bool:
    """Someone other than the speaker left, in a told act: "he resigned", "she wrote her
    resignation", "he had to take early retirement"."""
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.pos not in {"VERB", "NOUN"} or token.lemma not in leaving or negated(sent, position):
            continue
        verb = position
        if token.pos == "NOUN":  # "took early retirement", "handed in her resignation"
            if token.dep not in {"dobj", "pobj"} or not 0 <= token.head < len(tokens):
                continue
            verb = token.head if tokens[token.head].pos == "VERB" else tokens[token.head].head
            if not 0 <= verb < len(tokens):
                continue
        if tokens[verb].dep == "xcomp" and 0 <= tokens[verb].head < len(tokens):
            verb = tokens[verb].head  # "he had to take early retirement"
        if tokens[verb].tag not in {"VBD", "VBN"} and not any(
                tokens[c].tag == "VBD" for c in children(sent, verb) if tokens[c].dep == "aux"):
            continue
        if _subject(sent, verb) in THIRD_PERSONS:
            return True
    return False


def _spared(sent: Sentence, formal: frozenset[str]) -> bool:
    """A formal step said not to have happened: "no tribunal", "without any legal procedure"."""
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.lower not in formal:
            continue
        if any(tokens[c].lower == "no" for c in children(sent, position)):
            return True
        if token.dep == "compound" and 0 <= token.head < len(tokens) and any(
                tokens[c].lower == "no" and tokens[c].dep == "det"
                for c in children(sent, token.head)):
            return True  # "no tribunal risk": the step names the kind of thing said not to be
        head = token.head
        for _ in range(3):  # "without any legal procedure": the noun under "without"
            if not 0 <= head < len(tokens) or head == position:
                break
            if tokens[head].lower in SPARING and tokens[head].dep in {"prep", "det"}:
                return True
            if tokens[head].pos not in {"NOUN", "ADJ"}:
                break
            head = tokens[head].head
        if position > 0 and tokens[position - 1].lower in SPARING:
            return True
    return False


def left_without_process(sent: Sentence, after: Sentence | None, leaving: frozenset[str],
                         formal: frozenset[str]) -> bool:
    """A departure told beside the formal process it spared, in the same sentence or the next:
    "He resigned within six weeks, no tribunal, no payout". Not a departure alone ("he resigned
    before the hearing") nor a process followed ("after the hearing he was dismissed")."""
    if not sent.parsed or not _left(sent, leaving):
        return False
    return _spared(sent, formal) or bool(after is not None and after.parsed and _spared(after, formal))


def move_before(sentences: Sequence[Sentence], index: int) -> int | None:
    """The nearest sentence before ``index`` (at most ``MOVE_REACH`` back) in which the speaker
    did something: the move that brought the departure about ("I moved him on to nights")."""
    for back in range(index - 1, max(index - 1 - MOVE_REACH, -1), -1):
        if sentences[back].own_past_actions:
            return back
    return None


def reported(sent: Sentence) -> bool:
    """The speaker raised the matter through a proper line: "I reported it to the ethics line",
    "I escalated it to HR". A departure after that is no push of the speaker's."""
    return any(verb.lemma in REPORTING for verb in sent.own_past_actions)


def pushed_out_by_speaker(sentences: Sequence[Sentence], index: int, leaving: frozenset[str],
                          formal: frozenset[str]) -> int | None:
    """When the sentence at ``index`` tells a departure beside the formal steps it spared, and the
    speaker's own move comes just before it (not a report through a proper line): that move's
    sentence (or the departure's own when the speaker acts in it). None otherwise."""
    sent = sentences[index]
    after = sentences[index + 1] if index + 1 < len(sentences) else None
    if not left_without_process(sent, after, leaving, formal):
        return None
    moved = index if sent.own_past_actions else move_before(sentences, index)
    if moved is None or reported(sentences[moved]) or reported(sent):
        return None
    return moved
