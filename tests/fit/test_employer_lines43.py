"""The employer's sector is read from what it says it is and does: its own description and the
role's lines, not its benefits, its hiring process, a policy line or a qualification asked."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.concerns.model import Context
from poise.fit.concerns.sector import employer_sectors
from poise.fit.job_line_purpose import gives_the_candidate
from poise.fit.job_reader import heading_section, read_job, section_lines
from poise.fit.lexicon import patterns_for
from poise.fit.result import assess

RESUME_HEAD = "# Lee Tan\nKuala Lumpur, Malaysia\n\n## Experience\n"
TERMINAL_RESUME = (RESUME_HEAD + "### Terminal Manager — Straits Port Logistics, Port Klang\n"
                   "Mar 2015 – present\n"
                   "- Ran container terminal logistics for 240 staff across vessel, yard and gate.\n"
                   "### Yard Manager — Selat Freight Logistics, Penang\nJan 2009 – Feb 2015\n"
                   "- Ran the logistics of a container yard and its freight gate.\n")


def _sectors(job: str, resume: str) -> dict[str, int]:
    fit = assess(job, resume, embed=hash_embed, today=TODAY)
    context = Context(fit.job, fit.resume, None, patterns_for())  # type: ignore[arg-type]
    return dict(employer_sectors(context))


def _kinds(job: str, resume: str) -> list[str]:
    return [concern.kind for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]


def test_headings_open_sections_of_their_own_kind() -> None:
    patterns = patterns_for()
    kinds = {"About us": "about", "Who we are": "about", "Benefits": "ignore",
             "How to apply": "ignore", "Pre-employment checks": "conditions",
             "About the role": "duties", "About you": "must"}
    for heading, kind in kinds.items():
        assert heading_section(heading, patterns) == kind, heading


def test_no_requirement_is_read_under_the_employers_own_description() -> None:
    job = read_job("# Operations Director\n\n## About us\n- We run three container terminals.\n"
                   "\n## Requirements\n- 15 years in port operations\n")
    assert [item.text for item in job.requirements] == ["15 years in port operations"]


def test_each_line_stands_in_its_sections_kind() -> None:
    lines = dict(section_lines(
        "Harbour Line is a port operator.\n\n## About us\nWe run three terminals.\n\n"
        "## Responsibilities\n- Lead the terminal\n\n"
        "Benefits: school fees for your children; health insurance for the whole family\n\n"
        "## What we offer\n- School fees for children\n", patterns_for()))
    assert lines == {"Harbour Line is a port operator.": "top", "We run three terminals.": "about",
                     "Lead the terminal": "duties", "School fees for children": "ignore",
                     "Benefits: school fees for your children; health insurance for the whole "
                     "family": "ignore"}


PORT_ADVERT = ("# Operations Director, Container Terminal\n\n## About us\n"
               "Harbour Line runs the port's largest container terminal and its logistics park, "
               "moving freight for the main shipping lines.\n\n## Responsibilities\n"
               "- Lead terminal operations and logistics across vessel, yard and gate\n"
               "- Take the terminal through automation\n\n## Requirements\n"
               "- 15 years in container terminal operations\n\n## What we offer\n"
               "- Children's school tuition support, including international school\n"
               "- Education allowance for up to three children at international schools\n"
               "- Language school lessons for your partner\n\n## How to apply\n"
               "- The interview panel includes a professor from the maritime university and the "
               "university's dean of education.\n")


def test_benefits_and_the_hiring_process_name_no_sector_of_the_employer() -> None:
    sectors = _sectors(PORT_ADVERT, TERMINAL_RESUME)
    assert sectors.get("education", 0) == 0
    assert sectors.get("logistics", 0) >= 2
    assert "industry_switch" not in _kinds(PORT_ADVERT, TERMINAL_RESUME)


def test_a_benefit_given_to_the_candidate_names_no_sector() -> None:
    words = patterns_for().content.cues.not_asking
    for given in ("We will pay school tuition for your children at an international school.",
                  "School fees are paid for your children.",
                  "We offer you private health cover for your family."):
        assert gives_the_candidate(given, words), given
    for work in ("You will provide care to your team.", "Lead a team that supports your customers.",
                 "We run schools for your children across the region.",
                 "We provide education to children across the region."):
        assert not gives_the_candidate(work, words), work


def test_a_benefit_told_in_prose_names_no_sector() -> None:
    job = ("# Operations Director, Container Terminal\n\n"
           "Harbour Line runs the port's largest container terminal and its logistics park.\n\n"
           "## Responsibilities\n- Lead terminal operations and logistics\n"
           "- We will pay school tuition for your children at an international school.\n"
           "- We pay for a university course in education of your choice and school fees.\n")
    assert _sectors(job, TERMINAL_RESUME).get("education", 0) == 0


def test_the_employers_own_description_still_makes_a_switch() -> None:
    job = ("# Director of Operations\n\n## About us\n"
           "Kestrel University is a public university of 30,000 students; the university runs "
           "higher education and research across four campuses and a school of medicine.\n\n"
           "## Responsibilities\n- Lead campus operations for the university's schools\n"
           "\n## Requirements\n- 15 years in operations leadership\n\n## What we offer\n"
           "- Relocation support and logistics help with your move\n")
    assert _sectors(job, TERMINAL_RESUME).get("education", 0) >= 3
    assert "industry_switch" in _kinds(job, TERMINAL_RESUME)
