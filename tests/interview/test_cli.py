"""`poise practice` as a user runs it (answers typed line by line when not on a terminal)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.interview.conftest import CONCERN_REPLY, DONE, PAUSE, PROJECTIVE, STORY
from typer.testing import CliRunner

from poise.cli.app import app

runner = CliRunner()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data folder (so a private SQLite database) for the command."""
    monkeypatch.setenv("POISE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("POISE_DATABASE_URL", "")
    return tmp_path / "data"


def test_practice_runs_a_projective_session_to_the_report(data_dir: Path) -> None:
    answers = "\n".join([PROJECTIVE] * 12 + [PAUSE, CONCERN_REPLY, DONE]) + "\n"
    result = runner.invoke(app, ["practice", "--format", "projective", "--seed", "1"], input=answers)
    assert result.exit_code == 0, result.output
    output = result.output
    assert "Anna Kowalski" in output and "question 1 of 12" in output
    assert "Since you ask, yes" in output
    assert "Session report" in output and "Money is the only motive named" in output
    assert "You asked what gives the interviewer pause" in output

    again = runner.invoke(app, ["practice", "--report", "1"])
    assert again.exit_code == 0 and "Session report" in again.output


def test_a_panel_report_says_the_closing_once_and_heads_the_questions_asked(data_dir: Path) -> None:
    answers = "\n".join([STORY] * 8 + [PAUSE, CONCERN_REPLY, DONE]) + "\n"
    result = runner.invoke(app, ["practice", "--format", "panel", "--seed", "3"], input=answers)
    assert result.exit_code == 0, result.output
    report = " ".join(result.output.split("Session report", 1)[1].split())
    assert "Panel verdict" in report
    assert report.count("Closing: You asked what gives the interviewer pause") == 1  # in the memo only
    assert "Your questions at the end: • Is there anything about me" in report


def test_practice_report_says_first_when_the_pause_question_is_missing(data_dir: Path) -> None:
    answers = "\n".join([PROJECTIVE] * 12 + [DONE]) + "\n"
    result = runner.invoke(app, ["practice", "--format", "projective", "--seed", "1", "--mode", "real"],
                           input=answers)
    assert result.exit_code == 0, result.output
    report = result.output.split("Session report", 1)[1]
    first_line = report.split("•", 2)[1]
    assert "You never asked whether anything about you" in first_line
    assert "Feedback" not in result.output.split("Session report", 1)[0]


def test_practice_pauses_at_end_of_input_and_resumes(data_dir: Path) -> None:
    first = runner.invoke(app, ["practice", "--format", "projective", "--seed", "2"],
                          input=PROJECTIVE + "\n")
    assert first.exit_code == 0 and "--resume 1" in first.output
    rest = "\n".join([PROJECTIVE] * 11 + [DONE]) + "\n"
    resumed = runner.invoke(app, ["practice", "--resume", "1"], input=rest)
    assert resumed.exit_code == 0, resumed.output
    assert "Resuming the interview" in resumed.output and "Session report" in resumed.output


def test_practice_needs_exactly_one_of_format_resume_report(data_dir: Path) -> None:
    result = runner.invoke(app, ["practice"])
    assert result.exit_code == 2
    unknown = runner.invoke(app, ["practice", "--format", "karaoke"])
    assert unknown.exit_code == 1 and "E300" in unknown.output


def test_the_terminal_shows_where_a_stress_answer_was_cut(kb: object) -> None:
    from poise.cli import practice as cli_practice
    from poise.interview import respond, start_interview
    from poise.interview.judges import interview_content  # noqa: F401  (content is loaded)
    from poise.interview.session_report import TurnFeedback

    state = start_interview(kb, interview_format="stress", seed=9).state  # type: ignore[arg-type]
    long_answer = " ".join(["I rebuilt the pick routes with the planners at the Leeds site."] * 6)
    step = respond(kb, state, long_answer, seconds=120)  # type: ignore[arg-type]
    assert step.turn is not None
    with cli_practice.out.capture() as captured:
        cli_practice._practice_feedback(TurnFeedback.from_dict(step.turn.feedback))
    shown = captured.get()
    assert "Cut off at 1:00" in shown and "not heard" in shown
