"""Know the role: read a job and a résumé, map the fit, and predict what may give an interviewer pause."""

from poise.fit.concerns import AnswerPlan, Concern
from poise.fit.intake import read_bytes, read_document, read_text
from poise.fit.job_reader import JobProfile, Requirement, read_job
from poise.fit.limits import MAX_DOCUMENT_CHARS, check_length
from poise.fit.match import Match
from poise.fit.result import FIT_VERSION, FitResult, assess, evaluation_view
from poise.fit.resume_reader import ResumeProfile, Role, read_resume

__all__ = [
    "FIT_VERSION",
    "MAX_DOCUMENT_CHARS",
    "AnswerPlan",
    "Concern",
    "FitResult",
    "JobProfile",
    "Match",
    "Requirement",
    "ResumeProfile",
    "Role",
    "assess",
    "check_length",
    "evaluation_view",
    "read_bytes",
    "read_document",
    "read_job",
    "read_resume",
    "read_text",
]
