"""The follow-up templates are validated data: unknown placeholders and filler are content errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from poise.content.loader import KnowledgeBase, content_dir, load_knowledge_base
from poise.errors import ContentError


def test_followup_templates_are_loaded(kb: KnowledgeBase) -> None:
    assert kb.followup is not None
    assert kb.followup.schedule.check_in.without_date == (7, 10)
    assert len(kb.followup.schedule.later) <= 2
    assert "do not hesitate" in kb.followup.letter.filler


def _broken_copy(tmp_path: Path, file: str, old: str, new: str) -> Path:
    root = tmp_path / "content"
    shutil.copytree(content_dir(), root, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    path = root / "followup" / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return root


@pytest.mark.parametrize(("file", "old", "new", "expected"), [
    ("letter.yaml", "I have attached {what}.", "I have attached {thing}.",
     "unknown placeholder {thing}"),
    ("letter.yaml", "I will send it the same day.", "Do not hesitate to ask.",
     "filler phrase 'do not hesitate'"),
    ("schedule.yaml", "later: [12, 20]", "later: [12, 9]", "later gaps must grow"),
    ("schedule.yaml", "later: [12, 20]", "later: [12, 20, 30]", "at most 2"),
])
def test_broken_followup_template_is_a_located_content_error(
    tmp_path: Path, file: str, old: str, new: str, expected: str
) -> None:
    root = _broken_copy(tmp_path, file, old, new)
    with pytest.raises(ContentError) as caught:
        load_knowledge_base(root)
    problems = [problem for problem in caught.value.problems if problem.file.endswith(f"followup/{file}")]
    assert problems, caught.value.message
    assert any(expected in problem.what for problem in problems), [str(p) for p in problems]
    assert all(problem.line >= 1 for problem in problems)
