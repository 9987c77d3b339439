"""Two spans of years asked, the later at a level, met by the career and by the roles at that level,
are strong by rule (``poise.fit.spans_met``); a later span the roles at its level do not reach, a
scale asked after it, a name the résumé never writes or a kind check below strong stay with the
head."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY, hash_embed

from poise.fit.extract import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import STRONG, Match, match_requirements, similarity
from poise.fit.resume_reader import read_resume
from poise.fit.spans_met import SpansMet, posts_named, spans_met
from poise.fit.text import figures_for_words
from poise.fit.verdict_features import resume_context
from poise.fit.verdict_head import spans_shown
from poise.fit.years import span_level

RESUME = """# Ingrid Solberg
Trondheim, Norway

## Profile
Operations leader in food processing.

## Experience
Operations Director, Fjord Foods, Trondheim, 2016 – present
- Lead four plant managers and 600 staff across two plants.

Plant Manager, Fjord Foods, Bergen, 2011 – 2016
- Ran a chilled-food plant of 180 people.

Shift Supervisor, Nordkyst Seafood, Ålesund, 2004 – 2011
- Supervised a packing shift of 25 operators.
"""


def _met(requirement: str, resume: str = RESUME) -> SpansMet | None:
    job = read_job(f"# Chief Operating Officer\n\n## Requirements\n- {requirement}\n")
    read = read_resume(resume, today=TODAY)
    sim = similarity(job, read, hash_embed)
    patterns = patterns_for()
    (match,) = match_requirements(job, read, sim, patterns)
    (asked,) = job.requirements
    return spans_met(asked.text, match, read, patterns, resume_context(read, patterns).text)


def test_both_spans_met_at_the_level_asked() -> None:
    met = _met("At least 15 years of experience in operations, including at least 5 years "
               "leading managers")
    assert met is not None
    assert met.asked == 5
    assert met.years >= 5


def test_a_later_span_longer_than_the_roles_at_its_level_is_not_met() -> None:
    # About sixteen years as director and plant manager; eighteen asked at that level.
    assert _met("At least 20 years of experience in operations, including at least 18 years "
                "in senior management positions") is None


def test_a_scale_asked_after_the_later_span_stays_with_the_head() -> None:
    # The level is shown; a plant of 2,000 people is a scale it does not show.
    assert _met("At least 15 years of experience in operations, including at least 5 years "
                "leading managers in a plant of 2,000 people") is None


def test_a_single_span_is_not_read_here() -> None:
    assert _met("At least 15 years of experience in operations") is None


def test_a_later_span_naming_no_level_is_not_read_here() -> None:
    # "in chilled food" is a kind of work, not a level of leadership.
    assert _met("At least 15 years of experience in operations, including at least 5 years "
                "in chilled food") is None


def test_a_name_the_resume_never_writes_stays_with_the_head() -> None:
    assert _met("At least 15 years of experience in operations, including at least 5 years "
                "leading managers under the Pacific Dairy Standard") is None


def test_the_rule_makes_the_verdict_strong_in_apply_head() -> None:
    met = SpansMet(5.0, "manager_of_managers", 10.0, "leading managers")
    match = Match("r1", "partial", "", "", 0.5)
    shown = spans_shown(match, met)
    assert shown.strength == STRONG
    assert "leading managers" in shown.reason


def test_a_post_named_is_held_by_its_title_not_by_its_level() -> None:
    # Ten years as Operations Director and Plant Manager, but never "General Manager".
    assert _met("At least 15 years of experience in operations, including at least 5 years "
                "as General Manager") is None
    assert posts_named("as Plant Manager, Production Director or equivalent") == [
        posts_named("as Plant Manager")[0],
        posts_named("as Production Director")[0]]
    assert posts_named("at director level") == []


def test_a_setting_after_the_level_stays_with_the_head() -> None:
    assert _met("At least 15 years of experience in operations, including at least 5 years "
                "leading managers in a multinational group") is None


def test_a_number_in_words_and_figures_is_read_once() -> None:
    assert figures_for_words("Ten (10) years of experience, including five (5) years as a "
                             "manager") == "10 years of experience, including 5 years as a manager"
    assert figures_for_words("Eight (8+) years") == "8+ years"
    # A figure that is not the word's own is left as written.
    assert figures_for_words("three (5) sites") == "three (5) sites"
    # A word not followed by its figure is untouched.
    assert figures_for_words("one of the following (2)") == "one of the following (2)"


def test_a_span_written_in_words_and_figures_is_counted() -> None:
    met = _met("Fifteen (15) years of progressively responsible experience in operations, "
               "including five (5) years leading managers")
    assert met is not None
    assert met.asked == 5


@pytest.mark.parametrize(("words", "level"), [
    ("in a senior leadership role", "manager_of_managers"),
    ("in senior operations leadership", "manager_of_managers"),
    ("in a leadership role", "manager"),
    ("at the executive level", "executive"),
    ("at C-suite level", "executive"),
    ("in team leadership", "team_leader"),
    # Work of a kind names no level; nor does "executive" before a noun that is not a level.
    ("in chilled food", ""),
    ("in executive search", ""),
])
def test_a_level_named_in_words_is_read(words: str, level: str) -> None:
    assert span_level(words, patterns_for()) == level


def test_a_senior_leadership_role_is_met_by_the_roles_at_its_level() -> None:
    met = _met("At least 15 years of experience in operations, including at least 5 years in a "
               "senior leadership role")
    assert met is not None
    assert met.level == "manager_of_managers"
    # A role is the level itself, not a setting.
    assert _met("At least 15 years of experience in operations, including at least 5 years in an "
                "operational role leading managers") is not None


def test_an_executive_level_is_not_met_by_a_director() -> None:
    # Operations Director and Plant Manager: no role at VP or C-level.
    assert _met("At least 15 years of experience in operations, including at least 5 years at "
                "the executive level") is None


def test_a_scope_or_sector_after_the_level_stays_with_the_head() -> None:
    assert _met("At least 15 years of experience in operations, including at least 5 years in a "
                "leadership role covering several countries") is None
    assert _met("At least 15 years of experience in operations, including at least 5 years in a "
                "senior leadership role within sterile manufacturing") is None
