"""Praise found by a learned reader: which sentences draw a lesson, which figures measure a result.

The parse rules (``grammar.applied_lesson``, ``grammar.outcome_number``) praise what they are
sure of; they miss a lesson told in another tense or voice ("these days I ...", "what stuck with
me ...") and a figure told in a shape they do not know ("we were at 92 per cent by the end of
the year"). Two small logistic models read each sentence, and each figure, from its embedding
(``nlp``) and a few facts of its parse (the facts the rules decide on, its place in the story):

- ``lesson_rows``: one row per sentence (``LESSON_FACTS``);
- ``number_rows``: one row per candidate figure (``NUMBER_FACTS``): every number the sentence
  reads, and the words of a multiple ("halved", "doubled", "in half").

A model proposes; the parse still disposes: a lesson that is imagined or only about others is
never praised, nor a year, a span of time or a figure of the set-up (``scoring``). The models
are trained by ``scripts/train_praise.py`` on the writers' evidence quotes of the measured
rounds, each threshold chosen on probabilities from models that did not see the round; they
ship as ``lesson_model.npz`` and ``outcome_model.npz``. With another embedding model, or a file
whose width does not match, the models are not used and the rules alone decide.
"""

from __future__ import annotations

import re

import numpy as np

from poise.analysis import learned, nlp
from poise.analysis.grammar import (
    TIME_UNITS,
    YEAR_RE,
    applied_lesson,
    carried_practice,
    learned_practice,
    learning_not_drawn,
    lesson_about_others,
    owned_learning,
    practised_lesson,
)
from poise.analysis.structure import Role, Shape
from poise.analysis.text import AnalysedText, Sentence

LESSON_MODEL = "lesson_model.npz"
OUTCOME_MODEL = "outcome_model.npz"
LEARNING_WORDS = frozenset({"learn", "learned", "learnt", "lesson", "lessons", "taught", "teach",
                            "takeaway", "realised", "realized"})
LESSON_FACTS = ("position", "last", "after_act", "self", "habitual", "applied", "practised",
                "stated", "learning_word", "role_lesson", "role_results", "not_drawn",
                "about_others", "hypothetical", "numbers", "you")
NUMBER_FACTS = ("year", "span", "measured", "in_words", "rule", "after_act", "before_act",
                "role_results", "position", "first", "from_to", "multiple", "share_of", "digits")
MULTIPLE_RE = re.compile(r"\b(?:halved|halving|doubled|doubling|tripled|trebled|quadrupled)\b",
                         re.IGNORECASE)
"""A change told as a verb of multiple, not a figure: "we halved the backlog" ("cut it in half"
is already a figure: "half")."""
MEASURED_RE = re.compile(r"[%$€£¥]|percent|per cent|\d\s?(?:k|m|bn|x)\b|million|billion|thousand|"
                         r"grand\b|points?\b|basis", re.IGNORECASE)
FROM_TO_RE = re.compile(r"\bfrom\b[^.;]{0,40}\bto\b", re.IGNORECASE)


def _role_of(shape: Shape | None, index: int) -> Role | None:
    if shape is None:
        return None
    for item in shape.roles:
        if item.index == index:
            return item.role
    return None


def lesson_facts(answer: AnalysedText, sent: Sentence, shape: Shape | None,
                 first_act: int | None) -> list[float]:
    """The parse facts of one sentence that the lesson model reads (``LESSON_FACTS``)."""
    count = len(answer.sentences)
    parsed = sent.parsed
    lowered = {token.lower for token in sent.tokens}
    role = _role_of(shape, sent.index)
    stated = parsed and sent.has_self and (
        (owned_learning(sent) and (applied_lesson(sent) or learned_practice(sent)))
        or carried_practice(sent))
    return [
        sent.index / max(1, count - 1),
        float(sent.index == count - 1),
        float(first_act is not None and sent.index > first_act),
        float(sent.has_self),
        float(bool(sent.own_habitual)),
        float(sent.has_self and applied_lesson(sent)),
        float(parsed and practised_lesson(sent)),
        float(bool(stated)),
        float(bool(lowered & LEARNING_WORDS)),
        float(role is Role.LESSON),
        float(role is Role.RESULTS),
        float(parsed and learning_not_drawn(sent)),
        float(parsed and lesson_about_others(sent)),
        float(bool(sent.own_hypothetical)),
        float(bool(sent.numbers)),
        float(bool(lowered & {"you", "your"})),
    ]


def lesson_rows(answer: AnalysedText, shape: Shape | None, first_act: int | None) -> np.ndarray:
    """One row per sentence: its embedding, then ``lesson_facts``."""
    if not answer.sentences:
        return np.zeros((0, 0), dtype=np.float32)
    facts = np.array([lesson_facts(answer, sent, shape, first_act) for sent in answer.sentences],
                     dtype=np.float32)
    return np.hstack([answer.sentence_embeddings.astype(np.float32), facts])


def number_candidates(sent: Sentence) -> list[tuple[int, int, str]]:
    """The figures of a sentence a result could be measured by: its numbers, and the words of a
    multiple that no number covers."""
    found = list(sent.numbers)
    for match in MULTIPLE_RE.finditer(sent.text):
        start, end = sent.start + match.start(), sent.start + match.end()
        if not any(begin < end and start < finish for begin, finish, _ in found):
            found.append((start, end, match.group(0)))
    return sorted(found)


def is_year_or_span(sent: Sentence, start: int, end: int, quote: str) -> bool:
    """Whether a figure is a year ("2022") or a span of time ("three months", "for two years"):
    never a number on an outcome, whatever a model reads."""
    if YEAR_RE.match(quote.strip().rstrip(".,")):
        return True
    following = [token for token in sent.tokens if token.start >= end][:2]
    words = [token.lower for token in following]
    if words and (words[0] in TIME_UNITS or (len(words) > 1 and words[0] in {"more", "extra", "full"}
                                             and words[1] in TIME_UNITS)):
        return True
    return any(token.lower in TIME_UNITS for token in sent.tokens if start <= token.start < end)


def number_facts(answer: AnalysedText, sent: Sentence, item: tuple[int, int, str],
                 shape: Shape | None, first_act: int | None, ruled: bool) -> list[float]:
    """The facts of one figure that the outcome model reads (``NUMBER_FACTS``); ``ruled`` is the
    parse rule's own verdict on it."""
    start, end, quote = item
    count = len(answer.sentences)
    before = sent.text[max(0, start - sent.start - 40): start - sent.start]
    after = sent.text[end - sent.start: end - sent.start + 12]
    return [
        float(bool(YEAR_RE.match(quote.strip().rstrip(".,")))),
        float(is_year_or_span(sent, start, end, quote)),
        float(bool(MEASURED_RE.search(quote + " " + after))),
        float(not any(char.isdigit() for char in quote)),
        float(ruled),
        float(first_act is not None and sent.index > first_act),
        float(first_act is not None and sent.index < first_act),
        float(_role_of(shape, sent.index) is Role.RESULTS),
        sent.index / max(1, count - 1),
        float(sent.index == 0),
        float(bool(FROM_TO_RE.search(before + quote + after))),
        float(bool(MULTIPLE_RE.fullmatch(quote))),
        float(after.strip().lower().startswith("of ")),
        min(1.0, sum(char.isdigit() for char in quote) / 6),
    ]


def number_rows(answer: AnalysedText, items: list[tuple[Sentence, tuple[int, int, str], bool]],
                shape: Shape | None, first_act: int | None) -> np.ndarray:
    """One row per (sentence, figure, rule verdict): the sentence's embedding, then
    ``number_facts``."""
    if not items:
        return np.zeros((0, 0), dtype=np.float32)
    embeddings = answer.sentence_embeddings.astype(np.float32)
    return np.array([np.concatenate([embeddings[sent.index], np.array(
        number_facts(answer, sent, item, shape, first_act, ruled), dtype=np.float32)])
        for sent, item, ruled in items], dtype=np.float32)


def _model(name: str, facts: int) -> learned.LinearModel | None:
    embedder = nlp.embedder()
    return learned.load_reading(name, nlp.embedding_fingerprint(), embedder.dimension + facts)


def lesson_model() -> learned.LinearModel | None:
    """The shipped lesson model, when it reads this embedding model's rows."""
    return _model(LESSON_MODEL, len(LESSON_FACTS))


def outcome_model() -> learned.LinearModel | None:
    """The shipped outcome model, when it reads this embedding model's rows."""
    return _model(OUTCOME_MODEL, len(NUMBER_FACTS))


def heard_lessons(answer: AnalysedText, shape: Shape | None, first_act: int | None) -> list[int]:
    """The sentences the lesson model reads as a lesson (at its shipped threshold)."""
    model = lesson_model()
    if model is None or not answer.sentences:
        return []
    probs = model.probabilities(lesson_rows(answer, shape, first_act))[:, 1]
    return [index for index, prob in enumerate(probs) if prob >= model.threshold]


def heard_outcomes(answer: AnalysedText, shape: Shape | None, first_act: int | None,
                   ruled: set[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The figures the outcome model reads as measuring a result (at its shipped threshold),
    never a year or a span of time; ``ruled`` holds the spans the parse rule already found."""
    model = outcome_model()
    if model is None:
        return []
    items = [(sent, item, (item[0], item[1]) in ruled) for sent in answer.sentences
             for item in number_candidates(sent)]
    items = [entry for entry in items if not is_year_or_span(entry[0], *entry[1])]
    if not items:
        return []
    probs = model.probabilities(number_rows(answer, items, shape, first_act))[:, 1]
    return [item for (_sent, item, _ruled), prob in zip(items, probs, strict=True)
            if prob >= model.threshold]
