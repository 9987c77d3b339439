"""A question the candidate asks at the end, judged as a question, not as a story.

- Structure: the reply asks (a sentence that ends with "?" or opens with a question word), and
  asks one thing openly ("what", "how", "which"), not a yes/no question.
- Closing question: what it asks is close in meaning to a question worth asking at the end
  (content/questions_to_ask.yaml, "good"), the sentence that asks quoted.
Every point short of 5 names what is missing.
"""

from __future__ import annotations

import numpy as np

from poise.analysis.report import Evidence
from poise.analysis.scoring import Assessment
from poise.analysis.text import AnalysedText, Sentence

OPEN_WORDS = frozenset({"what", "how", "which", "why", "who", "where", "when"})
# Words that may come before the question word ("And what...", "So, how...").
LEAD_WORDS = frozenset({"and", "so", "also", "then", "but", "finally", "lastly", "just", "out", "of",
                        "curiosity", "interest"})
WORTH_ASKING = 0.55
"""Cosine similarity to a question worth asking from which the question counts as one of them."""


def asks(sent: Sentence) -> bool:
    """The sentence asks: it ends with "?" or opens with a question word."""
    if sent.text.rstrip().endswith("?"):
        return True
    words = [token.lower for token in sent.tokens if token.pos not in {"PUNCT", "SPACE"}]
    return bool(words) and words[0] in OPEN_WORDS


def is_open(sent: Sentence) -> bool:
    """An open question: its first word past a lead-in is a question word ("And how...")."""
    for token in sent.tokens:
        if token.pos in {"PUNCT", "SPACE"} or token.lower in LEAD_WORDS:
            continue
        return token.lower in OPEN_WORDS
    return False


def _quote(sent: Sentence) -> Evidence:
    return Evidence(sent.start, sent.end, sent.text)


def structure(parsed: AnalysedText) -> Assessment:
    """3; one more for asking a question; one more for asking one thing openly."""
    asking = [sent for sent in parsed.sentences if asks(sent)]
    if not asking:
        return Assessment(3.0, [], ["no sentence asks a question"])
    level, evidence, missing = 4.0, [_quote(asking[0])], []
    if len(asking) == 1 and is_open(asking[0]):
        level += 1
    elif len(asking) > 1:
        missing.append(f"{len(asking)} questions at once: ask one and listen")
    else:
        missing.append("a yes/no question: open it with what or how")
    return Assessment(level, evidence, missing)


def family(parsed: AnalysedText, worth_asking: np.ndarray) -> Assessment:
    """3; 4 when the question asked is close to a question worth asking at the end (unit vectors
    ``worth_asking``); 5 when it is also open."""
    asking = [index for index, sent in enumerate(parsed.sentences) if asks(sent)]
    if not asking or not len(worth_asking):
        return Assessment(3.0, [], ["no question about the role, its success or its challenges"])
    vectors = parsed.sentence_embeddings[asking]
    similarity = (vectors @ worth_asking.T).max(axis=1)
    best = int(np.argmax(similarity))
    sent = parsed.sentences[asking[best]]
    if float(similarity[best]) < WORTH_ASKING:
        return Assessment(3.0, [], ["not yet a question about the role, its success or its challenges"])
    if is_open(sent):
        return Assessment(5.0, [_quote(sent)], [])
    return Assessment(4.0, [_quote(sent)], ["a yes/no question: open it with what or how"])
