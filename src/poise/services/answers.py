"""The candidate's own answers to an application's concerns: saved when judged, marked as theirs,
used by the application page and the brief, and never overwritten by computing the fit again."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from poise.errors import InputError
from poise.store.db import Database
from poise.store.repositories import ApplicationRepository

MAX_ANSWER_CHARS = 6_000
"""An answer to a concern is spoken in about two minutes: far below this."""


@dataclass(frozen=True)
class OwnAnswer:
    """An answer the candidate wrote (or rewrote) and had judged."""

    concern_id: str
    text: str
    saved_at: datetime
    overall: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The stored form."""
        return {"text": self.text, "saved_at": self.saved_at.isoformat(), "overall": self.overall}

    @classmethod
    def from_dict(cls, concern_id: str, data: dict[str, Any]) -> OwnAnswer:
        """Back from the stored form."""
        return cls(concern_id, str(data.get("text") or ""),
                   datetime.fromisoformat(str(data.get("saved_at"))), data.get("overall"))


def save_answer(db: Database, application_id: int, concern_id: str, text: str,
                *, overall: int | None = None, now: datetime | None = None) -> OwnAnswer:
    """Keep the candidate's answer to one concern (the latest replaces the one before)."""
    cleaned = text.replace("\r\n", "\n").strip()
    if not cleaned:
        raise InputError("The answer is empty.", hint="Write your answer, or keep the draft.",
                         field="answer")
    if len(cleaned) > MAX_ANSWER_CHARS:
        raise InputError(f"The answer is longer than {MAX_ANSWER_CHARS:,} characters.",
                         hint="Keep it to what you would say in two minutes.", field="answer")
    answer = OwnAnswer(concern_id, cleaned, now or datetime.now(UTC), overall)
    with db.session() as session:
        application = ApplicationRepository(session).get(application_id)
        application.answers = {**(application.answers or {}), concern_id: answer.to_dict()}
    return answer


def own_answers(stored: Mapping[str, Any] | None) -> dict[str, OwnAnswer]:
    """An application's saved answers by concern id, from the stored column (``answers``)."""
    return {key: OwnAnswer.from_dict(key, value) for key, value in (stored or {}).items()
            if isinstance(value, dict) and value.get("text")}
