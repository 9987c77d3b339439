"""Mock interviews: a pure engine that plans, asks, probes, closes and reports; state is plain JSON."""

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
