"""A value's JSON shape from its dataclass fields: each field once, in the dataclass, and
``to_dict`` and the API models derived from it (``web.schemas.public_model``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date
from typing import Any


def wire_fields(value: Any) -> dict[str, Any]:
    """A dataclass instance as JSON-ready data, field by field (see ``wire``)."""
    return {field.name: wire(getattr(value, field.name)) for field in dataclasses.fields(value)}


def wire(value: Any) -> Any:
    """JSON-ready data: a value's own ``to_dict`` when it has one, else a dataclass field by
    field; tuples and lists as lists, mappings as dicts, dates and times as ISO text."""
    if hasattr(value, "to_dict") and not isinstance(value, type):
        return value.to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return wire_fields(value)
    if isinstance(value, list | tuple):
        return [wire(item) for item in value]
    if isinstance(value, Mapping):
        return {key: wire(item) for key, item in value.items()}
    if isinstance(value, date):  # a datetime is a date too
        return value.isoformat()
    return value
