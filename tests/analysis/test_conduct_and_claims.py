# ruff: noqa: E501
"""Conduct told as a win and claims that set the speaker above everyone, read from the parse
(analysis/conduct.py, analysis/claims.py, indirect.speaker_does): each mechanism on its own and
through the whole analyser, with near misses that must stay quiet (examples written for these
tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, claims, conduct, indirect
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


def _presenting() -> frozenset[str]:
    return frozenset(entry.phrase.lower()
                     for entry in load_knowledge_base().lexicons["presenting_verbs"].entries)


def _fired(question: str, answer: str) -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(family="past_behaviour"))
    return report.rules_fired()


@pytest.mark.parametrize("text", [
    "I had the fitters sign the boilers off as serviced although half of them were never opened.",
    "I asked the clerks to log the repairs as finished although the parts had not arrived.",
    "I made the installers mark the meters as working even though half were still unconnected.",
    "I phoned every dealer, held two open days and got the back office to record nine sales as closed in March, even though the buyers only signed in April.",
    "I persuaded the auditors to list the warehouse as compliant although the sprinklers were still being fitted.",
])
def test_an_act_the_speaker_had_someone_else_do_is_the_speakers(text: str) -> None:
    assert indirect.presented_despite(_sentence(text), _presenting())


@pytest.mark.parametrize("text", [
    "I had the fitters sign the boilers off as serviced once the engineer had opened every one.",  # no admission
    "The fitters signed the boilers off as serviced although half were never opened, and I reported it.",  # not the speaker's doing
    "If I had asked the clerks to log the repairs as finished although the parts had not arrived, we would have been caught.",  # a condition
    "I had the team report the pilot as late, although the board wanted it shown as on track.",  # a wish is no admission
    "I got there as the doors closed, although the queue was still long.",  # a clause of time, not a thing caused
])
def test_no_misrepresentation_without_the_speakers_doing_and_an_admission(text: str) -> None:
    assert not indirect.presented_despite(_sentence(text), _presenting())


@pytest.mark.parametrize("text", [
    "I didn't tell my manager I was running the pilot, because she would have stopped it.",
    "I never told the committee we were testing the new supplier, as I knew they'd block it.",
    "I moved the hours into the next quarter without telling finance.",
    "I watched the line for a week and then changed the rota without telling the supervisor.",
    "I arranged to see the chair privately, without telling the COO.",  # a meeting, not watching
])
def test_an_own_act_kept_from_someone_who_would_have_stepped_in(text: str) -> None:
    assert conduct.kept_uninformed(_sentence(text))


@pytest.mark.parametrize("text", [
    "I didn't tell the team I was worried about the budget, because they would have panicked.",  # a feeling
    "I didn't tell the team I was applying for the role, because nothing was certain yet.",  # one's own career, no one stepping in
    "I didn't tell my manager I was running the pilot until the numbers were in.",  # no one would have stopped it
    "My manager didn't tell me she was running the pilot, because I would have objected.",  # not the speaker's act
    "I went to the loading bay three mornings and I watched, without saying anything.",  # attention
    "I listened in on two of her calls without saying a word.",
])
def test_no_concealment_for_feelings_plans_or_others_secrets(text: str) -> None:
    assert not conduct.kept_uninformed(_sentence(text))


@pytest.mark.parametrize("text", [
    "Honestly, nobody else in the firm could have closed that deal.",
    "No one else on the board has turned a loss-maker round in a year.",
    "Frankly, nobody else here has ever run a rollout that size.",
])
def test_nobody_else_with_a_record_sets_the_speaker_alone(text: str) -> None:
    assert claims.alone_above(_sentence(text))


@pytest.mark.parametrize("text", [
    "Nobody else wanted the night shift, so I took it.",  # who was there, not who was able
    "Nobody else could cover the shift, so I worked it.",  # who was free
    "Nobody else had been trained on the new press yet, so I ran it myself.",  # a passive fact
    "I have never met anybody else who enjoys reconciliations.",  # no "nobody else" subject
    "Colleagues bring me the problems nobody else has managed to crack.",  # describes the problems
])
def test_no_claim_of_standing_alone_in_plain_facts(text: str) -> None:
    assert not claims.alone_above(_sentence(text))


@pytest.mark.parametrize("text", [
    "The whole sector now copies our onboarding model.",
    "Everyone in the market was talking about our launch.",
    "The entire industry has adopted my scheduling method.",
])
def test_acclaim_from_a_whole_field_for_the_speakers_work(text: str) -> None:
    assert claims.field_acclaim(_sentence(text))


@pytest.mark.parametrize("text", [
    "Everyone on the team used our new checklist by March.",  # the speaker's own team
    "The whole industry changed after the crash.",  # about the field, not the speaker's work
    "Everyone in the industry struggled with the new rules, us included.",  # no acclaim
    "The whole market did not follow our pricing.",  # denied
])
def test_no_field_acclaim_for_own_team_or_news_of_the_field(text: str) -> None:
    assert not claims.field_acclaim(_sentence(text))


def test_a_without_hanging_from_the_object_still_goes_without_consent() -> None:
    question = "Tell me about a time you cut through bureaucracy."
    fired = _fired(question, "Finance were slow to clear the new vendor, so I raised the first "
                   "purchase order without their approval and explained afterwards. We saved a month.")
    assert "tone.undermining" in fired
    quiet = _fired(question, "Finance were slow to clear the new vendor, so I raised the first "
                   "purchase order without delay once they had signed it. We saved a month.")
    assert "tone.undermining" not in quiet


def test_overclaims_are_found_through_the_analyser() -> None:
    question = "What is the achievement you are proudest of?"
    fired = _fired(question, "I rebuilt the returns process at the depot and cut refunds from "
                   "nine days to three. Honestly, nobody else in the group could have done that.")
    assert "tone.overclaim" in fired
    quiet = _fired(question, "I rebuilt the returns process at the depot and cut refunds from "
                   "nine days to three. Nobody else wanted the project, so I took it on.")
    assert "tone.overclaim" not in quiet


@pytest.mark.parametrize(("text", "vague"), [
    ("The first was to deepen our relationships with our donors, so that people felt connected.", True),
    ("The third was to build a stronger culture within the team itself.", True),
    ("The second was to cut the repair backlog from 900 jobs to 300 by September.", False),  # measured
    ("The first was the hardest to get right.", False),  # no aim
    ("The first was to ring every lapsed donor in January.", False),  # a step, no betterment
])
def test_an_item_of_a_list_of_aims_is_a_goal(text: str, vague: bool) -> None:
    from poise.analysis import goals

    assert goals.vague_goal(_sentence(text)) is vague


@pytest.mark.parametrize("text", [
    "Before I go near a performance plan, I check whether we changed the job on somebody without telling them.",  # asked about, not done
    "I now ask myself if we moved the deadline without telling the client.",  # an indirect question
])
def test_acting_without_telling_inside_an_indirect_question_is_not_told_as_done(text: str) -> None:
    assert not conduct.kept_uninformed(_sentence(text))


def test_acting_without_telling_is_still_heard_when_told_as_done() -> None:
    assert conduct.kept_uninformed(_sentence("I moved the deadline without telling the client."))


def test_a_without_phrase_set_off_after_a_condition_belongs_to_the_speakers_clause() -> None:
    # the parse hangs "without" on the condition's verb ("moved"); the comma has closed it
    assert conduct.kept_uninformed(_sentence(
        "I warned the sponsor that the grant could be pulled if the plan moved forward, without "
        "telling my director."))
    assert not conduct.kept_uninformed(_sentence(  # the supplier's act, not the speaker's
        "Our supplier warned the buyers the price could rise if the order slipped, without "
        "telling the other plants."))


@pytest.mark.parametrize("answer", [
    "My supervisors kept calling me at night. I wrote with each supervisor a list of which decisions are theirs, without asking me, up to a cost of two thousand euro. Night calls fell from twelve a month to two.",
    "The launch date was public but the data was wrong. I asked for a meeting with the registrar and the secretary together, so that nobody would hear it second-hand. They delayed the launch by six weeks and the error rate fell below one percent.",
])
def test_letting_go_of_ones_own_sign_off_or_telling_everyone_directly_is_no_undermining(answer: str) -> None:
    assert "tone.undermining" not in _fired("Tell me about a time you had to push back.", answer)


@pytest.mark.parametrize("answer", [
    "The committee was slow. I placed the order without asking my director, and we saved three weeks.",
    "The figures were poor. I moved the spend into next quarter so that nobody would notice until after the vote, and the budget was approved.",
])
def test_going_around_a_person_or_hiding_from_them_is_still_undermining(answer: str) -> None:
    assert "tone.undermining" in _fired("Tell me about a time you had to push back.", answer)
