"""A regulator's initials the advert defines in brackets read as the body, never a qualification;
posts written by their initials ("GM", "SE", "HR BP") read as the title, not a place or the
employer; a town named with an ordinal ("10th of Ramadan City") is a town. Each with a near miss
that must keep the old reading."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.bodies import credential_after, defined_bodies
from poise.fit.job_reader import read_job
from poise.fit.places import numbered_name, town_of
from poise.fit.result import assess
from poise.fit.resume_reader import read_resume
from poise.fit.town_names import with_english_name

BODY_JOB = """# Chief Pilot — Baltic Wing Airways

Baltic Wing Airways flies under a certificate issued by the Latvian Transport Safety Authority (LTSA).

## Requirements
- {line}
"""

RESUME = """# Ilze Berzina
Riga, Latvia

## Experience
### Chief Pilot — Nordkap Air, Tromsø
Mar 2015 – present
- Led 64 pilots on two fleets.

## Licences
- Class 1 Medical Certificate (Norwegian CAA), valid to 2026
- PMP, 2019
"""


def _match(line: str, resume: str = RESUME) -> dict[str, object]:
    fit = assess(BODY_JOB.format(line=line), resume, embed=hash_embed, today=TODAY).to_dict()
    (match,) = fit["matches"]
    return match


def test_initials_defined_after_an_authoritys_name_are_a_body() -> None:
    text = "regulated by the Port Regulatory Authority (PRA) and the Ministry of Transport (MOT)."
    assert defined_bodies(text, ["authority", "ministry"]) == {"PRA", "MOT"}


def test_initials_defined_after_an_award_or_a_company_are_no_body() -> None:
    text = "Certified Fraud Examiner (CFE) at Harbour Logistics Group (HLG)."
    assert defined_bodies(text, ["authority", "ministry"]) == frozenset()


def test_the_requirement_knows_the_bodies_its_line_names() -> None:
    job = read_job(BODY_JOB.format(line="A valid LTSA Class 1 medical certificate."))
    assert job.requirements[-1].bodies == ("LTSA",)


def test_the_credential_after_a_bodys_initials() -> None:
    nouns = ["certificate", "licence"]
    assert credential_after("A valid LTSA Class 1 medical certificate.", "LTSA", nouns) == (
        "Class 1 medical certificate")
    assert credential_after("Knowledge of LTSA procedures.", "LTSA", nouns) == ""


def test_a_credential_a_body_issues_is_shown_by_its_own_words_from_another_body() -> None:
    match = _match("A valid LTSA Class 1 medical certificate or the ability to obtain one.")
    assert match["strength"] == "strong"
    assert "Class 1 Medical Certificate" in str(match["quote"])


def test_a_credential_a_body_issues_that_the_resume_lacks_is_named_not_the_body() -> None:
    resume = RESUME.replace("- Class 1 Medical Certificate (Norwegian CAA), valid to 2026\n", "")
    match = _match("A valid LTSA Class 1 medical certificate.", resume)
    assert match["strength"] == "none"
    assert "LTSA qualification" not in str(match["reason"])
    assert "Class 1 medical certificate" in str(match["reason"])


def test_initials_of_an_award_stay_a_qualification() -> None:
    # near miss: PMP is defined nowhere as a body, so the résumé's PMP still shows it
    assert _match("PMP certification.")["strength"] == "strong"
    assert _match("PRINCE2 Practitioner certification.")["strength"] != "strong"


TITLES = """Jane Doe
Leeds, UK

EXPERIENCE

Harbour Logistics Ltd — GM
2010 – 2012
- Ran the depot.

HR BP | Northwind Foods plc | 2006 – 2008
- Advised three directors.

SE, Brightlane Software, Manchester | 2004 – 2006
- Built the billing platform.

Regional Director | Acme SE, Munich | 2000 – 2004
- Led the region.
"""


def test_posts_written_by_their_initials_are_the_title() -> None:
    roles = read_resume(TITLES, today=TODAY).roles
    read = [(role.title, role.employer) for role in roles]
    assert ("GM", "Harbour Logistics Ltd") in read
    assert ("HR BP", "Northwind Foods plc") in read
    assert ("SE", "Brightlane Software") in read


def test_a_legal_form_after_a_name_stays_the_employers() -> None:
    # near miss: "Acme SE" is a European company, its SE no post
    roles = read_resume(TITLES, today=TODAY).roles
    assert ("Regional Director", "Acme SE") in [(role.title, role.employer) for role in roles]


def test_a_town_named_with_an_ordinal_is_a_town() -> None:
    assert town_of("10th of Ramadan City, Sharqia, Egypt") == "10th of Ramadan City, Sharqia, Egypt"
    assert numbered_name("6th of October City")
    job = read_job("# Plant Director\n\n**Delta Pharma**\n10th of Ramadan City, Sharqia, Egypt\n\n"
                   "## Requirements\n- Ten years in pharmaceutical manufacturing.\n")
    assert job.location.startswith("10th of Ramadan City")


def test_a_street_or_a_floor_with_an_ordinal_is_no_town() -> None:
    assert not numbered_name("5th Avenue")
    assert not numbered_name("2nd Floor")
    assert town_of("5th Avenue, New York") == "New York"


def test_an_english_name_is_not_given_a_transliteration() -> None:
    assert with_english_name("10th of Ramadan City, Egypt") == "10th of Ramadan City, Egypt"
    assert with_english_name("München, Germany") == "München (Munich), Germany"


def test_the_layout_axis_of_a_post_known_by_its_initials_is_read() -> None:
    import resume_layouts as layouts  # benchmarks/ is on the path the suite runs with

    key = layouts.Key(name="axis/known", town="Leeds", evidence=("Ran the depot of 140 staff.",),
                      roles=(layouts.KeyRole("General Manager", "Harbour Logistics Ltd", "2019-03",
                                             "present"),
                             layouts.KeyRole("Operations Manager", "Northwind Foods plc",
                                             "2014-01", "2019-02")))
    layout = layouts.Layout("known", known_initials=True, join=" | ")
    _, stated = layouts.render(key, layout)
    assert stated[0].title in layouts.KNOWN_INITIALS
    result = layouts.score(key, layout)
    assert result.title == result.roles == 2, result.misses
