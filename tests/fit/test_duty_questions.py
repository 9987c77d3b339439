"""Likely questions come from the advert's duties as well as from the bank."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from poise.settings import Settings
from poise.web.app import create_app

JOB = """# Head of Warehouse Systems

## What you will do
- Lead the migration of all nine sites from our legacy system to SAP EWM over 18 months.
- Manage the outsourcing partner that runs our night shifts, against a new service contract.
- Report monthly to the operations board.

## What you bring
- 8+ years leading warehouse operations teams.
"""
RESUME = """Jane Doe
Experience
2018 - present  Head of Operations, Halden Freight
- Led 120 staff across three warehouses and moved two sites to Manhattan WMS.
"""


def test_the_application_page_asks_from_the_duties_and_links_to_practise(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", database_url="")
    with TestClient(create_app(settings, warm_up=False)) as client:
        created = client.post("/api/v1/applications", json={
            "company": "Nordvik", "title": "Head of Warehouse Systems", "job_text": JOB,
            "resume_text": RESUME})
        app_id = created.json()["id"]
        page = client.get(f"/applications/{app_id}").text
        assert "The advert says: “Lead the migration of all nine sites" in page
        assert "From the advert&#39;s duties." in page
        analyse = client.get("/analyse", params={"own": "The advert says: “Lead the migration”."}).text
    assert 'value="The advert says: “Lead the migration”."' in analyse


def test_a_long_duty_is_read_out_as_its_gist() -> None:
    from poise.fit.questions import brief_duty

    duty = ("Working closely with the Finance Director, you will run our three distribution centres "
            "(Leeds, Hull and York, 420 staff in total), including the transport fleet, the "
            "agency labour contract and the returns operation.")
    assert brief_duty(duty) == "You will run our three distribution centres."
    assert brief_duty("Own the budget.") == "Own the budget."
    long = " ".join(["Plan"] + ["the move"] * 20)
    assert brief_duty(long).endswith("…") and len(brief_duty(long).split()) == 28


@pytest.mark.parametrize(("line", "duty"), [
    ("Lead finance, accounting, tax and treasury for a business growing 35% a year", True),
    ("Leadership of the regional finance teams across EMEA", True),
    ("Ensuring compliance with GDPR across the group", True),
    ("Responsible for the P&L of the Benelux region", True),
    ("Reporting to the Director, you will lead the warehouse team", True),
    ("The post holder will manage a budget of £4m", True),
    # about the job or the company: nothing an interviewer can ask "when have you done" about
    ("This is a builder's job: the next two years will decide whether we go to market with a "
     "finance function investors trust from day one.", False),
    ("We are moving our warehouses to a new WMS next year", False),
])
def test_a_duty_question_is_built_only_from_a_line_stating_a_duty(line: str, duty: bool) -> None:
    from poise.fit.questions import states_a_duty

    assert states_a_duty(line) is duty


@pytest.mark.parametrize(("duty", "read"), [
    ("Leading 1,200 employees through the plant management team: four production managers and "
     "the heads of quality and logistics.", "Leading 1,200 employees through the plant "
                                             "management team."),
    ("Representing the plant towards customers, group headquarters in Heilbronn, public "
     "authorities and the town of Mladá Boleslav.",
     "Representing the plant towards customers, group headquarters in Heilbronn, public "
     "authorities and the town of Mladá Boleslav."),
    ("Maintaining IATF 16949, ISO 14001 and ISO 45001 certification and leading the plant "
     "through customer audits.", "Maintaining IATF 16949, ISO 14001 and ISO 45001 "
                                 "certification and leading the plant through customer audits."),
])
def test_a_duty_keeps_its_verb_and_its_numbers(duty: str, read: str) -> None:
    """The opener is dropped only before a clause with its own subject: a comma inside a number
    or between the items of a list keeps the duty whole ('200 employees through…' was read out)."""
    from poise.fit.questions import brief_duty

    assert brief_duty(duty) == read
