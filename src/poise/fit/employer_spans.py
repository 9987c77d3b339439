"""Which span of a role's header names the employer, decided by a small learned scorer.

The layout rules of ``role_header`` pick an employer from the shapes they were written for. This
module looks at every span of the header instead (each piece between separators, each comma
part, the name in closing brackets) and scores it with general signals: a legal form or an
organisation noun, spaCy's organisation and place entities, the job-title vocabulary at the
span's head, a place or a description, where the span stands (first or last piece, first or
later line, after " at " or "@", in brackets), how many words it has and how many are
capitalised, and whether the same name heads other roles. The weights are a logistic model
trained on the development rounds' keys (``benchmarks/employer_loro.py``, which also measures it
leaving each round out) and shipped as ``analysis/data/employer_span.npz``.

The scorer does not replace the rules: it overrules them only when another span of the same
header is more than twice as likely as the rules' employer (:func:`better_employer`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from poise.fit.dates import MONTH_NAME, OPEN_END
from poise.fit.distance import is_town
from poise.fit.lexicon import FitPatterns
from poise.fit.role_header import (
    ASIDE_RE,
    LEGAL_SUFFIX_RE,
    comma_parts,
    employer_name,
    has_title,
    is_description,
    is_place,
    last_bracket,
    pieces_of,
    title_headed,
)
from poise.fit.shipped_arrays import npz_bytes, shipped_arrays

MODEL_NAME = "employer_span.npz"
KEEP_RATIO = 0.5
"""Fixed before round 12 was run: the rules' employer gives way only to a span the model finds
more than twice as likely (benchmarks/employer_loro.py reports 0.1, 0.25 and 0.5)."""
FEATURES = (
    "bias", "legal_form", "organisation_noun", "title_word", "title_headed", "place",
    "description", "function", "org_entity", "place_entity", "person_entity", "first_piece",
    "last_piece", "first_line", "after_at", "in_brackets", "comma_part", "log_words",
    "capitalised", "all_caps", "digits", "repeated", "inherited", "lower_start", "lower_share",
    "in_place_piece", "country", "date_word", "field_label",
)
DATE_WORD_RE = re.compile(rf"(?i)^(?:{OPEN_END}|{MONTH_NAME})$")


@dataclass(frozen=True)
class Span:
    """One candidate name in a role's header and where it stands."""

    text: str
    piece: int
    pieces: int
    line: int
    after_at: bool = False
    in_brackets: bool = False
    comma_part: bool = False
    label: bool = False
    """The piece is a field's label ("Company:", "Position:")."""
    place_piece: bool = False
    """The piece the span was cut from names a place ("San Francisco, CA")."""
    inherited: bool = False
    """Not in the header: the employer the rules carried from a line above the role."""


def normalised(text: str) -> str:
    """Lower-case words only, for comparing names and headers."""
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def spans_of(header: str, patterns: FitPatterns) -> list[Span]:
    """Every span of a header that could name an employer, in reading order, each once."""
    found: list[Span] = []
    seen: set[str] = set()

    def add(span: Span) -> None:
        key = normalised(span.text)
        if key and key not in seen and re.search(r"[^\W\d_]", span.text):
            seen.add(key)
            found.append(span)

    lines = [line for line in header.split(" | ") if line.strip()]
    flat: list[tuple[int, str, bool, bool]] = []
    for number, line in enumerate(lines):
        for piece in pieces_of(line):
            at = line.find(piece)
            before = line[:at] if at >= 0 else ""
            after = line[at + len(piece):] if at >= 0 else ""
            flat.append((number, piece, bool(re.search(r"(?:\bat|@)\s*$", before)),
                         after.lstrip().startswith(":") or piece.rstrip().endswith(":")))
    for position, (number, piece, after_at, label) in enumerate(flat):
        base = Span(piece, piece=position, pieces=len(flat), line=number, after_at=after_at,
                    label=label, place_piece=is_place(piece, patterns))
        add(replace(base, text=employer_name(piece, patterns)))
        add(base)
        head, inside = last_bracket(piece)
        if head and inside:
            add(replace(base, text=employer_name(inside, patterns), in_brackets=True))
            add(replace(base, text=head))
        parts = comma_parts(ASIDE_RE.sub(" ", piece).strip())
        if len(parts) > 1:
            for part in parts:
                add(replace(base, text=part, comma_part=True))
    return found


def _entity_cover(doc: object, text: str, labels: tuple[str, ...]) -> float:
    """The share of ``text``'s words inside an entity with one of ``labels``."""
    words = set(normalised(text).split())
    if not words:
        return 0.0
    inside: set[str] = set()
    for entity in getattr(doc, "ents", ()):
        if entity.label_ in labels:
            inside |= set(normalised(entity.text).split())
    return len(words & inside) / len(words)


def features(span: Span, patterns: FitPatterns, doc: object, others: tuple[str, ...]) -> list[float]:
    """The signals for one span, in the order of FEATURES."""
    text = span.text
    bare = ASIDE_RE.sub(" ", text).strip()
    words = re.findall(r"[^\W\d_][\w'’.&-]*", bare)
    content = [word for word in words if len(word) > 2 or word.isupper()]
    capitalised = sum(1 for word in content if word[:1].isupper()) / len(content) if content else 0.0
    all_caps = sum(1 for word in content if word.isupper() and len(word) > 1) / len(content) if (
        content) else 0.0
    key = normalised(employer_name(text, patterns))
    repeated = float(bool(key) and any(key in other for other in others))
    legal = _has_legal_form(text, patterns)
    noun = patterns.organisations is not None and patterns.organisations.search(text) is not None
    return [
        1.0,
        float(legal),
        float(noun),
        float(has_title(text, patterns)),
        float(title_headed(text, patterns)),
        float(is_place(text, patterns)),
        float(is_description(text)),
        float(patterns.functions.fullmatch(bare) is not None),
        _entity_cover(doc, text, ("ORG", "FAC")),
        _entity_cover(doc, text, ("GPE", "LOC", "NORP")),
        _entity_cover(doc, text, ("PERSON",)),
        float(span.piece == 0),
        float(span.piece == span.pieces - 1),
        float(span.line == 0),
        float(span.after_at),
        float(span.in_brackets),
        float(span.comma_part),
        math.log1p(len(words)),
        capitalised,
        all_caps,
        float(bool(re.search(r"\d", bare))),
        repeated,
        float(span.inherited),
        float(bool(words) and words[0][:1].islower()),
        sum(1 for word in words if word[:1].islower()) / len(words) if words else 0.0,
        float(span.place_piece),
        float(bool(patterns.countries.fullmatch(bare) or patterns.regions.fullmatch(bare))),
        float(DATE_WORD_RE.match(bare) is not None),
        float(span.label),
    ]


@dataclass(frozen=True)
class Model:
    """A conditional logit over FEATURES (the spans of one header compete): standardised
    inputs, weights and the overrule thresholds."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    keep_ratio: float = KEEP_RATIO
    """The rules' employer stays while the model gives it at least this share of the
    probability of its best span."""

    def probability(self, rows: np.ndarray) -> np.ndarray:
        """Each span's share of the header's belief that it names the employer."""
        values = (rows - self.mean) / self.scale
        logits = values @ self.weights
        logits = np.exp(logits - logits.max())
        return np.asarray(logits / logits.sum())


def train(groups: list[tuple[np.ndarray, np.ndarray]], *, l2: float = 1.0,
          steps: int = 1500) -> Model:
    """A conditional logit fitted by gradient descent on headers with at least one span naming
    the employer (``groups``: each header's rows and 0/1 labels)."""
    groups = [(rows, labels) for rows, labels in groups if labels.any()]
    stacked = np.vstack([rows for rows, _ in groups])
    mean = stacked.mean(axis=0)
    scale = stacked.std(axis=0)
    scale[scale == 0] = 1.0
    mean[0], scale[0] = 0.0, 1.0
    weights = np.zeros(stacked.shape[1])
    scaled = [((rows - mean) / scale, labels) for rows, labels in groups]
    for _ in range(steps):
        gradient = l2 * weights
        for values, labels in scaled:
            logits = values @ weights
            every = np.exp(logits - logits.max())
            every /= every.sum()
            right = every * labels
            right /= right.sum()
            gradient += values.T @ (every - right)
        weights -= 0.5 * gradient / len(scaled)
    return Model(mean, scale, weights)


def save(model: Model) -> bytes:
    return npz_bytes(mean=model.mean, scale=model.scale, weights=model.weights,
                     keep_ratio=np.array(model.keep_ratio),
                     features=np.array(FEATURES))


@lru_cache(maxsize=1)
def shipped_model() -> Model | None:
    """The shipped model, or None when it is missing or was trained on other features."""
    data = shipped_arrays(MODEL_NAME, FEATURES)
    if data is None:
        return None
    return Model(data["mean"], data["scale"], data["weights"], float(data["keep_ratio"]))


def scored_spans(header: str, employer: str, patterns: FitPatterns, others: tuple[str, ...],
                 model: Model) -> list[tuple[Span, float]]:
    """Every span of the header (and the rules' employer when the header does not hold it)
    with the model's probability that it names the employer."""
    from poise.analysis.nlp import spacy_pipeline

    spans = spans_of(header, patterns)
    if employer and normalised(employer) not in {normalised(span.text) for span in spans}:
        spans.append(Span(employer, piece=len(spans), pieces=len(spans) + 1, line=0,
                          inherited=True))
    if not spans:
        return []
    doc = spacy_pipeline(entities=True)(header.replace(" | ", ". "))
    rows = np.array([features(span, patterns, doc, others) for span in spans])
    return list(zip(spans, (float(value) for value in model.probability(rows)), strict=True))


def _has_legal_form(text: str, patterns: FitPatterns) -> bool:
    """Whether ``text`` carries a company's legal form (Ltd, plc, GmbH ...)."""
    return LEGAL_SUFFIX_RE.search(text) is not None or (
        patterns.legal_forms is not None and patterns.legal_forms.search(text) is not None)


def better_employer(header: str, employer: str, patterns: FitPatterns, others: tuple[str, ...],
                    model: Model | None = None) -> str:
    """The employer to keep for a role: the rules' ``employer`` while the model gives it at
    least ``keep_ratio`` of the probability of the header's likeliest span; else that span."""
    model = model or shipped_model()
    if model is None or not header.strip():
        return employer
    scored = scored_spans(header, employer, patterns, others, model)
    if not scored:
        return employer
    current = next((score for span, score in scored if normalised(span.text) == normalised(employer)), 0.0)
    best, best_score = max(scored, key=lambda pair: pair[1])
    if (employer and current >= model.keep_ratio * best_score) or best.inherited:
        return employer
    if employer and (normalised(employer) in normalised(best.text)
                     or normalised(best.text) in normalised(employer)):
        # the same name with or without its place or a part of it: the rules cut it already
        return employer
    key, best_key = normalised(employer), normalised(best.text)
    if key and any(key in other for other in others) and not any(
            best_key in other for other in others):
        # "Sportalia France — Region Alps" over "Sportalia France — Lyon store": the name that
        # heads several roles is the employer; the site beside it changes from role to role
        return employer
    if employer and is_description(best.text) and not is_description(employer):
        # "Boston-based finance automation SaaS" beside "Kovara": words about a company, mostly
        # in lower case, describe the employer the rules named; they never name another
        return employer
    bare = ASIDE_RE.sub("", best.text).strip()
    if employer and (is_town(bare) or is_place(bare, patterns)) and not is_town(employer):
        return employer  # a town's name (the office's place) says where, never who employed
    own = next((span for span, _ in scored if normalised(span.text) == normalised(employer)), None)
    if (own is not None and not own.inherited and own.line > 0 and best.line == own.line
            and best.piece > own.piece and not has_title(best.text, patterns)):
        # "Title" over "Acme Stores – Leeds Kirkstall superstore": on a line of its own under the
        # title, the name the rules took leads and what follows it is a site or unit of it
        return employer
    if employer and _has_legal_form(employer, patterns) and not has_title(employer, patterns):
        # the rules' choice names a company by its legal form: a likelier span is another name
        return employer
    return best.text
