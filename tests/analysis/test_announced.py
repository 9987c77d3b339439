"""An opening that offers the speaker's own record in place of an answer (analysis/announced.py),
with the near misses it must not take, and through the whole analyser as
``relevance.answers_another`` on answers and on replies to a concern (examples written for these
tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.announced import announced_record, announcement, offered_own
from poise.analysis.text import parse

RULE = "relevance.answers_another"


@pytest.mark.parametrize("text", [
    "Let me tell you about the depot I turned round, because I think it says who I am.",
    "Honestly, the best way to answer that is to tell you what I did at Harbour Freight, since it "
    "covers most of it.",
    "Perhaps I can describe what I built at my last council, because it is my best work.",
    "Well, let me say something about my career first, because it explains a lot.",
    # the offer carried by a wish, the reason hung on the wishing verb
    "If I may, I would like to begin with my own path, because I think it shows how I work.",
    "First I want to talk about my years at the brewery, because that is what matters here.",
])
def test_offered_own_record_with_a_reason_is_an_announcement(text: str) -> None:
    assert announcement(parse(text).sentences[0])


@pytest.mark.parametrize("text", [
    # the reason ties the story to the plan asked for: a preface
    "Let me start with what I did at the depot, because my plan for you builds on it.",
    # what is told is a view ahead, not the record
    "I'll tell you how I would want to be judged, because that is how my board judged me.",
    # another person's words are told
    "I'll tell you what my chair would say, because she said it in my review.",
    # no reason given for the swap
    "Let me tell you what I did at the depot.",
    # the speaker is told something, not telling
    "My manager told me what I had missed, because the audit was due.",
    # not offered: a report of something said
    "I told the board what I had found, because the numbers were bad.",
    # what is offered points back at the thing asked: the answer, told as done
    "I'll give you how I did it last spring, because that's the honest version.",
    # a wish that is not an offer to tell
    "I want to say that I never left a job for money, because people assume I did.",
    # a habit of telling, not an offer
    "I like to tell my planners what I learned, because it saves them the same mistakes.",
])
def test_near_misses_are_not_announcements(text: str) -> None:
    assert not announcement(parse(text).sentences[0])


def test_only_the_opening_is_read() -> None:
    answer = parse(
        "Your network runs nine depots and the late deliveries sit near nine percent. The job is "
        "to bring that down. Let me tell you what I did at Harbour Freight, because it is close."
    )
    assert announced_record(answer) == []


SWAP = (
    "Let me tell you what I did at Harbour Freight, because I think it explains where I come "
    "from. In 2021 I took over the depot network, mapped every route with the planners and moved "
    "the night loading to two hubs. I also renegotiated the fuel contract with our main haulier. "
    "Late deliveries fell from eleven to four percent within a year."
)


def _ids(question: str, answer: str, *, phase: str = "answer", family: str | None = None) -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(phase=phase, family=family))
    return set(report.rules_fired())


def test_swap_named_when_the_organisation_is_asked() -> None:
    question = "What do you know about our company, and why this role?"
    assert RULE in _ids(question, SWAP, family="role_understanding")


def test_swap_named_in_a_concern_reply() -> None:
    question = ("Is there anything about me or my experience that gives you pause? — You have "
                "never worked with a unionised workforce, and our plants are all unionised.")
    assert RULE in _ids(question, SWAP, phase="concern_reply")


def test_a_story_asked_for_is_not_a_swap() -> None:
    question = "Tell me about a time you cut late deliveries."
    assert RULE not in _ids(question, SWAP, family="past_behaviour")


def test_a_concern_reply_that_meets_the_doubt_is_not_a_swap() -> None:
    question = ("Is there anything about me or my experience that gives you pause? — You have "
                "never worked with a unionised workforce, and our plants are all unionised.")
    answer = (
        "That's a fair point: I have not negotiated with a union myself. At Harbour Freight I ran "
        "the works council for our two Dutch depots for three years and agreed two shift changes "
        "with it without a stoppage. In my first month here I would sit with each plant's union "
        "reps before changing anything. Would that answer the doubt?"
    )
    assert RULE not in _ids(question, answer, phase="concern_reply")


def test_concern_reply_offering_a_wish_to_talk_of_something_else_is_named() -> None:
    question = ("Is there anything about me or my experience that gives you pause? — You have no "
                "formal finance qualification, and every head of finance here is chartered.")
    answer = (
        "I see. But I want to say something about my work with the growers, because I think it "
        "is what this job really needs. I have bought cocoa from the same cooperatives for nine "
        "years. I know every warehouse on the coast road and every buyer in the port. The growers "
        "trust me, and that you cannot learn from a book."
    )
    assert RULE in _ids(question, answer, phase="concern_reply")


def test_concern_reply_wishing_to_speak_to_the_gap_is_left_alone() -> None:
    question = ("Is there anything about me or my experience that gives you pause? — You have no "
                "formal finance qualification, and every head of finance here is chartered.")
    answer = (
        "That's fair. I want to say something about the qualification first, because it matters "
        "to me. I am not chartered, and I have booked the first two papers for this autumn. At "
        "the cooperative I ran the month-end close and the audit for five years with no "
        "qualified opinion. Would it help to speak to our auditor?"
    )
    assert RULE not in _ids(question, answer, phase="concern_reply")


def test_case_told_as_it_happened_to_the_speaker_is_not_a_swap() -> None:
    question = ("Here's a case: your biggest client's deliveries have been late all week and their "
                "buyer threatens to move the contract. What do you do?")
    answer = (
        "This exact thing happened to me in 2022 at Harbour Freight, so I will tell you what I "
        "did. I called the buyer myself that morning and agreed a daily call at eight. I moved "
        "two of our best drivers onto their routes for a month. They stayed, and renewed the "
        "contract for three more years."
    )
    assert RULE not in _ids(question, answer, family="competency_cases")


def test_a_cleft_wishing_to_tell_of_the_speakers_own_time_is_an_offer() -> None:
    sent = parse("What I'd actually want to tell you about is my time at the bus depot.").sentences[0]
    assert offered_own(sent)


def test_a_cleft_wishing_to_tell_what_is_ahead_is_not_an_offer_of_the_record() -> None:
    sent = parse("What I'd want to tell you about is my plan for the first month.").sentences[0]
    assert not offered_own(sent)
