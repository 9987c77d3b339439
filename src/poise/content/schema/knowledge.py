"""The knowledge base proper: questions, families, competencies, formats, lexicons, checklists."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints, ValidationInfo, model_validator

from poise.content.schema.base import (
    FAMILY_IDS,
    Format,
    Level,
    Matcher,
    ProjectiveArea,
    Slug,
    Strict,
    Text,
    check_patterns,
)


class FollowUps(Strict):
    """What the interviewer asks next, keyed by what the answer is missing."""

    no_actions: Text | None = None
    no_result: Text | None = None
    only_we: Text | None = None
    vague: Text | None = None


class Question(Strict):
    """One interview question with what it probes and what a strong answer looks like."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z_]+\.[a-z0-9_]+$")]
    family: Literal[FAMILY_IDS]  # type: ignore[valid-type]
    text: Text
    formats: list[Format] = Field(min_length=1)
    competencies: list[Slug] = Field(min_length=1, max_length=4)
    levels: list[Level] = Field(min_length=1)
    behavioural: bool = Field(
        default=False,
        description="True when the question asks for a real past example ('tell me about a time').",
    )
    really_asking: Text
    good_shape: Text
    pitfalls: list[Text] = Field(min_length=1)
    follow_ups: FollowUps
    area: ProjectiveArea | None = Field(default=None, description="Projective questions only.")
    reading: Text | None = Field(
        default=None, description="Projective questions only: how an interviewer may read answers."
    )

    @model_validator(mode="after")
    def _id_prefixed_by_family(self) -> Question:
        if not self.id.startswith(self.family + "."):
            raise ValueError(f"id {self.id!r} must start with its family {self.family + '.'!r}")
        if self.family == "projective" and (self.area is None or self.reading is None):
            raise ValueError("projective questions need both 'area' and 'reading'")
        if self.family != "projective" and (self.area is not None or self.reading is not None):
            raise ValueError("only projective questions carry 'area' and 'reading'")
        return self


class QuestionFile(Strict):
    """A file of questions: one family per file, the file named after it."""

    family: Literal[FAMILY_IDS]  # type: ignore[valid-type]
    questions: list[Question] = Field(min_length=1)


class Family(Strict):
    """A question family: what it covers and how answers in it are judged."""

    id: Literal[FAMILY_IDS]  # type: ignore[valid-type]
    name: Text
    description: Text
    behavioural: bool = Field(description="Answers should tell a real past example in C-A-R form.")
    personal: bool = Field(
        default=False, description="Life outside work (family, hobbies) belongs in its answers."
    )
    family_dimension: Text = Field(description="Name of the family-specific scoring dimension.")
    min_words: int = Field(default=25, ge=1, description="Below this an answer is too thin to judge.")
    max_words: int = Field(default=320, ge=20, description="Above this an answer rambles.")
    shows: Matcher | None = Field(
        default=None, description="Words that show what this family tests (a proven strength)."
    )
    traps: list[str] = Field(
        default_factory=list,
        description="Ids of the rules whose finding is this family's main trap (blame in a failure "
        "story, a lapse under pressure): besides its own dimension, such a finding also lowers the "
        "family dimension, which then does not say nothing was wrong.",
    )
    judged_on: list[DimensionId] | None = Field(
        default=None,
        description="The only dimensions that mean something for an answer in this family (a pay "
                    "figure has no part of its own to credit to a team); the others are not "
                    "scored. All seven when absent.",
    )
    view_shows: bool = Field(
        default=False,
        description="A view committed to with its specifics (a forecast or what to do, said with no "
        "qualifier, with a figure, a date or a name: analysis/committed_view.py) is by itself what "
        "this family tests (strategy and vision).",
    )
    story_shows: bool = Field(
        default=False,
        description="A past story with the speaker's own actions and its outcome is by itself what "
        "this family tests (achievements, conduct in a problem). Elsewhere such a story counts only "
        "once a word of 'shows' marks it as the kind of story asked for.",
    )


class FamiliesFile(Strict):
    """families.yaml."""

    families: list[Family]


class Competency(Strict):
    """A managerial area or an employer requirement (seed 003)."""

    id: Slug
    group: Literal["managerial_area", "employer_requirement"]
    name: Text
    description: Text
    shows_in_answer: list[Text] = Field(min_length=1, description="Signals a coach looks for.")
    keywords: list[Text] = Field(min_length=3, description="Words that suggest the competency.")


class CompetenciesFile(Strict):
    """competencies.yaml."""

    competencies: list[Competency]


class Persona(Strict):
    """An interviewer: who they are, what they judge and how they speak."""

    id: Slug
    name: Text
    role: Text
    criterion: Text = Field(description="The one criterion this persona owns and scores.")
    dimension: Literal[
        "structure", "evidence", "ownership", "relevance", "concision", "tone", "family"
    ] = Field(description="The report dimension this persona reads to score its criterion.")
    competencies: list[Slug] = Field(min_length=1)
    style: Text
    opening: Text


class InterviewFormat(Strict):
    """An interview format with its timing and interviewers."""

    id: Format
    name: Text
    description: Text
    how_to_behave: Text
    time_limit_s: int = Field(ge=10, le=900)
    questions: int = Field(ge=3, le=20, description="Questions in a mock session before closing.")
    families: list[Literal[FAMILY_IDS]] = Field(min_length=1)  # type: ignore[valid-type]
    personas: list[Persona] = Field(min_length=1, max_length=4)
    challenges: list[Text] = Field(default_factory=list, description="Stress format: sceptical lines.")

    @model_validator(mode="after")
    def _panel_has_panellists(self) -> InterviewFormat:
        if self.id == Format.PANEL and not 2 <= len(self.personas) <= 4:
            raise ValueError("the panel format needs 2 to 4 personas")
        if self.id == Format.STRESS and len(self.challenges) < 3:
            raise ValueError("the stress format needs at least 3 challenges")
        return self


class FormatsFile(Strict):
    """formats.yaml."""

    formats: list[InterviewFormat]


FRAGMENT_REF = re.compile(r"\(\?&([a-z][a-z0-9_]*)\)")
"""A reference to a shared regex fragment (lexicon_fragments.yaml) inside a regex entry:
``(?&self_label)``, PCRE's subroutine syntax, which Python's ``re`` refuses, so a reference left
unexpanded can never pass as a pattern."""


class LexiconFragments(Strict):
    """lexicon_fragments.yaml: regex parts several lexicon entries share, by name."""

    fragments: dict[Slug, Text] = Field(min_length=1)

    @model_validator(mode="after")
    def _check_fragments(self) -> LexiconFragments:
        for name, pattern in self.fragments.items():
            if FRAGMENT_REF.search(pattern):
                raise ValueError(f"fragment {name!r} refers to another fragment: write it out")
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"fragment {name!r} does not compile: {exc}") from exc
        return self


def expand_fragments(pattern: str, fragments: Mapping[str, str], used: set[str] | None = None) -> str:
    """``pattern`` with every ``(?&name)`` replaced by its fragment in a non-capturing group (the
    same matches as the fragment written out); an unknown name is a ValueError."""

    def expand(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in fragments:
            known = ", ".join(sorted(fragments)) or "none"
            raise ValueError(f"unknown fragment (?&{name}) (lexicon_fragments.yaml has: {known})")
        if used is not None:
            used.add(name)
        return f"(?:{fragments[name]})"

    return FRAGMENT_REF.sub(expand, pattern)


class LexiconEntry(Strict):
    """A phrase (or regular expression) and, optionally, a better alternative.

    A regex entry may name a shared fragment as ``(?&name)``; the loader passes the fragments in
    the validation context (``{"fragments": {...}, "used": set()}``) and the entry holds the
    pattern with the fragment written in.
    """

    phrase: Text
    regex: bool = False
    instead: Text | None = None
    note: Text | None = None

    @model_validator(mode="before")
    @classmethod
    def _expand(cls, data: Any, info: ValidationInfo) -> Any:
        if not isinstance(data, dict) or not data.get("regex") or not isinstance(data.get("phrase"), str):
            return data
        if not FRAGMENT_REF.search(data["phrase"]):
            return data
        context = info.context if isinstance(info.context, dict) else {}
        fragments = context.get("fragments")
        if fragments is None:
            raise ValueError("names a shared fragment, but lexicon_fragments.yaml did not load: "
                             "fix that file first")
        return {**data, "phrase": expand_fragments(data["phrase"], fragments, context.get("used"))}

    @model_validator(mode="after")
    def _check_regex(self) -> LexiconEntry:
        if self.regex:
            try:
                re.compile(self.phrase)
            except re.error as exc:
                raise ValueError(f"regex {self.phrase!r} does not compile: {exc}") from exc
        return self


class Lexicon(Strict):
    """A named list of phrases used by rules."""

    id: Slug
    description: Text
    entries: list[LexiconEntry] = Field(min_length=3)


class CandidateQuestion(Strict):
    """A question the candidate can ask the interviewer at the end."""

    id: Slug
    text: Text
    purpose: Text
    topic: Literal[
        "pause", "expectations", "performance", "first_tasks", "next_steps", "team", "strategy",
        "culture", "challenges", "role", "information",
    ]
    always: bool = Field(default=False, description="Always on the candidate's list.")
    answered_by: list[Text] = Field(
        default_factory=list,
        description="Words in a job text that mean it already answers this question.",
    )


class AvoidKind(Strict):
    """A kind of question not to ask at the end of an interview."""

    id: Slug
    kind: Text
    example: Text
    why: Text
    cues: list[Text] = Field(min_length=1, description="Words that reveal this kind.")


class QuestionsToAskFile(Strict):
    """questions_to_ask.yaml."""

    good: list[CandidateQuestion]
    avoid: list[AvoidKind]


class ChecklistItem(Strict):
    """One step on the day-of checklist."""

    id: Slug
    when: Literal["day_before", "morning", "arrival", "in_the_room", "closing", "after"]
    text: Text
    why: Text


class ChecklistFile(Strict):
    """checklist.yaml."""

    items: list[ChecklistItem] = Field(min_length=8)


DimensionId = Literal["structure", "evidence", "ownership", "relevance", "concision", "tone", "family"]


class DimensionAnchors(Strict):
    """The written meaning of each 1-5 level on one scoring dimension."""

    id: DimensionId
    label: Text
    levels: dict[Literal[1, 2, 3, 4, 5], Text]

    @model_validator(mode="after")
    def _all_levels(self) -> DimensionAnchors:
        if sorted(self.levels) != [1, 2, 3, 4, 5]:
            raise ValueError("anchors need levels 1 to 5")
        return self


class PhaseAnchors(Strict):
    """What some levels mean for a reply that is not an answer (a reply to a concern): the
    dimensions it is judged on in its own way."""

    phase: Literal["concern_reply", "candidate_question"]
    dimensions: list[DimensionAnchors] = Field(min_length=1)
    judged_on: list[DimensionId] | None = Field(
        default=None,
        description="The only dimensions that mean something for this reply (a question asked at "
                    "the end has no story to number or own); the others are not scored. All seven "
                    "when absent.",
    )


class AnchorsFile(Strict):
    """anchors.yaml."""

    dimensions: list[DimensionAnchors] = Field(min_length=7, max_length=7)
    phases: list[PhaseAnchors] = Field(default_factory=list)
    position: list[DimensionAnchors] = Field(
        default_factory=list,
        description="What some levels mean for an answer that states a position rather than "
                    "telling a story (a pay figure, a view of the role, how one manages): they "
                    "replace the shared anchors of the same id.",
    )


Family.model_rebuild()
FamiliesFile.model_rebuild()
class JobFact(Strict):
    """A fact a job text often states, with how a candidate asks about it and how the text says it."""

    id: Slug
    name: Text
    asks: list[str] = Field(min_length=1)
    states: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _patterns_compile(self) -> JobFact:
        check_patterns([*self.asks, *self.states])
        return self


class JobFactsFile(Strict):
    """job_facts.yaml."""

    facts: list[JobFact] = Field(min_length=1)
