"""outcome_words.yaml: the shipped word classes load, and a broken file is refused clearly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from poise.content.loader import content_dir, load_knowledge_base
from poise.content.schema.word_classes import OutcomeWords
from poise.content.word_classes import load_outcome_words, outcome_words, outcome_words_path
from poise.errors import ContentError

SHIPPED = outcome_words_path().read_text(encoding="utf-8")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "outcome_words.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _refused(path: Path) -> ContentError:
    with pytest.raises(ContentError) as caught:
        load_outcome_words(path)
    return caught.value


def test_shipped_classes_load_with_every_class_filled() -> None:
    words = outcome_words()
    for name in OutcomeWords.model_fields:
        assert getattr(words, name).words, name
    assert "workshop" in words.occasion_nouns
    assert "train" in words.reaching_verbs
    assert "on" in words.mark_preps  # quoted in the file: YAML would read a bare on as true


def test_class_membership_is_by_whole_word() -> None:
    assert "work" not in outcome_words().occasion_nouns
    assert "workshops" not in outcome_words().occasion_nouns  # the readers singularise first


def test_missing_class_is_named(tmp_path: Path) -> None:
    text = SHIPPED.replace("harm_nouns:", "harm_nounz:")
    error = _refused(_write(tmp_path, text))
    whats = " ".join(problem.what for problem in error.problems)
    assert "harm_nouns" in whats
    assert "harm_nounz" in whats  # the unknown key is reported as well


def test_word_listed_twice_is_refused_on_its_line(tmp_path: Path) -> None:
    text = SHIPPED.replace("words: [put, take,", "words: [put, put, take,")
    error = _refused(_write(tmp_path, text))
    problem = error.problems[0]
    assert "listed twice" in problem.what
    line = next(number for number, row in enumerate(text.splitlines(), 1) if "[put, put" in row)
    assert problem.line in {line - 4, line - 3, line - 2, line - 1, line}
    assert problem.file.endswith("outcome_words.yaml")


def test_capitalised_or_phrase_word_is_refused(tmp_path: Path) -> None:
    text = SHIPPED.replace("words: [put, take,", "words: [Put, take,")
    assert _refused(_write(tmp_path, text)).problems
    text = SHIPPED.replace("words: [put, take,", "words: [put through, take,")
    assert _refused(_write(tmp_path, text)).problems


def test_words_must_be_a_list(tmp_path: Path) -> None:
    text = SHIPPED.replace("words: [put, take, send, get, bring, run]", "words: put")
    assert any("list" in problem.what for problem in _refused(_write(tmp_path, text)).problems)


def test_broken_yaml_and_missing_file_are_refused(tmp_path: Path) -> None:
    error = _refused(_write(tmp_path, SHIPPED + "\nharm_nouns: [unclosed\n"))
    assert "YAML" in error.problems[0].what
    missing = _refused(tmp_path / "absent" / "outcome_words.yaml")
    assert "missing" in missing.problems[0].what


def test_knowledge_base_check_reports_a_broken_word_file(tmp_path: Path) -> None:
    target = tmp_path / "src" / "poise" / "content"
    shutil.copytree(content_dir(), target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (target / "outcome_words.yaml").write_text(
        SHIPPED.replace("words: [put, take,", "words: [put, put, take,"), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_knowledge_base(target)
    assert any(problem.file.endswith("outcome_words.yaml") for problem in caught.value.problems)
