"""Evidence a concern reply cites, matched against the gap the interviewer stated, by meaning.

A reply to "you have never managed a P&L" may answer it with a fact of the speaker's record told
as a state or a holding rather than a deed: "I had full budget accountability for a £30m unit",
"my division's P&L sat with me for two years", "I hold a forty million budget today". The
record reader of the concern rule looks for a deed ("I ran", "I've led"); this one hears a
statement of the speaker's own record, and counts it as evidence only when it speaks to the gap:
its sentence embedding is close to the gap's (``GAP_SIMILARITY``).

A statement of the record (``cites_record``): a sentence past the opening, about the speaker
("I", "my", "me" in it), not a question, with a clause that is neither a plan ("I would"), nor
negated, nor conditional, and with a sum or a size to check ("£30m", "600 people", "within
1%"). "I'm a quick learner and I love numbers" cites nothing, nor does tenure ("I have fifteen
years in this business").
"""

from __future__ import annotations

import re

import numpy as np

from poise.analysis import nlp
from poise.analysis.grammar import FAMILY_NOUNS, SUBJECT_DEPS, clause_mood
from poise.analysis.text import MONEY_RE, AnalysedText, Sentence

GAP_SIMILARITY = 0.15
"""The cosine between a sentence and the stated gap below which the sentence speaks of something
else. A floor, not a test of relevance: on the concern replies of the blind rounds 1-25
(``benchmarks/gap_evidence.py``) the sentences the writers quoted as evidence and the sentences
of replies labelled off topic come as close to the gap as each other (26% of each at 0.35 or
more), so the embedding can only rule out a sentence on another subject altogether."""
GAP_SPLIT_RE = re.compile(r"\s[—–]\s|\s-\s|\bInterviewer:\s*|\?\s+(?=[A-Z\"“])")
"""Where a concern question turns from the invitation ("anything that gives you pause?") to the
concern itself."""
SELF_WORDS = frozenset({"i", "my", "me", "mine", "myself"})
TOLD_MOODS = frozenset({"past", "present", "habitual", "background", "past_future"})
SCALE_RE = re.compile(r"\b(?:\d[\d,.]*|[a-z]+)[ -](?:million|billion|thousand|bn|m)\b"
                      r"|\d\s?(?:%|percent|per cent)", re.IGNORECASE)
SIZED_RE = re.compile(r"^\s*(?:\w+\s)?(?:people|staff|employees|reports|heads|fte|sites|"
                      r"stores|plants|depots|branches|beds|accounts|clients|customers)\b",
                      re.IGNORECASE)


def stated_gap(question: str) -> str:
    """The concern the interviewer stated: what follows the invitation to raise one ("Is there
    anything that gives you pause? — You've never run a P&L."), or the whole question."""
    parts = GAP_SPLIT_RE.split(question.strip(), maxsplit=1)
    tail = parts[-1].strip() if len(parts) > 1 else ""
    return tail if len(tail.split()) >= 3 else question.strip()


def _sized(sent: Sentence) -> bool:
    """A sum or a size to check: money ("£30m", "twelve million a year"), a figure with its
    scale ("forty million", "600 people") or a share ("within 1%"); a count of years alone is
    tenure, not a record of the skill."""
    if MONEY_RE.search(sent.text) or SCALE_RE.search(sent.text):
        return True
    return any(SIZED_RE.search(sent.text[end - sent.start:end - sent.start + 20])
               for _start, end, _quote in sent.numbers)


def cites_record(sent: Sentence) -> bool:
    """Whether the sentence states something of the speaker's record: about the speaker, told
    (not planned, denied, supposed or asked), with a figure, a time or a name to check."""
    if not sent.parsed or sent.text.rstrip().endswith("?") or sent.own_hypothetical:
        return False
    if not any(token.lower in SELF_WORDS for token in sent.tokens) or not _sized(sent):
        return False
    roots = [position for position, token in enumerate(sent.tokens)
             if token.dep == "ROOT" and token.pos in {"VERB", "AUX"}]
    return any(clause_mood(sent, position) in TOLD_MOODS and _held_by_speaker(sent, position)
               for position in roots)


def _held_by_speaker(sent: Sentence, root: int) -> bool:
    """The speaker holds what the clause tells: "I" is its subject ("I had a £30m budget"), its
    subject is the speaker's own ("my budget was £12m", not "my daughter's school"), or it sat
    with the speaker ("the P&L sat with me")."""
    for child in sent.child_map[root]:
        token = sent.tokens[child]
        if token.dep not in SUBJECT_DEPS:
            continue
        if token.lower == "i":
            return True
        owners = [sent.tokens[c] for c in sent.child_map[child] if sent.tokens[c].dep == "poss"]
        if token.lemma not in FAMILY_NOUNS and any(owner.lower == "my" for owner in owners):
            return True
    return any(token.lower == "me" and token.dep == "pobj" and 0 <= token.head < len(sent.tokens)
               and sent.tokens[token.head].lower in {"with", "to"} for token in sent.tokens)


def gap_embedding(question: str) -> np.ndarray:
    """The sentence embedding of the stated gap (``stated_gap``)."""
    return nlp.embedder().embed([stated_gap(question)])[0]


def gap_similarities(answer: AnalysedText, question: str) -> np.ndarray:
    """Each sentence's cosine with the stated gap."""
    if not answer.sentences:
        return np.zeros(0)
    return np.asarray(answer.sentence_embeddings @ gap_embedding(question), dtype=float)


def evidence_for_gap(answer: AnalysedText, question: str,
                     threshold: float | None = None) -> list[int]:
    """The indexes of the sentences past the first that cite the speaker's record, and, with a
    ``threshold``, speak to the stated gap (cosine at or above it)."""
    candidates = [sent.index for sent in answer.sentences[1:] if cites_record(sent)]
    if not candidates or threshold is None:
        return candidates
    similarities = gap_similarities(answer, question)
    return [index for index in candidates if float(similarities[index]) >= threshold]
