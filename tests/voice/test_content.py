"""content/voice/delivery.yaml: bands with their sources, every finding's words, clear errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from poise.content.loader import content_dir, knowledge_base, load_knowledge_base
from poise.content.schema.voice import FINDING_IDS
from poise.errors import ContentError


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(content_dir(), target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return target


def test_the_bands_carry_their_sources_and_every_finding_has_words() -> None:
    voice = knowledge_base().voice
    assert voice is not None
    assert (voice.pace.low_wpm, voice.pace.high_wpm) == (120, 160)
    for section in (voice.pace, voice.filled_pauses, voice.silences, voice.verbal_fillers):
        assert len(section.source) > 40
    assert set(voice.findings) == FINDING_IDS
    for key in ("over_time", "trailing_off"):
        assert voice.findings[key].source


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("  low_wpm: 120", "  low_wpm: 170", "low_wpm must be below high_wpm"),
        ("  stall:\n", "  stalling:\n", "findings: missing ['stall']"),
        ("  burst_count: 3 ", "  burst_count: 3\n  burst_size: 4 ", "unknown key 'burst_size'"),
    ],
)
def test_a_broken_voice_file_is_refused_with_its_line(
    content_copy: Path, old: str, new: str, said: str
) -> None:
    path = content_copy / "voice" / "delivery.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_knowledge_base(content_copy)
    message = str(caught.value)
    assert "voice/delivery.yaml:" in message and said in message
