"""Answers that leave the question for a story of their own, and their near misses: a picture
left for a story of something else or for something from earlier in the interview, a case put
and answered with a record or with the case as it happened, a question on coping met by a time
the speaker coped, a family word said to someone, and a question framed by "your experience"
(texts written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, announced, asked
from poise.analysis.text import parse

RULE = "relevance.answers_another"


def _fired(question: str, answer: str) -> set[str]:
    return analyse(question, answer, context=AnalysisContext(family=None)).rules_fired()


def _message(question: str, answer: str) -> str:
    report = analyse(question, answer, context=AnalysisContext(family=None))
    found = [finding for finding in report.findings if finding.rule == RULE]
    return found[0].message if found else ""


# --- a picture asked, a story of something else told -------------------------------------------

BIRD_QUESTION = "If you were a bird, which bird would you be, and why?"
STORY_SWAP = (
    "Hm, a heron, I suppose. Patient, stands still for a long time and picks its moment. But "
    "honestly, lemme tell you "
    "about the canal lock refurbishment, 'cause that's the bit worth hearing. In 2021 the lock "
    "gates at Saltmarsh were leaking badly and the contractor wanted a full closure. I split the "
    "job into two night closures instead. We kept the boat traffic moving and saved about "
    "ninety thousand pounds. The trust board asked me to write the method up for other sites. "
    "So, yeah."
)
EARLIER_SWAP = (
    "A heron, I suppose. Patient, picks its moment. But actually, could I use this to go back "
    "to the staffing question from earlier? I don't think I answered it well. When I took over "
    "the Saltmarsh depot in 2020 we had four vacancies on the lock crews. I rewrote the job "
    "adverts with the crews and paid a referral bonus. We filled all four posts in ten weeks. "
    "Anyway, a heron."
)
STORY_OF_THE_IMAGE = (
    "A heron, I suppose. Patient, it stands still for a long time and picks its moment. Let me "
    "tell you about a time I did that. In 2021 the lock gates at Saltmarsh were leaking and the "
    "contractor wanted a full closure at once. I waited two weeks, watched the traffic, and "
    "split the job into two night closures. We kept the boats moving. That's the heron in me: "
    "I wait, then I move once."
)
COME_BACK_TO_THE_IMAGE = (
    "A heron, I think. Let me come back to the heron in a second, because the first thing that "
    "came to mind was a magpie, and that would be wrong. A heron is patient. It stands still "
    "and picks its moment. At the depot I wait for the data before I change a rota. My crews "
    "would say that is me."
)


def test_picture_left_for_a_story_of_something_else_is_named() -> None:
    assert "picture of yourself" in _message(BIRD_QUESTION, STORY_SWAP)


def test_picture_left_for_something_from_earlier_is_named() -> None:
    assert "picture of yourself" in _message(BIRD_QUESTION, EARLIER_SWAP)


def test_story_that_ties_the_picture_to_a_trait_of_work_is_left_alone() -> None:
    assert RULE not in _fired(BIRD_QUESTION, STORY_OF_THE_IMAGE)


def test_coming_back_to_the_picture_is_not_going_back_earlier() -> None:
    assert RULE not in _fired(BIRD_QUESTION, COME_BACK_TO_THE_IMAGE)


@pytest.mark.parametrize("text", [
    "But actually, can I use this to go back to something from earlier?",
    "Could I go back to the budget question from before?",
    "Let me come back to what you asked earlier about the unions.",
])
def test_going_back_to_something_earlier(text: str) -> None:
    assert announced.goes_back_earlier(parse(text).sentences[0])


@pytest.mark.parametrize("text", [
    "Let me come back to the heron in a second.",  # the answer returning to itself
    "They went back to the old rota before the audit.",  # not the speaker turning the answer
    "I'd go back to the data first.",  # a step, nothing earlier in the interview
])
def test_not_going_back_to_something_earlier(text: str) -> None:
    assert not announced.goes_back_earlier(parse(text).sentences[0])


def test_spoken_let_me_offers_like_let_me() -> None:
    sent = parse("So lemme tell you about the canal job, 'cause it's worth it.").sentences[0]
    assert announced.offered_other_thing(sent, frozenset({"heron"}))
    assert not announced.offered_other_thing(sent, frozenset({"canal"}))  # named before: no swap


def test_misparsed_cleft_offering_how_one_got_here() -> None:
    sent = parse("Anyway what I'd really want you to know is how I've come to run the yard.").sentences[0]
    assert announced.offered_doing(sent)


# --- a case put, answered with a record or with the case lived ---------------------------------

CASE_QUESTION = (
    "Your largest wholesaler calls you on a Thursday to say they are moving their whole account to "
    "a rival from next month. What do you do?"
)
RECORD_FOR_CASE = (
    "That is a good question, because keeping accounts is everything in wholesale. Let me tell "
    "you about my time at Harbour Foods. I joined in 2016 as a sales executive and became "
    "national accounts manager in 2019. In 2020 I rebuilt our order portal with the IT team. "
    "In 2022 I won the hotel group contract, our biggest new account that year. I also trained "
    "eight new account managers. Customers always told us our service was the best."
)
CASE_LIVED = (
    "Funnily enough, this exact thing happened to me in 2022 at Harbour Foods. Our biggest "
    "wholesaler gave us a month's notice. I went to see their buying director myself that week "
    "and asked what had gone wrong. It was late deliveries on two routes, so I moved those "
    "routes to our own vans. They stayed, and signed for two more years."
)
CASE_ANSWERED = (
    "Context first: a month's notice usually means something has been going wrong for a while. "
    "I'd call their buying director that day and ask to see them before the weekend. I'd go "
    "with our delivery data for their account, so we talk about facts. If it's price, I'd look "
    "at what we can offer for a longer contract. If it's service, I'd fix that first and show "
    "them the numbers weekly."
)


def test_case_answered_with_a_record_is_named() -> None:
    assert RULE in _fired(CASE_QUESTION, RECORD_FOR_CASE)


def test_case_told_as_it_happened_is_left_alone() -> None:
    assert RULE not in _fired(CASE_QUESTION, CASE_LIVED)


def test_case_answered_after_a_sentence_of_context_is_left_alone() -> None:
    assert RULE not in _fired(CASE_QUESTION, CASE_ANSWERED)


@pytest.mark.parametrize("question", [
    CASE_QUESTION,
    "It's March. Your best engineer resigns. What do you do first?",
])
def test_case_put_asks_a_plan(question: str) -> None:
    assert asked.asks_plan(question)


@pytest.mark.parametrize("question", [
    "What do you do when a deadline slips?",  # a practice
    "You run three plants. What do you do to keep them safe?",  # a practice with its aim
    "What do you do?",  # no case put
])
def test_practice_or_no_case_asks_no_plan(question: str) -> None:
    assert not asked.asks_plan(question)


# --- a question on coping, met by a time the speaker coped -------------------------------------

def test_coping_with_a_kind_of_thing_is_no_plan() -> None:
    assert not asked.asks_plan("You seem tense. How would you cope with a major outage?")
    assert asked.asks_plan("The depot floods overnight. How would you handle it?")


def test_record_of_coping_answers_how_you_would_cope() -> None:
    answer = (
        "Tense, yes, I had two coffees. But tense before is not tense during. In 2021 our main "
        "data centre lost power for nine hours and I ran the incident room. We moved the "
        "payments service to the standby site in forty minutes and kept the customers told "
        "every hour. Afterwards I slept badly for a week. The lesson I took is that the person "
        "in charge needs a break too, and I now hand over every six hours in a long incident."
    )
    assert RULE not in _fired("You seem tense. How would you cope with a major outage?", answer)


# --- a family word said to someone, "your experience" ------------------------------------------

CASE_WITH_ADDRESS = (
    "Your biggest customer says on Friday they'll leave unless you cut prices by ten percent. "
    "What do you do?"
)


def test_family_word_said_to_someone_is_no_digression() -> None:
    answer = (
        "This happens a lot in our trade, buyers like to test you. At the bottling plant we "
        "have twelve customers and I know how they bargain. First, I will call him back the "
        "same day. What I will say, I will tell him, my friend, my brother, let us look at the "
        "numbers together. Then I will show him our delivery record against the rival's. If "
        "he still wants to go, I will let him go and give more volume to the smaller buyers."
    )
    assert "relevance.digression" not in _fired(CASE_WITH_ADDRESS, answer)


def test_family_member_in_a_work_answer_is_still_a_digression() -> None:
    answer = (
        "This happens a lot in our trade, buyers like to test you. At the bottling plant we "
        "have twelve customers and I know how they bargain. First, I will call him back the "
        "same day. My brother and I go fishing every Sunday, and he says the same about fish. "
        "Then I will show him our delivery record against the rival's. If he still wants to "
        "go, I will let him go and give more volume to the smaller buyers."
    )
    assert "relevance.digression" in _fired(CASE_WITH_ADDRESS, answer)


def test_hardest_part_of_your_experience_abroad_named_by_a_place_is_on_topic() -> None:
    question = "Tell me about your experience working across countries. What was hardest?"
    answer = (
        "I have run three joint projects with partners abroad as programme manager at a "
        "water charity. The largest linked clinics in Ghana, Peru and Nepal between 2018 and "
        "2021. I agreed the funding terms with each partner and visited every site twice. The "
        "hardest part was the Kathmandu site, which opened four months late. Customs held the "
        "pumps for six weeks and then the monsoon closed the road. I learned to ship the "
        "equipment a season early and to meet each partner in person before we sign."
    )
    assert RULE not in _fired(question, answer)


# --- a concern reply that says something else matters more -------------------------------------

CONCERN = (
    "Is there anything about me that gives you pause? — Yes. You've never managed other "
    "managers, and here you'd have five team leads under you."
)


def test_reply_that_puts_something_else_first_is_named() -> None:
    answer = (
        "I hear that. But honestly, what matters far more in a laboratory is the quality of the "
        "science. I have published eleven papers and I built our mass spectrometry method from "
        "scratch, which three other universities now use. Scientists follow a scientist they "
        "respect; they do not follow an organisation chart. So I would not worry about the "
        "structure. People respect good work, and the rest follows from that."
    )
    report = analyse(CONCERN, answer, context=AnalysisContext(family=None, phase="concern_reply"))
    found = [finding for finding in report.findings if finding.rule == RULE]
    assert found and "matters more" in found[0].message


def test_reply_that_says_the_gap_itself_matters_more_is_left_alone() -> None:
    answer = (
        "That's fair. What matters more than my title is whether I can lead through team "
        "leads, so here is the closest I've done: in 2023 I ran two shift leads through a "
        "site move, set their targets weekly and coached one of them into the role. Here I'd "
        "start with a one-to-one with each of the five in the first fortnight."
    )
    report = analyse(CONCERN, answer, context=AnalysisContext(family=None, phase="concern_reply"))
    assert RULE not in report.rules_fired()


@pytest.mark.parametrize(("text", "expected"), [
    ("What matters far more on a ward is the calm of the nurses.", True),
    ("I think what's more important really is the customers.", True),
    ("For me the most important is energy.", False),  # a ranking, nothing set aside
    ("What matters is that the budget balances.", False),  # nothing compared
])
def test_put_before(text: str, expected: bool) -> None:
    assert bool(announced.put_before(parse(text).sentences[0])) is expected
