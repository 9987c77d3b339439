"""Conduct told as a win and pushback on the interviewer, read from the parse: a claim told
against what the speaker has just said was really so (analysis/deception.py), other bidders'
figures passed to a party so it could set its own afresh (analysis/rival_terms.py), part of a
record presented and the rest kept back (analysis/withheld.py), the interviewer's question
belittled or passed over (analysis/pushback.py), and verbs joined to an imagined one
(conduct.only_imagined). Sentences written for these tests, each shape beside near-misses that
must not fire."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, conduct, deception, pushback, rival_terms, withheld
from poise.analysis.rules.engine import RuleConfig
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base

RULES_ALONE = AnalysisContext(family=None, phase="answer", rules=RuleConfig(whole_answer=False))


def _lexicon(name: str) -> frozenset[str]:
    lexicon = load_knowledge_base().lexicons[name]
    return frozenset(entry.phrase.lower() for entry in lexicon.entries)


def _sentences(text: str) -> list[Sentence]:
    return list(parse(text).sentences)


# --- a claim told against what was just said to be so ---------------------------------------------

def _against_truth(text: str) -> bool:
    sentences = _sentences(text)
    return any(deception.claim_against_truth(sent, before)
               for before, sent in zip((None, *sentences[:-1]), sentences, strict=True))


@pytest.mark.parametrize("text", [
    "None of the other quotes was actually cheaper, but I told the haulier we had two lower "
    "offers on the table.",
    "Neither of the rival bids was really lower, but I told the landlord that we had a firm "
    "offer under his price.",
    # the denial closes the sentence before
    "We did not really have a second buyer. But I told the agent that another buyer had made an "
    "offer.",
])
def test_a_claim_told_against_the_truth(text: str) -> None:
    assert _against_truth(text)


@pytest.mark.parametrize("text", [
    "It wasn't actually my call, but I told the director that the data backed the change.",
    "None of the bids was actually lower, but I told the supplier we would stay with them.",
    "The delay was not actually our fault, but I told the client we would cover the cost.",
    "None of the bids was actually lower, so I told the board that the incumbent offer was best.",
    "The figures were not actually final, but I told my team they could start planning.",
    "The other offers were lower. But I told the supplier that we had two offers.",
])
def test_no_claim_against_the_truth(text: str) -> None:
    assert not _against_truth(text)


# --- other bidders' figures passed so a party could reset its own ----------------------------------

def _passed(text: str) -> bool:
    return any(rival_terms.others_figures_passed_to_reset(sent) for sent in _sentences(text))


@pytest.mark.parametrize("text", [
    "The evening before the panel I rang him and told him the prices of the other offers, so he "
    "could adjust and come in just under the cheapest.",
    "I sent the incumbent the other quotes so they could match them.",
    "I showed her the competing bids, so she could sharpen her price.",
    "I sent the director of the second firm the other quotes, so he could lower his price.",
])
def test_other_bidders_figures_passed(text: str) -> None:
    assert _passed(text)


@pytest.mark.parametrize("text", [
    "I showed the board the prices of the other offers, so they could choose.",
    "I showed the board the other bids so they could revise the budget.",  # the buyer's own side
    "I refused to tell him the prices of the other offers so he could adjust.",
    "He told me the prices of the other offers, so I could adjust.",  # someone else's act
    "I sent the supplier our own figures so they could adjust the delivery plan.",
    "I told him the prices of the other offers had gone up, so he could plan.",
])
def test_no_other_bidders_figures_passed(text: str) -> None:
    assert not _passed(text)


# --- part of a record presented, the rest kept back ----------------------------------------------

RECORDS = _lexicon("record_items")


def _in_part(text: str) -> bool:
    sentences = _sentences(text)
    return any(withheld.shown_in_part(sentences, index, RECORDS) for index in range(len(sentences)))


@pytest.mark.parametrize("text", [
    "I chose to submit only the later reading and to keep the first one in my drawer.",
    "I sent the inspector only the clean sample results and kept the failed ones back.",
    # the party asked for the whole record
    "The auditors asked for every reading from the quarter. I sent them only the March ones, and "
    "we passed.",
])
def test_part_of_a_record_shown(text: str) -> None:
    assert _in_part(text)


@pytest.mark.parametrize("text", [
    "I kept the original invoices in my files for seven years, as the law requires.",
    "The board asked for a one-page summary, so I presented only the summary.",
    "The board asked for every result. I presented only the two that met the budget, and "
    "explained why the others failed.",
    "I presented the second test and kept the first one in my files.",  # nothing shown "only"
    "I showed the client only the final draft and kept the earlier version to myself.",  # no record
    "I presented only the second test, because the first sample had been contaminated in transit.",
])
def test_no_part_of_a_record_shown(text: str) -> None:
    assert not _in_part(text)


# --- the answers as a whole -----------------------------------------------------------------------

@pytest.mark.parametrize(("question", "answer"), [
    ("Tell me about a negotiation you are proud of.",
     "Our cleaning contract had gone up twice in two years. I asked three firms to quote. None of "
     "the new quotes was actually lower, but at the final meeting I told our current supplier that "
     "we had a written quote 12 per cent below theirs. They cut their price that week, and we saved "
     "forty thousand a year."),
    ("Tell me about a hard call you made under pressure.",
     "A week before the customer's audit one of our hygiene tests failed; the repeat passed. The "
     "customer wanted all the results of the year. I decided to present only the repeat test and "
     "to keep the failed one in my own files. We passed the audit with our best score."),
])
def test_conduct_answers_raise_undermining(question: str, answer: str) -> None:
    report = analyse(question, answer, context=RULES_ALONE)
    assert "tone.undermining" in report.rules_fired()


# --- the interviewer's question belittled or passed over -------------------------------------------

SLIGHTS = _lexicon("question_slights")


def _slighted(text: str) -> bool:
    return any(pushback.question_slighted(sent, SLIGHTS) for sent in _sentences(text))


@pytest.mark.parametrize("text", [
    "Bit of a silly question for a finance role, if I'm honest.",
    "I don't think that comment is fair, to be honest.",
    "That's a pointless question.",
    "Honestly, that question is a bit loaded.",
    "That remark is unfair.",
    "I'll ignore the remark about my accent.",
])
def test_question_slighted(text: str) -> None:
    assert _slighted(text)


@pytest.mark.parametrize("text", [
    "That's a fair question.",
    "That's a hard question.",
    "He asked a silly question at the time.",  # a story
    "There are no silly questions in my team.",
    "The comment was not fair, so I raised it with HR.",  # a story
    "I ignored the remark and carried on with the audit.",  # a story
    "I think that comment is fair.",
])
def test_no_question_slighted(text: str) -> None:
    assert not _slighted(text)


def test_told_to_look_hears_the_trouble_not_taken() -> None:
    cognition = _lexicon("cognition_verbs")
    sent = _sentences("If you had taken the trouble to look at the trend, you would see it fell.")[0]
    assert pushback.told_to_look(sent, cognition)
    plain = _sentences("If you had taken the train, you would see the coast.")[0]
    assert not pushback.told_to_look(plain, cognition)


def test_a_belittled_question_is_defensive_in_a_stress_reply() -> None:
    context = AnalysisContext(family=None, phase="answer", interview_format="stress",
                              rules=RuleConfig(whole_answer=False))
    report = analyse("If you were a city, which would you be? Nothing predictable, please.",
                     "Bit of a silly question for a finance role, if I'm honest. Rotterdam, "
                     "because it rebuilt itself around its port.", context=context)
    assert "tone.defensive" in report.rules_fired()


# --- verbs joined to an imagined one ---------------------------------------------------------------

def test_verbs_joined_to_would_are_imagined() -> None:
    assert conduct.only_imagined(_sentences(
        "I would check the figures with the site lead, make sure the engineer is on the way, and "
        "call the client straight away so they hear it from us.")[0])


@pytest.mark.parametrize("text", [
    "I would check the log and I call the board every week.",  # a habit with its own subject
    "I would tell them, and I moved the figures into May.",
])
def test_told_acts_beside_would_are_not_imagined(text: str) -> None:
    assert not conduct.only_imagined(_sentences(text)[0])
