"""Text that cannot be stored, cleaned the same way on both databases before every flush.

PostgreSQL refuses a NUL byte in text and neither database driver can encode half of a
surrogate pair. Forms and files can carry both; the JSON API refuses them outright
(``web.input_guard``). Here, as the last line of defence, a NUL is dropped and a lone surrogate
becomes U+FFFD, in plain columns and inside JSON columns alike.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def clean(value: Any) -> Any:
    """``value`` with every string in it made storable; other values unchanged."""
    if isinstance(value, str):
        if not UNSTORABLE.search(value):
            return value
        return UNSTORABLE.sub(lambda match: "" if match.group() == "\x00" else "\ufffd", value)
    if isinstance(value, list):
        return [clean(item) for item in value]
    if isinstance(value, dict):
        return {clean(key): clean(item) for key, item in value.items()}
    return value


def clean_before_flush(session: Session, flush_context: object, instances: object) -> None:
    """``before_flush`` hook: clean every column value of new and changed rows."""
    for record in list(session.new) + list(session.dirty):
        for column in inspect(record).mapper.column_attrs:
            value = getattr(record, column.key, None)
            cleaned = clean(value)
            if cleaned is not value and cleaned != value:
                setattr(record, column.key, cleaned)
