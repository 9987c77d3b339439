"""A named measure asked moved or held (``poise.fit.measure_moved``): a line of a recent role that
moves the same measure as far in the same direction, or states it at the level asked, meets it;
another measure, a smaller move, the wrong direction, a level short, a figure asked that is not
compared, or a role of long ago do not."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.duty_done import decade_roles
from poise.fit.measure_moved import asked_measures, measure_moved, measure_words
from poise.fit.resume_reader import read_resume

RESUME = """# Ines Duarte
Porto, Portugal

## Profile
Operations leader. Raised yield from 80% to 95% at every plant I ran.

## Experience
Plant Director, Douro Packaging, Porto, 2019 – present
- First-pass yield raised from 81% to 90% through a shop-floor problem-solving routine.
- Grew export sales from EUR 20m (2019) to EUR 34m (2024) with two new distributors.
- Lost-time injury frequency 0.8 (2023) and 0.6 (2024).
- Customer complaints per million parts held below 25 ppm; schedule adherence kept above 96%.
- Reduced energy use per tonne by 12%.

Engineer, Minho Moulding, Braga, 2001 – 2009
- Cut scrap from 9% to 2% on the injection lines.
"""


def _moved(requirement: str, resume: str = RESUME):
    read = read_resume(resume, today=TODAY)
    return measure_moved(requirement, read, decade_roles(read))


def test_a_change_moved_as_far_by_the_same_measure_meets_it() -> None:
    found = _moved("Raise first-pass yield from 84% to 92% through standard work")
    assert found is not None
    assert found.line.text.startswith("First-pass yield raised")


def test_a_smaller_move_of_the_same_measure_does_not() -> None:
    # Nine points shown; fifteen asked, and the level asked (95%) is not reached.
    assert _moved("Raise first-pass yield from 80% to 95%") is None


def test_money_grown_compares_as_a_ratio_whatever_the_currency() -> None:
    # 20 to 34 is +70%; 3.2 to 5.0 is +56%.
    assert _moved("Grow export sales from £3.2m to £5m by 2028") is not None
    # +100% asked.
    assert _moved("Grow export sales from £3m to £6m by 2028") is None


def test_a_level_asked_as_a_ceiling_or_a_floor() -> None:
    assert _moved("Keep the lost-time injury frequency below 1.0") is not None
    assert _moved("Keep the lost-time injury frequency below 0.5") is None
    assert _moved("Achieve schedule adherence of 95% or better") is not None
    assert _moved("Achieve schedule adherence of 98% or better") is None


def test_another_measure_or_the_wrong_direction_is_not_shown() -> None:
    # Yield was raised; nothing on the résumé moves absenteeism.
    assert _moved("Bring absenteeism down from 8% to 5%") is None
    # Yield asked down (a ceiling) is not met by yield raised.
    assert _moved("Bring first-pass yield down from 90% to 80%") is None


def test_a_figure_asked_that_is_not_compared_leaves_it_to_the_head() -> None:
    # The cost-down of EUR 9 million is asked too and read by no measure here.
    assert asked_measures("Deliver a cost-down of EUR 9 million and raise yield from 84% to 90%") == []
    assert _moved("Deliver a cost-down of EUR 9 million and raise yield from 84% to 90%") is None
    # Zero incidents is a target of its own that no figure of the résumé is compared with.
    assert asked_measures("Zero serious incidents and a lost-time injury frequency below 1.0") == []
    # A change asked "by" a share is not a level.
    assert asked_measures("Cut energy use per tonne by 10%") == []


def test_the_profile_and_a_role_of_long_ago_do_not_count() -> None:
    # The profile's claim (80% to 95%) and the old scrap cut are not recent work shown.
    assert _moved("Raise yield from 80% to 95%") is None
    assert _moved("Cut scrap from 6% to 3%") is None


def test_the_measure_is_the_noun_phrase_before_its_figure() -> None:
    assert measure_words("Work with the Sales Director to grow non-matchday revenue ") == {
        "matchday", "revenue"}
    assert measure_words("Bring system-wide leakage down ") == {"leakage"}
    assert measure_words("Cut staff turnover ") == {"staff", "turnover"}


def test_odd_input_is_read_in_bounded_work() -> None:
    assert asked_measures("") == []
    assert _moved("") is None
    # Only the first part of a very long text is read: the measure asked there is still found.
    long = "Raise first-pass yield from 84% to 92% " + "and more words " * 5000
    assert _moved(long) is not None
    assert asked_measures("from 5% to 5%") == []
