"""Build a session's role context from an application's fields and its fit map (plain JSON)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from poise.analysis.rules.code import job_lines
from poise.interview.model import RoleContext

MAX_ROLE_LINES = 12
"""Job lines used as the role's requirements when there is no fit map yet."""


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


MARKUP_RE = re.compile(r"^[#>*\-•\s]+|\*\*|__|`")
MIN_REQUIREMENT_WORDS = 5


def _plain(line: str) -> str:
    """A job line without its markdown (headings, bullets, bold)."""
    return " ".join(MARKUP_RE.sub("", line).split())


def _is_requirement_line(line: str) -> bool:
    """A line that says something about the job, not a heading or a company name and place."""
    return len(line.split()) >= MIN_REQUIREMENT_WORDS and not line.endswith(":") and "·" not in line


def normalise_concern(raw: Mapping[str, Any], *, source: str) -> dict[str, Any] | None:
    """A concern in the fit-map shape, keeping only what the interviewer needs; None if unusable."""
    title = _text(raw.get("title"))
    if not title:
        return None
    plan = raw.get("answer_plan")
    evidence = raw.get("evidence")
    return {
        "id": _text(raw.get("id")) or _text(raw.get("kind")) or "concern",
        "kind": _text(raw.get("kind")) or "concern",
        "title": title,
        "why": _text(raw.get("why")),
        "severity": _text(raw.get("severity")) or "medium",
        "question": _text(raw.get("question")),
        "answer_plan": dict(plan) if isinstance(plan, Mapping) else {},
        "evidence": [item for item in evidence if isinstance(item, str)]
        if isinstance(evidence, list)
        else [],
        "source": source,
    }


def role_from_application(
    *,
    application_id: int | None,
    company: str,
    title: str,
    level: str,
    job_text: str,
    fit: Mapping[str, Any] | None,
) -> RoleContext:
    """The role context: requirement texts, must-haves, the top concern and tailored questions.

    Reads the fit map's contract (``requirements``, ``concerns``, optional ``questions``) and
    tolerates a missing or partial map: without requirements the job text's lines stand in.
    """
    requirements: list[str] = []
    must_haves: list[str] = []
    concern: dict[str, Any] | None = None
    tailored: list[dict[str, Any]] = []
    has_fit = isinstance(fit, Mapping) and bool(fit)
    if isinstance(fit, Mapping):
        for item in fit.get("requirements") or []:
            if not isinstance(item, Mapping):
                continue
            text = _text(item.get("text"))
            if text and text not in requirements:
                requirements.append(text)
                if item.get("must"):
                    must_haves.append(text)
        for item in fit.get("concerns") or []:
            if isinstance(item, Mapping):
                concern = normalise_concern(item, source="fit")
                if concern is not None:
                    break
        for item in fit.get("questions") or []:
            if isinstance(item, Mapping) and _text(item.get("text")):
                tailored.append({key: value for key, value in item.items() if isinstance(value, str)})
    if not requirements and job_text.strip():
        requirements = [line for line in (_plain(item) for item in job_lines(job_text))
                        if _is_requirement_line(line)][:MAX_ROLE_LINES]
    return RoleContext(
        application_id=application_id,
        company=company.strip(),
        title=title.strip(),
        level=level or "manager",
        requirements=tuple(requirements),
        must_haves=tuple(must_haves),
        job_text=job_text,
        concern=concern,
        tailored=tuple(tailored),
        has_fit=has_fit,
    )
