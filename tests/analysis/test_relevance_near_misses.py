"""Answers that answer the question in other words, or open with context before answering, must
not be called answers to another question (``relevance.answers_another``,
``relevance.digression``); beside each near miss, the mismatch it must still name (examples
written for these tests)."""

from __future__ import annotations

import re

import pytest

from poise.analysis import AnalysisContext, analyse, asked, nlp
from poise.analysis.reframed import turned_aside
from poise.analysis.text import parse
from poise.content.loader import knowledge_base

RULE = "relevance.answers_another"


def _words(name: str) -> frozenset[str]:
    return frozenset(entry.phrase.lower() for entry in knowledge_base().lexicons[name].entries)


NOUNS, HARD, SCOPE = _words("difficulty_nouns"), _words("difficulty_words"), _words("scope_words")


def _embed(texts: list[str]):  # type: ignore[no-untyped-def]
    return nlp.embed_texts(tuple(texts))


# --- a difficulty inside an example, the asked thing named in another form --------------------

QUALITIES = "What strengths do you think make you a good manager?"
STRENGTH_EXAMPLE = (
    "The first one is patience before I decide. In 2022 at the Harbour Road depot two of my "
    "drivers resigned in a month and the rest were angry about Sunday rounds. I sat with each "
    "driver on his own, and the real problem was parking: the Sunday vans had nowhere to stand "
    "near the yard. I agreed a shared car park with the church next door. Nobody resigned in the "
    "next year. My second strength is that I tell people early when their work slips."
)
# the same story offered for a question about something it never comes back to
STRENGTH_EXAMPLE_ELSEWHERE = STRENGTH_EXAMPLE.replace(
    "My second strength is that I tell people early when their work slips.",
    "After that I moved to the head office.").replace("The first one is patience before I decide. ", "")


def test_a_plural_asked_is_met_by_its_singular_in_the_answer() -> None:
    """ "strengths" asked and "my second strength" told: the answer comes back to what was
    asked, whatever lemma the tagger gave the question's plural."""
    assert turned_aside(parse(STRENGTH_EXAMPLE), parse(QUALITIES), QUALITIES, NOUNS, HARD, _embed,
                        0.15, SCOPE) == []


def test_a_difficulty_of_another_matter_with_no_word_of_the_asked_is_still_turned_aside() -> None:
    question = "How did you bridge the cultural differences between your supervisors?"
    turned = turned_aside(parse(STRENGTH_EXAMPLE_ELSEWHERE), parse(question), question, NOUNS, HARD,
                          _embed, 0.15, SCOPE)
    assert [item.words for item in turned] == ["parking"]


def test_the_analyser_leaves_a_strength_shown_by_a_story_alone() -> None:
    report = analyse(QUALITIES, STRENGTH_EXAMPLE, context=AnalysisContext(family="leadership_qualities"))
    assert RULE not in report.rules_fired()


# --- a life given as context, then the answer ----------------------------------------------------

OCCASION = "Tell me about a time you worked across cultures and it was hard at first."
CONTEXT_THEN_APPROACH = (
    "Thank you, that one matters to me, as I grew up between two languages. My approach is to "
    "listen first. When I open a new market I would spend time with the local buyers before any "
    "plan. I would put local people in the team and adapt the offer to what they tell me."
)
LIFE_INSTEAD = (
    "I grew up between Lyon and Dakar, so I speak French, Wolof and English. I lived in Quebec "
    "for two years as well. For me culture is never a problem, I am open to everybody. I think "
    "respect is the key in every country."
)
OCCASION_WITH_LANGUAGES = (
    "In 2021 I opened our Nairobi office: I designed the structure, I recruited the first twelve "
    "staff and I negotiated the lease myself. I speak English, French and some Swahili. Head "
    "office in Lyon wanted weekly reports that nobody read. I rewrote the pack and cut it to one "
    "page. The office broke even in its second year."
)


def test_a_life_given_as_the_reason_for_a_view_is_no_life_story() -> None:
    assert not asked.life_story(parse(CONTEXT_THEN_APPROACH).sentences[0])
    assert asked.tells_life_not_people(parse(CONTEXT_THEN_APPROACH)) == []


def test_a_life_told_in_place_of_an_occasion_is_still_found() -> None:
    assert asked.tells_life_not_people(parse(LIFE_INSTEAD))


def test_an_occasion_told_beside_the_languages_spoken_is_no_life_story() -> None:
    """Three things the speaker did, told outside the life sentences, are an occasion."""
    assert asked.tells_life_not_people(parse(OCCASION_WITH_LANGUAGES)) == []
    assert asked.tells_life_not_people(parse(OCCASION_WITH_LANGUAGES), doing_least=10)


@pytest.mark.parametrize("answer", [CONTEXT_THEN_APPROACH, OCCASION_WITH_LANGUAGES])
def test_the_analyser_leaves_context_then_an_answer_alone(answer: str) -> None:
    report = analyse(OCCASION, answer, context=AnalysisContext(family="international"))
    assert not any(finding.rule == RULE and "life story" in finding.message for finding in report.findings)


def test_the_analyser_names_a_life_story_told_instead() -> None:
    report = analyse(OCCASION, LIFE_INSTEAD, context=AnalysisContext(family="international"))
    assert any(finding.rule == RULE and "life story" in finding.message for finding in report.findings)


# --- asked where things are heading and what to do: a view ahead is an answer -------------------

HEADING = "Where do you think regional rail freight is heading, and what would you do about it here?"
RECORD_THEN_VIEW = (
    "When I joined Northline in 2015 we hauled mostly coal. In 2020 we lost two aggregate "
    "contracts to road hauliers, and I led the bid that won one of them back. I rebuilt the "
    "timetable with the two depots and cut empty running by a fifth. As for where it is heading, "
    "it may be that intermodal takes most of the growth, or the market could split by region. "
    "For this company the answer is perhaps partnership with a port."
)
RECORD_ONLY = (
    "When I joined Northline in 2015 we hauled mostly coal. In 2020 we lost two aggregate "
    "contracts to road hauliers, and I led the bid that won one of them back. I rebuilt the "
    "timetable with the two depots and cut empty running by a fifth. We could not have done it "
    "without the drivers. That is the record I bring."
)


def test_a_view_of_what_may_come_answers_a_question_about_what_lies_ahead() -> None:
    assert asked.plans_nothing(parse(RECORD_THEN_VIEW)) == []


def test_a_record_with_a_could_have_plans_nothing() -> None:
    """ "We could not have done it" looks back: no view ahead, the record stands alone."""
    assert asked.plans_nothing(parse(RECORD_ONLY))


def test_the_analyser_leaves_a_record_then_a_view_ahead_alone() -> None:
    report = analyse(HEADING, RECORD_THEN_VIEW, context=AnalysisContext(family="strategy_vision"))
    assert not any(finding.rule == RULE and "what you did" in finding.message for finding in report.findings)


def test_the_analyser_names_a_record_told_for_a_plan() -> None:
    report = analyse(HEADING, RECORD_ONLY, context=AnalysisContext(family="strategy_vision"))
    assert any(finding.rule == RULE and "what you did" in finding.message for finding in report.findings)


# --- a failure story that ends in recovery -------------------------------------------------------

SETBACK = "Tell me about a project of yours that failed."
FAILED_THEN_RECOVERED = (
    "In 2021 I launched a new returns portal for our retail clients and it failed badly: half the "
    "labels printed wrong and we lost two clients in a month. I had pushed it live without a "
    "pilot. I pulled it back, ran a three-week pilot with one client and relaunched it. Returns "
    "now take two days instead of six."
)


def test_a_failure_that_ends_in_recovery_is_not_a_success_told() -> None:
    assert asked.asks_setback(SETBACK)
    assert not asked.nothing_went_wrong(parse(FAILED_THEN_RECOVERED))


# --- a season is not a holiday of the speaker's -----------------------------------------------------

def _personal(text: str) -> bool:
    entries = knowledge_base().lexicons["personal_life"].entries
    return any(re.search(entry.phrase, text, re.IGNORECASE) for entry in entries if entry.regex)


@pytest.mark.parametrize("text", [
    "Why send a van to the campus machines in the middle of the summer holidays?",
    "The security subcontractor struck on the first day of the winter holidays.",
])
def test_a_season_in_a_work_story_is_no_life_outside_work(text: str) -> None:
    assert not _personal(text)


@pytest.mark.parametrize("text", [
    "We took the kids on our summer holiday to Crete.",
    "I was thinking about it all through the family holiday.",
])
def test_a_holiday_of_the_speakers_is_still_life_outside_work(text: str) -> None:
    assert _personal(text)
