"""The debrief of a real interview: pure models, validation, weak answers and raised concerns."""

from __future__ import annotations

import copy
import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from poise.content.yaml_lines import YamlSyntaxError, line_of, load_with_lines
from poise.errors import DebriefFileError, FieldProblem
from poise.followup.application import FitConcern, read_fit
from poise.followup.voice import commitment

WEAK_RATING = 2
"""Answers rated this or lower go to the practice queue."""

RATINGS: dict[int, str] = {1: "went badly", 2: "weak", 3: "all right", 4: "good", 5: "strong"}
"""What each self-rating means, shown when asking for one."""

HANDLED: tuple[str, ...] = ("answered", "partly", "open")
"""How a raised concern was handled in the room."""

RAISED_KIND = "raised_in_interview"
"""The fit-concern kind of a concern that first appeared in a real interview."""

Handled = Literal["answered", "partly", "open"]
Delivery = Literal["attached", "to_follow"]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Line = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]
Phrase = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=500)]

_EMAIL_PART = r"[^@\s<>\x00-\x1f\x7f-\x9f]+"  # no spaces or control characters, in any regex dialect
_EMAIL = re.compile(rf"^{_EMAIL_PART}@{_EMAIL_PART}\.{_EMAIL_PART}$")
_PROMISE_VERB = re.compile(
    r"^(?:i(?:['’]ll| will| would| can| shall| promised to| said i(?:['’]d| would))\s+)?"
    r"(?:send|share|forward|e-?mail|provide|get)(?:\s+(?:you|them|him|her|over|across))?\s+",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9&+#]+")
_STOPWORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "concern", "concerned",
    "concerns", "did", "didn", "do", "does", "don", "enough", "experience", "for", "from", "had",
    "has", "have", "how", "i", "in", "into", "is", "isn", "it", "its", "lack", "lacks", "lacking",
    "limited", "little", "my", "never", "no", "not", "of", "on", "or", "our", "real", "really",
    "that", "the", "their", "them", "there", "they", "this", "to", "too", "very", "was", "wasn",
    "we", "were", "what", "whether", "which", "who", "why", "will", "with", "worried", "would",
    "you", "your",
})


HONORIFICS = frozenset({"dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame",
                        "lord", "lady", "rev", "cllr", "councillor"})
"""Titles a name may open with ("Dr Priya Raman"): a letter then greets "Dear Dr Raman,"."""


class _Model(BaseModel):
    """Debrief parts: unknown fields are errors, text is stripped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, populate_by_name=True)


class Interviewer(_Model):
    """Someone who interviewed you: a name to address, a role to remember, an optional email."""

    name: Name
    role: Line = ""
    email: str | None = Field(default=None, json_schema_extra={"pattern": _EMAIL.pattern},
                              examples=["maria.reed@example.com"])
    address_as: Line = Field(default="", description='How a letter greets them ("Maria", "Dr Reed").')
    greet: Literal["", "first_name", "title_surname"] = Field(
        default="", description='How a letter greets them when ``address_as`` is empty: "first_name" '
        '("Dear Maria,"), or "title_surname" ("Dear Dr Lopez,", with ``title`` or a title in the '
        'name); by default the first name, or title and surname when the name opens with a title.')
    title: Line = Field(default="", description='Their title for a formal greeting ("Dr", "Ms").')

    def _honorific(self) -> tuple[str, list[str]]:
        """Their title (given, or opening the name) and the rest of the name's words."""
        words = self.name.split()
        named = words[0] if len(words) > 1 and words[0].rstrip(".").casefold() in HONORIFICS else ""
        rest = words[1:] if named else words
        return (self.title or named), rest

    @property
    def greeting_name(self) -> str:
        """The name after "Dear": ``address_as`` when given; else as ``greet`` chose, the first
        name ("Maria") or title and surname ("Dr Lopez"). A formal greeting without a title to
        use falls back to the full name (``needs_title`` says so)."""
        if self.address_as:
            return self.address_as
        title, rest = self._honorific()
        if not rest:
            return self.name
        formal = self.greet == "title_surname" or (not self.greet and bool(title))
        if formal:
            return f"{title} {rest[-1]}" if title else " ".join(rest)
        return rest[0]

    @property
    def needs_title(self) -> bool:
        """True when a greeting by title and surname was chosen but no title is known."""
        return not self.address_as and self.greet == "title_surname" and not self._honorific()[0]

    @field_validator("email")
    @classmethod
    def _email_shape(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        if not _EMAIL.match(value):
            raise ValueError(f"{value!r} is not an email address (name@example.com)")
        return value


class AskedQuestion(_Model):
    """A question you were asked: a bank id or its words, how it went (1-5), what you said."""

    question_id: str | None = None
    text: Line = ""
    rating: int = Field(ge=1, le=5, description="1 went badly, 2 weak, 3 all right, 4 good, 5 strong.")
    said: Annotated[str, StringConstraints(strip_whitespace=True, max_length=6000)] = ""
    asked_by: str | None = None
    topic: Line = ""
    add_now: Line = Field(default="", description="For a weak answer: the point you would add now.")

    @model_validator(mode="after")
    def _id_or_text(self) -> AskedQuestion:
        if not self.question_id and not self.text:
            raise ValueError("give the question's bank id (question_id) or its words (text)")
        return self

    @property
    def weak(self) -> bool:
        """True when you rated the answer 2 or lower."""
        return self.rating <= WEAK_RATING


class RaisedConcern(_Model):
    """A doubt an interviewer voiced, how you handled it, and your plan if it is still open."""

    text: Phrase
    handled: Handled = "open"
    raised_by: str | None = None
    concern_id: str | None = None
    plan: Line = ""

    @property
    def still_open(self) -> bool:
        """True when the concern was left open or only partly answered."""
        return self.handled != "answered"


class Promise(_Model):
    """Something you said you would send or do ("I'll send the deck")."""

    what: Phrase
    delivery: Delivery = "attached"
    by: date | None = None
    to: str | None = Field(default=None, description="The interviewer it was promised to (default: all).")

    @field_validator("what")
    @classmethod
    def _object_only(cls, value: str) -> str:
        """Keep what was promised: "I'll send you the deck" becomes "the deck"."""
        stripped = _PROMISE_VERB.sub("", value).strip().rstrip(".")
        return stripped if len(stripped) >= 2 else value


class NextStep(_Model):
    """What the interviewers said happens next, and by when."""

    what: Phrase
    by: date | None = None
    said_by: str | None = None


class Debrief(_Model):
    """One real interview, written down right after it."""

    held_on: date = Field(validation_alias=AliasChoices("date", "held_on"))
    round: int = Field(default=1, ge=1, le=20)
    interviewers: list[Interviewer] = Field(min_length=1)
    questions: list[AskedQuestion] = Field(default_factory=list)
    concerns: list[RaisedConcern] = Field(default_factory=list)
    promises: list[Promise] = Field(default_factory=list)
    next_step: NextStep | None = None
    topics: list[Phrase] = Field(default_factory=list)
    notes: Annotated[str, StringConstraints(strip_whitespace=True, max_length=6000)] = ""

    def interviewer(self, name: str | None) -> Interviewer | None:
        """The interviewer with this name (see ``resolve_name``), or None."""
        resolved = resolve_name(name, self.interviewers)
        for person in self.interviewers:
            if person.name == resolved:
                return person
        return None

    @property
    def weak_questions(self) -> list[AskedQuestion]:
        """The answers you rated 2 or lower."""
        return [question for question in self.questions if question.weak]

    @property
    def open_concerns(self) -> list[RaisedConcern]:
        """Concerns left open or only partly answered."""
        return [concern for concern in self.concerns if concern.still_open]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a debrief, at a field path such as ``questions.1.rating``."""

    loc: tuple[str | int, ...]
    message: str

    @property
    def field(self) -> str:
        """The dotted field path."""
        return ".".join(str(part) for part in self.loc)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.loc else self.message


def resolve_name(name: str | None, people: list[Interviewer]) -> str | None:
    """The full name of the interviewer meant by ``name``: exact, or a unique first name, any case."""
    if not name or not name.strip():
        return None
    wanted = name.strip().casefold()
    for person in people:
        if person.name.casefold() == wanted:
            return person.name
    by_first = [person.name for person in people if person.name.split()[0].casefold() == wanted]
    if len(by_first) == 1:
        return by_first[0]
    return None


def _pydantic_problems(exc: ValidationError) -> list[Problem]:
    """Each pydantic error as a Problem with a message a person can act on."""
    problems: list[Problem] = []
    for error in exc.errors():
        loc = tuple(part for part in error["loc"] if not isinstance(part, str) or part[0] != "<")
        kind = error["type"]
        last = loc[-1] if loc else "field"
        if kind == "extra_forbidden":
            message = f"unknown field {last!r}; check its spelling"
        elif kind == "missing" and last in ("date", "held_on"):
            loc = (*loc[:-1], "date")
            message = "missing: add the day of the interview (YYYY-MM-DD)"
        elif kind == "missing":
            message = "missing: add it"
        elif kind.startswith(("date_", "date")):
            message = f"{error['msg'].rstrip('.')}; write dates as YYYY-MM-DD"
        else:
            message = str(error["msg"]).removeprefix("Value error, ")
        problems.append(Problem(loc, message))
    return problems


def _check_people(debrief: Debrief) -> list[Problem]:
    """Names that are duplicated, or that name nobody on the panel."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, person in enumerate(debrief.interviewers):
        key = person.name.casefold()
        if key in seen:
            problems.append(Problem(("interviewers", index, "name"), f"{person.name!r} is listed twice"))
        seen.add(key)
    names = ", ".join(person.name for person in debrief.interviewers)
    references: list[tuple[tuple[str | int, ...], str | None]] = []
    for index, question in enumerate(debrief.questions):
        references.append((("questions", index, "asked_by"), question.asked_by))
    for index, concern in enumerate(debrief.concerns):
        references.append((("concerns", index, "raised_by"), concern.raised_by))
    for index, promise in enumerate(debrief.promises):
        references.append((("promises", index, "to"), promise.to))
    if debrief.next_step is not None:
        references.append((("next_step", "said_by"), debrief.next_step.said_by))
    for loc, name in references:
        if name and resolve_name(name, debrief.interviewers) is None:
            problems.append(Problem(loc, f"{name!r} is not one of the interviewers ({names})"))
    return problems


def _check_bank(debrief: Debrief, bank: Mapping[str, str]) -> list[Problem]:
    """Bank question ids that do not exist."""
    problems: list[Problem] = []
    for index, question in enumerate(debrief.questions):
        if question.question_id and question.question_id not in bank:
            close = difflib.get_close_matches(question.question_id, list(bank), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else "; see the question bank for their ids"
            problems.append(Problem(
                ("questions", index, "question_id"),
                f"no bank question has the id {question.question_id!r}{hint} "
                "(or leave the id out and give the words as text)",
            ))
    return problems


def _check_dates(debrief: Debrief, today: date) -> list[Problem]:
    """Dates in the future or before the interview."""
    problems: list[Problem] = []
    if debrief.held_on > today:
        problems.append(Problem(
            ("date",), f"{debrief.held_on.isoformat()} is in the future; "
            "write the debrief after the interview, with the day it took place",
        ))
    step = debrief.next_step
    if step is not None and step.by is not None and step.by < debrief.held_on:
        problems.append(Problem(("next_step", "by"), "is before the interview date"))
    for index, promise in enumerate(debrief.promises):
        if promise.by is not None and promise.by < debrief.held_on:
            problems.append(Problem(("promises", index, "by"), "is before the interview date"))
    return problems


def _normalised(debrief: Debrief, bank: Mapping[str, str]) -> Debrief:
    """Full interviewer names everywhere, bank texts filled in, a sole interviewer assumed."""
    people = debrief.interviewers
    sole = people[0].name if len(people) == 1 else None
    questions = []
    for question in debrief.questions:
        text = question.text or bank.get(question.question_id or "", "")
        who = resolve_name(question.asked_by, people) or sole
        questions.append(question.model_copy(update={"text": text, "asked_by": who}))
    concerns = []
    for concern in debrief.concerns:
        who = resolve_name(concern.raised_by, people) or sole
        concerns.append(concern.model_copy(update={"raised_by": who}))
    promises = []
    for promise in debrief.promises:
        promises.append(promise.model_copy(update={"to": resolve_name(promise.to, people)}))
    next_step = debrief.next_step
    if next_step is not None:
        who = resolve_name(next_step.said_by, people) or sole
        next_step = next_step.model_copy(update={"said_by": who})
    return debrief.model_copy(
        update={"questions": questions, "concerns": concerns, "promises": promises,
                "next_step": next_step}
    )


def validate_debrief(
    data: Any, *, bank: Mapping[str, str], today: date
) -> tuple[Debrief | None, list[Problem]]:
    """Check a debrief (a mapping or a Debrief) against the schema, the bank and the calendar.

    Returns the normalised debrief and no problems, or None and every problem found.
    ``bank`` maps question ids to their text.
    """
    if isinstance(data, Debrief):
        data = data.model_dump()
    if not isinstance(data, dict):
        return None, [Problem((), "a debrief is a mapping of fields (date, round, interviewers...)")]
    try:
        debrief = Debrief.model_validate(data)
    except ValidationError as exc:
        return None, _pydantic_problems(exc)
    problems = _check_people(debrief) + _check_bank(debrief, bank) + _check_dates(debrief, today)
    if problems:
        return None, problems
    return _normalised(debrief, bank), []


def _yaml_line(problem: Problem, lines: dict[tuple[str | int, ...], int]) -> int:
    """The line of a problem's field, trying the alias the file may have used."""
    loc = problem.loc
    if loc[:1] == ("date",) and ("date",) not in lines and ("held_on",) in lines:
        loc = ("held_on", *loc[1:])
    return line_of(loc, lines)


def parse_debrief_yaml(text: str, *, file: str, bank: Mapping[str, str], today: date) -> Debrief:
    """A debrief from YAML text; DebriefFileError lists every problem with its line and field."""
    try:
        data, lines = load_with_lines(text)
    except YamlSyntaxError as exc:
        raise DebriefFileError(
            [FieldProblem(file, exc.line, "", f"broken YAML: {exc}")],
            hint="Fix the indentation or quoting at that line.",
        ) from exc
    if data is None:
        raise DebriefFileError([FieldProblem(file, 1, "", "the file is empty")])
    debrief, problems = validate_debrief(data, bank=bank, today=today)
    if debrief is None:
        located = [
            FieldProblem(file, _yaml_line(problem, lines), problem.field, problem.message)
            for problem in problems
        ]
        raise DebriefFileError(located)
    return debrief


# --- Concerns raised in the room, merged into the application's concern list -------------------


@dataclass(frozen=True)
class ConcernMerge:
    """What happened to one raised concern: matched a predicted one, or added as new."""

    text: str
    concern_id: str
    status: Literal["matched", "added", "updated"]
    handled: str
    title: str = ""


def _words(text: str) -> set[str]:
    """Content words, lower case, plural "s" dropped."""
    words = set()
    for word in _WORD.findall(text.lower()):
        if word in _STOPWORDS or len(word) < 2:
            continue
        words.add(word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word)
    return words


def _similarity(raised: str, concern: dict[str, Any]) -> int:
    """How many content words a raised concern shares with a predicted one (0 when too few)."""
    wanted = _words(raised)
    if not wanted:
        return 0
    theirs = _words(" ".join(str(concern.get(key, "")) for key in ("title", "kind", "id")).replace("_", " "))
    common = wanted & theirs
    if not common - _MEASURE_WORDS:
        return 0  # "the size of the budget" is not about a team's size: the thing measured must match
    shared = len(common)
    if shared >= 2 or (shared >= 1 and shared / len(wanted) >= 0.5):
        return shared
    return 0


_MEASURE_WORDS = frozenset({"size", "scale", "scope", "level", "amount", "number", "experience",
                            "lack", "gap", "step", "up", "concern", "worry", "limited", "small",
                            "smaller", "big", "bigger", "large", "larger"})
"""Words that say how much of something, not what: sharing only these matches no concern."""


def slug(text: str, *, limit: int = 40) -> str:
    """A lower-case id fragment from free text."""
    cleaned = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    if len(cleaned) > limit:
        cut = cleaned[: limit + 1]
        cleaned = cut[: cut.rfind("_")] if "_" in cut else cleaned[:limit]
    return cleaned or "concern"


def _match(concerns: list[dict[str, Any]], raised: RaisedConcern) -> int | None:
    """The index of the fit concern this raised concern is about, or None."""
    if raised.concern_id:
        for index, concern in enumerate(concerns):
            if concern.get("id") == raised.concern_id:
                return index
    own_id = f"raised_{slug(raised.text)}"
    for index, concern in enumerate(concerns):
        if concern.get("id") == own_id:
            return index
    best: tuple[int, int] | None = None
    for index, concern in enumerate(concerns):
        score = _similarity(raised.text, concern)
        if score and (best is None or score > best[0]):
            best = (score, index)
    return best[1] if best else None


_SEVERITY_BY_HANDLING = {"open": ("high", 80), "partly": ("medium", 60), "answered": ("low", 30)}


def merge_concerns(
    fit: dict[str, Any], debrief: Debrief
) -> tuple[dict[str, Any], list[ConcernMerge]]:
    """A new fit map with the debrief's raised concerns merged in, and what happened to each.

    A concern matching a predicted one (by ``concern_id`` or by its words) gets ``raised: true``;
    any other is appended in the fit map's concern shape with kind ``raised_in_interview``. Who
    raised it and how it was handled stay in the debrief. The input is never modified: assign
    the result to the column (in-place JSON changes are not tracked).
    """
    merged: dict[str, Any] = copy.deepcopy(fit)
    concerns = [item for item in merged.get("concerns") or [] if isinstance(item, dict)]
    outcomes: list[ConcernMerge] = []
    for raised in debrief.concerns:
        index = _match(concerns, raised)
        if index is not None:
            existing = concerns[index]
            updated = {**existing, "raised": True}
            status: Literal["matched", "added", "updated"] = "matched"
            if existing.get("kind") == RAISED_KIND:
                status = "updated"
                updated["why"] = _raised_why(raised, debrief)
                if raised.plan:
                    updated["answer_plan"] = {**(existing.get("answer_plan") or {}), "plan": raised.plan}
                    updated["draft"] = commitment(raised.plan)
            concerns[index] = updated
            outcomes.append(ConcernMerge(raised.text, str(existing.get("id")), status, raised.handled,
                                         str(existing.get("title") or "")))
            continue
        severity, score = _SEVERITY_BY_HANDLING[raised.handled]
        new_id = f"raised_{slug(raised.text)}"
        title = raised.text[:1].upper() + raised.text[1:]
        concerns.append({
            "id": new_id,
            "kind": RAISED_KIND,
            "title": title,
            "why": _raised_why(raised, debrief),
            "severity": severity,
            "score": score,
            "evidence": [],
            "answer_plan": {"acknowledge": "", "evidence": "", "plan": raised.plan, "check_back": ""},
            "draft": commitment(raised.plan) if raised.plan else "",
            "question": f"You raised a concern: {title.rstrip('.')}. How would you settle it?",
            "requirement_id": None,
            "requirement_kind": None,
            "raised": True,
        })
        outcomes.append(ConcernMerge(raised.text, new_id, "added", raised.handled, title))
    merged["concerns"] = concerns
    return merged, outcomes


def _raised_why(raised: RaisedConcern, debrief: Debrief) -> str:
    """Where a raised concern came from, in one line."""
    who = raised.raised_by or "an interviewer"
    return (f"Raised by {who} in the round {debrief.round} interview on "
            f"{debrief.held_on.isoformat()}; handled: {raised.handled}.")


def match_predicted(text: str, fit: dict[str, Any] | None) -> FitConcern | None:
    """The concern in the fit map that ``text`` (as an interviewer said it) is about, or None."""
    view = read_fit(fit)
    concerns = [concern.model_dump() for concern in view.concerns]
    index = _match(concerns, RaisedConcern(text=text))
    return view.concerns[index] if index is not None else None


def concern_plan(raised: RaisedConcern, fit: dict[str, Any] | None) -> str:
    """The plan to answer a raised concern: the debrief's own, else the prepared answer plan."""
    if raised.plan:
        return raised.plan
    view = read_fit(fit)
    concerns = [concern.model_dump() for concern in view.concerns]
    index = _match(concerns, raised)
    if index is None:
        return ""
    plan = view.concerns[index].answer_plan
    return plan.plan.strip() if plan is not None else ""


def queue_reason(question: AskedQuestion, debrief: Debrief, *, company: str) -> str:
    """Why a question is in the practice queue, in one line."""
    reason = (
        f"You rated your answer {question.rating}/5 ({RATINGS[question.rating]}) in the round "
        f"{debrief.round} interview at {company} on {debrief.held_on.isoformat()}"
    )
    if question.asked_by:
        reason += f", asked by {question.asked_by}"
    return reason + "."
