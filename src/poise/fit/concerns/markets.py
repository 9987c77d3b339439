"""A record asked in the post's own market: a stated line asks for experience in a country or a
region ("GCC or wider Middle East project experience", "deep experience in the North American
market") that holds the post, and no role on the résumé lies there. The move abroad does not
answer it: the line asks for a record in that market, not a willingness to work there.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from poise.fit.career_places import place_countries
from poise.fit.concerns.evidence import simple_draft
from poise.fit.concerns.jurisdiction import career_countries
from poise.fit.concerns.model import Context, Draft
from poise.fit.concerns.requirements import NICE_LEVEL_PENALTY, raises_concerns
from poise.fit.distance import countries_named, country_name
from poise.fit.job_reader import Requirement
from poise.fit.lexicon import FitPatterns
from poise.fit.match import NONE, STRONG, Match, Verdict

if TYPE_CHECKING:
    from spacy.tokens import Token

RECORD_LEMMAS = frozenset({"experience", "record", "background", "knowledge", "exposure",
                           "understanding"})
"""Nouns by which a line asks for a record in a place (the place qualifies one of them), as
written: the parse gives no lemmas."""
CLIMB = 5
"""How many steps up the parse a place may stand from the noun it qualifies ("experience in the
North American market": market → in → experience)."""
CLIMB_DEPS = frozenset({"compound", "amod", "nmod", "pobj", "prep", "conj", "cc", "npadvmod",
                        "appos", "poss"})


def market_asked_draft(context: Context, by_id: dict[str, Match]) -> Draft | None:
    """The domestic-only concern (variant ``market_asked``) for the first stated line that asks a
    record in a market holding the post's country where none of the résumé's roles nor its
    address lies; None otherwise. A duty naming a market is the remit, left to the other rules;
    a line the map rates strong is answered."""
    job, patterns = context.job, context.patterns
    post = place_countries(job.location, patterns) if job.location else set()
    have = career_countries(context.resume, patterns)
    if len(post) != 1 or not have or post & have:
        return None  # the post's country unknown, or already a country of the career
    for requirement in job.requirements:
        if requirement.section == "duties" or not requirement.text:
            continue
        match = by_id.get(requirement.id)
        if match is None or match.strength == STRONG or not raises_concerns(requirement, context):
            continue
        named = _named_countries(context)
        if len(named) == 1 and abroad_asked(requirement.text):
            draft = _draft(requirement, "record_asked", context)
            draft.values["home_market"] = _with_article(country_name(next(iter(named))))
            return draft
        for label, members in markets_asked(requirement.text, patterns):
            if post & members and not have & members:
                draft = _draft(requirement, "market_asked", context)
                draft.values["job_markets"] = label
                draft.values["home_market"] = " and ".join(
                    _with_article(country_name(code)) for code in sorted(have)[:2])
                return draft
    return None


def _named_countries(context: Context) -> frozenset[str]:
    """The countries the roles' headers and the address name outright: the address counts its
    own country, not every country with a town of its name ("Hyderabad, India" is India)."""
    resume = context.resume
    found = career_countries(replace(resume, location=""), context.patterns)
    named = set(countries_named(resume.location)) if resume.location else set()
    return found | (named or (place_countries(resume.location, context.patterns)
                              if resume.location else set()))


def _draft(requirement: Requirement, variant: str, context: Context) -> Draft:
    draft = simple_draft("domestic_only", requirement,
                         Verdict(kind="geography", strength=NONE, reason=""), context)
    draft.variant = variant
    draft.key = f"domestic_only.{variant}"
    if not requirement.must and requirement.section != "nice":
        draft.score -= NICE_LEVEL_PENALTY  # a wish ("highly desirable"), said mildly
    return draft


ABROAD_WORDS = frozenset({"international", "multi-country", "cross-border", "overseas", "abroad"})
"""Words by which a line asks a record across borders ("international experience")."""
SEVERAL_RE = re.compile(r"(?i)\b(?:more than one|several|multiple|two or more|different)\s+"
                        r"(?:[\w-]+\s+)?(?:countries|country|markets)\b")
"""A count of countries asked, with one word that may qualify them ("more than one African
country")."""


def abroad_asked(text: str) -> bool:
    """True when a line asks a record across borders: a word of ``ABROAD_WORDS`` qualifies a noun
    of record itself ("international experience", not "knowledge of international accounting
    standards"), or "more than one country" does ("International experience gained in more than one
    country", "overseas experience"), read through the dependency parse."""
    lowered = text.lower()
    if not any(word in lowered for word in ABROAD_WORDS) and not SEVERAL_RE.search(text):
        return False
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline(parse=True)(text)
    spans = [doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
             for hit in SEVERAL_RE.finditer(text)]
    if any(token.lower_ in ABROAD_WORDS and token.dep_ in ("amod", "compound", "nmod")
           and token.head.lower_ in RECORD_LEMMAS for token in doc):
        return True  # "international experience": the word itself qualifies the record
    return any(_qualifies_record(span.root) for span in spans if span is not None)


def markets_asked(text: str, patterns: FitPatterns) -> list[tuple[str, frozenset[str]]]:
    """(name, member countries) for each country or region (``region_members`` in
    content/fit/lexicons.yaml) a line asks a record in: the place qualifies, through the
    dependency parse, a noun of record ("experience", "track record", "knowledge")."""
    places: list[tuple[int, int, str, frozenset[str]]] = []
    for name, regex, members in _regions(patterns):
        places.extend((hit.start(), hit.end(), name, members) for hit in regex.finditer(text))
    for code, words in countries_named(text).items():
        hit = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text)
        if hit is not None and (words.lower() == country_name(code).lower()
                                or text[: hit.start()].strip(" -•*–")):
            # a town stands for its country, but not as the line's first word, where any word
            # is capitalised ("International experience …")
            places.append((hit.start(), hit.end(), country_name(code), frozenset({code})))
    if not places or not RECORD_RE.search(text):
        return []
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline(parse=True)(text)
    found = []
    for start, end, name, members in places:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and _qualifies_record(span.root):
            found.append((name, members))
    return found


RECORD_RE = re.compile(r"\b(?:experience|record|background|knowledge|exposure|understanding)\b",
                       re.IGNORECASE)


def _qualifies_record(token: Token) -> bool:
    """True when the place ``token`` names qualifies a noun of record within ``CLIMB`` steps."""
    if any(child.dep_ == "conj" and child.lower_ in RECORD_LEMMAS for child in token.children):
        return True  # "GCC or wider Middle East project experience": the place shares the noun
    node = token
    for _ in range(CLIMB):
        head = node.head
        if head is node or node.dep_ not in CLIMB_DEPS:
            return False
        if head.lower_ in RECORD_LEMMAS:
            return True
        if head.lower_ in RULES_NOUNS:
            return False  # "knowledge of Hong Kong insurance regulations": the rules are asked,
            # a switch of jurisdiction, not a record in the market
        node = head
    return False


RULES_NOUNS = frozenset({"regulation", "regulations", "legislation", "law", "laws", "act",
                         "requirements", "rules", "regulator", "regulators", "standards", "code",
                         "codes", "framework", "regime"})
"""Nouns of the rules a place governs: a place qualifying one asks its rules, not a record there."""


@lru_cache(maxsize=4)
def _regions(patterns: FitPatterns) -> tuple[tuple[str, re.Pattern[str], frozenset[str]], ...]:
    compiled = []
    for region in patterns.content.lexicons.region_members:
        words = "|".join(re.escape(name) for name in sorted(region.names, key=len, reverse=True))
        compiled.append((region.name, re.compile(rf"(?<![\w-])(?:{words})(?![\w-])"),
                         frozenset(region.countries)))
    return tuple(compiled)


def _with_article(name: str) -> str:
    """A country's name as a sentence says it ("the United Kingdom", "Spain")."""
    return f"the {name}" if name.startswith(("United", "Netherlands", "Philippines")) else name
