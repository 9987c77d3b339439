"""Command-line arguments that are not valid UTF-8 are read, not crashed on."""

from __future__ import annotations

import os
import subprocess
import sys

from poise.cli.app import readable_arguments


def test_bytes_that_are_not_utf8_become_replacement_characters() -> None:
    broken = b"I fixed it \xff\xfe quickly".decode("utf-8", "surrogateescape")
    assert readable_arguments([broken, "plain"]) == ["I fixed it \ufffd\ufffd quickly", "plain"]


def test_poise_analyze_takes_an_answer_with_broken_bytes() -> None:
    answer = b"In 2021 I missed a deadline \xff and I fixed it by planning with the team."
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"poise", b"analyze", b"--question",
         b"Tell me about a failure.", b"--answer", answer, b"--json"],
        capture_output=True, timeout=120, check=False, env=env,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")[-2000:]
    assert b"\\ufffd" in result.stdout or "\ufffd".encode() in result.stdout
