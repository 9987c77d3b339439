"""Shared content types: slugs, texts, the family ids, the strict base model, enums and matchers."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", min_length=2, max_length=60)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3)]

FAMILY_IDS: tuple[str, ...] = (
    "introduction",
    "leadership_qualities",
    "achievements",
    "success_in_role",
    "goal_setting",
    "people_management",
    "past_behaviour",
    "development",
    "failures",
    "salary",
    "weaknesses",
    "stress_resistance",
    "projective",
    "strategy_vision",
    "innovation",
    "external_resources",
    "international",
    "management_style",
    "competency_cases",
    "role_understanding",
)


def check_patterns(patterns: list[str], *, where: str = "") -> None:
    """Raise ValueError naming the first regex that does not compile (after ``where: ``)."""
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            prefix = f"{where}: " if where else ""
            raise ValueError(f"{prefix}pattern {pattern!r} does not compile: {exc}") from exc


class Strict(BaseModel):
    """Base for content models: frozen, and any key the schema does not know is an error."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Format(StrEnum):
    """Interview formats a question or persona belongs to."""

    BIOGRAPHICAL = "biographical"
    COMPETENCY = "competency"
    PANEL = "panel"
    STRESS = "stress"
    PROJECTIVE = "projective"


class Level(StrEnum):
    """Seniority levels a question suits."""

    MANAGER = "manager"
    DIRECTOR = "director"
    EXECUTIVE = "executive"


class ProjectiveArea(StrEnum):
    """The five areas a projective interview reads (seed 003)."""

    MOTIVATION = "motivation"
    VALUES = "values"
    SOCIABILITY = "sociability"
    CONFLICT = "conflict"
    CLIENTS = "clients"


class Matcher(Strict):
    """What a declarative rule looks for: a lexicon, plain phrases and/or regular expressions."""

    lexicon: Slug | None = None
    phrases: list[Text] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list, description="Python regexes, case-insensitive.")

    @model_validator(mode="after")
    def _something_to_match(self) -> Matcher:
        if not (self.lexicon or self.phrases or self.patterns):
            raise ValueError("a matcher needs a lexicon, phrases or patterns")
        check_patterns(self.patterns)
        return self
