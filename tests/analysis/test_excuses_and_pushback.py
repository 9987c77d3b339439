# ruff: noqa: E501
"""Blame put beyond the speaker (analysis/attribution.py: nothing anyone could have done, a cause
set against the speaker's own doing, a passive failure with an outside agent) and pushback on the
interviewer (analysis/pushback.py: the concern called overstated or its yardstick denied, the
interviewer told they have it wrong, the question's label refused): each mechanism alone, its
near-misses, and through the whole analyser (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, attribution, pushback
from poise.analysis.meaning import WordClasses
from poise.analysis.rules.flaws import question_words
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base


def _words(*names: str) -> frozenset[str]:
    kb = load_knowledge_base()
    return frozenset(entry.phrase.lower() for name in names for entry in kb.lexicons[name].entries)


def _others() -> WordClasses:
    return WordClasses(targets=_words("third_parties", "role_nouns", "circumstances"))


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


def _rules(question: str, answer: str, *, family: str | None = None) -> set[str]:
    context = AnalysisContext(family=family) if family else None
    return {finding.rule for finding in analyse(question, answer, context=context).findings}


# --- nothing anyone could have done -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "There was nothing anyone on the team could have done about the weather.",
    "There wasn't much we could have done once the regulator changed the rules.",
    "Frankly there was very little I could do about it by then.",
    "None of that was anything the warehouse could do much about.",
])
def test_nothing_to_be_done(text: str) -> None:
    assert attribution.nothing_to_be_done(_sentence(text))


@pytest.mark.parametrize("text", [
    "There is nothing you can do once a contract is signed, so I read every clause before it is.",  # a principle
    "If there had been nothing we could do, I would have said so.",  # a condition
    "I asked what else I could have done, and my manager said I should have escalated sooner.",  # owning
    "People said it couldn't be done, and we did it in nine months.",  # a task, passive
])
def test_not_nothing_to_be_done(text: str) -> None:
    assert not attribution.nothing_to_be_done(_sentence(text))


# --- a cause set against the speaker's own doing ------------------------------------------

@pytest.mark.parametrize("text", [
    "The slip came from the vendor's late parts, not from anything we did.",
    "It came down to the market rather than our execution.",
    "The delay was down to the permit office, not to the planning.",
    # a cause offered as the speaker's view still places it
    "I'd say the numbers reflect the exchange rate rather than the quality of leadership.",
    "The payroll system was configured by the vendor, not by us.",
])
def test_cause_set_against_own(text: str) -> None:
    assert attribution.cause_set_against_own(_sentence(text), _words("conduct_nouns"))


@pytest.mark.parametrize("text", [
    "I learned to bring their data rather than my opinions.",  # the speaker's own choice
    "I told her it was about the budget, not her work.",  # a verdict given to someone else
    "The delay was down to my planning, not the vendor.",  # owning a failure while naming a cause
    "I'd aim to give them one change, not a ten-point plan.",
    "The savings came from the new rota, not just from me.",  # credit shared
    "I'd say I learned to bring their data rather than my opinions.",  # a choice, under a view
])
def test_cause_not_set_against_own(text: str) -> None:
    assert not attribution.cause_set_against_own(_sentence(text), _words("conduct_nouns"))


# --- undone by an outside agent ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The launch was derailed by the regulator.",
    "Honestly, the programme was undone by the market.",
])
def test_undone_by(text: str) -> None:
    assert attribution.undone_by(_sentence(text), _others(), _words("failure_verbs"))


@pytest.mark.parametrize("text", [
    "The launch was delayed by my own late sign-off.",  # the speaker's own doing
    "The plan was approved by the board in May.",  # not a failure
    "If the launch had been derailed by the regulator, we had a fallback.",  # a condition
])
def test_not_undone_by(text: str) -> None:
    assert not attribution.undone_by(_sentence(text), _others(), _words("failure_verbs"))


def test_denial_after_the_speaker_owns_the_share() -> None:
    """ "That's on me, not her" owns the setback; the negation falls on someone else."""
    sent = _sentence("That's on me, not her.")
    assert not attribution.share_denied(sent)
    assert attribution.share_denied(_sentence("It's not really me, it's the system."))


# --- the concern minimised ---------------------------------------------------------------

TENURE_Q = "You have stayed less than two years in each of your last three jobs. Why would you stay here?"


@pytest.mark.parametrize("text", [
    "Honestly, I think that's a bit overstated.",
    "I think that is, frankly, rather overblown as a worry.",
    "The number of jobs is not the issue here.",  # the question's own term denied its standing
    "Honestly, job count is not the right way to look at a career.",  # a yardstick denied
    "With respect, tenure is a crude way to judge anybody.",
])
def test_concern_minimised(text: str) -> None:
    asked = question_words(TENURE_Q)
    assert pushback.concern_minimised(_sentence(text), asked, _words("acknowledging", "concern_words"))


@pytest.mark.parametrize("text", [
    "The forecast was overstated by about 4%, so I rebuilt it.",  # a past story, not the reply
    "I'm not the right person to judge my own tenure.",  # the speaker, not the question's term
    "The way we did it in Leeds isn't the right way for a bigger site.",  # a comparison of ways
    "That's a fair concern, and here is what I would do about it.",  # granted
    "I think it's overall a fair picture of my record.",  # not a participle of excess
])
def test_concern_not_minimised(text: str) -> None:
    asked = question_words(TENURE_Q)
    assert not pushback.concern_minimised(_sentence(text), asked, _words("acknowledging", "concern_words"))


# --- the interviewer told they are wrong; the label refused --------------------------------

@pytest.mark.parametrize("text", ["You've got the numbers wrong.", "With respect, you have it backwards."])
def test_told_wrong(text: str) -> None:
    assert pushback.told_wrong(_sentence(text))


@pytest.mark.parametrize("text", [
    "If you've got the numbers wrong, the forecast will be off.",  # a condition
    "Have you got the figures wrong?",  # a question
    "I got the numbers wrong in the first draft, and I fixed them the same day.",  # the speaker owns it
])
def test_not_told_wrong(text: str) -> None:
    assert not pushback.told_wrong(_sentence(text))


@pytest.mark.parametrize("text", [
    "I wouldn't call it a failure at all.",
    "I think it is not correct to call it a failure.",
])
def test_label_denied(text: str) -> None:
    assert pushback.label_denied(_sentence(text), _words("setback_nouns"))


@pytest.mark.parametrize("text", [
    "I'd call it a failure, and the failure was mine.",  # the label accepted
    "We called it a failure in the review and moved on.",  # a past story
])
def test_label_not_denied(text: str) -> None:
    assert not pushback.label_denied(_sentence(text), _words("setback_nouns"))


# --- through the whole analyser ------------------------------------------------------------

FAILURE_Q = "Tell me about a project that did not go to plan."
BLAME_RULES = {"tone.blames_others", "tone.blame"}
DEFENSIVE_RULES = {"tone.defensive", "tone.curt", "concern.defensive", "concern.dismissive"}


@pytest.mark.parametrize("answer", [
    "The depot move ran eleven weeks late. The council sat on the permit, the weather closed the "
    "site for a month, and there was nothing anyone on our side could have done about either.",
    "The rebrand landed badly with customers. It came down to the media market that spring rather "
    "than our execution, and the agency's timing did not help.",
    "The pilot was undone by the funding round. The investors moved the date twice and the "
    "product was never given a fair run.",
])
def test_blame_found_by_the_analyser(answer: str) -> None:
    assert _rules(FAILURE_Q, answer) & BLAME_RULES


@pytest.mark.parametrize("answer", [
    # owning the failure while naming a cause
    "The depot move ran eleven weeks late. The council was slow with the permit, but I had not "
    "built any slack into the plan; I now add four weeks for permits and the next move finished early.",
    # a neutral description of a constraint, then what the speaker did
    "The rebrand launched into a weak media market. I moved half the budget to in-store trials, "
    "rebuilt the message with the sales team and recovered the quarter by October.",
])
def test_no_blame_when_owned(answer: str) -> None:
    assert not _rules(FAILURE_Q, answer) & BLAME_RULES


def test_defensive_found_by_the_analyser() -> None:
    answer = ("Honestly, I think that's kind of overstated. Tenure is not the issue; each move was "
              "a step up and each one was my choice.")
    assert _rules(TENURE_Q, answer, family="stress_resistance") & DEFENSIVE_RULES


def test_calm_reply_is_not_defensive() -> None:
    answer = ("That's a fair worry. Two of those moves followed acquisitions, and the third was a "
              "promotion I asked for; I'd like to stay long enough to see a five-year plan through "
              "here, and I've stayed six years where the work allowed it.")
    assert not _rules(TENURE_Q, answer, family="stress_resistance") & DEFENSIVE_RULES


# --- near-misses that used to read as blame or as contradicting the interviewer -----------

def test_familiar_to_me_is_not_a_share_denied() -> None:
    """ "X isn't new to me" says what the speaker knows; only "wasn't down/due to me" denies a share."""
    from poise.analysis.rules.flaws import _denies_own_part

    assert not _denies_own_part(_sentence("So size and unions aren't new to me."))
    assert _denies_own_part(_sentence("It wasn't down to me."))


def test_impersonal_you_does_not_contradict() -> None:
    from poise.analysis.rules.flaws import _contradicts

    cognition = _words("cognition_verbs")
    assert not _contradicts(_sentence("You never really know with these things, right?"), cognition)
    assert _contradicts(_sentence("You don't understand how this plant runs."), cognition)


def test_a_clause_about_what_anyone_does_not_know_does_not_contradict() -> None:
    from poise.analysis.rules.flaws import _contradicts

    cognition = _words("cognition_verbs")
    # a lesson's free relative: anyone's not knowing, not the interviewer told they are wrong
    assert not _contradicts(_sentence("So my rule now is: never bluff about what you don't know."),
                            cognition)
    # a pseudo-cleft that tells the interviewer so, and a plain denial, still contradict
    assert _contradicts(_sentence("What you don't understand is that the cuts are already made."),
                        cognition)
    assert _contradicts(_sentence("You don't know what this site needs."), cognition)


@pytest.mark.parametrize("answer", [
    # a good cause of a good result
    "We kept 160 of them in work, and turnover dropped that quarter because people trusted what "
    "they were being told. I ran the briefings myself every Friday.",
    # a principle under a negation, not a story
    "You can't let a problem fester, because the rest of the team sees it. I raise it within a "
    "week, in private, and agree one change with a date.",
    # things that failed, in a clause of time
    "In the trial we caught seven tyres before they failed, and downtime fell by a third once I "
    "rolled the sensors out to all 34 trucks.",
])
def test_not_blame(answer: str) -> None:
    assert not _rules("Tell me about a result you are proud of.", answer) & BLAME_RULES


def test_a_compound_classifies_rather_than_judges() -> None:
    """ "the casualty unit was the problem area" names where the work was; "the unit was a
    problem" would judge it."""
    from poise.analysis.meaning import judged_targets

    people = WordClasses(targets=_words("third_parties", "role_nouns"))
    assert not judged_targets(_sentence("When I arrived, the night unit was the problem area."), people,
                              judgement_verbs=_words("judgement_verbs"))
    assert judged_targets(_sentence("When I arrived, the night unit was a real mess."), people,
                          judgement_verbs=_words("judgement_verbs"))


# --- a question tag that turns the challenge back -----------------------------------------

@pytest.mark.parametrize("text", [
    "Well, I'd hardly invent numbers in an interview, would I?",
    "Staying four years somewhere is hardly a weakness, is it?",
    "Nobody could promise that in a first meeting, could they?",
])
def test_tag_question(text: str) -> None:
    assert pushback.tag_question(_sentence(text))


@pytest.mark.parametrize("text", [
    "So we ran a full review of the rota, right?",  # a spoken filler, not a tag
    "Could you say more about the team I'd inherit?",  # a real question
    "Is it the budget size that worries you?",
    "What would I change first?",
])
def test_not_tag_question(text: str) -> None:
    assert not pushback.tag_question(_sentence(text))


def test_tag_question_counts_only_under_challenge() -> None:
    question = "You have never run a plant this size. Why should we take the risk?"
    answer = ("Well, every plant runs on the same basics, doesn't it? I ran two lines with 400 people "
              "and took scrap from 6% to 2.5% in a year.")
    assert _rules(question, answer, family="stress_resistance") & DEFENSIVE_RULES
    calm = ("Every plant runs on the same basics, doesn't it? I ran two lines with 400 people and "
            "took scrap from 6% to 2.5% in a year.")
    assert not _rules("Tell me about a result you are proud of.", calm, family="achievements") & {"tone.defensive"}


def test_an_indefinite_person_in_the_present_is_anyone() -> None:
    """ "a supervisor who lets poor work slide is being unfair" is a principle about anyone; "the
    supervisor was unfair" judges someone."""
    from poise.analysis.meaning import judged_targets

    people = WordClasses(targets=_words("third_parties", "role_nouns"), negative=_words("verdict_words"))
    verbs = _words("judgement_verbs")
    assert not judged_targets(_sentence("A supervisor who lets poor work slide is being unfair to the rest."),
                              people, judgement_verbs=verbs)
    assert judged_targets(_sentence("The supervisor was unfair to the rest of the crew."), people,
                          judgement_verbs=verbs)
