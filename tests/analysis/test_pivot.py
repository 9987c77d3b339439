"""An answer that turns to another topic it weighs above the one asked and stays there
(analysis/pivot.py), with the near misses it must not take, and through the whole analyser as
``relevance.answers_another`` (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, nlp
from poise.analysis.pivot import asks_weighing, pivoted, weighs_topic
from poise.analysis.text import parse
from poise.content.loader import knowledge_base

RULE = "relevance.answers_another"


def _words(*names: str) -> frozenset[str]:
    lexicons = knowledge_base().lexicons
    return frozenset(entry.phrase.lower() for name in names for entry in lexicons[name].entries)


TOPICS = _words("difficulty_nouns", "topic_nouns")
WEIGHT = _words("weight_words")


def _embed(texts: list[str]):  # type: ignore[no-untyped-def]
    return nlp.embed_texts(tuple(texts))


@pytest.mark.parametrize(("text", "named"), [
    ("But the bigger issue for a bakery is really the price of wheat.", "wheat"),
    ("The more pressing question, honestly, is the pension scheme.", "pension"),
    ("The subject I would really like to discuss is the new stadium.", "stadium"),
    ("What interests me most at the moment is cycling tourism.", "tourism"),
    ("The real problem is the weather in the hills.", "weather"),
    # a topic drawn out of the case: the relative clause's subject points back at it
    ("The bigger issue this raises is how we share the car park.", "car park"),
])
def test_a_topic_weighed_above_others_is_read_with_what_it_names(text: str, named: str) -> None:
    sent = parse(text).sentences[0]
    found = weighs_topic(sent, TOPICS)
    assert found
    assert named in " ".join(sent.tokens[position].text for position in found)


@pytest.mark.parametrize("text", [
    # a difficulty of the story, told in the past: reframed.py reads those
    "The biggest problem was the night shift.",
    # a plain word of weight sets nothing aside
    "The key thing is to agree the date with the client.",
    "The important thing is that the lorries leave on time.",
    # set aside, not named
    "The bigger problem is not the price.",
    # a free relative that reports or offers, not one that weighs
    "What I found most useful is a weekly call.",
    "What I can tell you more about is the budget.",
    # no "the": a scene set
    "A bigger problem is coming next year.",
    # the speaker's record measured, not a topic weighed
    "The biggest thing I have run is a network of nine depots.",
    "The more useful thing I learned there is to plan the week on Friday.",
    "The more important point we agreed is the date.",
    "The bigger issue they raised is the price.",  # someone of the story raised it
])
def test_near_misses_weigh_no_topic(text: str) -> None:
    assert weighs_topic(parse(text).sentences[0], TOPICS) == []


SUPPLIER = "Tell me about a hard negotiation you had with a supplier."
TURNED = (
    "In 2021 our packaging supplier raised its prices by a fifth and I had to negotiate with them. "
    "We met three times. But the bigger problem for a bakery is really the price of wheat. "
    "Harvests in the east were poor and flour costs doubled within a year. "
    "Small bakeries in our town closed one after another. "
    "I think only the large chains will be left in ten years."
)
# the same opening, back to the supplier after the aside: the asked topic is not left
RETURNED = (
    "In 2021 our packaging supplier raised its prices by a fifth and I had to negotiate with them. "
    "But the bigger problem for the negotiation was really our own volumes. "
    "I showed the supplier our order plan for two years and offered a longer contract. "
    "The supplier agreed to a rise of six percent instead of twenty. "
    "We have kept that supplier since, on the same terms."
)
# the pivot comes last: nothing stays away from the question after it
LAST = (
    "In 2021 our packaging supplier raised its prices by a fifth and I had to negotiate with them. "
    "I offered a longer contract and they agreed to six percent. "
    "But the bigger problem for a bakery is really the price of wheat."
)


def test_a_turn_that_stays_away_is_found() -> None:
    told = pivoted(parse(TURNED), parse(SUPPLIER), SUPPLIER, TOPICS, WEIGHT, _embed, 0.3)
    assert told == [2, 3]


@pytest.mark.parametrize("answer", [RETURNED, LAST])
def test_a_turn_that_comes_back_or_ends_the_answer_is_not_found(answer: str) -> None:
    assert pivoted(parse(answer), parse(SUPPLIER), SUPPLIER, TOPICS, WEIGHT, _embed, 0.3) == []


@pytest.mark.parametrize(("question", "weighing"), [
    ("What is the biggest challenge facing bakeries today?", True),
    ("What matters most to you in your next role?", True),
    ("What would your priorities be in the first month?", True),
    ("Tell me about a hard negotiation you had with a supplier.", False),
    ("How do you keep learning as a manager?", False),
    ("Your biggest customer walks away in your busiest week. What do you do?", False),
])
def test_a_question_that_asks_for_a_weighing_is_told_apart(question: str, weighing: bool) -> None:
    assert asks_weighing(parse(question), TOPICS, WEIGHT) is weighing


def test_a_question_asking_what_matters_most_takes_the_answer_as_given() -> None:
    question = "What is the biggest problem facing bakeries today?"
    assert pivoted(parse(TURNED), parse(question), question, TOPICS, WEIGHT, _embed, 0.3) == []


def test_the_analyser_says_the_answer_turned_to_another_topic() -> None:
    report = analyse(SUPPLIER, TURNED, context=AnalysisContext(family="past_behaviour"))
    findings = [finding for finding in report.findings if finding.rule == RULE]
    assert findings
    assert "weighs above" in findings[0].message
    assert any("bigger problem" in item.quote for item in findings[0].evidence)


@pytest.mark.parametrize("answer", [RETURNED, LAST])
def test_the_analyser_leaves_a_turn_that_comes_back_alone(answer: str) -> None:
    report = analyse(SUPPLIER, answer, context=AnalysisContext(family="past_behaviour"))
    assert not any(finding.rule == RULE and "weighs above" in finding.message
                   for finding in report.findings)


def test_a_pay_question_is_left_to_the_pay_rules() -> None:
    question = "What salary are you looking for?"
    answer = (
        "Money is not my first concern at this stage. What matters more to me is the scope of the "
        "work and the people I would lead. I have run two depots for six years and grown both. "
        "I am sure we can find a figure that suits us both. Let us talk about it once the fit is "
        "clear to both of us."
    )
    report = analyse(question, answer, context=AnalysisContext(family="salary"))
    assert not any(finding.rule == RULE and "weighs above" in finding.message
                   for finding in report.findings)


@pytest.mark.parametrize("question", [
    "What are you proudest of from your time at the depot?",
    "Which of your results was the hardest won?",
])
def test_a_question_with_a_superlative_is_a_weighing(question: str) -> None:
    assert asks_weighing(parse(question), TOPICS, WEIGHT)
