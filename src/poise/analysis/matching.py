"""Turn a rule's matcher (lexicon, phrases, regexes) into compiled patterns and find its matches."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from poise.content.schema import Lexicon, Matcher


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
    (a knowledge base holds thousands; one answer's rules use a fraction of them)."""

    source: str
    flags: int = re.IGNORECASE | re.UNICODE
    instead: str | None = None
    note: str | None = None
    _compiled: list[re.Pattern[str]] = field(default_factory=list, repr=False, compare=False)

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled expression (compiled once; two threads may both compile it, harmlessly)."""
        if not self._compiled:
            self._compiled.append(re.compile(self.source, self.flags))
        return self._compiled[0]


def phrase_regex(phrase: str) -> str:
    """A regex for a plain phrase: whole words, any spacing, straight or curly apostrophes."""
    parts = []
    for word in phrase.strip().split():
        escaped = re.escape(word).replace("'", "['’]").replace("’", "['’]")
        parts.append(escaped)
    body = r"\s+".join(parts)
    return rf"(?<![\w'’]){body}(?![\w'’])"


def compile_matcher(matcher: Matcher, lexicons: dict[str, Lexicon]) -> tuple[CompiledPattern, ...]:
    """Every pattern the matcher stands for, case-insensitive."""
    flags = re.IGNORECASE | re.UNICODE
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
    for pattern in patterns:
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
    return any(pattern.regex.search(text) for pattern in patterns)
