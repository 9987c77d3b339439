"""`poise fit`: the fit map and concerns in the terminal, the JSON shape, and --save."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from poise.cli.app import app
from poise.settings import Settings
from poise.store.db import Database
from poise.store.repositories import ApplicationRepository

runner = CliRunner()


@pytest.fixture
def files(tmp_path: Path, job_text: str, resume_text: str) -> tuple[Path, Path]:
    """The sample job and résumé written to files."""
    job = tmp_path / "job.md"
    resume = tmp_path / "resume.txt"
    job.write_text(job_text, encoding="utf-8")
    resume.write_text(resume_text, encoding="utf-8")
    return job, resume


def test_fit_json_has_the_documented_shape(files: tuple[Path, Path]) -> None:
    job, resume = files
    result = runner.invoke(app, ["fit", "--job", str(job), "--resume", str(resume), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["version"] == 1 and data["level"] == "director"
    for key in ("requirements", "matches", "concerns", "resume", "questions", "questions_to_ask"):
        assert key in data
    assert data["concerns"]
    for concern in data["concerns"]:
        assert {"id", "kind", "title", "why", "severity", "score", "evidence", "answer_plan",
                "draft"} <= set(concern)
        assert set(concern["answer_plan"]) == {"acknowledge", "evidence", "plan", "check_back"}
    severities = [concern["score"] for concern in data["concerns"]]
    assert severities == sorted(severities, reverse=True)
    assert 0 < len(data["questions"]) <= 10
    for question in data["questions"]:
        assert {"id", "text", "family", "competencies"} <= set(question)
    asked = {question["id"] for question in data["questions_to_ask"]}
    assert "pause" in asked


def test_fit_prints_the_map_and_the_answer_plans(files: tuple[Path, Path]) -> None:
    job, resume = files
    result = runner.invoke(app, ["fit", "--job", str(job), "--resume", str(resume)],
                           env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    for words in ("Fit map", "Acknowledge", "Evidence", "Plan", "Check back", "gives you pause"):
        assert words in result.stdout


def test_fit_save_stores_the_application(files: tuple[Path, Path], tmp_path: Path) -> None:
    job, resume = files
    env = {"POISE_DATA_DIR": str(tmp_path / "data"), "POISE_DATABASE_URL": ""}
    result = runner.invoke(app, ["fit", "--job", str(job), "--resume", str(resume), "--json",
                                 "--save", "--company", "Halden Freight"], env=env)
    assert result.exit_code == 0, result.output
    application_id = json.loads(result.stdout)["application_id"]
    db = Database.open(Settings(data_dir=tmp_path / "data", database_url=""))
    try:
        with db.session() as session:
            stored = ApplicationRepository(session).get(application_id)
            assert stored.company == "Halden Freight"
            assert stored.title == "Director of Operations"
            assert stored.fit is not None and stored.fit["version"] == 1
    finally:
        db.close()


def test_fit_save_needs_a_company(files: tuple[Path, Path]) -> None:
    job, resume = files
    result = runner.invoke(app, ["fit", "--job", str(job), "--resume", str(resume), "--save"])
    assert result.exit_code == 2
    assert "--company" in result.output


def test_fit_bad_file_is_a_coded_error(files: tuple[Path, Path], tmp_path: Path) -> None:
    job, _ = files
    fake = tmp_path / "cv.pdf"
    fake.write_text("not a pdf at all", encoding="utf-8")
    result = runner.invoke(app, ["fit", "--job", str(job), "--resume", str(fake)])
    assert result.exit_code == 2
    assert "E304" in result.output
    assert "What to do" in result.output


def test_fit_shows_what_it_read_from_the_resume(files: tuple[Path, Path]) -> None:
    job, resume = files
    result = runner.invoke(app, ["fit", "--job", str(job), "--resume", str(resume)],
                           env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    assert "What Poise read from your résumé" in result.output
    assert "Maison Verte Retail" in result.output
    assert "French (native), English (C1)" in result.output


def test_fit_json_holds_the_resume_facts(files: tuple[Path, Path]) -> None:
    job, resume = files
    result = runner.invoke(app, ["fit", "--job", str(job), "--resume", str(resume), "--json"])
    data = json.loads(result.stdout)["resume"]
    assert data["languages"] == [{"language": "French", "level": "native"},
                                 {"language": "English", "level": "C1"}]
    assert data["education"] == ["MSc Supply Chain, Université Lyon 2"]
    assert data["location"] == "Lyon, France"
    assert data["breaks"] == [{"start": "2017-07", "end": "2018-02", "explained": False, "quote": "",
                               "lines": []}]


def test_fit_lists_side_roles_apart_from_the_jobs(tmp_path: Path, job_text: str,
                                                  resume_text: str) -> None:
    job = tmp_path / "job.md"
    resume = tmp_path / "resume.txt"
    job.write_text(job_text, encoding="utf-8")
    resume.write_text(resume_text + "\n\nVOLUNTEERING\n\nTreasurer, Croix-Rousse Food Bank | "
                      "2016 – 2020\n", encoding="utf-8")
    shown = runner.invoke(app, ["fit", "--job", str(job), "--resume", str(resume)],
                          env={"COLUMNS": "160"})
    assert shown.exit_code == 0, shown.output
    assert "Other roles: Treasurer, Croix-Rousse Food Bank (2016 – 2020)" in shown.output
    data = json.loads(runner.invoke(app, ["fit", "--job", str(job), "--resume", str(resume),
                                          "--json"]).stdout)["resume"]
    assert data["side_roles"] == [{"title": "Treasurer", "employer": "Croix-Rousse Food Bank",
                                   "start": "2016", "end": "2020", "months": 60}]
    assert "Croix-Rousse" not in json.dumps(data["roles"])


def test_a_plan_step_with_nothing_to_say_is_left_out_not_printed_empty() -> None:
    from poise.cli.fit import plan_steps
    from poise.fit.concerns.model import AnswerPlan

    text = plan_steps(AnswerPlan(acknowledge="That's fair.", evidence="", plan="By day 30 I will…",
                                 check_back="Does that help?"))
    assert "Evidence" not in text
    assert "2. Plan:" in text and "3. Check back:" in text


def test_fit_shows_no_internal_names_and_whole_concern_titles(files: tuple[Path, Path]) -> None:
    """A requirement's kind ('scope_team') and a concern's id ('employment_gap') are internal
    names: the terminal shows words, and a concern's title whole, even in a narrow window."""
    job, resume = files
    data = json.loads(runner.invoke(app, ["fit", "--job", str(job), "--resume", str(resume),
                                          "--json"]).stdout)
    result = runner.invoke(app, ["fit", "--job", str(job), "--resume", str(resume)],
                           env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.replace("│", " ").split())
    internal = {item["kind"] for item in data["requirements"]} | {
        concern["id"] for concern in data["concerns"]}
    for name in internal:
        if "_" in name:
            assert name not in flat, name
    for concern in data["concerns"]:
        assert " ".join(concern["title"].split()) in flat, concern["title"]
