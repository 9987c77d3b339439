"""The mock interview's data: prompts, plan items, role context and the JSON-serialisable state."""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field
from typing import Any

STATE_VERSION = 1
PROMPT_KINDS: tuple[str, ...] = ("question", "follow_up", "closing", "reply", "concern", "end")
MODES: tuple[str, ...] = ("practice", "real")
PHASES: tuple[str, ...] = ("questions", "closing", "concern", "ended")
TURN_KINDS: tuple[str, ...] = (
    "answer",
    "follow_up_answer",
    "clarification",
    "silence",
    "pause_question",
    "candidate_question",
    "statement",
    "closing_done",
    "concern_reply",
    "concern_clarification",
)
ANSWER_KINDS: frozenset[str] = frozenset({"answer", "follow_up_answer"})


def seeded(seed: int, *keys: object) -> random.Random:
    """A random generator fixed by the session seed and what it is used for.

    String seeds are hashed with SHA-512 by ``random``, so the same seed and keys give the same
    choices on every machine and in every process.
    """
    return random.Random("/".join([str(seed), *(str(key) for key in keys)]))


@dataclass(frozen=True)
class Prompt:
    """What the interviewer says next and how long the candidate has to answer."""

    kind: str
    speaker: str
    speaker_role: str
    persona: str
    text: str
    time_limit_s: int | None
    question_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Prompt:
        """Rebuild from ``to_dict`` output."""
        return cls(**data)


@dataclass(frozen=True)
class PersonaInfo:
    """An interviewer as the session knows them (a snapshot of formats.yaml)."""

    id: str
    name: str
    role: str
    criterion: str
    dimension: str
    opening: str
    opening_is_question: bool

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PersonaInfo:
        """Rebuild from ``to_dict`` output."""
        return cls(**data)


@dataclass(frozen=True)
class PlanItem:
    """One planned question with everything the engine needs to ask, probe and judge it."""

    text: str
    family: str
    persona: str
    source: str
    really_asking: str
    follow_ups: dict[str, str]
    behavioural: bool
    question_id: str | None = None
    case: bool = False
    area: str | None = None
    reading: str | None = None
    requirement: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PlanItem:
        """Rebuild from ``to_dict`` output."""
        return cls(**{**data, "follow_ups": dict(data.get("follow_ups") or {})})


@dataclass(frozen=True)
class RoleContext:
    """The vacancy a session rehearses for, taken from an application and its fit map."""

    application_id: int | None
    company: str
    title: str
    level: str
    requirements: tuple[str, ...]
    must_haves: tuple[str, ...]
    job_text: str
    concern: dict[str, Any] | None
    tailored: tuple[dict[str, Any], ...] = ()
    has_fit: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        data = asdict(self)
        data["requirements"] = list(self.requirements)
        data["must_haves"] = list(self.must_haves)
        data["tailored"] = [dict(item) for item in self.tailored]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RoleContext:
        """Rebuild from ``to_dict`` output."""
        return cls(
            application_id=data.get("application_id"),
            company=data.get("company", ""),
            title=data.get("title", ""),
            level=data.get("level", "manager"),
            requirements=tuple(data.get("requirements") or ()),
            must_haves=tuple(data.get("must_haves") or ()),
            job_text=data.get("job_text", ""),
            concern=data.get("concern"),
            tailored=tuple(data.get("tailored") or ()),
            has_fit=bool(data.get("has_fit", False)),
        )


@dataclass
class Thread:
    """The question being worked on: the answers so far and what has been probed."""

    plan_index: int
    answers: list[str] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    follow_ups: int = 0
    clarifications: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Thread:
        """Rebuild from ``to_dict`` output."""
        return cls(
            plan_index=data["plan_index"],
            answers=list(data.get("answers") or []),
            asked=list(data.get("asked") or []),
            follow_ups=data.get("follow_ups", 0),
            clarifications=data.get("clarifications", 0),
        )


@dataclass
class ClosingState:
    """How the closing phase went: the pause question, the concern and the questions asked."""

    asked_pause: bool = False
    concern_raised: bool = False
    concern: dict[str, Any] | None = None
    concern_prompt: str = ""
    concern_clarified: bool = False
    questions: int = 0
    statements: int = 0
    ended_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClosingState:
        """Rebuild from ``to_dict`` output."""
        return cls(**data)


@dataclass
class TurnRecord:
    """One exchange: the prompt, the candidate's words, their timing and the feedback."""

    index: int
    prompt: Prompt
    answer: str
    seconds: float | None
    kind: str
    plan_index: int | None
    feedback: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "index": self.index,
            "prompt": self.prompt.to_dict(),
            "answer": self.answer,
            "seconds": self.seconds,
            "kind": self.kind,
            "plan_index": self.plan_index,
            "feedback": self.feedback,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TurnRecord:
        """Rebuild from ``to_dict`` output."""
        return cls(
            index=data["index"],
            prompt=Prompt.from_dict(data["prompt"]),
            answer=data["answer"],
            seconds=data.get("seconds"),
            kind=data["kind"],
            plan_index=data.get("plan_index"),
            feedback=dict(data.get("feedback") or {}),
        )


@dataclass
class SessionState:
    """Everything a session needs to continue after a restart; stored as JSON."""

    format: str
    mode: str
    seed: int
    personas: list[PersonaInfo]
    plan: list[PlanItem]
    role: RoleContext | None
    phase: str
    cursor: int
    pending: Prompt
    thread: Thread | None
    turns: list[TurnRecord] = field(default_factory=list)
    closing: ClosingState = field(default_factory=ClosingState)
    challenges_used: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    version: int = STATE_VERSION

    @property
    def ended(self) -> bool:
        """True once the interviewer has closed the session."""
        return self.phase == "ended"

    def persona(self, persona_id: str) -> PersonaInfo:
        """A persona of this session by id (the lead when unknown)."""
        for persona in self.personas:
            if persona.id == persona_id:
                return persona
        return self.personas[0]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (what ``PracticeSession.state`` holds)."""
        return {
            "version": self.version,
            "format": self.format,
            "mode": self.mode,
            "seed": self.seed,
            "personas": [persona.to_dict() for persona in self.personas],
            "plan": [item.to_dict() for item in self.plan],
            "role": self.role.to_dict() if self.role else None,
            "phase": self.phase,
            "cursor": self.cursor,
            "pending": self.pending.to_dict(),
            "thread": self.thread.to_dict() if self.thread else None,
            "turns": [turn.to_dict() for turn in self.turns],
            "closing": self.closing.to_dict(),
            "challenges_used": list(self.challenges_used),
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SessionState:
        """Rebuild from ``to_dict`` output; a copy, so the caller's data is never changed."""
        role = data.get("role")
        thread = data.get("thread")
        return cls(
            version=data.get("version", STATE_VERSION),
            format=data["format"],
            mode=data["mode"],
            seed=data["seed"],
            personas=[PersonaInfo.from_dict(item) for item in data["personas"]],
            plan=[PlanItem.from_dict(item) for item in data["plan"]],
            role=RoleContext.from_dict(role) if role else None,
            phase=data["phase"],
            cursor=data["cursor"],
            pending=Prompt.from_dict(data["pending"]),
            thread=Thread.from_dict(thread) if thread else None,
            turns=[TurnRecord.from_dict(item) for item in data.get("turns") or []],
            closing=ClosingState.from_dict(dict(data.get("closing") or {})),
            challenges_used=list(data.get("challenges_used") or []),
            notes=list(data.get("notes") or []),
        )
