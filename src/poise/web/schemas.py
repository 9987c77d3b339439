"""Pydantic models of the JSON API; the report models mirror ``Report.to_dict()`` (wire schema)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, create_model

from poise.content.schema import Question


class ApiModel(BaseModel):
    """Base of the API models: unknown keys are rejected so typos never pass silently."""

    model_config = ConfigDict(extra="forbid")


class QuestionPublic(ApiModel):
    """A bank question as the API returns it."""

    id: str = Field(examples=["achievements.proudest_result"])
    text: str
    family: str
    formats: list[str]
    competencies: list[str]
    levels: list[str]
    behavioural: bool
    really_asking: str = Field(description="What the interviewer is really asking.")
    good_shape: str = Field(description="What a strong answer looks like.")
    pitfalls: list[str]

    @classmethod
    def from_question(cls, question: Question) -> QuestionPublic:
        """The public view of a bank question."""
        return cls(
            id=question.id,
            text=question.text,
            family=question.family,
            formats=[item.value for item in question.formats],
            competencies=list(question.competencies),
            levels=[item.value for item in question.levels],
            behavioural=question.behavioural,
            really_asking=question.really_asking,
            good_shape=question.good_shape,
            pitfalls=list(question.pitfalls),
        )


class AnalyseRequest(ApiModel):
    """One answer to analyse, with what is known about its question."""

    question: str = Field(
        default="",
        description="The interview question (a bank question's text, or your own).",
        examples=["Tell me about a time you led a team through a difficult change."],
    )
    answer: str = Field(description="The answer as you would say it.")
    family: str | None = Field(
        default=None, description="Question family id; detected from the question when omitted."
    )
    format: str | None = Field(default=None, description="Interview format id, e.g. 'panel'.")
    role: list[str] = Field(
        default_factory=list, description="Requirements of the role the answer should show."
    )
    job_text: str = Field(default="", description="The job advert or description, if any.")
    phase: str = Field(
        default="answer",
        description="'answer', 'candidate_question' or 'concern_reply'.",
    )


class EvidencePublic(ApiModel):
    """Exact words of the answer: ``answer[start:end] == quote``."""

    start: int
    end: int
    quote: str


class FindingPublic(ApiModel):
    """One problem with the words that triggered it, why it matters and what to do."""

    rule: str
    severity: Literal["high", "medium", "low"]
    dimension: str
    message: str
    why: str
    fix: str
    source: str
    evidence: list[EvidencePublic]


class StrengthPublic(ApiModel):
    """Something the answer does well, with the words that prove it."""

    what: str
    evidence: list[EvidencePublic]


class DimensionPublic(ApiModel):
    """A 1-5 score on one dimension and the anchor text for that level."""

    label: str
    score: int = Field(ge=1, le=5)
    anchor: str


class SentencePublic(ApiModel):
    """A sentence of the answer and its role in the story."""

    index: int
    start: int
    end: int
    role: str
    quote: str


class FixPublic(ApiModel):
    """One of the top things to fix first."""

    rule: str
    message: str
    fix: str


class ReportPublic(ApiModel):
    """The analysis of one answer (wire schema, see docs/wire-schema.md)."""

    schema_version: str
    question: str
    answer: str
    family: str | None
    family_source: str
    format: str | None
    phase: str
    words: int
    state: Literal["ok", "insufficient_evidence"]
    overall: int = Field(ge=0, le=100)
    dimensions: dict[str, DimensionPublic]
    structure: list[SentencePublic]
    findings: list[FindingPublic]
    strengths: list[StrengthPublic]
    top_fixes: list[FixPublic]


class ErrorDetail(ApiModel):
    """What went wrong and what to do."""

    code: str = Field(examples=["E300"])
    message: str = Field(examples=["The answer is empty."])
    hint: str = Field(default="", examples=["Type or paste what you would say, then analyse it again."])
    field: str = Field(default="", description="The input the error is about, when it is about one "
                       "(e.g. `title`, `questions.0.rating`, `query.application_id`).")


class ErrorResponse(ApiModel):
    """Every API error has this shape."""

    error: ErrorDetail


class HealthPublic(ApiModel):
    """The server and its database are up."""

    status: Literal["ok"]
    database: str = Field(description="The database backend: sqlite or postgresql.")
    questions: int = Field(description="Questions in the knowledge base.")


class HealthProblem(ApiModel):
    """The server is up but cannot use its database."""

    status: Literal["unavailable"]
    database: str
    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, object]] = {
    400: {"model": ErrorResponse, "description": "The input cannot be used; see error.hint."},
    503: {"model": ErrorResponse, "description": "A language model or the database is missing."},
}


def _public_type(annotation: Any, nested: Mapping[type, type[BaseModel]]) -> Any:
    """The API type of a dataclass field: tuples as lists, times as their ISO text, nested
    dataclasses as their public models."""
    if annotation is datetime:
        return str
    if isinstance(annotation, type) and annotation in nested:
        return nested[annotation]
    origin = get_origin(annotation)
    arguments = get_args(annotation)
    if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
        return list[_public_type(arguments[0], nested)]  # type: ignore[misc]
    if origin in (Union, UnionType):
        parts = tuple(_public_type(item, nested) for item in arguments)
        return Union[parts]  # noqa: UP007  (built from a tuple of types)
    return annotation


def public_model(
    source: type,
    *,
    name: str,
    doc: str | None = None,
    exclude: tuple[str, ...] = (),
    override: Mapping[str, Any] | None = None,
    extra: Mapping[str, Any] | None = None,
    nested: Mapping[type, type[BaseModel]] | None = None,
    base: type[BaseModel] = ApiModel,
) -> type[BaseModel]:
    """The API model of a dataclass whose ``to_dict`` is its fields (``poise.wire``): the fields are
    written once, in the dataclass. ``override`` gives a field another type or a ``Field`` with a
    description (``(type, Field(...))``), ``extra`` adds keys ``to_dict`` adds, ``exclude`` drops
    fields it leaves out, ``nested`` names the public models of nested dataclasses."""
    hints = get_type_hints(source)
    changes = dict(override or {})
    fields: dict[str, Any] = {}
    for field in dataclasses.fields(source):
        if field.name in exclude:
            continue
        given = changes.pop(field.name, None)
        if given is None:
            fields[field.name] = (_public_type(hints[field.name], nested or {}), ...)
        else:
            fields[field.name] = given if isinstance(given, tuple) else (given, ...)
    if changes:
        raise TypeError(f"{source.__name__} has no field {', '.join(changes)}")
    for key, given in (extra or {}).items():
        fields[key] = given if isinstance(given, tuple) else (given, ...)
    model: type[BaseModel] = create_model(name, __base__=base, __doc__=doc or source.__doc__,
                                          **fields)
    return model


def list_of(model: type[BaseModel]) -> Any:
    """``list[model]`` for a ``response_model`` (a derived model is a value to the type checker)."""
    return list[model]  # type: ignore[valid-type]
