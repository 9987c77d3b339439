"""Seconds as people read a clock, the same in the engine's messages, the terminal and the web."""

from __future__ import annotations


def clock(seconds: float | None) -> str:
    """Seconds as ``m:ss`` (``-`` when not measured; a negative time reads as zero)."""
    if seconds is None:
        return "-"
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
