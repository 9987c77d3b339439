"""An advert written as prose with no headings at all, and sentences that look like asks but ask
nothing (issue 12: "every line that states a duty or requirement becomes a requirement; nothing
is dropped silently"): a sentence that tells the candidate what they will do or have done is a
requirement of its kind or "other"; a need denied, a check made before the start and duties left
open are not."""

from __future__ import annotations

from poise.fit.job_line_purpose import asks_of_candidate, purpose_of
from poise.fit.job_lines import coordinated_duties
from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for

PROSE = """# Head of Platform at Tessel

Tessel makes scheduling software for dental practices across the Benelux.

You'll own the move of our billing service onto a new event bus this spring, and you'll retire the
old message queue by the end of the summer.
You'll still be close enough to the code to read a design document and question it.
You won't be writing features, though.
You'll work side by side with our product lead on the plan – we don't hand work over a wall.
Ideally you've grown a platform team from a handful of people to thirty before.
We care about what you've shipped and how you've treated people.
You don't need to speak Dutch – English is our working language.
You'll enjoy a quiet office by the canal and a long lunch on Fridays.
"""


def _texts() -> list[str]:
    return [item.text for item in read_job(PROSE).requirements]


def test_sentences_telling_the_candidate_what_they_will_do_are_requirements() -> None:
    texts = _texts()
    assert any(text.startswith("You'll own the move of our billing service") for text in texts)
    assert any(text.startswith("You'll retire the old message queue") for text in texts)
    assert any(text.startswith("You'll still be close enough to the code") for text in texts)
    assert any(text.startswith("You'll work side by side") for text in texts)
    ideally = [item for item in read_job(PROSE).requirements
               if item.text.startswith("Ideally you've grown")]
    assert ideally and not ideally[0].must
    # what the holder will do is a duty, to prepare for rather than a must-have to show
    sides = [item for item in read_job(PROSE).requirements
             if item.text.startswith("You'll still be close enough")]
    assert sides and sides[0].section == "duties"


def test_a_denied_or_embedded_you_is_no_requirement() -> None:
    texts = _texts()
    assert not any(text.startswith("You won't be writing") for text in texts)
    assert not any(text.startswith("We care about") for text in texts)
    assert not any("speak Dutch" in text for text in texts)
    assert not any("quiet office" in text for text in texts)  # what the post gives


def test_asking_the_candidate_is_read_from_the_main_clause() -> None:
    assert asks_of_candidate("You'll set up a release process – tests we trust and a weekly train."
                             ) == "duty"
    assert asks_of_candidate("You have led a finance team through an audit.") == "requirement"
    assert not asks_of_candidate("If you've ever waited for a parcel, you know the problem.")
    assert not asks_of_candidate("You won't be on call at weekends.")
    assert not asks_of_candidate("Our customers will love the new app.")


def test_a_second_clause_with_its_own_subject_is_cut_before_the_subject() -> None:
    parts = coordinated_duties("You'll lead a data team of about 40 people in four squads across "
                               "two offices, and you'll grow it to sixty people by the end of "
                               "next year.")
    assert parts == ["You'll lead a data team of about 40 people in four squads across two offices",
                     "You'll grow it to sixty people by the end of next year."]


def _purpose(text: str, section: str = "duties") -> str:
    patterns = patterns_for(None)
    return purpose_of(text, section, patterns.content.cues.not_asking, patterns.work_mode_of(text))


def test_a_need_denied_asks_nothing() -> None:
    assert _purpose("You don't need to speak Dutch – English is our working language.") == (
        "not_needed")
    assert _purpose("A university degree is not required for this post.") == "not_needed"
    assert _purpose("You need to speak Dutch at B2 level.") == ""
    assert _purpose("Experience in a regulated market is required.") == ""
    assert _purpose("Dutch is a plus but not required.") == ""  # a nice-to-have


def test_a_check_made_before_the_start_asks_nothing_now() -> None:
    assert _purpose("A police certificate will be requested before you start.") == "after_hire"
    assert _purpose("Medical clearance is obtained prior to appointment.") == "after_hire"
    assert _purpose("You must hold a forklift licence before you start.") == ""
    assert _purpose("Budgets are reviewed before the start of each quarter.") == ""


def test_duties_left_open_in_a_fragment_ask_nothing() -> None:
    assert _purpose("Other duties as assigned.") == "open_duties"
    assert _purpose("Other stakeholders will be briefed by you each month.") == ""
