"""Whether a job description and a résumé gave Poise enough to map a fit.

A fit map built from an advert with no duties or requirements, or from a résumé in a language
Poise does not read, would look like a result and mean nothing. These checks run after reading
and say what Poise could read and what to do instead.
"""

from __future__ import annotations

from poise.analysis.language import document_language
from poise.errors import DocumentLanguageError, DocumentUnusableError
from poise.fit.job_reader import JobProfile
from poise.fit.resume_reader import ResumeProfile

SAMPLE_CHARS = 4000
"""How much of a document the language check looks at (the start says enough)."""
TITLE_SHOWN = 80
"""A title read longer than this is a sentence, not a title, and is not quoted back."""


def check_language(text: str, *, what: str, field: str) -> None:
    """``DocumentLanguageError`` when ``text`` is clearly in another language than English;
    ``field`` names the form field the message belongs next to ("job" or "resume")."""
    language = document_language(text[:SAMPLE_CHARS])
    if language not in ("English", ""):
        raise DocumentLanguageError(
            f"The {what} appears to be in {language}, and Poise reads English only.",
            hint=f"Use an English version of the {what}; if you have none, translate the parts "
            "that list roles, duties and results.",
            field=field,
        )


def check_job(job: JobProfile) -> None:
    """``DocumentUnusableError`` when the advert states no duty or requirement Poise could read."""
    if job.requirements:
        return
    lines = [line for line in job.text.splitlines() if line.strip()]
    read = f"{len(lines)} line{'s' if len(lines) != 1 else ''}"
    title = f" (its title read as {job.title!r})" if 0 < len(job.title) <= TITLE_SHOWN else ""
    raise DocumentUnusableError(
        f"Poise read {read} of the job description{title} but found no duty or requirement in "
        "them, so there is nothing to map your résumé against.",
        hint="Paste the part of the advert that says what the role does and what it asks for "
        "(often headed Responsibilities, Requirements, What you'll bring or Person "
        "specification), one item per line.",
        field="job",
    )


def check_resume(resume: ResumeProfile) -> None:
    """``DocumentUnusableError`` when the résumé shows nothing Poise could match: no role, no
    result, no team or budget, no tool, certificate or degree (contact details only, say)."""
    if (resume.roles or resume.side_roles or resume.achievements or resume.team_sizes
            or resume.budgets or resume.tools or resume.certifications or resume.education):
        return
    raise DocumentUnusableError(
        f"Poise read {len(resume.lines)} lines of the résumé but found no role or result in "
        "them, so every requirement would look unmet.",
        hint="Give the résumé's experience section: each role with its title, employer and "
        "dates (\"Head of Operations, Acme Ltd, 2019 – present\"), then what you did there.",
        field="resume",
    )
