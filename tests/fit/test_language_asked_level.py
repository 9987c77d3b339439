"""The level a job asks a language at is read before skills joined to it ("excellent written
and spoken English"), and a line asking to communicate in a language is a language requirement."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.ladders import languages_in
from poise.fit.lexicon import patterns_for
from poise.fit.result import assess

RESUME = """# Awa Koné
## Experience
### Production Manager — Cacao Ivoire SA, Abidjan
2017 – present
- Ran grinding and pressing for 200 staff.
## Languages
- French: native
- English: B2 – professional working level
"""


def _match(requirement: str) -> dict[str, object]:
    fit = assess(f"# Plant Manager\n\n## Requirements\n- {requirement}\n", RESUME,
                 embed=hash_embed, today=TODAY).to_dict()
    (match,) = fit["matches"]
    return match


def test_the_level_before_joined_skills_is_the_languages() -> None:
    patterns = patterns_for()
    assert languages_in("Excellent written and spoken English.", patterns) == [("English", "C1")]
    assert languages_in("Fluent English and French.", patterns) == [("English", "C1"),
                                                                     ("French", "C1")]


def test_two_languages_joined_keep_their_own_levels() -> None:
    found = dict(languages_in("Good spoken and written French, and English", patterns_for()))
    assert found == {"French": "B2", "English": ""}


def test_a_lower_level_held_is_partial_with_what_is_missing() -> None:
    match = _match("Excellent written and spoken English.")
    assert match["strength"] == "partial"
    assert "B2" in str(match["reason"]) and "C1" in str(match["reason"])


def test_communicating_in_a_language_is_a_language_requirement() -> None:
    patterns = patterns_for()
    assert patterns.kinds_of("Ability to communicate in French.") == ["languages"]
    assert "languages" not in patterns.kinds_of("Ability to communicate in writing to the board.")
    assert "languages" not in patterns.kinds_of("Experience working in German industry.")
