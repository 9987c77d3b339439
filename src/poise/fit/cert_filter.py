"""Which of the items read as certifications are certificates held, decided by a small learned
filter rather than more list rules.

The reader (``resume_facts.certification_candidates``) lists every item that may be a
certificate with the heading it sat under. A course attended ("… (3 days)", an internal
programme), a plain membership of a body, a skill or a degree can stand in the same list. This
module weighs general signals of each item: a certificate's name or a rung of a certificate
ladder, certificate words, a course's length or training words, membership without a grade, a
registration, a degree, the kind of heading, its length, a year, an item still in progress, a
registration with a body or the holder's number from one (a credential held). The
weights are a logistic model trained on the development rounds' keys
(``benchmarks/cert_loro.py``, which measures it leaving each round out), shipped as
``analysis/data/cert_filter.npz`` with its threshold.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from poise.fit.ladders import rungs_in
from poise.fit.lexicon import FitPatterns
from poise.fit.shipped_arrays import npz_bytes, shipped_arrays

MODEL_NAME = "cert_filter.npz"
FEATURES = (
    "bias", "named", "rung", "certificate_words", "course_length", "course", "training",
    "membership", "member_grade", "registration", "degree", "heading_certificates",
    "heading_training", "heading_membership", "heading_other", "no_heading", "log_words",
    "year", "in_progress", "capitalised", "letters", "registered",
)
CERTIFICATE_WORDS_RE = re.compile(r"(?i)\bcertif|\bzertifi|\baccredit|\bchartered\b|\blicen[cs]|"
                                  r"\bqualifi|\bpractitioner\b|\bdiploma\b|\bregist")
HEADING_CERTIFICATES_RE = re.compile(r"(?i)certif|zertifi|licen[cs]|accredit|qualification")
HEADING_TRAINING_RE = re.compile(r"(?i)training|course|kurse|development|\bcpd\b|weiterbildung|"
                                 r"fortbildung|formation")
HEADING_MEMBERSHIP_RE = re.compile(r"(?i)member|affiliation|bodies|association")
HOLDER_NUMBER_RE = re.compile(
    r"(?i)\b(?:registration|licen[cs]e|membership|member|pin|reg\.?)\s*(?:no\.?|number|id|#)?\s*"
    r"[:#.]?\s*[A-Z\d-]*\d[\w-]*")
"""A number a body gives the holder ("registration no. 612904", "NMC PIN: 01A2345B")."""
IN_PROGRESS_RE = re.compile(r"(?i)\bin progress\b|\bdue\b|\bexpected\b|\bcurrently\b|\bongoing\b|"
                            r"\bstudying\b|\blaufend\b|\ben cours\b")


def _cue(name: str, text: str, patterns: FitPatterns) -> bool:
    return any(pattern.search(text) for pattern in patterns.evidence.get(name, ()))


def features(text: str, heading: str, patterns: FitPatterns) -> list[float]:
    """The signals for one item read as a certification, in the order of FEATURES."""
    words = re.findall(r"[^\W\d_][\w'’.&-]*", text)
    rungs = rungs_in(text, patterns)
    heading_kinds = (HEADING_CERTIFICATES_RE.search(heading) is not None,
                     HEADING_TRAINING_RE.search(heading) is not None,
                     HEADING_MEMBERSHIP_RE.search(heading) is not None)
    return [
        1.0,
        float(patterns.certifications.search(text) is not None),
        float(any(rung.ladder != "degree" for rung in rungs)),
        float(CERTIFICATE_WORDS_RE.search(text) is not None),
        float(_cue("course_length", text, patterns)),
        float(re.search(r"(?i)\bcourses?\b", text) is not None or _cue("course_of_study", text,
                                                                       patterns)),
        float(_cue("training", text, patterns)),
        float(_cue("membership", text, patterns)),
        float(_cue("member_grade", text, patterns)),
        float(_cue("registration", text, patterns)),
        float(_cue("degree", text, patterns) or any(rung.ladder == "degree" for rung in rungs)),
        float(heading_kinds[0]),
        float(heading_kinds[1]),
        float(heading_kinds[2]),
        float(bool(heading.strip()) and not any(heading_kinds)),
        float(not heading.strip()),
        math.log1p(len(words)),
        float(re.search(r"\b(?:19|20)\d\d\b", text) is not None),
        float(IN_PROGRESS_RE.search(text) is not None),
        sum(1 for word in words if word[:1].isupper()) / len(words) if words else 0.0,
        float(re.search(r"\b[A-Z]{2,}\d*\b", text) is not None),
        # a registration with a body, or the holder's number from one: a credential held
        float(_cue("registration", text, patterns) or HOLDER_NUMBER_RE.search(text) is not None),
    ]


@dataclass(frozen=True)
class Model:
    """A logistic model over FEATURES with its threshold."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    threshold: float = 0.5

    def probability(self, rows: np.ndarray) -> np.ndarray:
        values = (rows - self.mean) / self.scale
        return np.asarray(1.0 / (1.0 + np.exp(-(values @ self.weights))))


def train(rows: np.ndarray, labels: np.ndarray, *, l2: float = 1.0, steps: int = 2000) -> Model:
    """A logistic model fitted by gradient descent, each class weighed equally."""
    mean = rows.mean(axis=0)
    scale = rows.std(axis=0)
    scale[scale == 0] = 1.0
    mean[0], scale[0] = 0.0, 1.0
    values = (rows - mean) / scale
    positive = min(max(float(labels.mean()), 1e-3), 1 - 1e-3)
    weight = np.where(labels > 0, 0.5 / positive, 0.5 / (1 - positive))
    weights = np.zeros(rows.shape[1])
    for _ in range(steps):
        guess = 1.0 / (1.0 + np.exp(-(values @ weights)))
        gradient = values.T @ ((guess - labels) * weight) / len(labels) + l2 * weights / len(labels)
        weights -= 0.5 * gradient
    return Model(mean, scale, weights)


def save(model: Model) -> bytes:
    return npz_bytes(mean=model.mean, scale=model.scale, weights=model.weights,
                     threshold=np.array(model.threshold), features=np.array(FEATURES))


@lru_cache(maxsize=1)
def shipped_model() -> Model | None:
    """The shipped filter, or None when it is missing or was trained on other features."""
    data = shipped_arrays(MODEL_NAME, FEATURES)
    if data is None:
        return None
    return Model(data["mean"], data["scale"], data["weights"], float(data["threshold"]))


def kept_certifications(candidates: tuple[tuple[str, str], ...], patterns: FitPatterns,
                        model: Model | None = None) -> tuple[str, ...]:
    """The names of the candidates (name, heading) the filter reads as certificates held; all of
    them without a shipped model."""
    model = model or shipped_model()
    if model is None or not candidates:
        return tuple(name for name, _heading in candidates)
    rows = np.array([features(name, heading, patterns) for name, heading in candidates])
    probabilities = model.probability(rows)
    return tuple(name for (name, _heading), probability in zip(candidates, probabilities, strict=True)
                 if probability >= model.threshold)
