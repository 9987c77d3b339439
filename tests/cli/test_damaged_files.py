"""A damaged document is one clear error from Poise, not the PDF library's own warnings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_a_binary_file_named_pdf_gives_one_error_and_no_library_warnings(tmp_path: Path) -> None:
    fake = tmp_path / "job.pdf"
    fake.write_bytes(b"\x00\x01\x02%PDF garbage" + bytes(range(256)) * 40)
    resume = tmp_path / "cv.txt"
    resume.write_text("Sam Lee\n\nExperience\n2019 - present  Head of Operations, Northwind\n")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "POISE_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "poise", "fit", "--job", str(fake), "--resume", str(resume)],
        capture_output=True, timeout=120, check=False, env=env, text=True,
    )
    assert result.returncode != 0
    shown = result.stdout + result.stderr
    assert "job.pdf" in shown and "What to do:" in shown
    assert "invalid pdf header" not in shown and "EOF marker" not in shown, shown
