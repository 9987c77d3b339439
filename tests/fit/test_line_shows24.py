"""Whether a line shows a requirement or only resembles it (``poise.fit.line_shows``), read from
its parse: adversarial pairs of lines that share the requirement's words, one doing the thing
asked, the other naming it as a modifier of something else."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from poise.fit.line_shows import line_shows
from poise.fit.verdict_features import FEATURES

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("asked", "does", "names"), [
    ("Budget management", "Managed a budget of $5M", "Budget holder responsibilities noted"),
    ("Managing supplier contracts", "Managed the supplier contracts of the group",
     "Supplier contract templates and archive upkeep"),
    ("Recruit and develop engineers", "Recruited 30 engineers in a year",
     "Engineer recruitment brochure reviewer"),
])
def test_a_line_that_acts_on_the_words_reads_above_one_that_names_them(
        asked: str, does: str, names: str) -> None:
    acts, verb, modifier = line_shows(asked, does)
    other_acts, other_verb, other_modifier = line_shows(asked, names)
    assert acts > other_acts or verb > other_verb
    assert modifier <= other_modifier


def test_a_word_asked_as_a_noun_is_found_as_the_line_s_verb() -> None:
    # "negotiation" asked, "Negotiated" done: one word in two forms.
    assert line_shows("Contract negotiation", "Negotiated contracts with 40 suppliers")[1] == 1.0
    # an irregular past ("led") is read by its lemma
    assert line_shows("Lead a regional team", "Led the regional team of 12")[1] == 1.0


def test_a_word_only_as_a_modifier_is_no_action() -> None:
    acts, verb, modifier = line_shows("Change management", "Change management certificate")
    assert (acts, verb) == (0.0, 0.0)
    assert modifier == 1.0


def test_a_line_that_shares_no_word_reads_nothing() -> None:
    assert line_shows("Budget management", "Opened three new stores in Leeds") == (0.0, 0.0, 0.0)
    assert line_shows("", "Managed a budget") == (0.0, 0.0, 0.0)
    assert line_shows("Budget management", "   ") == (0.0, 0.0, 0.0)


def test_short_stems_are_not_joined() -> None:
    # "art" is no form of "artificial": stems shorter than five letters must be equal.
    assert line_shows("Artificial intelligence", "Curated the art collection") == (0.0, 0.0, 0.0)


def test_the_head_reads_the_three_readings() -> None:
    for name in ("line_acts_on", "line_asked_verb", "line_asked_modifier"):
        assert FEATURES.index(name) < FEATURES.index("asked_pc0")


def test_the_benchmark_reads_rounds_1_to_41_and_no_later_round() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from verdict_loro import ROUNDS

    assert list(ROUNDS) == [f"round {number}" for number in range(1, 43)]
    assert all("round43" not in str(folder) for folder in ROUNDS.values())
