"""Résumé and advert reading across more national layouts: month names joined to the year by a
slash or a hyphen ("Sep/2010", "Mar-2018"), Latin American legal forms ("S.A.A.", "S.A.C."), a
site or unit line under a company marked by its legal form, fields on a dated line that are no
title ("Hours per week: 60 · Rank: Colonel"), a chain of posts whose first step has no title
word ("Registrar, then Consultant, Cardiology"), a standing registration that explains no gap,
and an advert's place after a bracketed code, a state code after a slash or a labelled field in
another language."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY, roles_of

from poise.fit.dates import parse_point
from poise.fit.job_reader import read_job
from poise.fit.resume_reader import read_resume

REQUIREMENTS = "\n\n## Requirements\n- Ten years in operations.\n"


@pytest.mark.parametrize(("text", "iso"), [("Sep/2010", "2010-09"), ("Mar-2018", "2018-03"),
                                           ("mar/2018", "2018-03"), ("Sept. 2019", "2019-09")])
def test_a_month_name_joined_to_its_year_is_a_point(text: str, iso: str) -> None:
    point = parse_point(text)
    assert point is not None and point.iso() == iso


SLASH_MONTHS_CV = """## Professional Experience

**Armazéns Oeste, S.A.** – Leiria
Warehouse Manager
Sep/2012 – May/2016
- Ran the finished-goods warehouse; 60 employees.

**Transportes Vouga, Lda.** – Aveiro
Planning Analyst
Jan/2009 – Aug/2012
- Route planning for a fleet of 40 trucks.
"""


def test_roles_dated_with_slashed_month_names_are_all_read() -> None:
    roles = roles_of(SLASH_MONTHS_CV)
    assert [(title, start, end) for title, _employer, start, end in roles] == [
        ("Warehouse Manager", "2012-09", "2016-05"), ("Planning Analyst", "2009-01", "2012-08")]


UNIT_UNDER_COMPANY_CV = """## Professional Experience

**MINERA LOS ALAMOS S.A.A.**
Unidad Operativa Quebrada Honda, Ica – open pit iron mine

**2016 – to date**   Mine Operations Manager
- Drilling, blasting and hauling with 400 people.

**2012 – 2016**   Senior Planning Engineer
- Long-term mine plan.

**SERVICIOS MINEROS DEL SUR S.A.C.**
Nazca – contractor to open pit mines

**2008 – 2012**   Mine Engineer
- Fleet production control.
"""


def test_a_site_line_under_a_company_marked_by_its_legal_form_is_not_the_employer() -> None:
    roles = roles_of(UNIT_UNDER_COMPANY_CV)
    assert [(title, employer) for title, employer, _start, _end in roles] == [
        ("Mine Operations Manager", "MINERA LOS ALAMOS S.A.A."),
        ("Senior Planning Engineer", "MINERA LOS ALAMOS S.A.A."),
        ("Mine Engineer", "SERVICIOS MINEROS DEL SUR S.A.C.")]


FIELDS_ON_DATED_LINE_CV = """## Work Experience

**Deputy Commander, 52nd Support Group**
U.S. Army, Fort Halder, KY
Oct 2017 – Sep 2021 · Hours per week: 55 · Rank: Lieutenant Colonel

Duties: Deputy for a group of 900 soldiers and civilians.

**Operations Officer, 3rd Logistics Battalion**
U.S. Army, Camp Ridley, TX
Jun 2014 – Sep 2017 · Hours per week: 50 · Grade: O-4
"""


def test_labelled_fields_on_a_dated_line_do_not_become_the_title() -> None:
    roles = roles_of(FIELDS_ON_DATED_LINE_CV)
    assert [title for title, _employer, _start, _end in roles] == [
        "Deputy Commander, 52nd Support Group", "Operations Officer, 3rd Logistics Battalion"]


CHAIN_WITHOUT_TITLE_WORD_CV = """## Experience

**From May 2014 to date**
**Clinical Director**
Riverside Heart Centre – Alexandria, Egypt

**From March 2006 to April 2014**
**Registrar, then Consultant, Cardiology**
Delta University Hospital – Mansoura, Egypt
"""


def test_a_chain_of_posts_under_the_dates_is_the_title_whole() -> None:
    roles = roles_of(CHAIN_WITHOUT_TITLE_WORD_CV)
    assert roles[1][:2] == ("Registrar, then Consultant, Cardiology", "Delta University Hospital")


REGISTRATION_CV = """## Employment history

**Aug 2021 – date**
**Head of Surgical Services**
Westvale Hospital, Perth

**Mar 2016 – Jan 2021**
**Service Manager, Theatres**
Eastmoor Hospital, Dundee

## Education and qualifications

- BSc (Hons) Nursing (Adult), University of Leeds, 2005

## Professional development

- PRINCE2 Foundation, 2015
- Registered Nurse (Adult), Nursing and Midwifery Council, since 2005
"""


def test_a_registration_held_since_before_the_gap_does_not_explain_it() -> None:
    breaks = read_resume(REGISTRATION_CV, today=TODAY).breaks
    assert [(item.kind, item.start % 12 + 1, item.end % 12 + 1) for item in breaks] == [
        ("gap", 2, 7)]


def test_a_course_in_the_gap_still_explains_it() -> None:
    text = REGISTRATION_CV.replace("- BSc (Hons) Nursing (Adult), University of Leeds, 2005", (
        "- MSc Healthcare Management, Feb 2021 – Jul 2021\n"
        "- BSc (Hons) Nursing (Adult), University of Leeds, 2005"))
    assert read_resume(text, today=TODAY).breaks == ()


@pytest.mark.parametrize(("header", "place"), [
    ("# Deputy Director of Operations\n\nHollins Regional Airport (HRA), Wichita, Kansas\n",
     "Wichita, Kansas"),
    ("# Logistics Director\n\nCuritiba/PR · Head office · CLT · Full-time\n", "Curitiba"),
    ("# General Manager\n\n| Location of Post | Riverside Hospital, Limerick |\n", "Limerick"),
    ("# Director\n\nLocal de trabalho: Porto Alegre, on-site four days a week\n", "Porto Alegre"),
])
def test_the_advert_place_is_read_past_codes_and_labels(header: str, place: str) -> None:
    assert place in read_job(header + REQUIREMENTS).location


LEVEL_TABLE_JOB = """# Director of Corporate Services

## Person specification

| Criteria | Essential / Desirable |
|---|---|
| Full member of a CCAB body | Essential |
| Experience of managing major contracts | Essential |
| Full UK driving licence | Essential |
| Experience of managing a large vehicle fleet | Desirable |
| A postgraduate management qualification | Desirable |
"""


def test_a_short_row_of_a_level_table_is_a_criterion_not_a_new_header() -> None:
    job = read_job(LEVEL_TABLE_JOB)
    assert [(item.text, item.must) for item in job.requirements] == [
        ("Full member of a CCAB body", True), ("Experience of managing major contracts", True),
        ("Full UK driving licence", True),
        ("Experience of managing a large vehicle fleet", False),
        ("A postgraduate management qualification", False)]


DUTIES_WITH_BENEFIT_WORDS_JOB = """# Deputy Director of Operations

## Essential Duties and Responsibilities

- Directs the day-to-day operation of the terminal and landside areas
- Supervises about 300 employees and oversees contracted parking management and shuttle services
- Manage the staff pension scheme's annual review with the trustees

## Benefits

- Free parking on site
- Generous pension and 30 days annual leave
- Offers a gym membership
"""


def test_a_duty_that_names_a_benefit_is_still_a_duty_and_benefits_are_not_asks() -> None:
    job = read_job(DUTIES_WITH_BENEFIT_WORDS_JOB)
    texts = [item.text for item in job.requirements]
    assert any(text.startswith("Supervises about 300 employees") for text in texts)
    assert any(text.startswith("Manage the staff pension scheme") for text in texts)
    assert not any("Free parking" in text or "annual leave" in text or "gym" in text
                   for text in texts)


def test_essential_duties_are_duties_not_must_haves() -> None:
    job = read_job(DUTIES_WITH_BENEFIT_WORDS_JOB)
    assert {item.section for item in job.requirements} == {"duties"}


KOREAN_TABLES_CV = """# Kim Min-jun

## Education

| Period | School | Major / Degree |
|---|---|---|
| 1999.03 ~ 2005.02 | Daejeon National University | B.S., Mechanical Engineering |

## Work Experience

**Hanul Cells Co., Ltd. – Production Team Head (2016.03 ~ present)**
- Led 600 operators on two lines

## Certificates

| Date | Certificate | Issuer |
|---|---|---|
| 2012.10 | Six Sigma Green Belt | Korean Standards Association |
| 2017.05 | Industrial Safety Engineer | HRD Korea |
"""


def test_year_first_study_dates_leave_no_fragments_behind() -> None:
    education = read_resume(KOREAN_TABLES_CV, today=TODAY).education
    assert education == ("Daejeon National University | B.S., Mechanical Engineering",)


def test_an_issuer_column_stays_with_its_certificate() -> None:
    certifications = read_resume(KOREAN_TABLES_CV, today=TODAY).certifications
    assert "Six Sigma Green Belt, Korean Standards Association" in certifications
    assert "Korean Standards Association" not in certifications
    assert not any(item.startswith(".") for item in certifications)


ABROAD_MENTION_JOB = """# Plant Director

## Requirements
- International experience across several countries
"""
ABROAD_MENTION_CV = """# Park Ji-ho
Cheongju

## Work Experience

**Hanul Cells Co., Ltd. – Production Team Head (2016.03 ~ present)**
- Led 600 operators on two lines
- Trained 30 engineers from the company's plant in Poland during its start-up
"""


def test_a_country_a_bullet_mentions_is_not_called_the_home_of_every_role() -> None:
    from tests.fit.conftest import hash_embed

    from poise.fit.lexicon import patterns_for
    from poise.fit.match import match_requirements, similarity

    job = read_job(ABROAD_MENTION_JOB)
    resume = read_resume(ABROAD_MENTION_CV, today=TODAY)
    matches = match_requirements(job, resume, similarity(job, resume, hash_embed), patterns_for())
    reasons = " ".join(verdict.reason for match in matches for verdict in match.verdicts)
    assert "Every role on the résumé is in Poland" not in reasons
    assert "Poland" not in reasons or "South Korea" in reasons


@pytest.mark.parametrize(("text", "levels"), [
    ("Bilingualism, French and English, spoken and written — essential",
     [("French", "C2"), ("English", "C2")]),
    ("Fluency: German", [("German", "C1")]),
    ("Excellent communication skills, English", [("English", "")]),
])
def test_a_level_word_leading_the_line_is_the_level_asked(text: str, levels: list[tuple[str, str]]
                                                          ) -> None:
    from poise.fit.ladders import languages_in
    from poise.fit.lexicon import patterns_for

    assert languages_in(text, patterns_for(None)) == levels


UNION_REASON_JOB = ("# Plant Director\n\n## Requirements\n"
                    "- Bilingualism, French and English, spoken and written — essential, since our "
                    "workforce, union and authorities work in French.\n"
                    "- Ten years leading food manufacturing plants.\n")
UNION_REASON_CV = """# Sam Roe
Mississauga, ON

## Experience

**Plant Manager**
Golden Loaf Bakeries, Mississauga, ON
2016 – present
- Lead 260 employees through 9 managers.

## Languages
- English (native); French intermediate — working on it.
"""


def test_a_union_named_in_the_reason_for_an_ask_is_not_a_union_gap() -> None:
    from tests.fit.conftest import hash_embed

    from poise.fit.result import assess

    fit = assess(UNION_REASON_JOB, UNION_REASON_CV, embed=hash_embed, today=TODAY)
    assert not any("trade union" in " ".join((c.title, c.why, c.answer_plan.draft()))
                   for c in fit.concerns)
    asked = UNION_REASON_JOB + "- Experience negotiating collective agreements with a trade union.\n"
    fit = assess(asked, UNION_REASON_CV, embed=hash_embed, today=TODAY)
    assert any(c.kind == "missing_must_have" for c in fit.concerns)
