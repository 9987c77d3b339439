"""Concerns that follow the map: none from a line that is no requirement (a row of the post's
details, an application's length limit), no missing must-have from a duty, no sector switch from
a line naming a funder or partner, no language concern one level short of a nice-to-have, and a
role's own description line counts towards the scope the candidate has held."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.content.loader import knowledge_base
from poise.fit.concerns.requirements import PAGE_LIMIT_RE, instruction, level_steps, post_detail
from poise.fit.concerns.sector import market_not_sector, sector_only_as_source, self_described
from poise.fit.lexicon import patterns_for
from poise.fit.result import assess


def test_a_row_of_the_posts_details_is_no_requirement() -> None:
    assert post_detail("| Reference | HX-2041 |")
    assert post_detail("| **Closing date** | Friday 3 May, 5pm |")
    assert post_detail("| Interviews | 14:00 on 12 June |")
    assert not post_detail("| Experience | 10+ years leading teams |")
    assert not post_detail("| Managing budgets of £10m+ | E |")
    assert not post_detail("Lead a team of 40 across three sites")


def test_a_length_limit_is_about_the_application_not_the_candidate() -> None:
    assert PAGE_LIMIT_RE.search("a statement of suitability (no more than two pages)")
    assert PAGE_LIMIT_RE.search("a CV of up to 3 sides of A4")
    assert not PAGE_LIMIT_RE.search("Experience producing board papers and reports")


def test_no_missing_must_have_from_a_details_row_or_a_page_limit() -> None:
    job = ("# Director of Services\n\n| | |\n|---|---|\n| Reference | HX-2041 |\n"
           "| Closing date | Friday 3 May 2026, 5pm |\n\n## Essential criteria\n"
           "- Experience leading a regional service\n\n## How to apply\nSend:\n"
           "- a personal statement (maximum two pages), and\n- a CV.\n")
    resume = ("# Ana Ruiz\nLeeds, UK\n\n## Experience\n### Service Manager — Harbour Foods, Leeds, UK\n"
              "Mar 2015 – present\n- Led a regional service for 40,000 customers.\n")
    concerns = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    quoted = " ".join(" ".join(concern.evidence) for concern in concerns)
    assert "HX-2041" not in quoted and "Closing date" not in quoted and "two pages" not in quoted


def test_an_instruction_is_a_duty_and_a_stated_requirement_is_not() -> None:
    assert instruction("Manage the group's purchasing consortium relationship and its rebates")
    assert instruction("Co-chair the product review panel with clinical leads")
    assert instruction("- Drive the safety strategy across all plants")
    for stated in ("Experience of managing a purchasing consortium relationship",
                   "Demonstrated experience in workforce planning", "Strong financial acumen",
                   "Sound knowledge of HGB and IFRS", "Excellent command of Dutch",
                   "Knowledge of the Care Act", "Ready to travel within the region"):
        assert not instruction(stated), stated


def test_a_duty_under_an_essential_heading_raises_no_missing_must_have() -> None:
    job = ("# Head of Procurement\n\n## Essential duties and responsibilities\n"
           "- Co-chair the product review panel with clinical leads and pharmacists\n"
           "- Lead a team of 12 buyers\n")
    resume = ("# Sam Lee\nLeeds, UK\n\n## Experience\n### Procurement Manager — Harbour Foods, Leeds, UK\n"
              "Mar 2015 – present\n- Led a team of 12 buyers across two sites.\n")
    concerns = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    assert not [concern for concern in concerns if concern.kind == "missing_must_have"
                and "review panel" in " ".join(concern.evidence)]


def test_a_sector_named_as_a_funder_or_partner_is_not_the_employers_sector() -> None:
    patterns = patterns_for(knowledge_base())
    assert sector_only_as_source("Experience securing significant funding from government sources",
                                 "public_sector", patterns)
    assert sector_only_as_source("A record of winning government grants", "public_sector", patterns)
    assert not sector_only_as_source("Experience working in local government", "public_sector",
                                     patterns)
    assert not sector_only_as_source("Experience of the public sector and its funding rules",
                                     "public_sector", patterns)


def test_language_levels_are_counted_in_steps() -> None:
    assert level_steps("B1", "B2") == 1
    assert level_steps("A2", "C1") == 3
    assert level_steps("basic", "B2") >= 2  # not a level: judged as before


RESUME_PORTUGUESE = ("# Ana Ruiz\nLeeds, UK\n\n## Experience\n### Service Manager — Harbour Foods, "
                     "Leeds, UK\nMar 2015 – present\n- Run a regional service for 40,000 customers.\n\n"
                     "## Languages\nEnglish – native\nPortuguese – {level}\n")
JOB_PORTUGUESE = ("# Director\n\n## Nice to have\n- Portuguese at B2 level or higher\n\n"
                  "## Requirements\n- Experience running a regional service\n")


def test_one_level_short_of_a_nice_to_have_language_is_no_concern() -> None:
    near = assess(JOB_PORTUGUESE, RESUME_PORTUGUESE.format(level="intermediate (B1)"),
                  embed=hash_embed, today=TODAY).concerns
    far = assess(JOB_PORTUGUESE, RESUME_PORTUGUESE.format(level="basic (A1)"),
                 embed=hash_embed, today=TODAY).concerns
    assert "language_level" not in [concern.kind for concern in near]
    assert "language_level" in [concern.kind for concern in far]


def test_a_roles_description_line_telling_the_candidates_remit_counts_as_held() -> None:
    job = ("# Director\n\n## The role\n- Lead a branch of about 140 staff.\n- Manage an annual "
           "budget of NZ$40 million.\n\n## Requirements\n- Experience running a digital service\n")
    resume = ("# Mere Smith\nAuckland, New Zealand\n\n## Experience\n### Head of Digital — Harbour "
              "City Council, Auckland\nMar 2018 – present\nHarbour City Council serves 410,000 "
              "residents. Reporting to the Chief Information Officer, I lead a team of 65 staff and "
              "manage an annual budget of NZ$22 million.\n- Led a team of 22 on the web programme.\n")
    titles = [concern.title for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns
              if concern.kind == "scope_step_up"]
    assert titles and "team of 65" in titles[0] and "NZ$22M" in titles[0]


JOB_MARKETS = ("# Regional Director\n\n## Requirements\n- Proven leadership across several "
               "countries, including {markets}\n- Experience leading sales teams\n")
RESUME_MARKETS = ("# Lee Tan\nKuala Lumpur, Malaysia\n\n## Experience\n### Sales Director — Harbour "
                  "Systems, Kuala Lumpur\nJan 2018 – present\n- Led sales teams in Malaysia, Thailand "
                  "and Indonesia, growing bookings 40%.\n- Opened partner channels in Thailand and "
                  "Indonesia.\n")


def test_international_work_in_other_markets_than_the_line_names_is_a_concern() -> None:
    concerns = assess(JOB_MARKETS.format(markets="Japan, Korea and Australia"), RESUME_MARKETS,
                      embed=hash_embed, today=TODAY).concerns
    found = [concern for concern in concerns if concern.kind == "domestic_only"]
    assert found and "Japan" in found[0].question and "Malaysia" in found[0].question
    assert found[0].answer_plan.acknowledge.startswith("That's fair: my work")


def test_international_work_in_a_market_the_line_names_is_no_concern() -> None:
    concerns = assess(JOB_MARKETS.format(markets="Thailand, Korea and Australia"), RESUME_MARKETS,
                      embed=hash_embed, today=TODAY).concerns
    assert "domestic_only" not in [concern.kind for concern in concerns]


def test_the_employers_sector_is_what_it_says_it_is_not_the_market_it_serves() -> None:
    patterns = patterns_for(knowledge_base())
    advert = ("Harbour Signals helps manufacturers cut downtime. Our monitoring sensors and SaaS "
              "platform run in 900 manufacturing plants, and manufacturers in 20 countries use "
              "them.")
    software = {matcher.industry.id for matcher in patterns.industries
                if matcher.regex.search("a SaaS platform")}
    making = {matcher.industry.id for matcher in patterns.industries
              if matcher.regex.search("manufacturers")}
    assert software and making and not software & making
    sector = next(iter(making))
    assert market_not_sector(advert, sector, software, patterns)
    own_plants = "We are a manufacturer of pumps. Our SaaS platform monitors our own plants."
    assert not market_not_sector(own_plants, sector, software, patterns)
    assert not market_not_sector(advert, sector, {"public_sector"}, patterns)


def test_a_sector_named_for_a_supplier_is_not_what_the_employer_is() -> None:
    patterns = patterns_for(knowledge_base())
    logistics = {matcher.industry.id for matcher in patterns.industries
                 if matcher.regex.search("logistics")}
    assert logistics
    assert not self_described("Manage our logistics providers and two 3PL warehouses.", logistics,
                              patterns)
    assert self_described("Our logistics network moves 4,000 pallets a day.", logistics, patterns)
