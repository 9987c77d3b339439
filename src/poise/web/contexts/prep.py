"""Page contexts of the prep pages: the brief, the key-facts quiz, salary and weakness."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from poise.content.loader import KnowledgeBase
from poise.services.stories import prep_content
from poise.web.contexts.application import ApplicationPage, LinkItem, PlanStep
from poise.web.contexts.base import short_date
from poise.web.contexts.catalogue import (
    AnalyseForm,
    ReportFragment,
    ReportView,
    report_view,
)

# --- Prep brief, quiz, salary and weakness ------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class BriefPageContext(ApplicationPage):
    """The brief page: what is missing from it, the printable page and the PDF."""

    missing: tuple[LinkItem, ...]

    @property
    def html_href(self) -> str:
        """The printable page on its own."""
        return f"/applications/{self.application_id}/brief.html"

    @property
    def pdf_href(self) -> str:
        """The PDF download."""
        return f"/applications/{self.application_id}/brief.pdf"


def brief_page_context(application_id: int, brief: Any) -> BriefPageContext:
    """The brief page from ``services.prep.application_brief``."""
    missing = []
    if not brief.company_facts:
        missing.append(LinkItem(f"/applications/{application_id}/quiz", "Add company facts",
                                "The brief has no facts about the company yet."))
    if not brief.stories:
        missing.append(LinkItem("/stories/new", "Write a story",
                                "The brief has no stories to tell yet."))
    if not brief.concerns:
        missing.append(LinkItem(f"/applications/{application_id}", "See the fit",
                                "The brief lists no concerns."))
    return BriefPageContext(
        title=f"Prep brief: {brief.title} at {brief.company}",
        active="applications",
        application_id=application_id,
        company=brief.company,
        job_title=brief.title,
        section="brief",
        missing=tuple(missing),
    )


@dataclass(frozen=True)
class QuizCardView:
    """The card to answer now."""

    card_id: int
    question: str
    source: str
    box: int


@dataclass(frozen=True)
class QuizResultView:
    """The verdict on the last answer."""

    correct: bool
    expected: str
    given: str
    note: str
    due: str


@dataclass(frozen=True)
class FactItem:
    """A key fact with its quiz state."""

    id: int
    prompt: str
    answer: str
    source: str
    box: int | None
    due: str
    last_result: str


@dataclass(frozen=True)
class FactForm:
    """The add-a-fact form as typed, with its errors."""

    prompt: str = ""
    answer: str = ""
    prompt_error: str = ""
    answer_error: str = ""


@dataclass(frozen=True, kw_only=True)
class QuizContext(ApplicationPage):
    """The key-facts quiz: one due card at a time, the last verdict and the facts."""

    card: QuizCardView | None
    result: QuizResultView | None
    answer: str
    answer_error: str
    due: int
    total: int
    next_due: str
    company_facts: tuple[FactItem, ...]
    record_facts: tuple[FactItem, ...]
    fact_form: FactForm
    notice: str = ""


def _due_label(when: datetime | None, now: datetime) -> str:
    if when is None:
        return ""
    if when <= now:
        return "due now"
    days = (when.date() - now.date()).days
    if days <= 0:
        return "later today"
    if days == 1:
        return "tomorrow"
    return f"in {days} days ({short_date(when)})"


def quiz_context(
    overview: Any,
    *,
    now: datetime,
    result: Any | None = None,
    answer: str = "",
    answer_error: str = "",
    fact_form: FactForm | None = None,
) -> QuizContext:
    """The quiz page from ``services.prep.quiz_overview`` (and the verdict just given)."""
    status = overview.status
    card = None
    if status.card_id is not None and status.question:
        source = "Your record" if status.source == "record" else "The company"
        card = QuizCardView(status.card_id, status.question, source, status.box or 1)
    shown = None
    if result is not None:
        check = result.check
        shown = QuizResultView(check.correct, check.expected, check.given, check.note,
                               _due_label(result.due_at, now))
    company: list[FactItem] = []
    record: list[FactItem] = []
    for fact in overview.facts:
        item = FactItem(fact.id, fact.prompt, fact.answer, fact.source, fact.box,
                        _due_label(fact.due_at, now), fact.last_result or "")
        (record if fact.source == "record" else company).append(item)
    return QuizContext(
        title=f"Key-facts quiz: {overview.title} at {overview.company}",
        active="applications",
        application_id=overview.application_id,
        company=overview.company,
        job_title=overview.title,
        section="quiz",
        card=card,
        result=shown,
        answer=answer,
        answer_error=answer_error,
        due=status.due,
        total=status.total,
        next_due=_due_label(status.next_due_at, now) if status.next_due_at else "",
        company_facts=tuple(company),
        record_facts=tuple(record),
        fact_form=fact_form or FactForm(),
    )


@dataclass(frozen=True)
class SalaryForm:
    """The salary form as typed, with an error next to each field that caused one."""

    low: str = ""
    high: str = ""
    currency: str = "EUR"
    source: str = ""
    low_error: str = ""
    high_error: str = ""
    currency_error: str = ""
    source_error: str = ""


@dataclass(frozen=True)
class WeaknessForm:
    """The weakness worksheet as typed, with its error."""

    shortcoming: str = ""
    steps: str = ""
    progress: str = ""
    error: str = ""


@dataclass(frozen=True)
class DraftView:
    """A drafted answer, the question it answers and its report."""

    label: str
    question: str
    answer: str
    report: ReportView

    @property
    def fragment(self) -> ReportFragment:
        """The report region (the shared report fragment)."""
        return ReportFragment(form=AnalyseForm(answer=self.answer), report=self.report)


@dataclass(frozen=True)
class SalaryView:
    """The two salary answers and the tips."""

    market: str
    deflect: DraftView
    pressed: DraftView
    tips: tuple[str, ...]


@dataclass(frozen=True)
class WeaknessView:
    """The weakness answer (when anything is filled in) and what the missing parts should say."""

    draft: DraftView | None
    guidance: tuple[PlanStep, ...]
    complete: bool


@dataclass(frozen=True, kw_only=True)
class PrepContext(ApplicationPage):
    """Salary and weakness prep for one application."""

    salary_form: SalaryForm
    weakness_form: WeaknessForm
    salary: SalaryView | None
    weakness: WeaknessView | None
    advert_range: str = ""
    currencies: tuple[str, ...] = ()


def _draft_view(label: str, draft: Any, kb: KnowledgeBase) -> DraftView:
    return DraftView(label, draft.question, draft.answer, report_view(draft.report, kb))


def prep_context(
    prep: Any,
    kb: KnowledgeBase,
    *,
    salary_form: SalaryForm | None = None,
    weakness_form: WeaknessForm | None = None,
    advert: Any = None,
) -> PrepContext:
    """The prep page from ``services.prep.prepare_for_application``; ``advert`` is the pay range
    the job advert states (``services.prep.advert_salary``), which fills an empty salary form."""
    salary = None
    if prep.salary is not None:
        market = prep.salary.market
        salary = SalaryView(
            market=f"{market.low:,.0f}–{market.high:,.0f} {market.currency} ({market.source})",
            deflect=_draft_view("If they ask early: turn it back", prep.salary.deflect, kb),
            pressed=_draft_view("If they press: a range from the market", prep.salary.pressed, kb),
            tips=tuple(prep.salary.tips),
        )
    weakness = None
    if prep.weakness is not None:
        draft = prep.weakness.draft
        weakness = WeaknessView(
            draft=_draft_view("Your weakness answer", draft, kb) if draft is not None else None,
            guidance=tuple(PlanStep(item.label, f"{item.prompt} {item.advice}")
                           for item in prep.weakness.guidance),
            complete=prep.weakness.complete,
        )
    form = salary_form or _advert_form(advert, source=prep_content(kb).salary.advert_source)
    return PrepContext(
        title=f"Salary and weakness: {prep.title} at {prep.company}",
        active="applications",
        application_id=prep.application_id,
        company=prep.company,
        job_title=prep.title,
        section="prep",
        salary_form=form,
        currencies=_currencies(form.currency),
        weakness_form=weakness_form or WeaknessForm(),
        salary=salary,
        weakness=weakness,
        advert_range=advert.quote if advert is not None else "",
    )


CURRENCIES = ("EUR", "GBP", "USD", "CHF", "SEK", "NOK", "DKK", "PLN", "CAD", "AUD", "INR", "SGD", "JPY")
"""The currencies the salary form offers first."""


def _currencies(chosen: str) -> tuple[str, ...]:
    """The form's currencies, with the one chosen (the advert's "HKD") added when it is not among
    them: a select without it would show the first currency as if it were the advert's."""
    code = chosen.strip().upper()
    return CURRENCIES if not code or code in CURRENCIES else (*CURRENCIES, code)


def _advert_form(advert: Any, *, source: str) -> SalaryForm:
    """An empty salary form, or one started from the range the advert states, its currency and
    the advert named as the source."""
    if advert is None:
        return SalaryForm()
    return SalaryForm(low=f"{advert.low:,.0f}", high=f"{advert.high:,.0f}", currency=advert.currency,
                      source=source)
