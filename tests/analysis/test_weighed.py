"""What a sentence names as mattering more or most, or as overlooked by others
(analysis/weighed.py), and through the whole analyser: a reply to a stated concern that opens by
ranking something else first, or says others overlook something else, holding no word of the
concern, sets the concern aside (``relevance.answers_another``). Examples written for these
tests, with near misses: a ranking that names the concern, a question, the speaker's own gap
granted ("what I don't know yet is..."), a ranking deep in a reply that met the concern."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.gap_named import gap_terms, granted_terms, missing_terms
from poise.analysis.text import parse
from poise.analysis.weighed import overlooked_named, ranked_named, strength_named

RULE = "relevance.answers_another"
CONCERN = ("Is there anything about me that gives you pause? — You have never held a budget of "
           "your own, and this role owns a forty million budget.")


def _named(reader, text: str) -> str:  # type: ignore[no-untyped-def]
    sent = parse(text).sentences[0]
    return " ".join(sent.tokens[position].text for position in reader(sent))


@pytest.mark.parametrize(("text", "named"), [
    ("But what is more important for a bakery is to know the ovens, and I know them.", "know the ovens"),
    ("I think the most important in this trade is the people and the hygiene.", "the people and the hygiene"),
    ("What matters most on a building site is the safety of the crews.", "the safety of the crews"),
])
def test_what_is_ranked_first_is_read(text: str, named: str) -> None:
    assert named in _named(ranked_named, text)


@pytest.mark.parametrize("text", [
    "What is most important to you in a manager?",  # a question
    "The most important thing I did was to call the supplier.",  # a record
    "It is more important than ever.",  # no ranking subject
    "What matters most is not the money.",  # negated: names nothing
])
def test_not_a_ranking(text: str) -> None:
    assert not ranked_named(parse(text).sentences[0])


@pytest.mark.parametrize(("text", "named"), [
    ("What people forget about ferries is the weather, which decides everything.", "the weather"),
    ("The thing most people don't realise is I'm a qualified electrician.", "qualified electrician"),
    ("The thing about me is, I know the wine trade inside out.", "know the wine trade"),
])
def test_what_others_overlook_is_read(text: str, named: str) -> None:
    assert named in _named(overlooked_named, text)


@pytest.mark.parametrize("text", [
    "What I don't know yet is the pricing side, and I won't pretend I do.",  # a gap granted
    "What we did not see coming was the strike.",  # the speaker's side, a story
    "Do you know what people forget about ferries?",  # a question
    "The thing I changed was the rota.",  # a record
])
def test_not_what_others_overlook(text: str) -> None:
    assert not overlooked_named(parse(text).sentences[0])


def _ids(question: str, answer: str) -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(phase="concern_reply"))
    return set(report.rules_fired())


BODY = (" I have run the bakery's two shops for nine years and I know every oven and every supplier."
        " In 2022 I rebuilt the delivery round with the drivers and we cut waste by a fifth. The"
        " customers know my name, and the staff stay with me for years.")


def test_a_reply_opening_by_ranking_something_else_first_is_named() -> None:
    answer = "I understand. But what is more important for a bakery is the quality of the bread." + BODY
    assert RULE in _ids(CONCERN, answer)


def test_a_reply_saying_others_overlook_something_else_is_named() -> None:
    answer = "Fair enough. What people forget about bakeries is the early mornings and the ovens." + BODY
    assert RULE in _ids(CONCERN, answer)


def test_a_ranking_that_names_the_concern_is_left_alone() -> None:
    answer = ("That's fair. What matters most is a budget forecast you trust, and I have built one"
              " for the bakery." + BODY)
    assert RULE not in _ids(CONCERN, answer)


def test_a_ranking_late_in_a_reply_that_met_the_concern_is_left_alone() -> None:
    answer = ("You're right that I have never owned a budget. I have shadowed our finance director on"
              " the bakery's budget for two years and I start a finance course in March." + BODY +
              " For me the most important is the quality of the bread.")
    assert RULE not in _ids(CONCERN, answer)


def test_a_reply_opening_with_a_claim_on_something_else_is_named() -> None:
    answer = ("Thank you. What I would say is that our summer fair has been a great success under"
              " my leadership." + BODY)
    assert RULE in _ids(CONCERN, answer)


def test_a_reply_opening_with_a_claim_on_the_concern_is_left_alone() -> None:
    answer = ("Thank you. What I would say is that I have shadowed the finance director on the"
              " bakery budget for two years, and I start a budgeting course in March." + BODY)
    assert RULE not in _ids(CONCERN, answer)


@pytest.mark.parametrize(("text", "named"), [
    ("My real strength is the running of a network of bakeries.", "network of bakeries"),
    ("I think my retail experience is exactly my strength.", "retail experience"),
    ("Honestly, my biggest asset is the trust of the growers.", "trust of the growers"),
])
def test_a_strength_named_is_read(text: str, named: str) -> None:
    assert named in _named(strength_named, text)


@pytest.mark.parametrize("text", [
    "That is my strength.",  # points back, names nothing
    "My strength is not finance.",  # negated
    "His strength was the budget.",  # someone else's
    "The strength of the bread comes from the flour.",  # no one's strength
])
def test_not_a_strength_named(text: str) -> None:
    assert not _named(strength_named, text)


GRANTED = ("Is there anything about me that gives you pause? — You come from a chain of city "
           "bakeries. Our business is wholesale: we bake for supermarkets and hotels, and I'm not "
           "sure you know that trade.")


def test_the_record_a_concern_grants_is_not_its_gap() -> None:
    assert {"chain", "baker"} <= granted_terms(GRANTED)
    missing = missing_terms(GRANTED)
    assert {"whole", "super", "hotel"} <= missing and "chain" not in missing


def test_a_concern_granting_nothing_keeps_all_its_terms() -> None:
    question = ("Is there anything that gives you pause? — I'm not sure you have run a wholesale "
                "bakery.")
    assert missing_terms(question) == gap_terms(question)


def test_a_reply_naming_the_granted_record_as_its_strength_is_named() -> None:
    answer = ("I understand. My strength is really the running of a chain of bakeries, this I know "
              "very well." + BODY)
    assert RULE in _ids(GRANTED, answer)


def test_a_reply_naming_a_strength_on_the_gap_is_left_alone() -> None:
    answer = ("That's fair. My strength is the supermarket side: I ran the Tesco account for our "
              "chain for three years." + BODY)
    assert RULE not in _ids(GRANTED, answer)
