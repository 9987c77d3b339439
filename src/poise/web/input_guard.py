"""Refuse input no route could store or echo, before any route sees it, with a clear 4xx.

- An id beyond what the database can hold (``/applications/99999999999``, ``?application_id=``
  or ``"story_id":`` in JSON) is a 404, the same as any id that does not exist.
- A JSON body with ``NaN`` or ``Infinity``, another number beyond a database integer, an integer
  over 4,000 digits, or half of a surrogate pair in any string is a 422.
- A NUL byte is harmless to drop, and dropped: from query values and JSON strings alike, so both
  databases store the same text.

Every refusal has the API's error shape ``{"error": {"code", "message", "field"}}`` and never
echoes the input.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from poise.web.asgi import Refusal, read_body, refuse, replay

MAX_DB_INTEGER = 2**31 - 1
"""The largest id or count any column holds (PostgreSQL's ``integer``); ids beyond are unknown."""
MAX_INT_DIGITS = 4000
BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
NUL = chr(0)
DIGITS = re.compile(r"^[0-9]+$")


class BadInput(ValueError):
    """Input refused, with the place it was found and the status to answer with."""

    def __init__(self, message: str, field: str, status: int = 422) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.status = status


def _is_id(where: str) -> bool:
    name = where.rsplit(".", 1)[-1]
    return name == "id" or name.endswith("_id")


def _check_number(value: int | float, where: str) -> None:
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        raise BadInput("Numbers must be finite: NaN and Infinity are not accepted.", where)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_DB_INTEGER:
        if _is_id(where):
            raise BadInput(f"There is no record with the {where.rsplit('.', 1)[-1]} given.", where, 404)
        raise BadInput(f"The number is out of range (at most {MAX_DB_INTEGER:,}).", where)


def _check_text(value: str, where: str) -> None:
    if LONE_SURROGATE.search(value):
        raise BadInput("The text holds half of a surrogate pair, which cannot be stored; "
                       "remove that character and send it again.", where)


def drop_nul(value: Any) -> Any:
    """``value`` with NUL bytes dropped from every string in it."""
    if isinstance(value, str):
        return value.replace(NUL, "")
    if isinstance(value, list):
        return [drop_nul(item) for item in value]
    if isinstance(value, dict):
        return {drop_nul(key): drop_nul(item) for key, item in value.items()}
    return value


def check_json_value(value: Any, where: str = "body") -> None:
    """Raise ``BadInput`` for the first value in a parsed JSON document that cannot be used."""
    stack: list[tuple[Any, str]] = [(value, where)]
    while stack:
        item, place = stack.pop()
        if isinstance(item, str):
            _check_text(item, place)
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int | float):
            _check_number(item, place)
        elif isinstance(item, list):
            stack.extend((element, f"{place}.{index}") for index, element in enumerate(item))
        elif isinstance(item, dict):
            for key, element in item.items():
                _check_text(key, place)
                stack.append((element, f"{place}.{key}"))


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise BadInput(f"A number has more than {MAX_INT_DIGITS:,} digits.", "body")
    return int(text)


def _refuse_constant(name: str) -> float:
    raise BadInput("Numbers must be finite: NaN and Infinity are not accepted.", "body")


def check_json_body(body: bytes) -> bytes:
    """The body to hand on (NUL bytes dropped); ``BadInput`` when a JSON body holds something
    no route can use. Malformed JSON is left to the route's own validation, which says where."""
    try:
        parsed = json.loads(body, parse_int=_parse_int, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:
        if isinstance(exc, BadInput):
            raise
        return body
    check_json_value(parsed)
    if b"\\u0000" not in body:
        return body
    return json.dumps(drop_nul(parsed), ensure_ascii=False).encode("utf-8")


def check_query(query_string: bytes) -> bytes:
    """The query string to hand on (NUL bytes dropped); ``BadInput`` for an id no database can
    hold (404) or another number beyond a database integer (422)."""
    text = query_string.decode("latin-1")
    for name, value in parse_qsl(text, keep_blank_values=True, max_num_fields=200):
        if DIGITS.match(value) and (len(value) > 12 or int(value) > MAX_DB_INTEGER):
            where = f"query.{name[:40]}"
            if _is_id(where):
                raise BadInput(f"There is no record with the {name[:40]} given.", where, 404)
            raise BadInput(f"The value of {name[:40]!r} is out of range "
                           f"(at most {MAX_DB_INTEGER:,}).", where)
    return re.sub(rb"%00|\x00", b"", query_string)


def id_out_of_range(path: str) -> bool:
    """True when a path segment is a number no database id can reach."""
    return any(
        DIGITS.match(segment) and (len(segment) > 12 or int(segment) > MAX_DB_INTEGER)
        for segment in path.split("/")
    )


class InputGuardMiddleware:
    """ASGI middleware applying the checks above."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        if id_out_of_range(path):
            api = path.startswith("/api/")
            message = f"There is nothing at {path[:120]}." if api else f"There is no page at {path[:120]}."
            hint = "Use the id of a record that exists." if api else "Use the links at the top of the page."
            await refuse(scope, send, Refusal(404, "E404", message, hint))
            return
        try:
            query = scope.get("query_string", b"")
            cleaned = check_query(query)
            if cleaned != query:
                scope = {**scope, "query_string": cleaned}
            headers = Headers(scope=scope)
            if scope["method"] in BODY_METHODS and headers.get("content-type", "").startswith(
                    "application/json"):
                body = await read_body(receive, self.max_body_bytes)
                if body is None:
                    await refuse(scope, send, Refusal(413, "E413", "The request body is too large.",
                                                      "Send less.", "body"))
                    return
                body = check_json_body(body)
                receive = replay(body, receive)
                scope = {**scope, "headers": [
                    (name, value) for name, value in scope["headers"] if name != b"content-length"
                ] + [(b"content-length", str(len(body)).encode())]}
        except BadInput as exc:
            hint = ("Use the id of a record that exists." if exc.status == 404
                    else "Correct that value and send the request again.")
            await refuse(scope, send, Refusal(exc.status, f"E{exc.status}", exc.message, hint, exc.field))
            return
        await self.app(scope, receive, send)
