"""What the family model reads of a question: its meaning, the clause that asks, and its parse.

A question's embedding blurs what it asks with the scene it sets: "We rely on contractors. How
have you managed outsourced teams?" sits near questions about contractors whatever it asks. So
the family model reads four parts side by side, the same when it is trained
(``scripts/train_models.py family``) and when a question is analysed:

- the embedding of the whole question;
- the embedding of the interrogative sentence alone (the last one ending in "?", else the last),
  without a leading aside set off by a comma ("In your view, ...", "Looking back at your time
  there, ...", "So, ..."; ``asking_text``): a condition that sets the case ("If you were an
  animal, ...") stays, as it carries what is asked;
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
CONDITION_OPENERS = frozenset({"if", "suppose", "imagine", "say", "when", "whenever", "once", "unless"})
"""First words of a leading clause that sets the case the question asks about: never stripped."""
LIGHT_NOUNS = frozenset({"time", "example", "situation", "thing", "something", "one", "way", "kind",
                         "sort", "lot", "bit", "part", "moment", "occasion", "case", "anything",
                         "everything", "people", "someone"})
"""Nouns that carry no topic of their own ("a time when...", "an example of..."): an elliptic
variant is never built on one."""
MODIFIERS = frozenset({"amod", "compound", "nummod"})
LINKS = frozenset({"so", "and", "but", "then", "now", "yet"})
"""A word that ties the question proper to the aside before it ("..., so where are you on pay?")."""
BACK_POINTERS = frozenset({"it", "that", "this", "them", "her", "him", "those", "these"})
POINTED_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative"})
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
LIGHT_WORDS = frozenset({"do", "be", "have", "make", "get", "go", "say", "tell", "think", "want",
                         "let", "give", "take", "see", "know", "come", "move", "like", "look",
                         "happen", "mean", "other", "next", *LIGHT_NOUNS})
"""Words too general to say what a question asks about on their own."""


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
    items.extend(leaned_on_items(parsed, sent))
    return items


def leaned_on_items(parsed: AnalysedText, sent: Sentence) -> list[str]:
    """The focus of the sentence an elliptic asking sentence leans on (``leans_back``: "Fair?",
    "Why not?", "What do you do?" after "Week one."), marked "back" and read as the asking
    sentence's own ("vo=..."): what such a question asks about lives in the sentence before it,
    not in its own few words (its tense and auxiliaries stay the asking sentence's). Nothing for
    an asking sentence that says what it asks."""
    position = parsed.sentences.index(sent)
    if position == 0 or not leans_back(sent):
        return []
    before = focus_items(parsed.sentences[position - 1])
    return ["back", *(item for item in before if not item.startswith(("tense=", "aux=")))]


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
    """The text whose embedding is the interrogative part: the asking sentence (the whole
    question when it has one sentence or none), without a leading aside (``without_preamble``).
    An asking sentence that says little on its own (``leans_back``: "What should I tell her?",
    "How do you drive it?", "Your move?") is read with the sentence before it, which holds what
    it points back to."""
    sent = interrogative(parsed)
    if sent is None:
        return question
    text = question if len(parsed.sentences) == 1 else sent.text
    text = without_preamble(parsed, sent) or text
    position = parsed.sentences.index(sent)
    if position > 0 and leans_back(sent):
        before = parsed.sentences[position - 1]
        return f"{without_preamble(parsed, before) or before.text} {text}"
    return text


def leans_back(sent: Sentence) -> bool:
    """Whether the asking sentence points back to what was said before it: a pronoun stands for
    what it asks about ("How do you drive it?", "What should I tell her?"), or it has at most one
    word with a topic of its own ("What do you screen for?", "Your move?")."""
    content = 0
    for token in sent.tokens:
        if token.lower in BACK_POINTERS and token.dep in POINTED_ARGUMENTS:
            return True
        if token.pos in CONTENT_POS and token.lemma not in LIGHT_WORDS:
            content += 1
    return content <= 1


def without_preamble(parsed: AnalysedText, sent: Sentence) -> str | None:
    """The asking sentence from its question proper on, when a leading aside set off by a comma
    comes first ("Given how the market is moving, what would you change?" -> "what would you
    change?"); None when there is none. The aside holds no wh-word and opens with no condition
    (CONDITION_OPENERS); what follows opens with a wh-word or an auxiliary and has three words
    or more."""
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.text != ",":
            continue
        aside, rest = tokens[:position], tokens[position + 1 :]
        if any(item.lower in WH_WORDS for item in aside) or (aside and aside[0].lower in CONDITION_OPENERS):
            return None
        words = [item for item in rest if item.pos not in SKIPPED_POS]
        if words and words[0].lower in LINKS:
            words = words[1:]
        if len(words) < 3:
            return None
        if words[0].lower in WH_WORDS or words[0].pos == "AUX" or words[0].tag == "VB":
            return parsed.text[words[0].start : tokens[-1].end].strip()
    return None


def elliptic(parsed: AnalysedText) -> str | None:
    """The question cut to the noun it asks about, as a curt interviewer would put it ("What is
    your greatest weakness?" -> "Greatest weakness?", "Why do you want this role?" -> "Why this
    role?"), for training the family model on questions of a word or two
    (``scripts/train_models.py family``); None when the asking sentence is already a fragment or
    asks about no noun with a topic of its own. The noun is the main verb's object, else its
    attribute, its subject, or the object of a preposition on it; its adjectives and compounds
    come with it."""
    sent = interrogative(parsed)
    if sent is None:
        return None
    tokens = sent.tokens
    roots = [position for position, token in enumerate(tokens) if token.dep == "ROOT"]
    if not roots or tokens[roots[0]].pos in {"NOUN", "PROPN"}:
        return None
    root = roots[0]
    rank = {"dobj": 0, "attr": 1, "nsubj": 2, "nsubjpass": 2, "pobj": 3}
    best: tuple[int, int] | None = None
    for position, token in enumerate(tokens):
        if token.pos not in {"NOUN", "PROPN"} or token.lemma in LIGHT_NOUNS or token.dep not in rank:
            continue
        head = token.head
        if token.dep == "pobj" and not (0 <= head < len(tokens) and tokens[head].head == root):
            continue
        if token.dep != "pobj" and head != root:
            continue
        if best is None or (rank[token.dep], position) < best:
            best = (rank[token.dep], position)
    if best is None:
        return None
    noun = best[1]
    start = noun
    while start > 0 and tokens[start - 1].head == noun and tokens[start - 1].dep in MODIFIERS:
        start -= 1
    words = [token.text for token in tokens[start : noun + 1]]
    pointer = [token.lower for token in tokens if token.head == noun and token.dep == "det"
               and token.lower in DEICTIC]
    wh = [token.lower for token in tokens if token.lower in WH_WORDS]
    if wh and wh[0] == "why" and pointer:
        words = ["why", pointer[0], *words]
    text = " ".join(words)
    if not any(character.isalpha() for character in text):
        return None
    return text[0].upper() + text[1:] + "?"
