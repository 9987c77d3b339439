"""A language the job would like, its level named only in words ("fluency in Spanish",
"bilingual"), is a wish that a working knowledge answers; a grade of a scale or a test stays a
bar, and a basic level is no working knowledge."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.concerns.requirements import wished_in_words
from poise.fit.lexicon import patterns_for
from poise.fit.result import assess

ROLES = """### Operations Director — Corrie Mills, Leeds, UK
Mar 2016 – present
- Lead a team of 45 across two depots.
- Managed a £4M operating budget.
"""


def _kinds(job_lines: str, languages: str) -> list[str]:
    job = f"# Head of Operations\n\n## Desirable\n{job_lines}\n"
    resume = (f"# Ailsa Ross\nLeeds, UK · ailsa@example.com\n\n## Experience\n{ROLES}\n"
              f"## Languages\n{languages}\n")
    return [concern.kind for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]


def test_a_level_in_words_against_a_working_level_is_a_wish_met() -> None:
    patterns = patterns_for()
    assert wished_in_words("Fluency in spoken and written Portuguese.", "B1", patterns)
    assert wished_in_words("Bilingual in English and Portuguese (preferred)", "B2", patterns)


def test_a_grade_or_a_test_named_stays_a_bar() -> None:
    patterns = patterns_for()
    assert not wished_in_words("Portuguese at C1 level would be a plus.", "B1", patterns)
    assert not wished_in_words("Korean (TOPIK level 5) is an advantage.", "B1", patterns)


def test_a_basic_level_is_no_working_knowledge() -> None:
    patterns = patterns_for()
    assert not wished_in_words("Fluency in spoken and written Portuguese.", "A2", patterns)
    assert not wished_in_words("Fluency in spoken and written Portuguese.", "", patterns)


def test_a_conversational_language_against_fluency_wished_raises_nothing() -> None:
    kinds = _kinds("- Fluency in spoken and written Portuguese is desirable.",
                   "- English (native)\n- Portuguese (conversational)")
    assert "language_level" not in kinds


def test_a_graded_wish_far_above_the_level_held_is_still_raised() -> None:
    kinds = _kinds("- Portuguese at C2 level is desirable.",
                   "- English (native)\n- Portuguese (B1)")
    assert "language_level" in kinds
