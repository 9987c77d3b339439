"""A fresh `poise analyze`: the CLI loads only what the command needs, and the content cache gives
the same report as reading the content files, even after the cache file is damaged."""

from __future__ import annotations

import gc
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


ANALYZE_PROBE = (
    "import sys\n"
    "sys.argv = ['poise', 'analyze', '--question', sys.argv[1], '--answer', sys.argv[2], '--json']\n"
    "from poise.__main__ import main\n"
    "try:\n"
    "    main()\n"
    "except SystemExit:\n"
    "    pass\n"
    "print(' '.join(sorted(sys.modules)), file=sys.stderr)\n"
)


def test_analyze_loads_only_what_its_report_needs(tmp_path: Path) -> None:
    """What `poise analyze` of one answer must not import: the web edge, the store, the other
    core packages and their content models, and spaCy's command line with its HTTP clients."""
    env = {**os.environ, "POISE_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):  # the first run reads the content files and fills the cache folder
        done = subprocess.run([sys.executable, "-c", ANALYZE_PROBE, QUESTION, ANSWER],
                              capture_output=True, text=True, env=env, timeout=300, check=False)
        assert done.returncode == 0, done.stderr
    assert "findings" in json.loads(done.stdout)
    loaded = set(done.stderr.strip().splitlines()[-1].split())
    assert {"spacy", "onnxruntime", "poise.analysis.analyse"} <= loaded
    unneeded = ("poise.web", "poise.store", "poise.fit", "poise.prep", "poise.interview",
                "poise.followup", "poise.voice", "poise.content.schema.fit",
                "poise.content.schema.prep", "poise.content.schema.interview",
                "poise.content.schema.followup", "poise.content.schema.voice", "sqlalchemy",
                "fastapi", "spacy.cli", "requests", "urllib3", "httpx", "jinja2", "weasel")
    for name in unneeded:
        assert name not in loaded, f"`poise analyze` imports {name}"


def test_spacy_imported_without_its_command_line_still_offers_it() -> None:
    probe = ("import sys\n"
             "from poise.analysis.spacy_import import import_spacy\n"
             "spacy = import_spacy()\n"
             "assert 'spacy.cli' not in sys.modules and 'requests' not in sys.modules\n"
             "assert spacy.info()['spacy_version'] == spacy.__version__\n"
             "import spacy.cli\n"
             "assert callable(spacy.cli.download)\n"
             "print('ok')\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


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


def test_the_collector_is_paused_while_analyze_starts_and_resumed_with_its_report() -> None:
    probe = (
        "import gc, sys\n"
        "from poise.cli import collector\n"
        "from poise.services import analysis\n"
        "seen = []\n"
        "real = analysis.analyse_answer\n"
        "def watched(*args, **kwargs):\n"
        "    seen.append(gc.isenabled())\n"
        "    return real(*args, **kwargs)\n"
        "analysis.analyse_answer = watched\n"
        "sys.argv = ['poise', 'analyze', '--question', sys.argv[1], '--answer', sys.argv[2], '--json']\n"
        "from poise.__main__ import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(seen, gc.isenabled(), collector.paused(), gc.get_freeze_count() > 0, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, QUESTION, ANSWER], capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert "findings" in json.loads(done.stdout)
    assert done.stderr.strip().splitlines()[-1] == "[False] True False True"


def test_other_commands_resume_the_collector_before_they_run(tmp_path: Path) -> None:
    probe = ("import gc, sys\n"
             "sys.argv = ['poise', 'questions', '--family', 'failures', '--json']\n"
             "from poise.__main__ import main\n"
             "from poise.cli import collector\n"
             "try:\n"
             "    main()\n"
             "except SystemExit:\n"
             "    pass\n"
             "print(gc.isenabled(), collector.paused(), file=sys.stderr)\n")
    env = {**os.environ, "POISE_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)
    assert done.stderr.strip().splitlines()[-1] == "True False"


def test_a_process_that_never_paused_keeps_its_collector() -> None:
    from poise.cli import collector

    assert gc.isenabled() and not collector.paused()
    collector.resume()
    assert gc.isenabled() and gc.get_freeze_count() == 0
