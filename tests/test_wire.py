"""A value's JSON shape written once, in its dataclass: ``poise.wire`` and the API models derived
from it (``web.schemas.public_model``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from pydantic import ValidationError

from poise.web.schemas import public_model
from poise.wire import wire, wire_fields


@dataclass(frozen=True)
class _Step:
    due: date
    note: str | None = None


@dataclass(frozen=True)
class _Plan:
    name: str
    steps: tuple[_Step, ...]
    stamped: datetime
    tags: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {**wire_fields(self), "count": len(self.steps)}


def test_wire_gives_iso_dates_lists_and_nested_shapes() -> None:
    plan = _Plan("Leeds", (_Step(date(2026, 3, 2)),), datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
                 ("a", "b"))
    assert plan.to_dict() == {
        "name": "Leeds", "steps": [{"due": "2026-03-02", "note": None}],
        "stamped": "2026-03-01T09:30:00+00:00", "tags": ["a", "b"], "count": 1,
    }
    assert wire({"plans": (plan,)}) == {"plans": [plan.to_dict()]}


def test_a_public_model_has_the_dataclass_fields_and_checks_its_output() -> None:
    step = public_model(_Step, name="StepPublic")
    plan = public_model(_Plan, name="PlanPublic", extra={"count": int}, nested={_Step: step},
                        exclude=("tags",))
    assert list(plan.model_fields) == ["name", "steps", "stamped", "count"]
    data = _Plan("Leeds", (_Step(date(2026, 3, 2)),), datetime(2026, 3, 1, tzinfo=UTC)).to_dict()
    del data["tags"]
    assert plan.model_validate(data).model_dump(mode="json") == data
    schema = plan.model_json_schema()
    assert schema["properties"]["stamped"]["type"] == "string"  # times travel as ISO text
    assert schema["properties"]["steps"]["items"]["$ref"].endswith("/StepPublic")
    with pytest.raises(ValidationError):
        plan.model_validate({**data, "surprise": 1})  # unknown keys are refused
    with pytest.raises(TypeError, match="no field"):
        public_model(_Step, name="Broken", override={"missing": str})
