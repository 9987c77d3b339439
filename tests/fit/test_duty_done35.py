"""A duty of the post done in a role of the last decade, told in other words, is strong by rule
when a verb of the line acts on the duty's own object (``poise.fit.duty_done``, second reading;
``poise.fit.line_shows.acts_on_object``). Near-misses stay with the head: a neighbouring duty, a
noun of the duty that is only the setting of the line's work ("within the foundry", "as Duty
Manager", "stood in for the Site Director"), a participle under the duty's noun, a role that
ended more than a decade ago, a duty named only in the profile, and a smaller team asked by
number."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from tests.fit.conftest import TODAY, hash_embed

from poise.analysis.learned import LinearModel
from poise.fit.duty_done import decade_roles, duty_done, main_verb, recent_roles
from poise.fit.extract import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.line_shows import acts_on_object
from poise.fit.match import PARTIAL, STRONG, match_requirements, similarity
from poise.fit.part_played import asked
from poise.fit.resume_reader import read_resume
from poise.fit.shortfall import cap
from poise.fit.verdict_features import FEATURES, resume_context
from poise.fit.verdict_head import LABELS, apply_head

RESUME = """# Ilse Varga
Graz, Austria

## Profile
Plant leader who has revised freight rates with carriers for years.

## Experience
Plant Director, Murtal Steelworks, Graz, 2022 – present
- Lead the plant of 900 staff through five department heads.
- Hold a delegated budget of €9m within the rolling mill.

Logistics Manager, Enns Metals, Linz, 2017 – 2021
- Sponsored the depot digitisation roadmap for the dispatch yard and its weighbridges.
- Team of 14 dispatch planners and clerks.

Shift Engineer, Enns Metals, Linz, 2005 – 2012
- Rebuilt the scrap-yard crane maintenance plan after two failures.
"""


def _fit(duty: str, resume: str = RESUME):
    job = read_job("# Plant Director\n\n## Key responsibilities\n" + f"- {duty}\n")
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


def _words(duty: str) -> frozenset[str]:
    found = asked(duty, patterns_for())
    assert found is not None
    return found.words


def test_a_verb_acting_on_the_duty_s_own_object_is_read() -> None:
    words = _words("Sponsor the digitisation roadmap of the depot")
    assert acts_on_object(words, "Sponsored the depot digitisation roadmap for the dispatch yard.")
    assert acts_on_object(_words("Own the regional sales pipeline"),
                          "Responsible for the sales pipeline of three provinces.")


def test_a_noun_of_the_duty_that_is_only_the_setting_of_the_work_is_not_acted_on() -> None:
    foundry = _words("Lead the foundry safely and openly")
    assert not acts_on_object(foundry, "Held a delegated budget of €4m within the foundry.")
    managers = _words("Lead the Depot Manager of each region")
    assert not acts_on_object(managers, "As Duty Manager, ran the night shifts of the depot.")
    assert not acts_on_object(managers, "Stood in for the Depot Manager during his leave.")
    assert not acts_on_object(managers, "Promoted to Area Sales Manager in 2009.")


def test_another_word_of_the_duty_acted_on_is_not_its_object() -> None:
    # The line acts on "budget", a word the duty names only as the plant's.
    assert not acts_on_object(_words("Run the rolling mill and its budget cycle"),
                              "Hold a delegated budget of €9m.")


def test_the_duty_s_verb_must_be_its_main_verb() -> None:
    assert main_verb("Sponsor the digitisation roadmap of the depot", "sponsor")
    assert main_verb("Appoint and replace importers, and negotiate their terms", "negotiate")
    assert not main_verb("Overall running of both mills, covering milling and packing", "cover")


def test_the_roles_of_the_last_decade() -> None:
    read = read_resume(RESUME, today=TODAY)
    assert recent_roles(read) == frozenset({0})
    assert decade_roles(read) == frozenset({0, 1})


def test_a_duty_done_in_an_older_role_of_the_decade_is_found() -> None:
    done = _done("Sponsor the digitisation roadmap of the depot")
    assert done is not None
    assert done.line.text.startswith("Sponsored the depot digitisation roadmap")
    assert not done.recent


def test_a_duty_done_more_than_a_decade_ago_is_not_found() -> None:
    assert _done("Rebuild the crane maintenance plan of the scrap yard") is None


def test_a_neighbouring_duty_is_not_found() -> None:
    # The roadmap of the depot was sponsored; its weighbridge contracts are another duty.
    assert _done("Negotiate the weighbridge service contracts") is None


def test_a_duty_named_only_in_a_profile_sentence_is_not_found() -> None:
    assert _done("Revise freight rates with carriers") is None


def test_a_place_of_the_work_is_not_the_duty_done() -> None:
    assert _done("Lead the rolling mill safely and decently") is None


def _cautious_head() -> LinearModel:
    """A head that always says partial, however strong the evidence (any head may ship)."""
    weights = np.zeros((len(LABELS), len(FEATURES)), dtype=np.float32)
    bias = np.asarray([0.0, 5.0, 0.0], dtype=np.float32)
    return LinearModel(LABELS, weights, bias, "")


def test_the_rule_holds_whichever_head_ships_and_names_the_older_role() -> None:
    requirement, match, read, sim, patterns = _fit("Sponsor the digitisation roadmap of the depot")
    (judged,) = apply_head(_cautious_head(), (requirement,), (replace(match, strength=PARTIAL),),
                           read, sim, patterns)
    assert judged.strength == STRONG
    assert judged.quote.startswith("Sponsored the depot digitisation roadmap")
    assert "a role of the last 10 years does this duty" in judged.reason


def test_a_neighbouring_duty_stays_partial_under_the_same_head() -> None:
    requirement, match, read, sim, patterns = _fit("Negotiate the weighbridge service contracts")
    (judged,) = apply_head(_cautious_head(), (requirement,), (match,), read, sim, patterns)
    assert judged.strength == PARTIAL


def test_a_smaller_team_stays_partial() -> None:
    # 14 planners led; 60 asked: a number is for the quantity checks and the cap, never this rule.
    requirement, match, read, sim, patterns = _fit("Lead a dispatch planning team of 60 planners")
    (judged,) = apply_head(_cautious_head(), (requirement,), (match,), read, sim, patterns)
    (capped,) = cap((requirement,), (judged,), read, patterns)
    assert capped.strength != STRONG
