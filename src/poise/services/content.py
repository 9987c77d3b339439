"""Knowledge-base services: validate the content files and list questions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from poise.content.loader import KnowledgeBase, knowledge_base, load_knowledge_base
from poise.content.schema import Question
from poise.errors import ContentError, ContentProblem, InputError


def check_content(root: Path | None = None) -> list[ContentProblem]:
    """Every problem in the content files (an empty list means all is well)."""
    try:
        load_knowledge_base(root)
    except ContentError as exc:
        return exc.problems
    return []


def list_questions(
    *,
    family: str | None = None,
    interview_format: str | None = None,
    competency: str | None = None,
    kb: KnowledgeBase | None = None,
) -> list[Question]:
    """Bank questions matching the filters; unknown filter values are an InputError."""
    base = kb or knowledge_base()
    if family and family not in base.families:
        raise InputError(f"Unknown family {family!r}.", hint=f"Use one of: {', '.join(base.families)}.")
    if interview_format and interview_format not in base.formats:
        raise InputError(
            f"Unknown format {interview_format!r}.", hint=f"Use one of: {', '.join(base.formats)}."
        )
    if competency and competency not in base.competencies:
        raise InputError(
            f"Unknown competency {competency!r}.", hint=f"Use one of: {', '.join(base.competencies)}."
        )
    return base.find_questions(family=family, interview_format=interview_format, competency=competency)


def question_to_dict(question: Question) -> dict[str, Any]:
    """A question as JSON-ready data."""
    return question.model_dump(mode="json", exclude_none=True)
