"""Progress across sessions: how scores by family and by dimension move from session to session."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import Field

from poise.analysis.report import DIMENSIONS
from poise.content.loader import KnowledgeBase
from poise.content.schema import FAMILY_IDS
from poise.interview.session_report import Number, Shape


def _series(points: list[dict[str, Any]]) -> dict[str, Any]:
    first = points[0]["score"]
    latest = points[-1]["score"]
    return {
        "sessions": len(points),
        "first": first,
        "latest": latest,
        "best": max(point["score"] for point in points),
        "change": round(latest - first, 1),
        "points": points,
    }


def progress(kb: KnowledgeBase, sessions: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Scores over time from ended sessions' reports.

    ``sessions`` are ``{"id", "ended_at", "format", "report"}`` mappings, oldest first. Families
    are scored 0-100 (the average answer score), dimensions 1-5; each series gives its first,
    latest and best value and the change from first to latest.
    """
    overall: list[dict[str, Any]] = []
    families: dict[str, list[dict[str, Any]]] = {}
    dimensions: dict[str, list[dict[str, Any]]] = {}
    formats: dict[str, int] = {}
    pause_asked = 0
    counted = 0
    for session in sessions:
        report = session.get("report")
        if not isinstance(report, Mapping) or report.get("overall") is None:
            continue
        counted += 1
        base = {"session_id": session.get("id"), "ended_at": session.get("ended_at"),
                "format": session.get("format")}
        formats[str(session.get("format"))] = formats.get(str(session.get("format")), 0) + 1
        overall.append({**base, "score": report["overall"]})
        if (report.get("pause_question") or {}).get("asked"):
            pause_asked += 1
        for family, info in (report.get("families") or {}).items():
            families.setdefault(family, []).append({**base, "score": info["overall"]})
        for name, info in (report.get("dimensions") or {}).items():
            if info.get("average") is not None:
                dimensions.setdefault(name, []).append({**base, "score": info["average"]})
    by_family = []
    for family in FAMILY_IDS:
        if family in families:
            info = kb.families.get(family)
            by_family.append({"family": family, "name": info.name if info else family,
                              **_series(families[family])})
    by_dimension = []
    for name in DIMENSIONS:
        if name in dimensions:
            anchors = kb.anchors.get(name)
            by_dimension.append({"dimension": name, "label": anchors.label if anchors else name,
                                 **_series(dimensions[name])})
    return {
        "sessions": counted,
        "formats": formats,
        "pause_question_asked": pause_asked,
        "overall": _series(overall) if overall else None,
        "by_family": by_family,
        "by_dimension": by_dimension,
    }


class ProgressPoint(Shape):
    """One ended session's score on a series."""

    session_id: int | None = None
    ended_at: str | None = None
    format: str | None = None
    score: Number = 0


class Series(Shape):
    """Scores session after session: the first, the latest, the best and the change."""

    sessions: int = 0
    first: Number = 0
    latest: Number = 0
    best: Number = 0
    change: Number = 0
    points: tuple[ProgressPoint, ...] = ()
    family: str = ""
    dimension: str = ""
    name: str = ""
    label: str = ""


class Progress(Shape):
    """Progress across ended sessions (``progress``), overall, by family and by dimension."""

    sessions: int = 0
    formats: dict[str, int] = Field(default_factory=dict)
    pause_question_asked: int = 0
    overall: Series | None = None
    by_family: tuple[Series, ...] = ()
    by_dimension: tuple[Series, ...] = ()
