"""What happened told apart from what would happen (issue 11, items 2-3).

The mood of a clause is its own: a frame of speech ("what I'd say is", "I'd argue that", "I'd put
it this way") does not make the past action it introduces hypothetical, and a "could" or "would"
hung on a past verb ("there wasn't much I could do") is that past's own ability, not a case
imagined. An outcome said without a number (a state reached, a thing kept, a change seen, how it
ended) is an outcome. A reply to a concern that tells the job the speaker held for a spell brings
evidence from the record. Every example is written afresh for these tests, with the near misses
each reading must not take.
"""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.example_asked import asks_past_example
from poise.analysis.grammar import clause_mood, record_actions, told_actions
from poise.analysis.outcome_told import (
    better_than_before,
    change_seen,
    changed_by_others,
    down_or_up,
    outcome_told,
    state_now,
)
from poise.analysis.text import Sentence, parse

NO_RESULT = {"structure.no_result", "meaning.no_result"}


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


def _told(text: str) -> set[str]:
    return {verb.lower for verb in told_actions(_sentence(text))}


@pytest.mark.parametrize(("text", "verbs"), [
    ("What I'd say is, I rewrote the stock plan in May and halved the write-offs.", {"rewrote", "halved"}),
    ("I'd argue that I turned the depot round in 2022.", {"turned"}),
    ("I would add that I chaired every one of those reviews.", {"chaired"}),
])
def test_a_frame_of_speech_keeps_the_past_action_it_introduces(text: str, verbs: set[str]) -> None:
    assert verbs <= _told(text)


@pytest.mark.parametrize("text", [
    "I wouldn't say I fixed the rota.",  # denied, not framed
    "I'd never claim I fixed the rota.",
    "If I said I fixed the rota, I'd be overstating it.",  # a condition
])
def test_a_denied_or_conditional_frame_still_withholds_the_action(text: str) -> None:
    assert "fixed" not in _told(text)


def test_a_way_of_putting_it_is_no_past_action() -> None:
    sent = _sentence("I'd put it this way: I rebuilt the night rota.")
    assert "put" not in {verb.lower for verb in sent.own_past_actions}
    assert "rebuilt" in _told(sent.text)


def test_had_put_is_still_the_past() -> None:
    sent = _sentence("I'd put the plan in place before she arrived, so I moved on.")
    assert "put" in {verb.lower for verb in sent.own_past_actions}


@pytest.mark.parametrize("text", [
    "The supplier was six weeks late, so there wasn't much I could do except chase them daily.",
    "I knew the director would block it.",
])
def test_could_or_would_hung_on_a_past_verb_is_not_imagined(text: str) -> None:
    sent = _sentence(text)
    assert not sent.own_hypothetical
    assert all(clause_mood(sent, index) != "hypothetical" for index, token in enumerate(sent.tokens)
               if token.pos == "VERB")


@pytest.mark.parametrize("text", [
    "I would call each supplier every Monday.",
    "If I were in that seat, I would call each supplier.",
])
def test_would_of_the_speaker_is_still_hypothetical(text: str) -> None:
    assert _sentence(text).own_hypothetical


@pytest.mark.parametrize("text", [
    "Sickness absence on the wards has come down since.",
    "The backlog of claims was cleared by the end of June.",
    "The dispute over the night rota was settled within a week.",
])
def test_a_change_told_of_something_else_is_an_outcome(text: str) -> None:
    assert changed_by_others(_sentence(text))


@pytest.mark.parametrize("text", [
    "We went down to the depot on the Monday.",  # the speaker moving, not a change
    "The backlog will be cleared next year.",  # not told as having happened
    "I was cleared to start in March.",  # the speaker
    "The plan, which was cut later, ran to forty pages.",  # a relative clause
    "The new tool was rolled out across all forty-two sites.",  # the reach of a roll-out
])
def test_a_move_or_a_plan_is_not_a_change_told(text: str) -> None:
    assert not changed_by_others(_sentence(text))


@pytest.mark.parametrize("text", [
    "Three of my former apprentices are now site supervisors.",
    "Five of the six new starters are still with us.",
])
def test_a_state_reached_or_kept_is_an_outcome(text: str) -> None:
    assert state_now(_sentence(text))


@pytest.mark.parametrize("text", [
    "I am now a team lead.",  # the speaker
    "Now the question is what comes next.",  # "now" as an opener
    "They are with us on Tuesdays.",  # no "now" or "still"
    "The region is now a big part of the business.",  # a vaguer state, no person promoted
])
def test_the_speaker_or_a_scene_is_not_a_state_reached(text: str) -> None:
    assert not state_now(_sentence(text))


def test_a_change_seen_is_an_outcome_but_not_one_wanted() -> None:
    assert change_seen(_sentence("The auditors noticed the improvement at the next visit."))
    assert not change_seen(_sentence("We needed a ten per cent saving on the fleet."))


def test_a_measure_standing_lower_or_higher_is_an_outcome() -> None:
    assert down_or_up(_sentence("Repeat calls are down and staff morale is up."))
    assert not down_or_up(_sentence("I am up at five most days."))


def _outcome(answer: str) -> bool:
    parsed = parse(answer)
    return outcome_told(parsed, None)


@pytest.mark.parametrize("answer", [
    "I took over the night shift in March. I set up a handover board and met each lead weekly. "
    "In the end the two teams stayed together under one supervisor.",
    "I rebuilt the onboarding in 2023 and paired every new starter with a buddy. Within two "
    "quarters the branch was at 96 percent of target.",
    "I rewrote the stock plan and ran a weekly count with the store leads. The auditors noticed "
    "the improvement at the next visit.",
])
def test_an_outcome_said_without_a_change_figure_is_told(answer: str) -> None:
    assert _outcome(answer)


@pytest.mark.parametrize("answer", [
    "I took over the night shift in March. I set up a handover board and met each lead weekly. "
    "In the end I wrote a report for the director.",  # the speaker's last step
    "I took over the night shift in March. I set up a handover board and met each lead weekly. "
    "In the end the project finished and I moved to another site.",  # the work done, no outcome
    "I took over the night shift in March. I set up a handover board and met each lead weekly. "
    "In the end it drew a lot of interest from the other sites.",  # the work's reception
    "I rebuilt the onboarding in 2023. I set a target of 96 percent for the branch.",  # an aim
    "I rewrote the stock plan and ran a weekly count. We asked every depot for an improvement.",
])
def test_a_last_step_or_an_aim_is_no_outcome(answer: str) -> None:
    assert not _outcome(answer)


REBUILD = "Tell me about a time you had to rebuild a team."
REBUILD_STORY = (
    "In 2022 I inherited a contact centre team where six of eleven advisers had handed in their "
    "notice. I met each of them one to one, moved the rota to fixed shifts and gave the two "
    "senior advisers the coaching of new starters. I also ran a monthly session with the whole "
    "team on the calls that went wrong"
)


def _fired(question: str, answer: str, phase: str = "answer") -> set[str]:
    return analyse(question, answer, context=AnalysisContext(phase=phase)).rules_fired()


@pytest.mark.parametrize(("ending", "missing"), [
    (". Five of the six are still with us, and two of the senior advisers are now team leaders.",
     False),  # people kept and promoted: an outcome without a number
    (", and I sent the director a note every week about what we were doing.", True),  # activity
])
def test_a_story_ending_on_people_kept_is_told_and_one_ending_on_activity_is_not(
        ending: str, missing: bool) -> None:
    assert bool(_fired(REBUILD, REBUILD_STORY + ending) & NO_RESULT) is missing


@pytest.mark.parametrize("question", [
    "How would your crew describe you? Give me something that shows it.",
    "How do your peers see you, and what's one thing that actually happened that proves it?",
])
def test_an_instance_asked_for_by_what_it_shows(question: str) -> None:
    assert asks_past_example(question)


@pytest.mark.parametrize("question", [
    "Give me something you would change about your current role.",
    "What's something you find hard?",
    "How would your crew describe you?",
])
def test_a_vague_thing_without_an_instance_asks_no_occasion(question: str) -> None:
    assert not asks_past_example(question)


def test_a_state_at_a_stated_time_is_no_occasion_told() -> None:
    question = "How would your team describe you? Give me something that shows it."
    answer = (
        "They'd say I'm calm and fair. I always hold a weekly one-to-one with each of them, and I "
        "always start with how they are, not the work. I give feedback on the day, I don't wait "
        "for the review. In the staff survey last year my scores were good."
    )
    assert "structure.no_past_example" in _fired(question, answer)


def test_a_concern_reply_that_tells_a_job_held_for_a_spell_brings_evidence() -> None:
    question = ("Is there anything that gives you pause? — You've never run a contractor team "
                "directly.")
    reply = (
        "That's fair, I haven't held the contract myself. What I'd say is, when our main "
        "contractor went under, for about four months I effectively ran the fit-out "
        "subcontractors myself, nine of them. I'd want a commercial lead beside me in the first "
        "quarter."
    )
    sentences = parse(reply).sentences
    assert any(record_actions(sent) for sent in sentences)
    assert "concern.no_evidence" not in _fired(question, reply, "concern_reply")


def test_a_concern_reply_with_only_a_denial_and_a_plan_brings_none() -> None:
    question = ("Is there anything that gives you pause? — You've never run a contractor team "
                "directly.")
    reply = (
        "That's fair, I haven't run a contractor team myself. I'd take a contract management "
        "course and ask for a commercial lead beside me in the first quarter."
    )
    assert "concern.no_evidence" in _fired(question, reply, "concern_reply")


@pytest.mark.parametrize("text", [
    "The wards feel a lot calmer than they did.",
    "The night team is calmer now than it was last year.",
])
def test_a_state_compared_with_a_named_before_is_an_outcome(text: str) -> None:
    assert better_than_before(_sentence(text))


@pytest.mark.parametrize("text", [
    "The supervisors are more confident.",  # no before named: a view or a wish
    "I am fitter than I was.",  # the speaker
    "Our depot is bigger than the others.",  # compared with others, not with before
])
def test_a_comparison_without_a_before_is_no_outcome(text: str) -> None:
    assert not better_than_before(_sentence(text))


def test_the_same_form_done_every_period_is_a_routine() -> None:
    sent = _sentence("I set a budget for each site every April and review it with the leads.")
    assert not sent.own_past_actions
    assert sent.own_habitual
    assert "set" in _told("Last April I set a budget for the new site.")
