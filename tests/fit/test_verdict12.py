"""Verdicts that hold on new pairs: families of languages asked as a group, reasons that agree with
the verdict the head gives, pay bands compared as a ladder, and the candidate's own count of
years after qualifying compared with the years asked."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit import evaluation_view
from poise.fit.extract import read_job
from poise.fit.ladders import language_groups_in
from poise.fit.lexicon import patterns_for
from poise.fit.match import NONE, PARTIAL, STRONG, Match, Verdict, asks_language
from poise.fit.result import assess
from poise.fit.verdict_head import HeadVerdict, agreeing_reason, revise
from poise.fit.years import only_span

RESUME = """# Robin Vale
Malmö, Sweden · robin@example.org

## Experience
Head of Customer Operations, Tandberg Freight AB, Malmö, 2016 – present
- Lead 60 agents through five team leaders.
"""


def _requirement(requirement: str, extra: str = "") -> dict:
    job = f"# Director of Operations\n\n## Requirements\n- {requirement}\n"
    view = evaluation_view(assess(job, RESUME + extra, embed=hash_embed, today=TODAY))
    return view["requirements"][0]


def test_a_family_of_languages_is_read_as_a_language_asked() -> None:
    patterns = patterns_for()
    assert "languages" in patterns.kinds_of("Knowing one of the Nordic languages helps")
    assert asks_language("A Slavic language would be a plus", patterns)
    group, members, _ = language_groups_in("A Romance language would be a plus", patterns)[0]
    assert group == "Romance" and "Portuguese" in members


def test_any_member_of_the_family_meets_the_line() -> None:
    read = _requirement("A Scandinavian language is an advantage.",
                        "\n## Languages\nNorwegian (fluent), English (native)\n")
    assert read["verdict"] == "strong"


def test_a_member_below_the_level_asked_is_partial_and_says_which() -> None:
    read = _requirement("Fluent in a Nordic language.", "\n## Languages\nFinnish (basic)\n")
    assert read["verdict"] == "partial"
    assert read["missing"].startswith("Finnish")


def test_no_member_of_the_family_is_missing_in_plain_words() -> None:
    read = _requirement("A Scandinavian language is an advantage.",
                        "\n## Languages\nItalian (fluent)\n")
    assert read["verdict"] == "missing"
    assert read["missing"] == "a Scandinavian language not shown"


def _match(*verdicts: Verdict) -> Match:
    return Match("r1", min((item.strength for item in verdicts), key=[NONE, PARTIAL,
                                                                         STRONG].index),
                 "", " ".join(item.reason for item in verdicts), 0.6, None, verdicts)


def test_a_requirement_rated_missing_keeps_no_reason_that_says_it_is_shown() -> None:
    sector = Verdict("domain", STRONG, "The résumé shows logistics or a close sector.")
    tool = Verdict("tools", NONE, "The résumé does not name SAP EWM.")
    requirement = read_job("## Requirements\n- SAP EWM in a logistics business.\n").requirements[0]
    lowered = revise(_match(sector, tool), HeadVerdict(NONE, 0.7), requirement, "")
    assert lowered.strength == NONE
    assert "close sector" not in lowered.reason
    assert "does not name SAP EWM" in lowered.reason


def test_a_requirement_rated_strong_keeps_no_reason_that_says_it_falls_short() -> None:
    team = Verdict("scope_team", STRONG, "The résumé shows a team of 60.")
    tool = Verdict("tools", PARTIAL, "The résumé names Zendesk only in a pilot.")
    assert agreeing_reason(_match(team, tool), STRONG) == "The résumé shows a team of 60."
    assert agreeing_reason(_match(team, tool), PARTIAL) == _match(team, tool).reason
    requirement = read_job("## Requirements\n- Lead a team of 50 using Zendesk.\n").requirements[0]
    raised = revise(_match(team, tool), HeadVerdict(STRONG, 0.9), requirement, "")
    assert "pilot" not in raised.reason and raised.reason.startswith("The résumé shows")


def test_the_head_alone_gives_a_reason_without_a_leading_space() -> None:
    sector = Verdict("domain", STRONG, "The résumé shows retail or a close sector.")
    requirement = read_job("## Requirements\n- Retail experience.\n").requirements[0]
    lowered = revise(_match(sector), HeadVerdict(NONE, 0.8), requirement, "")
    assert lowered.reason.startswith("Weighed together")


def test_a_pay_band_below_the_band_asked_is_partial() -> None:
    read = _requirement("Three years at Band 8b or above.",
                        "\nService Manager (Band 8a), Calder NHS Trust, 2018 – 2022\n")
    assert read["verdict"] == "partial"
    assert read["missing"] == "Band 8a shown; Band 8b asked"


def test_a_pay_band_above_the_band_asked_meets_it() -> None:
    read = _requirement("Experience at Band 7 or above.",
                        "\nService Manager (Band 8a), Calder NHS Trust, 2018 – 2022\n")
    assert read["verdict"] != "missing"
    assert "Band" not in (read.get("missing") or "")


def test_a_single_span_of_a_named_kind_is_read_with_its_words() -> None:
    assert only_span("8+ years' post-qualification experience") == (
        8.0, "post-qualification experience")
    assert only_span("10+ years in retail, 5+ as director") is None


def test_the_candidates_own_count_short_of_the_years_asked_caps_the_verdict() -> None:
    profile = ("\n## Profile\nChartered accountant with six years' post-qualification "
               "experience in freight.\n")
    read = _requirement("Qualified accountant with 8+ years' post-qualification experience.",
                        profile)
    assert read["verdict"] != "strong"
    assert read["missing"].startswith("6 years post-qualification experience")
    assert read["missing"].endswith("shown; 8 asked")


def test_an_award_asked_by_name_is_met_in_full_only_by_that_award() -> None:
    other = _requirement("MBA.", "\n## Education\nMSc Logistics, Cranfield University, 2014\n")
    assert other["verdict"] == "partial"
    assert other["missing"] == "Master's degree shown; MBA asked"
    held = _requirement("MBA.", "\n## Education\nExecutive MBA, Lund University, 2018\n")
    assert held["verdict"] == "strong"


def test_an_award_offered_with_an_alternative_is_met_by_the_level() -> None:
    read = _requirement("MBA or equivalent postgraduate degree.",
                        "\n## Education\nMSc Logistics, Cranfield University, 2014\n")
    assert read["verdict"] == "strong"
