"""A credential's state on the line that shows it: held, or held once and lapsed, or only one the
candidate is eligible for.

A certification check finds the credential asked on a line that does not say it is still being
worked for (``match._completed_line``), and rates it strong. The same line may say it is no longer
current ("PMP, 2012 (lapsed 2019)") or that the candidate may sit it but has not ("eligible for
the CPHIMS exam"): neither is the credential held. ``state_shortfall`` says which ("PMP lapsed,
not current") and ``poise.fit.shortfall.cap`` keeps the requirement below strong. The state words
are content cues (``lapsed``, ``eligible``), read on the item of the line's list that names the
credential ("PMP (lapsed), PRINCE2 Practitioner" leaves PRINCE2 held). Pure.
"""

from __future__ import annotations

import re

from poise.fit.lexicon import FitPatterns, any_match
from poise.fit.match import STRONG, Match
from poise.fit.resume_reader import ResumeProfile

STATES = (("lapsed", "lapsed, not current"), ("eligible", "only eligible for, not held"))
"""Content cues of a state short of held, and how the shortfall says it."""
ITEM_END_RE = re.compile(r"[;|]|,\s*(?=[A-Z])")
"""Where one item of a list of credentials ends: before the next name ("PMP (lapsed), PRINCE2"),
not before its own date ("PMP, 2012 (lapsed 2019)")."""


def state_shortfall(match: Match, resume: ResumeProfile, patterns: FitPatterns) -> str:
    """"PMP lapsed, not current" when a certification check of ``match`` rated strong rests on a
    line whose item naming the credential says it lapsed or is only eligible for; "" otherwise."""
    for verdict in match.verdicts:
        if verdict.kind != "certification" or verdict.strength != STRONG or verdict.line is None:
            continue
        try:
            text = resume.line(verdict.line).text
        except KeyError:
            continue
        name = verdict.detail.split("|")[0]
        item = _item(text, name)
        for cue, words in STATES:
            if any_match(patterns.evidence.get(cue, ()), item):
                return f"{name or 'the credential'} {words}"
    return ""


def _item(text: str, name: str) -> str:
    """The item of a list line that names ``name``: from the end of the item before it to the next
    name; the whole line when ``name`` is not on it."""
    at = text.lower().find(name.lower()) if name else -1
    if at < 0:
        return text
    start = max((hit.end() for hit in ITEM_END_RE.finditer(text) if hit.end() <= at), default=0)
    end = ITEM_END_RE.search(text, at + len(name))
    return text[start: end.start() if end else len(text)]
