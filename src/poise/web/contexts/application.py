"""Page contexts about one application: its sub-navigation, the new-application form, and the
fit map with its concerns and questions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

from poise.analysis.report import (
    SEVERITY_ORDER,
    Report,
)
from poise.content.loader import KnowledgeBase
from poise.followup.application import FitConcern, FitMatch, FitResume, FitView
from poise.services.answers import OwnAnswer
from poise.services.fit import ApplicationDetail
from poise.web.contexts.base import SEVERITY_LABELS, PageContext, level_name, short_date
from poise.web.contexts.catalogue import (
    MAX_QUOTES,
    AnalyseForm,
    ReportFragment,
    ReportView,
    _quote,
    report_view,
)

STRENGTH_LABELS = {"strong": "Strong", "partial": "Partial", "none": "Not shown"}
SECTION_LABELS = {"must": "Must have", "nice": "Nice to have", "duties": "Duty"}
GROUPS = (("must", "Must have"), ("nice", "Nice to have"), ("duties", "The job's duties"),
          ("other", "Other lines of the advert"))

PLAN_STEPS = (
    ("acknowledge", "Acknowledge"),
    ("evidence", "Evidence"),
    ("plan", "Time-bound plan"),
    ("check_back", "Check back"),
)


@dataclass(frozen=True)
class LinkItem:
    """A link with a short description."""

    href: str
    label: str
    description: str = ""
    key: str = ""


def application_links(application_id: int) -> tuple[LinkItem, ...]:
    """Everything one can do with an application, in the order of the journey."""
    base = f"/applications/{application_id}"
    return (
        LinkItem(base, "Fit and concerns", "The fit map, concerns and answers", "overview"),
        LinkItem(f"/practice?application={application_id}", "Practice",
                 "A mock interview for this role", "practice"),
        LinkItem(f"{base}/prep", "Salary and weakness", "Prepare the two hardest answers", "prep"),
        LinkItem(f"{base}/brief", "Prep brief", "One page for the day, as PDF", "brief"),
        LinkItem(f"{base}/quiz", "Key-facts quiz", "Memorise the facts and dates", "quiz"),
        LinkItem(f"{base}/debrief", "Debrief", "Write down the real interview", "debrief"),
        LinkItem(f"{base}/letter", "Thank-you letter", "Drafted from the debrief", "letter"),
        LinkItem(f"{base}/followups", "Follow-ups", "When to get back in touch", "followups"),
    )


@dataclass(frozen=True, kw_only=True)
class ApplicationPage(PageContext):
    """A page about one application: its id, names and the application's own sub-navigation."""

    application_id: int
    company: str
    job_title: str
    section: str = "overview"

    @property
    def links(self) -> tuple[LinkItem, ...]:
        """The application's sub-navigation."""
        return application_links(self.application_id)

    @property
    def name(self) -> str:
        """"Title at Company", or the title alone when it already names the company (an advert's
        heading "Director of Operations — Acme" read as the title)."""
        if not self.company or self.company.casefold() in self.job_title.casefold():
            return self.job_title
        return f"{self.job_title} at {self.company}"


# --- New application --------------------------------------------------------------------------


@dataclass(frozen=True)
class NewApplicationForm:
    """The new-application form as typed, with an error next to each field that caused one."""

    company: str = ""
    title: str = ""
    job_text: str = ""
    resume_text: str = ""
    company_error: str = ""
    title_error: str = ""
    job_error: str = ""
    job_hint: str = ""
    resume_error: str = ""
    resume_hint: str = ""
    job_note: str = ""
    resume_note: str = ""
    form_error: str = ""

    @property
    def has_errors(self) -> bool:
        """True when any field has an error message."""
        return bool(self.company_error or self.title_error or self.job_error or self.resume_error
                    or self.form_error)


@dataclass(frozen=True, kw_only=True)
class NewApplicationContext(PageContext):
    """The new-application page."""

    form: NewApplicationForm
    accept: str = ".txt,.md,.pdf,.docx"


# --- One application: fit map, concerns, questions ----------------------------------------------


@dataclass(frozen=True)
class ResumeRow:
    """One line of "What Poise read from your résumé": a role, a career break or a gap."""

    dates: str
    title: str
    employer: str
    kind: str
    """"role", "break" (dated and explained on the résumé) or "gap" (time between roles)."""


def resume_rows(resume: FitResume) -> tuple[ResumeRow, ...]:
    """The roles, breaks and gaps read from the résumé, the most recent first."""
    rows: list[tuple[str, ResumeRow]] = []
    for role in resume.roles:
        dates = f"{_month_label(role.start)} – {_month_label(role.end)}"
        rows.append((role.start or "", ResumeRow(dates, role.title, role.employer, "role")))
    for period in resume.breaks:
        dates = f"{_month_label(period.start)} – {_month_label(period.end)}"
        kind = "break" if period.explained else "gap"
        label = "Career break" if period.explained else (
            "Time since the last role" if period.end == "present" else "Time between roles")
        rows.append((period.start, ResumeRow(dates, label, "", kind)))
    rows.sort(key=lambda item: item[0], reverse=True)
    return tuple(row for _start, row in rows)


def resume_facts(resume: FitResume) -> tuple[tuple[str, str], ...]:
    """(label, value) for the résumé facts outside its roles that were read."""
    languages = ", ".join(f"{item.language} ({item.level})" if item.level else item.language
                          for item in resume.languages)
    side = "; ".join(side_role_label(role.title, role.employer, role.start, role.end)
                     for role in resume.side_roles)
    facts = (("Location", resume.location), ("Education", "; ".join(resume.education)),
             ("Certifications", "; ".join(resume.certifications)), ("Languages", languages),
             ("Language certificates", "; ".join(resume.language_certificates)),
             ("Other roles", side))
    return tuple((label, value) for label, value in facts if value)


def job_place(fit: FitView) -> str:
    """"Denver, CO · Hybrid": the job's place and way of working read from the advert, each
    shown only when read; "" when neither was."""
    return " · ".join(part for part in (fit.job_location, fit.work_mode) if part)


def side_role_label(title: str, employer: str, start: str | None, end: str | None) -> str:
    """"Trustee, Moorside Hospice (2012 – 2016)": a side role on one line."""
    name = ", ".join(part for part in (title, employer) if part)
    return f"{name} ({_month_label(start)} – {_month_label(end)})"


MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _month_label(value: str | None) -> str:
    """"2019-03" → "Mar 2019"; "2019" and "present" as they are; "?" when unknown."""
    if not value:
        return "?"
    if value == "present":
        return "present"
    if len(value) == 7 and value[4] == "-" and value[5:].isdigit() and 1 <= int(value[5:]) <= 12:
        return f"{MONTH_NAMES[int(value[5:]) - 1]} {value[:4]}"
    return value


@dataclass(frozen=True)
class FitRow:
    """One requirement of the job, how strongly the résumé shows it, and the quoted evidence.

    ``quote`` is empty when nothing shows it; ``same_as`` names the requirement above that already
    quotes the same résumé line (each line is shown once); ``note`` says what a partial match
    lacks."""

    requirement: str
    section: str
    must: bool
    strength: str
    quote: str
    reason: str
    note: str = ""
    same_as: str = ""

    @property
    def strength_label(self) -> str:
        """Strong, Partial or Not shown."""
        return STRENGTH_LABELS.get(self.strength, self.strength)


@dataclass(frozen=True)
class FitGroup:
    """The requirements of one kind (must have, nice to have, duties), gaps first."""

    key: str
    label: str
    rows: tuple[FitRow, ...]

    def count(self, strength: str) -> int:
        """How many rows have this strength."""
        return sum(1 for row in self.rows if row.strength == strength)

    @property
    def summary(self) -> str:
        """"6 strong · 3 partial · 1 not shown"."""
        parts = [f"{self.count(strength)} {label.lower()}" for strength, label in STRENGTH_LABELS.items()
                 if self.count(strength)]
        return " · ".join(parts)

    @property
    def open(self) -> bool:
        """Shown open: the must-haves, or the first group when the advert names none; the others
        fold under a summary of their counts ("1 partial · 5 not shown") so the page stays short."""
        return self.key in ("must", "other")


@dataclass(frozen=True)
class PlanStep:
    """One step of a concern's answer plan."""

    label: str
    text: str


@dataclass(frozen=True)
class ConcernView:
    """A concern as the application page shows it, with the reply the candidate is writing."""

    application_id: int
    index: int
    id: str
    title: str
    severity: str
    why: str
    quotes: tuple[str, ...]
    question: str
    plan: tuple[PlanStep, ...]
    draft: str
    answer: str
    report: ReportView | None = None
    answer_error: str = ""
    saved: str = ""
    """When the candidate's own answer was saved ("1 Dec 2026, 72/100"); "" while it is the draft."""

    @property
    def open(self) -> bool:
        """True when the card opens on its answer: just judged, or refused with an error."""
        return self.report is not None or bool(self.answer_error)

    @property
    def plan_in_draft(self) -> bool:
        """True while the answer is the generated draft, which says the plan step by step: the
        plan is then named, not said twice."""
        return " ".join(self.answer.split()) == " ".join(self.draft.split())

    @property
    def severity_label(self) -> str:
        """High, Medium or Low."""
        return SEVERITY_LABELS.get(self.severity, self.severity)

    @property
    def answer_href(self) -> str:
        """Where the reply is judged."""
        return f"/applications/{self.application_id}/concerns/{self.id}/answer"

    @property
    def remove_href(self) -> str:
        """Where the concern is removed."""
        return f"/applications/{self.application_id}/concerns/{self.id}/remove"

    @property
    def fragment(self) -> ReportFragment:
        """The report region for this concern's reply."""
        return ReportFragment(form=AnalyseForm(answer=self.answer, answer_error=self.answer_error),
                              report=self.report)


@dataclass(frozen=True)
class LikelyQuestion:
    """A bank question likely for this role, and why."""

    id: str
    text: str
    family_name: str
    why: str

    @property
    def practise_href(self) -> str:
        """The analyse page with this question picked (a bank question by its id, a question
        drawn from the advert's duties by its words)."""
        if self.id.startswith("duty."):
            return f"/analyse?{urlencode({'own': self.text})}"
        return f"/analyse?question={self.id}"


@dataclass(frozen=True)
class QuestionToAsk:
    """A question for the candidate to ask at the end, and a warning if the job text answers it."""

    text: str
    purpose: str
    warning: str


@dataclass(frozen=True)
class ApplicationEdit:
    """The company and title form as typed, with its errors."""

    company: str
    title: str
    company_error: str = ""
    title_error: str = ""

    @property
    def has_errors(self) -> bool:
        """True when a field has an error."""
        return bool(self.company_error or self.title_error)


@dataclass(frozen=True, kw_only=True)
class ApplicationContext(ApplicationPage):
    """The application page: fit map, concerns with answers, likely questions, questions to ask."""

    level: str
    stage: str
    created: str
    edit: ApplicationEdit
    fit_rows: tuple[FitRow, ...]
    fit_groups: tuple[FitGroup, ...]
    concerns: tuple[ConcernView, ...]
    questions: tuple[LikelyQuestion, ...]
    asks: tuple[QuestionToAsk, ...]
    resume_rows: tuple[ResumeRow, ...] = ()
    resume_facts: tuple[tuple[str, str], ...] = ()
    job_place: str = ""
    """Where the job is and how the work is done, as the advert says ("Denver, CO · Hybrid")."""
    notice: str = ""
    set_aside: str = ""
    """What of the advert was not read ("39 lines in French set aside: the English version was
    read"); "" when all of it was."""

    @property
    def strength_counts(self) -> tuple[tuple[str, str, int], ...]:
        """(strength, label, how many requirements) for the fit summary."""
        counts = []
        for strength, label in STRENGTH_LABELS.items():
            counts.append((strength, label, sum(1 for row in self.fit_rows if row.strength == strength)))
        return tuple(counts)


def _concern_quotes(concern: FitConcern) -> tuple[str, ...]:
    quotes: list[str] = []
    for quote in concern.evidence:
        text = " ".join(str(quote).split())
        if text and text not in quotes:
            quotes.append(_quote(text))
    return tuple(quotes[:MAX_QUOTES])


def _note(match: FitMatch, strength: str) -> str:
    """What a partial match lacks ("Green Belt shown; Black Belt asked."), when the reader said."""
    missing = match.missing.strip() if strength == "partial" else ""
    return f"{missing[:1].upper()}{missing[1:]}." if missing else ""


def _saved_label(own: OwnAnswer) -> str:
    score = f", {own.overall}/100" if own.overall is not None else ""
    return f"{short_date(own.saved_at, year=True)}{score}"


def fit_rows(fit: FitView) -> list[FitRow]:
    """Every requirement with its match, in the job's order; a résumé line quoted once."""
    rows = []
    first_use: dict[str, str] = {}
    for match in fit.matches:
        requirement = fit.requirement(match.requirement_id)
        section = requirement.section if requirement else ""
        text = (requirement.text if requirement else "") or match.requirement_id
        strength = match.strength or "none"
        # A line that does not show the requirement is no evidence: it is not quoted.
        quote = " ".join(match.quote.split()) if strength != "none" else ""
        same_as = first_use.get(quote, "") if quote else ""
        if quote and not same_as:
            first_use[quote] = text
        rows.append(FitRow(requirement=text, section=SECTION_LABELS.get(section, ""),
                           must=requirement.must if requirement else False, strength=strength,
                           quote=quote, reason=match.reason,
                           note=_note(match, strength), same_as=same_as))
    return rows


def fit_groups(rows: Sequence[FitRow]) -> tuple[FitGroup, ...]:
    """The rows by kind (must have, nice to have, duties, other), gaps first within each."""
    order = {"none": 0, "partial": 1, "strong": 2}
    groups = []
    for key, label in GROUPS:
        wanted = SECTION_LABELS.get(key, "")
        members = [row for row in rows if row.section == wanted] if key != "other" else [
            row for row in rows if row.section not in {SECTION_LABELS[name] for name in SECTION_LABELS}]
        if members:
            members.sort(key=lambda row: order.get(row.strength, 0))
            groups.append(FitGroup(key, label, tuple(members)))
    return tuple(groups)


def application_context(
    detail: ApplicationDetail,
    kb: KnowledgeBase,
    *,
    edit: ApplicationEdit | None = None,
    answers: Mapping[str, tuple[str, Report | None, str]] | None = None,
    notice: str = "",
) -> ApplicationContext:
    """The application page from ``services.fit.application_detail``; ``answers`` maps a concern id
    to the reply typed, its report and its error (when the page is rendered after judging one)."""
    application = detail.application
    fit = application.fit_view
    rows = fit_rows(fit)
    typed = answers or {}
    saved = application.answers
    concerns = []
    ranked = sorted(fit.concerns, key=lambda item: (SEVERITY_ORDER.get(item.severity, 9), -item.score))
    for position, data in enumerate(ranked, start=1):
        plan_data = data.answer_plan.model_dump() if data.answer_plan else {}
        plan = tuple(PlanStep(label, str(plan_data.get(key) or ""))
                     for key, label in PLAN_STEPS if plan_data.get(key))
        concern_id = data.id
        own = saved.get(concern_id)
        start = own.text if own is not None else data.draft
        answer, report, error = typed.get(concern_id, (start, None, ""))
        concerns.append(ConcernView(
            application_id=application.id,
            index=position,
            id=concern_id,
            title=data.title,
            severity=data.severity or "medium",
            why=data.why,
            quotes=_concern_quotes(data),
            question=data.question,
            plan=plan,
            draft=data.draft,
            answer=answer,
            report=report_view(report, kb) if report is not None else None,
            answer_error=error,
            saved=_saved_label(own) if own is not None else "",
        ))
    questions = []
    for item in detail.questions:
        family = kb.families.get(item.family)
        questions.append(LikelyQuestion(item.id, item.text, family.name if family else item.family,
                                        item.why))
    asks = tuple(QuestionToAsk(item.text, item.purpose, item.warning or "")
                 for item in detail.questions_to_ask)
    created = application.created_at
    return ApplicationContext(
        title=f"{application.title} at {application.company}",
        active="applications",
        application_id=application.id,
        company=application.company,
        job_title=application.title,
        level=level_name(application.level),
        stage=application.stage.capitalize(),
        created=short_date(created, year=True) if created else "",
        edit=edit or ApplicationEdit(application.company, application.title),
        fit_rows=tuple(rows),
        fit_groups=fit_groups(rows),
        concerns=tuple(concerns),
        questions=tuple(questions),
        asks=asks,
        resume_rows=resume_rows(fit.resume),
        resume_facts=resume_facts(fit.resume),
        job_place=job_place(fit),
        notice=notice,
        set_aside=fit.set_aside,
    )
