"""Places near the top of a document that are not where the job is or where the candidate
lives: an owners' list in the advert's first paragraphs, a heading about the employer, a table
of personal details whose first row is the candidate's name and whose address opens with a
building and flat number."""

from __future__ import annotations

from poise.fit.job_reader import read_job
from poise.fit.resume_reader import read_resume

OWNERS = ("Brekka Veitur hf. is a company owned by three towns of the region: Dalvíkurbyggð (60,1%), "
          "Akureyri (25,2%), Húsavík (14,7%), which together appoint its board.")
OWNERS_ADVERT = f"""# Head of Networks

Brekka Veitur hf. is hiring an experienced leader to run the water and heat networks.

## About Brekka Veitur

{OWNERS}

## Requirements
- Ten years in utility operations.

## Practical details

The job is full-time and based at the main office in Egilsstaðir; some travel to the plants.
"""


def test_the_owners_towns_in_the_first_paragraphs_are_not_the_jobs_place() -> None:
    assert read_job(OWNERS_ADVERT).location == "Egilsstaðir"


def test_a_heading_about_the_employer_is_no_place() -> None:
    advert = OWNERS_ADVERT.replace("based at the main office in Egilsstaðir", "full of variety")
    assert read_job(advert).location == ""


def test_a_sentence_that_says_where_the_job_is_based_needs_a_capital_after_it() -> None:
    # "based at the main office in Egilsstaðir": the intro's lookahead wants a capitalised word,
    # whatever the case of the words around it
    advert = OWNERS_ADVERT.replace("in Egilsstaðir", "in town")
    assert read_job(advert).location == ""


PERSONAL_TABLE = """# Curriculum Vitae

## Personal details

| Item | Details |
|---|---|
| Name | LEE MIN-SEO |
| Date of Birth | 1980.02.11 |
| Address | 1503-702, 88 Haean-ro, Buk-gu, Pohang, Republic of Korea |
| Mobile | +82-10-5521-0934 |

## Career

### Harbour Steel Co., Ltd. — Pohang, Korea
**Plant Manager** | 2015.03 ~ present
- Ran the cold rolling plant with 420 staff.
"""


def test_a_name_row_is_a_personal_detail_and_the_address_row_gives_the_town() -> None:
    location = read_resume(PERSONAL_TABLE).location
    assert "Pohang" in location
    assert "Name" not in location


def test_a_phone_number_in_an_address_row_is_still_cut_off() -> None:
    text = PERSONAL_TABLE.replace("| Address | 1503-702, 88 Haean-ro, Buk-gu, Pohang, Republic of Korea |",
                                  "| Address | Pohang, Republic of Korea +82-10-5521-0934 |")
    location = read_resume(text).location
    assert "Pohang" in location and "82" not in location
