"""Which résumé line best shows a requirement: a small learned ranker over the lines.

Similarity alone often quotes the wrong line: a summary sentence that repeats the requirement's
words, a role's title and dates, a course on the education list, where a recruiter quotes the
bullet of a role that shows the duty done, with its figure. The ranker scores every evidence line
of a résumé for a requirement from features that each mean something a recruiter weighs:

- **meaning and words**: the embedding and word-overlap similarity of the line, and how far each
  lies below the requirement's best line; how well the line shows the requirement's best part
  (``poise.fit.parts``); the specific items (acronyms, codes) of the requirement it names;
- **where the line sits**: summary, a role, education or the side lists; a role's title line;
  a bullet; how recent and how long its role is; whether it is a list of short items (a skills
  strip) rather than a sentence;
- **what the line states against what is asked**: a figure, money, a percentage, a team size, a
  rung of a ladder (certifications, degrees), each also crossed with the requirement's kind (a
  budget asked and money shown; a certification asked and a line of the education list; a duty
  asked, not a qualification, against a list of items or a line of the side lists, which name a
  skill where a recruiter quotes the deed).

A conditional logit (one softmax over a résumé's lines per requirement), trained by
``scripts/train_verdict_head.py`` on the lines recruiters quote as evidence, leave-one-round-out
measured by ``benchmarks/verdict_loro.py``; shipped as ``poise/analysis/data/evidence_rank.npz``.
With another embedding model the ranker is not used and similarity alone orders the lines.
The match quotes the ranker's line and the verdict head reads it (``Similarity.order``).
"""

from __future__ import annotations

import math
import re

import numpy as np

from poise.analysis import learned, nlp
from poise.analysis.learned import LinearModel
from poise.fit.job_reader import Requirement
from poise.fit.ladders import rungs_in
from poise.fit.lexicon import FitPatterns, any_match
from poise.fit.match import Similarity, item_pattern
from poise.fit.quantities import amounts_in
from poise.fit.resume_reader import ResumeLine, ResumeProfile

MODEL_NAME = "evidence_rank.npz"
SECTIONS = ("summary", "experience", "education", "side")
LINE_FACTS = (
    *(f"section_{name}" for name in SECTIONS),
    "bullet", "title_line", "role_recent", "role_ago", "role_years", "words",
    "has_number", "has_money", "has_percent", "has_team", "has_rung", "aspiration", "list_like",
)
"""What a line states and where it sits, whatever the requirement."""
PAIR = (
    "combined", "cosine", "lexical", "combined_gap", "cosine_gap", "lexical_gap", "is_top",
    "rank", "part_best", "parts_shown", "specifics_named",
)
"""How the line compares with the requirement."""
CROSSED = (
    "number_asked_shown", "money_asked_shown", "team_asked_shown", "rung_asked_shown",
    "qualification_asked_listed", "qualification_asked_summary", "lead_asked_team",
    "years_asked_title", "years_asked_summary", "kind_other_summary", "kind_other_title",
    "deed_asked_list", "deed_asked_side",
)
"""A fact of the line crossed with what the requirement asks."""
FEATURES = (*LINE_FACTS, *PAIR, *CROSSED)
"""The ranker's inputs, in order (the shipped weights are checked against this list)."""

NUMBER_RE = re.compile(r"\d")
PERCENT_RE = re.compile(r"\d\s?%|\bper ?cent\b", re.IGNORECASE)
SPECIFIC_RE = re.compile(r"\b[A-Z][A-Z0-9]{1,5}(?:/[A-Z]{2,4})?(?:[ -]\d{1,5})?\b")
PART_SHOWN = 0.5
"""As ``verdict_features.PART_SHOWN``: a part's best line at or above this shows it."""
AGO_CLIP = 15.0
LIST_SPLIT_RE = re.compile(r"\s*[,;·•|]\s*|\s+[-–]\s+")
LIST_ITEMS = 3
LIST_ITEM_WORDS = 3.5
"""A line of at least LIST_ITEMS items averaging at most LIST_ITEM_WORDS words is a list (a
skills strip, tools named one after another), not a sentence telling what was done."""
QUALIFICATION_KINDS = frozenset({"certification", "education", "development", "languages", "tools"})
"""Kinds a list line can show as well as a sentence can (a named certificate, language or tool)."""


def list_like(text: str) -> bool:
    """Whether ``text`` is a list of short items rather than a sentence (see LIST_ITEMS)."""
    body = text.split(":", 1)[1] if re.match(r"^[^:]{1,30}:", text) else text
    items = [item for item in LIST_SPLIT_RE.split(body) if item.strip()]
    if len(items) < LIST_ITEMS:
        return False
    return sum(len(item.split()) for item in items) / len(items) <= LIST_ITEM_WORDS


def line_facts(resume: ResumeProfile, lines: tuple[ResumeLine, ...], patterns: FitPatterns
               ) -> np.ndarray:
    """One row of ``LINE_FACTS`` per line (computed once per fit)."""
    titles = {role.line for role in resume.roles}
    budgets = {item.line for item in resume.budgets}
    team_lines = {item.line for item in resume.team_sizes}
    rows = []
    for line in lines:
        recent = ago = years = 0.0
        if line.role is not None and line.role < len(resume.roles):
            role = resume.roles[line.role]
            recent = 1.0 / (1.0 + line.role)
            end = resume.today if role.current else role.end_max
            if end is not None:
                ago = min(AGO_CLIP, max(0.0, (resume.today - end) / 12)) / AGO_CLIP
            years = math.log1p(role.months / 12)
        money = bool(amounts_in(line.text)) or line.index in budgets
        rows.append([
            *(1.0 if line.section == name else 0.0 for name in SECTIONS),
            1.0 if line.bullet else 0.0,
            1.0 if line.index in titles else 0.0,
            recent, ago, years,
            math.log1p(len(line.text.split())),
            1.0 if NUMBER_RE.search(line.text) else 0.0,
            1.0 if money else 0.0,
            1.0 if PERCENT_RE.search(line.text) else 0.0,
            1.0 if line.index in team_lines else 0.0,
            1.0 if rungs_in(line.text, patterns) else 0.0,
            1.0 if any_match(patterns.evidence.get("aspiration", ()), line.text) else 0.0,
            1.0 if list_like(line.text) else 0.0,
        ])
    return np.asarray(rows, dtype=np.float32).reshape(len(lines), len(LINE_FACTS))


def pair_features(requirement: Requirement, sim: Similarity, facts: np.ndarray,
                  patterns: FitPatterns) -> np.ndarray:
    """One row of ``FEATURES`` per line of ``sim`` for ``requirement``."""
    count = len(sim.lines)
    row = sim.rows[requirement.id]
    cosine = sim.cosine[row].astype(np.float32)
    lexical = sim.lexical[row].astype(np.float32)
    combined = sim.combined(requirement.id).astype(np.float32)
    order = np.argsort(-combined)
    rank = np.empty(count, dtype=np.float32)
    rank[order] = np.arange(count, dtype=np.float32)
    parts = sim.part_scores(requirement.id)
    if len(parts) and parts.shape[1] == count:
        part_best = parts.max(axis=0)
        parts_shown = (parts >= PART_SHOWN).mean(axis=0)
    else:
        part_best = combined
        parts_shown = np.zeros(count, dtype=np.float32)
    items = [hit.group(0) for hit in SPECIFIC_RE.finditer(requirement.text)]
    named = np.zeros(count, dtype=np.float32)
    if items:
        patterns_of = [item_pattern(item) for item in dict.fromkeys(items)]
        for column, line in enumerate(sim.lines):
            named[column] = sum(1 for pattern in patterns_of if pattern.search(line.text)) \
                / len(patterns_of)
    pair = np.stack([
        combined, cosine, lexical, combined - combined.max(), cosine - cosine.max(),
        lexical - lexical.max(), (rank == 0).astype(np.float32), np.log1p(rank),
        part_best.astype(np.float32), parts_shown.astype(np.float32), named,
    ], axis=1)
    kinds = set(requirement.kinds)
    fact = {name: facts[:, index] for index, name in enumerate(LINE_FACTS)}
    asks_number = 1.0 if NUMBER_RE.search(requirement.text) else 0.0
    asks_money = 1.0 if kinds & {"scope_budget", "scope_pnl", "savings"} else 0.0
    asks_team = 1.0 if "scope_team" in kinds or requirement.numbers.get("team") else 0.0
    asks_rung = 1.0 if rungs_in(requirement.text, patterns) else 0.0
    asks_qualification = 1.0 if kinds & {"certification", "education", "development"} else 0.0
    asks_lead = 1.0 if "leadership" in kinds else 0.0
    asks_years = 1.0 if "years_experience" in kinds else 0.0
    other = 1.0 if kinds <= {"other"} else 0.0
    deed = 0.0 if kinds & QUALIFICATION_KINDS else 1.0
    listed = np.maximum(fact["section_education"], fact["section_side"])
    crossed = np.stack([
        asks_number * fact["has_number"],
        asks_money * fact["has_money"],
        asks_team * fact["has_team"],
        asks_rung * fact["has_rung"],
        asks_qualification * listed,
        asks_qualification * fact["section_summary"],
        asks_lead * fact["has_team"],
        asks_years * fact["title_line"],
        asks_years * fact["section_summary"],
        other * fact["section_summary"],
        other * fact["title_line"],
        deed * fact["list_like"],
        deed * fact["section_side"],
    ], axis=1)
    return np.hstack([facts, pair, crossed]).astype(np.float32)


def scores(model: LinearModel, requirements: tuple[Requirement, ...], resume: ResumeProfile,
           sim: Similarity, patterns: FitPatterns) -> np.ndarray:
    """The ranker's score of every line (columns) for every requirement (rows of ``sim``)."""
    table = np.zeros((len(sim.rows), len(sim.lines)), dtype=np.float32)
    if not len(sim.lines):
        return table
    facts = line_facts(resume, sim.lines, patterns)
    for requirement in requirements:
        if requirement.id in sim.rows:
            table[sim.rows[requirement.id]] = pair_features(requirement, sim, facts, patterns) \
                @ model.weights[0]
    return table


def rank_evidence(model: LinearModel | None, requirements: tuple[Requirement, ...],
                  resume: ResumeProfile, sim: Similarity, patterns: FitPatterns) -> Similarity:
    """``sim`` with the ranker's order of lines for each requirement (``sim`` unchanged when
    ``model`` is None or was trained on other features)."""
    if model is None or not model.reads(len(FEATURES)):
        return sim
    return sim.with_ranking(scores(model, requirements, resume, sim, patterns))


def shipped_ranker() -> LinearModel | None:
    """The shipped ranker when it was trained on the embedding model in use and on these
    features; None otherwise. Read once per embedding model."""
    return learned.load_reading(MODEL_NAME, nlp.embedding_fingerprint(), len(FEATURES))


def fit_ranker(groups: list[np.ndarray], targets: list[int], *, fingerprint: str = "",
               decay: float = 1e-2, steps: int = 800, rate: float = 0.1) -> LinearModel:
    """A conditional logit: for each group (the lines of one résumé for one requirement, one row
    of features each), a softmax over its rows; ``targets`` holds the index of the line a
    recruiter quotes. Features are standardised for training and the scaling folded back, so the
    model reads raw features. Full-batch Adam with L2 decay."""
    stacked = np.vstack(groups).astype(np.float64)
    mean, spread = stacked.mean(axis=0), stacked.std(axis=0) + 1e-6
    scaled = (stacked - mean) / spread
    sizes = np.asarray([len(group) for group in groups])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    chosen = starts + np.asarray(targets)
    owner = np.repeat(np.arange(len(groups)), sizes)
    weights = np.zeros(stacked.shape[1])
    moment = np.zeros_like(weights)
    square = np.zeros_like(weights)
    for step in range(1, steps + 1):
        logits = scaled @ weights
        logits -= np.maximum.reduceat(logits, starts)[owner]
        prob = np.exp(logits)
        prob /= np.add.reduceat(prob, starts)[owner]
        prob[chosen] -= 1.0
        grad = decay * weights + prob @ scaled / len(groups)
        moment = 0.9 * moment + 0.1 * grad
        square = 0.999 * square + 0.001 * grad * grad
        weights -= rate * (moment / (1 - 0.9**step)) / (np.sqrt(square / (1 - 0.999**step)) + 1e-8)
    folded = (weights / spread).astype(np.float32)[None, :]
    return LinearModel(("evidence",), folded, np.zeros(1, dtype=np.float32), fingerprint)
