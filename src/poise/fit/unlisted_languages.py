"""Languages a résumé's list of languages names that the lexicon does not know ("Bhojpuri –
speaking only", "Kikamba (mother tongue)"): an entry of the list shaped as a name and a level,
or a bare name listed among languages the lexicon knows, is read as a language by its place in
the list, so a local language counts without anyone having listed it."""

from __future__ import annotations

import re

from poise.fit.ladders import _level_in, languages_in
from poise.fit.lexicon import FitPatterns

ENTRY_SPLIT_RE = re.compile(r"[;,](?![^()]*\))")
"""Where one entry of a list of languages ends ("English (fluent), Kikamba (native)")."""
ENTRY_RE = re.compile(
    r"^\W*(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’]{2,}(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’]{2,}){0,2})"
    r"\s*(?:(?:[–—:|-]|\()\s*(?P<rest>[^()]*?)\)?)?\s*$")
"""One entry: a capitalised name of one to three words, then its level after a dash, a colon
or in brackets, or in the next cells of a table's row ("Bhojpuri – Speaking only", "Dholuo
(mother tongue)", "Sepedi | Mother tongue | Good"), or the name alone."""
NOT_A_NAME = frozenset({"languages", "language", "spoken", "written", "speak", "read", "write",
                        "other", "home", "mother", "tongue", "native", "none", "level",
                        "reading", "writing", "speaking", "understanding"})
"""Words of a list's labels and column names, never a language's name."""


def _computer_languages(patterns: FitPatterns) -> frozenset[str]:
    return frozenset(name.casefold() for name in patterns.content.lexicons.computer_languages)


def unlisted_languages(value: str, patterns: FitPatterns) -> list[tuple[str, str]]:
    """(name, level) for each entry of a list of languages (``value``, its label removed) that the
    lexicon does not know: one that states a level ("Kikamba (mother tongue)"), or a bare name in
    a list where the lexicon knows another entry ("English, Afrikaans, Sepedi"). A level word
    alone ("Fluent"), a test's letters ("IELTS 7.5") or a label is no name."""
    entries = [entry.strip() for entry in ENTRY_SPLIT_RE.split(value) if entry.strip()]
    known = [entry for entry in entries if languages_in(entry, patterns, any_case=True)]
    found: list[tuple[str, str]] = []
    for entry in entries:
        if entry in known:
            continue
        shaped = ENTRY_RE.match(entry)
        if shaped is None:
            continue
        name, rest = shaped.group("name"), (shaped.group("rest") or "").strip()
        if any(word.lower() in NOT_A_NAME for word in name.split()) or _level_in(name, patterns):
            continue
        if name.casefold() in _computer_languages(patterns):
            continue  # "Python (advanced)": a language one writes code in, not one spoken
        level = _level_in(rest, patterns) if rest else ""
        if level or (not rest and known):
            found.append((name, level))
    return found
