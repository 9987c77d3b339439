"""Recordings kept on this computer, only when the person has asked for it in Settings.

By default a recording is transcribed from memory and never written anywhere. With "keep my
recordings" on, each one is saved in ``<data folder>/recordings/`` beside a JSON file with its
transcript; the export lists those transcripts and "delete everything" removes the folder.
"""

from __future__ import annotations

import json
import secrets
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

FOLDER = "recordings"
PREFERENCE_FILE = "voice.json"
SUFFIXES = {"audio/webm": ".webm", "audio/ogg": ".ogg", "audio/wav": ".wav", "audio/x-wav": ".wav",
            "audio/mpeg": ".mp3", "audio/mp4": ".m4a", "audio/x-m4a": ".m4a"}


@dataclass(frozen=True)
class VoicePreferences:
    """What the person chose about their recordings."""

    keep_audio: bool = False


def preferences(data_dir: Path) -> VoicePreferences:
    """The saved choice (off when never set or unreadable)."""
    try:
        data = json.loads((data_dir / PREFERENCE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return VoicePreferences()
    return VoicePreferences(keep_audio=bool(isinstance(data, dict) and data.get("keep_audio") is True))


def save_preferences(data_dir: Path, chosen: VoicePreferences) -> None:
    """Remember the choice in the data folder."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / PREFERENCE_FILE).write_text(json.dumps({"keep_audio": chosen.keep_audio}), encoding="utf-8")


def keep(data_dir: Path, audio: bytes, *, content_type: str, transcript: str, question: str) -> Path | None:
    """Save the recording and its transcript when the person keeps recordings; else do nothing."""
    if not preferences(data_dir).keep_audio:
        return None
    folder = data_dir / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    name = f"{stamp}-{secrets.token_hex(3)}"
    suffix = SUFFIXES.get(content_type.split(";")[0].strip().lower(), ".audio")
    path = folder / f"{name}{suffix}"
    path.write_bytes(audio)
    (folder / f"{name}.json").write_text(
        json.dumps({"recorded_at": stamp, "question": question, "transcript": transcript, "audio": path.name},
                   ensure_ascii=False),
        encoding="utf-8")
    return path


def kept(data_dir: Path) -> list[dict[str, Any]]:
    """Every kept recording's transcript record, oldest first (for the export)."""
    folder = data_dir / FOLDER
    records = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            records.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    return records


def delete_all(data_dir: Path) -> int:
    """Remove every kept recording and transcript; returns how many recordings went."""
    folder = data_dir / FOLDER
    if not folder.is_dir():
        return 0
    count = len(list(folder.glob("*.json")))
    shutil.rmtree(folder, ignore_errors=True)
    return count
