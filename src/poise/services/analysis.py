"""Analysis services: one answer, or a batch of answers spread over the machine's cores."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from poise.analysis import AnalysisContext, Report, analyse
from poise.analysis.analyse import phase_of
from poise.analysis.nlp import ModelConfig, model_config
from poise.analysis.rules.engine import RuleConfig
from poise.content.loader import KnowledgeBase
from poise.errors import InputError, PoiseError
from poise.services.models import BLAS_THREADS


def analyse_answer(
    question: str,
    answer: str,
    *,
    family: str | None = None,
    interview_format: str | None = None,
    role: tuple[str, ...] = (),
    job_text: str = "",
    phase: str = "answer",
    rules: RuleConfig | None = None,
    kb: KnowledgeBase | None = None,
) -> Report:
    """Analyse one answer in context (``rules`` turns rules off or on by dotted prefix) against
    ``kb`` (the bundled knowledge base when omitted)."""
    context = AnalysisContext(
        family=family, interview_format=interview_format, role=role, job_text=job_text, phase=phase,
        rules=rules or RuleConfig(),
    )
    return analyse(question, answer, context=context, kb=kb)


@dataclass(frozen=True)
class BatchItem:
    """One line of a batch file."""

    line: int
    id: str
    question: str
    answer: str
    family: str | None
    phase: str = "answer"


def read_batch(lines: Iterable[str]) -> list[BatchItem]:
    """Parse JSON Lines of {"id", "question", "answer", "family"?, "phase"?}; errors name the line.

    ``phase`` is "answer" (the default), "concern" (a reply to what gives the interviewer pause)
    or "closing"; an unknown phase is refused with its line and the list of phases.
    """
    items = []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"Line {number} is not valid JSON ({exc.msg}).",
                             hint="Each line must be one JSON object.") from exc
        if not isinstance(record, dict):
            raise InputError(f"Line {number} is not a JSON object.", hint="Each line must be {...}.")
        missing = [key for key in ("id", "question", "answer") if key not in record]
        if missing:
            raise InputError(f"Line {number} lacks {', '.join(missing)}.",
                             hint='Each line needs "id", "question" and "answer".')
        phase = str(record.get("phase") or "answer")
        try:
            phase_of(phase)
        except InputError as exc:
            raise InputError(f"Line {number}: {exc.message}", hint=exc.hint) from exc
        items.append(BatchItem(number, str(record["id"]), str(record["question"]),
                               str(record["answer"]), record.get("family"), phase))
    return items


CHUNK = 16


@dataclass(frozen=True)
class BatchError:
    """Why one line of a batch could not be analysed (a coded ``PoiseError``)."""

    code: str
    message: str
    hint: str


@dataclass(frozen=True)
class BatchResult:
    """One line of a batch: its report, or the error that kept it from being analysed."""

    id: str
    report: Report | None = None
    error: BatchError | None = None

    def to_dict(self) -> dict[str, Any]:
        """The output line: ``{"id", ...report}`` or ``{"id", "error": {code, message, hint}}``."""
        if self.report is None:
            error = self.error or BatchError("E000", "Not analysed.", "")
            return {"id": self.id, "error": {"code": error.code, "message": error.message,
                                             "hint": error.hint}}
        return {"id": self.id, **self.report.to_dict()}


def _analyse_chunk(chunk: list[BatchItem]) -> list[BatchResult]:
    from poise.analysis.analyse import analyser_for
    from poise.content.loader import knowledge_base

    analyser = analyser_for(knowledge_base())
    items = [(item.question, item.answer, AnalysisContext(family=item.family, phase=item.phase))
             for item in chunk]
    output = []
    for item, result in zip(chunk, analyser.analyse_many(items), strict=True):
        if isinstance(result, PoiseError):
            output.append(BatchResult(item.id, error=BatchError(result.code, result.message,
                                                               result.hint)))
        else:
            output.append(BatchResult(item.id, report=result))
    return output


def _worker_init(config: ModelConfig) -> None:
    """One ONNX thread and one BLAS thread per worker process (the workers already share out the
    cores), the rest of the models' configuration as the parent process has it."""
    from threadpoolctl import threadpool_limits

    from poise.analysis import nlp

    threadpool_limits(limits=BLAS_THREADS, user_api="blas")

    nlp.configure(replace(config, onnx_threads=1))
    nlp.embedder.cache_clear()  # a forked worker may inherit the parent's two-thread session
    nlp.warm_up()


def analyse_batch(
    items: list[BatchItem],
    *,
    workers: int | None = None,
    on_done: Callable[[], None] | None = None,
) -> Iterator[BatchResult]:
    """Reports in input order, in chunks spread over ``workers`` processes (default: every core)."""
    workers = workers or os.cpu_count() or 1
    chunks = [items[start : start + CHUNK] for start in range(0, len(items), CHUNK)]
    if workers <= 1 or len(chunks) < 2:
        for chunk in chunks:
            for result in _analyse_chunk(chunk):
                yield result
                if on_done:
                    on_done()
        return
    from concurrent.futures import ProcessPoolExecutor  # only a batch starts worker processes

    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init,
                             initargs=(model_config(),)) as pool:
        for results in pool.map(_analyse_chunk, chunks):
            for result in results:
                yield result
                if on_done:
                    on_done()
