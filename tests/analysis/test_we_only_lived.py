""""We" stories whose only "I" is something lived through rather than done (ownership.we_only):
a claim of experience ("I have lived it") or what the speaker came through, told in the lesson.
Answers written for these tests, beside near-misses that must stay silent: the speaker's own act
told in one clause, a present perfect of a thing done ("I have rebuilt the rota")."""

from __future__ import annotations

from poise.analysis import AnalysisContext, analyse
from poise.analysis.rules.code import own_acts
from poise.analysis.text import parse

QUESTION = "Tell me about a time you delivered something difficult with people from other countries."


def _fired(answer: str) -> set[str]:
    report = analyse(QUESTION, answer, context=AnalysisContext(family=None, phase="answer"))
    return report.rules_fired()


def test_experience_claimed_is_not_an_own_act() -> None:
    assert not own_acts(parse("So I am at home in that kind of setting, I have lived it.").sentences[0])
    assert not own_acts(parse("Honestly, I have seen it all.").sentences[0])


def test_present_perfect_of_a_thing_done_is_an_own_act() -> None:
    assert own_acts(parse("I have rebuilt the rota twice since 2019.").sentences[0])
    assert own_acts(parse("I have faced the regulator twice on this.").sentences[0])


def test_we_story_closing_on_experience_lived_is_still_all_we() -> None:
    answer = (
        "At the turbine plant in 2021 our gearbox castings came from a foundry in Pune and the "
        "designs from our parent in Hamburg. A batch failed its porosity test, and there was "
        "tension on every call. The quality team ran the X-rays, the engineers in Hamburg reworked "
        "the tolerance, and the foundry flew over two metallurgists who worked with our people. "
        "In the end we shipped only a week late. So I am at home in that kind of setting, I have "
        "lived it."
    )
    assert "ownership.we_only" in _fired(answer)


def test_we_story_with_the_speakers_act_in_one_clause_is_left_alone() -> None:
    answer = (
        "At the turbine plant in 2021 our gearbox castings came from a foundry in Pune and the "
        "designs from our parent in Hamburg. A batch failed its porosity test, and there was "
        "tension on every call. I set up one daily call with all three sides, the quality team ran "
        "the X-rays, and the foundry flew over two metallurgists who worked with our people. In "
        "the end we shipped only a week late."
    )
    assert "ownership.we_only" not in _fired(answer)
