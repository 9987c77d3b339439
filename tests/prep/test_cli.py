"""The prep commands as a user runs them: story, coverage, salary, weakness, brief and quiz."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pypdf
import pytest
from typer.testing import CliRunner

from poise.cli.app import app
from poise.settings import Settings
from poise.store.db import Database

from .data import DIRECTOR_STORY, add_application

runner = CliRunner()
COMMANDS = [["story"], ["story", "add"], ["story", "list"], ["story", "show"], ["story", "delete"],
            ["coverage"], ["salary"], ["weakness"], ["brief"], ["quiz"]]
FACTS_YAML = """\
- fact: Founded
  answer: "1962"
- fact: CEO
  answer: Maria Keller
"""


@pytest.fixture
def app_id(cli_env: Settings, fit: dict[str, Any]) -> int:
    """An application with the typical fit in the CLI's database."""
    with Database.open(cli_env) as db:
        return add_application(db, fit)


def _add_story(application: int | None = None) -> dict[str, Any]:
    args = ["story", "add", "--title", DIRECTOR_STORY.title,
            "--circumstances", DIRECTOR_STORY.circumstances, "--actions", DIRECTOR_STORY.actions,
            "--results", DIRECTOR_STORY.results, "--json"]
    for competency in DIRECTOR_STORY.competencies:
        args += ["--competency", competency]
    if application is not None:
        args += ["--application", str(application)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_every_prep_command_has_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_story_add_list_show_and_delete(cli_env: Settings, app_id: int) -> None:
    story = _add_story(app_id)
    assert story["overall"] >= 60 and story["application_id"] == app_id
    listed = runner.invoke(app, ["story", "list"])
    assert "Warehouse turnaround" in listed.stdout and f"{story['overall']}/100" in listed.stdout
    shown = runner.invoke(app, ["story", "show", str(story["id"]), "--target", "executive"])
    assert shown.exit_code == 0
    assert "Reads as Director for a VP / C-level role" in " ".join(shown.stdout.split())
    assert "lift people" in shown.stdout
    as_json = json.loads(runner.invoke(app, ["story", "show", str(story["id"]), "--json"]).stdout)
    assert as_json["calibration"]["target"] == "director"
    deleted = runner.invoke(app, ["story", "delete", str(story["id"])])
    assert deleted.exit_code == 0
    missing = runner.invoke(app, ["story", "show", str(story["id"])])
    assert missing.exit_code == 1 and "E202" in missing.output


def test_story_add_with_unknown_competency_is_a_clear_error(cli_env: Settings) -> None:
    result = runner.invoke(app, ["story", "add", "--title", "T", "--actions", "I did it.",
                                 "--competency", "charisma"])
    assert result.exit_code == 1
    assert "Unknown competency 'charisma'" in result.output and "E300" in result.output


def test_coverage_prints_the_matrix_and_the_gaps(cli_env: Settings, app_id: int) -> None:
    _add_story(app_id)
    result = runner.invoke(app, ["coverage", "--application", str(app_id), "--rate",
                                 "time_management=5"])
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert "Story coverage" in text and "No good story yet" in text
    assert "You rate yourself 5/5" in text
    data = json.loads(runner.invoke(app, ["coverage", "--json"]).stdout)
    assert len(data["rows"]) == 18
    bad = runner.invoke(app, ["coverage", "--rate", "organising"])
    assert bad.exit_code == 2


def test_salary_prints_both_answers(cli_env: Settings) -> None:
    result = runner.invoke(app, ["salary", "--low", "95000", "--high", "115000", "--currency",
                                 "EUR", "--source", "Hays 2026 salary guide", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert "€95,000" in data["pressed"]["answer"]
    for key in ("deflect", "pressed"):
        assert not [f for f in data[key]["report"]["findings"] if f["rule"].startswith("salary.")]
    text = runner.invoke(app, ["salary", "--low", "1", "--high", "2", "--currency", "EUR",
                               "--source", "x"]).stdout
    assert "First, turn it back" in text and "When pressed" in text
    bad = runner.invoke(app, ["salary", "--low", "9", "--high", "2", "--currency", "EUR",
                              "--source", "x"])
    assert bad.exit_code == 1 and "low end" in bad.output


def test_weakness_prints_the_draft_and_what_is_missing(cli_env: Settings) -> None:
    result = runner.invoke(app, ["weakness", "--shortcoming", "I used to hold on to decisions"])
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "Your answer" in text and "Missing: The steps you are taking." in text
    assert "Missing: Evidence of progress." in text


def test_brief_writes_a_one_page_pdf_and_the_html(
    cli_env: Settings, app_id: int, tmp_path: Path
) -> None:
    _add_story(app_id)
    pdf, html = tmp_path / "brief.pdf", tmp_path / "brief.html"
    result = runner.invoke(app, ["brief", str(app_id), "--pdf", str(pdf), "--html", str(html)])
    assert result.exit_code == 0, result.output
    assert len(pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages) == 1
    assert 'id="stories"' in html.read_text(encoding="utf-8")
    printed = runner.invoke(app, ["brief", str(app_id)])
    assert "Stories to tell" in printed.stdout and "Only one story so far" in printed.stdout
    assert "Warehouse turnaround" in printed.stdout
    missing = runner.invoke(app, ["brief", "404"])
    assert missing.exit_code == 1 and "No application with id 404" in missing.output


def test_quiz_imports_facts_asks_and_says_right_or_wrong(
    cli_env: Settings, app_id: int, tmp_path: Path
) -> None:
    facts = tmp_path / "facts.yaml"
    facts.write_text(FACTS_YAML, encoding="utf-8")
    answers = "nineteen sixty-two\nJohn Smith\nMaria Keller\n"
    result = runner.invoke(app, ["quiz", str(app_id), "--facts", str(facts), "--limit", "2"],
                           input=answers)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Imported 2 facts." in out
    assert "Hanse Maschinenbau: Founded?" in out and "Right." in out
    assert "Wrong. The answer is: Maria Keller" in out
    assert "Once more, the ones you missed" in out
    assert "1 of 2 right." in out
    again = runner.invoke(app, ["quiz", str(app_id), "--limit", "1"], input="March 2019\n")
    assert "When did you start as Head of Operations at Acme Logistics?" in again.stdout
    assert "Right." in again.stdout


def test_quiz_stops_cleanly_when_input_ends(cli_env: Settings, app_id: int) -> None:
    result = runner.invoke(app, ["quiz", str(app_id)], input="")
    assert result.exit_code == 0
    assert "Stopped." in result.stdout


def test_quiz_without_facts_or_fit_says_how_to_add_them(cli_env: Settings) -> None:
    with Database.open(cli_env) as db:
        bare = add_application(db, None)
    result = runner.invoke(app, ["quiz", str(bare)])
    assert result.exit_code == 0 and "No facts to drill yet" in result.stdout


def test_quiz_rejects_a_broken_facts_file(cli_env: Settings, app_id: int, tmp_path: Path) -> None:
    broken = tmp_path / "facts.yaml"
    broken.write_text("- fact: Founded\n", encoding="utf-8")
    result = runner.invoke(app, ["quiz", str(app_id), "--facts", str(broken)])
    assert result.exit_code == 1 and "Item 1 is not a fact" in result.output


def test_story_add_says_its_level_and_lists_competencies_by_name(cli_env: Settings,
                                                                   app_id: int) -> None:
    """`story add` is "judged and levelled": the level is printed with the score; a listed story
    names its competencies in words, never by their ids ("results_achievements")."""
    args = ["story", "add", "--title", DIRECTOR_STORY.title,
            "--circumstances", DIRECTOR_STORY.circumstances, "--actions", DIRECTOR_STORY.actions,
            "--results", DIRECTOR_STORY.results, "--application", str(app_id)]
    for competency in DIRECTOR_STORY.competencies:
        args += ["--competency", competency]
    added = runner.invoke(app, args, env={"COLUMNS": "200"})
    assert added.exit_code == 0, added.output
    assert "Level: Reads as" in added.stdout
    listed = runner.invoke(app, ["story", "list"], env={"COLUMNS": "200"})
    assert listed.exit_code == 0, listed.output
    for competency in DIRECTOR_STORY.competencies:
        assert competency not in listed.stdout
