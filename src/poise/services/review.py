"""The coach's review: a candidate shares an application with a coach, who sees only that, comments
on turns and stories quoting the words, and sets practice; every look is in the candidate's log.

A coach reads the candidate's material through a read-only scope narrowed to the shared
applications (``Scope.viewer``), so the store itself refuses everything else; an unshared or
revoked id is "not found", exactly like an id that names nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select

from poise.content.loader import KnowledgeBase, knowledge_base
from poise.errors import AccountError, InputError, NotFoundError
from poise.interview.progress import Progress
from poise.interview.session_report import SessionReport
from poise.services.accounts import Account
from poise.services.practice import (
    PracticeSummary,
    list_practice,
    practice_progress,
    practice_report,
    start_practice,
)
from poise.services.prep import brief_html
from poise.services.stories import StoryRecord, get_story, list_stories
from poise.store import review as store
from poise.store.db import Database
from poise.store.models import (
    Application,
    PracticeAssignment,
    PracticeSession,
    ReviewComment,
    Share,
    Story,
    Turn,
)
from poise.store.repositories import ApplicationRepository
from poise.store.scope import Scope

MAX_COMMENT_CHARS = 4000
MAX_QUOTE_CHARS = 600
MAX_ASSIGNED_QUESTIONS = 10


@dataclass(frozen=True)
class ShareView:
    """One live share: which application, whose, with which coach."""

    id: int
    application_id: int
    company: str
    title: str
    candidate_id: int
    candidate: str
    coach: str
    created_at: datetime


@dataclass(frozen=True)
class CommentView:
    """A coach's comment as the candidate (or the coach) sees it."""

    id: int
    target: str
    target_id: int
    coach: str
    quote: str
    body: str
    created_at: datetime


@dataclass(frozen=True)
class AssignmentView:
    """Practice a coach set, as it shows in the candidate's next actions."""

    id: int
    application_id: int
    format: str
    format_name: str
    questions: tuple[str, ...]
    question_ids: tuple[str, ...]
    due_on: date | None
    note: str
    coach: str


@dataclass(frozen=True)
class AuditView:
    """One line of the candidate's audit log."""

    at: datetime
    who: str
    action: str
    subject: str


@dataclass(frozen=True)
class CandidateSummary:
    """A coach's candidate: the shared applications, recent sessions and progress."""

    candidate_id: int
    candidate: str
    shares: tuple[ShareView, ...]
    recent_sessions: tuple[PracticeSummary, ...]
    progress: Progress


@dataclass(frozen=True)
class ReviewedApplication:
    """What a coach sees of one shared application."""

    share: ShareView
    stage: str
    has_fit: bool
    fit_map: tuple[dict[str, str], ...]
    """Each requirement of the job with how strongly the résumé meets it and the words quoted."""
    concerns: tuple[dict[str, Any], ...]
    stories: tuple[StoryRecord, ...]
    sessions: tuple[PracticeSummary, ...]
    progress: Progress
    comments: dict[int, tuple[CommentView, ...]]
    """Comments on the stories, by story id."""


@dataclass(frozen=True)
class ReviewedSession:
    """What a coach sees of one session of a shared application: the report and the comments."""

    share: ShareView
    session_id: int
    report: SessionReport
    turns: tuple[dict[str, Any], ...]
    """Each turn: number, prompt, answer, score, notes, and the comments on it."""


def _now() -> datetime:
    return datetime.now(UTC)


def _display(email: str, name: str) -> str:
    return name or email


def _share_view(share: Share, application: Application | None, names: dict[int, Any]) -> ShareView:
    candidate = names.get(share.candidate_id)
    coach = names.get(share.coach_id)
    return ShareView(
        id=share.id, application_id=share.application_id,
        company=application.company if application else "", title=application.title if application else "",
        candidate_id=share.candidate_id,
        candidate=_display(candidate.email, candidate.name) if candidate else "",
        coach=_display(coach.email, coach.name) if coach else "",
        created_at=share.created_at,
    )


def _viewer(db: Database, share: Share) -> Database:
    return db.scoped(Scope.viewer(share.candidate_id, [share.application_id]))


def _log(db: Database, coach: Account, share: Share, action: str, subject: str) -> None:
    with db.system().session() as session:
        actor = store.accounts_by_id(session, {coach.id}).get(coach.id)
        store.record_view(session, candidate_id=share.candidate_id, actor=actor,
                          actor_email=coach.email, action=action, subject=subject)


def _live_share(db: Database, coach: Account, share_id: int) -> Share:
    with db.system().session() as session:
        share = store.live_share(session, share_id, coach_id=coach.id)
        if share is None:
            raise NotFoundError(f"No shared application with id {share_id}.",
                                hint="Open your list of candidates: it shows what is shared with you.")
        return share


def _application_of(db: Database, share: Share) -> Application:
    with _viewer(db, share).session() as session:
        return ApplicationRepository(session).get(share.application_id)


# --- The candidate's side ----------------------------------------------------------------------


def coach_choices(db: Database) -> list[tuple[str, str]]:
    """(e-mail, name) of every account a candidate can share with."""
    with db.system().session() as session:
        return [(account.email, account.name) for account in store.coaches(session)]


def share_application(db: Database, candidate: Account, application_id: int, coach_email: str) -> ShareView:
    """Share one of the candidate's applications with a coach (an existing live share is kept)."""
    with db.scoped(Scope(candidate.id)).session() as session:
        application = ApplicationRepository(session).get(application_id)
        company, title = application.company, application.title
    address = coach_email.strip().lower()
    with db.system().session() as session:
        coach = None
        for account in store.coaches(session):
            if account.email == address:
                coach = account
        if coach is None or coach.id == candidate.id:
            raise AccountError(f"{coach_email.strip()[:80]!r} is not a coach here.",
                               hint="Choose one of the coaches listed.", field="coach")
        share = store.existing_share(session, candidate_id=candidate.id, coach_id=coach.id,
                                     application_id=application_id)
        if share is None:
            share = store.add_share(session, candidate_id=candidate.id, coach_id=coach.id,
                                    application_id=application_id)
        names = store.accounts_by_id(session, {candidate.id, coach.id})
        view = _share_view(share, None, names)
    return replace(view, company=company, title=title)


def revoke_share(db: Database, candidate: Account, share_id: int) -> None:
    """End one of the candidate's shares at once."""
    with db.system().session() as session:
        share = store.candidate_share(session, share_id, candidate_id=candidate.id)
        if share is None:
            raise NotFoundError(f"No share with id {share_id}.", hint="See your shares.")
        store.revoke(share, now=_now())


def shares_of(db: Database, candidate: Account) -> list[ShareView]:
    """The candidate's live shares."""
    with db.system().session() as session:
        shares = store.candidate_shares(session, candidate.id)
        names = store.accounts_by_id(session, {share.coach_id for share in shares} | {candidate.id})
    with db.scoped(Scope(candidate.id)).session() as session:
        repository = ApplicationRepository(session)
        applications = {application.id: application for application in repository.list()}
    return [_share_view(share, applications.get(share.application_id), names) for share in shares]


def _comment_view(comment: ReviewComment, names: dict[int, Any]) -> CommentView:
    coach = names.get(comment.coach_id) if comment.coach_id else None
    return CommentView(id=comment.id, target=comment.target, target_id=comment.target_id,
                       coach=_display(coach.email, coach.name) if coach else "a former coach",
                       quote=comment.quote, body=comment.body, created_at=comment.created_at)


def _comments(db: Database, candidate_id: int, target: str,
              ids: list[int]) -> dict[int, tuple[CommentView, ...]]:
    with db.system().session() as session:
        found = store.comments_for(session, candidate_id=candidate_id, target=target, target_ids=ids)
        names = store.accounts_by_id(session, {c.coach_id for c in found if c.coach_id})
        grouped: dict[int, list[CommentView]] = {}
        for comment in found:
            grouped.setdefault(comment.target_id, []).append(_comment_view(comment, names))
    return {key: tuple(items) for key, items in grouped.items()}


def session_comments(db: Database, candidate: Account, session_id: int) -> dict[int, tuple[CommentView, ...]]:
    """The coaches' comments on the candidate's own session, by turn number (1, 2, ...)."""
    with db.scoped(Scope(candidate.id)).session() as session:
        turns = list(session.scalars(select(Turn).where(Turn.session_id == session_id)))
        numbers = {turn.id: turn.position + 1 for turn in turns}
    by_turn = _comments(db, candidate.id, "turn", list(numbers))
    return {numbers[turn_id]: comments for turn_id, comments in by_turn.items()}


def story_comments(db: Database, candidate: Account, story_id: int) -> tuple[CommentView, ...]:
    """The coaches' comments on one of the candidate's stories."""
    return _comments(db, candidate.id, "story", [story_id]).get(story_id, ())


def assignments_for(
    db: Database, candidate: Account, *, kb: KnowledgeBase | None = None
) -> list[AssignmentView]:
    """Practice the candidate's coaches set, not yet done, soonest due first."""
    base = kb or knowledge_base()
    _mark_practised(db, candidate)
    with db.system().session() as session:
        found = store.pending_assignments(session, candidate.id)
        names = store.accounts_by_id(session, {a.coach_id for a in found if a.coach_id})
        views: list[AssignmentView] = []
        for item in found:
            coach = names.get(item.coach_id) if item.coach_id else None
            interview_format = base.formats.get(item.format)
            questions = tuple(base.questions[qid].text for qid in item.question_ids
                              if qid in base.questions)
            views.append(AssignmentView(
                id=item.id, application_id=item.application_id, format=item.format,
                format_name=interview_format.name if interview_format else item.format,
                questions=questions, question_ids=tuple(item.question_ids), due_on=item.due_on,
                note=item.note, coach=_display(coach.email, coach.name) if coach else "your coach",
            ))
    return views


def _mark_practised(db: Database, candidate: Account) -> None:
    """Practice set by a coach is done once the candidate starts a session of that format for
    that application after it was set."""
    with db.system().session() as session:
        pending = [(item.id, item.application_id, item.format, item.created_at)
                   for item in store.pending_assignments(session, candidate.id)]
    if not pending:
        return
    done: list[int] = []
    with db.scoped(Scope(candidate.id)).session() as session:
        for item_id, application_id, interview_format, created_at in pending:
            query = select(PracticeSession.id).where(
                PracticeSession.application_id == application_id,
                PracticeSession.format == interview_format,
                PracticeSession.started_at >= created_at,
            ).limit(1)
            if session.scalar(query) is not None:
                done.append(item_id)
    if done:
        with db.system().session() as session:
            store.mark_done(session, done, now=_now())


def start_assignment(db: Database, candidate: Account, assignment_id: int, *,
                     kb: KnowledgeBase | None = None) -> int:
    """Start the mock interview a coach set, asking the chosen questions first; its session id."""
    with db.system().session() as session:
        item = store.candidate_assignment(session, assignment_id, candidate_id=candidate.id)
        if item is None:
            raise NotFoundError(f"No practice to do with id {assignment_id}.",
                                hint="The practice your coaches set is on your home page.")
        interview_format, application_id = item.format, item.application_id
        questions = list(item.question_ids)
    step = start_practice(db.scoped(Scope(candidate.id)), interview_format=interview_format,
                          application_id=application_id, queue=questions, kb=kb)
    return step.session_id


def audit_for(db: Database, candidate: Account) -> list[AuditView]:
    """Who looked at the candidate's material, newest first."""
    with db.system().session() as session:
        return [AuditView(at=event.at, who=event.actor_email, action=event.action, subject=event.subject)
                for event in store.audit_log(session, candidate.id)]


# --- The coach's side ----------------------------------------------------------------------


def coach_candidates(
    db: Database, coach: Account, *, kb: KnowledgeBase | None = None
) -> list[CandidateSummary]:
    """Each candidate who shared with this coach: the shares, recent sessions and progress."""
    base = kb or knowledge_base()
    with db.system().session() as session:
        shares = store.coach_shares(session, coach.id)
        names = store.accounts_by_id(session, {share.candidate_id for share in shares} | {coach.id})
    by_candidate: dict[int, list[Share]] = {}
    for share in shares:
        by_candidate.setdefault(share.candidate_id, []).append(share)
    summaries: list[CandidateSummary] = []
    for candidate_id, own in by_candidate.items():
        viewer = db.scoped(Scope.viewer(candidate_id, [share.application_id for share in own]))
        with viewer.session() as session:
            applications = {a.id: a for a in ApplicationRepository(session).list()}
        sessions = list_practice(viewer)
        candidate = names[candidate_id]
        summaries.append(CandidateSummary(
            candidate_id=candidate_id, candidate=_display(candidate.email, candidate.name),
            shares=tuple(_share_view(share, applications.get(share.application_id), names)
                         for share in own),
            recent_sessions=tuple(reversed(sessions[-5:])),
            progress=practice_progress(viewer, kb=base),
        ))
        for share in own:
            _log(db, coach, share, "listed", f"{applications[share.application_id].company} (candidate list)"
                 if share.application_id in applications else "candidate list")
    return summaries


def review_application(db: Database, coach: Account, share_id: int, *,
                       kb: KnowledgeBase | None = None) -> ReviewedApplication:
    """One shared application as the coach sees it; the look goes into the candidate's log."""
    base = kb or knowledge_base()
    share = _live_share(db, coach, share_id)
    viewer = _viewer(db, share)
    application = _application_of(db, share)
    stories = tuple(list_stories(viewer, application_id=share.application_id))
    with db.system().session() as session:
        names = store.accounts_by_id(session, {share.candidate_id, share.coach_id})
    concerns = tuple((application.fit or {}).get("concerns") or [])
    _log(db, coach, share, "viewed", f"application {application.company} – {application.title}")
    return ReviewedApplication(
        share=_share_view(share, application, names), stage=application.stage,
        has_fit=application.fit is not None, fit_map=_fit_map(application.fit or {}),
        concerns=concerns,
        stories=stories, sessions=tuple(list_practice(viewer, application_id=share.application_id)),
        progress=practice_progress(viewer, application_id=share.application_id, kb=base),
        comments=_comments(db, share.candidate_id, "story", [story.id for story in stories]),
    )


def _fit_map(fit: dict[str, Any]) -> tuple[dict[str, str], ...]:
    """The stored fit map as rows: requirement, strength of the match, the résumé's words."""
    matches = {str(match.get("requirement_id")): match for match in fit.get("matches") or []}
    rows: list[dict[str, str]] = []
    for requirement in fit.get("requirements") or []:
        match = matches.get(str(requirement.get("id")), {})
        rows.append({"requirement": str(requirement.get("text", "")),
                     "strength": str(match.get("strength") or "none"),
                     "quote": str(match.get("quote") or "")})
    return tuple(rows)


def review_session(db: Database, coach: Account, share_id: int, session_id: int, *,
                   kb: KnowledgeBase | None = None) -> ReviewedSession:
    """One session of a shared application with its turns and the comments on them."""
    share = _live_share(db, coach, share_id)
    viewer = _viewer(db, share)
    report = practice_report(viewer, session_id, kb=kb)
    with viewer.session() as session:
        turns = list(session.scalars(select(Turn).where(Turn.session_id == session_id)
                                     .order_by(Turn.position)))
        rows = [(turn.id, turn.position + 1, turn.prompt_text, turn.answer_text or "",
                 (turn.report or {}).get("score"), (turn.report or {}).get("notes") or [])
                for turn in turns]
    comments = _comments(db, share.candidate_id, "turn", [row[0] for row in rows])
    application = _application_of(db, share)
    with db.system().session() as session:
        names = store.accounts_by_id(session, {share.candidate_id, share.coach_id})
    _log(db, coach, share, "viewed", f"practice session {session_id} ({application.company})")
    return ReviewedSession(
        share=_share_view(share, application, names), session_id=session_id, report=report,
        turns=tuple({"id": turn_id, "number": number, "prompt": prompt, "answer": answer,
                     "score": score, "notes": notes, "comments": comments.get(turn_id, ())}
                    for turn_id, number, prompt, answer, score, notes in rows),
    )


def review_brief(db: Database, coach: Account, share_id: int) -> str:
    """The shared application's one-page brief as printable HTML."""
    share = _live_share(db, coach, share_id)
    html = brief_html(_viewer(db, share), share.application_id)
    _log(db, coach, share, "viewed", "the prep brief")
    return html


def review_story(db: Database, coach: Account, share_id: int, story_id: int) -> StoryRecord:
    """One story of a shared application."""
    share = _live_share(db, coach, share_id)
    story = get_story(_viewer(db, share), story_id)
    _log(db, coach, share, "viewed", f"story {story.title}")
    return story


def _clean_comment(quote: str, body: str, source: str) -> tuple[str, str]:
    text = body.strip()
    if not text:
        raise InputError("The comment is empty.", hint="Write what the candidate should keep or change.",
                         field="body")
    if len(text) > MAX_COMMENT_CHARS:
        raise InputError(f"The comment is longer than {MAX_COMMENT_CHARS} characters.",
                         hint="Shorten it.", field="body")
    words = " ".join(quote.split())
    if len(words) > MAX_QUOTE_CHARS:
        raise InputError(f"The quote is longer than {MAX_QUOTE_CHARS} characters.",
                         hint="Quote only the words the comment is about.", field="quote")
    if words and words.lower() not in " ".join(source.split()).lower():
        raise InputError("The quoted words are not in the answer.",
                         hint="Copy the words exactly from the answer or story, or leave the quote empty.",
                         field="quote")
    return words, text


def comment_on_turn(db: Database, coach: Account, share_id: int, session_id: int, number: int,
                    *, quote: str, body: str) -> CommentView:
    """Comment on turn ``number`` of a shared session, quoting words of its answer."""
    share = _live_share(db, coach, share_id)
    with _viewer(db, share).session() as session:
        turn = session.scalars(select(Turn).where(Turn.session_id == session_id,
                                                  Turn.position == number - 1)).first()
        if turn is None:
            raise NotFoundError(f"No turn {number} in session {session_id}.",
                                hint="Open the session to see its turns.")
        turn_id, answer = turn.id, turn.answer_text or ""
    words, text = _clean_comment(quote, body, answer)
    return _add_comment(db, coach, share, "turn", turn_id, words, text,
                        f"turn {number} of practice session {session_id}")


def comment_on_story(db: Database, coach: Account, share_id: int, story_id: int,
                     *, quote: str, body: str) -> CommentView:
    """Comment on a story of a shared application, quoting its words."""
    share = _live_share(db, coach, share_id)
    with _viewer(db, share).session() as session:
        story = session.get(Story, story_id)
        if story is None:
            raise NotFoundError(f"No story with id {story_id}.", hint="Open the shared application.")
        source = " ".join([story.title, story.circumstances, story.actions, story.results,
                           story.lesson or ""])
        title = story.title
    words, text = _clean_comment(quote, body, source)
    return _add_comment(db, coach, share, "story", story_id, words, text, f"story {title}")


def _add_comment(db: Database, coach: Account, share: Share, target: str, target_id: int,
                 quote: str, body: str, subject: str) -> CommentView:
    with db.system().session() as session:
        comment = store.add_comment(session, ReviewComment(
            candidate_id=share.candidate_id, coach_id=coach.id, share_id=share.id, target=target,
            target_id=target_id, quote=quote, body=body,
        ))
        names = store.accounts_by_id(session, {coach.id})
        view = _comment_view(comment, names)
    _log(db, coach, share, "commented", subject)
    return view


def assign_practice(db: Database, coach: Account, share_id: int, *, interview_format: str,
                    question_ids: list[str], due_on: date | None, note: str = "",
                    kb: KnowledgeBase | None = None) -> AssignmentView:
    """Set practice on a shared application: a format, chosen bank questions, a due date."""
    base = kb or knowledge_base()
    share = _live_share(db, coach, share_id)
    if interview_format not in base.formats:
        raise InputError(f"{interview_format!r} is not an interview format.",
                         hint=f"Choose one of: {', '.join(sorted(base.formats))}.", field="format")
    chosen = [qid.strip() for qid in question_ids if qid.strip()]
    unknown = [qid for qid in chosen if qid not in base.questions]
    if unknown:
        raise InputError(f"Not a bank question: {', '.join(unknown[:3])}.",
                         hint="Pick questions from the question bank (their ids).", field="questions")
    if len(chosen) > MAX_ASSIGNED_QUESTIONS:
        raise InputError(f"Choose at most {MAX_ASSIGNED_QUESTIONS} questions.", hint="Remove some.",
                         field="questions")
    if due_on is not None and due_on < datetime.now(UTC).date():
        raise InputError("The due date is in the past.", hint="Pick today or a later day.", field="due_on")
    with db.system().session() as session:
        added = store.add_assignment(session, PracticeAssignment(
            candidate_id=share.candidate_id, coach_id=coach.id, application_id=share.application_id,
            format=interview_format, question_ids=chosen, due_on=due_on, note=note.strip()[:1000],
        ))
        added_id = added.id
    _log(db, coach, share, "assigned", f"{base.formats[interview_format].name} practice")
    candidate = Account(id=share.candidate_id, email="", name="", role="candidate", disabled=False,
                        can_sign_in=True, created_at=share.created_at)
    for view in assignments_for(db, candidate, kb=base):
        if view.id == added_id:
            return view
    raise NotFoundError("The practice just set cannot be read back.", hint="Reload the page.")
