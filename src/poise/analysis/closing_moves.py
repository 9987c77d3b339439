"""A question the candidate asks at the end, judged as a question, not as a story.

- Structure: the reply asks (a sentence that ends with "?" or opens with a question word), and
  asks one thing openly ("what", "how", "which"), not a yes/no question; two questions joined in
  one sentence (", and is there...") count as two.
- Closing question: what it asks, or one of the questions joined in it, is close in meaning to a
  question worth asking at the end (content/questions_to_ask.yaml, "good", each of its own parts
  compared too), the sentence that asks quoted.
- Concision: a question is short; a long preamble before it costs a point.
A question has no story, so it is not judged on evidence, ownership, relevance or tone
(anchors.yaml, judged_on). Every point short of 5 names what is missing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from poise.analysis.report import Evidence
from poise.analysis.scoring import Assessment
from poise.analysis.text import AnalysedText, Sentence

OPEN_WORDS = frozenset({"what", "how", "which", "why", "who", "where", "when"})
# Words that may come before the question word ("And what...", "So, how...").
LEAD_WORDS = frozenset({"and", "so", "also", "then", "but", "finally", "lastly", "just", "out", "of",
                        "curiosity", "interest"})
WORTH_ASKING = 0.52
"""Cosine similarity to a question worth asking (or one of its parts) from which the question
counts as one of them: the examples of questions to avoid land at 0.14-0.46, close paraphrases of
the listed questions at 0.50-0.60 (the embedding is coarse: a near miss scores 3, not lower)."""
QUESTION_WORDS = ("what|how|which|who|whom|when|where|why|is|are|was|were|do|does|did|would|will|"
                  "can|could|have|has|should")
JOINED_RE = re.compile(rf"(?:,\s*|\s+)(?:and|or)\s+(?=(?:{QUESTION_WORDS})\b)|;\s*", re.IGNORECASE)
"""Where one sentence joins a second question to the first (", and is there anything...")."""
CONCISE_WORDS = 45
"""Words up to which a question asked at the end is short enough to be heard in one breath."""


def asks(sent: Sentence) -> bool:
    """The sentence asks: it ends with "?" or opens with a question word."""
    if sent.text.rstrip().endswith("?"):
        return True
    words = [token.lower for token in sent.tokens if token.pos not in {"PUNCT", "SPACE"}]
    return bool(words) and words[0] in OPEN_WORDS


def question_parts(text: str) -> list[str]:
    """The questions joined in one sentence ("What would success look like, and who would I
    work with?" -> two), or the sentence alone."""
    parts = [part.strip(" ,;") for part in JOINED_RE.split(text) if part.strip(" ,;")]
    return parts if len(parts) > 1 else [text.strip()]


def _quote(sent: Sentence) -> Evidence:
    return Evidence(sent.start, sent.end, sent.text)


@dataclass(frozen=True)
class Listed:
    """The questions worth asking at the end (questions_to_ask.yaml "good") and the questions
    joined in them, with their unit vectors."""

    texts: tuple[str, ...]
    vectors: np.ndarray


@dataclass(frozen=True)
class Closest:
    """The candidate's sentence (and the question in it) nearest a question worth asking, or the
    sentence asking what gives the interviewer pause."""

    sent: Sentence
    part: str
    similarity: float
    pause: bool = False

    @property
    def worth_asking(self) -> bool:
        return self.pause or self.similarity >= WORTH_ASKING

    @property
    def asked_as_listed(self) -> bool:
        """The pause question ("Is there anything about me that gives you pause?") is asked as a
        yes/no question by design: its form is not a fault."""
        return self.pause


def _opens_openly(text: str) -> bool:
    """An open question: its first word past a lead-in is a question word, or, after a preamble,
    its last clause opens with one ("So, given the merger, what would...")."""
    clauses = [re.findall(r"[a-z']+", clause.lower()) for clause in text.split(",")]
    for words in (clauses[0], clauses[-1]):
        words = [word for word in words if word not in LEAD_WORDS]
        if words and words[0] in OPEN_WORDS:
            return True
    return False


def _after_preamble(part: str) -> str:
    """The question itself after a preamble ("So, given the merger, what would..." -> "what
    would..."), or the part unchanged."""
    clause = part.rsplit(",", 1)[-1].strip()
    words = re.findall(r"[a-z']+", clause.lower())
    return clause if clause != part.strip() and words and words[0] in OPEN_WORDS else part


def closest(parsed: AnalysedText, listed: Listed, embed: Callable[[tuple[str, ...]], np.ndarray],
            pause_patterns: tuple[re.Pattern[str], ...] = ()) -> Closest | None:
    """The sentence asking what gives the interviewer pause (``pause_patterns``), else the asking
    sentence nearest a listed question, compared part by part; None when nothing is asked
    (``embed`` gives unit vectors of texts)."""
    asking = [sent for sent in parsed.sentences if asks(sent)]
    for sent in asking:
        for part in question_parts(sent.text):
            if any(pattern.search(part) for pattern in pause_patterns):
                return Closest(sent, part, 1.0, pause=True)
    if not asking or not listed.texts:
        return None
    best: Closest | None = None
    for sent in asking:
        parts = [*dict.fromkeys(text for part in question_parts(sent.text)
                                for text in (part, _after_preamble(part)))]
        similarity = embed(tuple(parts)) @ listed.vectors.T
        row = int(np.argmax(similarity.max(axis=1)))
        value = float(similarity[row].max())
        if best is None or value > best.similarity:
            best = Closest(sent, parts[row], value)
    return best


def structure(parsed: AnalysedText, match: Closest | None = None) -> Assessment:
    """3; one more for asking a question; one more for asking one thing openly, or in the form a
    listed question takes (``match``)."""
    asking = [sent for sent in parsed.sentences if asks(sent)]
    if not asking:
        return Assessment(3.0, [], ["no sentence asks a question"])
    level, evidence, missing = 4.0, [_quote(asking[0])], []
    count = sum(len(question_parts(sent.text)) for sent in asking)
    if count == 1 and (_opens_openly(asking[0].text) or (match is not None and match.asked_as_listed)):
        level += 1
    elif count > 1:
        missing.append(f"{count} questions at once: ask one and listen")
    else:
        missing.append("a yes/no question: open it with what or how")
    return Assessment(level, evidence, missing)


def family(match: Closest | None) -> Assessment:
    """3; 4 when the question asked, or a question joined in it, is close to a question worth
    asking at the end (``match``); 5 when it is also open or asked as the list words it."""
    if match is None:
        return Assessment(3.0, [], ["no question about the role, its success or its challenges"])
    if not match.worth_asking:
        return Assessment(3.0, [], ["not yet a question about the role, its success or its challenges"])
    if _opens_openly(match.part) or match.asked_as_listed:
        return Assessment(5.0, [_quote(match.sent)], [])
    return Assessment(4.0, [_quote(match.sent)], ["a yes/no question: open it with what or how"])


def concision(parsed: AnalysedText) -> Assessment:
    """5 for a question heard in one breath; 4 with a long preamble, the count named."""
    if parsed.words <= CONCISE_WORDS:
        return Assessment(5.0, [], [])
    return Assessment(4.0, [], [f"{parsed.words} words: a question at the end needs about "
                                f"{CONCISE_WORDS} at most; cut the preamble"])
