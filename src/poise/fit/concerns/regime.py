"""The post's country and its rules as the advert asks for them: which country the post lies in
when its place alone leaves it open, and the stated line that asks for that country's laws,
regulation or regulators ("working knowledge of Mexican food-safety regulation", "the South
African regulatory framework").

Whatever the sector, an advert that states its own country's rules as a requirement makes a
career under another country's rules a move of regime (``jurisdiction.py``). A country is named
by its name, a major town, or the adjective of its people and institutions (content/fit/
lexicons.yaml ``country_adjectives``); a rule by the words for laws and regulation. Both must
stand within a few words of each other, so that a line asking for a language and, elsewhere, for "regulatory
reporting" is not read as asking for that country's rules.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from poise.fit.career_places import place_countries
from poise.fit.concerns.model import Context
from poise.fit.concerns.reason import without_reason
from poise.fit.distance import countries_named, country_code, country_name
from poise.fit.job_reader import JobProfile, Requirement
from poise.fit.lexicon import FitPatterns

RULE_WORD_RE = re.compile(r"^(?:(?i:legislation|legislative|laws?|regulations?|regulatory|"
                          r"statutory|statutes?|regime|rules)|Acts?)$")
"""A word naming rules themselves ("legislation", "regulatory", an "Act", a country's "rules"),
not the work of keeping to them ("compliance") nor a permit a person holds (a driving licence)."""
NAMED_RULE_RE = re.compile(r"^(?:Acts?|Regulations?|Rules|Code|(?i:laws?|regulations?|rules|"
                           r"legislation))$")
"""A word that, after a proper name, names one body of rules ("the Factories Act", "the Punjab
labour laws", "a board's regulations")."""
NAME_STOP = frozenset({"The", "A", "An", "All", "Any", "Our", "Your", "Its", "Their", "This"})
WINDOW = 6
"""Words at most between the country's name and the rule word."""
WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")


@lru_cache(maxsize=256)
def country_words_re(code: str, adjectives: tuple[str, ...]) -> re.Pattern[str] | None:
    names = [name for name in (country_name(code), *adjectives) if name]
    if not names:
        return None
    alternatives = "|".join(re.escape(name) for name in sorted(set(names), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def names_country_rules(text: str, code: str, patterns: FitPatterns) -> bool:
    """True when ``text`` names the rules of the country ``code``: a rule word within
    ``WINDOW`` words of the country's name or adjective (case as written, so the adjective of a
    language in lower case is never read). A regulator named alone is ``regulator.py``'s to
    judge against the regulators the résumé names."""
    adjectives = tuple(patterns.content.lexicons.country_adjectives.get(code, ()))
    country = country_words_re(code, adjectives)
    if country is None:
        return False
    for hit in country.finditer(text):
        before = WORD_RE.findall(text[:hit.start()])[-WINDOW:]
        after = WORD_RE.findall(text[hit.end():])[:WINDOW]
        if any(RULE_WORD_RE.match(word.strip(".’'")) for word in (*before, *after)):
            return True
    return False


def rule_names(text: str) -> tuple[str, ...]:
    """The proper names a line gives the rules it asks for: the run of capitalised words or
    initials (joined by "for", "of", "and") just before a rule word, past at most one word of
    common speech ("COCOBOD regulations", "the Punjab labour laws", "the Homes for Special Care
    Act"), back to the last comma or bracket; the line's first word (a verb or a heading) and a
    country's name left out; () when the line names none."""
    words = [(hit.group().strip(".’'"), hit.start()) for hit in WORD_RE.finditer(text)]
    names: list[str] = []
    for position, (word, start) in enumerate(words):
        if not NAMED_RULE_RE.match(word):
            continue
        stop = max(text.rfind(mark, 0, start) for mark in ",;:(")
        run: list[str] = []
        skipped = 0
        for before, at in reversed(words[1:position]):
            if at < stop:
                break
            if _proper(before) or (run and before in NAME_JOINS):
                run.insert(0, before)
            elif not run and skipped < 1 and before.islower() and before not in NAME_JOINS:
                skipped += 1  # "the Punjab labour laws"
            else:
                break
        while run and run[0] in NAME_JOINS:
            run.pop(0)
        name = " ".join(run)
        if name and name not in names and not countries_named(name):
            names.append(name)
    return tuple(names)


NAME_JOINS = frozenset({"for", "of", "and", "on"})
"""Small words inside a name of rules ("the Homes for Special Care Act")."""


def _proper(word: str) -> bool:
    return word[:1].isupper() and word not in NAME_STOP and not RULE_WORD_RE.match(word)


def unanswered_rules(text: str, resume_text: str) -> tuple[str, ...]:
    """The names of the rules ``text`` asks for when the résumé writes none of them; () when it
    asks none or the résumé writes any (work under one of a line's codes, however worded, is
    work under the rules the line asks for: shared international codes are named together)."""
    names = rule_names(text)
    if any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", resume_text) for name in names):
        return ()
    return names


def stated(requirement: Requirement) -> bool:
    """A line the advert states as a requirement or a duty, not one it only welcomes."""
    return (requirement.must or requirement.section == "duties") and requirement.section != "nice"


def regime_line(context: Context, code: str) -> Requirement | None:
    """The first stated line asking for the rules of the country ``code`` (see the module's
    docstring), else the first naming rules by a name of their own that the résumé never writes
    and no other country ("sound knowledge of the cocoa board's regulations"; the caller knows
    the post lies where the career does not), the reason a line gives left out; None when no
    line does."""
    for requirement in context.job.requirements:
        if not stated(requirement):
            continue
        asked = without_reason(requirement.text) or requirement.text
        if names_country_rules(asked, code, context.patterns):
            return requirement
    resume_text = "\n".join(line.text for line in context.resume.lines)
    for requirement in context.job.requirements:
        if not stated(requirement):
            continue
        asked = without_reason(requirement.text) or requirement.text
        if set(countries_named(asked)) <= {code} and unanswered_rules(asked, resume_text):
            return requirement  # rules named by their own name, never written on the résumé
    return None


def post_country(job: JobProfile, patterns: FitPatterns) -> str | None:
    """The one country the post lies in: the country its place may lie in; of several (a town's
    name in more than one country), the one the advert itself names most; when the place names
    none, the one country whose rules a stated line asks for, else the country the advert names
    most, if one is named more than any other. None when it stays open."""
    asked = place_countries(job.location, patterns) if job.location else set()
    if len(asked) == 1:
        return next(iter(asked))
    if not asked:
        ruled = _rules_asked(job, patterns)
        if len(ruled) == 1:
            return next(iter(ruled))  # "knowledge of Greek labour law": the post is in Greece
    explicit = _named_outright(job.location, patterns) & asked
    if len(explicit) == 1:
        return next(iter(explicit))  # "Cornwall, Ontario": the province settles the town
    named: Counter[str] = Counter()
    for line in job.text.splitlines():
        for code in countries_named(line):
            named[code] += 1
    candidates = [(count, code) for code, count in named.items() if not asked or code in asked]
    candidates.sort(reverse=True)
    if not candidates or (len(candidates) > 1 and candidates[0][0] == candidates[1][0]):
        return None
    return candidates[0][1]


def _rules_asked(job: JobProfile, patterns: FitPatterns) -> set[str]:
    """The countries whose own rules a stated line asks for by the country's name or adjective
    (``names_country_rules``)."""
    codes = set(patterns.content.lexicons.country_adjectives) | set(countries_named(job.text))
    return {code for code in codes for requirement in job.requirements
            if stated(requirement) and names_country_rules(requirement.text, code, patterns)}


def _named_outright(place: str, patterns: FitPatterns) -> set[str]:
    """The countries a place names by a country's name or a state of the lexicon, not through a
    town's name that several countries share."""
    found: set[str] = set()
    for code in countries_named(place):
        name = country_words_re(code, ())
        if name is not None and name.search(place):
            found.add(code)
    for state in patterns.content.lexicons.states:
        if re.search(rf"(?<![\w-]){re.escape(state.name)}(?![\w-])", place):
            state_code = country_code(state.country)
            if state_code:
                found.add(state_code)
    return found
