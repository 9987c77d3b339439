"""Concerns the résumé answers, or that come from a line asking nothing: leaders counted on the
résumé by their title answer "leading leaders"; a trait of character and "other tasks" are no
requirements; a sector named only in a qualification asked or a benefit is not the employer's;
investors counted in thousands are customers, not a board; a certificate a duty keeps up for
the site or a partner is not the holder's."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.concerns.requirements import attribute_statement, catch_all_duties
from poise.fit.result import assess

RESUME_HEAD = "# Ana Ruiz\nLeeds, UK\n\n## Experience\n"


def _kinds(job: str, resume: str) -> list[str]:
    return [concern.kind for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]


def test_a_trait_of_character_is_no_requirement() -> None:
    assert attribute_statement("You are calm, you listen first and you decide on evidence.")
    assert attribute_statement("- You are curious (we ask a lot of questions here), and you act.")
    for skill in ("You are fluent in Polish and English.",
                  "You are experienced in running cold-chain depots.",
                  "You are a chartered surveyor.",
                  "You are responsible for four depots.",
                  "Experience of leading a regional service."):
        assert not attribute_statement(skill), skill


def test_more_work_in_general_is_no_requirement() -> None:
    assert catch_all_duties("Other tasks as the board directs.")
    assert catch_all_duties("Additional responsibilities as required.")
    assert catch_all_duties("Related duties")
    for named in ("Procurement duties for three depots", "Key responsibilities",
                  "Manage other duties such as payroll and budgets for the depots"):
        assert not catch_all_duties(named), named


def test_no_missing_must_have_from_a_trait_or_a_catch_all_line() -> None:
    job = ("# Head of Depots\n\n## What you bring\n"
           "- You are patient (our depots are busy), you coach people and you decide on data.\n"
           "- Further tasks as the director assigns.\n"
           "- Experience leading depot operations\n")
    resume = (RESUME_HEAD + "### Depot Manager — Harbour Foods, Leeds, UK\nMar 2015 – present\n"
              "- Led depot operations for 40 staff across two sites.\n")
    concerns = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    quoted = " ".join(concern.title + " ".join(concern.evidence) for concern in concerns)
    assert "patient" not in quoted and "Further tasks" not in quoted


def test_leaders_counted_by_title_answer_leading_leaders() -> None:
    job = ("# Director of Student Services\n\n## Responsibilities\n"
           "- Supervise six directors and about 90 staff across the student services.\n")
    leads_heads = (RESUME_HEAD + "### Associate Dean — Harbour College, Leeds, UK\nMar 2016 – present\n"
                   "- Supervise four directors and 30 staff in advising, housing and conduct.\n")
    assert "no_leading_leaders" not in _kinds(job, leads_heads)


def test_case_managers_are_no_leaders_of_leaders() -> None:
    job = ("# Director of Programmes\n\n## Responsibilities\n"
           "- Lead four regional managers and, through them, about 60 staff.\n")
    front_line = (RESUME_HEAD + "### Programme Lead — Harbour Housing, Leeds, UK\nMar 2016 – present\n"
                  "- Supervise a team of 12: 8 case managers and 4 housing officers.\n")
    assert "no_leading_leaders" in _kinds(job, front_line)


def test_a_sector_named_only_in_a_degree_or_a_benefit_is_no_switch() -> None:
    from poise.fit.concerns.model import Context
    from poise.fit.concerns.sector import employer_sectors
    from poise.fit.lexicon import patterns_for

    job = ("# Marketing Director\n\nHarbour Foods is an FMCG company whose consumer goods brands "
           "are in most homes.\n\n## What you bring\n- Lead the FMCG brands across the region\n"
           "- A university degree in marketing\n- An MBA from a recognised business school\n"
           "- A degree from a university or a school of management\n\n## What we offer\n"
           "- Private medical insurance and life insurance for you and your family\n")
    resume = (RESUME_HEAD + "### Brand Director — Larch Drinks, Leeds, UK\nMar 2015 – present\n"
              "- Led the FMCG brands of a consumer goods company; grew sales by 12%.\n"
              "### Brand Manager — Tern Foods, Leeds, UK\nJan 2010 – Feb 2015\n"
              "- Ran two FMCG brands.\n")
    fit = assess(job, resume, embed=hash_embed, today=TODAY)
    sectors = dict(employer_sectors(Context(fit.job, fit.resume, None, patterns_for())))  # type: ignore[arg-type]
    assert dict(fit.job.industries).get("education", 0) >= 3
    assert sectors.get("education", 0) == 0 and sectors.get("insurance", 0) == 0
    assert "industry_switch" not in [concern.kind for concern in fit.concerns]


def test_investors_counted_in_thousands_are_customers_not_a_board() -> None:
    from poise.analysis.nlp import spacy_pipeline
    from poise.fit.concerns.requirements import counted_clientele

    doc = spacy_pipeline(parse=True)("Ran advice on pension products for 12,000 private investors")
    assert counted_clientele(next(token for token in doc if token.lower_ == "investors"))
    doc = spacy_pipeline(parse=True)("Reported each quarter to our 3 investors and the board")
    assert not counted_clientele(next(token for token in doc if token.lower_ == "investors"))


def test_a_board_is_asked_when_the_only_investors_shown_are_customers() -> None:
    job = ("# Head of Advice\n\n## Responsibilities\n"
           "- Report quarterly to the Board Audit Committee on advice quality.\n")
    resume = (RESUME_HEAD + "### Advice Manager — Harbour Wealth, Leeds, UK\nMar 2015 – present\n"
              "- Ran advice on pension products for 12,000 private investors.\n")
    assert "no_board_exposure" in _kinds(job, resume)


def test_a_certificate_the_work_keeps_up_is_not_the_holders() -> None:
    from poise.fit.concerns.requirements import work_certification

    assert work_certification("Maintain the depot's ISO 22000 certification and run audits",
                              "ISO 22000")
    assert work_certification("Oversee our hauliers, including their FORS accreditation", "FORS")
    for personal, name in (("Hold a current NMC registration", "NMC"),
                           ("Obtain PMP certification within 12 months", "PMP"),
                           ("Lean Six Sigma Green Belt required", "Green Belt"),
                           ("Chartered accountant (ACA or ACCA)", "ACA")):
        assert not work_certification(personal, name), personal


def test_no_missing_qualification_from_a_certificate_the_site_holds() -> None:
    job = ("# Head of Depots\n\n## Key duties\n"
           "- Maintain our depots' ISO 22000 certification and run the audits that keep it\n"
           "- Lead depot operations for 60 staff\n")
    resume = (RESUME_HEAD + "### Depot Manager — Harbour Foods, Leeds, UK\nMar 2015 – present\n"
              "- Led depot operations for 60 staff across two sites.\n")
    concerns = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    assert not any(concern.kind == "missing_must_have" for concern in concerns)
