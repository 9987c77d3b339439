# ruff: noqa: E501
"""Shapes of three flaws read from the parse, each alone and through the whole analyser, flagged
and passed (sentences written for these tests): a measure made to read other than it was, people
judged not to need telling and a claim denied after a dash (analysis/appearance.py,
deception.py: tone.undermining); a setback placed wholly on others, or on others with no share
taken (attribution.py: tone.blames_others); a grievance with the speaker's present work
(grievance.py: tone.job_complaint)."""

from __future__ import annotations

import itertools

import pytest

from poise.analysis import analyse, appearance, attribution, deception, disfluency, grievance
from poise.analysis.meaning import WordClasses
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


def _words(name: str) -> frozenset[str]:
    return frozenset(entry.phrase.lower() for entry in load_knowledge_base().lexicons[name].entries)


def _others() -> WordClasses:
    return WordClasses(targets=_words("third_parties") | _words("role_nouns") | _words("circumstances")
                       | {"he", "she", "they"})


def _rules(question: str, answer: str) -> set[str]:
    return {finding.rule for finding in analyse(question, answer).findings}


@pytest.mark.parametrize("text", [
    "I had the analyst re-run the regional figures against last year's baseline, so the margin looked healthier than it actually was.",
    "We restated the pipeline in dollars, so the growth seemed bigger than it really was.",
])
def test_made_to_look_other_than_it_was(text: str) -> None:
    assert appearance.looks_other_than_it_was(_sentence(text))


@pytest.mark.parametrize("text", [
    "The old model made our costs look lower than they really were, so I rebuilt it from the invoices.",  # the speaker corrected it
    "We made sure the forecast did not look better than it really was.",  # denied
    "I rebuilt the forecast so it looked more like the actual spend.",  # no "really" against it
])
def test_not_made_to_look_other_than_it_was(text: str) -> None:
    assert not appearance.looks_other_than_it_was(_sentence(text))


@pytest.mark.parametrize("text", [
    "I moved the returns into a separate category, so they fell out of the monthly average.",
    "I asked finance to book the refunds in April so the late orders dropped off the dashboard for March.",
])
def test_kept_out_of_a_measure(text: str) -> None:
    assert appearance.kept_out_of_measure(_sentence(text))


@pytest.mark.parametrize("text", [
    "The budget dropped out of the plan when the board cut capital spending.",  # nobody's purpose
    "So the late orders fell off the dashboard, which is when I noticed the feed had broken.",  # no act of the speaker before it
    "I cleaned the duplicates so the numbers finally matched what the warehouse held.",
])
def test_not_kept_out_of_a_measure(text: str) -> None:
    assert not appearance.kept_out_of_measure(_sentence(text))


@pytest.mark.parametrize("text", [
    "I agreed the new spec with engineering, and there was no need to trouble the customer with the detail.",
    "I decided the regional director didn't need to know about the two failed batches.",
])
def test_judged_no_need_to_tell(text: str) -> None:
    assert appearance.no_need_to_tell(_sentence(text))


@pytest.mark.parametrize("text", [
    "I told the team there was no need to worry.",  # reassurance: nobody kept uninformed
    "I didn't need to tell them twice.",  # the speaker's own need
    "There was no need to escalate it, because the fix went in the same afternoon.",
    "The client said there was no need to update them until Friday.",  # the client's own wish
])
def test_not_judged_no_need_to_tell(text: str) -> None:
    assert not appearance.no_need_to_tell(_sentence(text))


def _denied(text: str) -> bool:
    sentences = list(parse(text).sentences)
    return any(deception.claim_then_denied(said, after)
               for said, after in itertools.pairwise(sentences))


def test_a_claim_denied_by_a_bare_auxiliary_before_a_dash() -> None:
    assert _denied("I told them we had a second bidder ready to sign. We didn't — but it moved the price.")
    assert not _denied("I told the board the unit was sold. We didn't finish the audit until June.")
    assert not _denied("I told them we would finish by May. We didn't — the steel arrived six weeks late.")


def test_a_bare_denial_before_a_dash_is_no_false_start() -> None:
    text = "I said we had a signed offer, um, from a rival. We didn't — we'd had one call — but it worked."
    cleaned = disfluency.clean(text, parse(text).sentences)
    assert "We didn't" in cleaned.text
    started = "I was — we decided to wait, um, a week."
    assert "I was" not in disfluency.clean(started, parse(started).sentences).text


def test_undermining_through_the_analyser() -> None:
    question = "Tell me about a time you turned round a poor result."
    flagged = ("Our handling time was the worst in the region. I had the team log the long calls under a "
               "separate code, so they dropped out of the average, and we hit the target in six weeks.")
    fair = ("Our handling time was the worst in the region. I listened to forty long calls, rewrote the "
            "two scripts that caused most of them, and we hit the target in six weeks.")
    assert "tone.undermining" in _rules(question, flagged)
    assert "tone.undermining" not in _rules(question, fair)


@pytest.mark.parametrize("text", [
    "The launch slipped by a month, which was entirely because of the vendor.",
    "That overrun was squarely down to the landlord.",
])
def test_setback_placed_wholly(text: str) -> None:
    sent = _sentence(text)
    assert attribution.placed_wholly(sent, attribution.origin_placed(sent, _others(), _words("setback_nouns")))


@pytest.mark.parametrize("text", [
    "A good part of that was down to the subcontractor.",  # a part, not the whole
    "The delay was because of my own estimate.",  # the speaker's cause
])
def test_setback_not_placed_wholly(text: str) -> None:
    sent = _sentence(text)
    assert not attribution.placed_wholly(sent, attribution.origin_placed(sent, _others(), _words("setback_nouns")))


def test_blame_placed_on_others_stays_blame_after_the_speaker_acts() -> None:
    question = "Tell me about a project that did not go to plan."
    blamed = ("The rollout slipped by six weeks, which was entirely because of the vendor. I set up a "
              "daily call, I rewrote the test plan and I moved the training to the evenings.")
    owned = ("The rollout slipped by six weeks, which was partly because of the vendor, but the mistake "
             "was mine: I had not checked their staffing. I set up a daily call, I rewrote the test plan "
             "and I moved the training to the evenings.")
    assert "tone.blames_others" in _rules(question, blamed)
    assert "tone.blames_others" not in _rules(question, owned)


@pytest.mark.parametrize("text", [
    "Honestly, the current set-up has worn me down over the last couple of years.",
    "The endless reorganisations frustrate me.",
])
def test_worn_down_now(text: str) -> None:
    assert grievance.worn_down(_sentence(text))


@pytest.mark.parametrize("text", [
    "The night shifts wore me out that winter, so I moved the rota to fixed teams.",  # a past story
    "The new rota has helped me plan my weeks.",
    "It frustrates me when people miss deadlines.",  # a general dislike
])
def test_not_worn_down_now(text: str) -> None:
    assert not grievance.worn_down(_sentence(text))


def test_nobody_heeds_the_speakers_work() -> None:
    assert grievance.nobody_heeds(_sentence("I spend half my week putting together reports nobody reads."))
    assert not grievance.nobody_heeds(_sentence("Nobody reads a forty-page report, so I write one page."))
    assert not grievance.nobody_heeds(_sentence("Nobody has ever complained about the new process since we launched it."))


@pytest.mark.parametrize(("text", "flagged"), [
    ("It stopped being interesting a long time ago.", True),
    ("The job has stopped being fun.", True),
    ("I stopped being defensive about feedback.", False),  # the speaker changed
    ("It never stopped being interesting.", False),
    ("The customer complaints stopped after the fix.", False),
])
def test_stopped_being_good(text: str, flagged: bool) -> None:
    assert grievance.stopped_being_good(_sentence(text)) is flagged


def test_job_complaint_through_the_analyser() -> None:
    question = "Why are you looking to move on from your current role?"
    complaint = ("I've run the regional desk for four years. Honestly, it stopped being interesting a long "
                 "time ago, and I spend most of my week on status packs nobody reads.")
    forward = ("I've run the regional desk for four years and built it from six people to twenty. The "
               "next step for me is a national desk, and that is what this post is.")
    assert "tone.job_complaint" in _rules(question, complaint)
    assert "tone.job_complaint" not in _rules(question, forward)
