"""Bounded work: reading is linear in the text, and a job or résumé has a documented size limit."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from poise.cli.app import app
from poise.errors import InputError
from poise.fit import MAX_DOCUMENT_CHARS, check_length
from poise.fit.extract import join_wrapped, read_job, read_resume
from poise.fit.intake import read_bytes
from poise.fit.result import assess


def _never_embed(texts: list[str]) -> object:
    raise AssertionError("the limit is checked before any parsing or embedding")


def _short_lines(count: int) -> str:
    return "\n".join(f"note {number} item" for number in range(count))


def test_join_wrapped_joins_ten_thousand_short_lines_into_one() -> None:
    joined = join_wrapped(_short_lines(10_000), paragraphs=True)
    assert len(joined) == 1
    index, text = joined[0]
    assert index == 0 and text.startswith("note 0 item note 1 item") and text.endswith("note 9999 item")


def test_reading_ten_thousand_short_lines_reads_every_line() -> None:
    text = _short_lines(10_000)
    job = read_job(text)
    resume = read_resume(text)
    assert job.text == text and len(resume.lines) == 10_000


def test_reading_work_grows_linearly() -> None:
    def cost(count: int) -> float:
        text = _short_lines(count)
        started = time.perf_counter()
        read_job(text)
        read_resume(text)
        return time.perf_counter() - started

    cost(200)  # the language pipeline loads once, outside the measurement
    small, large = cost(1_000), cost(8_000)
    # Eight times the lines: about eight times the work when linear, sixty-four when quadratic.
    # A ratio rather than a wall-clock limit, so a busy machine does not fail it.
    assert large < small * 25 + 0.5


def test_join_work_grows_linearly() -> None:
    def cost(count: int) -> float:
        started = time.perf_counter()
        join_wrapped(_short_lines(count), paragraphs=True)
        return time.perf_counter() - started

    small, large = min(cost(2_000) for _ in range(3)), min(cost(16_000) for _ in range(3))
    # Eight times the lines: about eight times the work when linear, sixty-four when quadratic.
    assert large < small * 25 + 0.05


def test_a_docx_of_tiny_paragraphs_reads_every_paragraph() -> None:
    from docx import Document

    document = Document()
    for number in range(3_000):
        document.add_paragraph(f"p{number}")
    buffer = io.BytesIO()
    document.save(buffer)
    text = read_bytes(buffer.getvalue(), name="advert.docx")
    job = read_job(text)
    assert "p0" in job.text and "p2999" in job.text


def test_check_length_names_the_limit() -> None:
    assert check_length("x" * MAX_DOCUMENT_CHARS, what="résumé") == "x" * MAX_DOCUMENT_CHARS
    with pytest.raises(InputError) as raised:
        check_length("x" * (MAX_DOCUMENT_CHARS + 1), what="résumé")
    assert "30,000" in raised.value.message and "résumé" in raised.value.message


@pytest.mark.parametrize("which", ["job", "resume"])
def test_assess_refuses_an_oversized_text_before_parsing(which: str) -> None:
    big, small = "word " * (MAX_DOCUMENT_CHARS // 5 + 1), "A short text."
    job, resume = (big, small) if which == "job" else (small, big)
    with pytest.raises(InputError, match="at most 30,000 characters"):
        assess(job, resume, embed=_never_embed)  # type: ignore[arg-type]


def test_service_refuses_an_oversized_job() -> None:
    from poise.services.fit import build_fit

    with pytest.raises(InputError, match="job description"):
        build_fit("Lead the team.\n" * 3_000, "Manager, 2019 – 2024")


def test_cli_fit_reports_the_limit(tmp_path: Path, resume_text: str) -> None:
    job = tmp_path / "job.txt"
    resume = tmp_path / "resume.txt"
    job.write_text("Lead the regional team.\n" * 2_000, encoding="utf-8")
    resume.write_text(resume_text, encoding="utf-8")
    result = CliRunner().invoke(app, ["fit", "--job", str(job), "--resume", str(resume)])
    assert result.exit_code == 2
    assert "30,000" in result.output
