"""A fresh `poise analyze`: the CLI loads only what the command needs, and the content cache gives
the same report as reading the content files, even after the cache file is damaged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

QUESTION = "Tell me about a time you turned around an underperforming team."
ANSWER = (
    "In 2023 I took over a regional operations team of 40 that had missed its service target for "
    "three quarters. I met each shift lead in my first week, found that the rota left the busiest "
    "hours short, and rebuilt it with them. I also set a weekly review of the backlog. Within six "
    "months on-time delivery rose from 81% to 95% and overtime fell by a third. I learned to fix "
    "the system before judging the people."
)


def run_poise(*arguments: str, cache: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "POISE_CACHE_DIR": str(cache), "POISE_DATA_DIR": str(cwd / "data")}
    return subprocess.run([sys.executable, "-m", "poise", *arguments], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=300, check=False)


def test_loading_the_cli_leaves_the_engine_the_store_and_the_models_for_later() -> None:
    probe = ("import sys, poise.cli.app; print(' '.join(sorted(m for m in sys.modules "
             "if m.split('.')[0] in {'poise', 'spacy', 'onnxruntime', 'sqlalchemy'})))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True, timeout=120)
    loaded = set(done.stdout.split())
    assert "poise.cli.app" in loaded
    for heavy in ("poise.interview", "poise.analysis", "poise.store", "spacy", "onnxruntime",
                  "sqlalchemy"):
        assert heavy not in loaded, f"importing the CLI loads {heavy}"


def test_analyze_reports_the_same_from_the_content_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    arguments = ("analyze", "--question", QUESTION, "--answer", ANSWER, "--json")
    first = run_poise(*arguments, cache=cache, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    kept = sorted(cache.glob("content-*.pickle"))
    assert len(kept) == 1, "the first run keeps the validated content"

    second = run_poise(*arguments, cache=cache, cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout) == json.loads(first.stdout)

    kept[0].write_bytes(b"damaged by a full disk")
    third = run_poise(*arguments, cache=cache, cwd=tmp_path)
    assert third.returncode == 0, third.stderr
    assert json.loads(third.stdout) == json.loads(first.stdout)
    assert kept[0].read_bytes() != b"damaged by a full disk", "the damaged file is rebuilt"
