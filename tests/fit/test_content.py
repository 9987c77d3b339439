"""The fit content files: valid, complete, and broken files reported with file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from poise.content.loader import content_dir, knowledge_base, load_knowledge_base
from poise.content.schema import CONCERN_KINDS, REQUIREMENT_KINDS
from poise.errors import ContentError


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled content."""
    target = tmp_path / "src" / "poise" / "content"
    shutil.copytree(content_dir(), target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return target


def test_fit_content_covers_every_kind() -> None:
    fit = knowledge_base().fit
    assert fit is not None
    assert {template.kind for template in fit.concerns.concerns} == set(CONCERN_KINDS)
    assert {cues.kind for cues in fit.cues.kinds} == set(REQUIREMENT_KINDS) - {"other"}


def test_unknown_placeholder_is_reported_on_its_line(content_copy: Path) -> None:
    path = content_copy / "fit" / "concerns.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: 'No board exposure'", "title: 'No board {colour}'"),
                    encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_knowledge_base(content_copy)
    problem = caught.value.problems[0]
    assert problem.file.endswith("fit/concerns.yaml")
    assert "colour" in problem.what


def test_broken_regex_in_cues_is_reported(content_copy: Path) -> None:
    path = content_copy / "fit" / "cues.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  - '\\binterim\\b'", "  - '(unclosed'"), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_knowledge_base(content_copy)
    assert any("does not compile" in problem.what for problem in caught.value.problems)


def test_unknown_tool_category_is_reported(content_copy: Path) -> None:
    path = content_copy / "fit" / "lexicons.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("{name: Odoo, category: erp}", "{name: Odoo, category: erpp}"),
                    encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_knowledge_base(content_copy)
    assert any("erpp" in problem.what for problem in caught.value.problems)
