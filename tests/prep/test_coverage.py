"""Story bank core and the coverage matrix: drafts, the question a story answers, gaps, checklist."""

from __future__ import annotations

from typing import Any

import pytest

from poise.content.loader import KnowledgeBase
from poise.errors import InputError
from poise.prep.coverage import build_coverage, check_ratings, top_requirements
from poise.prep.stories import (
    GOOD_STORY,
    StoryDraft,
    StorySummary,
    clean_draft,
    judge,
    question_for,
    story_text,
    summary_from,
)

from .data import DIRECTOR_STORY, MANAGER_STORY, WEAK_STORY


def _summary(story_id: int, draft: StoryDraft, overall: int | None) -> StorySummary:
    report = None if overall is None else {"overall": overall, "top_fixes": [
        {"rule": "evidence.no_numbers", "message": "No numbers", "fix": "Add a number."}]}
    return summary_from(story_id, draft, report)


def test_story_text_joins_the_parts_in_order_with_full_stops() -> None:
    draft = StoryDraft("T", "Sales fell", "I rebuilt the team", "Sales rose 20%", "Measure first")
    assert story_text(draft) == "Sales fell. I rebuilt the team. Sales rose 20%. Measure first."


def test_clean_draft_checks_title_competencies_and_text(kb: KnowledgeBase) -> None:
    with pytest.raises(InputError, match="needs a title"):
        clean_draft(StoryDraft("  ", actions="I did it.", competencies=("organising",)), kb)
    with pytest.raises(InputError, match="Unknown competency 'charisma'"):
        clean_draft(StoryDraft("T", actions="I did it.", competencies=("charisma",)), kb)
    with pytest.raises(InputError, match="at least one competency"):
        clean_draft(StoryDraft("T", actions="I did it."), kb)
    with pytest.raises(InputError, match="no text yet"):
        clean_draft(StoryDraft("T", competencies=("organising",)), kb)
    too_many = ("organising", "thoroughness", "judgement", "intelligence", "responsibility")
    with pytest.raises(InputError, match="at most 4"):
        clean_draft(StoryDraft("T", actions="I did it.", competencies=too_many), kb)
    cleaned = clean_draft(StoryDraft(" T ", actions=" I did it. ", lesson=" ",
                                     competencies=("organising", "organising")), kb)
    assert (cleaned.title, cleaned.actions, cleaned.lesson, cleaned.competencies) == (
        "T", "I did it.", None, ("organising",)
    )


def test_question_for_picks_a_behavioural_bank_question_of_the_main_competency(
    kb: KnowledgeBase,
) -> None:
    for competency in kb.competencies:
        question = question_for(competency, kb)
        assert question.text
        if question.question_id is not None:
            bank = kb.questions[question.question_id]
            assert bank.behavioural and competency in bank.competencies
            assert bank.family not in ("failures", "weaknesses", "salary")


def test_question_for_prefers_the_question_closest_to_the_story(kb: KnowledgeBase) -> None:
    turnaround = question_for(
        "results_achievements", kb,
        story="The unit was losing money and morale. I turned it around in a year.",
    )
    proudest = question_for(
        "results_achievements", kb,
        story="The result I am proudest of from the last five years is our launch in Spain.",
    )
    assert turnaround.question_id == "achievements.turnaround"
    assert proudest.question_id == "achievements.proudest_result"
    for question in (turnaround, proudest):
        assert kb.questions[str(question.question_id)].competencies[0] == "results_achievements"


def test_judge_scores_a_good_story_high_and_a_thin_one_low(kb: KnowledgeBase) -> None:
    question, good = judge(DIRECTOR_STORY, kb)
    assert good.overall >= GOOD_STORY
    assert good.answer == story_text(DIRECTOR_STORY)
    assert good.question == question.text
    _question, weak = judge(WEAK_STORY, kb)
    assert weak.overall < GOOD_STORY


def test_coverage_has_a_row_per_competency_and_story_columns(kb: KnowledgeBase) -> None:
    stories = [_summary(1, DIRECTOR_STORY, 92), _summary(2, MANAGER_STORY, 55)]
    coverage = build_coverage(stories, kb)
    assert [row.id for row in coverage.rows] == list(kb.competencies)
    assert coverage.stories == ((1, "Warehouse turnaround"), (2, "Support backlog"))
    organising = coverage.row("organising")
    assert [(cell.story_id, cell.linked, cell.quality) for cell in organising.cells] == [
        (1, True, 92), (2, True, 55)
    ]
    assert (organising.best, organising.best_story, organising.status) == (92, 1, "good")
    team = coverage.row("team_relationships")
    assert (team.best, team.status) == (55, "weak")
    assert coverage.row("international_experience").status == "none"


def test_coverage_gaps_list_every_row_without_a_good_story(kb: KnowledgeBase) -> None:
    stories = [_summary(1, DIRECTOR_STORY, 92), _summary(2, MANAGER_STORY, 55)]
    coverage = build_coverage(stories, kb)
    gap_ids = {gap.row_id for gap in coverage.gaps}
    assert "organising" not in gap_ids and "results_achievements" not in gap_ids
    assert "team_relationships" in gap_ids
    assert len(gap_ids) == 16
    weak = next(gap for gap in coverage.gaps if gap.row_id == "team_relationships")
    assert weak.status == "weak"
    assert "55/100" in weak.advice and "Add a number." in weak.advice
    none = next(gap for gap in coverage.gaps if gap.row_id == "international_experience")
    assert none.advice.startswith("No story yet.")


def test_coverage_counts_an_unjudged_story_as_weak(kb: KnowledgeBase) -> None:
    coverage = build_coverage([_summary(1, MANAGER_STORY, None)], kb)
    row = coverage.row("organising")
    assert (row.status, row.best, row.best_story) == ("weak", None, 1)


def test_top_requirements_put_musts_first_and_skip_what_a_story_cannot_prove(
    fit: dict[str, Any],
) -> None:
    texts = [item["id"] for item in top_requirements(fit)]
    assert texts == ["r1", "r2", "r3", "r5", "r6"]
    assert top_requirements(None) == []
    assert top_requirements({"requirements": [{"text": ""}, "junk"]}) == []


def test_requirement_rows_link_stories_that_speak_to_them(
    kb: KnowledgeBase, fit: dict[str, Any]
) -> None:
    stories = [_summary(1, DIRECTOR_STORY, 92), _summary(2, MANAGER_STORY, 70)]
    coverage = build_coverage(stories, kb, fit=fit)
    first = coverage.rows[0]
    assert first.kind == "requirement" and first.must and first.id == "req:r1"
    assert first.cells[0].linked and first.status == "good"
    negotiate = coverage.row("req:r5")
    assert negotiate.status == "none"
    gaps = [gap.row_id for gap in coverage.gaps]
    assert gaps.index("req:r5") < gaps.index("international_experience")


def test_self_assessment_feeds_the_gaps_and_the_checklist(kb: KnowledgeBase) -> None:
    stories = [_summary(1, DIRECTOR_STORY, 92)]
    coverage = build_coverage(stories, kb, ratings={"time_management": 5, "thoroughness": 2})
    assert len(coverage.checklist) == 9
    by_id = {entry.id: entry for entry in coverage.checklist}
    assert by_id["organising"].note == "Proven by a good story."
    assert by_id["time_management"].rating == 5
    assert "claim but cannot yet prove" in by_id["time_management"].note
    assert "development area" in by_id["thoroughness"].note
    assert by_id["decision_efficiency"].rating is None
    claimed = next(gap for gap in coverage.gaps if gap.row_id == "time_management")
    assert claimed.advice.startswith("You rate yourself 5/5")
    employer_gaps = [gap.row_id for gap in coverage.gaps if gap.priority == 2]
    assert employer_gaps == ["time_management"]


def test_ratings_must_be_employer_requirements_from_one_to_five(kb: KnowledgeBase) -> None:
    assert check_ratings({"organising": 3}, kb) == {"organising": 3}
    with pytest.raises(InputError, match="nine employer requirements"):
        check_ratings({"strategic_vision": 3}, kb)
    with pytest.raises(InputError, match="from 1 to 5"):
        check_ratings({"organising": 9}, kb)


def test_coverage_to_dict_is_json_ready(kb: KnowledgeBase, fit: dict[str, Any]) -> None:
    data = build_coverage([_summary(1, DIRECTOR_STORY, 92)], kb, fit=fit).to_dict()
    assert set(data) == {"threshold", "stories", "rows", "gaps", "checklist"}
    assert data["rows"][0]["cells"][0] == {"story_id": 1, "linked": True, "quality": 92}


SAFETY = StoryDraft(
    title="Night shift safety",
    circumstances="After two forklift accidents on the night shift in 2020, morale was low.",
    actions=(
        "I walked every night shift for a month, listened to the drivers, changed the layout and "
        "trained all 60 staff with the safety team."
    ),
    results="Accidents fell to zero for 14 months and absence dropped by a third.",
    competencies=("responsibility",),
)
CARRIERS = StoryDraft(
    title="Carrier renegotiation",
    circumstances="Our two main carriers raised rates by 9% in 2023.",
    actions=(
        "I benchmarked five carriers, renegotiated terms with the two incumbents and moved 20% of "
        "volume to a regional carrier as leverage."
    ),
    results="We held rates flat for two years, saving EUR 600k a year.",
    competencies=("results_achievements",),
)


def test_shared_words_need_closeness_in_meaning_to_count(kb: KnowledgeBase) -> None:
    from poise.prep.coverage import semantic_similarity, story_meets_requirement

    change = "Drive change management and continuous improvement across sites"
    safety = _summary(1, SAFETY, 86)
    assert story_meets_requirement(change, safety, kb, similarity=None)
    assert not story_meets_requirement(change, safety, kb)
    assert semantic_similarity(change, safety) < 0.5
    carriers = _summary(2, CARRIERS, 90)
    assert story_meets_requirement("Negotiate contracts with carriers and suppliers", carriers, kb)


def test_a_shared_competency_always_links_a_requirement(kb: KnowledgeBase) -> None:
    from poise.prep.coverage import requirement_competencies, story_meets_requirement

    requirement = "Proven negotiation skills with unions"
    assert "relationships_negotiation" in requirement_competencies(requirement, kb)
    story = _summary(1, StoryDraft("T", actions="I ran the shift plan.",
                                   competencies=("relationships_negotiation",)), 70)
    assert story_meets_requirement(requirement, story, kb)
