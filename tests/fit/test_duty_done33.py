"""A plain duty of the post that a line of the candidate's current role does is strong by rule
(``poise.fit.duty_done``), whatever the verdict head weighs; near-misses stay with the head: a
neighbouring duty, a duty asking a number, a line of a role that ended more than a decade ago, a
duty named only in the profile, a part played in another's work, a name the résumé never
writes."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from tests.fit.conftest import TODAY, hash_embed

from poise.analysis.learned import LinearModel
from poise.fit.duty_done import DONE_AT, does, duty_done, recent_roles, unwritten_names
from poise.fit.extract import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import PARTIAL, STRONG, match_requirements, similarity
from poise.fit.resume_reader import read_resume
from poise.fit.shortfall import cap
from poise.fit.verdict_features import FEATURES, resume_context
from poise.fit.verdict_head import LABELS, apply_head

RESUME = """# Maren Holt
Leeds, UK

## Profile
Operations leader who has negotiated supplier contracts and run maintenance for years.

## Experience
Operations Director, Calder Foods, Leeds, 2021 – present
- Run the maintenance function of the Leeds bakery, planning shutdowns and spares.
- Negotiated supply contracts with growers and packaging makers.
- Line manage a team of 6 shift managers.
- Member of the group working party that drafted the food-safety culture plan.

Production Manager, Aire Mills, Bradford, 2012 – 2018
- Rebuilt the quality system of the mill after a failed audit.
"""


def _fit(duty: str, resume: str = RESUME):
    job = read_job("# Operations Director\n\n## Key responsibilities\n" + f"- {duty}\n")
    read = read_resume(resume, today=TODAY)
    sim = similarity(job, read, hash_embed)
    patterns = patterns_for()
    (match,) = match_requirements(job, read, sim, patterns)
    (requirement,) = job.requirements
    return requirement, match, read, sim, patterns


def _done(duty: str, resume: str = RESUME):
    requirement, match, read, sim, patterns = _fit(duty, resume)
    return duty_done(requirement, match, read, sim, patterns,
                     resume_context(read, patterns).text)


def test_a_duty_the_current_role_does_is_found_with_its_line() -> None:
    done = _done("Run the maintenance function of the bakery")
    assert done is not None
    assert done.line.text.startswith("Run the maintenance function")
    assert done.verb == "run"


def test_a_duty_told_in_other_forms_of_its_words_is_found() -> None:
    # "negotiate … contracts" asked, "Negotiated supply contracts" done.
    done = _done("Negotiate supply contracts with growers")
    assert done is not None and "Negotiated" in done.line.text


def test_a_neighbouring_duty_is_not_found() -> None:
    # Maintenance is run; running the site's capital projects is another duty.
    assert _done("Run the capital projects of the bakery") is None


def test_a_duty_asking_a_number_is_left_to_the_head_and_the_caps() -> None:
    # A team of 6 shown; 40 asked: the rule must not settle what a quantity decides.
    assert _done("Line manage a team of 40 shift managers") is None
    assert _done("Line manage a team of forty shift managers") is None


def test_a_duty_done_only_in_an_older_role_is_never_said_of_the_current_one() -> None:
    # Ended in 2018, within the last decade: the second reading finds it, as an older role's.
    done = _done("Rebuild the quality system of the mill")
    assert done is not None and not done.recent
    # Ended more than a decade ago: not found at all.
    old = RESUME.replace("2012 – 2018", "2008 – 2014")
    assert _done("Rebuild the quality system of the mill", old) is None


def test_a_duty_named_only_in_a_profile_sentence_is_not_found() -> None:
    resume = RESUME.replace("- Negotiated supply contracts with growers and packaging makers.\n", "")
    assert _done("Negotiate supplier contracts", resume) is None


def test_a_part_played_in_another_s_work_is_not_found() -> None:
    assert _done("Draft the food-safety culture plan") is None


def test_a_name_the_resume_never_writes_is_left_to_the_head() -> None:
    assert _done("Run the maintenance function of the Harrogate bakery") is None
    assert unwritten_names("Run the maintenance function of the Harrogate bakery",
                           RESUME) == ["Harrogate"]


def test_a_line_naming_the_words_as_modifiers_does_not_do_the_duty() -> None:
    assert does("Negotiate supplier contracts", "Negotiated the supplier contracts of the group")
    assert not does("Negotiate supplier contracts", "Supplier contract templates and archive upkeep")


def test_the_recent_roles_are_the_current_one_only_here() -> None:
    read = read_resume(RESUME, today=TODAY)
    assert recent_roles(read) == frozenset({0})


def test_the_threshold_is_a_close_meaning() -> None:
    assert 0.55 <= DONE_AT <= 0.7


def _cautious_head() -> LinearModel:
    """A head that always says partial, however strong the evidence (any head may ship)."""
    weights = np.zeros((len(LABELS), len(FEATURES)), dtype=np.float32)
    bias = np.asarray([0.0, 5.0, 0.0], dtype=np.float32)
    return LinearModel(LABELS, weights, bias, "")


def test_the_rule_holds_whichever_head_ships() -> None:
    requirement, match, read, sim, patterns = _fit("Run the maintenance function of the bakery")
    (judged,) = apply_head(_cautious_head(), (requirement,), (replace(match, strength=PARTIAL),),
                           read, sim, patterns)
    assert judged.strength == STRONG
    assert judged.quote.startswith("Run the maintenance function")
    assert "current role does this duty" in judged.reason


def test_a_neighbouring_duty_stays_partial_under_the_same_head() -> None:
    requirement, match, read, sim, patterns = _fit("Run the capital projects of the bakery")
    (judged,) = apply_head(_cautious_head(), (requirement,), (match,), read, sim, patterns)
    assert judged.strength == PARTIAL


def test_a_smaller_team_stays_partial_after_the_cap() -> None:
    resume = RESUME.replace("- Line manage a team of 6 shift managers.\n",
                            "- Lead the site's maintenance team of 12 engineers.\n")
    requirement, match, read, sim, patterns = _fit("Lead a maintenance team of 60 engineers",
                                                   resume)
    (judged,) = apply_head(_cautious_head(), (requirement,), (match,), read, sim, patterns)
    (capped,) = cap((requirement,), (judged,), read, patterns)
    assert capped.strength != STRONG



def test_a_bullet_opening_with_its_verb_acts_on_its_noun_only_when_the_duty_names_it() -> None:
    # The small parser reads "Negotiated supply contracts" as contracts that were negotiated.
    assert does("Negotiate supply contracts", "Negotiated supply contracts with growers.")
    assert not does("Negotiate freight rates", "Negotiated supply contracts with growers.")
