"""An answer that states a position is not judged as a story.

A pay answer is scored on relevance, concision, tone and its negotiation stance only (turning the
question back first is the move; there is no outcome to number and no team to credit); any other
answer to a question that asks for no past example reads its structure as a point made first and
then backed, not as actions followed by an outcome.
"""

from __future__ import annotations

from poise.analysis import AnalysisContext, analyse

PAY = AnalysisContext(family="salary")
PAY_QUESTION = "What are your salary expectations?"
TURNED_BACK = (
    "Before I give a number, could you tell me the range you have budgeted for this role? From my "
    "research, directors of operations in logistics in this region earn between 95,000 and "
    "110,000 pounds, and given I ran a 40 million pound budget, I'd expect the upper half of that "
    "range, though I'm open on the package as a whole."
)


def _dimensions(question: str, answer: str, context: AnalysisContext) -> dict[str, tuple[int, str]]:
    report = analyse(question, answer, context=context)
    return {item.name: (item.score, item.anchor) for item in report.dimensions}


def test_a_pay_answer_is_not_judged_on_a_story_structure_evidence_or_ownership() -> None:
    scores = _dimensions(PAY_QUESTION, TURNED_BACK, PAY)
    assert set(scores) == {"relevance", "concision", "tone", "family"}


def test_a_pay_answer_still_ranks_a_researched_range_above_a_bare_refusal() -> None:
    researched = analyse(PAY_QUESTION, TURNED_BACK, context=PAY).overall
    refusal = analyse(PAY_QUESTION, (
        "I'd rather not talk about money at this stage, to be honest. I think it's a bit early and "
        "I'm sure we can sort something out later if we both decide to go ahead with it."),
        context=PAY).overall
    assert researched > refusal


def test_a_view_of_the_role_is_not_told_it_lacks_actions_and_an_outcome() -> None:
    scores = _dimensions(
        "What would success look like in this role after a year?",
        "Success after a year means the three depots run on one planning system and on-time "
        "delivery is back above 95 percent. At my current employer I moved two sites onto one "
        "system in nine months, so I know what that takes, and I would start with the depot that "
        "misses most often.",
        AnalysisContext(family="success_in_role"))
    structure = scores["structure"][1]
    assert "Actions and an outcome" not in structure and "actions-then-outcome" not in structure
    assert "point" in structure


def test_a_story_answer_keeps_the_story_structure_anchors() -> None:
    scores = _dimensions(
        "Tell me about a time you turned round a failing team.",
        "In 2021 I took over a depot team that missed half its delivery slots. I met each driver, "
        "rebuilt the rota with the two shift leads and set a daily ten-minute review. Within four "
        "months on-time delivery rose from 52 to 91 percent.",
        AnalysisContext(family="past_behaviour"))
    assert "point" not in scores["structure"][1]
    assert {"structure", "evidence", "ownership"} <= set(scores)


def test_one_figure_with_its_basis_is_not_said_to_have_nothing_behind_it() -> None:
    report = analyse(PAY_QUESTION, (
        "I'm on 92,000 now and would look for about 110,000, based on what comparable roles pay "
        "and the size of the budget I run today."), context=PAY)
    first = [item for item in report.findings if item.rule == "salary.figure_first"]
    assert first and "nothing to back it" not in first[0].message
    assert "one figure" in first[0].message
    bare = analyse(PAY_QUESTION, "I'd want 110,000.", context=PAY)
    assert any("nothing to back it" in item.message for item in bare.findings
               if item.rule == "salary.figure_first")


def test_a_pay_question_put_back_is_what_the_question_tests() -> None:
    report = analyse(PAY_QUESTION, TURNED_BACK, context=PAY)
    family = next(item for item in report.dimensions if item.name == "family")
    assert any(item.quote.endswith("?") for item in family.evidence)


def test_a_rhetorical_question_in_a_story_is_not_proof_of_anything() -> None:
    report = analyse("Tell me about a time you handled a difficult supplier.", (
        "Why did the supplier keep missing dates? I never found out, and we lived with it for a "
        "year until the contract ran out."), context=AnalysisContext(family="external_resources"))
    family = next(item for item in report.dimensions if item.name == "family")
    assert not any(item.quote.endswith("?") for item in family.evidence)


def test_a_range_with_its_reason_is_not_a_figure_plucked_from_the_air() -> None:
    report = analyse(PAY_QUESTION, (
        "My base today is 96,000 with a ten per cent bonus. Given the wider remit here, two sites "
        "instead of one, I'm looking for a base between 105,000 and 115,000."), context=PAY)
    assert not any(item.rule == "salary.figure_first" for item in report.findings)
