"""What a résumé says the candidate has not done or does not have, read from the parse of its lines.

A line may name the very thing a requirement asks for in order to deny it: "No greenfield
experience; all start-ups were line additions", "Ran the terminal system (Tideworks, not Navis)",
"Never held a P&L". Such a line shares the requirement's words and may stand close to it in
meaning, yet it is evidence against it. A word is denied when a denying word (content cue
``denying``: "no", "not", "never", "without") governs it in the line's parse:

* a denying word attached to a noun of having or knowing (content cue ``denied_holdings``:
  "experience", "exposure", "background") denies that noun's own phrase ("no greenfield
  experience"); attached to another noun it denies nothing, for "no lost-time incidents" and "no
  major findings" are outcomes achieved, not things missing;
* one placed before a name set against another denies the name after it ("Tideworks, not
  Navis");
* one attached to a verb denies what the verb acts on ("never managed a P&L", "have not worked
  in a unionised environment").

"No." before a number ("No. 3 Shaft") and "not only" deny nothing.

A requirement whose own words are denied on some line and named on no other line is never
strong: the résumé says not (``denial_shortfall``). A requirement that itself asks for the
absence ("zero harm, no lost-time incidents") is not capped by a line agreeing with it. Only lines
holding a denying word and a word of the requirement are parsed (one parse per line text, shared
with the other readers of ``poise.fit.parsed_lines``). Pure.
"""

from __future__ import annotations

import re

from poise.fit.lexicon import FitPatterns, Patterns, any_match
from poise.fit.parsed_lines import Word, parsed_words
from poise.fit.part_played import GENERIC
from poise.fit.text import content_words, stem

PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "appos", "conj", "nummod"})
"""Words taken with a denied noun as its phrase ("no *greenfield* experience")."""
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "nsubjpass", "oprd"})
"""What a denied verb acts on ("never managed *a P&L*")."""
PLAIN = frozenset(stem(word) for word in (
    "experience", "knowledge", "skill", "ability", "exposure", "background", "understanding",
    "track", "record", "proven", "strong", "demonstrable", "demonstrated", "solid", "relevant",
    "similar", "senior", "previous", "direct", "significant", "extensive", "minimum", "least"))
"""Words of a requirement too plain to tie a denial to it: "no greenfield experience" denies
*greenfield*, not every requirement asking for experience."""
NOT_ONLY = frozenset({"only", "just", "merely", "simply"})
"""Words after "not" that make it no denial ("not only led the merger but also…")."""
DENYING_RE = re.compile(r"\b(?:no|not|never)\b|n't\b", re.IGNORECASE)
"""A quick filter before parsing: a line with none of these denies nothing."""


def _cues(patterns: FitPatterns) -> Patterns:
    return patterns.evidence.get("denying", ())


def _phrase(words: tuple[Word, ...], start: int) -> set[int]:
    """``start`` and the words of its own phrase below it (compounds, modifiers, appositions)."""
    found = {start}
    grew = True
    while grew:
        grew = False
        for i, word in enumerate(words):
            if i not in found and word.head in found and word.head != i and word.dep in PHRASE_DEPS:
                found.add(i)
                grew = True
    return found


def _objects(words: tuple[Word, ...], verb: int) -> set[int]:
    """The phrases a verb acts on, directly or through a preposition."""
    found: set[int] = set()
    for i, word in enumerate(words):
        if word.head != verb or i == verb:
            continue
        if word.dep in OBJECT_DEPS:
            found |= _phrase(words, i)
        elif word.dep == "prep":
            for j, inner in enumerate(words):
                if inner.head == i and j != i and inner.dep == "pobj":
                    found |= _phrase(words, j)
    return found


def denied_words(line: str, patterns: FitPatterns) -> frozenset[str]:
    """The stems of the content words ``line`` denies ("No greenfield experience" →
    {"greenfield", "experience"}); empty when it denies nothing."""
    if not DENYING_RE.search(line):
        return frozenset()
    words = parsed_words(line)
    denied: set[int] = set()
    cues = _cues(patterns)
    holdings = patterns.evidence.get("denied_holdings", ())
    for i, word in enumerate(words):
        if not any_match(cues, word.lower):
            continue
        head = word.head
        following = words[i + 1].lower if i + 1 < len(words) else ""
        if head == i or following in NOT_ONLY or following == "." or following[:1].isdigit():
            continue  # "not only …", "No. 3 Shaft"
        tag = words[head].tag
        after = [j for j, inner in enumerate(words)
                 if inner.head == head and j > i > head and inner.dep in ("appos", "conj")]
        if tag.startswith(("NN", "PRP")) and after:
            # "Tideworks, not Navis": the word after the denial, not the one it hangs on
            denied |= {k for j in after for k in _phrase(words, j)}
        elif tag.startswith(("NN", "PRP")) and any_match(holdings, words[head].lower):
            # "no greenfield experience"; not "no lost-time incidents", an outcome achieved
            denied |= _phrase(words, head)
        elif tag.startswith(("VB", "MD")):
            denied |= _objects(words, head)
    return frozenset(stem(words[j].lower) for j in denied
                     if content_words(words[j].text) and not any_match(cues, words[j].lower))


def denies_language(line: str, language: str, patterns: FitPatterns) -> bool:
    """True when ``line`` names ``language`` only to deny it ("I do not speak Welsh", "never
    learnt Welsh"): every word of the language's name is denied in the line's parse."""
    names = content_words(language)
    return bool(names) and names <= denied_words(line, patterns)


def asked_words(requirement: str) -> frozenset[str]:
    """The requirement's own words a denial is tied to: its content words, less the generic and
    the plain ones ("experience", "team")."""
    return frozenset(content_words(requirement) - GENERIC - PLAIN)


def denial_shortfall(requirement: str, lines: list[str], patterns: FitPatterns) -> str:
    """What the résumé says the candidate has not done of ``requirement``: "" when no line denies
    one of its words, when another line names that word without denying it, or when the
    requirement itself asks for the absence of it."""
    wanted = asked_words(requirement)
    if not wanted:
        return ""
    wanted -= denied_words(requirement, patterns)
    denied: dict[str, str] = {}
    named: set[str] = set()
    for line in lines:
        present = content_words(line) & wanted
        if not present:
            continue
        against = denied_words(line, patterns) & present
        named |= present - against
        for word in against:
            denied.setdefault(word, line)
    left = {word: line for word, line in denied.items() if word not in named}
    if not left:
        return ""
    line = next(iter(left.values()))
    return f"the résumé says not: '{_excerpt(line)}'"


EXCERPT_CHARS = 90
"""How much of a denying line the shortfall quotes."""


def _excerpt(line: str) -> str:
    text = " ".join(line.split())
    return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS - 1].rstrip() + "…"
