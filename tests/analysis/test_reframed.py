"""An answer that names its main difficulty as something the question did not ask about
(analysis/reframed.py), with the near misses it must not take, and through the whole analyser as
``relevance.answers_another`` (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, nlp
from poise.analysis.reframed import asked_topic, named_difficulties, turned_aside
from poise.analysis.text import parse
from poise.content.loader import knowledge_base

RULE = "relevance.answers_another"


def _words(name: str) -> frozenset[str]:
    lexicon = knowledge_base().lexicons[name]
    return frozenset(entry.phrase.lower() for entry in lexicon.entries)


NOUNS = _words("difficulty_nouns")
HARD = _words("difficulty_words")
SCOPE = _words("scope_words")


def _embed(texts: list[str]):  # type: ignore[no-untyped-def]
    return nlp.embed_texts(tuple(texts))


@pytest.mark.parametrize(("text", "named"), [
    ("The toughest part of that posting was the shipping schedule.", "shipping"),
    ("I'd say the biggest challenge there was honestly the exchange rate.", "exchange"),
    ("The main problem in that region was the state of the roads.", "roads"),
    ("The most difficult thing was getting the night crews to trust the new rota.", "trust"),
])
def test_a_singled_out_difficulty_is_read_with_what_it_names(text: str, named: str) -> None:
    found = named_difficulties(parse(text), NOUNS, HARD)
    assert len(found) == 1
    assert named in found[0].words


@pytest.mark.parametrize("text", [
    # a scene set, not the main difficulty singled out
    "When I arrived, late payment was a real problem.",
    "There was a problem with the shipping schedule.",
    # a light noun without a word of difficulty: the speaker's pride, not a difficulty
    "The biggest thing I have run is a network of nine depots.",
    "The main thing I learned is to ask the night crews first.",
    # the difficulty is set aside, not named
    "The hardest part was not the shipping schedule.",
    # nothing named
    "The hardest part was this.",
])
def test_near_misses_name_no_difficulty(text: str) -> None:
    assert named_difficulties(parse(text), NOUNS, HARD) == []


COCOA = (
    "I ran a cocoa buying network in Ghana from 2017. The biggest challenge was the exchange rate. "
    "I set up forward contracts with the treasury team and currency losses fell by two thirds."
)


@pytest.mark.parametrize("question", [
    "What was the hardest part?",
    "Tell me about the biggest challenge you have faced in your career.",
    "What was the hardest part of your last job?",
    "Describe the toughest problem you solved last year.",
    "What is the biggest challenge facing our industry right now?",
])
def test_a_question_that_asks_only_for_a_difficulty_leaves_any_on_topic(question: str) -> None:
    _asking, topic = asked_topic(parse(question), question, NOUNS, HARD, SCOPE)
    assert len(topic) < 2
    assert turned_aside(parse(COCOA), parse(question), question, NOUNS, HARD, _embed, 0.15,
                        SCOPE) == []


def test_an_answer_that_comes_back_to_the_words_asked_is_not_turned_aside() -> None:
    question = "Tell me about a time you turned round a failing business unit."
    answer = (
        "In 2019 I took over a failing spare-parts unit at Kestrel. The biggest challenge was the "
        "exchange rate. I set up forward contracts with treasury and the unit made a profit by 2021."
    )
    assert turned_aside(parse(answer), parse(question), question, NOUNS, HARD, _embed, 0.15,
                        SCOPE) == []


CULTURES = "How did you bridge the cultural differences between your managers?"
TURNED = (
    "I ran the Lodz plant from 2019, with a mixed Polish and Spanish management team. The hardest "
    "problem there was the shipping schedule. Our trucks left half empty on Mondays and queued on "
    "Fridays, so I moved the loading plan to daily slots with the two hauliers and put the long "
    "routes onto rail. Freight cost fell from nine to six percent of sales in a year."
)
# the same story whose difficulty is the one asked, in other words: no finding
MET = (
    "I ran the Lodz plant from 2019, with a mixed Polish and Spanish management team. The hardest "
    "part was that the Spanish supervisors settled things over lunch while the Polish ones "
    "expected a written decision. I agreed with both sides that every decision would be written "
    "up the same day, and I paired each Polish supervisor with a Spanish one for a quarter. "
    "Complaints between the two groups stopped within three months."
)
# a long context before the asked point, then the difficulty the question names
LONG_CONTEXT = (
    "I ran the Lodz plant from 2019. It made glass bottles for wineries across central Europe and "
    "shipped most of them by truck. We had four hundred people on three shifts and a management "
    "team of nine. Margins were thin and transport ate a lot of them. The main challenge, though, "
    "was that my Polish and Spanish supervisors read a deadline in two opposite ways. I set "
    "one written plan for each week and agreed with both groups what late meant. Missed handovers "
    "fell from twelve a month to two."
)


def test_a_difficulty_far_from_the_question_is_turned_aside() -> None:
    turned = turned_aside(parse(TURNED), parse(CULTURES), CULTURES, NOUNS, HARD, _embed, 0.15, SCOPE)
    assert [item.index for item in turned] == [1]


@pytest.mark.parametrize("answer", [MET, LONG_CONTEXT])
def test_the_asked_difficulty_in_other_words_is_not_turned_aside(answer: str) -> None:
    assert turned_aside(parse(answer), parse(CULTURES), CULTURES, NOUNS, HARD, _embed, 0.15,
                        SCOPE) == []


def _fired(question: str, answer: str) -> set[str]:
    return analyse(question, answer, context=AnalysisContext(family="international")).rules_fired()


def test_the_analyser_says_the_answer_turned_to_another_difficulty() -> None:
    report = analyse(CULTURES, TURNED, context=AnalysisContext(family="international"))
    findings = [finding for finding in report.findings if finding.rule == RULE]
    assert findings
    assert "shipping schedule" in findings[0].message
    assert any("hardest problem" in item.quote for item in findings[0].evidence)


@pytest.mark.parametrize("answer", [MET, LONG_CONTEXT])
def test_the_analyser_leaves_the_asked_difficulty_alone(answer: str) -> None:
    assert RULE not in _fired(CULTURES, answer)
