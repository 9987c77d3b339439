"""The content's regular expressions, compiled once per content version instead of once per process.

Python's regex compiler is written in Python: the content's 700-odd patterns (lexicon entries,
rule phrases and patterns) take it about 0.2 ms each. Its output, a program for the regex engine
(``_sre``), is plain data. When the knowledge base is kept in the cache folder (``content.cache``),
the program of every pattern it holds is kept beside it, and ``compile_pattern`` hands a known
program straight to the engine: the same ``re.Pattern`` that ``re.compile`` builds from it.

A program is only used by the Python that made it: the cache key holds the exact Python version,
and each program is stored with the engine's ``MAGIC`` number. Whatever fails (another engine, a
changed internal) falls back to ``re.compile``, so the worst case is the speed of no cache.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Any

from pydantic import BaseModel

from poise.content.schema import Lexicon, Matcher

MATCH_FLAGS = re.IGNORECASE | re.UNICODE
"""The flags every content pattern is matched with."""

Program = tuple[int, int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""The engine's MAGIC, then what ``_sre.compile`` takes after the pattern: flags, code, the
number of groups, and the group names both ways."""

log = logging.getLogger(__name__)
_lock = threading.Lock()
_programs: dict[tuple[str, int], Program] = {}


def _engine() -> tuple[Any, Any, Any]:
    """The regex engine and Python's regex parser and compiler (internal modules of ``re``)."""
    import _sre

    return _sre, re._parser, re._compiler  # type: ignore[attr-defined]


def phrase_regex(phrase: str) -> str:
    """A regex for a plain phrase: whole words, any spacing, straight or curly apostrophes."""
    parts = []
    for word in phrase.strip().split():
        escaped = re.escape(word).replace("'", "['’]").replace("’", "['’]")
        parts.append(escaped)
    body = r"\s+".join(parts)
    return rf"(?<![\w'’]){body}(?![\w'’])"


def compile_pattern(source: str, flags: int = MATCH_FLAGS) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the known program when there is one."""
    program = _programs.get((source, flags))
    if program is not None:
        try:
            sre = _engine()[0]
            if program[0] == sre.MAGIC:
                compiled: re.Pattern[str] = sre.compile(source, *program[1:])
                return compiled
        except Exception as exc:  # an engine that reads programs differently: compile as usual
            log.debug("A kept regex program could not be used (%s); compiling it.", exc)
        with _lock:
            _programs.pop((source, flags), None)
    return re.compile(source, flags)


def program_of(source: str, flags: int = MATCH_FLAGS) -> Program | None:
    """What Python's regex compiler makes of ``source`` (as ``re._compiler.compile`` does), or
    None when it cannot be had (a pattern that does not compile is the content check's to report)."""
    try:
        sre, parser, compiler = _engine()
        parsed = parser.parse(source, flags)
        code = [int(op) for op in compiler._code(parsed, flags)]
        names = dict(parsed.state.groupdict)
        by_index: list[str | None] = [None] * parsed.state.groups
        for name, index in names.items():
            by_index[index] = name
        return (int(sre.MAGIC), flags | parsed.state.flags, code, parsed.state.groups - 1, names,
                tuple(by_index))
    except Exception:  # re.error, or internals that changed shape
        return None


def sources(value: object) -> set[str]:
    """The regex source of every lexicon entry and matcher phrase or pattern inside ``value`` (a
    knowledge base, a model, or containers of them), as the analyser compiles them."""
    found: set[str] = set()
    stack: list[object] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Lexicon):
            for entry in item.entries:
                found.add(entry.phrase if entry.regex else phrase_regex(entry.phrase))
        elif isinstance(item, Matcher):
            found.update(phrase_regex(phrase) for phrase in item.phrases)
            found.update(item.patterns)
        if isinstance(item, BaseModel):
            stack.extend(getattr(item, name) for name in type(item).model_fields)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)
        elif hasattr(item, "__dataclass_fields__"):
            stack.extend(getattr(item, name) for name in item.__dataclass_fields__)
    return found


def programs_for(value: object, flags: int = MATCH_FLAGS) -> dict[tuple[str, int], Program]:
    """The program of every content pattern inside ``value`` (see ``sources``)."""
    programs: dict[tuple[str, int], Program] = {}
    for source in sorted(sources(value)):
        program = program_of(source, flags)
        if program is not None:
            programs[(source, flags)] = program
    return programs


def use(programs: dict[tuple[str, int], Program]) -> None:
    """Compile these patterns from their programs from now on."""
    with _lock:
        _programs.update(programs)


def known() -> int:
    """How many programs are known (for tests and benchmarks)."""
    return len(_programs)
