"""The verdict head: a small learned model that weighs the kind checks, meaning and words into
one verdict (strong, partial or none) for a requirement.

The kind checks (match.py) each judge one aspect of a requirement (a team size, a rung of a
ladder, a tool) and the meaning check judges the rest by similarity. How much each should count,
and where the thresholds of similarity lie, are learned from recruiters' verdicts instead of set
by hand: a softmax regression (``poise.analysis.learned``) over the features below, trained by
``scripts/train_verdict_head.py`` (which documents its data and split) and shipped as
``poise/analysis/data/verdict_head.npz``. With another embedding model the head is not used and
the checks decide alone.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from poise.analysis import learned, nlp
from poise.analysis.learned import LinearModel
from poise.fit.job_reader import Requirement
from poise.fit.match import NONE, PARTIAL, RANK, STRONG, Match, Similarity, item_pattern
from poise.fit.quantities import figure_ratio
from poise.fit.resume_reader import ResumeProfile
from poise.fit.text import content_words

FEATURES = (
    "checked", "check_none", "check_partial", "check_strong", "check_short", "checks_split",
    "final_none", "final_partial", "final_strong",
    "similarity", "similarity_other", "cosine", "lexical_best_line", "lexical_max", "runner_up",
    "close_lines", "line_in_role", "line_in_summary",
    "words_on_resume", "specifics_named", "specifics_unnamed", "asks_number", "offers_choice",
    "length", "essential",
    "has_parts", "part_min", "part_mean", "parts_shown", "part_lines",
    "figure_short", "figure_met",)
"""The head's inputs, in order (the shipped weights are checked against this list)."""
LABELS = (NONE, PARTIAL, STRONG)
MODEL_NAME = "verdict_head.npz"
SETTLED_KEPT = frozenset({STRONG, PARTIAL})
"""Settled verdicts the head leaves as they are: a name, rung or number shown (strong) or shown
at a lower level (partial). A settled "none" is still weighed: a requirement may be met in words
no check reads. Chosen on the cross-round figures of scripts/train_verdict_head.py (strong alone,
strong and partial, and all three tried)."""
NONE_AT = 0.4
"""The head says "none" once that verdict's probability reaches this, before the most probable
class: a line with no evidence for an essential requirement is what a candidate most needs to
see. Chosen on the leave-one-round-out figures of scripts/train_verdict_head.py (0.2 to 0.5
tried, with STRONG_AT)."""
STRONG_AT = 0.65
"""The head says "strong" only when that verdict's probability reaches this (and beats
partial); otherwise partial. A partial match rated strong (a level error) hides what the
candidate must prepare, so strong needs the head to be fairly sure. Chosen on the
leave-one-round-out figures of scripts/train_verdict_head.py (0.4 to 0.7 tried): 0.65 keeps
the accuracy of the most probable class and cuts the level errors by half."""
SPECIFIC_RE = re.compile(r"\b[A-Z][A-Z0-9]{1,5}(?:/[A-Z]{2,4})?[ -]\d{1,5}\b"
                         r"|\b[A-Z][A-Za-z0-9&/-]*\d[\w/-]*\b|\b[A-Z]{2,}[a-z]?\b|\b\d[\d,.]*\b")
"""Specific items a requirement names: acronyms, codes with digits ("ISO 45001"), numbers."""
CHOICE_RE = re.compile(r"\bor\b|\beither\b|\bequivalent\b|\bsimilar\b|\bsuch as\b|\be\.g\.",
                       re.IGNORECASE)


SETTLING = frozenset({"certification", "languages", "education", "development"})
"""Checks that settle their aspect by a name or a rung: when every check of a requirement is of
these kinds and all agree, their verdict stands and the head is not asked. Tools, years and team
sizes are weighed by the head like the rest: a tool named is not a tool run, and years counted
are not years of the kind asked (chosen on the cross-round figures of
scripts/train_verdict_head.py: with tools, years and teams settling too, 294 of 474 right and 41
level errors; with these three, 299 and 34)."""


def settled(match: Match) -> str | None:
    """The verdict the settling checks agree on for ``match`` (see SETTLING), or None when a check
    of another kind, or none at all, is involved, or they disagree."""
    checks = [verdict for verdict in match.verdicts if verdict.kind != "other"]
    if not checks or any(verdict.kind not in SETTLING for verdict in checks):
        return None
    strengths = {verdict.strength for verdict in checks}
    return strengths.pop() if len(strengths) == 1 else None


@dataclass(frozen=True)
class HeadVerdict:
    """The head's verdict for one requirement and its probability."""

    strength: str
    probability: float


def shipped_verdict_head() -> LinearModel | None:
    """The shipped head when it was trained on the embedding model in use and on these features;
    None otherwise (the checks then decide alone). Read once per embedding model."""
    return _load_head(nlp.embedding_fingerprint())


@lru_cache(maxsize=2)
def _load_head(fingerprint: str) -> LinearModel | None:
    model = learned.load(MODEL_NAME, fingerprint)
    if model is None or model.weights.shape[1] != len(FEATURES):
        return None
    return model


def specifics(text: str) -> list[str]:
    """The specific items ``text`` names (acronyms, codes with digits, numbers), in order, once."""
    found: list[str] = []
    for hit in SPECIFIC_RE.finditer(text):
        word = hit.group(0).strip(".,")
        if word and word not in found:
            found.append(word)
    return found


def features(requirement: Requirement, match: Match, resume: ResumeProfile, sim: Similarity,
             *, resume_words: set[str], resume_text: str) -> np.ndarray:
    """The head's input for one requirement and its match (see FEATURES)."""
    checks = [verdict for verdict in match.verdicts if verdict.kind != "other"]
    ranks = [RANK[verdict.strength] for verdict in checks]
    weakest = min(ranks) if ranks else -1
    row = sim.rows.get(requirement.id)
    similarity = cosine = lexical_line = lexical_max = runner_up = close = 0.0
    in_role = in_summary = 0.0
    if row is not None and len(sim.lines):
        combined = sim.combined(requirement.id)
        order = np.argsort(-combined)
        best = int(order[0])
        similarity = float(combined[best])
        runner_up = float(combined[order[1]]) if len(order) > 1 else 0.0
        cosine = float(sim.cosine[row].max())
        lexical_line = float(sim.lexical[row, best])
        lexical_max = float(sim.lexical[row].max())
        close = math.log1p(float((combined >= 0.5).sum()))
        line = sim.lines[best]
        in_role = 1.0 if line.role is not None else 0.0
        in_summary = 1.0 if line.section == "summary" else 0.0
    wanted = content_words(requirement.text)
    on_resume = len(wanted & resume_words) / len(wanted) if wanted else 1.0
    items = specifics(requirement.text)
    named = [item for item in items if item_pattern(item).search(resume_text)]
    values = [
        1.0 if checks else 0.0,
        1.0 if weakest == RANK[NONE] else 0.0,
        1.0 if weakest == RANK[PARTIAL] else 0.0,
        1.0 if weakest == RANK[STRONG] else 0.0,
        1.0 if any(verdict.short for verdict in checks) else 0.0,
        1.0 if ranks and max(ranks) != min(ranks) else 0.0,
        1.0 if match.strength == NONE else 0.0,
        1.0 if match.strength == PARTIAL else 0.0,
        1.0 if match.strength == STRONG else 0.0,
        similarity,
        similarity if not checks else 0.0,
        cosine,
        lexical_line,
        lexical_max,
        runner_up,
        close,
        in_role,
        in_summary,
        on_resume,
        len(named) / len(items) if items else 1.0,
        float(len(items) - len(named)) if items else 0.0,
        1.0 if re.search(r"\d", requirement.text) else 0.0,
        1.0 if CHOICE_RE.search(requirement.text) else 0.0,
        math.log1p(len(wanted)),
        1.0 if requirement.must else 0.0,
        *_part_features(requirement, sim),
        *_figure_features(requirement, sim),
    ]
    return np.asarray(values, dtype=np.float32)


OR_RE = re.compile(r"\bor\b|\beither\b", re.IGNORECASE)
PART_SHOWN = 0.5
"""Blended similarity at or above which a résumé line counts as showing one part of a
requirement (a part is a short phrase, so its scores run higher than a whole line's)."""
FIGURE_MET = 0.9
"""A figure shown at this share of the one asked (or more) meets it (as ``match.SCOPE_MET``)."""
FIGURE_LINES = 3
"""The résumé lines most like a requirement whose figures are compared with the one it asks."""


def _part_features(requirement: Requirement, sim: Similarity) -> list[float]:
    """Whether the requirement asks for several things; how well its worst-shown and its average
    part is shown; the share of parts some line shows; how many lines it takes (log)."""
    scores = sim.part_scores(requirement.id)
    if not len(scores) or not scores.shape[1]:
        return [0.0, 0.0, 0.0, 0.0, 0.0]
    best = scores.max(axis=1)
    lines = {int(scores[row].argmax()) for row in range(len(scores)) if best[row] >= PART_SHOWN}
    # Parts offered as alternatives ("a capital project or a new site") are met by the best one.
    worst = float(best.max() if OR_RE.search(requirement.text) else best.min())
    return [1.0, worst, float(best.mean()), float((best >= PART_SHOWN).mean()),
            math.log1p(len(lines))]


def _figure_features(requirement: Requirement, sim: Similarity) -> list[float]:
    """Whether the closest lines show a figure (money or a percentage) below, or at least at,
    the one the requirement asks for (``quantities.figure_ratio``)."""
    if requirement.id not in sim.rows or not len(sim.lines):
        return [0.0, 0.0]
    combined = sim.combined(requirement.id)
    closest = [sim.lines[int(i)].text for i in np.argsort(-combined)[:FIGURE_LINES]]
    ratio = figure_ratio(requirement.text, closest)
    if ratio is None:
        return [0.0, 0.0]
    return [1.0 if ratio < FIGURE_MET else 0.0, 1.0 if ratio >= FIGURE_MET else 0.0]


def resume_vocabulary(resume: ResumeProfile) -> tuple[set[str], str]:
    """The résumé's content words and its whole text, computed once per fit."""
    text = "\n".join(item.text for item in resume.lines)
    return content_words(text), text


def judge(model: LinearModel, feature_rows: np.ndarray) -> list[HeadVerdict]:
    """The head's verdict for each row of features."""
    if not len(feature_rows):
        return []
    probabilities = model.probabilities(feature_rows)
    verdicts = []
    none, partial, strong = (model.labels.index(label) for label in (NONE, PARTIAL, STRONG))
    for row in probabilities:
        if row[none] >= NONE_AT:
            best = none
        elif row[strong] >= STRONG_AT and row[strong] >= row[partial]:
            best = strong
        else:
            best = partial
        verdicts.append(HeadVerdict(model.labels[best], float(row[best])))
    return verdicts


def apply_head(model: LinearModel | None, requirements: tuple[Requirement, ...],
               matches: tuple[Match, ...], resume: ResumeProfile, sim: Similarity
               ) -> tuple[Match, ...]:
    """The matches with each strength set by the head (unchanged when ``model`` is None or was
    trained on other features); a changed strength says why and what is missing."""
    if model is None or model.weights.shape[1] != len(FEATURES):
        return matches
    words, text = resume_vocabulary(resume)
    by_id = {requirement.id: requirement for requirement in requirements}
    rows = np.stack([features(by_id[match.requirement_id], match, resume, sim, resume_words=words,
                              resume_text=text) for match in matches]) if matches else np.zeros(
        (0, len(FEATURES)), dtype=np.float32)
    judged = []
    for match, verdict in zip(matches, judge(model, rows), strict=True):
        if settled(match) in SETTLED_KEPT:
            judged.append(match)
            continue
        judged.append(revise(match, verdict, by_id[match.requirement_id], text))
    return tuple(judged)


def revise(match: Match, verdict: HeadVerdict, requirement: Requirement, resume_text: str) -> Match:
    """``match`` with the head's strength, its reason and its missing words made to agree."""
    if verdict.strength == match.strength:
        return match
    if verdict.strength == STRONG:
        return replace(match, strength=STRONG, missing="", score=max(match.score, 0.8),
                       reason=match.reason + " Weighed together, the evidence shows the "
                       "requirement.")
    if verdict.strength == PARTIAL:
        missing = match.missing or unshown_part(requirement.text, resume_text)
        return replace(match, strength=PARTIAL, missing=missing, score=min(max(match.score, 0.5), 0.7),
                       reason=match.reason + " Weighed together, the evidence shows only part of "
                       "the requirement.")
    return replace(match, strength=NONE, score=min(match.score, 0.3),
                   missing=match.missing or f"Nothing on the résumé shows: {requirement.text}",
                   reason=match.reason + " Weighed together, the closest lines do not show the "
                   "requirement.")


def unshown_part(text: str, resume_text: str) -> str:
    """In a few words, what of ``text`` the résumé does not name: its unnamed specific items,
    else its content words the résumé never uses."""
    items = [item for item in specifics(text) if not item_pattern(item).search(resume_text)]
    if items:
        return ", ".join(items[:3]) + " not shown"
    have = content_words(resume_text)
    words = []
    for word in re.findall(r"[A-Za-z][A-Za-z-]{3,}", text):
        if content_words(word) and not content_words(word) & have and word.lower() not in words:
            words.append(word.lower())
    if words:
        return ", ".join(words[:3]) + " not shown"
    return "only part of it shown"
