"""The follow-up commands as a user runs them: debrief (--from and interactive), letter, followups,
pipeline and application stage/add, each with --json."""

from __future__ import annotations

import json
from datetime import date, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
import yaml
from icalendar import Calendar
from typer.testing import CliRunner

from poise.cli.app import app
from poise.content.loader import KnowledgeBase
from poise.followup.debrief import parse_debrief_yaml
from poise.settings import Settings
from poise.store.db import Database

from .conftest import CHANGE_PLAN, add_application, debrief_data

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Environment pointing `poise` at a fresh SQLite database in tmp_path."""
    return {"POISE_DATA_DIR": str(tmp_path / "data"), "POISE_DATABASE_URL": "", "COLUMNS": "200"}


@pytest.fixture
def app_id(env: dict[str, str]) -> int:
    """The sample application, stored in the CLI's database."""
    with Database.open(Settings(data_dir=Path(env["POISE_DATA_DIR"]))) as db:
        return add_application(db)


def _debrief_file(tmp_path: Path, **changes: object) -> Path:
    path = tmp_path / "debrief.yaml"
    path.write_text(yaml.safe_dump(debrief_data(**changes), sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("command", [["debrief"], ["letter"], ["followups"], ["pipeline"], ["application"],
                                     ["application", "stage"]])
def test_every_followup_command_has_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.stdout


def test_debrief_from_yaml_then_letter_followups_and_pipeline(
    tmp_path: Path, env: dict[str, str], app_id: int
) -> None:
    result = runner.invoke(app, ["debrief", str(app_id), "--from", str(_debrief_file(tmp_path)), "--json"],
                           env=env)
    assert result.exit_code == 0, result.output
    outcome = json.loads(result.stdout)
    assert outcome["application"]["stage_label"] == "interviewing (round 1)"
    assert len(outcome["queued"]) == 2
    assert [item["status"] for item in outcome["concerns"]] == ["matched", "added"]

    eml = tmp_path / "thanks.eml"
    result = runner.invoke(app, ["letter", "Northwind", "--eml", str(eml), "--sender", "Alex Morgan"],
                           env=env)
    assert result.exit_code == 0, result.output
    assert "Dear Maria," in result.stdout and CHANGE_PLAN in result.stdout
    assert "Check:" in result.output  # Sam's concern belongs in the letter to Sam
    message = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
    assert message["To"].addresses[0].addr_spec == "maria.lopez@northwind.example"

    result = runner.invoke(app, ["letter", str(app_id), "--interviewer", "Sam", "--json"], env=env)
    letter = json.loads(result.stdout)
    assert letter["to"]["name"] == "Sam Reed" and letter["tone"] == []

    ics = tmp_path / "followups.ics"
    result = runner.invoke(app, ["followups", str(app_id), "--ics", str(ics), "--json"], env=env)
    assert result.exit_code == 0, result.output
    schedule = json.loads(result.stdout)
    assert [step["due"] for step in schedule["steps"]][:2] == ["2024-05-07", "2024-05-20"]
    events = list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    # an interview of 2024: every step is history, so the calendar file holds no reminder
    assert events == [] and schedule["made_on"] >= "2024-07-03"
    result = runner.invoke(app, ["followups", str(app_id), "--ics", str(ics)], env=env)
    assert "no reminder in it" in " ".join(result.stdout.split())

    result = runner.invoke(app, ["followups", str(app_id), "--drafts"], env=env)
    assert result.exit_code == 0 and "checking in" in result.stdout

    result = runner.invoke(app, ["pipeline", "--json"], env=env)
    pipeline = json.loads(result.stdout)
    assert pipeline["applications"][0]["stage_label"] == "interviewing (round 1)"
    assert len(pipeline["practice_queue"]) == 2
    result = runner.invoke(app, ["pipeline"], env=env)
    assert result.exit_code == 0 and "Head of Operations" in result.stdout

    result = runner.invoke(app, ["debrief", str(app_id), "--list", "--json"], env=env)
    assert json.loads(result.stdout)[0]["held_on"] == "2024-05-07"


def test_debrief_from_bad_yaml_names_the_file_line_and_field(
    tmp_path: Path, env: dict[str, str], app_id: int
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "date: 2024-05-07\n"
        "interviewers:\n"
        "  - name: Maria Lopez\n"
        "questions:\n"
        "  - text: Walk me through your budget.\n"
        "    rating: 8\n"
        "    asked_by: Bob\n"
        "concerns:\n"
        "  - {text: no certification, handled: ignored}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["debrief", str(app_id), "--from", str(path)], env=env)
    assert result.exit_code == 2
    assert "E320" in result.output
    assert f"{path}:6: questions.0.rating:" in result.output
    assert f"{path}:9: concerns.0.handled:" in result.output
    # Pydantic problems are reported first; the panel check runs once the shape is right.
    path.write_text(path.read_text().replace("rating: 8", "rating: 2").replace("ignored", "open"))
    result = runner.invoke(app, ["debrief", str(app_id), "--from", str(path)], env=env)
    assert f"{path}:7: questions.0.asked_by: 'Bob' is not one of the interviewers" in result.output


def test_debrief_from_broken_or_missing_file(tmp_path: Path, env: dict[str, str], app_id: int) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("date: [2024\n", encoding="utf-8")
    result = runner.invoke(app, ["debrief", str(app_id), "--from", str(path)], env=env)
    assert result.exit_code == 2 and "broken YAML" in result.output and f"{path}:" in result.output
    result = runner.invoke(app, ["debrief", str(app_id), "--from", str(tmp_path / "nope.yaml")], env=env)
    assert result.exit_code == 2 and "There is no file" in result.output


def test_debrief_interactive(env: dict[str, str], app_id: int) -> None:
    day = (date.today() - timedelta(days=1)).isoformat()
    answers = [
        day, "1",                                                 # date, round
        "Maria Lopez", "COO", "not-an-email", "maria@northwind.example", "Maria",
        "Sam Reed", "CFO", "", "",                                # Sam: no email, greet by full name
        "",                                                       # no more interviewers
        "failures.nope",                                          # unknown id: asked again
        "5",                                                      # a rating typed early: asked again
        "failures.biggest_failure", "2", "Sam", "I blamed the vendor.",
        "I now run a pre-mortem before every launch", "",
        "How would you run our peak season?", "5", "Maria", "", "the Porto peak",
        "",                                                       # no more questions
        "no change management certificate", "y", "open", "Maria", "",
        "",                                                       # no more concerns
        "I'll send the Zaragoza deck", "y",
        "",                                                       # no more promises
        "a panel with the CEO", "", "",                            # next step, no date, said by Maria
        "",                                                       # notes
        "y",                                                      # save
    ]
    result = runner.invoke(app, ["debrief", str(app_id)], input="\n".join(answers) + "\n", env=env)
    assert result.exit_code == 0, result.output
    assert "No bank question has the id 'failures.nope'" in result.output
    assert "'5' is not a question." in result.output
    assert "not an email address" in result.output
    assert "Saved debrief" in result.output and "interviewing (round 1)" in result.output
    assert "Added to your practice queue: “" in result.output
    assert "is your predicted “Missing must-have: change management certification”" in result.output
    result = runner.invoke(app, ["debrief", str(app_id), "--list", "--json"], env=env)
    stored = json.loads(result.stdout)[0]
    # "Maria" is the greeting offered by default (the first name), so nothing extra is stored
    assert stored["interviewers"][0] == {"name": "Maria Lopez", "role": "COO", "greet": "", "title": "",
                                         "email": "maria@northwind.example", "address_as": ""}
    assert stored["questions"][1]["topic"] == "the Porto peak"
    assert stored["concerns"][0]["concern_id"] == "c1"
    assert stored["promises"][0]["what"] == "the Zaragoza deck"
    assert stored["next_step"] == {"what": "a panel with the CEO", "by": None, "said_by": "Maria Lopez"}
    assert stored["questions"][0]["add_now"] == "I now run a pre-mortem before every launch"
    letter = runner.invoke(app, ["letter", str(app_id)], env=env)
    assert "Dear Maria," in letter.stdout and "the Porto peak" in letter.stdout
    to_sam = runner.invoke(app, ["letter", str(app_id), "--interviewer", "Sam Reed"], env=env)
    assert "I would like to add one point: I now run a pre-mortem before every launch." in to_sam.stdout


def test_application_stage(env: dict[str, str], app_id: int) -> None:
    result = runner.invoke(app, ["application", "stage", str(app_id), "interviewing", "--round", "2",
                                 "--json"], env=env)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["stage_label"] == "interviewing (round 2)"
    result = runner.invoke(app, ["application", "stage", str(app_id), "hired"], env=env)
    assert result.exit_code == 2 and "Unknown stage 'hired'" in result.output and "declined" in result.output


def test_letter_and_followups_for_unknown_application(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["letter", "42"], env=env)
    assert result.exit_code == 1 and "No application with id 42" in result.output
    result = runner.invoke(app, ["followups", "Nowhere Ltd"], env=env)
    assert result.exit_code == 1 and "No application matches 'Nowhere Ltd'" in result.output


def test_the_example_in_debrief_help_is_a_valid_debrief(kb: KnowledgeBase) -> None:
    from poise.cli.followup import DEBRIEF_EXAMPLE

    text = DEBRIEF_EXAMPLE.split("(YAML):\n", 1)[1]
    bank = {question.id: question.text for question in kb.questions.values()}
    debrief = parse_debrief_yaml(text, file="help", bank=bank, today=date(2024, 5, 7))
    assert debrief.interviewers[0].greeting_name == "Maria"
    assert debrief.next_step is not None and debrief.next_step.by == date(2024, 5, 17)
