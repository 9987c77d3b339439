"""Page contexts for the home counts, the question bank and the answer analyser."""

from __future__ import annotations

from dataclasses import dataclass

from poise.analysis.report import (
    PHASE_NOTES,
    SEVERITY_ORDER,
    DimensionScore,
    Finding,
    Fix,
    Report,
    Strength,
)
from poise.analysis.text import clip
from poise.content.loader import KnowledgeBase
from poise.content.schema import Question
from poise.services.quotes import shown_quotes
from poise.web.contexts.base import FAMILY_SOURCES, ROLE_LABELS, SEVERITY_LABELS, PageContext
from poise.web.highlight import SentenceView, sentence_views, words_left_out

# --- Home -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """Sizes of the knowledge base, shown on the home page."""

    questions: int
    families: int
    competencies: int
    formats: int
    rules: int


@dataclass(frozen=True, kw_only=True)
class HomeContext(PageContext):
    """The home page."""

    counts: Counts


def home_context(kb: KnowledgeBase) -> HomeContext:
    """The home page for this knowledge base."""
    counts = Counts(
        questions=len(kb.questions),
        families=len(kb.families),
        competencies=len(kb.competencies),
        formats=len(kb.formats),
        rules=len(kb.rules),
    )
    return HomeContext(title="Poise, a leadership interview coach", active="home", counts=counts)


# --- Question bank ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Option:
    """One choice of a ``<select>``."""

    value: str
    label: str


@dataclass(frozen=True)
class OptionGroup:
    """An ``<optgroup>`` of choices."""

    label: str
    options: tuple[Option, ...]


@dataclass(frozen=True)
class QuestionCard:
    """One bank question as the question browser shows it."""

    id: str
    text: str
    family: str
    family_name: str
    formats: tuple[str, ...]
    competencies: tuple[str, ...]
    really_asking: str
    good_shape: str
    pitfalls: tuple[str, ...]
    practise_href: str


@dataclass(frozen=True)
class QuestionFilters:
    """The filters of the question browser ("" means any)."""

    family: str = ""
    competency: str = ""
    format: str = ""

    @property
    def active(self) -> bool:
        """True when at least one filter is set."""
        return bool(self.family or self.competency or self.format)


@dataclass(frozen=True, kw_only=True)
class QuestionsContext(PageContext):
    """The question-bank browser: filter choices, the filters in use and the matching questions."""

    families: tuple[Option, ...]
    competencies: tuple[Option, ...]
    formats: tuple[Option, ...]
    filters: QuestionFilters
    questions: tuple[QuestionCard, ...]
    total: int


def question_card(kb: KnowledgeBase, question: Question) -> QuestionCard:
    """A bank question with its ids turned into the names people read."""
    formats = []
    for item in question.formats:
        known = kb.formats.get(item.value)
        formats.append(known.name if known else item.value)
    competencies = []
    for competency_id in question.competencies:
        competency = kb.competencies.get(competency_id)
        competencies.append(competency.name if competency else competency_id)
    family = kb.families.get(question.family)
    return QuestionCard(
        id=question.id,
        text=question.text,
        family=question.family,
        family_name=family.name if family else question.family,
        formats=tuple(formats),
        competencies=tuple(competencies),
        really_asking=question.really_asking,
        good_shape=question.good_shape,
        pitfalls=tuple(question.pitfalls),
        practise_href=f"/analyse?question={question.id}",
    )


def filter_options(kb: KnowledgeBase) -> tuple[tuple[Option, ...], ...]:
    """The family, competency and format choices, in knowledge-base order."""
    families = tuple(Option(item.id, item.name) for item in kb.families.values())
    competencies = tuple(Option(item.id, item.name) for item in kb.competencies.values())
    formats = tuple(Option(key, item.name) for key, item in kb.formats.items())
    return families, competencies, formats


def questions_context(
    kb: KnowledgeBase, questions: list[Question], filters: QuestionFilters
) -> QuestionsContext:
    """The question browser showing ``questions`` under ``filters``."""
    families, competencies, formats = filter_options(kb)
    cards = tuple(question_card(kb, question) for question in questions)
    return QuestionsContext(
        title="Question bank",
        active="questions",
        families=families,
        competencies=competencies,
        formats=formats,
        filters=filters,
        questions=cards,
        total=len(kb.questions),
    )


# --- Analyse ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """The overall score in plain words, with a band name for styling."""

    band: str
    headline: str
    detail: str


@dataclass(frozen=True)
class FindingView:
    """A finding with the quotes to show (evidence already sliced from the answer)."""

    rule: str
    severity: str
    severity_label: str
    message: str
    why: str
    fix: str
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class StrengthView:
    """A strength and the words that prove it."""

    what: str
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class ReportView:
    """Everything the report fragment shows for one analysed answer."""

    report: Report
    verdict: Verdict
    sentences: tuple[SentenceView, ...]
    dimensions: tuple[DimensionScore, ...]
    top_fixes: tuple[Fix, ...]
    findings: tuple[FindingView, ...]
    strengths: tuple[StrengthView, ...]
    family_name: str = ""
    words_left_out: int = 0
    """Words past the part Poise analyses, not shown (a pasted wall of text)."""

    @staticmethod
    def role_label(role: str) -> str:
        """The short label shown before a sentence with this story role."""
        return ROLE_LABELS.get(role, role.replace("_", " ").capitalize())

    @property
    def family_note(self) -> str:
        """Which question family the answer was judged as, and how Poise knows."""
        if self.report.phase in PHASE_NOTES:
            note = PHASE_NOTES[self.report.phase]
            return f"{note[:1].upper()}{note[1:]}"
        if self.report.family_source == "unsure":
            return "Question family unsure: general checks only"
        if not self.family_name:
            return "No question family recognised: general checks only"
        how = FAMILY_SOURCES.get(self.report.family_source, self.report.family_source)
        return f"Judged as: {self.family_name} ({how})"

    @property
    def summary(self) -> str:
        """One line a screen reader announces when the report changes."""
        count = len(self.findings)
        noun = "point" if count == 1 else "points"
        score = f"Score {self.report.overall} out of 100"
        if not count:  # "0 points to fix" beside a score of 60 says nothing true
            return f"{score}. {self.verdict.headline}. {NO_FINDING}"
        return f"{score}. {self.verdict.headline}. {count} {noun} to fix."


MAX_QUOTES = 3
MAX_QUOTE_CHARS = 160
NO_FINDING = "No mistake found: the dimensions below say what is still missing."


def verdict(report: Report) -> Verdict:
    """A short plain-language reading of the overall score."""
    if report.insufficient:
        return Verdict(
            "thin",
            "Too thin to judge yet",
            "Give one real example: what the situation was, what you did and how it ended.",
        )
    if report.overall >= 80:
        return Verdict("strong", "Strong answer", "Ready to use; polish the details below.")
    if report.overall >= 60:
        return Verdict("good", "Solid base",
                       "A few fixes will make it convincing." if report.findings else NO_FINDING)
    if report.overall >= 40:
        return Verdict("fair", "Needs work", "Fix the points below, starting with the first three."
                       if report.findings else NO_FINDING)
    return Verdict("weak", "Weak answer", "Rebuild it around one real example with a clear result.")


def _quote(text: str) -> str:
    return clip(text, MAX_QUOTE_CHARS)


def _finding_view(finding: Finding, report: Report) -> FindingView:
    quotes = list(shown_quotes(report, finding.evidence, MAX_QUOTE_CHARS, MAX_QUOTES))
    return FindingView(
        rule=finding.rule,
        severity=finding.severity,
        severity_label=SEVERITY_LABELS.get(finding.severity, finding.severity),
        message=finding.message,
        why=finding.why,
        fix=finding.fix,
        quotes=tuple(quotes),
    )


def _strength_view(strength: Strength, report: Report) -> StrengthView | None:
    quotes = list(shown_quotes(report, strength.evidence, MAX_QUOTE_CHARS, MAX_QUOTES))
    if not quotes:
        return None
    return StrengthView(strength.what, tuple(quotes))


def report_view(report: Report, kb: KnowledgeBase | None = None) -> ReportView:
    """The report as the page shows it: verdict, highlighted sentences, findings by severity."""
    family_name = report.family or ""
    if kb is not None and report.family in kb.families:
        family_name = kb.families[report.family].name
    ranked = sorted(report.findings, key=lambda finding: SEVERITY_ORDER.get(finding.severity, 9))
    findings = tuple(_finding_view(finding, report) for finding in ranked)
    strengths = []
    for strength in report.strengths:
        view = _strength_view(strength, report)
        if view is not None:
            strengths.append(view)
    return ReportView(
        report=report,
        verdict=verdict(report),
        sentences=tuple(sentence_views(report)),
        dimensions=report.dimensions,
        top_fixes=report.top_fixes[:3],
        findings=findings,
        strengths=tuple(strengths),
        family_name=family_name,
        words_left_out=words_left_out(report),
    )


@dataclass(frozen=True)
class AnalyseForm:
    """What the person typed, kept as typed, and the error to show next to each field."""

    question_id: str = ""
    own_question: str = ""
    answer: str = ""
    phase: str = "answer"
    question_error: str = ""
    answer_error: str = ""
    answer_hint: str = ""

    @property
    def has_errors(self) -> bool:
        """True when any field has an error message."""
        return bool(self.question_error or self.answer_error)


@dataclass(frozen=True)
class ReportFragment:
    """The report region: a report, or a placeholder; ``oob`` adds the field-error updates."""

    form: AnalyseForm
    report: ReportView | None = None
    oob: bool = False


@dataclass(frozen=True, kw_only=True)
class AnalyseContext(PageContext):
    """The analyse page: the question choices, the form as typed and the report region."""

    question_groups: tuple[OptionGroup, ...]
    form: AnalyseForm
    result: ReportFragment


def question_groups(kb: KnowledgeBase) -> tuple[OptionGroup, ...]:
    """The bank questions grouped by family, for the question picker."""
    groups = []
    for family in kb.families.values():
        options = tuple(
            Option(question.id, question.text) for question in kb.questions_in(family.id)
        )
        if options:
            groups.append(OptionGroup(family.name, options))
    return tuple(groups)


def analyse_context(
    kb: KnowledgeBase, form: AnalyseForm, report: Report | None = None
) -> AnalyseContext:
    """The analyse page with ``form`` filled in and, when there is one, its report."""
    view = report_view(report, kb) if report is not None else None
    return AnalyseContext(
        title="Analyse an answer",
        active="analyse",
        question_groups=question_groups(kb),
        form=form,
        result=ReportFragment(form=form, report=view),
    )
