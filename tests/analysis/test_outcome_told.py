"""The missing outcome heard as a coach hears it, and the weakness plan asked only of a weakness
(issue 11, item 3).

A story whose "result" is only activity, effort, the scale of a roll-out, a figure of the
set-up or an aim says nothing of how it came out; a story asked for in other words than "tell
me about a time" is still a story. A weakness with no plan is a finding only where a weakness
of the speaker's was asked for and told. Every example here is written afresh in the project's
own words.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.analyse import analyser_for, knowledge_base
from poise.analysis.asked import asks_shortcoming
from poise.analysis.outcome_told import (
    absence_since,
    achieved,
    came_through,
    instead,
    met_deadline,
    new_role,
    outcome_told,
    regained,
)
from poise.analysis.structure import label_sentences
from poise.analysis.text import Sentence, parse

NO_RESULT = {"structure.no_result", "meaning.no_result"}
NO_PLAN = "meaning.weakness_no_plan"


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


def _fired(question: str, answer: str) -> set[str]:
    return analyse(question, answer, context=AnalysisContext()).rules_fired()


@pytest.mark.parametrize("text", [
    "By the spring every one of the twelve presses was back in production.",
    "We won the renewal against two bidders in June.",
    "The warehouse avoided a single lost shift over the peak.",
    "Both depots met the quarter's safety target.",
])
def test_an_achievement_or_a_state_regained_is_an_outcome(text: str) -> None:
    sent = _sentence(text)
    assert achieved(sent) or regained(sent)


@pytest.mark.parametrize("text", [
    "The new ledger went live a fortnight early.",
    "We closed the refit on time and within budget.",
])
def test_a_mark_met_is_an_outcome(text: str) -> None:
    assert met_deadline(_sentence(text))


@pytest.mark.parametrize("text", [
    "I kept the two site leads in every meeting.",
    "I met each of the night cleaners in my first week.",
    "We did not win the renewal.",
    "If we had kept the account, the year would have closed level.",
    "The tool was rolled out across all nineteen depots.",
    "The aim was to finish early.",
])
def test_activity_people_denial_and_aims_are_not_outcomes(text: str) -> None:
    sent = _sentence(text)
    assert not (achieved(sent) or met_deadline(sent) or regained(sent))


def _told(answer: str, *, question: str | None = None) -> bool:
    analyser = analyser_for(knowledge_base())
    parsed = parse(answer)
    shape = label_sentences(parsed, analyser.cues)
    return outcome_told(parsed, shape, question=question)


def test_a_setup_figure_and_a_rollout_are_no_outcome() -> None:
    answer = ("In 2023 the board cut the training budget by 30 per cent, just as the new "
              "system arrived. I wrote a short course for the supervisors and ran it on every "
              "shift. We then took the system live across all nineteen depots, which took most "
              "of the summer.")
    assert not _told(answer)


def test_a_measured_change_after_the_acts_is_an_outcome() -> None:
    answer = ("In 2023 the board cut the training budget by 30 per cent. I wrote a short course "
              "for the supervisors and ran it on every shift. By October picking errors had "
              "fallen from 4% to 1.5%.")
    assert _told(answer)


PROUDEST = "What's the piece of work from the last couple of years you're proudest of?"


def test_a_story_asked_in_other_words_is_flagged_when_it_only_describes_activity() -> None:
    answer = ("I'd pick the move of our returns desk from Derby to the main site. The desk had "
              "been on its own for years and nobody quite owned it. I mapped every step with the "
              "two team leaders, wrote the new handover notes and ran three dry runs on "
              "Saturdays. We then moved all fourteen people across in one weekend, and it was a "
              "big effort from everyone involved.")
    assert _fired(PROUDEST, answer) & NO_RESULT


def test_the_same_story_with_its_outcome_is_not_flagged() -> None:
    answer = ("I'd pick the move of our returns desk from Derby to the main site. The desk had "
              "been on its own for years and nobody quite owned it. I mapped every step with the "
              "two team leaders, wrote the new handover notes and ran three dry runs on "
              "Saturdays. We moved all fourteen people across in one weekend. Within two months "
              "the refund backlog had fallen from 600 cases to 40.")
    assert not _fired(PROUDEST, answer) & NO_RESULT


@pytest.mark.parametrize(("question", "asked"), [
    ("What would the people closest to you say you still need to get better at?", True),
    ("What would your peers like you to change about how you run meetings?", True),
    ("Tell me something your team would say you do badly.", True),
    ("Why are you looking for a new role?", False),
    ("What would you like to change about our onboarding?", False),
    ("Tell me about a time you had to change a plan.", False),
])
def test_a_shortcoming_is_asked_in_other_words(question: str, asked: bool) -> None:
    assert asks_shortcoming(question) is asked


def test_a_complaint_about_the_job_is_no_weakness_without_a_plan() -> None:
    answer = ("Honestly, the place has gone stale. Every proposal goes to a committee that meets "
              "once a quarter, and most of them come back with nothing decided. The people who "
              "were there when I joined have mostly left, and the ones who stayed have stopped "
              "caring. It is not somewhere anyone grows any more.")
    assert NO_PLAN not in _fired("Why are you looking for a new role?", answer)


def test_a_weakness_settled_as_fixed_is_still_flagged() -> None:
    answer = ("I can be blunt in reviews, and people sometimes hear it as a verdict rather than a "
              "view. Last year a new analyst asked to move teams after one of my comments. To be "
              "honest, that is how I am, and the people who work with me get used to it.")
    fired = _fired("What is your biggest weakness?", answer)
    assert fired & {NO_PLAN, "weaknesses.accepted", "weaknesses.no_steps"}


@pytest.mark.parametrize(("text", "through"), [
    ("We switched the payroll over in March with no missed payment and no data loss.", True),
    ("We reopened the depot without a single injury.", True),
    ("We went live with no plan for the second site.", False),
    ("If we go live without an outage, the board will sign off phase two.", False),
])
def test_work_done_without_harm_is_an_outcome(text: str, through: bool) -> None:
    assert came_through(_sentence(text)) is through


# A choice, a step or a means is not how the story came out (issue 11, item 3: activity or
# intention taken for an outcome). Each pair below holds a near miss and its outcome twin.

@pytest.mark.parametrize(("text", "measured"), [
    ("The re-roofing took nine days rather than the five weeks the council had quoted.", True),
    ("We lost two shifts instead of the fortnight we had feared.", True),
    ("The audit closed in six weeks instead of the usual four months.", True),
    ("I offered the landlord a three-year lease instead of two.", False),
    ("I moved the planning meeting to Tuesdays rather than running two of them each week.", False),
    ("We chose a five-stage trial rather than one big switch-over.", False),
])
def test_a_figure_set_against_another_is_an_outcome_only_when_it_is_what_the_work_came_to(
        text: str, measured: bool) -> None:
    assert instead(_sentence(text)) is measured


@pytest.mark.parametrize(("text", "met"), [
    ("The new booking system went live nine days early.", True),
    ("We finished the depot refit ahead of schedule.", True),
    ("We handed the wards back on time and under budget.", True),
    ("I put the new supervisor on a sixty-day plan with two reviews.", False),
    ("I tied the drivers' bonus to on-time arrivals and posted the league table weekly.", False),
    ("I brought the unions in early and shared the draft rota with them.", False),
    ("We did early shifts on the line with the fitters for a month.", False),
])
def test_a_mark_met_hangs_on_work_done_not_on_a_step(text: str, met: bool) -> None:
    assert met_deadline(_sentence(text)) is met


@pytest.mark.parametrize(("text", "role"), [
    ("Within a year she became deputy store manager.", True),
    ("Two of the apprentices were made shift supervisors.", True),
    ("It became part of how the depot plans every week.", False),
    ("New leaflets were made for the tenants in four languages.", False),
])
def test_a_new_role_is_a_person_s_not_the_work_s(text: str, role: bool) -> None:
    assert new_role(_sentence(text)) is role


def test_a_record_kept_up_and_means_obtained_are_steps() -> None:
    assert not achieved(_sentence("Since then I have kept a risk diary and I review it monthly."))
    assert achieved(_sentence("We kept every one of the eleven contracts through the merger."))
    secured = _sentence("We secured £60,000 from the innovation fund in May.")
    assert not achieved(secured, means_asked=False)
    assert achieved(secured, means_asked=True)


def test_a_state_described_in_a_relative_clause_is_not_regained() -> None:
    assert not regained(_sentence(
        "I went through the cases where the lab results came back late with her."))
    assert regained(_sentence("By Friday the two kilns were back in service."))


INNOVATION = "Tell me about a new way of working you brought in yourself."


def test_a_story_whose_only_outcome_is_a_choice_made_instead_is_flagged() -> None:
    answer = ("Our depot scheduled its vans from a whiteboard that only the night planner "
              "understood. I mapped the routes with the two planners over a month, chose a "
              "routing tool rather than building our own, and ran it on four vans as a pilot. "
              "I trained the planners on Saturdays and wrote a one-page guide for the drivers. "
              "I also put the worst route on a two-week review instead of one.")
    assert not _told(answer, question=INNOVATION)


def test_the_same_story_with_a_measured_result_is_told() -> None:
    answer = ("Our depot scheduled its vans from a whiteboard that only the night planner "
              "understood. I mapped the routes with the two planners over a month, chose a "
              "routing tool rather than building our own, and ran it on four vans as a pilot. "
              "I trained the planners on Saturdays and wrote a one-page guide for the drivers. "
              "Within three months missed delivery slots had fallen from 11% to 3%.")
    assert _told(answer, question=INNOVATION)


def test_means_obtained_are_the_outcome_when_the_question_asks_for_them() -> None:
    answer = ("The youth centre's roof had leaked for two winters and the council had no money "
              "for it. I wrote the bid with our treasurer, took the trustees of the county "
              "foundation round the building and answered their questions in person. In March "
              "we secured the whole grant from the foundation.")
    assert _told(answer, question="Tell me about a time you secured outside funding.")
    assert not _told(answer, question="Tell me about a time you got a stuck project moving.")


@pytest.mark.parametrize("text", [
    "We have not lost a shift since.",
    "Not one late invoice since.",
    "There has been no overdue inspection since.",
])
def test_an_absence_lasting_since_is_an_outcome(text: str) -> None:
    assert absence_since(_sentence(text))


def test_a_lesson_applied_since_with_a_denial_elsewhere_is_no_absence() -> None:
    # the "not" belongs to the advice, the "since" to the speaker applying it
    assert not absence_since(_sentence(
        "The rule is to check the figures and not to guess, and I have followed it ever since."))


@pytest.mark.parametrize(("text", "lasting"), [
    ("We haven't lost a single shift to sickness since.", True),
    ("Not one missed collection since.", True),
    ("We haven't used that haulier since.", False),
    ("I have not called their account manager since.", False),
])
def test_a_choice_kept_since_is_no_lasting_absence(text: str, lasting: bool) -> None:
    assert absence_since(_sentence(text)) is lasting


@pytest.mark.parametrize(("text", "promoted"), [
    ("After a year she became the warehouse supervisor.", True),
    ("Thursday became the day for stock counts in the yard.", False),
    ("Monday became the day for supplier visits.", False),
])
def test_a_time_given_a_new_use_is_no_new_role(text: str, promoted: bool) -> None:
    assert new_role(_sentence(text)) is promoted


def test_the_work_done_in_the_end_is_no_outcome() -> None:
    steps = ("The scaffolding firm on our Leeds job kept turning up late and blaming the weather. "
             "I rang their director and told him the next late start would cost them the "
             "contract. We argued about it for a week. ")
    assert not _told(steps + "Eventually it was dealt with, the work got done, and we haven't "
                     "booked them since.")
    assert _told(steps + "Eventually the late starts stopped and the frame went up two days early.")


def test_a_story_whose_steps_name_no_doer_is_read_past_its_opening() -> None:
    from poise.analysis.scoring import first_act, story_start

    passive = parse("Our two depots kept missing the evening trucks. A new picking route was "
                    "drawn up with the shift leads. Missed trucks fell to one a week.")
    acted = parse("Our two depots kept missing the evening trucks. I drew up a new picking route "
                  "with the shift leads. Missed trucks fell to one a week.")
    assert first_act(passive) is None and story_start(passive, None) == 0
    assert story_start(acted, first_act(acted)) == first_act(acted) == 1
    assert story_start(parse("Missed trucks fell to one a week."), None) is None
