"""Company facts the advert states become quiz cards and brief lines; lines about the candidate
do not, and a fact the candidate edited is never overwritten."""

from __future__ import annotations

from pathlib import Path

from poise.content.loader import knowledge_base
from poise.prep.company_facts import advert_facts
from poise.prep.quiz import FactDraft
from poise.services import prep as prep_service
from poise.services.fit import create_application
from poise.services.prep import prep_content
from poise.settings import Settings
from poise.store.db import Database

JOB = """# Head of Claims

**Halden Insurance** — Leeds

Halden was founded in 1921 and is headquartered in Leeds. We are a mutual owned by our
members, with 4,200 colleagues across 14 sites and revenues of £1.2bn. We are migrating our
claims platform to Guidewire over the next two years.

## What you will do
- Lead 350 claims handlers through four regional managers.
- Run a budget of £18m.
"""
RESUME = """Jane Doe
Experience
2018 - present  Claims Director, Brook Insurance
- Led 180 claims handlers across three sites.
"""


def _content():  # type: ignore[no-untyped-def]
    return prep_content(knowledge_base()).company_facts


def test_the_advert_gives_one_card_per_kind_of_company_fact() -> None:
    facts = {fact.prompt: fact.answer for fact in advert_facts(JOB, "Halden Insurance", _content())}
    assert facts == {
        "When was Halden Insurance founded?": "1921",
        "Where is Halden Insurance headquartered?": "Leeds",
        "How many people work at Halden Insurance?": "4,200",
        "How far does Halden Insurance reach (countries, sites or stores)?": "14 sites",
        "What are Halden Insurance's annual revenues?": "£1.2bn",
        "Who owns Halden Insurance, and how is it held?": "a mutual",
        "What strategic move is Halden Insurance making now?":
            "migrating our claims platform to Guidewire over the next two years",
    }


def test_lines_about_the_candidate_are_not_company_facts() -> None:
    job = "## You will\n- Lead an organisation of 140 people across five sites.\n- Own a £14m budget.\n"
    assert advert_facts(job, "Nordvik Logistics", _content()) == []


def test_the_quiz_and_brief_use_them_and_an_edit_stays(tmp_path: Path) -> None:
    with Database.open(Settings(data_dir=tmp_path / "data", database_url="")) as db:
        application = create_application(db, company="Halden Insurance", title="Head of Claims",
                                          job_text=JOB, resume_text=RESUME)
        brief = prep_service.application_brief(db, application.id)
        assert ("When was Halden Insurance founded?", "1921") in brief.company_facts
        founded = next(fact for fact in prep_service.list_facts(db, application.id)
                       if fact.prompt == "When was Halden Insurance founded?")
        prep_service.add_facts(db, application.id, [FactDraft(founded.prompt, "1920", "company")])
        prep_service.sync_facts(db, application.id)
        answers = {fact.prompt: fact.answer for fact in prep_service.list_facts(db, application.id)}
        assert answers["When was Halden Insurance founded?"] == "1920"


def test_headquarters_said_as_a_noun_or_an_adjective_and_a_named_subsidiary_are_read() -> None:
    job = ("Pellworth Pumps, a Lyon-based maker of industrial pumps, is the Dutch subsidiary of "
           "Marlin Industrie AG.\nYou will report to the Chief Operating Officer at our headquarters "
           "in Rotterdam.\n")
    facts = {fact.prompt: fact.answer for fact in advert_facts(job, "Pellworth Pumps", _content())}
    assert facts["Who owns Pellworth Pumps, and how is it held?"] == \
        "the Dutch subsidiary of Marlin Industrie AG"
    assert facts["Where is Pellworth Pumps headquartered?"] == "Lyon"  # the first mention
    noun = advert_facts("Our headquarters are in Rotterdam.", "Pellworth Pumps", _content())
    assert [fact.answer for fact in noun] == ["Rotterdam"]
    heading = advert_facts("Our Evidence-Based Practice team is growing.", "Pellworth Pumps", _content())
    assert not any(fact.prompt.startswith("Where is") for fact in heading)
