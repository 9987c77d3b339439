"""A named framework, standard or rule set asked as current knowledge, shown only in roles that
ended long ago.

A job asking knowledge of a named thing ("proven knowledge of IFRS") is met in full by a résumé
that uses it now or names it as a skill of its own. One that names it only in the lines of roles
that ended ``STALE_YEARS`` or more ago (an audit career before a move into another regime) shows
it was known then, not that it is now: the requirement stays partial ("IFRS last shown in 2009").
A line outside the roles (a summary, a skills list, a course) is the candidate's own claim and
settles it; so does any role still recent. A credential asked (a chartered title, a licence) is
held, not known, and does not go stale this way (``poise.fit.credential_state`` judges its
state; the caller leaves such a requirement out). The named things are the acronyms and standard codes
the fit reads as list items (``poise.fit.match.LIST_ITEM_RE``); a requirement naming none is left
to the other checks. Pure.
"""

from __future__ import annotations

from poise.fit.match import GENERIC_ACRONYMS, LIST_ITEM_RE, item_pattern
from poise.fit.resume_reader import ResumeProfile

STALE_YEARS = 10
"""Years since the last role naming a thing after which it is shown as known then, not now (a
decade: longer than a tool's ``match.STALE_YEARS``, as a body of rules changes more slowly than
a tool and no rival is needed to show it was left)."""


def named_things(text: str) -> list[str]:
    """The named things (acronyms, standard codes) of ``text``, in order, each once."""
    found: list[str] = []
    for hit in LIST_ITEM_RE.finditer(text):
        word = hit.group(0)
        if word.upper() not in GENERIC_ACRONYMS and word not in found:
            found.append(word)
    return found


def _last_shown(thing: str, resume: ResumeProfile) -> int | None:
    """The month index of the end of the last role naming ``thing``; None when the résumé never
    names it or names it where it is current (outside the roles, or in a role still held)."""
    pattern = item_pattern(thing)
    lines = [line for line in resume.lines if pattern.search(line.text)]
    ends = []
    for line in lines:
        role = resume.roles[line.role] if line.role is not None else None
        if role is None or role.current or role.end_max is None:
            return None
        ends.append(role.end_max)
    return max(ends) if ends else None


def stale_shortfall(requirement: str, resume: ResumeProfile) -> str:
    """"IFRS last shown in 2009" when the things ``requirement`` names that the résumé names are
    all named only in roles that ended ``STALE_YEARS`` or more before today; "" when one of them
    is named outside the roles or in a later role (a requirement naming several is met by the one
    still used: "PGM concentrators (MF2)" with PGM in the summary), or the résumé names none."""
    stale = ""
    for thing in named_things(requirement):
        if not any(item_pattern(thing).search(line.text) for line in resume.lines):
            continue
        last = _last_shown(thing, resume)
        if last is None or resume.today - last < STALE_YEARS * 12:
            return ""
        stale = stale or f"{thing} last shown in {last // 12}"
    return stale
