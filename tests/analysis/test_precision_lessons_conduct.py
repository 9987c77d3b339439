"""False praise and false alarms read from the parse: a skill learnt somewhere, a post held now
and another person's "still" are no lesson the speaker applies; a matter shown face to face or
presented to the people it concerns is open conduct. Each case is tried both ways, in the
project's own words."""

from __future__ import annotations

from poise.analysis.conduct import discloses
from poise.analysis.grammar import applied_lesson, carried_practice
from poise.analysis.praise_gates import lesson_quote_shown
from poise.analysis.text import Sentence, parse


def _first(text: str) -> Sentence:
    return parse(text).sentences[0]


def test_skill_learnt_somewhere_is_no_lesson() -> None:
    assert not lesson_quote_shown([_first("Spanish I write fluently, I learned it at college in Leeds.")])
    assert not lesson_quote_shown([_first("I learned the trade in my uncle's garage.")])


def test_lesson_learnt_in_a_job_still_shown() -> None:
    # near-miss: a place named, but a clause says what was learnt
    assert lesson_quote_shown([_first("I learned in that job that a rota nobody reads is no rota, "
                                      "and I now read mine aloud.")])
    # near-miss: learnt from a person, and carried on
    assert lesson_quote_shown([_first("I learned it from my first supervisor and I still do it every week.")])


def test_post_held_now_is_no_practice_carried() -> None:
    sent = _first("I ran the depot for nine years, now I am regional lead, and I am known for long hours.")
    assert not applied_lesson(sent)
    assert not carried_practice(sent)


def test_practice_carried_now_still_counts() -> None:
    # near-miss: "now" on a verb the speaker does
    sent = _first("Since then I ask every new supplier for two references.")
    assert applied_lesson(sent)
    assert carried_practice(sent)
    assert applied_lesson(_first("I now walk the floor before the first shift starts."))


def test_a_date_after_since_carries_nothing() -> None:
    sent = _first("I also make time to visit other depots, and I have been to eleven sites since 2021.")
    assert not applied_lesson(sent)


def test_someone_elses_still_is_not_the_speakers_practice() -> None:
    assert not applied_lesson(_first("When the client still refuses, we pause the work for a day."))
    # near-miss: the speaker's own "still"
    assert applied_lesson(_first("When the client refuses, I still call them the same afternoon."))


def test_matter_set_in_front_of_the_person_is_open() -> None:
    assert discloses(_first("I sat with her in the meeting room and I put the error log in front of her."))
    assert discloses(_first("I presented the budget to the trustees every month so that they saw "
                            "the same figures as we did."))


def test_hidden_or_misrepresented_is_not_open() -> None:
    # near-misses: framed as what it was not, or kept out of sight
    assert not discloses(_first("I presented the figures as final though the audit was still open."))
    assert not discloses(_first("I put the invoices in a drawer so the auditors never saw them."))
    assert not discloses(_first("I reported the pilot to the board as finished, although two sites "
                                "had not started."))


def _overclaims(answer: str) -> list[str]:
    from poise.analysis import analyse

    report = analyse("What do your colleagues rely on you for?", answer)
    return [finding.rule for finding in report.findings if finding.rule == "tone.overclaim"]


def test_record_qualified_by_the_speakers_own_condition_is_no_absolute() -> None:
    assert not _overclaims("I run the night shift at a sorting depot. In six years I have never missed "
                           "a handover if I could help it, and the day lead knows what is waiting for her.")


def test_unqualified_or_others_condition_still_an_absolute() -> None:
    # near-misses: no condition, or a condition on someone else
    assert _overclaims("I run the night shift at a sorting depot. In six years I have never missed a "
                       "handover, and the day lead knows what is waiting for her.")
    assert _overclaims("I run the night shift at a sorting depot. In six years I have never missed a "
                       "handover if you ask my team, and the day lead knows what is waiting for her.")
