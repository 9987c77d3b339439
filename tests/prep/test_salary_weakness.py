"""Salary and weakness drafts: built from the project's templates and passed by the analyser."""

from __future__ import annotations

import pytest

from poise.content.loader import KnowledgeBase
from poise.content.schema import PrepContent, SalaryFile
from poise.errors import InputError
from poise.prep.salary import check_range, draft_salary, money, salary_prep
from poise.prep.weakness import draft_weakness, weakness_prep

SOURCE = "Hays 2026 salary guide"


@pytest.mark.parametrize(
    ("low", "high", "currency", "role"),
    [
        (95_000, 115_000, "EUR", "Director of Logistics"),
        (120_000, 150_000, "GBP", "Head of Engineering"),
        (180_000, 220_000, "USD", "VP Marketing"),
        (160_000, 190_000, "CHF", ""),
        (1_400_000, 1_800_000, "SEK", "Chief Financial Officer"),
    ],
)
def test_salary_drafts_raise_no_salary_findings(
    kb: KnowledgeBase, prep: PrepContent, low: float, high: float, currency: str, role: str
) -> None:
    result = salary_prep(check_range(low, high, currency, SOURCE), kb, prep.salary, role=role,
                         company="Hanse")
    for draft in (result.deflect, result.pressed):
        assert draft.report.family == "salary"
        assert draft.family_findings == [], draft.answer
        assert not [f.rule for f in draft.report.findings if f.rule.startswith("salary.")]
        # Poise's own draft must pass Poise's whole analyser: no finding of any rule
        # (meaning.salary_evasive flagged a turn-back that promised no range at all)
        assert [f.rule for f in draft.report.findings] == [], draft.answer
        assert draft.report.state == "ok"


def test_deflect_names_no_figure_and_asks_how_pay_is_structured(
    kb: KnowledgeBase, prep: PrepContent
) -> None:
    result = salary_prep(check_range(95_000, 115_000, "EUR", SOURCE), kb, prep.salary,
                         role="Director of Logistics")
    assert "95,000" not in result.deflect.answer and "€" not in result.deflect.answer
    assert "how compensation is structured" in result.deflect.answer
    assert "this Director of Logistics role" in result.deflect.answer
    assert result.deflect.question == prep.salary.questions.opening


def test_pressed_answer_gives_the_range_with_its_market_basis(
    kb: KnowledgeBase, prep: PrepContent
) -> None:
    result = salary_prep(check_range(95_000, 115_000, "EUR", SOURCE), kb, prep.salary)
    assert "between €95,000 and €115,000" in result.pressed.answer
    assert SOURCE in result.pressed.answer and "market data" in result.pressed.answer
    assert result.pressed.question == "I need a number from you. What exactly do you expect?"


def test_a_bare_figure_when_pressed_is_what_the_analyser_flags(
    kb: KnowledgeBase, prep: PrepContent
) -> None:
    from poise.analysis import AnalysisContext, analyse

    report = analyse(prep.salary.questions.pressed, "I want 150,000 euros.",
                     context=AnalysisContext(family="salary"), kb=kb)
    assert "salary.no_market_basis" in report.rules_fired()


def test_draft_salary_fills_every_placeholder(prep: PrepContent) -> None:
    deflect, pressed = draft_salary(check_range(1, 2, "usd", "a survey"), prep.salary)
    assert "{" not in deflect + pressed
    assert "  " not in deflect


@pytest.mark.parametrize(
    ("low", "high", "currency", "source", "message"),
    [
        (115_000, 95_000, "EUR", SOURCE, "low end"),
        (0, 95_000, "EUR", SOURCE, "above zero"),
        (95_000, 115_000, "euros", SOURCE, "not a currency code"),
        (95_000, 115_000, "EUR", "  ", "where the range comes from"),
        (95_000, 500_000_000, "EUR", SOURCE, "too large"),
    ],
)
def test_check_range_explains_bad_input(
    low: float, high: float, currency: str, source: str, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        check_range(low, high, currency, source)


def test_money_uses_symbols_where_known() -> None:
    assert money(95_000, "EUR") == "€95,000"
    assert money(95_000, "CHF") == "95,000 CHF"
    assert check_range(1, 2, "£", "x").currency == "GBP"


def test_salary_templates_reject_a_figure_in_the_deflect_answer(prep: PrepContent) -> None:
    data = prep.salary.model_dump()
    data["deflect"] = ["I would like {low} at least."]
    with pytest.raises(ValueError, match="must not name a figure"):
        SalaryFile.model_validate(data)


WORKSHEET = {
    "shortcoming": "I used to hold on to decisions too long, waiting for perfect data",
    "steps": (
        "since my last review I set a deadline for every open decision in our weekly meeting and "
        "ask my team to hold me to it"
    ),
    "progress": (
        "my team says approvals now take days, not weeks, and last quarter we cleared a backlog "
        "of 30 open decisions"
    ),
}


def test_complete_worksheet_draft_passes_the_weakness_rules(
    kb: KnowledgeBase, prep: PrepContent
) -> None:
    result = weakness_prep(kb, prep.weakness, **WORKSHEET)
    assert result.complete and result.guidance == ()
    assert result.draft is not None
    assert result.draft.report.family == "weaknesses"
    assert result.draft.family_findings == []
    assert result.draft.answer.startswith("I used to hold on to decisions too long")
    assert "Since my last review" in result.draft.answer


@pytest.mark.parametrize("missing", ["shortcoming", "steps", "progress"])
def test_missing_part_gives_clear_guidance(
    kb: KnowledgeBase, prep: PrepContent, missing: str
) -> None:
    parts = {**WORKSHEET, missing: ""}
    result = weakness_prep(kb, prep.weakness, **parts)
    assert not result.complete
    assert [item.part for item in result.guidance] == [missing]
    assert result.guidance[0].advice == prep.weakness.parts[missing].missing  # type: ignore[index]
    assert result.draft is not None


def test_empty_worksheet_has_no_draft_and_three_pieces_of_guidance(
    kb: KnowledgeBase, prep: PrepContent
) -> None:
    result = weakness_prep(kb, prep.weakness)
    assert result.draft is None
    assert [item.part for item in result.guidance] == ["shortcoming", "steps", "progress"]


def test_a_disguised_strength_is_still_flagged_by_the_analyser(
    kb: KnowledgeBase, prep: PrepContent
) -> None:
    result = weakness_prep(
        kb, prep.weakness, shortcoming="I'm a perfectionist and I work too hard",
        steps="I have started delegating more to my leads",
        progress="my team says I now sign off on drafts sooner",
    )
    assert result.draft is not None
    assert "weaknesses.disguised_strength" in result.draft.family_findings


def test_steps_missing_is_what_the_analyser_flags_when_only_a_shortcoming_is_given(
    kb: KnowledgeBase, prep: PrepContent
) -> None:
    result = weakness_prep(
        kb, prep.weakness,
        shortcoming="I get impatient when decisions drag on and I can come across as abrupt in "
        "meetings, especially with senior stakeholders who want more time to think it over",
    )
    assert result.draft is not None
    assert "weaknesses.no_steps" in result.draft.family_findings


def test_draft_weakness_capitalises_and_ends_each_part() -> None:
    assert draft_weakness("i rush", "now I pause", "it works!") == "I rush. Now I pause. It works!"


def test_weakness_part_too_long_is_an_input_error(kb: KnowledgeBase, prep: PrepContent) -> None:
    with pytest.raises(InputError, match="longer than"):
        weakness_prep(kb, prep.weakness, shortcoming="x" * 1001)


def test_the_weakness_draft_says_steps_as_a_commitment_and_progress_as_an_act() -> None:
    # Steps noted as an order were pasted ("Complete the course by June."), progress as a résumé
    # fragment ("Passed the exam in 2023."); the candidate says neither that way.
    drafted = draft_weakness("I delegate too little", "Book a monthly review with each lead by March",
                             "Handed the budget cycle to my deputy in 2023")
    assert drafted == ("I delegate too little. I will book a monthly review with each lead by "
                       "March. I handed the budget cycle to my deputy in 2023.")
    # what is already the candidate's sentence is kept as written
    assert draft_weakness("I rush", "I now pause before I answer", "My team says it shows") == \
        "I rush. I now pause before I answer. My team says it shows."
