"""content/interview/ is validated data whose broken references are reported with their line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from poise.content.loader import content_dir, load_knowledge_base
from poise.content.schema import CASE_CRITERIA
from poise.errors import ContentError
from poise.interview.judges import interview_content
from poise.services.content import check_content


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled content, laid out like the package."""
    target = tmp_path / "src" / "poise" / "content"
    shutil.copytree(content_dir(), target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return target


def test_the_bundled_interview_content_is_clean() -> None:
    assert check_content() == []
    kb = load_knowledge_base()
    content = interview_content(kb)
    assert tuple(sorted(item.id for item in content.cases.criteria)) == tuple(sorted(CASE_CRITERIA))
    assert len(content.projective.areas) == 5
    assert content.concerns.concerns
    stress_lines = set(kb.formats["stress"].challenges)
    used = {trigger.challenge for trigger in content.engine.stress.triggers}
    used |= set(content.engine.stress.generic) | {content.engine.stress.warning}
    assert used == stress_lines  # every sceptical line in formats.yaml is used


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("persona: hr_partner", "persona: hr_partnr", "unknown persona 'hr_partnr'"),
    ("asks: achievements.proudest_result", "asks: achievements.proudest", "unknown question"),
    ("rules: [ownership.we_only]", "rules: [ownership.we_onli]", "unknown rule id 'ownership.we_onli'"),
    ("challenge: That sounds like an excuse.", "challenge: That is an excuse.", "not one of the stress"),
])
def test_broken_references_in_engine_yaml_are_reported_with_their_line(
    content_copy: Path, old: str, new: str, expected: str
) -> None:
    path = content_copy / "interview" / "engine.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_knowledge_base(content_copy)
    problems = [problem for problem in caught.value.problems if expected in problem.what]
    assert problems, caught.value.problems
    assert problems[0].file.endswith("interview/engine.yaml") and problems[0].line > 1


def test_an_unknown_key_in_closing_yaml_is_rejected(content_copy: Path) -> None:
    path = content_copy / "interview" / "closing.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\nmax_question: 3\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_knowledge_base(content_copy)
    assert any("unknown key 'max_question'" in problem.what for problem in caught.value.problems)


def test_a_missing_case_criterion_is_an_error(content_copy: Path) -> None:
    path = content_copy / "interview" / "case_criteria.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  - id: timeline", "  - id: timing"), encoding="utf-8")
    with pytest.raises(ContentError):
        load_knowledge_base(content_copy)


def test_every_follow_up_line_and_alternate_is_one_whole_question() -> None:
    from poise.content.loader import knowledge_base
    from poise.interview.judges import interview_content

    content = interview_content(knowledge_base())
    lines = []
    for gap in content.engine.follow_ups.gaps:
        lines += [gap.ask, *gap.alternates]
    for criterion in content.cases.criteria:
        lines += [criterion.ask, *criterion.alternates]
    for line in lines:
        assert line.endswith("?") and line[0].isupper(), line


def test_questions_never_planned_are_in_the_bank() -> None:
    from poise.content.loader import knowledge_base
    from poise.interview.judges import interview_content

    kb = knowledge_base()
    for question_id in interview_content(kb).engine.plan.never_planned:
        assert question_id in kb.questions, question_id
