"""What the family model reads of a question: its meaning, the clause that asks, and its parse.

A question's embedding blurs what it asks with the scene it sets: "We rely on contractors. How
have you managed outsourced teams?" sits near questions about contractors whatever it asks. So
the family model reads four parts side by side, the same when it is trained
(``scripts/train_models.py family``) and when a question is analysed:

- the embedding of the whole question;
- the embedding of the interrogative sentence alone (the last one ending in "?", else the last);
- its words: lemmas and lemma pairs of the whole question, hashed (CRC-32, the same on every
  machine) into ``WORD_DIMS`` slots, so "animal", "vendor" or "pay" count as what they are;
- its parse, from the interrogative sentence: the root verb's lemma and its dependants, the
  wh-word, the first words, a condition ("if"), a conditional modal ("would"), "you" as the
  subject, an imperative, the objects and subjects by lemma, hashed into ``PARSE_DIMS`` slots.

Each hashed block is a unit vector scaled by its weight (``WORD_WEIGHT``, ``PARSE_WEIGHT``),
chosen by leave-one-round-out on the measured rounds (benchmarks/family_loro.py).
"""

from __future__ import annotations

import itertools
import zlib

import numpy as np

from poise.analysis.text import AnalysedText, Sentence

WORD_DIMS = 2048
PARSE_DIMS = 1024
WORD_WEIGHT = 1.5
PARSE_WEIGHT = 0.7
WH_WORDS = frozenset({"what", "which", "why", "how", "who", "whom", "whose", "when", "where"})
CONDITIONAL_MODALS = frozenset({"would", "could", "might", "should"})
ARGUMENTS = frozenset({"dobj", "attr", "nsubj", "pobj"})
SKIPPED_POS = frozenset({"PUNCT", "SPACE"})


def width(dimension: int) -> int:
    """How many features a question has with embeddings of ``dimension``."""
    return 2 * dimension + WORD_DIMS + PARSE_DIMS


def interrogative(parsed: AnalysedText) -> Sentence | None:
    """The sentence that asks: the last ending in "?", else the last sentence."""
    asking = [sent for sent in parsed.sentences if sent.text.rstrip().endswith("?")]
    if asking:
        return asking[-1]
    return parsed.sentences[-1] if parsed.sentences else None


def word_items(parsed: AnalysedText) -> list[str]:
    """The lemmas of the question's words and their pairs, in order."""
    lemmas = [token.lemma for sent in parsed.sentences for token in sent.tokens
              if token.pos not in SKIPPED_POS]
    return lemmas + [f"{first}_{second}" for first, second in itertools.pairwise(lemmas)]


def parse_items(parsed: AnalysedText) -> list[str]:
    """Facts of the interrogative sentence's parse, as named items ("root=describe", "wh=which")."""
    sent = interrogative(parsed)
    if sent is None or not sent.tokens:
        return []
    tokens = sent.tokens
    items = []
    roots = [position for position, token in enumerate(tokens) if token.dep == "ROOT"]
    if roots:
        root = roots[0]
        items.append(f"root={tokens[root].lemma}")
        items.extend(f"rootdep_{token.dep}={token.lemma}" for position, token in enumerate(tokens)
                     if token.head == root and position != root)
    wh = [token.lower for token in tokens if token.lower in WH_WORDS]
    items.append(f"wh={wh[0] if wh else 'none'}")
    words = [token for token in tokens if token.pos != "PUNCT"]
    if words:
        items.append(f"first={words[0].lower}")
    if len(words) > 1:
        items.append(f"first2={words[0].lower}_{words[1].lower}")
    if any(token.lower == "if" for token in tokens):
        items.append("if")
    if any(token.lower in CONDITIONAL_MODALS for token in tokens):
        items.append("modal_cond")
    if any(token.lower == "you" and token.dep in {"nsubj", "nsubjpass"} for token in tokens):
        items.append("you_subj")
    if tokens[0].tag == "VB":
        items.append("imperative")
    items.extend(f"{token.dep}={token.lemma}" for token in tokens if token.dep in ARGUMENTS)
    items.append(f"nsent={min(len(parsed.sentences), 3)}")
    return items


def hashed(items: list[str], dims: int) -> np.ndarray:
    """A unit vector with a one in each item's CRC-32 slot (zeros when there are no items)."""
    vector = np.zeros(dims, dtype=np.float32)
    for item in items:
        vector[zlib.crc32(item.encode()) % dims] = 1.0
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


def features(parsed: AnalysedText, whole: np.ndarray, asking: np.ndarray) -> np.ndarray:
    """The family model's row for a question: ``whole`` and ``asking`` are the unit embeddings of
    the question and of its interrogative sentence (``interrogative``)."""
    return np.concatenate([
        whole.astype(np.float32), asking.astype(np.float32),
        WORD_WEIGHT * hashed(word_items(parsed), WORD_DIMS),
        PARSE_WEIGHT * hashed(parse_items(parsed), PARSE_DIMS),
    ])


def asking_text(parsed: AnalysedText, question: str) -> str:
    """The text whose embedding is the interrogative part (the whole question when it has one
    sentence or none)."""
    sent = interrogative(parsed)
    if sent is None or len(parsed.sentences) == 1:
        return question
    return sent.text
