"""The readers' public names in one place (kept for callers of the single module it once was).

The work lives in smaller modules: ``job_reader`` (a job → requirements), ``resume_reader`` (a résumé
→ roles and evidence), ``dates``, ``quantities`` (team sizes, money, head-counts from the parse),
``ladders`` (levels as data), ``resume_facts`` and ``text``.
"""

from __future__ import annotations

from poise.fit.dates import RANGE_RE, Month, date_range, parse_point
from poise.fit.job_reader import JobProfile, Requirement, heading_key, read_job
from poise.fit.quantities import Quantity, amounts_in, led_headcounts, money, team_sizes_in
from poise.fit.resume_reader import Period, ResumeLine, ResumeProfile, Role, read_resume
from poise.fit.text import clean, content_words, is_bullet, join_wrapped, sentences_of, stem, to_number

__all__ = [
    "RANGE_RE",
    "JobProfile",
    "Month",
    "Period",
    "Quantity",
    "Requirement",
    "ResumeLine",
    "ResumeProfile",
    "Role",
    "amounts_in",
    "clean",
    "content_words",
    "date_range",
    "heading_key",
    "is_bullet",
    "join_wrapped",
    "led_headcounts",
    "money",
    "parse_point",
    "read_job",
    "read_resume",
    "sentences_of",
    "stem",
    "team_sizes_in",
    "to_number",
]
