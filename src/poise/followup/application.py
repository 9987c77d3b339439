"""What follow-up needs to know about an application, and a tolerant reading of its fit map."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

STAGES: tuple[str, ...] = (
    "researching", "applied", "interviewing", "offer", "accepted", "declined", "closed",
)
"""Every stage an application can be at, in the order a search moves through them."""

CLOSED_STAGES: tuple[str, ...] = ("offer", "accepted", "declined", "closed")
"""Stages after which Poise schedules no more follow-ups."""

OPEN_STAGES: tuple[str, ...] = ("researching", "applied", "interviewing")
"""Stages a debrief may move on to ``interviewing``."""

USABLE_STRENGTHS: tuple[str, ...] = ("strong", "partial")
"""Match strengths good enough to argue the fit in a letter, best first."""


@dataclass(frozen=True)
class ApplicationView:
    """An application as the pure follow-up code sees it (no database object)."""

    id: int
    company: str
    title: str
    level: str = "manager"
    stage: str = "researching"
    round: int = 0
    fit: dict[str, Any] | None = None
    candidate: str | None = None

    @property
    def closed(self) -> bool:
        """True once the application has an answer (offer, accepted, declined or closed)."""
        return self.stage in CLOSED_STAGES


class _Lenient(BaseModel):
    """Fit entries are written by another part of Poise: keep what is known, ignore the rest."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class FitRequirement(_Lenient):
    """One need of the role, as read from the job description."""

    id: str
    text: str
    kind: str = ""
    must: bool = False
    section: str = ""


class FitMatch(_Lenient):
    """How well the résumé shows one requirement, with the résumé line that shows it."""

    requirement_id: str
    strength: str = ""
    quote: str = ""
    reason: str = ""
    score: float = 0.0
    missing: str = ""


class AnswerPlan(_Lenient):
    """The prepared answer to a concern: acknowledge, evidence, plan, check back."""

    acknowledge: str = ""
    evidence: str = ""
    plan: str = ""
    check_back: str = ""


class FitConcern(_Lenient):
    """A concern an interviewer may have (predicted, or raised in a real interview)."""

    id: str
    kind: str = ""
    title: str = ""
    why: str = ""
    severity: str = ""
    score: float = 0.0
    answer_plan: AnswerPlan | None = None
    raised: bool = False
    question: str = ""
    draft: str = ""
    evidence: tuple[str, ...] = ()
    variant: str = ""
    """The named wording of its kind (concerns.yaml ``variants``), or ""."""


class FitRole(_Lenient):
    """A role the résumé reader found: dates ("YYYY-MM", "YYYY", "present"), title, employer."""

    title: str = ""
    employer: str = ""
    start: str | None = None
    end: str | None = None


class FitBreak(_Lenient):
    """Time out between roles: one the résumé dates and explains, or a gap between roles."""

    start: str = ""
    end: str = ""
    explained: bool = False
    quote: str = ""
    """The résumé line that dates the break ("" for a gap between roles)."""
    lines: tuple[str, ...] = ()
    """The lines that tell the break: its dated line and the lines under it."""


class FitLanguage(_Lenient):
    """A language the résumé names, with its level ("" when none is given)."""

    language: str = ""
    level: str = ""


@dataclass(frozen=True)
class FitResume:
    """What the résumé reader found, as stored with the fit (empty for fits stored before)."""

    roles: tuple[FitRole, ...] = ()
    breaks: tuple[FitBreak, ...] = ()
    education: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()
    languages: tuple[FitLanguage, ...] = ()
    location: str = ""
    side_roles: tuple[FitRole, ...] = ()
    """Other roles outside the work history (trustee, volunteer)."""
    language_certificates: tuple[str, ...] = ()
    """Language tests and certificates of a language level ("IELTS 7.5, 2014")."""
    current_lines: tuple[str, ...] = ()
    """The lines under the roles still held: a letter tells them in the present tense."""


@dataclass(frozen=True)
class FitView:
    """The parts of ``Application.fit`` follow-up uses; malformed entries are skipped."""

    requirements: tuple[FitRequirement, ...] = ()
    matches: tuple[FitMatch, ...] = ()
    concerns: tuple[FitConcern, ...] = ()
    resume: FitResume = FitResume()
    job_location: str = ""
    """Where the job is, as the advert says ("" for fits stored before it was read)."""
    work_mode: str = ""
    """How the work is done ("Hybrid", "On-site"), kept apart from the place."""
    set_aside: str = ""
    """What of the advert was not read (lines of another language beside an English version)."""

    def requirement(self, requirement_id: str) -> FitRequirement | None:
        """The requirement with this id, or None."""
        for requirement in self.requirements:
            if requirement.id == requirement_id:
                return requirement
        return None

    def concern(self, concern_id: str) -> FitConcern | None:
        """The concern with this id, or None."""
        for concern in self.concerns:
            if concern.id == concern_id:
                return concern
        return None


def _entries(fit: dict[str, Any], key: str, model: type[_Lenient]) -> tuple[Any, ...]:
    """The valid entries of one list in the fit map."""
    raw = fit.get(key)
    if not isinstance(raw, list):
        return ()
    entries = []
    for item in raw:
        try:
            entries.append(model.model_validate(item))
        except ValidationError:
            continue
    return tuple(entries)


def read_fit(fit: dict[str, Any] | None) -> FitView:
    """Read ``Application.fit`` (version 1) without failing on entries this code does not know."""
    if not isinstance(fit, dict):
        return FitView()
    return FitView(
        requirements=_entries(fit, "requirements", FitRequirement),
        matches=_entries(fit, "matches", FitMatch),
        concerns=_entries(fit, "concerns", FitConcern),
        resume=_resume(fit.get("resume")),
        job_location=_text(fit.get("job_location")),
        work_mode=_text(fit.get("work_mode")),
        set_aside=_text(fit.get("set_aside")),
    )


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _resume(raw: Any) -> FitResume:
    """The résumé part of a stored fit, its malformed entries skipped."""
    if not isinstance(raw, dict):
        return FitResume()

    def texts(key: str) -> tuple[str, ...]:
        value = raw.get(key)
        return tuple(item for item in value if isinstance(item, str)) if isinstance(value, list) else ()

    location = raw.get("location")
    return FitResume(
        roles=_entries(raw, "roles", FitRole),
        breaks=_entries(raw, "breaks", FitBreak),
        education=texts("education"),
        certifications=texts("certifications"),
        languages=_entries(raw, "languages", FitLanguage),
        location=location if isinstance(location, str) else "",
        side_roles=_entries(raw, "side_roles", FitRole),
        language_certificates=texts("language_certificates"),
        current_lines=texts("current_lines"),
    )
