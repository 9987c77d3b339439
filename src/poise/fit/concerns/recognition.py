"""A credential the new country's body must recognise: the advert asks for one body's credential
in a field of practice (an accountancy body's chartered grade, a national financial-advice
qualification, a province's HR designation), and the résumé holds another body's credential of
the same field, granted in another country or province, and not the one asked.

The credentials, their fields and the places whose bodies grant them are data (content/fit/
lexicons.yaml ``national_credentials``). A recruiter reads a credential from elsewhere as one
still to be recognised (an application, a conversion exam, a period of local practice) and raises
it like a lower rung. Never raised when the résumé names a credential the line asks for, nor when
a credential held comes from the same country and province as one the line asks for (a choice of
bodies at home is no recognition), nor on a line the map rates strong.

An essential line asking one body's credential that the résumé names nowhere, with no other
place's credential of its field either, is a certification concern too (``unheld_credential_draft``):
the keys of rounds 1–40 raise one on all 13 essential lines naming a national credential the
résumé does not show, whether or not another place's credential of the field is held. Said as a
credential not held, never as a missing skill.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from poise.fit.concerns.evidence import best_achievement, simple_draft
from poise.fit.concerns.jurisdiction import country_phrase
from poise.fit.concerns.licence_place import EQUIVALENT_RE
from poise.fit.concerns.model import Context, Draft
from poise.fit.job_reader import Requirement
from poise.fit.lexicon import FLAGS, FitPatterns, Patterns, any_match
from poise.fit.match import NONE, STRONG, Match, Verdict
from poise.fit.resume_reader import ResumeLine, ResumeProfile

RESUME_SECTIONS = frozenset({"side", "education", "experience", "summary", "other"})
"""Sections whose lines may hold a credential of the candidate's own."""


@dataclass(frozen=True)
class Credential:
    """One body's credential: its field, name, place and the patterns naming it."""

    field: str
    name: str
    country: str
    state: str
    patterns: Patterns

    @property
    def place(self) -> tuple[str, str]:
        return self.country, self.state


@lru_cache(maxsize=4)
def credentials(patterns: FitPatterns) -> tuple[Credential, ...]:
    """Every national credential of the content, its patterns compiled."""
    found = []
    for credential_field in patterns.content.lexicons.national_credentials:
        for item in credential_field.credentials:
            found.append(Credential(
                field=credential_field.id, name=item.name, country=item.country,
                state=item.state or "",
                patterns=tuple(re.compile(pattern, FLAGS) for pattern in item.patterns)))
    return tuple(found)


def credentials_in(text: str, patterns: FitPatterns) -> list[Credential]:
    """The national credentials a text names, in content order."""
    return [item for item in credentials(patterns) if any_match(item.patterns, text)]


def recognition_needed(requirement: Requirement, context: Context
                       ) -> tuple[Credential, Credential, ResumeLine] | None:
    """(a credential asked, the credential held, the résumé line holding it) when the line asks
    for credentials of one field and the résumé holds only another place's credential of that
    field; None otherwise (see the module's docstring)."""
    return recognition_in(requirement.text, context.resume, context.patterns)


def recognition_in(text: str, resume: ResumeProfile, patterns: FitPatterns, *,
                   placed: bool = False) -> tuple[Credential, Credential, ResumeLine] | None:
    """``recognition_needed`` for a requirement's ``text``. With ``placed``, a credential held
    that names only a country is never read as another place's when a credential asked names a
    province of that same country (a national title may be held through that province's body)."""
    asked = credentials_in(text, patterns)
    if not asked:
        return None
    lines = [line for line in resume.lines if line.section in RESUME_SECTIONS]
    asked_places = {item.place for item in asked}
    for item in asked:
        if any(any_match(item.patterns, line.text) for line in lines):
            return None  # the record names a credential the line asks for
    found = None
    for line in lines:
        for held in credentials_in(line.text, patterns):
            same_field = [item for item in asked if item.field == held.field]
            if not same_field or held.place in asked_places:
                continue
            if placed and not held.state and any(item.country == held.country and item.state
                                                 for item in same_field):
                continue
            found = found or (same_field[0], held, line)
            if not placed:
                return found
    return found


def recognition_shortfall(text: str, resume: ResumeProfile, patterns: FitPatterns) -> str:
    """"APEGA shown; Engineers and Geoscientists BC asked" when the requirement ``text`` asks one
    body's credential and the résumé holds only another place's of the same field
    (``recognition_in``, placed); "" otherwise, and when the requirement accepts an
    equivalent."""
    if EQUIVALENT_RE.search(text):
        return ""
    found = recognition_in(text, resume, patterns, placed=True)
    if found is None:
        return ""
    asked, held, _ = found
    return f"{held.name} ({_place_phrase(held)}) shown; {asked.name} ({_place_phrase(asked)}) asked"


def _place_phrase(credential: Credential) -> str:
    return credential.state or country_phrase(credential.country)


def recognition_draft(requirement: Requirement, match: Match | None, context: Context
                      ) -> Draft | None:
    """A certification-level concern for a credential another country's or province's body
    must recognise (see the module's docstring), else None."""
    if match is not None and match.strength == STRONG:
        return None
    found = recognition_needed(requirement, context)
    if found is None:
        return None
    asked, held, line = found
    verdict = Verdict(kind="certification", strength="partial", reason="", line=line.index)
    draft = simple_draft("certification_level", requirement, verdict, context)
    draft.values.update({"switch_to": _place_phrase(asked), "switch_from": _place_phrase(held),
                         "cert": asked.name, "cert_have": held.name})
    draft.support = best_achievement(context, recent=True) or draft.support
    draft.key = "certification_level"
    draft.variant = "recognition"
    return draft


MOST_NAMED = 3
"""How many credentials a concern names at most ("ACCA or CIMA or CPA Australia")."""


def unheld_credential_draft(requirement: Requirement, match: Match | None, context: Context
                            ) -> Draft | None:
    """A certification-level concern (variant ``unheld``) for an essential line asking national
    credentials of which the résumé names none and holds no other place's of the field (that is
    ``recognition_draft``'s), else None; never on a line the map rates strong."""
    if not requirement.must or (match is not None and match.strength == STRONG):
        return None
    asked = credentials_in(requirement.text, context.patterns)
    if not asked:
        return None
    lines = [line.text for line in context.resume.lines if line.section in RESUME_SECTIONS]
    if any(any_match(item.patterns, text) for item in asked for text in lines):
        return None  # the record names a credential the line asks for
    if recognition_in(requirement.text, context.resume, context.patterns) is not None:
        return None  # another place's credential of the field is held: one to recognise
    verdict = Verdict(kind="certification", strength=NONE, reason="")
    draft = simple_draft("certification_level", requirement, verdict, context)
    names = list(dict.fromkeys(item.name for item in asked))[:MOST_NAMED]
    draft.values.update({"cert": " or ".join(names), "cert_have": "none",
                         "switch_to": _place_phrase(asked[0])})
    draft.support = best_achievement(context, recent=True) or draft.support
    draft.resume_line = draft.support
    draft.key = "certification_level"
    draft.variant = "unheld"
    return draft
