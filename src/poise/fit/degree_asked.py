"""Whether a requirement asks for a degree, read from the parse of the words that name one.

The education check (``poise.fit.match``) judges a line that asks for a degree. The words that
name a degree ("master", "bachelor", "diploma", "degree") also name other things: a plan or a
schedule that governs the rest ("the ten-year master plan of the estate"), a craft title ("work
with the Master Roaster"), a kind of feedback ("360-degree feedback"). A duty naming such a thing
asks for no degree, and a degree on the résumé must not make it strong.

A word of the degree cues (content cue ``degree``) names a degree unless the parse makes it a
modifier of another noun (a compound, an adjective, a noun modifier) that is itself no word of
the cues. A degree's name in the possessive ("a master's-level qualification"), "Bachelor
degree" and "Honours degree" still ask for one ("degree" is a cue word); "master plan" and
"Master Roaster" do not. Initials of a degree ("MBA", "MSc") name one wherever they stand.
Words inside a place of study named (``places``: "a public university of 20,000 students") name
no degree either. Pure: one parse per line text
(``poise.fit.parsed_lines``).
"""

from __future__ import annotations

import re

from poise.fit.lexicon import Patterns, any_match
from poise.fit.parsed_lines import parsed_words

POSSESSIVE_RE = re.compile(r"['’]s?\b")
"""The possessive a degree's name takes ("master's", "bachelors'"): a degree whatever it
qualifies ("a master's-level qualification")."""
MODIFIERS = frozenset({"compound", "amod", "nmod"})
"""Dependencies by which a word only qualifies the noun it hangs on ("master" of "master plan")."""


def degree_asked(text: str, degree: Patterns, places: re.Pattern[str] | None = None) -> bool:
    """Whether ``text`` asks for a degree: a hit of the ``degree`` cues outside the spans of
    ``places`` whose word is not a modifier of a noun the cues do not name (see the module's
    docstring)."""
    skipped = [hit.span() for hit in places.finditer(text)] if places is not None else []
    hits = [hit for pattern in degree for hit in pattern.finditer(text)
            if not any(start <= hit.start() < end for start, end in skipped)]
    if not hits:
        return False
    words = parsed_words(text)
    for hit in hits:
        if POSSESSIVE_RE.match(text, hit.end()) or not _word(hit.group(0)):
            return True
        inside = [word for word in words if hit.start() <= word.at < hit.end()]
        if not inside:
            return True
        last = inside[-1]
        head = words[last.head]
        if last.dep not in MODIFIERS or hit.start() <= head.at < hit.end():
            return True
        if any_match(degree, head.text):
            return True
    return False


def _word(name: str) -> bool:
    """Whether a hit of the cues is a plain word ("master", "Diploma"), not initials ("MBA",
    "MSc", "B.Eng"): initials name a degree wherever they stand ("MBA or postgraduate studies")."""
    return name.isalpha() and name[1:].islower()
