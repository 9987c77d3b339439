"""Analysis rules: one header for every rule, a closed set of kinds, compulsory examples."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field, StringConstraints, model_validator

from poise.content.schema.base import Format, Matcher, Slug, Strict, Text

# --- Analysis rules -------------------------------------------------------------------------

Dimension = Literal["structure", "evidence", "ownership", "relevance", "concision", "tone", "family"]
Requirement = Literal["doc", "parse", "entities", "embeddings", "structure", "role"]


class Example(Strict):
    """An answer a rule must flag or must pass, with the question context it is judged in."""

    answer: Annotated[str, StringConstraints(min_length=1)]
    question: str | None = None
    family: str | None = None
    role: list[str] = Field(default_factory=list, description="Role requirements, if any.")
    job_text: str | None = None
    format: Format | None = Field(default=None,
                                  description="The interview format, for a rule limited to some.")


class Examples(Strict):
    """Compulsory examples: at least one answer to flag and one to pass."""

    flag: list[Example | str] = Field(min_length=1)
    pass_: list[Example | str] = Field(min_length=1, alias="pass")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


class RuleHeader(Strict):
    """The header every rule shares, whatever its kind."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z_]+\.[a-z0-9_]+$")]
    severity: Literal["high", "medium", "low"]
    dimension: Dimension
    message: Text
    why: Text
    fix: Text
    source: Text = Field(description="Seed section or published reference the rule rests on.")
    scope: Literal["answer", "candidate_question", "concern_reply"] = "answer"
    also_in: list[Literal["answer", "candidate_question", "concern_reply"]] = Field(
        default_factory=list,
        description="Other phases the rule also runs in (tone rules also judge concern replies).",
    )
    applies_to: list[str] = Field(min_length=1, description="Family ids, or '*' for all.")
    excludes: list[str] = Field(default_factory=list, description="Families it never applies to.")
    behavioural_only: bool = Field(
        default=False, description="Only for questions that ask for a real past example."
    )
    plans_only: bool = Field(
        default=False,
        description="Only for questions that ask for a plan or approach, not for a past example.",
    )
    formats: list[Format] = Field(default_factory=list, description="Empty means every format.")
    when_question: Matcher | None = Field(
        default=None, description="Only when the question text matches this."
    )
    min_words: int = Field(default=0, ge=0, description="Skip answers shorter than this.")
    conduct: bool = Field(
        default=False,
        description=(
            "A finding of this rule at high severity is about conduct an employer would worry"
            " about (criticising an employer, going around rules, deceiving): it holds the whole"
            " answer below the competent band, and the score says so."
        ),
    )
    supersedes: list[str] = Field(
        default_factory=list,
        description="Rule ids whose findings are dropped when this rule fires (it says it better).",
    )
    covers: list[str] = Field(
        default_factory=list,
        description=(
            "Rule ids whose quotes this rule's findings already name: a quote of theirs that overlaps"
            " one of this rule's is dropped, and their finding with it when no quote is left."
        ),
    )
    aimed_at: Literal["third_party", "outside_cause", "own_job", "beyond_praise"] | None = Field(
        default=None,
        description=(
            "A tone rule's last check, read from the parse of each quoted sentence: criticism"
            " needs someone else the speaker judges (third_party), blame a failure put outside"
            " the speaker (outside_cause), a job complaint the speaker's own work (own_job), an"
            " overclaim more than a list of the speaker's qualities, which the self-praise rules"
            " own (beyond_praise)."
        ),
    )
    needs_substance: bool = Field(
        default=False,
        description="Judges what is missing, so it is skipped when an answer is too thin to judge.",
    )
    requires: list[Requirement] = Field(default_factory=list)
    examples: Examples

    def lexicons(self) -> list[str]:
        """Lexicon ids this rule reads."""
        found = []
        for matcher in self.matchers():
            if matcher.lexicon:
                found.append(matcher.lexicon)
        return found

    def matchers(self) -> list[Matcher]:
        """Every matcher the rule declares (overridden by kinds that have them)."""
        return [self.when_question] if self.when_question else []


class ExistenceRule(RuleHeader):
    """Flags each occurrence of a phrase once more than ``max`` are found."""

    kind: Literal["existence"]
    match: Matcher
    max: int = Field(default=0, ge=0)

    def matchers(self) -> list[Matcher]:
        return [*super().matchers(), self.match]


class SubstitutionRule(RuleHeader):
    """Flags each phrase and proposes the lexicon's ``instead`` wording for it."""

    kind: Literal["substitution"]
    match: Matcher

    def matchers(self) -> list[Matcher]:
        return [*super().matchers(), self.match]


class OccurrenceRule(RuleHeader):
    """Flags too few (``min``) or too many (``max``, optionally per 100 words) occurrences."""

    kind: Literal["occurrence"]
    match: Matcher
    min: int | None = Field(default=None, ge=1)
    max: float | None = Field(default=None, ge=0)
    per_100_words: bool = False
    at_least: int = Field(default=1, ge=1, description="With max: flag only from this many matches.")
    missing_evidence: Literal["result", "last_sentence", "first_sentence", "answer"] = "last_sentence"

    def matchers(self) -> list[Matcher]:
        return [*super().matchers(), self.match]

    @model_validator(mode="after")
    def _has_bound(self) -> OccurrenceRule:
        if self.min is None and self.max is None:
            raise ValueError("an occurrence rule needs 'min' or 'max'")
        return self


class RatioRule(RuleHeader):
    """Flags when the share of sentences that match exceeds ``above`` (or is under ``below``)."""

    kind: Literal["ratio"]
    sentences: Matcher
    above: float | None = Field(default=None, ge=0, le=1)
    below: float | None = Field(default=None, ge=0, le=1)
    min_sentences: int = Field(default=3, ge=1)
    unless: Matcher | None = Field(default=None, description="No finding when this matches.")

    def matchers(self) -> list[Matcher]:
        extra = [self.unless] if self.unless else []
        return [*super().matchers(), self.sentences, *extra]


class ConditionalRule(RuleHeader):
    """Flags when ``if_`` is found and ``unless`` is not (e.g. goals named but no tools)."""

    kind: Literal["conditional"]
    if_: Matcher = Field(alias="if")
    unless: Matcher

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)

    def matchers(self) -> list[Matcher]:
        return [*super().matchers(), self.if_, self.unless]


class CodeRule(RuleHeader):
    """A rule whose logic needs the parse, structure or embeddings: a named function."""

    kind: Literal["code"]
    function: Slug
    params: dict[str, float | int | str | list[str]] = Field(default_factory=dict)
    match: Matcher | None = None

    def matchers(self) -> list[Matcher]:
        extra = [self.match] if self.match else []
        return [*super().matchers(), *extra]

    def number(self, name: str, default: float) -> float:
        """A numeric parameter, or ``default`` when absent."""
        value = self.params.get(name, default)
        if not isinstance(value, int | float):
            raise TypeError(f"rule {self.id}: parameter {name!r} must be a number")
        return float(value)

    def text(self, name: str, default: str) -> str:
        """A text parameter, or ``default`` when absent."""
        return str(self.params.get(name, default))

    def words(self, name: str) -> tuple[str, ...]:
        """A list-of-words parameter, or none when absent."""
        value = self.params.get(name, [])
        if not isinstance(value, list):
            raise TypeError(f"rule {self.id}: parameter {name!r} must be a list")
        return tuple(value)


Rule = Annotated[
    ExistenceRule | SubstitutionRule | OccurrenceRule | RatioRule | ConditionalRule | CodeRule,
    Field(discriminator="kind"),
]


class RuleFile(Strict):
    """A file of rules sharing an id prefix (the file's name)."""

    rules: list[Rule] = Field(min_length=1)
