"""Concerns of the twenty-third pass, each on small examples of its own: a language known only
passively, or with its level denied, is below a working level; a place "near" a town is measured
from that town; help the employer offers the holder is no requirement; sub-sectors as data (credit
unions, aviation, rail); a must-have shown only by its sector is missing."""

from __future__ import annotations

from typing import cast

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.concerns.model import Context
from poise.fit.concerns.requirements import only_the_sector_shown
from poise.fit.concerns.subsector import named_in, sub_sectors
from poise.fit.distance import NEAR_KM, distance_km
from poise.fit.job_reader import read_job
from poise.fit.ladders import languages_in
from poise.fit.lexicon import any_match, patterns_for
from poise.fit.match import NONE, PARTIAL, STRONG, Match, Similarity, Verdict
from poise.fit.places import town_of
from poise.fit.result import assess
from poise.fit.resume_reader import read_resume

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


# --- A must-have shown only by its sector -------------------------------------------------------

AUTO_ROLES = """### Plant Manager — Kysuca Stamping s.r.o., Žilina, Slovakia
Mar 2016 – present
- Run a Tier-2 automotive plant of 520 employees making stamped parts for car makers.
- Raised OEE on the press lines from 61% to 76%.
"""
JIS_LINE = "- Experience of just-in-sequence delivery directly to OEM assembly lines."


def _sector_only(text: str, strength: str = NONE, verdict: str = STRONG) -> bool:
    job = read_job(f"# Plant Director\n\n## Requirements\n{text}\n")
    resume = read_resume(f"# Jan Novak\nŽilina, Slovakia\n\n## Experience\n{AUTO_ROLES}",
                         today=TODAY)
    requirement = job.requirements[0]
    match = Match(requirement_id=requirement.id, strength=strength, quote="", reason="", score=0.0,
                  verdicts=(Verdict(kind="domain", strength=verdict, reason=""),))
    context = Context(job, resume, cast(Similarity, None), patterns_for())
    return only_the_sector_shown(requirement, match, context)


def test_a_must_have_shown_only_by_its_sector_is_missing() -> None:
    assert _sector_only(JIS_LINE)
    assert not _sector_only(JIS_LINE, strength=PARTIAL)  # the map finds part of it
    assert not _sector_only(JIS_LINE, verdict=NONE)  # a sector switch, judged as one
    assert not _sector_only("- Deliver just-in-sequence parts directly to OEM assembly lines.")


def test_the_practice_shown_answers_it() -> None:
    roles = AUTO_ROLES + ("- Set up just-in-sequence delivery of door modules directly to the "
                          "OEM assembly line.\n")
    found = _concerns(JIS_LINE, roles=roles)
    assert not any(kind == "missing_must_have" and "sequence" in title for kind, title in found)


def test_a_duty_shown_only_by_its_sector_is_no_missing_must_have() -> None:
    found = _concerns("- Deliver just-in-sequence parts directly to OEM assembly lines.",
                      heading="Responsibilities", roles=AUTO_ROLES)
    assert not any(kind == "missing_must_have" for kind, _title in found)


# --- Elected bodies -----------------------------------------------------------------------------

def test_an_elected_body_named_as_a_body_is_work_with_elected_members() -> None:
    elected = patterns_for().evidence.get("elected_members", ())
    assert any_match(elected, "Prepare political cases for the municipal council and attend "
                              "political meetings.")
    assert any_match(elected, "Brief elected representatives on the housing programme.")


def test_a_council_named_as_the_employer_is_no_elected_body() -> None:
    elected = patterns_for().evidence.get("elected_members", ())
    assert any_match(elected, "Kent County Council is looking for a head of finance.") is None
    assert any_match(elected, "Present results to the regional health committee.") is None


def test_councils_as_counterparts_are_no_elected_body() -> None:
    elected = patterns_for().evidence.get("elected_members", ())
    assert any_match(elected, "Negotiated land deals with private developers and local councils.") is None
    assert any_match(elected, "Agreed nomination rights with two city councils.") is None
