"""Off-topic ("answers another question"): the labelled sentence corpus is well formed and in the
project's own words, and answers that only look as if they drift must not be called off topic
(a context sentence, a success told before the failure, the career story asked for, a plan
that starts from what the speaker has already done)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.content.loader import knowledge_base

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "data" / "training" / "off_topic_sentences.jsonl"
FIELDS = {"family", "question", "on_topic", "off_topic", "answers_instead", "near_miss"}
OFF_TOPIC_RULES = {"relevance.off_topic"}


def _corpus() -> list[dict[str, str]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_corpus_names_real_families_and_every_field() -> None:
    families = set(knowledge_base().families)
    rows = _corpus()
    assert rows
    for row in rows:
        assert set(row) == FIELDS
        assert row["family"] in families and row["answers_instead"] in families
        assert row["family"] != row["answers_instead"]
        assert all(row[key].strip() for key in FIELDS)


def test_the_corpus_covers_every_family() -> None:
    assert {row["family"] for row in _corpus()} == set(knowledge_base().families)


def test_no_corpus_sentence_is_copied_from_a_development_round() -> None:
    """Development rounds 1-12 only, named one by one (no glob over every round folder)."""
    blind = ROOT / "benchmarks" / "blind"
    folders = [blind] + [blind / f"round{number}" for number in range(2, 13)]
    texts = " ".join(path.read_text(encoding="utf-8").lower()
                     for folder in folders for path in sorted(folder.glob("answers_*.jsonl")))
    for row in _corpus():
        for key in ("on_topic", "off_topic", "near_miss"):
            assert row[key].lower() not in texts


NEAR_MISSES = [
    # the situation first, then the failure asked for
    ("Tell me about a time a plan of yours went wrong.", "failures",
     "Our quarterly stock counts had always gone smoothly, so I expected the same in March. I "
     "changed the counting sheets without briefing the night team, and we ended with a gap of "
     "forty thousand pounds that took two weeks to explain. I now walk every shift through a change "
     "before it goes live, and the last three counts closed within a day."),
    # a success told before the failure, then the failure itself
    ("Describe a mistake you made at work.", "failures",
     "The first two site openings I led went well and both came in on budget. On the third I "
     "skipped the landlord's access survey to save a week, and the fit-out crew could not get the "
     "lift installed, which cost us a month. Since then the survey is the first line of my plan."),
    # the career story is the answer to "tell me about yourself"
    ("Tell me about yourself.", "introduction",
     "I began as a trainee buyer in a builders' merchant, moved into category management, and for "
     "the last five years I have run purchasing for a group of nine branches. Along the way I cut "
     "our supplier list by a third and renegotiated the timber contract. This role would let me do "
     "the same at national scale."),
    # a plan for the first months that starts from what the speaker has done before
    ("What would your priorities be in your first three months?", "goal_setting",
     "When I took over my current team I spent the first month listening, and that is where I would "
     "start here too. By the end of month two I would want the three biggest client complaints "
     "traced to their cause, and by month three a staffing plan agreed with the finance partner."),
]


@pytest.mark.parametrize(("question", "family", "answer"), NEAR_MISSES)
def test_an_on_topic_answer_with_a_drifting_looking_sentence_is_not_off_topic(
        question: str, family: str, answer: str) -> None:
    report = analyse(question, answer, context=AnalysisContext(family=family))
    assert not {finding.rule for finding in report.findings} & OFF_TOPIC_RULES


@pytest.mark.parametrize("row", _corpus(), ids=lambda row: row["family"])
def test_an_on_topic_sentence_with_its_near_miss_is_not_off_topic(row: dict[str, str]) -> None:
    answer = f"{row['near_miss']} {row['on_topic']}"
    report = analyse(row["question"], answer, context=AnalysisContext(family=row["family"]))
    assert not {finding.rule for finding in report.findings} & OFF_TOPIC_RULES
