"""Turn a rule's matcher (lexicon, phrases, regexes) into compiled patterns and find its matches."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from poise.analysis.required_text import Needs, fold, may_match, needs
from poise.content.patterns import MATCH_FLAGS, compile_pattern, phrase_regex
from poise.content.schema import Lexicon, Matcher

__all__ = ["CompiledPattern", "Match", "compile_matcher", "find", "matches_any", "phrase_regex"]


@dataclass(frozen=True)
class Match:
    """One matched phrase: character offsets in the text, the words, and a better wording if known."""

    start: int
    end: int
    quote: str
    instead: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class CompiledPattern:
    """A regular expression with the advice attached to its lexicon entry, compiled on first use
    (the content holds hundreds; one answer's rules use a fraction of them)."""

    source: str
    flags: int = MATCH_FLAGS
    instead: str | None = None
    note: str | None = None
    _compiled: list[re.Pattern[str]] = field(default_factory=list, repr=False, compare=False)
    _needs: list[Needs] = field(default_factory=list, repr=False, compare=False)

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled expression (compiled once; two threads may both compile it, harmlessly)."""
        if not self._compiled:
            self._compiled.append(compile_pattern(self.source, self.flags))
        return self._compiled[0]

    @property
    def needs(self) -> Needs:
        """The literal text any match contains (``required_text.needs``): a text without it is
        not searched. Read once per pattern: every rule asks it of every answer."""
        if not self._needs:
            self._needs.append(needs(self.source, self.flags))
        return self._needs[0]


def compile_matcher(matcher: Matcher, lexicons: dict[str, Lexicon]) -> tuple[CompiledPattern, ...]:
    """Every pattern the matcher stands for, case-insensitive."""
    flags = MATCH_FLAGS
    compiled: list[CompiledPattern] = []
    if matcher.lexicon:
        for entry in lexicons[matcher.lexicon].entries:
            source = entry.phrase if entry.regex else phrase_regex(entry.phrase)
            compiled.append(CompiledPattern(source, flags, entry.instead, entry.note))
    for phrase in matcher.phrases:
        compiled.append(CompiledPattern(phrase_regex(phrase), flags))
    for pattern in matcher.patterns:
        compiled.append(CompiledPattern(pattern, flags))
    return tuple(compiled)


def find(patterns: tuple[CompiledPattern, ...], text: str, *, offset: int = 0) -> list[Match]:
    """Non-overlapping matches of any pattern, earliest and longest first."""
    found: list[Match] = []
    folded = fold(text)
    for pattern in patterns:
        if not may_match(pattern.needs, folded):
            continue
        for hit in pattern.regex.finditer(text):
            if hit.end() == hit.start():
                continue
            found.append(
                Match(offset + hit.start(), offset + hit.end(), hit.group(0), pattern.instead, pattern.note)
            )
    found.sort(key=lambda match: (match.start, -(match.end - match.start)))
    kept: list[Match] = []
    for match in found:
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept


def matches_any(patterns: tuple[CompiledPattern, ...], text: str) -> bool:
    """True when any pattern occurs in ``text``."""
    folded = fold(text)
    # a loop rather than any(...): asked of every sentence with each cue list, the generator
    # costs more than the prefilter it runs
    for pattern in patterns:  # noqa: SIM110
        if may_match(pattern.needs, folded) and pattern.regex.search(text):
            return True
    return False
