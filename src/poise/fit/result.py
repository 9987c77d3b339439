"""The fit of one résumé to one job: requirements, the fit map, the concerns, and its JSON shape."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from poise.analysis.language import english_part
from poise.analysis.learned import LinearModel
from poise.content.loader import KnowledgeBase
from poise.errors import NotFoundError
from poise.fit.concerns import Concern, predict_concerns
from poise.fit.evidence_rank import rank_evidence
from poise.fit.job_reader import JobProfile, read_job
from poise.fit.lexicon import patterns_for
from poise.fit.limits import check_length
from poise.fit.match import Match, match_requirements, similarity
from poise.fit.readable import check_job, check_language, check_resume
from poise.fit.resume_reader import ResumeProfile, read_resume
from poise.fit.shortfall import cap
from poise.fit.verdict_head import apply_head

FIT_VERSION = 1
"""Version of the fit JSON shape (``FitResult.to_dict``); other parts of Poise rely on it."""


@dataclass(frozen=True, eq=False)
class FitResult:
    """Everything Poise concludes from one job description and one résumé."""

    job: JobProfile
    resume: ResumeProfile
    matches: tuple[Match, ...]
    concerns: tuple[Concern, ...]

    @property
    def level(self) -> str:
        """The level the job aims at: manager, director or executive."""
        return self.job.level

    def concern(self, concern_id: str) -> Concern:
        """One concern by id; ``NotFoundError`` when there is none."""
        for concern in self.concerns:
            if concern.id == concern_id:
                return concern
        known = ", ".join(concern.id for concern in self.concerns) or "none"
        raise NotFoundError(f"No concern with id {concern_id!r}.", hint=f"Concern ids: {known}.")

    def to_dict(self) -> dict[str, Any]:
        """The versioned JSON shape stored in ``Application.fit`` (the API models in web/routes/fit.py)."""
        return {
            "version": FIT_VERSION,
            "level": self.job.level,
            "title": self.job.title,
            "job_location": self.job.location,
            "work_mode": self.job.work_mode,
            "set_aside": self.job.set_aside,
            "requirements": [requirement.to_dict() for requirement in self.job.requirements],
            "matches": [match.to_dict() for match in self.matches],
            "concerns": [concern.to_dict() for concern in self.concerns],
            "resume": self.resume.to_dict(),
        }

    def evaluation(self) -> dict[str, Any]:
        """A flat, stable view for evaluation harnesses (see ``evaluation_view``)."""
        return evaluation_view(self)


VERDICT_NAMES = {"strong": "strong", "partial": "partial", "none": "missing"}


def evaluation_view(fit: FitResult) -> dict[str, Any]:
    """What the fit read and concluded, as plain data an evaluation can compare with a key.

    ``requirements``: every requirement in the job's order with ``text``, ``essential`` (bool),
    ``verdict`` (strong / partial / missing), ``evidence`` (the quoted résumé line, or "") and
    ``missing`` (what is not shown, e.g. "Green Belt shown; Black Belt asked"; "" when strong);
    ``roles``: ``title``, ``employer``, ``start``, ``end`` ("YYYY-MM", "YYYY" or "present") and
    ``level`` (individual_contributor … executive, from content/fit/lexicons.yaml) and ``side``
    (True for an unpaid or board role outside the work history, after the jobs);
    ``breaks``: ``start``, ``end``, ``explained``, ``quote``; ``certifications`` and ``education``
    (names as written);
    ``languages``: ``language``, ``level``; ``language_certificates`` (language tests as written,
    apart from the certifications); ``location``; ``concern_kinds`` (in rank order) and
    ``concerns`` (``kind``, ``title``, ``requirement``, ``requirement_kind``: the kind of the
    requirement it was raised on, or None).
    """
    by_id = {match.requirement_id: match for match in fit.matches}
    requirements = []
    for requirement in fit.job.requirements:
        match = by_id.get(requirement.id)
        verdict = VERDICT_NAMES.get(match.strength, "missing") if match else "missing"
        requirements.append({
            "id": requirement.id,
            "text": requirement.text,
            "essential": requirement.must,
            "kind": requirement.kind,
            "verdict": verdict,
            "evidence": match.quote if match and verdict != "missing" else "",
            "missing": (match.missing or match.reason) if match and verdict != "strong" else "",
        })
    texts = {requirement.id: requirement.text for requirement in fit.job.requirements}
    concerns = []
    for concern in fit.concerns:
        concerns.append({"kind": concern.kind, "title": concern.title,
                         "requirement": texts.get(concern.requirement_id or "", ""),
                         "requirement_kind": concern.requirement_kind})
    resume = fit.resume
    return {
        "requirements": requirements,
        "roles": [{"title": role.title, "employer": role.employer, "level": role.level,
                   "start": role.start.iso() if role.start else None,
                   "end": "present" if role.current else (role.end.iso() if role.end else None),
                   "side": side}
                  for roles, side in ((resume.roles, False), (resume.side_roles, True))
                  for role in roles],
        "breaks": [item.to_dict() for item in resume.breaks],
        "certifications": list(resume.certifications),
        "education": list(resume.education),
        "languages": [{"language": name, "level": level} for name, level in resume.languages],
        "language_certificates": list(resume.language_certificates),
        "location": resume.location,
        "concern_kinds": [concern.kind for concern in fit.concerns],
        "concerns": concerns,
    }


def assess(
    job_text: str,
    resume_text: str,
    *,
    embed: Callable[[list[str]], np.ndarray],
    kb: KnowledgeBase | None = None,
    today: date | None = None,
    verdict_head: LinearModel | None = None,
    evidence_ranker: LinearModel | None = None,
) -> FitResult:
    """Read both texts, map every requirement to evidence and predict the concerns (pure, given
    ``embed``, the sentence-embedding function); an ``InputError`` when either text is longer
    than ``MAX_DOCUMENT_CHARS``, before any parsing, and a ``DocumentError`` when either is not
    in English or gave nothing to map (``poise.fit.readable``). With ``verdict_head`` (the learned
    head of ``poise.fit.verdict_head``, trained on this embedding model) the head weighs the
    checks into each verdict; without it the checks decide. With ``evidence_ranker``
    (``poise.fit.evidence_rank``) the line each requirement quotes, and the head reads, is the
    ranker's; without it the most similar."""
    check_length(job_text, what="job description")
    check_length(resume_text, what="résumé")
    check_language(english_part(job_text).text, what="job description", field="job")
    check_language(resume_text, what="résumé", field="resume")
    patterns = patterns_for(kb)
    job = read_job(job_text, kb=kb)
    check_job(job)
    resume = read_resume(resume_text, kb=kb, today=today)
    check_resume(resume)
    sim = rank_evidence(evidence_ranker, job.requirements, resume, similarity(job, resume, embed),
                        patterns)
    matches = apply_head(verdict_head, job.requirements,
                         match_requirements(job, resume, sim, patterns), resume, sim,
                         patterns)
    # A quantity or a level shown short is never strong, whatever the head weighed.
    matches = cap(job.requirements, matches, resume, patterns)
    concerns = predict_concerns(job, resume, matches, sim, patterns)
    return FitResult(job=job, resume=resume, matches=matches, concerns=concerns)
