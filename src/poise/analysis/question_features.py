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
  subject, an imperative, the objects and subjects by lemma, and the question's focus
  (``focus_items``: who does what to what, whose it is, "this role", the tense), hashed into
  ``PARSE_DIMS`` slots.

Each hashed block is a unit vector scaled by its weight (``WORD_WEIGHT``, ``PARSE_WEIGHT``),
chosen by leave-one-round-out on the measured rounds (benchmarks/family_loro.py).
"""

from __future__ import annotations

import itertools
import zlib

import numpy as np

from poise.analysis.text import AnalysedText, Sentence, Token

WORD_DIMS = 2048
PARSE_DIMS = 1024
WORD_WEIGHT = 1.5
PARSE_WEIGHT = 0.7
WH_WORDS = frozenset({"what", "which", "why", "how", "who", "whom", "whose", "when", "where"})
CONDITIONAL_MODALS = frozenset({"would", "could", "might", "should"})
ARGUMENTS = frozenset({"dobj", "attr", "nsubj", "pobj"})
SKIPPED_POS = frozenset({"PUNCT", "SPACE"})
DEICTIC = frozenset({"this", "these", "that"})


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
    items.extend(focus_items(sent))
    return items


def _focus_word(token: Token) -> str:
    """A pronoun by its own form ("you", "your", "they"), any other word by its lemma."""
    return token.lower if token.pos == "PRON" else token.lemma


def focus_items(sent: Sentence) -> list[str]:
    """What the question is about, read from the parse of the sentence that asks: who does what
    ("sv=you_grow", "sv=people_grow"), to what ("vo=build_skill"), whose it is ("poss=your_team",
    "poss=your_development"), which thing is pointed at ("this=role"), what
    preposition ties a verb to its object ("pv=about_us"), and the tense of the main verb and its
    auxiliaries ("tense=VBD", "aux=have"): so "how do you develop your people" and "how do you
    develop yourself" differ in whose development is asked about."""
    tokens = sent.tokens
    items = []
    for position, token in enumerate(tokens):
        if not 0 <= token.head < len(tokens) or token.head == position:
            if token.dep == "ROOT":
                items.append(f"tense={token.tag}")
            continue
        head = tokens[token.head]
        if token.dep in {"nsubj", "nsubjpass"}:
            items.append(f"sv={_focus_word(token)}_{head.lemma}")
        elif token.dep in {"dobj", "attr", "oprd", "dative"}:
            items.append(f"vo={head.lemma}_{_focus_word(token)}")
        elif token.dep == "poss":
            items.append(f"poss={token.lower}_{head.lemma}")
        elif token.dep == "det" and token.lower in DEICTIC:
            items.append(f"{token.lower}={head.lemma}")
        elif token.dep == "pobj":
            items.append(f"pv={head.lower}_{_focus_word(token)}")
        elif token.dep in {"aux", "auxpass"} and head.dep == "ROOT":
            items.append(f"aux={token.lemma}")
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
