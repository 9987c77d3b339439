"""A sentence where what was just said leads the speaker on to another thing (analysis/segue.py),
and through the whole analyser as ``relevance.answers_another``, with the near misses it must not
take: a person or the listener as the subject, a segue to the thing asked, and a clause with
nowhere named (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.announced import added_mention, turned_telling
from poise.analysis.rules.engine import RuleConfig
from poise.analysis.segue import segue_to
from poise.analysis.text import parse

RULE = "relevance.answers_another"


def _words(text: str) -> str:
    sent = parse(text).sentences[0]
    return " ".join(sent.tokens[position].text for position in segue_to(sent))


@pytest.mark.parametrize(("text", "named"), [
    ("Which actually brings me to something I care about a lot, which is rail freight.", "something"),
    ("That reminds me of the biggest contract I ever signed in Lagos.", "contract"),
    ("And this brings me to the warehouse robots we trialled.", "robots"),
])
def test_segues_are_read(text: str, named: str) -> None:
    assert named in _words(text)


@pytest.mark.parametrize("text", [
    "My uncle took me to the races every spring.",  # a person leads, not what was said
    "If you bring me to your company, I can bring all of that.",  # the listener
    "That brought the cost down to four million.",  # nobody led on
    "It reminds me every day that the drivers come first.",  # nowhere named
])
def test_not_segues(text: str) -> None:
    assert not _words(text)


def _ids(question: str, answer: str, *, phase: str = "answer") -> set[str]:
    return set(analyse(question, answer, context=AnalysisContext(phase=phase)).rules_fired())


QUESTION = "How do you keep developing yourself as a manager?"
OPENING = ("I read a lot and I ask my own manager for feedback every quarter. Last year I did a "
           "course on coaching and started using it in my one-to-ones. ")


def test_an_answer_led_on_to_another_thing_is_named() -> None:
    answer = OPENING + ("Which actually brings me to something I care about a lot, which is rail "
                        "freight. The way containers move inland is changing fast, and the ports "
                        "that win will be the ones with a railhead.")
    assert RULE in _ids(QUESTION, answer)


def test_a_segue_to_the_thing_asked_is_left_alone() -> None:
    answer = OPENING + ("Which brings me to the feedback I got last spring: my manager said I "
                        "decided too fast. I now write down two options before I choose.")
    assert RULE not in _ids(QUESTION, answer)


def test_a_concern_reply_led_on_to_another_thing_is_named() -> None:
    question = ("Is there anything about me or my experience that gives you pause? — You have "
                "never worked with a unionised workforce, and our three mills are all unionised.")
    answer = ("I understand the worry. At the depot I had six hundred drivers and I met their "
              "committee every month. That reminds me of the biggest contract I ever signed, a "
              "ten-year fuel deal in Lagos, which saved us four million a year.")
    assert RULE in _ids(question, answer, phase="concern_reply")


@pytest.mark.parametrize("text", [
    "Actually, I must tell you about the big storm of 2019, because that was a wild week.",
    "Anyway, let me tell you about the new ferry terminal.",
    "Anyways, I have to tell you about our harbour festival.",
])
def test_turns_aside_to_tell_are_read(text: str) -> None:
    assert turned_telling(parse(text).sentences[0])


@pytest.mark.parametrize("text", [
    "I'd actually say the launch was a success.",  # a claim, not a thing told
    "I actually had this happen, so I can tell you what I did.",  # no turn before the subject
    "Let me tell you about the storm of 2019.",  # no word of turning
    "Actually, I must tell you that I was wrong.",  # a claim told
])
def test_not_turns_aside_to_tell(text: str) -> None:
    assert not turned_telling(parse(text).sentences[0])


def test_an_answer_turning_aside_to_tell_of_another_thing_is_named() -> None:
    question = "What goals have you set yourself for the next two or three years?"
    answer = ("I want to run a bigger site and finish my diploma in operations by 2027. "
              "Actually, I must tell you about the big storm of 2019, because that was a wild "
              "week. The roof came off the packing shed and we lost power for two days.")
    assert RULE in _ids(question, answer)


@pytest.mark.parametrize(("text", "named"), [
    ("This situation actually reminds me of the pension problem in our sector.", "pension"),
    ("That story brings me to the tram line we are lobbying for.", "tram"),
])
def test_a_noun_pointed_back_at_leads_on(text: str, named: str) -> None:
    assert named in _words(text)


@pytest.mark.parametrize("text", [
    "The new director took me to the board meeting in May.",  # a person of the story
    "My old job reminds me of a factory.",  # a thing of the speaker's, not pointed back at
])
def test_nouns_that_point_nowhere_lead_nobody_on(text: str) -> None:
    assert not _words(text)


def _added(text: str) -> str:
    sent = parse(text).sentences[0]
    return " ".join(sent.tokens[position].text for position in added_mention(sent))


@pytest.mark.parametrize(("text", "added"), [
    ("On another note, I should mention my work with the rowing club.", "rowing"),
    ("Let me also mention that I chair the regional choir.", "choir"),
    ("I must mention our new bakery in the old station.", "bakery"),
])
def test_what_the_speaker_adds_is_read(text: str, added: str) -> None:
    words = _added(text)
    assert added in words and "note" not in words


@pytest.mark.parametrize("text", [
    "I mentioned it to my boss the next morning.",  # a past act of the story
    "The auditor mentioned the stock count twice.",  # someone else's act
    "I should mention it to you.",  # the listener and a pronoun only
])
def test_not_added_by_the_speaker(text: str) -> None:
    assert _added(text) in {"", "it"}


CASE = ("A lorry has tipped over at the gate of the depot and blocks the only entrance at the start "
        "of the morning shift. What do you do in the first hour?")
CASE_STEPS = ("First I would close the gate lane and call the police and the recovery firm. I would "
              "send the early drivers to the overflow yard and tell the customers with morning slots "
              "that loads will leave two hours late. ")


def test_an_added_thing_far_from_the_question_is_named() -> None:
    answer = CASE_STEPS + ("On that point, I should mention my work with the rowing club, where I "
                           "have been treasurer for six years and we doubled the members.")
    assert RULE in _ids(CASE, answer)


def test_an_added_thing_on_the_question_is_left_alone() -> None:
    answer = CASE_STEPS + ("I should also mention that I would ask the recovery firm for a second "
                           "lorry to clear the gate faster.")
    assert RULE not in _ids(CASE, answer)


def test_a_case_that_reminds_the_speaker_of_another_thing_is_named() -> None:
    # the turn is plain in the speaker's words: it stands whatever the answer read whole sounds like
    answer = CASE_STEPS + ("This situation actually reminds me of the pension problem in our "
                           "sector. Drivers retire early because the scheme is weak, and nobody in "
                           "government wants to fix it.")
    assert RULE in _ids(CASE, answer)
    context = AnalysisContext(phase="answer", rules=RuleConfig(whole_answer=False))
    assert RULE in set(analyse(CASE, answer, context=context).rules_fired())
