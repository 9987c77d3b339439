"""The story bank's pure core: a C-A-R story, the question it answers, and its judgement."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from poise.analysis import AnalysisContext, Report, analyse, nlp
from poise.content.loader import KnowledgeBase
from poise.content.schema import Question
from poise.errors import InputError

TITLE_MAX = 200
PART_MAX = 4000
MAX_COMPETENCIES = 4
# Families whose questions suit a success story; failure, weakness and pay questions need
# answers of another shape, so a story is never judged against them.
STORY_FAMILIES: tuple[str, ...] = (
    "achievements",
    "past_behaviour",
    "people_management",
    "leadership_qualities",
    "strategy_vision",
    "goal_setting",
    "management_style",
    "innovation",
    "development",
    "competency_cases",
    "international",
    "external_resources",
)
GOOD_STORY = 60
"""A story whose report scores at least this overall counts as a good story."""


@dataclass(frozen=True)
class StoryDraft:
    """A story as the candidate writes it: Circumstances, Actions, Results, and a lesson."""

    title: str
    circumstances: str = ""
    actions: str = ""
    results: str = ""
    lesson: str | None = None
    competencies: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoryQuestion:
    """The behavioural question a story is judged against."""

    text: str
    family: str
    question_id: str | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"text": self.text, "family": self.family, "question_id": self.question_id}


@dataclass(frozen=True)
class StorySummary:
    """What coverage and the brief need to know about a stored story."""

    id: int
    title: str
    competencies: tuple[str, ...]
    text: str
    overall: int | None
    top_fix: str | None = None
    parts: dict[str, str] = field(default_factory=dict)


def _sentence(text: str) -> str:
    """One part of a story, trimmed and ending with a full stop if it has no end mark."""
    cleaned = " ".join(text.split())
    if cleaned and cleaned[-1] not in ".!?":
        cleaned += "."
    return cleaned


def story_text(draft: StoryDraft) -> str:
    """The story as one answer: circumstances, actions, results, then the lesson."""
    parts = [draft.circumstances, draft.actions, draft.results, draft.lesson or ""]
    return " ".join(_sentence(part) for part in parts if part and part.strip())


def clean_draft(draft: StoryDraft, kb: KnowledgeBase) -> StoryDraft:
    """The draft trimmed and checked; ``InputError`` says what to fix."""
    title = " ".join(draft.title.split())
    if not title:
        raise InputError("A story needs a title.", hint="Give it a short name, e.g. 'Warehouse turnaround'.")
    if len(title) > TITLE_MAX:
        raise InputError(f"The title is longer than {TITLE_MAX} characters.", hint="Shorten it.")
    for name in ("circumstances", "actions", "results", "lesson"):
        value = getattr(draft, name) or ""
        if len(value) > PART_MAX:
            raise InputError(
                f"The {name} part is longer than {PART_MAX} characters.",
                hint="A spoken story lasts about two minutes; keep each part to a few sentences.",
            )
    competencies: list[str] = []
    for competency in draft.competencies:
        key = competency.strip()
        if key not in kb.competencies:
            raise InputError(
                f"Unknown competency {competency!r}.",
                hint=f"Use ids from the competency model: {', '.join(kb.competencies)}.",
            )
        if key not in competencies:
            competencies.append(key)
    if not competencies:
        raise InputError(
            "Link the story to at least one competency.",
            hint=f"Pick from: {', '.join(kb.competencies)}.",
        )
    if len(competencies) > MAX_COMPETENCIES:
        raise InputError(
            f"A story can show at most {MAX_COMPETENCIES} competencies well.",
            hint="Keep the ones the story proves best; write another story for the rest.",
        )
    lesson = (draft.lesson or "").strip() or None
    cleaned = StoryDraft(
        title=title,
        circumstances=draft.circumstances.strip(),
        actions=draft.actions.strip(),
        results=draft.results.strip(),
        lesson=lesson,
        competencies=tuple(competencies),
    )
    if not story_text(cleaned):
        raise InputError(
            "The story has no text yet.",
            hint="Write the circumstances, what you did (actions) and what came of it (results).",
        )
    return cleaned


def _rank(question: Question, competency: str) -> tuple[int, int]:
    return (question.competencies.index(competency), STORY_FAMILIES.index(question.family))


def question_for(competency: str, kb: KnowledgeBase, *, story: str = "") -> StoryQuestion:
    """The bank's behavioural question for a competency that best fits the story.

    Candidates are the behavioural questions of story-shaped families that probe the
    competency, at the highest place it holds in any question's list (first, where possible).
    With ``story`` the candidate closest in meaning wins, else the first in family order. With
    no candidate, a question is written from the competency's name.
    """
    candidates: list[Question] = []
    for question in kb.questions.values():
        story_shaped = question.behavioural and question.family in STORY_FAMILIES
        if story_shaped and competency in question.competencies:
            candidates.append(question)
    if not candidates:
        name = kb.competencies[competency].name if competency in kb.competencies else competency
        text = f"Tell me about a time you showed {name[0].lower() + name[1:]}."
        return StoryQuestion(re.sub(r"\s+", " ", text), "past_behaviour", None)
    candidates.sort(key=lambda question: _rank(question, competency))
    best = candidates[0]
    # Only the questions where the competency sits as high as it sits anywhere compete.
    place = best.competencies.index(competency)
    closest = [question for question in candidates if question.competencies.index(competency) == place]
    if story.strip() and len(closest) > 1:
        story_vector = nlp.embed_one(story.strip())
        best_score = -2.0
        for question in closest:
            score = float(nlp.embed_one(question.text) @ story_vector)
            if score > best_score:
                best, best_score = question, score
    return StoryQuestion(best.text, best.family, best.id)


def judge(draft: StoryDraft, kb: KnowledgeBase, *, role: tuple[str, ...] = ()) -> tuple[
    StoryQuestion, Report
]:
    """Judge a story with the analyser against the question built from its main competency."""
    question = question_for(draft.competencies[0], kb, story=f"{draft.title}. {story_text(draft)}")
    context = AnalysisContext(family=question.family, role=role)
    report = analyse(question.text, story_text(draft), context=context, kb=kb)
    return question, report


def summary_from(
    story_id: int, draft: StoryDraft, report: dict[str, Any] | None
) -> StorySummary:
    """The summary of a stored story from its parts and its stored report."""
    overall: int | None = None
    top_fix: str | None = None
    if report:
        value = report.get("overall")
        overall = int(value) if isinstance(value, int | float) else None
        fixes = report.get("top_fixes") or []
        if fixes and isinstance(fixes[0], dict):
            top_fix = str(fixes[0].get("fix") or "") or None
    return StorySummary(
        id=story_id,
        title=draft.title,
        competencies=draft.competencies,
        text=story_text(draft),
        overall=overall,
        top_fix=top_fix,
        parts={
            "circumstances": draft.circumstances,
            "actions": draft.actions,
            "results": draft.results,
            "lesson": draft.lesson or "",
        },
    )
