"""Concerns of the twenty-second pass, each on small examples of its own: a saving a programme
sizes on any line of the advert, the service an advert's partners deliver against the outsourcing
the résumé shows, a title held read as no reports, and sectors read from words that are no sector
(a contractor) or from the candidate's own opening line."""

from __future__ import annotations

from typing import cast

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.concerns.leaders import led_rank
from poise.fit.concerns.model import Context
from poise.fit.concerns.outsourced_service import party_shown, service_shown, services_asked
from poise.fit.concerns.programme import short_names, sized_savings
from poise.fit.job_reader import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import Similarity
from poise.fit.result import assess
from poise.fit.resume_reader import read_resume

ROLES = """### Operations Director — Corrie Mills, Dundee, UK
Mar 2016 – present
- Lead a team of 45 across two depots.
- Managed a £4M operating budget.
- Delivered £1.2m of recurrent savings through route redesign.
"""


def _concerns(job_lines: str, roles: str = ROLES, heading: str = "Responsibilities",
              summary: str = "") -> list[tuple[str, str]]:
    job = f"# Head of Operations\n\n## {heading}\n{job_lines}\n"
    lead = f"## Profile\n{summary}\n\n" if summary else ""
    resume = f"# Ailsa Ross\nDundee, UK · ailsa@example.com\n\n{lead}## Experience\n{roles}"
    return [(concern.kind, concern.title)
            for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]


def _kinds(found: list[tuple[str, str]]) -> list[str]:
    return [kind for kind, _ in found]


# --- a saving sized by a programme -------------------------------------------------------------

def test_a_cost_out_sum_on_a_budget_line_is_a_savings_target() -> None:
    found = _concerns("- Run the £60m operating budget and deliver the £9m cost-out plan agreed "
                      "with the group.")
    titles = [title for kind, title in found if kind == "savings_target"]
    assert titles == ["Savings target: £9M asked, £1.2M shown"]


def test_a_programme_sum_within_the_record_raises_nothing() -> None:
    found = _concerns("- Deliver the £1.5m annual efficiency programme.")
    assert "savings_target" not in _kinds(found)


def test_a_budget_beside_efficiency_targets_is_no_target() -> None:
    # the amount is a budget; the efficiency targets are another phrase of the line
    found = _concerns("- Proven record managing a budget above £50 million and meeting "
                      "efficiency targets.")
    assert "savings_target" not in _kinds(found)


def test_the_short_name_the_advert_gives_a_programme_reads_the_record() -> None:
    nouns = patterns_for(None).evidence["savings_sized"]
    advert = "Lead the £30m Value Improvement Savings Plan (VISP) across the group."
    assert short_names(advert, nouns) == ("VISP",)
    assert sized_savings("Delivered a £2.5m divisional VISP in 2024.", nouns, ("VISP",)) == [
        (2_500_000.0, "GBP")]


def test_a_currency_code_before_a_dollar_sign_is_the_amount_currency() -> None:
    nouns = patterns_for(None).evidence["savings_sized"]
    assert sized_savings("Deliver NZD $12 million in savings.", nouns, (),
                         frozenset({"NZD", "USD"})) == [(12_000_000.0, "NZD")]


def test_a_programme_target_on_a_nice_to_have_raises_nothing() -> None:
    found = _concerns("- Experience of a £20m cost-out programme would be an advantage.",
                      heading="Desirable")
    assert "savings_target" not in _kinds(found)


# --- the outsourced service ----------------------------------------------------------------------

OUTSOURCED = """### Head of IT — Tayside Water, Perth, UK
Jan 2018 – present
- Manage the outsourced hosting contract with two data-centre providers.
- Run the in-house helpdesk of 9 analysts.
"""


def _context(job_line: str, roles: str) -> Context:
    job = read_job(f"# Head of IT\n\n## Responsibilities\n{job_line}\n")
    resume = read_resume(f"# Ailsa Ross\nDundee, UK\n\n## Experience\n{roles}", today=TODAY)
    return Context(job, resume, cast(Similarity, None), patterns_for(None))


HELPDESK = "- Manage our outsourced helpdesk partner and hold it to the agreed service levels."


def test_a_partner_for_a_service_run_in_house_is_not_shown() -> None:
    context = _context(HELPDESK, OUTSOURCED)
    asked = services_asked(context.job.requirements[0].text, context)
    assert [(party, service) for _phrase, party, service in asked] == [("partner", ["helpdesk"])]
    assert not service_shown(["helpdesk"], context)
    assert not party_shown("partner", context)


def test_the_same_service_shown_outsourced_is_shown() -> None:
    roles = OUTSOURCED.replace("Run the in-house helpdesk of 9 analysts.",
                               "Manage the outsourced helpdesk contract with a firm in Leeds.")
    assert service_shown(["helpdesk"], _context(HELPDESK, roles))


def test_a_party_of_the_same_kind_governed_answers_the_line() -> None:
    # the résumé governs providers; the advert's providers of another service are that work
    context = _context("- Oversee the catering providers serving the campus.", OUTSOURCED)
    asked = services_asked(context.job.requirements[0].text, context)
    assert any(party_shown(party, context) for _phrase, party, _service in asked)


def test_a_line_the_map_rates_strong_raises_no_service_concern() -> None:
    found = _concerns(HELPDESK, roles=OUTSOURCED)
    assert not any("different service" in title for _kind, title in found)


def test_a_company_without_a_word_of_outsourcing_is_no_partner() -> None:
    context = _context("- Manage relations with the shipping companies at the port.", OUTSOURCED)
    assert services_asked(context.job.requirements[0].text, context) == []
    context = _context("- Manage the subcontracted shipping companies at the port.", OUTSOURCED)
    assert [service for _p, _party, service in services_asked(
        context.job.requirements[0].text, context)] == [["shipping"]]


# --- leaders and sectors --------------------------------------------------------------------------

def test_a_title_after_as_is_no_count_of_reports() -> None:
    patterns = patterns_for(None)
    assert led_rank("Twelve years in retail, the last six as regional director.", patterns) == -1
    assert led_rank("Lead six regional directors across the UK.", patterns) >= 0


def test_contractors_in_a_team_make_no_construction_career() -> None:
    roles = """### Head of Digital — Fife Council, Glenrothes, UK
Jan 2015 – present
- Lead 40 staff and 12 contractors across government digital services.
- Run citizen-facing services for the government body.
"""
    found = _concerns("- Lead digital services for the university and its students, schools "
                      "and colleges.", roles=roles)
    titles = [title for kind, title in found if kind == "industry_switch"]
    assert not any("construction" in title for title in titles)


def test_the_field_a_summary_opens_with_is_the_career_sector() -> None:
    from poise.fit.concerns.sector import SELF_TITLE_RE

    hit = SELF_TITLE_RE.match("Hotel operations leader with 18 years across three brands.")
    assert hit is not None and hit.group("rest") == "Hotel operations leader"
    assert SELF_TITLE_RE.match("I have led teams for 18 years.") is None


# --- a résumé placed only by a way of working ----------------------------------------------------

def test_a_remote_label_on_the_resume_raises_no_move() -> None:
    job = ("# Head of Operations\n\n**Location:** Chicago, IL\n\n## Responsibilities\n"
           "- Lead the operations team of 40.\n")
    for label in ("Remote (US)", "Home-based, United States"):
        resume = (f"# Ailsa Ross\nLocation: {label}\nailsa@example.com\n\n## Experience\n"
                  f"{ROLES}")
        found = assess(job, resume, embed=hash_embed, today=TODAY).concerns
        assert "location" not in [concern.kind for concern in found], label


def test_a_town_on_the_resume_still_raises_the_move() -> None:
    job = ("# Head of Operations\n\n**Location:** Chicago, IL\n\n## Responsibilities\n"
           "- Lead the operations team of 40.\n")
    resume = f"# Ailsa Ross\nDenver, CO · ailsa@example.com\n\n## Experience\n{ROLES}"
    found = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    assert "location" in [concern.kind for concern in found]


# --- a gap and what does not explain it ----------------------------------------------------------

GAPPED = """### Head of Theatres — Lochside Hospital, Perth, UK
Mar 2021 – present
- Lead a team of 45 across two theatre suites.

### Theatre Manager — Glen Clinic, Stirling, UK
Jan 2015 – Jul 2020
- Ran six theatres.
"""


def _gap_kinds(extra: str, summary: str = "") -> list[str]:
    job = "# Head of Theatres\n\n## Responsibilities\n- Lead the theatre team.\n"
    lead = f"## Profile\n{summary}\n\n" if summary else ""
    resume = (f"# Ailsa Ross\nPerth, UK · ailsa@example.com\n\n{lead}## Experience\n{GAPPED}"
              f"{extra}")
    return [concern.kind for concern in assess(job, resume, embed=hash_embed,
                                               today=TODAY).concerns]


def test_an_unexplained_gap_is_raised() -> None:
    assert "employment_gap" in _gap_kinds("")


def test_a_move_offered_for_the_future_does_not_explain_a_gap() -> None:
    kinds = _gap_kinds("", summary="Theatre leader of twenty years. Open to relocation to Canada.")
    assert "employment_gap" in kinds


def test_a_certificate_held_across_the_career_does_not_explain_a_gap() -> None:
    extra = "\n## Certifications\n- Certified Theatre Nurse, 2008 – current\n"
    assert "employment_gap" in _gap_kinds(extra)


def test_a_relocation_told_as_past_explains_the_gap() -> None:
    kinds = _gap_kinds("", summary="Theatre leader. Took time out in 2020 after we relocated "
                                   "to Scotland.")
    assert "employment_gap" not in kinds


def test_a_large_team_led_is_led_through_managers_but_one_served_is_not() -> None:
    from poise.fit.concerns.leaders import led_through_size

    led = _context("- Lead the team.", "### General Manager — Loch Hotel, Perth, UK\n"
                   "Mar 2018 – present\n- Led a 400-strong team through a full renovation.\n")
    served = _context("- Lead the team.", "### HR Business Partner — Tay Freight, Perth, UK\n"
                      "Mar 2018 – present\n- Business partnering for a 1,800-strong workforce.\n")
    assert led_through_size(led) >= 0
    assert led_through_size(served) == -1
