"""Concerns of the twenty-third pass, each on small examples of its own: a language known only
passively, or with its level denied, is below a working level; a place "near" a town is measured
from that town; help the employer offers the holder is no requirement; a platform the job would
like, where the résumé shows a rival product from another maker, is a tool to learn."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.concerns.subsector import named_in, sub_sectors
from poise.fit.distance import NEAR_KM, distance_km
from poise.fit.ladders import languages_in
from poise.fit.lexicon import any_match, patterns_for
from poise.fit.places import town_of
from poise.fit.result import assess

ROLES = """### Operations Director — Corrie Mills, Leeds, UK
Mar 2016 – present
- Lead a team of 45 across two depots.
- Managed a £4M operating budget.
"""


def _concerns(job_lines: str, *, heading: str = "Requirements", roles: str = ROLES,
              extra: str = "", home: str = "Leeds, UK", place: str = "") -> list[tuple[str, str]]:
    label = f"Location: {place}\n\n" if place else ""
    job = f"# Head of Operations\n\n{label}## {heading}\n{job_lines}\n"
    resume = f"# Ailsa Ross\n{home} · ailsa@example.com\n\n## Experience\n{roles}\n{extra}"
    return [(concern.kind, concern.title)
            for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]


def _kinds(found: list[tuple[str, str]]) -> list[str]:
    return [kind for kind, _ in found]


# --- Language levels --------------------------------------------------------------------------

def test_passive_knowledge_is_below_a_working_level() -> None:
    found = dict(languages_in("Czech – passive (full understanding; I speak Slovak)", patterns_for()))
    assert found["Czech"] == "A2"


def test_a_denied_level_is_no_level() -> None:
    text = "I do not yet speak or write Norwegian at a professional level"
    assert dict(languages_in(text, patterns_for()))["Norwegian"] == ""
    assert dict(languages_in("French – not fluent", patterns_for()))["French"] == ""


def test_a_level_after_a_colon_closing_a_list_is_every_language_s() -> None:
    found = dict(languages_in("Norwegian and Swedish: understand well, both spoken and written",
                              patterns_for()))
    assert found == {"Norwegian": "A2", "Swedish": "A2"}


def test_levels_stated_plainly_are_unchanged() -> None:
    patterns = patterns_for()
    assert dict(languages_in("German: B2, French: C1", patterns)) == {"German": "B2", "French": "C1"}
    assert dict(languages_in("Fluent English, no German", patterns))["English"] == "C1"
    # "an understanding of" a culture in an advert names no level of a language
    assert dict(languages_in("Some te reo Māori and an understanding of tikanga",
                             patterns))["Māori"] == ""


def test_a_passive_language_against_native_level_asked_is_a_language_concern() -> None:
    found = _concerns("- Czech at native level, spoken and written.",
                      extra="\n## Languages\n- Czech – passive (I understand it fully)\n")
    assert "language_level" in _kinds(found)


def test_a_fluent_language_against_the_level_asked_raises_nothing() -> None:
    found = _concerns("- Czech at C1 level, spoken and written.",
                      extra="\n## Languages\n- Czech – fluent (C1)\n")
    assert "language_level" not in _kinds(found)


# --- Places -----------------------------------------------------------------------------------

def test_a_place_near_a_town_keeps_the_town() -> None:
    assert town_of("Halsey Down, near Taunton, Somerset (office-based)") == (
        "Halsey Down, near Taunton, Somerset")


def test_a_place_near_a_town_is_measured_from_it_not_from_a_namesake_abroad() -> None:
    apart = distance_km("Halsey Down, near Taunton, Somerset", "Clevedon, North Somerset")
    assert apart is not None and apart <= NEAR_KM


def test_a_post_near_a_town_within_reach_raises_no_move() -> None:
    found = _concerns("- Ten years in operations.", home="Clevedon, North Somerset",
                      place="Halsey Down, near Taunton, Somerset (office-based)")
    assert "location" not in _kinds(found)


def test_a_post_near_a_distant_town_still_raises_the_move() -> None:
    found = _concerns("- Ten years in operations.", home="Leeds, UK",
                      place="Halsey Down, near Taunton, Somerset (office-based)")
    assert "location" in _kinds(found)


# --- Lines that are no requirement ------------------------------------------------------------

def test_support_the_employer_gives_toward_a_registration_is_no_requirement() -> None:
    found = _concerns("- Ten years in operations.\n- The successful candidate will be supported "
                      "through Chartered Engineer registration with the institution.")
    assert "missing_must_have" not in _kinds(found)


def test_a_registration_the_holder_must_hold_is_still_a_requirement() -> None:
    offers = patterns_for().evidence.get("not_a_requirement", ())
    assert any_match(offers, "The successful candidate will be supported through SCE accreditation.")
    assert any_match(offers, "We will support you to gain your chartered status.")
    for asked in ("Registration with the Saudi Council of Engineers (SCE) is required.",
                  "You will be supported by a team of 40 engineers.",
                  "Experience of supporting boards through major change."):
        assert any_match(offers, asked) is None


# --- Tools --------------------------------------------------------------------------------------

TOOL_ROLES = ROLES + "- Sponsored the plant migration to Epicor Kinetic ERP (go-live 2022).\n"


def test_a_desired_platform_where_a_rival_product_is_shown_is_a_tool_to_learn() -> None:
    found = _concerns("- Ten years in operations.\n\n## Desirable\n- Knowledge of SAP desirable.",
                      roles=TOOL_ROLES)
    assert "tool_mismatch" in _kinds(found)


def test_a_desired_platform_the_line_accepts_a_rival_for_raises_nothing() -> None:
    found = _concerns("- Ten years in operations.\n\n## Desirable\n- Knowledge of an ERP such as "
                      "SAP or a similar system.", roles=TOOL_ROLES)
    assert "tool_mismatch" not in _kinds(found)


def test_a_desired_platform_the_resume_shows_raises_nothing() -> None:
    roles = ROLES + "- Led the SAP S/4HANA go-live for the plant (2022).\n"
    found = _concerns("- Ten years in operations.\n\n## Desirable\n- Knowledge of SAP desirable.",
                      roles=roles)
    assert "tool_mismatch" not in _kinds(found)


def test_another_module_of_a_desired_suite_is_no_mismatch() -> None:
    roles = ROLES + "- Key user for the SAP MM module during the rollout.\n"
    found = _concerns("- Ten years in operations.\n\n## Desirable\n- Knowledge of SAP, ideally "
                      "the PP module.", roles=roles)
    assert "tool_mismatch" not in _kinds(found)


# --- Sub-sectors as data ----------------------------------------------------------------------

BANK_ROLES = """### Regional Director, Retail Banking — Harbour State Bank, Leeds, UK
Mar 2016 – present
- Lead 40 bank branches and the deposit operations team of 340.
- Cut branch banking costs by £3M a year.
"""
CREDIT_UNION_JOB = ("- Lead branch operations for a member-owned credit union regulated by the NCUA.\n"
                    "- Report to the credit union's volunteer board on member service.")


def test_a_bank_career_for_a_credit_union_is_a_sub_sector_switch() -> None:
    found = _concerns(CREDIT_UNION_JOB, heading="Responsibilities", roles=BANK_ROLES)
    assert any(kind == "industry_switch" and "credit unions" in title for kind, title in found)


def test_a_credit_union_career_for_a_credit_union_is_no_switch() -> None:
    roles = BANK_ROLES.replace("Harbour State Bank", "Harbour Credit Union").replace(
        "bank branches", "credit union branches")
    roles += "- Reported to the NCUA examiners on member accounts.\n"
    found = _concerns(CREDIT_UNION_JOB, heading="Responsibilities", roles=roles)
    assert not any("credit unions" in title for _kind, title in found)


AIR_ROLES = """### Head of Operations — Skyline Airways, Gatwick Airport, UK
Mar 2016 – present
- Lead 640 airline ground staff at the airport under the CAA's safety rules.
"""
RAIL_JOB = ("- Lead the route's railway operations with Network Rail.\n"
            "- Keep the rail safety case under ROGS accepted by the ORR.")


def test_an_airline_career_for_a_railway_is_a_sub_sector_switch() -> None:
    found = _concerns(RAIL_JOB, heading="Responsibilities", roles=AIR_ROLES)
    assert any(kind == "industry_switch" and "rail" in title for kind, title in found)


def test_a_guard_rail_or_staff_training_names_no_railway() -> None:
    job = ("- Install guard rail on the loading bays and train operators on the new forklifts.\n"
           "- Fit a hand rail to every mezzanine stair.")
    assert "rail" not in named_in(job, sub_sectors(patterns_for()))
    assert named_in(RAIL_JOB, sub_sectors(patterns_for()))["rail"] >= 2
