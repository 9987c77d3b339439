"""The pay range a job advert states starts the salary prep, in the CLI and on the page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from poise.cli.app import app
from poise.content.loader import knowledge_base
from poise.prep.salary import advertised_range
from poise.services.prep import prep_content
from poise.settings import Settings
from poise.web.app import create_app

JOB = """Head of Claims Operations
Salary: £82,000 – £96,000 per annum, plus 10% bonus and car allowance
About you
- You have led teams of 150+ people in a regulated insurer.
- You bring a record of improving customer outcomes under FCA rules.
"""
RESUME = """Jane Doe
Experience
2018 - present  Claims Director, Halden Insurance
- Led 180 claims handlers across three sites.
"""


@pytest.mark.parametrize(("line", "expected"), [
    ("Salary: £82,000 – £96,000 per annum", (82_000, 96_000, "GBP")),
    ("Base salary range: $180K-$220K + equity", (180_000, 220_000, "USD")),
    ("Package: EUR 95.000 to 110.000 gross per year", (95_000, 110_000, "EUR")),
    ("Compensation 150,000 - 170,000 USD", (150_000, 170_000, "USD")),
])
def test_the_advert_range_is_read_with_its_currency(line: str, expected: tuple[float, float, str]) -> None:
    cues = prep_content(knowledge_base()).salary.advert_cues
    found = advertised_range(f"Head of Operations\n{line}\n", cues)
    assert found is not None and (found.low, found.high, found.currency) == expected


@pytest.mark.parametrize("text", ["We employ 350 people and run a budget of £9m.", "Salary: competitive",
                                  "Founded in 2004, 12,000 clients in 40 countries."])
def test_no_range_is_invented(text: str) -> None:
    assert advertised_range(text, prep_content(knowledge_base()).salary.advert_cues) is None


def test_the_prep_page_and_the_cli_start_from_the_advert(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", database_url="")
    with TestClient(create_app(settings, warm_up=False)) as client:
        created = client.post("/api/v1/applications", json={
            "company": "Halden", "title": "Head of Claims", "job_text": JOB, "resume_text": RESUME})
        app_id = created.json()["id"]
        page = client.get(f"/applications/{app_id}/prep").text
    assert 'value="82,000"' in page and 'value="96,000"' in page
    assert '<option value="GBP" selected>' in page
    assert "The advert states" in page
    result = CliRunner().invoke(app, ["salary", "--application", str(app_id), "--source",
                                      "Hays 2026 insurance guide", "--json"],
                                env={"POISE_DATA_DIR": str(tmp_path / "data")})
    assert result.exit_code == 0, result.output
    assert '"currency": "GBP"' in result.stdout


def test_the_cli_answer_names_the_advert_when_the_figures_are_the_adverts(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", database_url="")
    with TestClient(create_app(settings, warm_up=False)) as client:
        app_id = client.post("/api/v1/applications", json={
            "company": "Halden", "title": "Head of Claims", "job_text": JOB,
            "resume_text": RESUME}).json()["id"]
    env = {"POISE_DATA_DIR": str(tmp_path / "data")}
    taken = CliRunner().invoke(app, ["salary", "--application", str(app_id), "--source",
                                     "two recruiters in Leeds", "--json"], env=env)
    assert taken.exit_code == 0, taken.output
    pressed = json.loads(taken.stdout)["pressed"]["answer"]
    assert "Going by the advert, the base" in pressed
    assert "two recruiters in Leeds" not in pressed  # they did not give the advert's figures
    without_source = CliRunner().invoke(app, ["salary", "--application", str(app_id)], env=env)
    assert without_source.exit_code == 0, without_source.output
    own = CliRunner().invoke(app, ["salary", "--application", str(app_id), "--low", "85k", "--high", "99k",
                                   "--source", "two recruiters in Leeds", "--json"], env=env)
    assert "Going by two recruiters in Leeds, the base" in json.loads(own.stdout)["pressed"]["answer"]
