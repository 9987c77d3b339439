"""The last check on a tone finding (analysis/tone_checks.py, rules/aimed.py): criticism needs
someone else the speaker judges, blame a failure put outside the speaker, a job complaint the
speaker's own work. Each check has fresh sentences that keep the finding and near misses that do
not, written here."""

from __future__ import annotations

import pytest

from poise.analysis import tone_checks
from poise.analysis.analyse import AnalysisContext, analyse
from poise.analysis.text import parse
from poise.content.loader import knowledge_base


def _words(*names: str) -> frozenset[str]:
    kb = knowledge_base()
    return frozenset(entry.phrase.lower() for name in names for entry in kb.lexicons[name].entries)


def _third_party(text: str) -> bool:
    (sent,) = parse(text).sentences
    return tone_checks.third_party(sent, people=_words("third_parties", "role_nouns"),
                                   feelings=_words("passing_states"),
                                   cognition=_words("cognition_verbs"))


@pytest.mark.parametrize(("text", "judged"), [
    ("The new finance director has no idea how a warehouse runs.", True),
    ("Frankly the owners were more interested in their boat than in the shops.", True),
    ("Most of the surveyors we hired could not read a drainage plan.", True),
    ("He never once came down to the loading bay in two years.", True),
    ("Head office is run by people who have never sold a thing.", True),
    # near misses: a reaction of others, a type sketched, a view reported as others', no one at all
    ("The regional director was not pleased, since the story reached the local paper.", False),
    ("Our biggest customer, they rely on me personally and ask for me by name.", False),
    ("In my view a chief executive is like a ship's pilot: she reads the water for everyone.",
     False),
    ("What I find people misjudge about inspections is that they rush.", False),
    ("Some think that council planners are slow and fussy, but that is a cliché.", False),
    ("Nobody in that office had a clue how the tills were counted.", True),
    ("She called my plan reckless because she liked to study every option for months.", True),
    # no one named at all: the model's reading stands (a place or a "bunch" may be what is judged)
    ("Honestly, the procedures were written for buying stationery, not for floods.", True),
    # two clauses run together: the first is the speaker's verdict, not a view reported
    ("The auditors were rigid, they think every form is sacred.", True),
    # a department named with a plural verb is people, even when the next clause is a feeling
    ("Frankly IT were useless, they were worried about their own tickets.", True),
    ("IT were worried about the outage all week.", False),
])
def test_criticism_needs_someone_the_speaker_judges(text: str, judged: bool) -> None:
    assert _third_party(text) is judged


def _outside(text: str) -> bool:
    (sent,) = parse(text).sentences
    return tone_checks.outside_cause(sent)


@pytest.mark.parametrize(("text", "blamed"), [
    ("The shipping line cancelled two sailings and we lost the Christmas window.", True),
    ("Really there was nothing a site manager could do about the weather that winter.", True),
    ("If the architects had delivered on time we would have opened in spring.", True),
    # near misses: the thing claimed as the speaker's own, a lesson drawn, an elliptic reply
    ("The call to delay was mine, not the sales director's.", False),
    ("What I learned is that plans drawn up by head office rarely survive the first week.", False),
    ("They didn't.", False),
])
def test_blame_needs_a_failure_put_outside(text: str, blamed: bool) -> None:
    assert _outside(text) is blamed


def _own_job(text: str, phrase: str) -> bool:
    (sent,) = parse(text).sentences
    start = text.index(phrase)
    return tone_checks.own_job(sent, start, start + len(phrase),
                               people=_words("third_parties", "role_nouns"),
                               work=_words("work_nouns"))


@pytest.mark.parametrize(("text", "phrase", "complaint"), [
    ("Honestly I am fed up with the reporting cycle here.", "fed up", True),
    ("I hated that job by the end of the second year.", "hated", True),
    ("The useless people in purchasing never answer a request.", "useless people", True),
    # near misses: someone else's feeling, a denial, another's view, a past feeling told as a
    # career turn with nothing of the job in it
    ("The landlord got fed up with the delays and sold the site.", "fed up", False),
    ("I persuaded the board that a pilot was not a waste of time.", "waste of time", False),
    ("In Japan, buyers think that a quick call is a waste of time.", "waste of time", False),
    ("That is how I moved into data, because I got sick of typing the same figures.", "sick of",
     False),
])
def test_job_complaint_needs_the_speakers_own_work(text: str, phrase: str,
                                                   complaint: bool) -> None:
    assert _own_job(text, phrase) is complaint


def _rules(question: str, answer: str) -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(family=None))
    return report.rules_fired()


CRITICISM = {"tone.judges_others", "tone.badmouthing", "meaning.badmouthing",
             "tone.heard_criticism"}


def test_reaction_of_others_is_not_criticism_in_the_report() -> None:
    fired = _rules(
        "Tell me about a decision you took that was unpopular.",
        "I closed the loss-making Saturday service at the depot. The chair of the trust was not "
        "pleased, let us say, because it made the local radio. I wrote to every affected family, "
        "moved the two drivers to weekday routes, and the depot broke even within a year.")
    assert not fired & CRITICISM


def test_verdict_on_a_predecessor_still_criticism_in_the_report() -> None:
    fired = _rules(
        "Why are you leaving your current role?",
        "My predecessor was lazy and never bothered to read a contract, and the owners are "
        "clueless about the business. I want a bigger remit.")
    assert fired & CRITICISM
