"""The outsourced service an advert asks to govern, when the résumé never shows that service run
by a partner.

The fit map rates outsourcing met by any supplier on the résumé. A recruiter also asks *what* was
outsourced: governing a labour-supply partner, an outsourced service desk or subcontracted
hauliers is not shown by a contract for something else, nor by running the same service in-house.
The advert's line is parsed: a party that delivers (``evidence.outsourced_party``: a partner,
supplier, vendor, contractor, provider; a company or firm only with a word saying it is
outsourced) governed by a verb above it (``evidence.governs_party``: manage, oversee, hold...),
and the words naming its service (compound and adjective modifiers, less the generic ones of
``evidence.party_generic``). The service is shown when one résumé line names all of those words
with an outsourcing cue (``evidence.outsourcing``) and does not say the service is its own
(in-house); the line is answered as well when such a résumé line names a party of the same kind
(suppliers governed for suppliers asked). One concern at most, for the first stated line (a
must-have or a duty) whose service is not shown; none on a line the map already rates strong,
nor when the résumé shows no outsourcing at all (the map's own missing verdict speaks there).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from poise.fit.concerns.evidence import base_score
from poise.fit.concerns.model import Context, Draft, Values
from poise.fit.concerns.parsed_line import parsed_line
from poise.fit.lexicon import Patterns, any_match
from poise.fit.match import STRONG, Match
from poise.fit.resume_reader import ResumeLine

if TYPE_CHECKING:
    from spacy.tokens import Token

OUTSOURCED_RE = re.compile(r"(?i)^(?:outsourc\w*|subcontract\w*|third|external|contracted|supply)$")
"""A modifier saying a company, a firm or a partner delivers for the employer ("subcontracted
trucking companies", "third-party warehousing partners", "labour supply partners"): a partner
without one may be a client, a lender or a project's ally ("our bank partners")."""
IN_HOUSE_RE = re.compile(r"(?i)\bin[- ]house\b|\bdirectly[- ]employed\b|\bour own\b")
"""A line saying the service is the employer's own."""
STEM = 4
"""How many first letters of a service word a résumé word must share ("warehousing" and
"warehouses", "surgical" and "surgery")."""


def _matches(patterns: Patterns, word: str) -> bool:
    return any_match(patterns, word.lower()) is not None


def _singular(word: str) -> str:
    """A noun without its plural ending ("companies" → "company", "partners" → "partner")."""
    lower = word.lower()
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith("s") and not lower.endswith("ss"):
        return lower[:-1]
    return lower


def _governed(token: Token, verbs: Patterns) -> bool:
    """True when a governing verb stands above ``token`` in the parse (through prepositions,
    conjunctions and the nouns they hang from)."""
    return any((ancestor.tag_.startswith("VB") or ancestor.dep_ == "ROOT")
               and _matches(verbs, ancestor.text) for ancestor in token.ancestors)


def _service_words(party: Token, generic: Patterns) -> list[str]:
    """The words naming what a party delivers: its compound and adjective modifiers and theirs,
    less generic ones and words of outsourcing, in the order written."""
    words: list[Token] = []
    stack = [child for child in party.children if child.dep_ in ("compound", "amod")]
    while stack:
        child = stack.pop()
        words.append(child)
        stack.extend(grand for grand in child.children if grand.dep_ in ("compound", "amod"))
    words.sort(key=lambda token: token.i)
    return [token.text for token in words
            if token.is_alpha and not OUTSOURCED_RE.match(token.text)
            and not _matches(generic, token.text)]


def services_asked(text: str, context: Context) -> list[tuple[str, str, list[str]]]:
    """The parties a line asks to govern, as (the phrase as written, the party noun in the
    singular, the words naming its service: none when its modifiers are generic)."""
    evidence = context.patterns.evidence
    parties, verbs = evidence.get("outsourced_party", ()), evidence.get("governs_party", ())
    generic = evidence.get("party_generic", ())
    if not parties or not verbs:
        return []
    found: list[tuple[str, str, list[str]]] = []
    if not any(_matches(parties, _singular(word)) for word in re.findall(r"[A-Za-z]+", text)):
        return found  # no party named: the line is not parsed
    for token in parsed_line(text):
        lemma = _singular(token.text)
        if not token.tag_.startswith("NN") or not _matches(parties, lemma):
            continue
        modifiers = [child for child in token.subtree if child.i < token.i
                     and child.dep_ not in ("det", "poss", "nummod", "predet", "quantmod")]
        strict = lemma in ("company", "firm", "business", "agency", "partner")
        if strict and not any(OUTSOURCED_RE.match(child.text) for child in modifiers):
            continue
        if not _governed(token, verbs):
            continue
        start = min(child.idx for child in modifiers) if modifiers else token.idx
        found.append((text[start:token.idx + len(token.text)], lemma,
                      _service_words(token, generic)))
    return found


def _stem_in(word: str, text: str) -> bool:
    stem = word.lower()[:STEM]
    return re.search(rf"(?i)\b{re.escape(stem)}", text) is not None


def _outsourced_lines(context: Context) -> list[ResumeLine]:
    """The résumé's lines on an outside party managed, less those calling the work its own."""
    cues = context.patterns.evidence.get("outsourcing", ())
    return [line for line in _work_lines(context)
            if any_match(cues, line.text) is not None and not IN_HOUSE_RE.search(line.text)]


PARTY_RE = re.compile(r"(?i)\b(?:partners?|suppliers?|vendors?|contractors?|subcontractors?|"
                      r"providers?|3PLs?|agenc(?:y|ies))\b")
"""A party named on a résumé line: with the service's words, the service bought from outside."""
PARTY_WORDS = 3
"""How many words before a party may name its service ("two logistics providers")."""
WORD_RE = re.compile(r"\S+")


def service_shown(service: list[str], context: Context) -> bool:
    """True when one résumé line names every word of ``service`` beside an outsourcing cue, or
    in the ``PARTY_WORDS`` words before a party that delivers ("2 logistics providers (3PL)"),
    and does not call the service its own."""
    if any(all(_stem_in(word, line.text) for word in service)
           for line in _outsourced_lines(context)):
        return True
    for line in _work_lines(context):
        if IN_HOUSE_RE.search(line.text):
            continue
        for hit in PARTY_RE.finditer(line.text):
            before = " ".join(WORD_RE.findall(line.text[:hit.start()])[-PARTY_WORDS:])
            if all(_stem_in(word, before) for word in service):
                return True  # the service names the party: "2 logistics providers"
    return False


def party_shown(party: str, context: Context) -> bool:
    """True when a résumé line on outsourcing names the same kind of party ("suppliers",
    "contractors"): the line's ask is met in that party's words, whatever the service."""
    return any(re.search(rf"(?i)\b{re.escape(party)}", line.text)
               for line in _outsourced_lines(context))


def _work_lines(context: Context) -> list[ResumeLine]:
    return [line for line in context.resume.lines
            if line.section in ("experience", "summary", "side")]


def _outsourcing_line(context: Context) -> ResumeLine | None:
    cues = context.patterns.evidence.get("outsourcing", ())
    return next((line for line in _work_lines(context) if any_match(cues, line.text)), None)


def outsourced_service_draft(context: Context, matches: dict[str, Match],
                             drafts: list[Draft], raises: dict[str, bool]) -> Draft | None:
    """The outsourcing concern for the first stated line asking to govern a service the résumé
    never shows outsourced (see the module's docstring); None otherwise."""
    if any(draft.kind == "outsourcing_vendor" for draft in drafts):
        return None
    shown = _outsourcing_line(context)
    if shown is None:
        return None
    for requirement in context.job.requirements:
        if requirement.section == "nice" or not (requirement.must or requirement.section == "duties"):
            continue
        match = matches.get(requirement.id)
        if match is None or match.strength == STRONG or not raises.get(requirement.id, False):
            continue
        asked = services_asked(requirement.text, context)
        if any(party_shown(party, context) for _phrase, party, _service in asked):
            continue  # the résumé governs a party of the kind the line names
        for phrase, _party, service in asked:
            if not service or service_shown(service, context):
                continue
            values = Values()
            values["outsourcing_asked"] = phrase
            return Draft(
                kind="outsourcing_vendor",
                key="outsourcing_vendor",
                score=base_score("outsourcing_vendor", requirement, context) - 2,
                values=values,
                job_line=requirement.text,
                resume_line=shown,
                support=shown,
                requirement=requirement,
                variant="service",
            )
    return None
