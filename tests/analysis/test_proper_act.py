"""Hard but proper acts that the meaning model hears as misconduct, read from the parse
(analysis/proper_act.py, the ``proper: drop`` gate of meaning.unethical), and the conduct told as
a win that the parse now reads (going around a person, a worker pushed out with no tribunal, a
rival's invoices passed by a friend). Sentences written for these tests; each improper shape
stands beside a near-miss that must not be read as proper, or must not fire."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, conduct, confidential, proper_act, pushed_out
from poise.analysis.rules.engine import RuleConfig
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base

UNETHICAL = {"tone.undermining", "meaning.unethical"}
RULES_ALONE = AnalysisContext(family=None, phase="answer", rules=RuleConfig(whole_answer=False))


def _words(name: str) -> frozenset[str]:
    return frozenset(entry.phrase.lower() for entry in load_knowledge_base().lexicons[name].entries)


STEPS = _words("due_process")
LEAVING = _words("leaving_words")
FORMAL = _words("formal_steps")


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


# --- handed over because it was asked for ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I sent the extra statements they asked for, with the signed budget.",
    "I forwarded the minutes to the new treasurer because she asked for them.",
    "As requested, I emailed the safety file to the site inspector.",
    "I shared the draft plan with the trustees at the chair's request.",
])
def test_at_request_reads_a_document_asked_for(text: str) -> None:
    assert proper_act.at_request(_sentence(text))


@pytest.mark.parametrize("text", [
    # handed over unasked
    "I sent the extra statements to the funder before anyone asked.",
    # a third party's thing is not the speaker's to hand, asked for or not
    "I sent the other bidder's quote to the buyer because he asked for it.",
    # the speaker asked, not the party handed to
    "I sent the file to the printer because I asked for a proof.",
    # handed over by someone else
    "She forwarded the minutes because the auditor asked for them.",
])
def test_at_request_leaves_an_unasked_or_improper_handing(text: str) -> None:
    assert not proper_act.at_request(_sentence(text))


# --- agreed by the party it was put to ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The owner agreed after I showed him we could recover half of it through the grant.",
    "After I explained the risk, the board approved the extra spend.",
    "I put the case to the trustees and it was approved by the trustees in May.",
])
def test_agreed_after_told_reads_a_decision_made_in_the_open(text: str) -> None:
    assert proper_act.agreed_after_told(_sentence(text))


@pytest.mark.parametrize("text", [
    "I drafted the visitor policy and the board adopted it in May.",
    "I wrote the test criteria with our chemist, and the client added them to the order.",
])
def test_taken_up_reads_the_speaker_s_work_made_the_party_s_decision(text: str) -> None:
    assert proper_act.agreed_after_told(_sentence(text))


@pytest.mark.parametrize("text", [
    # what the speaker did to the work is no making of it
    "I doctored the log and the auditor used it.",
    # the party did not take it up
    "We wrote the plan and they ignored it.",
    # no pointer back to the speaker's work
    "I wrote the figures and the director signed the report.",
])
def test_taken_up_leaves_work_not_taken_up(text: str) -> None:
    assert not proper_act.agreed_after_told(_sentence(text))


@pytest.mark.parametrize("text", [
    # the party did not agree
    "The owner didn't agree after I showed him the cost.",
    # the speaker agreed with someone else's act
    "I agreed after he showed me the figures.",
    # an approval with no putting of the matter by the speaker
    "The board approved the spend in March.",
    # a passive with no agent names the thing signed, not who consented to what was put
    "I asked the caterer to take on the clerk's nephew, and a week later the licence was signed.",
])
def test_agreed_after_told_needs_the_party_s_consent_to_what_the_speaker_put(text: str) -> None:
    assert not proper_act.agreed_after_told(_sentence(text))


# --- refused ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I refused to backdate the delivery notes, and we lost the order.",
    "When the buyer offered me tickets, I turned them down.",
    "He asked me to send him the other bids and I declined.",
    "When he asked me to move the dates, I said no.",
])
def test_refused_reads_the_speaker_saying_no(text: str) -> None:
    assert proper_act.refused(_sentence(text))


@pytest.mark.parametrize("text", [
    # someone else refused
    "The supplier refused to send the test data.",
    # the speaker did not refuse
    "I didn't refuse the tickets.",
    # "turned" and "said" without a refusal
    "I turned to the finance team for help.",
    "I said the figures were final.",
])
def test_refused_leaves_other_turns_and_sayings(text: str) -> None:
    assert not proper_act.refused(_sentence(text))


# --- through a formal step ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We dismissed him after a full disciplinary hearing.",
    "We let him go after a proper process with HR.",
    "We moved the cleaning contract to a new firm after an open tender.",
])
def test_through_process_reads_a_hard_act_done_by_the_process(text: str) -> None:
    assert proper_act.through_process(_sentence(text), STEPS)


@pytest.mark.parametrize("text", [
    "We dismissed him without a hearing.",
    "I let him go before the hearing.",
    "We moved the contract to my cousin's firm with no tender.",
    # the step is someone else's; the act is not the speaker's
    "The contract went to a rival after the tender.",
    # a step named inside what the act went through, not the act's own way
    "I made sure, through a friend on the evaluation panel, that we saw the other bids first.",
])
def test_through_process_leaves_a_step_spared(text: str) -> None:
    assert not proper_act.through_process(_sentence(text), STEPS)


# --- a mistake owned -----------------------------------------------------------------------------

def test_owns_fault_reads_a_contracted_is() -> None:
    assert conduct.owns_fault(_sentence("So that's on me, full stop."))
    assert not conduct.owns_fault(_sentence("That's not on me."))
    assert not conduct.owns_fault(_sentence("He's on leave this week."))


def test_owned_in_story_reads_the_owning_anywhere_in_the_answer() -> None:
    sentences = parse("I skipped the second trial to save a week. The load was rejected. "
                      "That was on me.").sentences
    assert proper_act.owned_in_story(sentences)
    assert not proper_act.owned_in_story(parse("I skipped the second trial to save a week. "
                                               "The load went out on time.").sentences)


# --- conduct told as a win that the parse now reads ---------------------------------------------

def test_no_formal_step_as_the_kind_of_a_noun_is_spared() -> None:
    assert pushed_out.left_without_process(
        _sentence("Within a month he handed his notice in."),
        _sentence("No grievance risk, no appeal, all sorted."), LEAVING, FORMAL)
    # the step followed, not spared
    assert not pushed_out.left_without_process(
        _sentence("Within a month he handed his notice in."),
        _sentence("The grievance panel met twice before that."), LEAVING, FORMAL)


def test_a_rival_s_invoices_passed_to_the_speaker_by_a_contact() -> None:
    assert confidential.figure_passed(_sentence("He sent me copies of their invoices, so I knew "
                                                "what they paid."))
    # a party's own invoices, sent by that party
    assert not confidential.figure_passed(_sentence("The supplier sent me their invoices for "
                                                    "the quarter."))


def test_going_around_a_person_is_conduct_told_as_a_win() -> None:
    answer = ("My director wanted to sign the bulk deal and would not listen. So I went around "
              "her. I took my numbers straight to the group chairman over a weekend, and the deal "
              "was cut back on the Monday. It worked out very well for us.")
    assert analyse("Tell me about a time you disagreed with your boss.", answer,
                   context=RULES_ALONE).rules_fired() & UNETHICAL


def test_going_round_a_place_is_no_conduct() -> None:
    answer = ("Every morning I went round the wards with the charge nurse and asked each team "
              "what had slowed them down. We fixed the three biggest delays within a month, and "
              "discharge before noon went from 20 to 45 percent.")
    assert not analyse("Tell me about a process you improved.", answer,
                       context=RULES_ALONE).rules_fired() & UNETHICAL


def test_a_worker_pushed_out_through_the_rota_with_no_tribunal() -> None:
    answer = ("HR said I would need a three-month improvement plan for him, and I didn't fancy "
              "that. So I put him on every late shift and took him off the counter. Within five "
              "weeks he handed his notice in. No tribunal risk, no paperwork, job done.")
    assert analyse("Tell me about a time you had to let someone go.", answer,
                   context=RULES_ALONE).rules_fired() & UNETHICAL


def test_a_dismissal_through_the_proper_process_is_no_conduct() -> None:
    answer = ("His timekeeping kept slipping, so I met him, wrote down what we agreed and set "
              "a review for six weeks. Nothing changed, so we went through the full disciplinary "
              "process with HR, a hearing and an appeal. He was dismissed after the appeal, and "
              "I made sure he had a fair reference for the work he had done well.")
    assert not analyse("Tell me about a time you had to let someone go.", answer,
                       context=RULES_ALONE).rules_fired() & UNETHICAL
