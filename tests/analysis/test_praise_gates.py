"""Praise only when the quote shows it (issue 11): the parse gates of ``praise_gates``.

An own action is the act, not the result claimed with "I" (the means told with a claimed
change is quoted instead), not the consequence of a condition, a practice carried on since, nor
a verb of something not done. A number on the outcome is not a target, the listener's own
figures, the state found on arrival nor the count of what the speaker acted on. A lesson framed
as an opinion about lessons in general is not the speaker's. Each gate is tried both ways; every
case is written in the project's own words.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.praise_gates import (
    act_shown,
    action_shown,
    lesson_quote_shown,
    lesson_shown,
    means_span,
    outcome_claim,
    outcome_shown,
)
from poise.analysis.scoring import LESSON, OUTCOME_NUMBER, OWN_ACTION
from poise.analysis.text import Sentence, parse


def _first(text: str) -> Sentence:
    return parse(text).sentences[0]


def _verb(sent: Sentence, word: str) -> object:
    return next(token for token in sent.tokens if token.text == word)


def _shown_figures(text: str) -> dict[str, bool]:
    sent = _first(text)
    return {quote: outcome_shown(sent, start, end) for start, end, quote in sent.numbers}


# --- a claimed change and its means ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb", "means"),
    [
        ("Last year I cut the dispatch delay from six days to two by moving the picking to nights.",
         "cut", "by moving the picking to nights"),
        ("I brought complaint volumes down from 140 to 60 a month, mainly by rewriting the first "
         "reply letter with the two team leads.", "brought",
         "mainly by rewriting the first reply letter with the two team leads"),
        ("Since 2020 I have reduced agency spend from 12% to 4% by training our own bank staff.",
         "reduced", "by training our own bank staff"),
    ],
)
def test_a_claimed_change_is_quoted_by_its_means(text: str, verb: str, means: str) -> None:
    sent = _first(text)
    token = _verb(sent, verb)
    assert outcome_claim(sent, token)  # type: ignore[arg-type]
    span = means_span(sent, token)  # type: ignore[arg-type]
    assert span is not None and sent.text[span[0] - sent.start:span[1] - sent.start] == means


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("I rewrote the rota with the two shift leads.", "rewrote"),
        ("I took two days off after the launch.", "took"),
        ("I cut the weekly meeting and sent a one-page note instead.", "cut"),
        ("I brought the whole supplier panel into one room.", "brought"),
    ],
)
def test_an_act_with_no_figure_is_not_a_claimed_change(text: str, verb: str) -> None:
    sent = _first(text)
    assert not outcome_claim(sent, _verb(sent, verb))  # type: ignore[arg-type]


def test_the_strength_quotes_the_means_not_the_claim() -> None:
    answer = ("Our warehouse was shipping late most weeks. Last year I cut the dispatch delay from "
              "six days to two by moving the picking to nights, and I trained four pickers myself.")
    report = analyse("Tell me about something you improved.", answer,
                     context=AnalysisContext(family=None))
    quotes = [item.quote for strength in report.strengths if strength.what == OWN_ACTION
              for item in strength.evidence]
    assert any("by moving the picking to nights" in quote for quote in quotes)
    assert "I cut" not in quotes


# --- own actions that show nothing done ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("If the leads still ring me every night in a year, I failed.", "failed"),
        ("If the audit finds the same gap twice, I rewrote the checklist for nothing.", "rewrote"),
        ("On every rollout since, I booked a dress rehearsal first.", "booked"),
        ("For two years I avoided the conversation with the depot manager.", "avoided"),
        ("For months I complained about the rota to my own team.", "complained"),
    ],
)
def test_no_act_is_praised(text: str, verb: str) -> None:
    sent = _first(text)
    assert not action_shown(sent, _verb(sent, verb))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("I met the site lead every Friday for a month.", "met"),
        ("I asked the finance director if I could sit in on the reviews.", "asked"),
        ("When the audit failed, I rewrote the checklist myself.", "rewrote"),
        ("I booked a dress rehearsal for every rollout that quarter.", "booked"),
        ("Since March I have rung each client personally.", "rung"),
    ],
)
def test_an_act_is_still_praised(text: str, verb: str) -> None:
    sent = _first(text)
    assert action_shown(sent, _verb(sent, verb))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("So I just reorganised.", "reorganised"),
        ("I was on call all weekend, I reorganised, the depot reopened on Monday.", "reorganised"),
        ("So I dropped that.", "dropped"),
        ("After the second complaint I reconsidered.", "reconsidered"),
        ("So I just changed it.", "changed"),
        ("I tried to give the supervisors more say in the rota.", "tried"),
        ("I ran many projects there, the new tills, the loyalty scheme, the depot move.", "ran"),
        ("At the council I handled a lot of complaints from tenants.", "handled"),
        ("I led various improvement initiatives across the region.", "led"),
    ],
)
def test_a_verb_that_names_nothing_done_is_not_praised(text: str, verb: str) -> None:
    sent = _first(text)
    assert not act_shown(sent, _verb(sent, verb))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("So I reorganised the returns desk into two shifts.", "reorganised"),
        ("So I dropped two of the weekly reports.", "dropped"),
        ("I stepped in for the night supervisor.", "stepped"),
        ("So I said, look, we ship nothing that fails the drop test.", "said"),
        ("I rang round myself and got three quotes.", "rang"),
        ("I insisted on a written handover at every shift change.", "insisted"),
        ("I sat with each planner for a morning.", "sat"),
        ("I sorted the cover rota out that same week.", "sorted"),
        ("I tried a shared rota board on one ward for six weeks.", "tried"),
        ("I called the two site leads back within the hour.", "called"),
        ("The weekend pilot never reached half the stores, and I closed it.", "closed"),
        ("So I broke it down.", "broke"),
        ("I closed two of the loss-making depots and merged their rounds.", "closed"),
        ("I phoned many of the lapsed donors myself that week.", "phoned"),
    ],
)
def test_an_act_with_something_done_is_still_praised(text: str, verb: str) -> None:
    sent = _first(text)
    assert act_shown(sent, _verb(sent, verb))  # type: ignore[arg-type]


# --- numbers on the outcome -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("First, raise first-time fix on the east patch from 70% to 85% by June.", "70%"),
        ("This year I set one goal for the desk: grow repeat customers from 1,200 to 2,000 by "
         "December.", "2,000"),
        ("Your average repair time is 19 days against a sector median near 12.", "19"),
        ("When I got there the line was down about nine percent of planned hours.", "nine"),
        ("I closed three loss-making depots and moved 40 people to other sites.", "three"),
        ("Second, cut missed collections on the two oldest rounds by 30% by the spring review.",
         "30%"),
        ("When we grew from 40 to 90 people, I was the one who held it together.", "90"),
        ("Footfall among students has dropped from 58% to 41%, and your online shop is growing.",
         "41%"),
        # the set-up: what had already happened when the story starts
        ("We'd booked roughly 900 delegates, and then the venue pulled out.", "900"),
        ("I found that the night checks had been cut from three nurses to two over the summer.",
         "three"),
        # the reason for a choice
        ("I signed with the smaller haulier because they were 15% cheaper per pallet.", "15%"),
        # a figure put forward, not reached
        ("I recommended a 15% cut in overtime to the trustees, rather than job losses.", "15%"),
        ("We proposed a 10 percent rise in parking charges to the council.", "10 percent"),
        # the condition a practice waits for
        ("I don't release a new timetable until at least 95 percent of the drivers have walked it.",
         "95 percent"),
        ("I won't start cutting steel until the drawings are 90 percent signed off.", "90 percent"),
    ],
)
def test_a_figure_that_is_no_outcome_is_not_praised(text: str, figure: str) -> None:
    assert _shown_figures(text)[figure] is False


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("We raised first-time fix on the east patch from 70% to 85% by June.", "85%"),
        ("I helped grow repeat customers from 1,200 to 2,000.", "2,000"),
        ("Our average repair time fell to 9 days.", "9"),
        ("That is £4 million better than the forecast when I arrived.", "£4 million"),
        ("I cut the stock write-offs by 30%.", "30%"),
        ("The next audit had only two minor findings, and I owned the plan.", "two"),
        ("The survey came back at 68 percent, you know, up from 51.", "68 percent"),
        ("I brought occupancy up to 84 percent while complaints went down by 30%.", "30%"),
        ("Our footfall among students rose from 41% to 58%, and your online shop is growing.",
         "58%"),
        # a pluperfect dated to a deadline reached is a result
        ("By March we had cut the backlog from 900 files to 120.", "120"),
        ("Within a year we'd raised the pass rate to 88 percent.", "88 percent"),
        ("Six months later the reject rate had dropped from 5.2 to 1.9.", "1.9"),
        ("In 2024 we had cut average queue time from 40 minutes to 12.", "12"),
        ("We kept the contract because the pass rate rose to 91%.", "91%"),
        ("The trustees took my recommendation and overtime fell by 15%.", "15%"),
        ("I never expected it, but complaints fell by 40% within a year.", "40%"),
    ],
)
def test_a_figure_on_a_result_is_still_praised(text: str, figure: str) -> None:
    assert _shown_figures(text)[figure] is True


def test_a_target_is_not_praised_as_a_number_on_the_outcome() -> None:
    answer = ("I run the service desk for the northern region. This year I set one goal for the "
              "desk and agreed it with the leads: grow repeat customers from 1,200 to 2,000 by "
              "December. We are tracking it every month.")
    report = analyse("What goals did you set this year?", answer,
                     context=AnalysisContext(family=None))
    quotes = [item.quote for strength in report.strengths if strength.what == OUTCOME_NUMBER
              for item in strength.evidence]
    assert not any(figure in quote for quote in quotes for figure in ("1,200", "2,000"))


# --- lessons --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I think in projects like that the lesson is that when the client is late, the supplier "
        "is always late too.",
        "I guess the lesson is that head office rarely listens to the plants.",
    ],
)
def test_an_opinion_about_lessons_is_not_a_lesson(text: str) -> None:
    assert not lesson_shown(_first(text))


@pytest.mark.parametrize(
    "text",
    [
        "I think the lesson for me was that I had to ask for help earlier.",
        "What I learned is that you win the argument with a small trial, not a slide deck.",
        "The lesson I took is that speed of decision matters more to customers than price.",
        "I think the new rota works better for the night shift.",
    ],
)
def test_a_lesson_the_speaker_holds_is_still_one(text: str) -> None:
    assert lesson_shown(_first(text))


# --- an act that says the question back -----------------------------------------------------


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


def _asked(question: str) -> frozenset[str]:
    return frozenset(_stem(word.strip("?,.").lower()) for word in question.split())


@pytest.mark.parametrize(
    ("question", "text", "verb", "echo"),
    [
        ("How do you set goals for your team?", "I set ambitious but realistic goals.", "set", True),
        ("What target did you set yourself last year?", "I set it as steady growth in members.",
         "set", True),
        ("How do you set goals for your team?", "I set the team a goal of fifteen minutes a call.",
         "set", False),
        ("How do you set goals for your team?", "I rewrote the goals with each lead.", "rewrote",
         False),
        ("How do you set goals for your team?", "I set up a weekly review board.", "set", False),
    ],
)
def test_the_question_said_back_is_no_act(question: str, text: str, verb: str, echo: bool) -> None:
    from poise.analysis.praise_gates import echoes_question

    sent = _first(text)
    assert echoes_question(sent, _verb(sent, verb), _asked(question), _stem) is echo  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "The third audit is the one I learnt from.",
        "Honestly, I learned a lot.",
        "I would brief the trustees every month and adjust the budget as we learn.",
        "That is partly why I am applying now.",
        "These days I chair the safety committee for the whole site.",
        "What it taught me is that the board can never be trusted with a deadline.",
        "The lesson for me was you can't count on contractors to finish on time.",
        "I also have decent Italian, which I learned at evening classes over two winters.",
    ],
)
def test_a_sentence_that_says_no_lesson_is_not_praised_as_one(text: str) -> None:
    assert not lesson_quote_shown([_first(text)])


@pytest.mark.parametrize(
    "text",
    [
        "What I learned is that you win the argument with a small trial, not a slide deck.",
        "What I took from it, and still do: ask the night shift before changing the day shift.",
        "It taught me patience with the planning office.",
        "I learned a lot about rostering, and I've used that template twice since.",
        "Since then I walk every site before I sign the lease.",
        "Now I never set a budget the site manager has not costed himself.",
        "I don't sign anything I haven't seen working.",
        "It taught me you can't assume every site works the way ours does.",
        "What I learned is that a plan on paper does not survive the first night shift.",
        "What I learned is that the suppliers don't have a capacity problem, they have a planning one.",
        "The lesson that I learned there is that you test a rota with the people who work it.",
    ],
)
def test_a_sentence_that_says_a_lesson_is_still_one(text: str) -> None:
    assert lesson_quote_shown([_first(text)])


def test_a_learning_named_is_a_lesson_with_the_practice_told_after_it() -> None:
    sents = list(parse("That audit is the one I learnt from. Since then I check every batch "
                       "record myself.").sentences)
    assert lesson_quote_shown(sents)


def test_a_lesson_cut_off_by_the_sentence_split_is_quoted_whole() -> None:
    answer = ("I rebuilt the loading plan and cut the average turnaround from five hours to two for "
              "80% of trailers, and dispatch grew 24% in a year. The lesson I took is that speed of "
              "loading matters more to drivers than a slightly shorter route.")
    parsed = parse(answer)
    assert parsed.sentences[1].text == "The lesson I took is"  # the split this guards against
    report = analyse("Tell me about a change you led.", answer, context=AnalysisContext(family=None))
    lessons = [item.quote for strength in report.strengths if strength.what == LESSON
               for item in strength.evidence]
    assert lessons and all("speed of loading" in quote for quote in lessons)
