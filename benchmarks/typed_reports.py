"""What reading stored documents as typed values costs: a session report, a turn's feedback and
an answer's Report, read from their JSON and written back.

Run: .venv/bin/python benchmarks/typed_reports.py [--runs N]
Prints medians per format, beside decoding the same JSON text (what reading the database column
costs anyway) and building the report page's context from the typed report. The sessions are
played with a stub analyser (no language models). Target: reading a report as typed values
takes under 1 ms, a small part of the report page's server time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.interview.conftest import (  # noqa: E402  (the tests' scripted answers and stub analyser)
    CASE,
    CONCERN_REPLY,
    DONE,
    FIT,
    FORMATS,
    JOB_TEXT,
    PAUSE,
    PROJECTIVE,
    STORY,
    fake_report,
    stub_tools,
)

from poise.analysis.report import Report  # noqa: E402
from poise.content.loader import KnowledgeBase, knowledge_base  # noqa: E402
from poise.interview import build_session_report, respond, start_interview  # noqa: E402
from poise.interview.model import SessionState  # noqa: E402
from poise.interview.role import role_from_application  # noqa: E402
from poise.interview.session_report import SessionReport, TurnFeedback  # noqa: E402
from poise.web.contexts.practice_report import session_report_context  # noqa: E402

TOOLS = stub_tools(lambda q, a, c: {"evidence.no_numbers"}, overall=64)
TARGET_MS = 1.0


def _played(kb: KnowledgeBase, fmt: str) -> SessionState:
    role = role_from_application(application_id=1, company="Nordlys", title="Head of Operations",
                                 level="director", job_text=JOB_TEXT, fit=FIT)
    state = start_interview(kb, interview_format=fmt, seed=5, role=role, tools=TOOLS).state
    for _ in range(60):
        if state.pending.kind == "closing":
            break
        text = PROJECTIVE if fmt == "projective" else (CASE if "do you" in state.pending.text else STORY)
        state = respond(kb, state, text, seconds=40.0, tools=TOOLS).state
    for line in ("What would my first 90 days look like?", PAUSE, CONCERN_REPLY, DONE):
        if not state.ended:
            state = respond(kb, state, line, tools=TOOLS).state
    return state


def _median_ms(action: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def main() -> None:
    """Time building, reading and writing back each format's report; print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    kb = knowledge_base()
    worst = 0.0
    print(f"{'format':<13} {'turns':>5} {'KB':>4} {'json ms':>8} {'read ms':>8} {'read/json':>9} "
          f"{'write ms':>9} {'page ms':>8}")
    for fmt in FORMATS:
        state = _played(kb, fmt)
        text = json.dumps(build_session_report(kb, state))
        document = json.loads(text)
        decode = _median_ms(lambda text=text: json.loads(text), args.runs)
        read = _median_ms(lambda document=document: SessionReport.from_dict(document), args.runs)
        report = SessionReport.from_dict(document)
        write = _median_ms(report.to_dict, args.runs)
        page = _median_ms(lambda report=report: session_report_context(kb, report), args.runs)
        worst = max(worst, read)
        print(f"{fmt:<13} {len(document['turns']):>5} {len(text) / 1024:>4.0f} {decode:>8.2f} "
              f"{read:>8.2f} {read / decode:>9.1f} {write:>9.3f} {page:>8.1f}")
    feedback = json.loads(json.dumps(_played(kb, "panel").turns[0].feedback))
    answer = fake_report({"evidence.no_numbers"}, answer=STORY).to_dict()
    turn = _median_ms(lambda: TurnFeedback.from_dict(feedback), args.runs)
    one = _median_ms(lambda: Report.from_dict(answer), args.runs)
    print(f"one turn's feedback: read {turn:.3f} ms; one answer's Report.from_dict: {one:.3f} ms")
    verdict = "met" if worst < TARGET_MS else "missed"
    print(f"slowest typed read {worst:.2f} ms (target under {TARGET_MS:.0f} ms): {verdict}")


if __name__ == "__main__":
    main()
