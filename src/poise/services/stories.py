"""Story-bank services: stories stored and judged, level calibration and the coverage matrix."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from poise.analysis import Report
from poise.content.loader import KnowledgeBase, knowledge_base
from poise.content.schema import PrepContent
from poise.errors import ContentError, ContentProblem, InputError
from poise.prep.calibration import LEVEL_IDS, Calibration, calibrate
from poise.prep.coverage import Coverage, build_coverage, top_requirements
from poise.prep.stories import (
    StoryDraft,
    StoryQuestion,
    StorySummary,
    clean_draft,
    judge,
    story_text,
    summary_from,
)
from poise.store.db import Database
from poise.store.models import Application, CandidateProfile, Story
from poise.store.repositories import ApplicationRepository, ProfileRepository, StoryRepository
from poise.wire import wire_fields

DEFAULT_TARGET = "manager"
TEXT_FIELDS = ("title", "circumstances", "actions", "results", "lesson", "competencies")
LINK_FIELDS = ("application_id", "profile_id")


@dataclass(frozen=True)
class StoryRecord:
    """A stored story, its links and the analyser's report on it."""

    id: int
    title: str
    circumstances: str
    actions: str
    results: str
    lesson: str | None
    competencies: tuple[str, ...]
    application_id: int | None
    profile_id: int | None
    question: str | None
    overall: int | None
    report: Report | None
    created_at: datetime
    updated_at: datetime

    @property
    def draft(self) -> StoryDraft:
        """The story's parts as a draft."""
        return StoryDraft(self.title, self.circumstances, self.actions, self.results, self.lesson,
                          self.competencies)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the fields (``poise.wire``) and the story as one answer."""
        return {**wire_fields(self), "text": story_text(self.draft)}


def prep_content(kb: KnowledgeBase) -> PrepContent:
    """The content under content/prep/ (always present once the knowledge base loads)."""
    if kb.prep is None:
        raise ContentError([ContentProblem("content/prep", 1, "the prep content did not load",
                                           "run `poise content check`")])
    return kb.prep


def _record(story: Story) -> StoryRecord:
    report = story.report
    overall = report.get("overall") if isinstance(report, dict) else None
    question = report.get("question") if isinstance(report, dict) else None
    return StoryRecord(
        id=story.id,
        title=story.title,
        circumstances=story.circumstances,
        actions=story.actions,
        results=story.results,
        lesson=story.lesson,
        competencies=tuple(story.competencies or ()),
        application_id=story.application_id,
        profile_id=story.profile_id,
        question=str(question) if question else None,
        overall=int(overall) if isinstance(overall, int | float) else None,
        report=Report.from_dict(report) if isinstance(report, dict) else None,
        created_at=story.created_at,
        updated_at=story.updated_at,
    )


def _draft_of(story: Story) -> StoryDraft:
    return StoryDraft(story.title, story.circumstances, story.actions, story.results, story.lesson,
                      tuple(story.competencies or ()))


def _role(session: Session, application_id: int | None) -> tuple[str, ...]:
    """The role's top requirements, as analysis context, when the story belongs to an application."""
    if application_id is None:
        return ()
    application = ApplicationRepository(session).get(application_id)
    return tuple(str(item["text"]) for item in top_requirements(application.fit))


def _check_links(session: Session, application_id: int | None, profile_id: int | None) -> None:
    if application_id is not None:
        ApplicationRepository(session).get(application_id)
    if profile_id is not None:
        ProfileRepository(session).get(profile_id)


def create_story(
    db: Database,
    draft: StoryDraft,
    *,
    application_id: int | None = None,
    profile_id: int | None = None,
    kb: KnowledgeBase | None = None,
) -> StoryRecord:
    """Check, judge and store a new story; the analyser's report is stored with it."""
    base = kb or knowledge_base()
    cleaned = clean_draft(draft, base)
    with db.session() as session:
        _check_links(session, application_id, profile_id)
        role = _role(session, application_id)
    _question, report = judge(cleaned, base, role=role)
    with db.session() as session:
        story = StoryRepository(session).add(Story(
            title=cleaned.title,
            circumstances=cleaned.circumstances,
            actions=cleaned.actions,
            results=cleaned.results,
            lesson=cleaned.lesson,
            competencies=list(cleaned.competencies),
            application_id=application_id,
            profile_id=profile_id,
            report=report.to_dict(),
        ))
        return _record(story)


def get_story(db: Database, story_id: int) -> StoryRecord:
    """One stored story; ``NotFoundError`` when there is none."""
    with db.session() as session:
        return _record(StoryRepository(session).get(story_id))


def list_stories(
    db: Database,
    *,
    application_id: int | None = None,
    competency: str | None = None,
    kb: KnowledgeBase | None = None,
) -> list[StoryRecord]:
    """Stored stories, oldest first, optionally of one application or competency."""
    base = kb or knowledge_base()
    if competency is not None and competency not in base.competencies:
        raise InputError(f"Unknown competency {competency!r}.",
                         hint=f"Use one of: {', '.join(base.competencies)}.")
    with db.session() as session:
        stories = StoryRepository(session).list(application_id=application_id, competency=competency)
        return [_record(story) for story in stories]


def update_story(
    db: Database,
    story_id: int,
    changes: Mapping[str, Any],
    *,
    kb: KnowledgeBase | None = None,
) -> StoryRecord:
    """Change a story's parts or links; it is judged again when its text or competencies change."""
    base = kb or knowledge_base()
    allowed = (*TEXT_FIELDS, *LINK_FIELDS)
    for name in changes:
        if name not in allowed:
            raise InputError(f"A story has no field {name!r} that can be changed.",
                             hint=f"Fields that can be changed: {', '.join(allowed)}.")
    with db.session() as session:
        story = StoryRepository(session).get(story_id)
        current = _draft_of(story)
        application_id = changes.get("application_id", story.application_id)
        profile_id = changes.get("profile_id", story.profile_id)
        _check_links(session, application_id, profile_id)
        role = _role(session, application_id)
    values: dict[str, Any] = {
        "title": current.title,
        "circumstances": current.circumstances,
        "actions": current.actions,
        "results": current.results,
        "lesson": current.lesson,
        "competencies": current.competencies,
    }
    for name in TEXT_FIELDS:
        if name in changes:
            value = changes[name]
            values[name] = tuple(value) if name == "competencies" else value
    cleaned = clean_draft(StoryDraft(**values), base)
    rejudge = cleaned != current or "application_id" in changes
    report = judge(cleaned, base, role=role)[1].to_dict() if rejudge else None
    with db.session() as session:
        fields: dict[str, Any] = {
            "title": cleaned.title,
            "circumstances": cleaned.circumstances,
            "actions": cleaned.actions,
            "results": cleaned.results,
            "lesson": cleaned.lesson,
            "competencies": list(cleaned.competencies),
            "application_id": application_id,
            "profile_id": profile_id,
        }
        if report is not None:
            fields["report"] = report
        story = StoryRepository(session).update(story_id, **fields)
        return _record(story)


def delete_story(db: Database, story_id: int) -> None:
    """Delete one story."""
    with db.session() as session:
        StoryRepository(session).delete(story_id)


def rejudge_story(db: Database, story_id: int, *, kb: KnowledgeBase | None = None) -> StoryRecord:
    """Judge a story again (after the analyser or the application's fit changed)."""
    base = kb or knowledge_base()
    with db.session() as session:
        story = StoryRepository(session).get(story_id)
        draft = clean_draft(_draft_of(story), base)
        role = _role(session, story.application_id)
    report = judge(draft, base, role=role)[1].to_dict()
    with db.session() as session:
        return _record(StoryRepository(session).update(story_id, report=report))


def _target_level(session: Session, story: Story, application_id: int | None) -> str | None:
    """The level to calibrate against: the application's, else the profile's, else None."""
    chosen = application_id if application_id is not None else story.application_id
    if chosen is not None:
        return ApplicationRepository(session).get(chosen).level
    if story.profile_id is not None:
        profile: CandidateProfile = ProfileRepository(session).get(story.profile_id)
        return profile.target_level
    return None


def calibrate_story(
    db: Database,
    story_id: int,
    *,
    target: str | None = None,
    application_id: int | None = None,
    kb: KnowledgeBase | None = None,
) -> Calibration:
    """How a stored story reads (manager, director, VP / C-level) against the target level."""
    base = kb or knowledge_base()
    if target is not None and target not in LEVEL_IDS:
        raise InputError(f"Unknown level {target!r}.", hint=f"Use one of: {', '.join(LEVEL_IDS)}.")
    with db.session() as session:
        story = StoryRepository(session).get(story_id)
        level = target or _target_level(session, story, application_id)
        text = story_text(_draft_of(story))
    return calibrate(text, target=level or DEFAULT_TARGET, levels=prep_content(base).levels,
                     linked=level is not None)


def story_summaries(session: Session, application_id: int | None) -> list[StorySummary]:
    """The stories that count for an application (its own and unattached ones), or all of them."""
    summaries: list[StorySummary] = []
    for story in StoryRepository(session).list():
        if application_id is not None and story.application_id not in (None, application_id):
            continue
        summaries.append(summary_from(story.id, _draft_of(story), story.report))
    return summaries


def story_coverage(
    db: Database,
    *,
    application_id: int | None = None,
    ratings: Mapping[str, int] | None = None,
    kb: KnowledgeBase | None = None,
) -> Coverage:
    """The coverage matrix for the story bank, with the application's top requirements if given."""
    base = kb or knowledge_base()
    with db.session() as session:
        fit: dict[str, Any] | None = None
        if application_id is not None:
            application: Application = ApplicationRepository(session).get(application_id)
            fit = application.fit
        stories = story_summaries(session, application_id)
    return build_coverage(stories, base, fit=fit, ratings=ratings)


# --- The story editor and the story bank page -----------------------------------------------------

UNTITLED = "Untitled story"


@dataclass(frozen=True)
class StoryFeedback:
    """A draft judged as typed (not stored): the question it answers, its report and its level."""

    question: StoryQuestion
    report: Report
    calibration: Calibration


def story_feedback(
    db: Database,
    draft: StoryDraft,
    *,
    application_id: int | None = None,
    target: str | None = None,
    kb: KnowledgeBase | None = None,
) -> StoryFeedback:
    """Judge and calibrate a draft without storing it; a draft with no title yet is fine.

    The target level is ``target``, else the application's, else none ("unlinked").
    """
    base = kb or knowledge_base()
    if target is not None and target not in LEVEL_IDS:
        raise InputError(f"Unknown level {target!r}.", hint=f"Use one of: {', '.join(LEVEL_IDS)}.")
    titled = draft if draft.title.strip() else replace(draft, title=UNTITLED)
    cleaned = clean_draft(titled, base)
    level = target
    with db.session() as session:
        role = _role(session, application_id)
        if target is None and application_id is not None:
            level = ApplicationRepository(session).get(application_id).level
    question, report = judge(cleaned, base, role=role)
    calibration = calibrate(story_text(cleaned), target=level or DEFAULT_TARGET,
                            levels=prep_content(base).levels, linked=level is not None)
    return StoryFeedback(question=question, report=report, calibration=calibration)


@dataclass(frozen=True)
class StoryBank:
    """The story bank page: every story, the coverage matrix and the applications to focus on."""

    stories: tuple[StoryRecord, ...]
    coverage: Coverage
    applications: tuple[tuple[int, str], ...]
    """(id, "Title at Company") of every application, oldest first."""
    application_id: int | None


def story_bank(
    db: Database, *, application_id: int | None = None, kb: KnowledgeBase | None = None
) -> StoryBank:
    """Every story with the coverage matrix (with one application's top requirements if given)."""
    base = kb or knowledge_base()
    with db.session() as session:
        if application_id is not None:
            ApplicationRepository(session).get(application_id)
        stories = tuple(_record(story) for story in StoryRepository(session).list())
        applications = tuple(
            (item.id, f"{item.title} at {item.company}")
            for item in ApplicationRepository(session).list()
        )
    coverage = story_coverage(db, application_id=application_id, kb=base)
    return StoryBank(stories=stories, coverage=coverage, applications=applications,
                     application_id=application_id)


@dataclass(frozen=True)
class StoryEditor:
    """The story editor: the stored story and its feedback (None for a new one), the applications."""

    story: StoryRecord | None
    feedback: StoryFeedback | None
    applications: tuple[tuple[int, str], ...]


def story_editor(
    db: Database,
    story_id: int | None = None,
    *,
    target: str | None = None,
    kb: KnowledgeBase | None = None,
) -> StoryEditor:
    """A stored story judged and calibrated as it stands (nothing for a new story), with the
    applications a story may belong to."""
    base = kb or knowledge_base()
    with db.session() as session:
        applications = tuple(
            (item.id, f"{item.title} at {item.company}")
            for item in ApplicationRepository(session).list()
        )
    if story_id is None:
        return StoryEditor(None, None, applications)
    record = get_story(db, story_id)
    feedback = story_feedback(db, record.draft, application_id=record.application_id, target=target,
                              kb=base)
    return StoryEditor(record, feedback, applications)
