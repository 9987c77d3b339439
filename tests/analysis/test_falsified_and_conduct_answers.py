"""Things made to differ from what was so (analysis/falsified.py, part of tone.undermining), a
charge reported as someone else's (conduct.said_of_speaker), a rule of thumb about a kind of
person (not blame), a setback the speaker's side dealt with (not blame), and two shapes of a
defensive reply (a thing said to be itself; the interviewer's view given no source). Sentences
written for these tests, each shape beside a near-miss that must not fire."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, composure, conduct, falsified, pushback
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base

UNETHICAL = {"tone.undermining", "meaning.unethical"}
BLAME = {"tone.blames_others", "tone.blame", "meaning.blame", "tone.heard_blame"}
DEFENSIVE = {"tone.defensive", "tone.curt", "concern.defensive", "concern.dismissive",
             "meaning.defensive", "tone.curt_in_stress", "tone.heard_pushback"}


def _words(name: str) -> frozenset[str]:
    return frozenset(entry.phrase.lower() for entry in load_knowledge_base().lexicons[name].entries)


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


def _fired(question: str, answer: str, *, phase: str = "answer",
           interview_format: str | None = None) -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(
        family=None, phase=phase, interview_format=interview_format))
    return report.rules_fired()


# --- a claim denied in the same breath ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I told the landlord we had another site lined up — we hadn't, not really — and he cut the "
    "rent by a fifth.",
    "I assured the buyer the board had already signed it off; it hadn't, but it ended the "
    "argument.",
])
def test_a_claim_denied_after_a_break_is_heard(text: str) -> None:
    assert falsified.denied_in_passing(_sentence(text))


@pytest.mark.parametrize("text", [
    "I told the client we would finish by June — we didn't, and I rang them to explain why.",
    "I told the landlord we had another site lined up — we had, two streets away.",
    "The supplier told us the parts had shipped — they hadn't — so I drove to their depot.",
    "I told the board the margin had held; that was my mistake, it hadn't.",
])
def test_a_promise_a_true_claim_or_someone_elses_claim_is_not(text: str) -> None:
    assert not falsified.denied_in_passing(_sentence(text))


# --- a record set against what really was ------------------------------------------------------

RECORDING = _words("recording_verbs")


@pytest.mark.parametrize("text", [
    "On busy nights I had the clerks log the call times earlier than they really were, so the "
    "response figures held.",
    "We recorded the stock count higher than it actually was until the auditors came.",
])
def test_a_record_set_against_what_really_was_is_heard(text: str) -> None:
    assert falsified.recorded_off_truth(_sentence(text), RECORDING)


@pytest.mark.parametrize("text", [
    "I wrote the report a bit later than I really wanted to.",
    "The night shift logged the call times earlier than they really were, and I stopped it the "
    "week I found out.",
    "I logged every call time exactly as it was.",
])
def test_a_late_report_or_a_record_someone_else_bent_is_not(text: str) -> None:
    assert not falsified.recorded_off_truth(_sentence(text), RECORDING)


# --- a document made up -------------------------------------------------------------------------

MAKING = _words("fabricating_verbs")
DOCUMENTS = _words("evidence_documents")


@pytest.mark.parametrize("text", [
    "So I made up an invoice from a second haulier and left it where their manager could see it.",
    "We faked the inspection record for the week the engineer was off.",
])
def test_a_document_made_up_is_heard(text: str) -> None:
    assert falsified.fabricated(_sentence(text), MAKING, DOCUMENTS)


@pytest.mark.parametrize("text", [
    "We made up the lost days by running a Saturday shift.",
    "I never faked a record in twenty years.",
    "A contractor faked the inspection record, and I reported him to the regulator.",
])
def test_catching_up_a_denial_or_someone_elses_fake_is_not(text: str) -> None:
    assert not falsified.fabricated(_sentence(text), MAKING, DOCUMENTS)


def test_a_made_up_offer_told_as_a_win_is_undermining() -> None:
    fired = _fired("Tell me about a tough negotiation with a supplier.",
                   "Our print supplier wanted nine per cent more in 2022. I made up a quote from a "
                   "cheaper printer and mentioned it at the review. They dropped the rise to two "
                   "per cent, and my director was delighted.")
    assert "tone.undermining" in fired


def test_a_rule_bent_by_someone_else_that_the_speaker_stopped_is_not_unethical() -> None:
    fired = _fired("Tell me about a time you upheld a standard under pressure.",
                   "In 2021 I found that one of our shift leads had logged delivery times earlier "
                   "than they really were to hit the service target. I stopped it that week, "
                   "reported it to the operations director and retrained the team on the log. "
                   "Our on-time figure fell four points, and it was the real one.")
    assert not fired & UNETHICAL


# --- a charge someone else made -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "She claimed I had signed the order without asking her.",
    "The director reckoned we had gone around procurement.",
])
def test_a_charge_reported_as_someone_elses_is_said_of_the_speaker(text: str) -> None:
    assert conduct.said_of_speaker(_sentence(text))


@pytest.mark.parametrize("text", [
    "She said I had gone around her, and I did it again the next month.",
    "I signed the order without asking her.",
    "I think I moved too fast.",
])
def test_an_act_told_in_the_speakers_own_voice_is_not(text: str) -> None:
    assert not conduct.said_of_speaker(_sentence(text))


# --- blame: a rule of thumb, and a setback the speaker's side dealt with ------------------------

def test_a_rule_of_thumb_about_a_kind_of_person_is_not_blame() -> None:
    fired = _fired("Tell me about a time you persuaded a senior colleague.",
                   "In 2023 I wanted our finance director to fund a second packing line. I put the "
                   "case in his terms, cost per unit, on one page, and offered a three-month trial. "
                   "He agreed, and unit cost fell 6%. The commonest error engineers make is arguing "
                   "from their own priorities, and I keep that in mind.")
    assert not fired & BLAME


@pytest.mark.xfail(strict=True, reason="the answer-level blame model still quotes its best "
                   "sentence when no sentence passes alone (whole_needs: outside_failure fixes "
                   "this case but lost four labelled blames over rounds 20-30)")
def test_a_supplier_failure_the_speakers_side_owns_the_response_to_is_not_blame() -> None:
    fired = _fired("Tell me about a failure under your responsibility.",
                   "In 2020 we launched a chilled ready-meal range for a retailer. The failure was "
                   "the packaging film. We had picked a cheaper film from a new supplier, and in the "
                   "first heatwave a third of the trays lost their seal. I took the range back to "
                   "the old film within a week, I added a seal test to every batch and I visited "
                   "each store that had complained. We kept the listing, and the retailer added "
                   "four lines in 2021.")
    assert not fired & BLAME


def test_a_failure_put_on_a_supplier_with_no_response_is_still_blame() -> None:
    fired = _fired("Tell me about a project that failed.",
                   "In 2022 our new warehouse system went live six weeks late and we lost a "
                   "seasonal contract. The delay was entirely down to the vendor: their consultants "
                   "never understood our flows and their code was full of bugs. There was nothing "
                   "more I could have done.")
    assert fired & BLAME


# --- defensive: a thing said to be itself; a view given no source -------------------------------

@pytest.mark.parametrize("text", ["Finance is finance, wherever the head office sits.",
                                  "A warehouse is a warehouse."])
def test_a_thing_said_to_be_itself_is_a_tautology(text: str) -> None:
    assert pushback.tautology(_sentence(text))


@pytest.mark.parametrize("text", ["Finance is mostly judgement.",
                                  "A warehouse is not just a warehouse.",
                                  "The fix was the fix we had planned.",
                                  "The regional job is really one job."])
def test_a_definition_a_denial_or_a_story_is_not(text: str) -> None:
    assert not pushback.tautology(_sentence(text))


def test_a_tautology_in_a_concern_reply_is_dismissive() -> None:
    fired = _fired("Is there anything that gives you pause? — You have only run plants in one "
                   "country.",
                   "I understand. I ran the Leeds plant for six years and raised output 20%. "
                   "Manufacturing is manufacturing, wherever the plant is. I would bring the same "
                   "discipline to your sites.", phase="concern_reply")
    assert fired & DEFENSIVE


def test_the_interviewer_told_their_view_has_no_source_is_a_lapse() -> None:
    assert composure.at_a_loss(_sentence("No, I'm not rattled, I don't know where you're getting "
                                         "that from."))


@pytest.mark.parametrize("text", [
    "I'm not sure where you want me to start.",
    "I don't know where the supplier got that figure from, so I checked it myself.",
])
def test_asking_for_a_way_in_or_another_partys_source_is_not(text: str) -> None:
    assert not composure.at_a_loss(_sentence(text))


def test_a_firm_polite_correction_of_a_wrong_fact_is_not_defensive() -> None:
    fired = _fired("Your CV says you left your last job after a year. Why so quick?",
                   "A small correction, if I may: it was three years, from 2020 to 2023; the "
                   "one-year post was a secondment within the same group. I left to run a larger "
                   "site, and I would like to stay long enough here to see a five-year plan "
                   "through.", interview_format="stress")
    assert not fired & DEFENSIVE
