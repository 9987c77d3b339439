"""Fit services: a job and a résumé → the fit map and concerns; applications stored with their fit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from poise.analysis import AnalysisContext, Report, analyse, nlp
from poise.content.loader import KnowledgeBase, knowledge_base
from poise.errors import InputError, NotFoundError
from poise.fit.concerns import Concern
from poise.fit.evidence_rank import shipped_ranker
from poise.fit.intake import read_document, read_text
from poise.fit.job_reader import read_job
from poise.fit.limits import check_length
from poise.fit.questions import CandidateQuestion, RoleQuestion, TailoredQuestions, tailored_questions
from poise.fit.result import FitResult, assess, evaluation_view
from poise.fit.resume_reader import read_resume
from poise.fit.verdict_head import shipped_verdict_head
from poise.followup.application import FitView, read_fit
from poise.services.answers import OwnAnswer, own_answers
from poise.store.db import Database
from poise.store.models import Application
from poise.store.repositories import ApplicationRepository


def build_fit(
    job_text: str,
    resume_text: str,
    *,
    kb: KnowledgeBase | None = None,
    today: date | None = None,
) -> FitResult:
    """The fit of a résumé to a job (DocumentEmptyError when either text is empty, InputError when
    either is longer than ``MAX_DOCUMENT_CHARS``)."""
    job = check_length(read_text(job_text, what="job description"), what="job description")
    resume = check_length(read_text(resume_text, what="résumé"), what="résumé")
    return assess(job, resume, embed=nlp.embedder().embed, kb=kb, today=today,
                  verdict_head=shipped_verdict_head(), evidence_ranker=shipped_ranker())


def fit_evaluation(
    job_text: str, resume_text: str, *, today: date | None = None
) -> dict[str, Any]:
    """What Poise read and concluded from a job and a résumé, as plain data for an evaluation
    harness: ``evaluation_view(build_fit(...))`` (fields documented on ``evaluation_view``)."""
    return evaluation_view(build_fit(job_text, resume_text, today=today))


def fit_from_files(job_path: Path, resume_path: Path, *, today: date | None = None) -> FitResult:
    """The fit of a résumé file to a job file (.txt, .md, .pdf or .docx)."""
    job = read_document(job_path, what="job description")
    resume = read_document(resume_path, what="résumé")
    return build_fit(job, resume, today=today)


@dataclass(frozen=True)
class FitReport:
    """The fit of a résumé to a job with the questions likely for the role and the questions to
    ask; ``application_id`` once it is stored."""

    fit: FitResult
    questions: TailoredQuestions
    application_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The fit's JSON shape plus ``questions`` and ``questions_to_ask`` (and the id, if stored)."""
        data = self.fit.to_dict()
        data.update(self.questions.to_dict())
        if self.application_id is not None:
            data["application_id"] = self.application_id
        return data


def fit_report(fit: FitResult, *, kb: KnowledgeBase | None = None) -> FitReport:
    """The fit plus the questions likely for the role and the questions to ask."""
    return FitReport(fit=fit, questions=tailored_questions(fit, kb or knowledge_base()))


@dataclass(frozen=True)
class ApplicationRecord:
    """A stored application as the edges see it: the texts, the stage, the stored fit document
    (``FitResult.to_dict``) and the candidate's own answers to its concerns."""

    id: int
    company: str
    title: str
    level: str
    stage: str
    round: int
    job_text: str
    resume_text: str
    fit: Mapping[str, Any] | None
    created_at: datetime | None
    answers: Mapping[str, OwnAnswer] = field(default_factory=dict)

    @classmethod
    def of(cls, row: Application) -> ApplicationRecord:
        """The values of a stored row (read inside its database session)."""
        return cls(id=row.id, company=row.company, title=row.title, level=row.level,
                   stage=row.stage, round=row.round or 0, job_text=row.job_text or "",
                   resume_text=row.resume_text or "", fit=row.fit, created_at=row.created_at,
                   answers=own_answers(row.answers))

    @property
    def fit_view(self) -> FitView:
        """The stored fit read leniently (requirements, matches, concerns)."""
        return read_fit(dict(self.fit) if self.fit is not None else None)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data (the API's application)."""
        return {
            "id": self.id,
            "company": self.company,
            "title": self.title,
            "level": self.level,
            "stage": self.stage,
            "job_text": self.job_text,
            "resume_text": self.resume_text,
            "fit": self.fit,
            "created_at": self.created_at.isoformat() if self.created_at else None,
        }


def create_application(
    db: Database,
    *,
    company: str,
    title: str,
    job_text: str,
    resume_text: str,
    fit: FitResult | None = None,
) -> ApplicationRecord:
    """Store an application with its fit (``Application.fit`` = ``FitResult.to_dict()``);
    ``fit`` skips the computation when the caller already has it."""
    if not company.strip():
        raise InputError("The company name is empty.", hint="Give the company you are applying to.")
    fit = fit or build_fit(job_text, resume_text)
    record = Application(
        company=company.strip(),
        title=title.strip() or fit.job.title,
        level=fit.level,
        job_text=job_text,
        resume_text=resume_text,
        fit=fit.to_dict(),
    )
    with db.session() as session:
        return ApplicationRecord.of(ApplicationRepository(session).add(record))


def get_application(db: Database, application_id: int) -> ApplicationRecord:
    """One stored application; ``NotFoundError`` when the id names none."""
    with db.session() as session:
        return ApplicationRecord.of(ApplicationRepository(session).get(application_id))


def application_to_dict(application: ApplicationRecord) -> dict[str, Any]:
    """An application as JSON-ready data."""
    return application.to_dict()


def stored_concern(application: ApplicationRecord, concern_id: str) -> Concern:
    """A concern of a stored application's fit; ``NotFoundError`` when there is none."""
    concerns = (application.fit or {}).get("concerns") or []
    for data in concerns:
        if data.get("id") == concern_id:
            return Concern.from_dict(data)
    known = ", ".join(str(data.get("id")) for data in concerns) or "none"
    raise NotFoundError(
        f"Application {application.id} has no concern {concern_id!r}.",
        hint=f"Its concern ids: {known}.",
    )


def judge_concern_answer(concern: Concern | dict[str, Any], answer_text: str) -> Report:
    """Judge a reply to a concern with the concern-answer rubric (rules ``concern.*``)."""
    item = concern if isinstance(concern, Concern) else Concern.from_dict(concern)
    return analyse(item.why_question, answer_text, context=AnalysisContext(phase="concern_reply"))


# --- Editing a stored application (the web pages) ----------------------------------------------

NAME_MAX = 200


@dataclass(frozen=True)
class ApplicationDetail:
    """A stored application with the questions likely for its role and the questions to ask."""

    application: ApplicationRecord
    questions: tuple[RoleQuestion, ...]
    questions_to_ask: tuple[CandidateQuestion, ...]


def application_detail(
    db: Database, application_id: int, *, kb: KnowledgeBase | None = None
) -> ApplicationDetail:
    """One application and its tailored questions, read from the stored texts (no embeddings)."""
    base = kb or knowledge_base()
    application = get_application(db, application_id)
    tailored = _tailored_for(application.job_text or "", application.resume_text or "", base)
    return ApplicationDetail(
        application=application,
        questions=tailored.questions,
        questions_to_ask=tailored.questions_to_ask,
    )


@lru_cache(maxsize=32)
def _tailored_for(job_text: str, resume_text: str, kb: KnowledgeBase) -> TailoredQuestions:
    """Tailored questions for a job and résumé; cached, as the page is loaded far more often than
    the texts change (reading both took most of the page's 250 ms)."""
    job = read_job(job_text, kb=kb)
    resume = read_resume(resume_text, kb=kb)
    return tailored_questions(FitResult(job=job, resume=resume, matches=(), concerns=()), kb)


def _name(value: str, *, what: str, field: str) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise InputError(f"The {what} is empty.", hint=f"Give the {what}.", field=field)
    if len(cleaned) > NAME_MAX:
        raise InputError(f"The {what} is longer than {NAME_MAX} characters.", hint="Shorten it.",
                         field=field)
    return cleaned


def update_application(
    db: Database, application_id: int, *, company: str, title: str
) -> ApplicationRecord:
    """Rename an application's company and job title (InputError when either is empty)."""
    changes = {"company": _name(company, what="company name", field="company"),
               "title": _name(title, what="job title", field="title")}
    with db.session() as session:
        return ApplicationRecord.of(ApplicationRepository(session).update(application_id, **changes))


def remove_concern(db: Database, application_id: int, concern_id: str) -> ApplicationRecord:
    """Drop a concern the candidate judges irrelevant from the stored fit (NotFoundError if absent)."""
    with db.session() as session:
        repository = ApplicationRepository(session)
        application = repository.get(application_id)
        stored_concern(ApplicationRecord.of(application), concern_id)
        fit = dict(application.fit or {})
        kept = []
        for data in fit.get("concerns") or []:
            if data.get("id") != concern_id:
                kept.append(data)
        fit["concerns"] = kept
        # A new dict: in-place changes to a JSON column are not tracked.
        return ApplicationRecord.of(repository.update(application_id, fit=fit))


def refit_application(
    db: Database, application_id: int, *, today: date | None = None
) -> ApplicationRecord:
    """Compute the fit again from the stored texts (brings back removed concerns)."""
    application = get_application(db, application_id)
    fit = build_fit(application.job_text, application.resume_text, today=today)
    with db.session() as session:
        repository = ApplicationRepository(session)
        return ApplicationRecord.of(repository.update(application_id, fit=fit.to_dict(),
                                                      level=fit.level))


def judge_application_concern(
    db: Database, application_id: int, concern_id: str, answer_text: str
) -> Report:
    """Judge a reply to one of a stored application's concerns with the concern-answer rubric."""
    return judge_concern_answer(stored_concern(get_application(db, application_id), concern_id),
                                answer_text)
