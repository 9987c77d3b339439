"""The `poise` command as a user runs it: help, version, questions, content check, analyze."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from poise import __version__
from poise.cli.app import app
from poise.content.loader import content_dir

runner = CliRunner()
COMMANDS = [[], ["content"], ["content", "check"], ["content", "docs"], ["questions"], ["analyze"],
            ["serve"]]


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.stdout


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "root")
def test_every_command_has_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_python_dash_m_works() -> None:
    result = subprocess.run([sys.executable, "-m", "poise", "--version"], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0 and __version__ in result.stdout


def test_questions_json_lists_the_bank() -> None:
    result = runner.invoke(app, ["questions", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert len(data) >= 200
    for key in ("id", "text", "family", "formats", "competencies", "really_asking"):
        assert key in data[0]


def test_questions_filters_combine() -> None:
    result = runner.invoke(app, ["questions", "--family", "failures", "--format", "stress", "--json"])
    data = json.loads(result.stdout)
    assert data and all(q["family"] == "failures" and "stress" in q["formats"] for q in data)


def test_questions_unknown_family_is_a_clear_error() -> None:
    result = runner.invoke(app, ["questions", "--family", "astrology"])
    assert result.exit_code == 1
    assert "Unknown family" in result.output and "failures" in result.output


def test_content_check_is_clean() -> None:
    result = runner.invoke(app, ["content", "check"])
    assert result.exit_code == 0, result.output


def test_content_check_reports_file_line_and_exits_nonzero(tmp_path: Path) -> None:
    target = tmp_path / "src" / "poise" / "content"
    shutil.copytree(content_dir(), target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (target / "formats.yaml").write_text("formats:\n  - id: panel\n    nme: x\n", encoding="utf-8")
    result = runner.invoke(app, ["content", "check", "--path", str(target)])
    assert result.exit_code == 1
    assert "formats.yaml:3: unknown key 'nme'" in result.output


def test_analyze_json_report() -> None:
    result = runner.invoke(app, [
        "analyze", "--question", "Tell me about your biggest failure.", "--family", "failures",
        "--answer", "Honestly I have never really failed at anything. It wasn't really my fault "
        "when the launch slipped, I warned them it wouldn't work.", "--json",
    ])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    rules = {finding["rule"] for finding in report["findings"]}
    assert {"failures.denies", "tone.blame"} <= rules
    assert report["schema_version"]


def test_analyze_empty_answer_is_a_clear_error() -> None:
    result = runner.invoke(app, ["analyze", "--question", "Why you?", "--answer", "   "])
    assert result.exit_code == 2
    assert "empty" in result.output


def test_analyze_reads_stdin() -> None:
    result = runner.invoke(app, ["analyze", "--question", "Why should we hire you?", "-", "--json"],
                           input="Because I can solve any problem and I work day and night.")
    assert result.exit_code == 0, result.output
    assert "tone.pompous" in {f["rule"] for f in json.loads(result.stdout)["findings"]}


def test_analyze_batch_keeps_input_order(tmp_path: Path) -> None:
    batch = tmp_path / "answers.jsonl"
    lines = [
        {"id": "a", "question": "What is your greatest weakness?", "family": "weaknesses",
         "answer": "I'm a perfectionist and I work too hard."},
        {"id": "b", "question": "Why should we hire you?", "answer": "I can solve any problem."},
        {"id": "c", "question": "Tell me about yourself.", "answer": ""},
    ]
    batch.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    result = runner.invoke(app, ["analyze", "--batch", str(batch), "--json"])
    assert result.exit_code == 0, result.output
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["id"] for r in reports] == ["a", "b", "c"]
    assert "error" in reports[2]
