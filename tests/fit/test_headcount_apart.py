"""A number the parse hangs on a people noun across a comma or a bracket counts something else
("a depot of 250,000 sq ft, 140 staff"): the team is the number next to the noun. Lines written
for these tests."""

from __future__ import annotations

from poise.fit.lexicon import patterns_for
from poise.fit.quantities import led_headcounts
from poise.fit.resume_reader import read_resume


def test_a_floor_area_before_the_head_count_is_no_team() -> None:
    resume = read_resume("# Mei Tan\nSingapore\n\n## Experience\n"
                         "### Site Manager — Harbour Logistics\nJan 2018 – present\n"
                         "- Managed the Tuas depot (250,000 sq ft, 140 staff, 3 shifts) for retail clients\n")
    assert [item.value for item in resume.team_sizes] == [140.0]


def test_numbers_inside_one_phrase_still_count() -> None:
    found = led_headcounts(["Lead 38 year-round staff and up to 62 in winter",
                            "Head a 212-FTE billing department through 3 managers",
                            "Leading 4 shift managers and 11 shift/area managers",
                            "Responsibility for 1,200 employees across 3 sites"], patterns_for(None))
    assert 38.0 in found[0]
    assert 11.0 in found[2]
    assert found[3] == [1200.0]


def test_a_language_asked_at_a_level_and_listed_with_none_is_partial() -> None:
    from tests.fit.conftest import TODAY, hash_embed

    from poise.fit.result import assess

    job = ("# Depot Director\n\n## Requirements\n- Japanese: business level (JLPT N2 or above)\n"
           "- Ten years in warehouse operations\n")
    resume = ("# Mei Tan\nSingapore\n\n## Experience\n### Site Manager — Harbour Logistics\n"
              "Jan 2012 – present\n- Ran the Tuas depot of 140 staff\n\n## Languages\n"
              "English – native\nJapanese – JLPT N4 (2019)\n")
    assert _japanese(assess(job, resume, embed=hash_embed, today=TODAY)).strength != "strong"
    assert "no level" in _japanese(assess(job, resume, embed=hash_embed, today=TODAY)).reason
    levelled = resume.replace("JLPT N4 (2019)", "business level")
    assert _japanese(assess(job, levelled, embed=hash_embed, today=TODAY)).strength == "strong"


def _japanese(fit):  # type: ignore[no-untyped-def]
    ids = {item.id for item in fit.job.requirements if "Japanese" in item.text}
    return next(match for match in fit.matches if match.requirement_id in ids)
