"""How much of a requirement the evidence line covers (``poise.fit.line_covers``) and where the
evidence line's role stands in the career (``verdict_features._role_standing``): the readings by
which the verdict head tells a clear match from a line that only resembles the requirement."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.extract import read_job, read_resume
from poise.fit.lexicon import patterns_for
from poise.fit.line_covers import head_words, line_covers
from poise.fit.match import similarity
from poise.fit.verdict_features import FEATURES, _role_standing

ASKED = "Manage the annual capital budget of a hospital estate"


def test_a_line_doing_the_thing_asked_covers_its_head_words() -> None:
    words, heads = line_covers(ASKED, "Managed the £40m annual capital budget of the hospital estate.")
    assert heads == 1.0
    assert words >= 0.8


def test_a_line_sharing_only_qualifiers_covers_no_head_word() -> None:
    # "annual" and "capital" qualify the budget asked; a line about an annual report of the
    # capital markets team shares them and covers none of what is asked.
    words, heads = line_covers(ASKED, "Wrote the annual report for the capital markets desk.")
    assert heads < 0.5
    assert words > heads


def test_a_head_word_in_another_form_is_covered() -> None:
    _, heads = line_covers("Negotiation of supplier contracts", "Negotiated contracts with suppliers.")
    assert heads == 1.0


def test_modifiers_are_not_head_words() -> None:
    heads = head_words("Experience of large digital transformation programmes")
    flattened = {stem for stems in heads for stem in stems}
    assert "larg" not in flattened and "large" not in flattened
    assert any(stem.startswith("programm") for stem in flattened)


def test_an_empty_line_covers_nothing() -> None:
    assert line_covers(ASKED, "") == (0.0, 0.0)
    assert line_covers("", "Managed the budget.") == (0.0, 0.0)


RESUME = """# Mara Quint
Leeds, UK · mara@example.org

## Experience
Director of Estates, Harrow Health NHS Trust, Leeds, 2019 – present
- Managed the £40m annual capital budget of the hospital estate.

Estates Officer, Wold Council, York, 2008 – 2012
- Kept the register of council buildings.
"""


def _standing(asked: str) -> list[float]:
    job = read_job(f"# Director of Estates\n\n## Requirements\n- {asked}\n")
    resume = read_resume(RESUME, today=TODAY)
    sim = similarity(job, resume, hash_embed)
    return _role_standing(resume, sim, job.requirements[0].id, patterns_for())


def test_evidence_from_the_current_senior_role_reads_as_latest_and_top() -> None:
    latest, top, _ = _standing(ASKED)
    assert latest == 1.0
    assert top == 1.0


def test_evidence_from_an_early_junior_role_is_neither_latest_nor_top() -> None:
    latest, top, _ = _standing("Keep a register of council buildings")
    assert latest == 0.0
    assert top == 0.0


def test_the_head_reads_the_new_inputs() -> None:
    for name in ("line_covers", "line_covers_heads", "line_role_latest", "line_role_top",
                 "line_role_title"):
        assert name in FEATURES
