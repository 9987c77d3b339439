"""A language a requirement offers as an asset ("Polish is a plus") does not lower the verdict on
the languages it requires: the required ones are judged at their level, the asset one only
counts when shown."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.lexicon import patterns_for
from poise.fit.match import optional_languages
from poise.fit.result import assess

RESUME = ("# Jonas Weber\nLeipzig, Germany\n\n## Experience\n"
          "### Head of Logistics — Elbtal Foods, Leipzig, Germany\nJan 2018 – present\n"
          "- Run three cross-dock sites with 140 staff.\n\n"
          "## Languages\n- German (native)\n- English (C1)\n- Czech (A2)\n")


def _languages(job_line: str) -> str:
    job = f"# Logistics Director\n\n## Your profile\n- {job_line}\n"
    # a clause only wished for may be read as a line of its own: the first line is the one asked
    match = assess(job, RESUME, embed=hash_embed, today=TODAY).matches[0]
    (verdict,) = [verdict for verdict in match.verdicts if verdict.kind == "languages"]
    return verdict.strength


def test_an_asset_language_shown_lower_keeps_the_required_ones_strong() -> None:
    assert _languages("Fluent German and English (C1); Czech is an asset") == "strong"


def test_a_required_language_shown_lower_stays_partial() -> None:
    assert _languages("Fluent German and Czech (C1)") == "partial"


def test_a_line_asking_only_an_asset_language_still_judges_it() -> None:
    assert optional_languages("Czech would be a plus", patterns_for()) == {"Czech"}
    assert _languages("Czech (B2) would be a plus") == "partial"


def test_asset_languages_are_read_by_clause() -> None:
    patterns = patterns_for()
    assert optional_languages("Excellent Dutch, Italian is desirable", patterns) == {"Italian"}
    assert optional_languages("Fluent in Hungarian and Romanian", patterns) == set()


def test_languages_joined_by_and_stay_in_one_clause() -> None:
    patterns = patterns_for()
    assert optional_languages("Bilingualism (Welsh and English) is an asset", patterns) == {
        "Welsh", "English"}
    assert _languages("Bilingualism (German and Czech, C1) is an asset") == "partial"
