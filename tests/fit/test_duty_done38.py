"""Work a requirement of any section asks, named on a line of a recent role by the same verb acting
on the same thing, is strong by rule (``poise.fit.duty_done``, its third reading); a line with
another verb, a thing led that is people, a number asked or a role of long ago stay with the
head."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.duty_done import duty_done, line_verbs, people_led
from poise.fit.extract import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import match_requirements, similarity
from poise.fit.resume_reader import read_resume
from poise.fit.verdict_features import resume_context

RESUME = """# Tomas Reyes
Valencia, Spain

## Profile
Plant leader with a record of turnarounds.

## Experience
Plant Director, Turia Ceramics, Valencia, 2019 – present
- Renegotiated freight agreements with nine hauliers, cutting cost per pallet.
- Led a kiln plant of 300 people.
- Member of the committee that reviewed the group's safety rules.

Engineer, Costa Tiles, Castellón, 2001 – 2008
- Commissioned two glazing lines for the export range.
"""


def _done(requirement: str, resume: str = RESUME):
    job = read_job(f"# Plant Director\n\n## Requirements\n- {requirement}\n")
    read = read_resume(resume, today=TODAY)
    sim = similarity(job, read, hash_embed)
    patterns = patterns_for()
    (match,) = match_requirements(job, read, sim, patterns)
    (asked,) = job.requirements
    return duty_done(asked, match, read, sim, patterns, resume_context(read, patterns).text)


def test_work_asked_as_a_record_is_found_by_its_own_verb_and_thing() -> None:
    done = _done("A proven record of renegotiating freight agreements with carriers")
    assert done is not None
    assert done.line.text.startswith("Renegotiated freight agreements")
    assert done.verb == "renegotiate"


def test_another_verb_on_the_same_thing_is_not_the_work() -> None:
    # The agreements were renegotiated, not drafted.
    assert _done("A proven record of drafting freight agreements with carriers") is None


def test_the_same_verb_on_another_thing_is_not_the_work() -> None:
    assert _done("A proven record of renegotiating energy agreements with utilities") is None


def test_people_led_ask_a_level_and_stay_with_the_checks() -> None:
    assert _done("Experience of leading plant managers across several sites") is None
    assert people_led("the Hotel Manager of each property", patterns_for())
    assert people_led("the senior management team", patterns_for())
    assert not people_led("freight agreements with carriers", patterns_for())


def test_work_of_a_role_ended_long_ago_is_not_found() -> None:
    # Glazing lines commissioned in 2001–2008: more than a decade before today.
    assert _done("Experience of commissioning glazing lines") is None


def test_a_number_asked_is_left_to_the_head_and_the_caps() -> None:
    assert _done("A record of renegotiating 40 freight agreements with carriers") is None


def test_a_line_naming_the_thing_without_doing_it_is_not_found() -> None:
    # A member of a committee that reviewed the rules: a supporting part, not the review.
    assert _done("A record of reviewing safety rules") is None


def test_a_bullet_opening_verb_read_as_an_adjective_is_a_verb() -> None:
    assert "renegotiate" in line_verbs("Renegotiated freight agreements with nine hauliers")
    assert line_verbs("") == frozenset()
