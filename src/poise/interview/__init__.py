"""Mock interviews: a pure engine that plans, asks, probes, closes and reports; state is plain JSON.

The names below are imported on first use, so a small module of the package (``clock``) can be
imported without loading the engine and the analyser behind it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from poise.interview.engine import Step, Tools, default_tools, respond, start_interview
    from poise.interview.model import (
        MODES,
        PROMPT_KINDS,
        PersonaInfo,
        PlanItem,
        Prompt,
        RoleContext,
        SessionState,
        TurnRecord,
    )
    from poise.interview.progress import progress
    from poise.interview.report import build_session_report
    from poise.interview.role import role_from_application

_HOMES = {
    "Step": "engine",
    "Tools": "engine",
    "default_tools": "engine",
    "respond": "engine",
    "start_interview": "engine",
    "MODES": "model",
    "PROMPT_KINDS": "model",
    "PersonaInfo": "model",
    "PlanItem": "model",
    "Prompt": "model",
    "RoleContext": "model",
    "SessionState": "model",
    "TurnRecord": "model",
    "progress": "progress",
    "build_session_report": "report",
    "role_from_application": "role",
}

__all__ = [
    "MODES",
    "PROMPT_KINDS",
    "PersonaInfo",
    "PlanItem",
    "Prompt",
    "RoleContext",
    "SessionState",
    "Step",
    "Tools",
    "TurnRecord",
    "build_session_report",
    "default_tools",
    "progress",
    "respond",
    "role_from_application",
    "start_interview",
]


def __getattr__(name: str) -> Any:
    """Import an exported name from its module on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
