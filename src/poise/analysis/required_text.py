"""The literal text a regular expression cannot match without, so that a pattern whose words are
nowhere in an answer is not run over it (most of the hundreds of content patterns are not).

``needs(source, flags)`` reads the pattern as Python's regex parser does and returns what any
match must contain: a tuple of requirements, each a tuple of alternatives, at least one of which
occurs in the text of every match (case folded as ``re.IGNORECASE`` compares letters). ``fold``
folds a text the same way, so ``may_match`` is a necessary condition, never a sufficient one:
a pattern it lets through is run as before, and a pattern it stops could not have matched.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

__all__ = ["Needs", "fold", "may_match", "needs"]

Needs = tuple[tuple[str, ...], ...]
"""Every requirement must hold; a requirement holds when any of its alternatives occurs."""


def _folded_char(code: int) -> int:
    """The code point every letter equal to ``code`` under ``re.IGNORECASE`` folds to: its simple
    lower case (as the regex engine reads it), and of the letters the engine also treats as equal
    to that ("s" and the long s, "i" and the dotless i), the lowest."""
    import _sre
    from re import _casefix  # type: ignore[attr-defined]

    lower = int(_sre.unicode_tolower(code))
    extra = _casefix._EXTRA_CASES.get(lower)
    return min(lower, *extra) if extra else lower


class _FoldTable(dict[int, int]):
    """``str.translate``'s table for ``fold``, filled in as characters are met."""

    def __missing__(self, code: int) -> int:
        folded = _folded_char(code)
        self[code] = folded
        return folded


_TABLE = _FoldTable()


@functools.lru_cache(maxsize=64)
def fold(text: str) -> str:
    """``text`` with every character folded as ``re.IGNORECASE`` compares it (one character for
    one, so a run of characters a match reads folds to the same run)."""
    return text.translate(_TABLE)


def _parser() -> tuple[Any, Any]:
    """Python's regex parser and its opcodes (internal modules of ``re``)."""
    return re._parser, re._constants  # type: ignore[attr-defined]


_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def _literals_only(items: Any, codes: Any) -> list[str] | None:
    """The characters of a sequence of literals and zero-width assertions; None for anything else."""
    found: list[str] = []
    for op, value in items:
        if op is codes.LITERAL:
            found.append(chr(value))
        elif op.name not in _ZERO_WIDTH:
            return None
    return found


def _strength(requirement: Sequence[str]) -> int:
    """How much a requirement narrows: the length of its shortest alternative."""
    return min(len(item) for item in requirement)


def _requirements(items: Any, codes: Any) -> list[tuple[str, ...]]:
    """What a match of the sequence ``items`` must contain: each run of literal characters it
    reads in a row (zero-width assertions do not break a run), a group's or a repeated item's
    own requirements, and for a choice the union of each branch's strongest requirement."""
    found: list[tuple[str, ...]] = []
    run: list[str] = []

    def close() -> None:
        if run:
            found.append((fold("".join(run)),))
            run.clear()

    for op, value in items:
        name = op.name
        if op is codes.LITERAL:
            run.append(chr(value))
        elif name in _ZERO_WIDTH:
            continue
        elif op is codes.SUBPATTERN:
            inner = value[-1]
            literals = _literals_only(inner, codes)
            if literals is not None:
                run.extend(literals)
            else:
                close()
                found.extend(_requirements(inner, codes))
        elif op is codes.BRANCH:
            close()
            alternatives: list[str] = []
            for branch in value[1]:
                own = _requirements(branch, codes)
                if not own:
                    alternatives = []
                    break
                best: tuple[str, ...] = max(own, key=_strength)
                alternatives.extend(best)
            if alternatives:
                found.append(tuple(dict.fromkeys(alternatives)))
        elif name in _REPEATS and value[0] >= 1:
            close()
            found.extend(_requirements(value[2], codes))
        elif name == "ATOMIC_GROUP":
            close()
            found.extend(_requirements(value, codes))
        else:
            close()
    close()
    return found


@functools.cache
def needs(source: str, flags: int) -> Needs:
    """What every match of ``source`` (compiled with ``flags``) contains; () when nothing is
    certain (or the pattern cannot be read), so the pattern is always run."""
    try:
        parser, codes = _parser()
        parsed = parser.parse(source, flags)
        found = _requirements(parsed.data, codes)
    except Exception:  # re.error, or internals that changed shape: no shortcut
        return ()
    return tuple(requirement for requirement in found if _strength(requirement) > 0)


def may_match(required: Needs, folded: str) -> bool:
    """False only when a pattern that ``required`` describes cannot match a text that folds to
    ``folded``."""
    # loops rather than all(any(...)): asked hundreds of times per answer, the generators cost
    # more than the tests
    for requirement in required:
        for item in requirement:
            if item in folded:
                break
        else:
            return False
    return True
