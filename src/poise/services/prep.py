"""Prep services: salary and weakness drafts, key facts, the quiz and the one-page brief."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from poise.content.loader import KnowledgeBase, knowledge_base
from poise.errors import NotFoundError, QuizCardError
from poise.prep.brief import Brief, build_brief, fit_to_page
from poise.prep.company_facts import advert_facts
from poise.prep.quiz import (
    CardState,
    Check,
    FactDraft,
    check_answer,
    due_count,
    new_card,
    next_due,
    next_due_at,
    question_text,
    record_facts,
    review,
)
from poise.prep.salary import AdvertisedRange, SalaryPrep, advertised_range, check_range, salary_prep
from poise.prep.weakness import WeaknessPrep, weakness_prep
from poise.services.answers import own_answers
from poise.services.stories import prep_content, story_summaries
from poise.store.db import Database
from poise.store.models import Application, KeyFact, QuizCard
from poise.store.repositories import ApplicationRepository
from poise.wire import wire_fields

# --- salary and weakness ----------------------------------------------------------------------


def prepare_salary(
    db: Database | None,
    *,
    low: float,
    high: float,
    currency: str,
    source: str,
    role: str = "",
    company: str = "",
    application_id: int | None = None,
    kb: KnowledgeBase | None = None,
) -> SalaryPrep:
    """The turn-it-back and pressed salary answers from a market range, both judged.

    With ``application_id`` the role and company come from the stored application.
    """
    base = kb or knowledge_base()
    market = check_range(low, high, currency, source)
    if application_id is not None and db is not None:
        with db.session() as session:
            application = ApplicationRepository(session).get(application_id)
            role = role or application.title
            company = company or application.company
    return salary_prep(market, base, prep_content(base).salary, role=role, company=company)


def prepare_weakness(
    *,
    shortcoming: str = "",
    steps: str = "",
    progress: str = "",
    kb: KnowledgeBase | None = None,
) -> WeaknessPrep:
    """The weakness answer drafted from the worksheet and judged, with guidance on missing parts."""
    base = kb or knowledge_base()
    return weakness_prep(base, prep_content(base).weakness, shortcoming=shortcoming, steps=steps,
                         progress=progress)


# --- key facts --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FactRecord:
    """A stored key fact and its quiz card's state."""

    id: int
    application_id: int
    prompt: str
    answer: str
    source: str
    card_id: int | None
    box: int | None
    due_at: datetime | None
    last_result: str | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the fields (``poise.wire``)."""
        return wire_fields(self)


def _fact_record(fact: KeyFact) -> FactRecord:
    card = fact.card
    return FactRecord(
        id=fact.id,
        application_id=fact.application_id,
        prompt=fact.prompt,
        answer=fact.answer,
        source=fact.source,
        card_id=card.id if card else None,
        box=card.box if card else None,
        due_at=card.due_at if card else None,
        last_result=card.last_result if card else None,
    )


def _facts(session: Session, application_id: int) -> list[KeyFact]:
    query = select(KeyFact).where(KeyFact.application_id == application_id).order_by(KeyFact.id)
    return list(session.scalars(query))


def _start_card(fact: KeyFact, now: datetime) -> None:
    """Give a fact a fresh card (box 1, due now), reusing the card it has."""
    state = new_card(now)
    card = fact.card
    if card is None:
        fact.card = QuizCard(box=state.box, due_at=state.due_at, reviews=0, lapses=0)
        return
    card.box = state.box
    card.due_at = state.due_at
    card.last_result = None
    card.reviews = 0
    card.lapses = 0
    card.last_reviewed_at = None


def _upsert_facts(
    session: Session, application_id: int, facts: Sequence[FactDraft], now: datetime
) -> list[KeyFact]:
    """Add facts, or change the answer of one with the same prompt (its card starts over)."""
    existing = {fact.prompt: fact for fact in _facts(session, application_id)}
    stored: list[KeyFact] = []
    for draft in facts:
        fact = existing.get(draft.prompt)
        if fact is None:
            fact = KeyFact(application_id=application_id, prompt=draft.prompt, answer=draft.answer,
                           source=draft.source)
            session.add(fact)
            existing[draft.prompt] = fact
            _start_card(fact, now)
        elif fact.answer != draft.answer or fact.source != draft.source:
            fact.answer = draft.answer
            fact.source = draft.source
            _start_card(fact, now)
        elif fact.card is None:
            _start_card(fact, now)
        stored.append(fact)
    session.flush()
    return stored


def add_facts(
    db: Database,
    application_id: int,
    facts: Sequence[FactDraft],
    *,
    now: datetime | None = None,
) -> list[FactRecord]:
    """Store facts for an application (same prompt: the answer is replaced) with new quiz cards."""
    moment = now or datetime.now(UTC)
    with db.session() as session:
        ApplicationRepository(session).get(application_id)
        return [_fact_record(fact) for fact in _upsert_facts(session, application_id, facts, moment)]


def list_facts(db: Database, application_id: int) -> list[FactRecord]:
    """An application's key facts, oldest first, with their quiz state."""
    with db.session() as session:
        ApplicationRepository(session).get(application_id)
        return [_fact_record(fact) for fact in _facts(session, application_id)]


def delete_fact(db: Database, application_id: int, fact_id: int) -> None:
    """Delete one of an application's facts (its card goes with it)."""
    with db.session() as session:
        fact = session.get(KeyFact, fact_id)
        if fact is None or fact.application_id != application_id:
            raise NotFoundError(
                f"Application {application_id} has no fact with id {fact_id}.",
                hint=f"List its facts at /api/v1/applications/{application_id}/facts.",
            )
        session.delete(fact)


def sync_facts(
    db: Database, application_id: int, *, now: datetime | None = None,
    kb: KnowledgeBase | None = None,
) -> list[FactRecord]:
    """Add the facts the application already holds (idempotent): the candidate's own record
    from the fit, and, while the application has no company facts yet, those the job advert
    states (so a company fact the candidate edited is never overwritten)."""
    moment = now or datetime.now(UTC)
    patterns = prep_content(kb or knowledge_base()).company_facts
    with db.session() as session:
        application = ApplicationRepository(session).get(application_id)
        drafts = record_facts(application.fit)
        if not any(fact.source == "company" for fact in _facts(session, application_id)):
            drafts += advert_facts(application.job_text, application.company, patterns)
        return [_fact_record(fact) for fact in _upsert_facts(session, application_id, drafts, moment)]


# --- quiz -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuizStatus:
    """The next card to ask (if any is due) and where the deck stands."""

    application_id: int
    card_id: int | None
    question: str | None
    source: str | None
    box: int | None
    due: int
    total: int
    next_due_at: datetime | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the fields (``poise.wire``)."""
        return wire_fields(self)


@dataclass(frozen=True)
class QuizResult:
    """The verdict on one answer and when the card comes back."""

    card_id: int
    check: Check
    box: int
    due_at: datetime

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "card_id": self.card_id,
            **self.check.to_dict(),
            "box": self.box,
            "due_at": self.due_at.isoformat(),
        }


def _state(card: QuizCard) -> CardState:
    return CardState(box=card.box, due_at=card.due_at, last_result=card.last_result,
                     reviews=card.reviews, lapses=card.lapses,
                     last_reviewed_at=card.last_reviewed_at)


def _cards(session: Session, application_id: int) -> list[tuple[QuizCard, KeyFact]]:
    query = (
        select(QuizCard, KeyFact)
        .join(KeyFact, QuizCard.key_fact_id == KeyFact.id)
        .where(KeyFact.application_id == application_id)
        .order_by(QuizCard.id)
    )
    pairs: list[tuple[QuizCard, KeyFact]] = []
    for card, fact in session.execute(query):
        pairs.append((card, fact))
    return pairs


def quiz_next(
    db: Database, application_id: int, *, now: datetime | None = None, sync: bool = True
) -> QuizStatus:
    """The card to ask now (the longest overdue) and the deck's counts.

    With ``sync`` the facts of the candidate's record are first added from the fit (idempotent).
    """
    moment = now or datetime.now(UTC)
    if sync:
        sync_facts(db, application_id, now=moment)
    with db.session() as session:
        application: Application = ApplicationRepository(session).get(application_id)
        pairs = _cards(session, application_id)
        states = [(card.id, _state(card)) for card, _fact in pairs]
        chosen = next_due(states, moment)
        card_id = question = source = box = None
        for card, fact in pairs:
            if card.id == chosen:
                card_id, box, source = card.id, card.box, fact.source
                question = question_text(fact.prompt, application.company)
        return QuizStatus(
            application_id=application_id,
            card_id=card_id,
            question=question,
            source=source,
            box=box,
            due=due_count(states, moment),
            total=len(states),
            next_due_at=next_due_at(states),
        )


def quiz_answer(
    db: Database,
    application_id: int,
    card_id: int,
    answer: str,
    *,
    now: datetime | None = None,
    record: bool = True,
) -> QuizResult:
    """Check a typed answer and move the card along its schedule (``record=False``: practice only)."""
    moment = now or datetime.now(UTC)
    with db.session() as session:
        ApplicationRepository(session).get(application_id)
        card = session.get(QuizCard, card_id)
        if card is None or card.fact.application_id != application_id:
            raise QuizCardError(
                f"Application {application_id} has no quiz card {card_id}.",
                hint=f"Ask for the next card at /api/v1/applications/{application_id}/quiz/next.",
            )
        verdict = check_answer(answer, card.fact.answer)
        if not record:
            return QuizResult(card.id, verdict, card.box, card.due_at)
        updated = review(_state(card), correct=verdict.correct, now=moment)
        card.box = updated.box
        card.due_at = updated.due_at
        card.last_result = updated.last_result
        card.reviews = updated.reviews
        card.lapses = updated.lapses
        card.last_reviewed_at = updated.last_reviewed_at
        session.flush()
        return QuizResult(card.id, verdict, card.box, card.due_at)


# --- brief ------------------------------------------------------------------------------------


def application_brief(
    db: Database,
    application_id: int,
    *,
    today: date | None = None,
    kb: KnowledgeBase | None = None,
) -> Brief:
    """The one-page brief of an application from its fit, its facts and the story bank."""
    base = kb or knowledge_base()
    if db.scope is None or not db.scope.read_only:  # a coach's shared view reads, never writes
        sync_facts(db, application_id, kb=base)
    with db.session() as session:
        application = ApplicationRepository(session).get(application_id)
        facts = [FactDraft(fact.prompt, fact.answer, fact.source)  # type: ignore[arg-type]
                 for fact in _facts(session, application_id)]
        stories = story_summaries(session, application_id)
        mine = {key: answer.text for key, answer in own_answers(application.answers).items()}
        return build_brief(
            company=application.company,
            title=application.title,
            level=application.level,
            fit=application.fit,
            facts=facts,
            stories=stories,
            own_answers=mine,
            kb=base,
            today=today or datetime.now(UTC).date(),
        )


def brief_html(db: Database, application_id: int, *, today: date | None = None) -> str:
    """The brief as a printable HTML page, in the type size that fits one A4 page."""
    return fit_to_page(application_brief(db, application_id, today=today))[0]


def brief_pdf(db: Database, application_id: int, *, today: date | None = None) -> bytes:
    """The brief as a one-page A4 PDF."""
    return fit_to_page(application_brief(db, application_id, today=today))[1]


# --- pages: the quiz and the salary/weakness prep of one application -----------------------------


@dataclass(frozen=True)
class QuizOverview:
    """The quiz page: the application, the card due now and every key fact with its card."""

    application_id: int
    company: str
    title: str
    status: QuizStatus
    facts: tuple[FactRecord, ...]


def quiz_overview(db: Database, application_id: int, *, now: datetime | None = None) -> QuizOverview:
    """The next due card (after adding the record's facts from the fit) and all the facts."""
    status = quiz_next(db, application_id, now=now)
    with db.session() as session:
        application = ApplicationRepository(session).get(application_id)
        facts = tuple(_fact_record(fact) for fact in _facts(session, application_id))
        return QuizOverview(application_id, application.company, application.title, status, facts)


@dataclass(frozen=True)
class SalaryInput:
    """A market range as typed: the lowest and highest pay, the currency and where it comes from."""

    low: float
    high: float
    currency: str
    source: str


@dataclass(frozen=True)
class WeaknessInput:
    """The weakness worksheet as typed."""

    shortcoming: str = ""
    steps: str = ""
    progress: str = ""


@dataclass(frozen=True)
class ApplicationPrep:
    """Salary and weakness answers prepared for one application (None: not asked for)."""

    application_id: int
    company: str
    title: str
    salary: SalaryPrep | None = None
    weakness: WeaknessPrep | None = None


def advert_salary(
    db: Database, application_id: int, *, kb: KnowledgeBase | None = None
) -> AdvertisedRange | None:
    """The pay range the application's job advert states, if it states one."""
    base = kb or knowledge_base()
    with db.session() as session:
        job_text = ApplicationRepository(session).get(application_id).job_text
    return advertised_range(job_text, prep_content(base).salary.advert_cues)


def advert_source(kb: KnowledgeBase | None = None) -> str:
    """How the salary answer names a range taken from the job advert ("the advert")."""
    return prep_content(kb or knowledge_base()).salary.advert_source


def prepare_for_application(
    db: Database,
    application_id: int,
    *,
    salary: SalaryInput | None = None,
    weakness: WeaknessInput | None = None,
    kb: KnowledgeBase | None = None,
) -> ApplicationPrep:
    """The salary answers and/or the weakness answer for an application, each judged."""
    base = kb or knowledge_base()
    with db.session() as session:
        application = ApplicationRepository(session).get(application_id)
        company, title = application.company, application.title
    salary_result = None
    if salary is not None:
        salary_result = prepare_salary(None, low=salary.low, high=salary.high,
                                       currency=salary.currency, source=salary.source, role=title,
                                       company=company, kb=base)
    weakness_result = None
    if weakness is not None:
        weakness_result = prepare_weakness(shortcoming=weakness.shortcoming, steps=weakness.steps,
                                           progress=weakness.progress, kb=base)
    return ApplicationPrep(application_id, company, title, salary_result, weakness_result)


def quiz_turn(
    db: Database, application_id: int, card_id: int, answer: str, *, now: datetime | None = None
) -> tuple[QuizResult, QuizOverview]:
    """Answer one card, then the quiz as it stands after it (the next due card, the facts)."""
    moment = now or datetime.now(UTC)
    result = quiz_answer(db, application_id, card_id, answer, now=moment)
    return result, quiz_overview(db, application_id, now=moment)
