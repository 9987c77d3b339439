"""Sentences of an advert that ask nothing of the candidate, told apart by their grammar: how to
apply, a step once someone is chosen, the post's terms and hours, duties left open. Each keeps
its look-alike that does ask something."""

from __future__ import annotations

from poise.fit.job_line_purpose import purpose_of
from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for


def _purpose(text: str, section: str = "duties") -> str:
    patterns = patterns_for(None)
    return purpose_of(text, section, patterns.content.cues.not_asking, patterns.work_mode_of(text))


def test_the_applicants_own_papers_make_an_instruction_to_apply() -> None:
    assert _purpose("Kindly upload your CV and a short letter through the careers page.") == "applying"
    assert _purpose("We will be glad to receive your full application pack by the end of May.",
                    "unknown") == "applying"
    # "applications" that are software, owned by nobody reading: a duty
    assert _purpose("Own the roadmap for the bank's lending applications and their vendors.") == ""


def test_the_employer_asking_to_hear_from_the_reader_is_an_invitation() -> None:
    text = "Not sure you tick every box? We would love to hear from you all the same."
    assert _purpose(text, "must") == "applying"
    assert _purpose("Hear from customers every week and turn what they say into priorities.") == ""


def test_a_check_the_chosen_person_must_pass_is_a_step_after_hiring() -> None:
    text = ("The successful candidate will be asked to pass a background screening and a "
            "fitness-for-work examination.")
    assert _purpose(text, "must") == "after_hire"
    # the chosen person's duties are duties
    assert _purpose("The successful candidate will run a fleet of 90 vehicles.") == ""


def test_something_obtained_within_a_time_of_starting_is_a_step_after_hiring() -> None:
    assert _purpose("First aid certificate to be obtained within 60 days of appointment.",
                    "unknown") == "after_hire"
    # offered as an alternative to holding it now, it is still asked
    assert _purpose("Chartered status, or gained within two years of starting in post", "must") == ""


def test_a_sentence_about_the_posts_terms_outside_a_list_of_criteria() -> None:
    assert _purpose("The post is remote, with a monthly day at the Bristol office.") == "terms"
    assert _purpose("This position is located at our Lyon depot.") == "terms"
    assert _purpose("The role is subject to the regulator's approval regime for senior staff.",
                    "unknown") == "terms"
    # listed as a criterion, the same terms are asked for
    assert _purpose("This position is located at our Lyon depot.", "must") == ""
    # the post as the subject of a duty
    assert _purpose("The role leads the regional finance teams and the audit plan.") == ""


def test_hours_outside_the_day_as_a_full_sentence_are_an_arrangement() -> None:
    assert _purpose("You will sometimes chair weekend events for members and volunteers.",
                    "unknown") == "hours"
    # a criterion ("able to …") and a description of the person are not
    assert _purpose("Able to attend weekend events", "must") == ""
    assert _purpose("You are a calm leader who is present on night shifts when needed.",
                    "unknown") == ""


def test_duties_left_open_are_no_requirement() -> None:
    assert _purpose("Undertake any other tasks reasonably asked of you by the Chief Executive.") == (
        "open_duties")
    assert _purpose("Lead the other directors through the annual planning round.") == ""


def test_the_job_reader_keeps_the_asks_and_drops_the_rest() -> None:
    advert = """# Head of Facilities

## What you will do
- Run maintenance across 14 depots with a team of 35
- Any other duties consistent with the grade, as agreed with your manager

This role is hybrid, with two days a week at the Derby office.

## What you need
- Eight years of facilities management experience
- Able to attend evening meetings

## Apply
Please send your CV to the recruitment team; we look forward to your application.
"""
    texts = [requirement.text for requirement in read_job(advert).requirements]
    assert "Run maintenance across 14 depots with a team of 35" in texts
    assert "Able to attend evening meetings" in texts
    assert not any("other duties" in text or "hybrid" in text or "CV" in text for text in texts)


def test_a_heading_over_the_hirings_conditions_is_read_by_meaning_before_its_requirements_word() -> (
        None):
    advert = """# Site Director

## Requirements
- Ten years running process plants

## Pre-appointment requirements
- A clean pre-start drug and alcohol test
- Proof of identity on the first day

## Working conditions
- Noise and heat on the plant floor
"""
    texts = [requirement.text for requirement in read_job(advert).requirements]
    assert texts == ["Ten years running process plants"]


def test_the_terms_a_post_is_held_on_ask_nothing() -> None:
    assert _purpose("Permanent, pensionable employment with a six-month probation", "unknown") == "reward"
    assert _purpose("Three-year renewable executive contract", "unknown") == "reward"
    assert _purpose("Pay is reviewed each April against the sector index.", "unknown") == "reward"
    # contracts that are the work, and an appointment that requires something, ask
    assert _purpose("Negotiate contracts with the three main hauliers.") == ""
    assert _purpose("Appointment to the post requires chartered status.", "unknown") == ""


def test_a_request_made_with_please_is_addressed_to_the_applicant() -> None:
    assert _purpose("Please set out in one page how you meet each criterion.", "must") == "applying"
    # a reminder of what is asked is still an ask
    assert _purpose("Please note that a valid forklift licence is essential.", "must") == ""


def test_what_is_done_to_the_chosen_candidate_is_a_step_after_hiring() -> None:
    assert _purpose("The successful candidate will be helped through registration with the board.",
                    "unknown") == "after_hire"
    assert _purpose("The successful candidate will be required to hold a clean driving licence.",
                    "unknown") == ""
