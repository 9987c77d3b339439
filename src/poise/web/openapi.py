"""The OpenAPI document, with every error the API can answer described in its one shape.

FastAPI documents validation errors as ``HTTPValidationError`` (``{"detail": [...]}``); Poise
answers ``{"error": {"code", "message", "hint", "field"}}`` for every 4xx and 5xx, from the
routes and from the guards in front of them (Host, cross-site, body limits, heavy-work slots).
This module rewrites the document to say so.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from poise.web.schemas import ErrorResponse

ERROR_REF = {"$ref": "#/components/schemas/ErrorResponse"}
GUARD_ERRORS: dict[str, str] = {
    "400": "The input cannot be used (see error.hint), or the Host header is not this server's.",
    "403": "A browser sent a change from another site, or a form without its token.",
    "404": "Nothing with that id.",
    "413": "The body is larger than Poise accepts for this request.",
    "422": "The request does not match this operation's parameters or body; error.field says where.",
    "503": "The database or a language model is not available, or Poise is busy; try again.",
}
FASTAPI_VALIDATION_SCHEMAS = ("HTTPValidationError", "ValidationError")


def _error_response(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": ERROR_REF}}}


def describe_errors(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with the error responses of every API operation in Poise's error shape."""
    components = document.setdefault("components", {}).setdefault("schemas", {})
    schema = ErrorResponse.model_json_schema(ref_template="#/components/schemas/{model}")
    components.update(schema.pop("$defs", {}))
    components["ErrorResponse"] = schema
    for path, operations in document.get("paths", {}).items():
        if not path.startswith("/api/"):
            continue
        for operation in operations.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            responses = operation["responses"]
            for status, description in GUARD_ERRORS.items():
                existing = responses.get(status)
                if existing is None or status == "422":
                    responses[status] = _error_response(description)
                else:  # errors are JSON even where the success is HTML or a file
                    existing["content"] = {"application/json": {"schema": ERROR_REF}}
    for name in FASTAPI_VALIDATION_SCHEMAS:
        components.pop(name, None)
    return document


def install_openapi(app: FastAPI) -> None:
    """Serve the rewritten document at ``/openapi.json`` (built once, on first request)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(title=app.title, version=app.version, summary=app.summary,
                                   description=app.description, routes=app.routes)
            app.openapi_schema = describe_errors(document)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
