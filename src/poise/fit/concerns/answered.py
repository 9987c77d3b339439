"""Whether the résumé already answers a requirement the matcher found no evidence for: a named
term of the requirement ("a Transport Manager", "the Institute of Fleet Engineers") that the résumé
writes in full or by its initials ("QP for sterile products"). A concern the résumé answers sends
the candidate preparing for the wrong thing, so it is not raised."""

from __future__ import annotations

import re

from poise.fit.resume_reader import ResumeProfile

NAME_RE = re.compile(r"(?<![\w-])((?:[A-Z][a-z]+(?:\s+(?:of|for|and|in|&)\s+|\s+)){1,5}[A-Z][a-z]+)\b")
"""A name of two or more capitalised words, small joining words allowed ("Institute of Risk
Management")."""
SMALL = frozenset({"of", "for", "and", "in", "&"})


def named_terms(text: str) -> list[tuple[str, str]]:
    """The names a line spells out, each with its initials ("Transport Manager" → "TM"); the
    line's first word is left out, as it is capitalised whatever it is."""
    found = []
    for hit in NAME_RE.finditer(text):
        words = hit.group(1).split()
        if hit.start() == 0:
            words = words[1:]
        while words and words[0].lower() in SMALL:
            words = words[1:]
        capitals = [word for word in words if word.lower() not in SMALL]
        if len(capitals) < 2:
            continue
        found.append((" ".join(words), "".join(word[0] for word in capitals)))
    return found


def term_on_resume(term: str, initials: str, resume: ResumeProfile) -> bool:
    """True when a résumé line writes the term in full, or its initials as a word of their own
    in capitals ("QP", "QPs")."""
    full = re.compile(rf"(?i)\b{re.escape(term)}\b".replace(r"\ ", r"\s+"))
    short = re.compile(rf"(?<![\w-]){re.escape(initials)}s?(?![\w-])")
    return any(full.search(line.text) or short.search(line.text) for line in resume.lines)


ABBREVIATION_RE = re.compile(r"(?<![\w-])[A-Z]{3,6}(?![\w-])")
"""A law, body or scheme by its capitals ("FORS", "HIPAA")."""


def answered_by_name(text: str, resume: ResumeProfile, *, abbreviations: bool = False) -> bool:
    """True when a name the requirement spells out stands on the résumé, in full or by its
    initials: the requirement is what the résumé already shows, under its short name. With
    ``abbreviations`` (a requirement of no specific kind, so no ladder or tool judges it), a
    name the line gives only in capitals ("knowledge of the FORS rules") counts when a role or the
    summary writes it too."""
    if any(term_on_resume(term, initials, resume) for term, initials in named_terms(text)):
        return True
    if not abbreviations:
        return False
    wanted = set(ABBREVIATION_RE.findall(text))
    return any(wanted & set(ABBREVIATION_RE.findall(line.text)) for line in resume.lines
               if line.section in ("experience", "summary"))
