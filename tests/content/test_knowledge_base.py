"""The knowledge base: counts, unique ids, resolving references, generated docs, and clear errors."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from poise.content.loader import (
    MIN_QUESTIONS_PER_COMPETENCY,
    MIN_QUESTIONS_PER_FAMILY,
    content_dir,
    knowledge_base,
    load_knowledge_base,
)
from poise.content.schema import FAMILY_IDS
from poise.errors import ContentError
from poise.services.catalogue import CATALOGUES

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled content, laid out like the package."""
    target = tmp_path / "src" / "poise" / "content"
    shutil.copytree(content_dir(), target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return target


def test_bank_has_at_least_200_questions_in_the_20_families() -> None:
    kb = knowledge_base()
    assert len(kb.questions) >= 200
    assert {q.family for q in kb.questions.values()} == set(FAMILY_IDS)


def test_every_family_has_enough_questions() -> None:
    counts = Counter(q.family for q in knowledge_base().questions.values())
    for family in FAMILY_IDS:
        assert counts[family] >= MIN_QUESTIONS_PER_FAMILY, family


def test_every_competency_is_probed_by_three_questions() -> None:
    kb = knowledge_base()
    counts = Counter(c for q in kb.questions.values() for c in q.competencies)
    assert len(kb.competencies) == 18
    for competency in kb.competencies:
        assert counts[competency] >= MIN_QUESTIONS_PER_COMPETENCY, competency


def test_ids_are_unique_and_prefixed_by_family() -> None:
    kb = knowledge_base()
    for question_id, question in kb.questions.items():
        assert question_id.startswith(question.family + ".")
    for rule_id in kb.rules:
        assert rule_id.count(".") == 1


def test_every_reference_resolves() -> None:
    kb = knowledge_base()
    for question in kb.questions.values():
        assert set(question.competencies) <= set(kb.competencies)
    for interview_format in kb.formats.values():
        assert set(interview_format.families) <= set(kb.families)
        for persona in interview_format.personas:
            assert set(persona.competencies) <= set(kb.competencies)
    for rule in kb.rules.values():
        assert set(rule.lexicons()) <= set(kb.lexicons)


def test_behavioural_questions_have_the_key_follow_ups() -> None:
    for question in knowledge_base().questions.values():
        if question.behavioural:
            assert question.follow_ups.no_actions and question.follow_ups.no_result, question.id
        assert question.follow_ups.vague, question.id


def test_a_vague_answers_follow_up_never_points_at_an_example_it_did_not_give() -> None:
    # asked after an answer in general terms: "that project" has nothing to point at
    pointing = re.compile(r"\b(?:that|this|the same)\s+(?:project|situation|example|case|story|time|one)\b",
                          re.IGNORECASE)
    for question in knowledge_base().questions.values():
        assert not pointing.search(question.follow_ups.vague or ""), question.id


def test_projective_questions_cover_all_five_areas() -> None:
    kb = knowledge_base()
    areas = Counter(q.area for q in kb.questions_in("projective"))
    assert set(areas) == {"motivation", "values", "sociability", "conflict", "clients"}
    assert sum(areas.values()) >= 10


def test_pause_question_is_always_asked() -> None:
    good = knowledge_base().questions_to_ask.good
    pause = [q for q in good if q.topic == "pause"]
    assert pause and pause[0].always
    assert "gives you pause" in pause[0].text


def test_panel_has_two_to_four_personas_with_one_criterion_each() -> None:
    panel = knowledge_base().formats["panel"]
    assert 2 <= len(panel.personas) <= 4
    assert len({p.criterion for p in panel.personas}) == len(panel.personas)


@pytest.mark.parametrize("name", sorted(CATALOGUES))
def test_generated_docs_are_current(name: str) -> None:
    expected = CATALOGUES[name](knowledge_base())
    actual = (DOCS / name).read_text(encoding="utf-8")
    assert actual == expected, f"docs/{name} is stale: run `poise content docs`"


def test_broken_yaml_is_reported_with_file_and_line(content_copy: Path) -> None:
    path = content_copy / "questions" / "salary.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(4, "    text: [unclosed")
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_knowledge_base(content_copy)
    problem = caught.value.problems[0]
    assert problem.file.endswith("questions/salary.yaml")
    assert problem.line >= 5
    assert "YAML" in problem.what


def test_unknown_key_is_reported_on_its_line(content_copy: Path) -> None:
    path = content_copy / "competencies.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("  - id: judgement\n", "  - id: judgement\n    colour: blue\n", 1)
    path.write_text(text, encoding="utf-8")
    expected_line = text.splitlines().index("    colour: blue") + 1
    with pytest.raises(ContentError) as caught:
        load_knowledge_base(content_copy)
    problems = [p for p in caught.value.problems if "colour" in p.what]
    assert problems and problems[0].line == expected_line
    assert "remove it" in problems[0].todo


def test_dangling_competency_reference_is_an_error(content_copy: Path) -> None:
    path = content_copy / "questions" / "failures.yaml"
    text = path.read_text(encoding="utf-8")
    first = text.index("competencies: [") + len("competencies: [")
    path.write_text(text[:first] + "telepathy, " + text[first:], encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_knowledge_base(content_copy)
    assert any("telepathy" in p.what for p in caught.value.problems)


def test_nothing_is_half_loaded(content_copy: Path) -> None:
    (content_copy / "rules" / "tone.yaml").write_text("rules: [", encoding="utf-8")
    with pytest.raises(ContentError):
        load_knowledge_base(content_copy)


def test_rule_id_must_match_its_file(content_copy: Path) -> None:
    path = content_copy / "rules" / "tone.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("id: tone.pompous", "id: style.pompous"),
                    encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_knowledge_base(content_copy)
    assert any("style.pompous" in p.what for p in caught.value.problems)


def test_shipped_bank_index_is_current() -> None:
    from poise.analysis import bank_index

    assert bank_index.load(knowledge_base()) is not None, "stale: run `poise content docs`"


def test_lexicon_entries_take_shared_fragments_by_name(content_copy: Path) -> None:
    label = knowledge_base().lexicons["hackneyed"].entries[0].phrase
    assert "(?&" not in label and label.startswith("(?:\\b(?:i(?:['’]m| am)|i consider myself")
    lexicon = content_copy / "lexicons" / "hackneyed.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8").replace(
        "(?&self_label)\\s+go[- ]getter", "(?&self_lable)\\s+go[- ]getter"), encoding="utf-8")
    fragments = content_copy / "lexicon_fragments.yaml"
    fragments.write_text(fragments.read_text(encoding="utf-8") + "  spare: 'x+y'\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_knowledge_base(content_copy)
    found = {(problem.file.rsplit("/", 1)[-1], problem.what) for problem in caught.value.problems}
    assert any(name == "hackneyed.yaml" and "unknown fragment (?&self_lable)" in what
               for name, what in found)
    assert ("lexicon_fragments.yaml", "fragment 'spare' is used by no lexicon entry") in found


def test_a_family_trap_naming_no_rule_is_an_error(content_copy: Path) -> None:
    path = content_copy / "families.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "traps: [tone.blame,", "traps: [tone.no_such_rule,", 1), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_knowledge_base(content_copy)
    assert any("tone.no_such_rule" in problem.what for problem in caught.value.problems)
