"""Hints say what to do in words; the CLI adds its command and the web its link."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from poise.cli.app import app
from poise.cli.next_steps import COMMANDS, command_for
from poise.errors import NextStep
from poise.settings import Settings
from poise.web.app import create_app
from poise.web.next_steps import link_for


def test_every_step_has_a_command_or_a_link() -> None:
    for step in NextStep:
        assert step in COMMANDS or link_for(step, "7", application_id=3) is not None, step


def test_the_cli_adds_its_command(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["brief", "999"], env={"POISE_DATA_DIR": str(tmp_path)})
    assert result.exit_code == 1
    assert "See the saved applications and their ids. Run `poise pipeline`." in result.output
    assert command_for(NextStep.RECORD_DEBRIEF, "4") == "poise debrief 4"


def test_the_web_adds_its_link_and_shows_no_command(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", database_url="")
    with TestClient(create_app(settings, warm_up=False)) as client:
        page = client.get("/applications/999")
    assert page.status_code == 404
    assert '<a class="button" href="/pipeline">Your applications</a>' in page.text
    assert "poise " not in page.text.replace("Poise ", "")
