"""Coverage matrix: competencies and the role's top requirements against stories, with quality (pure)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

import numpy as np

from poise.analysis import nlp
from poise.content.loader import KnowledgeBase
from poise.errors import InputError
from poise.prep.stories import GOOD_STORY, StorySummary

Status = Literal["good", "weak", "none"]
Similarity = Callable[[str, StorySummary], float]

TOP_REQUIREMENTS = 6
CLOSE = 0.5
"""A story sentence this close in meaning to a requirement speaks to it."""
RELATED = 0.33
"""Shared words count only when the closest sentence is at least this close in meaning."""
RATING_MIN = 1
RATING_MAX = 5
STRONG_RATING = 4
# Requirement kinds a story cannot prove (a number of years, a certificate, a language).
NOT_STORY_KINDS = frozenset({
    "years", "years_experience", "experience_years", "certification", "certifications",
    "education", "degree",
    "language", "languages",
})
STOP_WORDS = frozenset({
    "the", "and", "with", "for", "from", "that", "this", "into", "across", "within", "your", "you",
    "our", "their", "have", "has", "will", "must", "should", "able", "ability", "experience",
    "experienced", "proven", "strong", "track", "record", "years", "year", "role", "work",
    "working", "skills", "skill", "team", "teams", "lead", "leading", "plus", "including", "such",
    "well", "other", "more", "least", "good", "excellent", "demonstrated", "knowledge", "using",
    "ideally", "preferred", "desirable", "essential", "required", "candidate",
})


@dataclass(frozen=True)
class Cell:
    """One story against one row: linked or not, and its quality when linked."""

    story_id: int
    linked: bool
    quality: int | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"story_id": self.story_id, "linked": self.linked, "quality": self.quality}


@dataclass(frozen=True)
class Row:
    """A competency or a requirement, its cells and its best story."""

    id: str
    kind: Literal["competency", "requirement"]
    label: str
    group: str
    must: bool
    cells: tuple[Cell, ...]
    best: int | None
    best_story: int | None
    status: Status
    self_rating: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "id": self.id,
            "kind": self.kind,
            "label": self.label,
            "group": self.group,
            "must": self.must,
            "cells": [cell.to_dict() for cell in self.cells],
            "best": self.best,
            "best_story": self.best_story,
            "status": self.status,
            "self_rating": self.self_rating,
        }


@dataclass(frozen=True)
class Gap:
    """A row with no good story yet, and what to do about it."""

    row_id: str
    kind: str
    label: str
    status: Status
    best: int | None
    advice: str
    priority: int

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "row_id": self.row_id,
            "kind": self.kind,
            "label": self.label,
            "status": self.status,
            "best": self.best,
            "advice": self.advice,
            "priority": self.priority,
        }


@dataclass(frozen=True)
class ChecklistEntry:
    """One employer requirement on the self-assessment checklist."""

    id: str
    name: str
    description: str
    prompts: tuple[str, ...]
    rating: int | None
    best: int | None
    status: Status
    note: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "prompts": list(self.prompts),
            "rating": self.rating,
            "best": self.best,
            "status": self.status,
            "note": self.note,
        }


@dataclass(frozen=True)
class Coverage:
    """The matrix (rows × story columns), the gaps and the self-assessment checklist."""

    stories: tuple[tuple[int, str], ...]
    rows: tuple[Row, ...]
    gaps: tuple[Gap, ...]
    checklist: tuple[ChecklistEntry, ...]
    threshold: int = GOOD_STORY

    def row(self, row_id: str) -> Row:
        """One row by id."""
        for row in self.rows:
            if row.id == row_id:
                return row
        raise KeyError(row_id)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "threshold": self.threshold,
            "stories": [{"id": story_id, "title": title} for story_id, title in self.stories],
            "rows": [row.to_dict() for row in self.rows],
            "gaps": [gap.to_dict() for gap in self.gaps],
            "checklist": [entry.to_dict() for entry in self.checklist],
        }


def content_words(text: str) -> set[str]:
    """Lowercase word stems (first five letters) worth comparing, without filler words."""
    stems: set[str] = set()
    for word in re.findall(r"[a-z][a-z0-9&/+-]{2,}", text.lower()):
        if word not in STOP_WORDS:
            stems.add(word[:5])
    return stems


def requirement_competencies(text: str, kb: KnowledgeBase) -> set[str]:
    """Competencies whose keywords appear in a requirement's text."""
    lowered = text.lower()
    found: set[str] = set()
    for competency in kb.competencies.values():
        for keyword in competency.keywords:
            if re.search(r"(?<!\w)" + re.escape(keyword.lower()) + r"(?!\w)", lowered):
                found.add(competency.id)
                break
    return found


def semantic_similarity(requirement: str, story: StorySummary) -> float:
    """How close in meaning a requirement is to the story's closest sentence (cosine, -1 to 1)."""
    sentences = _sentence_vectors(f"{story.title}. {story.text}")
    if sentences.shape[0] == 0:
        return 0.0
    return float((sentences @ nlp.embed_one(requirement)).max())


@lru_cache(maxsize=256)
def _sentence_vectors(text: str) -> np.ndarray:
    sentences = [part for part in re.split(r"(?<=[.!?])\s+", text.strip()) if part.strip()]
    if not sentences:
        return np.zeros((0, 1), dtype=np.float32)
    vectors = nlp.embedder().embed(sentences)
    vectors.setflags(write=False)
    return vectors


def story_meets_requirement(
    requirement: str,
    story: StorySummary,
    kb: KnowledgeBase,
    *,
    similarity: Similarity | None = semantic_similarity,
) -> bool:
    """True when a story speaks to a requirement.

    A shared competency (the requirement's words are its keywords) always counts. With
    ``similarity``, a sentence close in meaning counts on its own (``CLOSE``), and shared content
    words count only with some closeness (``RELATED``), so "drivers" does not meet "drive
    change". Without it, two shared content words are enough.
    """
    if requirement_competencies(requirement, kb) & set(story.competencies):
        return True
    wanted = content_words(requirement)
    shared = wanted & content_words(f"{story.title} {story.text}")
    lexical = len(shared) >= 2 or (bool(shared) and len(wanted) <= 2)
    if similarity is None:
        return lexical
    closeness = similarity(requirement, story)
    return closeness >= CLOSE or (lexical and closeness >= RELATED)


def top_requirements(fit: Mapping[str, Any] | None, limit: int = TOP_REQUIREMENTS) -> list[
    dict[str, Any]
]:
    """The role's top requirements a story can prove: must-haves first, in the job's order."""
    if not fit:
        return []
    items = fit.get("requirements") or []
    usable: list[dict[str, Any]] = []
    for item in items:
        if not isinstance(item, Mapping) or not str(item.get("text") or "").strip():
            continue
        if str(item.get("kind") or "").lower() in NOT_STORY_KINDS:
            continue
        usable.append(dict(item))
    musts = [item for item in usable if item.get("must")]
    others = [item for item in usable if not item.get("must")]
    return [*musts, *others][:limit]


def check_ratings(ratings: Mapping[str, int] | None, kb: KnowledgeBase) -> dict[str, int]:
    """Self-assessment ratings checked: employer-requirement ids, each 1 to 5."""
    checked: dict[str, int] = {}
    allowed = [c.id for c in kb.competencies.values() if c.group == "employer_requirement"]
    for key, value in (ratings or {}).items():
        if key not in allowed:
            raise InputError(
                f"{key!r} is not one of the nine employer requirements.",
                hint=f"Rate these: {', '.join(allowed)}.",
            )
        if not isinstance(value, int) or not RATING_MIN <= value <= RATING_MAX:
            raise InputError(
                f"The rating for {key} must be a whole number from {RATING_MIN} to {RATING_MAX}.",
                hint="1 means 'hardly at all', 5 means 'a real strength I can prove'.",
            )
        checked[key] = value
    return checked


def _row(
    row_id: str,
    kind: Literal["competency", "requirement"],
    label: str,
    group: str,
    must: bool,
    stories: Sequence[StorySummary],
    linked: Sequence[bool],
    threshold: int,
    rating: int | None = None,
) -> Row:
    cells: list[Cell] = []
    best: int | None = None
    best_story: int | None = None
    for story, is_linked in zip(stories, linked, strict=True):
        quality = story.overall if is_linked else None
        cells.append(Cell(story.id, is_linked, quality))
        if is_linked and quality is not None and (best is None or quality > best):
            best, best_story = quality, story.id
        elif is_linked and best_story is None:
            best_story = story.id
    any_linked = any(linked)
    status: Status = "none"
    if any_linked:
        status = "good" if best is not None and best >= threshold else "weak"
    return Row(row_id, kind, label, group, must, tuple(cells), best, best_story, status, rating)


def build_coverage(
    stories: Sequence[StorySummary],
    kb: KnowledgeBase,
    *,
    fit: Mapping[str, Any] | None = None,
    ratings: Mapping[str, int] | None = None,
    threshold: int = GOOD_STORY,
    similarity: Similarity | None = semantic_similarity,
) -> Coverage:
    """The coverage matrix, its gaps (best story under ``threshold`` or none) and the checklist.

    ``similarity`` measures how close a story is to a requirement in meaning (None: words only).
    """
    checked = check_ratings(ratings, kb)
    rows: list[Row] = []
    for requirement in top_requirements(fit):
        text = str(requirement["text"]).strip()
        linked = [story_meets_requirement(text, story, kb, similarity=similarity)
                  for story in stories]
        rows.append(_row(
            f"req:{requirement.get('id') or len(rows) + 1}", "requirement", text, "requirement",
            bool(requirement.get("must")), stories, linked, threshold,
        ))
    for competency in kb.competencies.values():
        linked = [competency.id in story.competencies for story in stories]
        rows.append(_row(
            competency.id, "competency", competency.name, competency.group, False, stories,
            linked, threshold, checked.get(competency.id),
        ))
    by_id = {story.id: story for story in stories}
    gaps = _gaps(rows, kb, by_id, threshold)
    checklist = _checklist(rows, kb, checked)
    return Coverage(
        stories=tuple((story.id, story.title) for story in stories),
        rows=tuple(rows),
        gaps=gaps,
        checklist=checklist,
        threshold=threshold,
    )


def _gaps(
    rows: list[Row], kb: KnowledgeBase, stories: Mapping[int, StorySummary], threshold: int
) -> tuple[Gap, ...]:
    gaps: list[Gap] = []
    for row in rows:
        if row.status == "good":
            continue
        if row.kind == "requirement":
            priority = 0 if row.must else 1
            prompt = f"a story that proves it: {row.label}"
        else:
            competency = kb.competencies[row.id]
            priority = 3
            if competency.group == "employer_requirement":
                priority = 2 if (row.self_rating or 0) >= STRONG_RATING else 3
            signal = competency.shows_in_answer[0].rstrip(".")
            prompt = f"a story about {competency.name.lower()} (a coach looks for this: {signal})"
        if row.status == "none":
            advice = f"No story yet. Write {prompt}."
            if row.self_rating is not None and row.self_rating >= STRONG_RATING:
                advice = (
                    f"You rate yourself {row.self_rating}/5 here but have no story to prove it. "
                    f"Write {prompt}."
                )
        else:
            story = stories.get(row.best_story) if row.best_story is not None else None
            score = "not judged yet" if row.best is None else f"{row.best}/100"
            advice = f"Best story scores {score}, under {threshold}."
            if story is not None and story.top_fix:
                advice += f" Strengthen '{story.title}': {story.top_fix}"
            else:
                advice += f" Strengthen it or write {prompt}."
        gaps.append(Gap(row.id, row.kind, row.label, row.status, row.best, advice, priority))
    gaps.sort(key=lambda gap: gap.priority)
    return tuple(gaps)


def _checklist(
    rows: list[Row], kb: KnowledgeBase, ratings: Mapping[str, int]
) -> tuple[ChecklistEntry, ...]:
    entries: list[ChecklistEntry] = []
    for row in rows:
        if row.kind != "competency" or row.group != "employer_requirement":
            continue
        competency = kb.competencies[row.id]
        rating = ratings.get(row.id)
        if row.status == "good":
            note = "Proven by a good story."
        elif rating is None:
            note = "Rate yourself from 1 to 5, then find a story that proves it."
        elif rating >= STRONG_RATING:
            note = "A strength you claim but cannot yet prove: it needs a story."
        else:
            note = "A development area: prepare how you are building it, with one example."
        entries.append(ChecklistEntry(
            id=competency.id,
            name=competency.name,
            description=competency.description,
            prompts=tuple(competency.shows_in_answer),
            rating=rating,
            best=row.best,
            status=row.status,
            note=note,
        ))
    return tuple(entries)
