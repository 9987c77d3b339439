"""The lesson reader: whether a sentence the rules praise as a lesson is one the speaker still
applies, or a platitude, a general maxim, a criticism of others or a plan.

The parse rules (``grammar.applied_lesson`` and its kin) find a sentence that names a learning
or carries a practice forward; they cannot tell "I now walk the floor with the supervisor before
I sign a rota" (a lesson applied) from "you can't please everyone" (a maxim), "the lesson is
that head office never listens" (a criticism) or "I'm going to learn to delegate" (a plan). A
small logistic model reads each sentence from its embedding (``nlp``), the facts of its parse
(``sentence_features``: who is the subject, tense, modal, negated, negative words, a third
party judged...) and the facts a lesson turns on (``LESSON_FACTS``: the speaker as the subject
in the present after a past story, "since then", "now I", a learning word, the place in the
story), and gives the probability that it draws a lesson.

The model gates the rules: a lesson the rules find is praised only when the model's probability
reaches the threshold shipped inside the model (chosen leaving one round out). It is trained by
``scripts/train_praise.py`` (its doc gives the data and the split) and ships as
``data/lesson_model.npz``; with another embedding model, or a file of another width, the model
is not used and the rules alone decide.
"""

from __future__ import annotations

import itertools
import re

import numpy as np

from poise.analysis import learned, nlp, sentence_features
from poise.analysis.grammar import (
    HABITUAL_ADVERBS,
    MODALS,
    SUBJECT_DEPS,
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
PARSE_FACTS = "parse_facts"
"""The key under which the answer's parse facts are kept once computed (``rules.sensed``)."""
DERIVED = "lesson_probabilities"
LEARNING_WORDS = frozenset({"learn", "learned", "learnt", "lesson", "lessons", "taught", "teach",
                            "takeaway", "takeaways", "realised", "realized"})
NOW_WORDS = frozenset({"now", "nowadays", "today", "anymore", "still"})
PLAN_WORDS = frozenset({"going", "plan", "planning", "want", "hope", "intend", "aim"})
GENERIC_SUBJECTS = frozenset({"you", "people", "everyone", "everybody", "nobody", "one",
                              "leaders", "managers", "teams", "they"})
LESSON_FACTS = (
    "position", "last", "after_act", "self", "self_subject_present", "self_subject_past",
    "own_habitual", "own_hypothetical", "applied", "practised", "carried", "learned_practice",
    "owned_learning", "learning_word", "not_drawn", "about_others", "since_then", "now_word",
    "generic_subject", "plan_word", "modal", "role_lesson", "role_results", "role_actions",
    "numbers", "question_mark",
)


def _role_of(shape: Shape | None, index: int) -> Role | None:
    if shape is None:
        return None
    for item in shape.roles:
        if item.index == index:
            return item.role
    return None


def _speaker_subject(sent: Sentence, tags: frozenset[str]) -> bool:
    """Whether "I" or "we" is the subject of a verb whose tense (or an auxiliary's) is in
    ``tags``."""
    tokens = sent.tokens
    for token in tokens:
        if token.lower not in {"i", "we"} or token.dep not in SUBJECT_DEPS:
            continue
        head = token.head
        if not 0 <= head < len(tokens):
            continue
        auxes = [tokens[child].tag for child in sent.child_map[head] if tokens[child].dep == "aux"]
        if tokens[head].tag in tags or any(tag in tags for tag in auxes):
            return True
    return False


def _since_then(sent: Sentence) -> bool:
    """ "since then", "ever since", "these days", "from then on": a practice carried forward."""
    lowers = [token.lower for token in sent.tokens]
    pairs = set(itertools.pairwise(lowers))
    return bool(pairs & {("since", "then"), ("ever", "since"), ("these", "days"),
                         ("from", "then"), ("since", "that"), ("to", "this"), ("every", "time")})


def lesson_facts(answer: AnalysedText, sent: Sentence, shape: Shape | None,
                 first_act: int | None) -> list[float]:
    """The facts of one sentence that the lesson model reads (``LESSON_FACTS``), each 0..1."""
    count = len(answer.sentences)
    parsed = sent.parsed
    lowers = [token.lower for token in sent.tokens]
    lowered = set(lowers)
    role = _role_of(shape, sent.index)
    subjects = {token.lower for token in sent.tokens if token.dep in SUBJECT_DEPS}
    return [
        sent.index / max(1, count - 1),
        float(sent.index == count - 1 and count > 1),
        float(first_act is not None and sent.index > first_act),
        float(sent.has_self),
        float(parsed and _speaker_subject(sent, frozenset({"VBP", "VBZ"}))),
        float(parsed and _speaker_subject(sent, frozenset({"VBD"}))),
        float(bool(sent.own_habitual) or bool(lowered & HABITUAL_ADVERBS)),
        float(bool(sent.own_hypothetical)),
        float(sent.has_self and applied_lesson(sent)),
        float(parsed and practised_lesson(sent)),
        float(parsed and carried_practice(sent)),
        float(parsed and learned_practice(sent)),
        float(parsed and owned_learning(sent)),
        float(bool(lowered & LEARNING_WORDS)),
        float(parsed and learning_not_drawn(sent)),
        float(parsed and lesson_about_others(sent)),
        float(_since_then(sent)),
        float(bool(lowered & NOW_WORDS)),
        float(bool(subjects & GENERIC_SUBJECTS)),
        float(bool(lowered & PLAN_WORDS)),
        float(bool(lowered & MODALS)),
        float(role is Role.LESSON),
        float(role is Role.RESULTS),
        float(role is Role.ACTIONS),
        float(bool(sent.numbers)),
        float(sent.text.rstrip().endswith("?")),
    ]


def parse_facts(answer: AnalysedText) -> np.ndarray:
    """The parse facts of every sentence (``sentence_features.parse_matrix``), computed once per
    answer and shared with the flaw rules."""
    facts = answer.derived.get(PARSE_FACTS)
    if not isinstance(facts, np.ndarray):
        facts = sentence_features.parse_matrix(answer.sentences)
        answer.derived[PARSE_FACTS] = facts
    return facts


def lesson_rows(answer: AnalysedText, shape: Shape | None, first_act: int | None) -> np.ndarray:
    """One row per sentence: its embedding, its parse facts, then ``lesson_facts``."""
    width = nlp.embedder().dimension + sentence_features.DIMS + len(LESSON_FACTS)
    if not answer.sentences:
        return np.zeros((0, width), dtype=np.float32)
    facts = np.array([lesson_facts(answer, sent, shape, first_act) for sent in answer.sentences],
                     dtype=np.float32)
    return np.hstack([answer.sentence_embeddings.astype(np.float32), parse_facts(answer),
                      facts]).astype(np.float32)


def lesson_model() -> learned.LinearModel | None:
    """The shipped lesson model, when it reads this embedding model's rows."""
    width = nlp.embedder().dimension + sentence_features.DIMS + len(LESSON_FACTS)
    return learned.load_reading(LESSON_MODEL, nlp.embedding_fingerprint(), width)


def lesson_probabilities(answer: AnalysedText, shape: Shape | None,
                         first_act: int | None) -> np.ndarray | None:
    """Per sentence, the probability that it draws a lesson the speaker still applies (None
    without the shipped model); computed once per answer."""
    cached = answer.derived.get(DERIVED)
    if isinstance(cached, np.ndarray):
        return cached
    model = lesson_model()
    if model is None or not answer.sentences:
        return None
    probabilities = model.probabilities(lesson_rows(answer, shape, first_act))[:, 1]
    answer.derived[DERIVED] = probabilities
    return probabilities


def heard_as_lesson(answer: AnalysedText, shape: Shape | None, first_act: int | None,
                    start: int, end: int) -> bool:
    """Whether the model hears a lesson in the sentences between ``start`` and ``end`` (any of
    them at its threshold); True without the model (the rules alone decide)."""
    model = lesson_model()
    probabilities = lesson_probabilities(answer, shape, first_act)
    if model is None or probabilities is None:
        return True
    return any(probabilities[sent.index] >= model.threshold for sent in answer.sentences
               if sent.start < end and start < sent.end)


# --- the outcome reader ---------------------------------------------------------------------

OUTCOME_MODEL = "outcome_model.npz"
OUTCOME_DERIVED = "outcome_candidates"
NUMBER_FACTS = ("span", "measured", "in_words", "after_act", "before_act", "role_results",
                "position", "first", "from_to", "multiple", "share_of", "digits", "change_verb",
                "by_amount", "money_scale", "approximate", "self_subject", "team_subject")
MULTIPLE_RE = re.compile(r"\b(?:halved|halving|doubled|doubling|tripled|trebled|quadrupled|"
                         r"in half|by half|by a (?:third|quarter|fifth|half))\b", re.IGNORECASE)
"""A change told as a multiple or a fraction in words, not a figure: "we halved the backlog",
"cut it by a third"."""
MEASURED_RE = re.compile(r"[%$€£¥]|percent|per cent|\d\s?(?:k|m|bn|x)\b|million|billion|thousand|"
                         r"grand\b|points?\b|basis", re.IGNORECASE)
MONEY_SCALE_RE = re.compile(r"[$€£¥]|\b(?:million|billion|thousand|grand|k|m|bn)\b|\d(?:k|m|bn)\b",
                            re.IGNORECASE)
FROM_TO_RE = re.compile(r"\bfrom\b[^.;]{0,40}\bto\b", re.IGNORECASE)
CHANGE_WORDS = frozenset({"cut", "reduced", "raised", "increased", "grew", "fell", "dropped",
                          "rose", "saved", "improved", "lifted", "halved", "doubled", "down", "up",
                          "went", "brought", "climbed", "shrank", "recovered", "won", "gained"})
APPROXIMATE = frozenset({"about", "around", "roughly", "nearly", "almost", "over", "some",
                         "approximately", "just"})


def number_candidates(sent: Sentence) -> list[tuple[int, int, str]]:
    """The figures of a sentence a result could be measured by: its numbers, and the words of a
    multiple or a fraction that no number covers."""
    found = list(sent.numbers)
    for match in MULTIPLE_RE.finditer(sent.text):
        start, end = sent.start + match.start(), sent.start + match.end()
        if not any(begin < end and start < finish for begin, finish, _ in found):
            found.append((start, end, match.group(0)))
    return sorted(found)


def is_year_or_span(sent: Sentence, start: int, end: int, quote: str) -> bool:
    """Whether a figure is a year ("2022") or a span of time ("three months", "for two years",
    "six years now"): never a number on an outcome, whatever a model reads."""
    if YEAR_RE.match(quote.strip().rstrip(".,")):
        return True
    following = [token for token in sent.tokens if token.start >= end][:2]
    words = [token.lower for token in following]
    if words and (words[0] in TIME_UNITS or (len(words) > 1 and words[0] in {
            "more", "extra", "full", "whole", "straight"} and words[1] in TIME_UNITS)):
        return True
    return any(token.lower in TIME_UNITS for token in sent.tokens if start <= token.start < end)


def number_facts(answer: AnalysedText, sent: Sentence, item: tuple[int, int, str],
                 shape: Shape | None, first_act: int | None) -> list[float]:
    """The facts of one figure that the outcome model reads (``NUMBER_FACTS``), each 0..1."""
    start, end, quote = item
    count = len(answer.sentences)
    before = sent.text[max(0, start - sent.start - 40): start - sent.start]
    after = sent.text[end - sent.start: end - sent.start + 12]
    lowers = {token.lower for token in sent.tokens}
    near = [token.lower for token in sent.tokens if start - 30 <= token.start < start]
    return [
        float(is_year_or_span(sent, start, end, quote)),
        float(bool(MEASURED_RE.search(quote + " " + after))),
        float(not any(char.isdigit() for char in quote)),
        float(first_act is not None and sent.index > first_act),
        float(first_act is not None and sent.index < first_act),
        float(_role_of(shape, sent.index) is Role.RESULTS),
        sent.index / max(1, count - 1),
        float(sent.index == 0),
        float(bool(FROM_TO_RE.search(before + quote + after))),
        float(bool(MULTIPLE_RE.fullmatch(quote))),
        float(after.strip().lower().startswith("of ")),
        min(1.0, sum(char.isdigit() for char in quote) / 6),
        float(bool(lowers & CHANGE_WORDS)),
        float(before.rstrip().lower().endswith("by")),
        float(bool(MONEY_SCALE_RE.search(before[-2:] + quote + " " + after))),
        float(bool(set(near) & APPROXIMATE)),
        float(sent.parsed and _speaker_subject(sent, frozenset({"VBD", "VBP", "VBZ", "VBN"}))),
        float(any(token.lower == "we" and token.dep in SUBJECT_DEPS for token in sent.tokens)),
    ]


def number_rows(answer: AnalysedText, items: list[tuple[Sentence, tuple[int, int, str]]],
                shape: Shape | None, first_act: int | None) -> np.ndarray:
    """One row per (sentence, figure): the sentence's embedding, its parse facts, then
    ``number_facts``."""
    width = nlp.embedder().dimension + sentence_features.DIMS + len(NUMBER_FACTS)
    if not items:
        return np.zeros((0, width), dtype=np.float32)
    embeddings = answer.sentence_embeddings.astype(np.float32)
    facts = parse_facts(answer)
    return np.array([np.concatenate([embeddings[sent.index], facts[sent.index], np.array(
        number_facts(answer, sent, item, shape, first_act), dtype=np.float32)])
        for sent, item in items], dtype=np.float32)


def outcome_model() -> learned.LinearModel | None:
    """The shipped outcome model, when it reads this embedding model's rows."""
    width = nlp.embedder().dimension + sentence_features.DIMS + len(NUMBER_FACTS)
    return learned.load_reading(OUTCOME_MODEL, nlp.embedding_fingerprint(), width)


def outcome_items(answer: AnalysedText, first_act: int | None
                  ) -> list[tuple[Sentence, tuple[int, int, str]]]:
    """The figures the outcome model may read: past the first thing done, never a year or a
    span of time."""
    return [(sent, item) for sent in answer.sentences
            if first_act is not None and sent.index > first_act
            for item in number_candidates(sent) if not is_year_or_span(sent, *item)]


def heard_outcomes(answer: AnalysedText, shape: Shape | None, first_act: int | None
                   ) -> list[tuple[int, int, str]]:
    """The figures the outcome model reads as measuring a result, at its shipped threshold."""
    model = outcome_model()
    if model is None:
        return []
    items = outcome_items(answer, first_act)
    if not items:
        return []
    probabilities = model.probabilities(number_rows(answer, items, shape, first_act))[:, 1]
    return [item for (_sent, item), chance in zip(items, probabilities, strict=True)
            if chance >= model.threshold]
