"""The fit content (content/fit/) compiled once into regular expressions the extractors share."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from poise.analysis.matching import phrase_regex
from poise.content.loader import KnowledgeBase, knowledge_base
from poise.content.schema import FitContent, Industry, Tool
from poise.errors import ContentError, ContentProblem

Patterns = tuple[re.Pattern[str], ...]
FLAGS = re.IGNORECASE | re.UNICODE
EXPERIENCE_RE = re.compile(r"\b(?:experience|background|knowledge|track record|expertise)\b", FLAGS)


def _compile(patterns: list[str]) -> Patterns:
    compiled = []
    for pattern in patterns:
        compiled.append(re.compile(pattern, FLAGS))
    return tuple(compiled)


def _words(phrases: list[str], *, ignore_case: bool, plurals: bool = False) -> re.Pattern[str]:
    """One regex matching any of the phrases as whole words, longest first; with ``plurals``
    a phrase ending in a letter also matches with -s or -es ("manufacturer(s)")."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    parts = []
    for phrase in ordered:
        source = phrase_regex(phrase)
        if plurals and phrase[-1:].isalpha():
            source = source.replace("(?![\\w'’])", "(?:e?s)?(?![\\w'’])")
        parts.append(f"(?:{source})")
    return re.compile("|".join(parts), FLAGS if ignore_case else re.UNICODE)


def any_match(patterns: Patterns, text: str) -> re.Match[str] | None:
    """The first match of any pattern in ``text``, or None."""
    for pattern in patterns:
        hit = pattern.search(text)
        if hit:
            return hit
    return None


LANGUAGE_COPULA_RE = re.compile(r"\s+(?:is|are|would be|will be|remains)\b", re.IGNORECASE)
"""The verb after a language named first in a clause ("Dutch is a big plus")."""
KNOWLEDGE_OF_RE = re.compile(
    r"(?:(?:an?|some|good|basic|working|sound)\s+)?(?:knowledge|command|understanding|mastery)"
    r"\s+of(?:\s+the)?|proficiency\s+in(?:\s+the)?", re.IGNORECASE)
"""Words before a language that make it the whole of what a line asks ("Knowledge of Kiswahili",
"Proficiency in the Irish language")."""
LANGUAGE_LINE_END_RE = re.compile(r"(?:\s+language)?\s*[.;:]?\s*", re.IGNORECASE)
"""What may follow a language a line asks for as its knowledge: "language", a full stop."""


@dataclass(frozen=True)
class IndustryMatcher:
    """An industry and the regex of its keywords."""

    industry: Industry
    regex: re.Pattern[str]


@dataclass(frozen=True)
class ToolMatcher:
    """A tool and the regex of its name and aliases (matched as written)."""

    tool: Tool
    regex: re.Pattern[str]


@dataclass(frozen=True, eq=False)
class FitPatterns:
    """Every fit pattern, compiled."""

    content: FitContent
    must: Patterns
    nice: Patterns
    role: Patterns
    traits: Patterns
    not_requirements: Patterns
    headings: dict[str, Patterns]
    resume_headings: dict[str, Patterns]
    levels: tuple[tuple[str, Patterns], ...]
    title_words: Patterns
    kinds: tuple[tuple[str, Patterns], ...]
    evidence: dict[str, Patterns]
    industries: tuple[IndustryMatcher, ...]
    models: dict[str, re.Pattern[str]]
    tools: tuple[ToolMatcher, ...]
    categories: dict[str, re.Pattern[str]]
    countries: re.Pattern[str]
    regions: re.Pattern[str]
    languages: re.Pattern[str]
    certifications: re.Pattern[str]
    functions: re.Pattern[str]
    """Matches a whole piece of a job title that only names a business function."""
    people: str
    """A regex alternation (no group) of the nouns that count people."""
    organisations: re.Pattern[str] | None = None
    """Matches a noun that makes a name an organisation's ("Hospital", "Council", "Bank")."""
    language_names: dict[str, str] = field(default_factory=dict)
    """Another name of a language, lower-cased, and the language it names ("deutsch": "German")."""
    languages_any_case: re.Pattern[str] | None = None
    """``languages`` in any case: a list labelled as languages writes some in lower case
    ("anglais courant, allemand notions")."""
    language_groups: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = ()
    """Families of languages asked as a group: the family's name, its members and the words that
    ask for one of them ("a Scandinavian language", "Nordic languages")."""
    work_modes: tuple[tuple[str, Patterns], ...] = ()
    """How the work is done ("Hybrid", "On-site"), each with the words an advert says it with."""
    table_columns: dict[str, Patterns] = field(default_factory=dict)
    """What a résumé table's head cell says its column holds (cues.yaml: resume_table_columns)."""
    legal_forms: re.Pattern[str] | None = None
    """Matches the legal forms at the end of a company's name ("… GmbH & Co. KG", "… s.r.o.")."""
    private_words: re.Pattern[str] | None = None
    """The words the analyser's oversharing rule reads as private (its ``private_matters``
    lexicon): a draft never argues from a résumé line that holds one."""

    def work_mode_of(self, text: str) -> str:
        """The first way of working ``text`` names ("hybrid, 3 days in the office" → "Hybrid"),
        or ""."""
        found = [(hit.start(), mode) for mode, patterns in self.work_modes
                 if (hit := any_match(patterns, text))]
        return min(found)[1] if found else ""

    def language_of(self, written: str) -> str:
        """The language a name found by ``languages`` stands for ("Englisch" → "English")."""
        lowered = written.lower()
        if lowered in self.language_names:
            return self.language_names[lowered]
        return self._language_spellings().get(lowered, written)

    def _language_spellings(self) -> dict[str, str]:
        """Each language of the lexicon by its lower-case name ("english": "English")."""
        return {name.lower(): name for name in self.content.lexicons.languages}

    def _language_asked(self, text: str) -> bool:
        """A language named as what the clause is about ("Swedish is nice but not needed",
        "German would be an advantage"): the line asks for the language with no other cue."""
        named = self.languages.search(text)
        if named is None:
            return False
        before = text[: named.start()].strip(" *_-•·")
        if not before:
            return LANGUAGE_COPULA_RE.match(text, named.end()) is not None
        # "Knowledge of Kiswahili.": the language is the object of the knowledge asked, and the
        # line says nothing after it ("knowledge of German labour law" asks for the law)
        return (KNOWLEDGE_OF_RE.fullmatch(before) is not None
                and LANGUAGE_LINE_END_RE.fullmatch(text[named.end():]) is not None)

    def groups_in(self, text: str) -> list[tuple[str, tuple[str, ...], re.Match[str]]]:
        """Each family of languages ``text`` asks for as a group, with its members and where."""
        return [(group, members, hit) for group, members, pattern in self.language_groups
                if (hit := pattern.search(text))]

    def level_of(self, text: str) -> str | None:
        """The level a title reads as (executive, director, manager), or None."""
        for level, patterns in self.levels:
            if any_match(patterns, text):
                return level
        return None

    def kinds_of(self, text: str) -> list[str]:
        """Every requirement kind whose cues match ``text``, in priority order."""
        found = []
        for kind, patterns in self.kinds:
            if not any_match(patterns, text):
                continue
            if kind == "languages" and not self.languages.search(text) and not self.groups_in(text):
                continue
            found.append(kind)
        if "languages" not in found and self._language_asked(text):
            found.append("languages")
        if "tools" not in found and self.tools_in(text):
            found.append("tools")
        if "geography" not in found and len(set(self.countries.findall(text))) >= 2:
            found.append("geography")
        if "domain" not in found and EXPERIENCE_RE.search(text):
            for matcher in self.industries:
                if matcher.regex.search(text):
                    found.append("domain")
                    break
        return found

    def tools_in(self, text: str) -> list[Tool]:
        """The tools named in ``text``; an alias that is part of a longer tool name counts once."""
        found: list[tuple[int, int, Tool]] = []
        for matcher in self.tools:
            for hit in matcher.regex.finditer(text):
                found.append((hit.start(), hit.end(), matcher.tool))
        found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
        kept: list[Tool] = []
        last_end = -1
        for start, end, tool in found:
            if start < last_end:
                continue
            if tool not in kept:
                kept.append(tool)
            last_end = end
        return kept

    def related_to(self, industries: set[str]) -> set[str]:
        """The industries given plus those related to them (in either direction)."""
        found = set(industries)
        for matcher in self.industries:
            industry = matcher.industry
            if industry.id in industries:
                found.update(industry.related)
            if industries & set(industry.related):
                found.add(industry.id)
        return found

    def categories_in(self, text: str) -> list[str]:
        """Tool categories named by their generic word ("ERP", "CRM") in ``text``."""
        found = []
        for category, regex in self.categories.items():
            if regex.search(text):
                found.append(category)
        return found


def fit_content(kb: KnowledgeBase | None = None) -> FitContent:
    """The fit content of a knowledge base (a ContentError when it was not loaded)."""
    base = kb or knowledge_base()
    if base.fit is None:
        problem = ContentProblem("content/fit", 1, "the fit files are missing",
                                 "restore content/fit/ from version control")
        raise ContentError([problem])
    return base.fit


@lru_cache(maxsize=4)
def patterns_for(kb: KnowledgeBase | None = None) -> FitPatterns:
    """The compiled fit patterns of a knowledge base (the bundled one by default)."""
    content = fit_content(kb)
    cues = content.cues
    lex = content.lexicons
    headings = {name: _compile(value) for name, value in cues.headings}
    resume_headings = {name: _compile(value) for name, value in cues.resume_headings}
    levels = tuple((name, _compile(value)) for name, value in cues.levels)
    evidence = {name: _compile(value) for name, value in cues.evidence}
    kinds = tuple((item.kind, _compile(item.patterns)) for item in cues.kinds)
    industries = tuple(
        IndustryMatcher(industry, _words(industry.keywords, ignore_case=True, plurals=True))
        for industry in lex.industries
    )
    models = {
        "b2b": _words(lex.business_models.b2b, ignore_case=True, plurals=True),
        "b2c": _words(lex.business_models.b2c, ignore_case=True, plurals=True),
    }
    tools = tuple(
        ToolMatcher(tool, _words([tool.name, *tool.aliases], ignore_case=False)) for tool in lex.tools
    )
    categories = {
        category: _words(words, ignore_case=False) for category, words in lex.category_words.items()
    }
    people = "|".join(
        re.escape(noun).replace(r"\ ", r"\s+") for noun in sorted(lex.people_nouns, key=len, reverse=True)
    )
    aliases = {}
    for language, names in lex.language_names.items():
        for name in names:
            aliases[name] = language
    return FitPatterns(
        content=content,
        must=_compile(cues.must_cues),
        nice=_compile(cues.nice_cues),
        role=_compile(cues.role_cues),
        traits=_compile(cues.traits),
        not_requirements=_compile(cues.not_requirements),
        headings=headings,
        resume_headings=resume_headings,
        table_columns={name: _compile(value) for name, value in cues.resume_table_columns or ()},
        levels=levels,
        title_words=_compile(cues.title_words),
        kinds=kinds,
        evidence=evidence,
        industries=industries,
        models=models,
        tools=tools,
        categories=categories,
        countries=_words(lex.countries, ignore_case=False),
        regions=_words(lex.regions, ignore_case=False),
        languages=_words([*lex.languages, *aliases], ignore_case=False),
        languages_any_case=_words([*lex.languages, *aliases], ignore_case=True),
        certifications=_words(lex.certifications, ignore_case=False),
        functions=re.compile(
            r"(?:" + "|".join(re.escape(item).replace(r"\ ", r"\s+") for item in
                             sorted(lex.functions, key=len, reverse=True)) + r")(?:\s*(?:&|and|,)\s*(?:"
            + "|".join(re.escape(item).replace(r"\ ", r"\s+") for item in lex.functions) + r"))*",
            FLAGS,
        ),
        people=people,
        organisations=_words(lex.organisation_words, ignore_case=True) if lex.organisation_words
        else None,
        language_names={name.lower(): language for name, language in aliases.items()},
        language_groups=tuple(
            (group, tuple(members), re.compile(rf"\b{re.escape(group)}[\s-]+languages?\b", FLAGS))
            for group, members in lex.language_groups.items()),
        work_modes=tuple((mode, _compile(value)) for mode, value in cues.work_modes.items()),
        legal_forms=_legal_forms(lex.legal_forms),
        private_words=_private_words(kb or knowledge_base()),
    )


def _legal_forms(forms: list[str]) -> re.Pattern[str] | None:
    """One or more legal forms closing a name ("GmbH & Co. KG", "Co., Ltd."), as written or in
    capitals, with the spaces, commas and "&" before them; None without the list. "Co." counts
    only before another form: alone it is part of many names people say ("Smith & Co."). A form
    in brackets counts as well ("Mhondoro Platinum (Pvt) Ltd")."""
    if not forms:
        return None
    spellings = {variant for form in forms for variant in (form, form.upper())}
    alternation = "|".join(re.escape(form).replace(r"\ ", r"\s+")
                           for form in sorted(spellings, key=len, reverse=True))
    form = rf"(?:\((?:{alternation})\)|(?:{alternation})(?![\w]))"  # "(Pvt) Ltd", "(Pty)"
    co = rf"Co\.?(?=[\s,&]+{form})"
    return re.compile(rf"(?:[\s,&]+(?:{form}|{co}))+[\s,.]*$")


SHORT_FORM_RE = re.compile(r"[^\W\d_]{2,4}")
"""A legal form of two to four letters with no dot ("AG", "SA", "SpA", "Ltd"): read only as
written or in capitals, since in lower case it may be a word ("ag", "se", "spa")."""


def legal_forms_anywhere(forms: list[str] | tuple[str, ...], extra: str = "") -> re.Pattern[str]:
    """Any of the legal forms as a whole word anywhere in a text, with or without its closing
    dot ("Acme GmbH – Munich", "Alpha S.p.A", "Zeta Ltda."); a short form as written or in
    capitals, any other in any case. ``extra`` is one more alternative, as a regex."""
    insensitive: set[str] = set()
    exact: set[str] = set()
    for form in forms:
        bare = form.rstrip(".")
        if SHORT_FORM_RE.fullmatch(bare):
            exact.update((bare, bare.upper()))
        else:
            insensitive.add(bare.casefold())

    def alternation(names: set[str]) -> str:
        return "|".join(re.escape(name).replace(r"\ ", r"\s+")
                        for name in sorted(names, key=len, reverse=True))
    parts = [f"(?i:{alternation(insensitive)})"] if insensitive else []
    parts += [alternation(exact)] if exact else []
    parts += [extra] if extra else []
    return re.compile(rf"(?<![\w.])(?:{'|'.join(parts) or '(?!)'})(?![\w])\.?")


@lru_cache(maxsize=1)
def shipped_legal_forms_anywhere() -> re.Pattern[str]:
    """The shipped legal forms (fit/lexicons.yaml ``legal_forms``), anywhere in a text."""
    return legal_forms_anywhere(fit_content().lexicons.legal_forms, ORGANISATION_FORMS)


ORGANISATION_FORMS = r"(?i:company)|Co(?!\.?\s+[A-Z][a-z])"
"""Not legal forms but marks of a company's name all the same ("Acme Company", "Acme Co"). A
company's "Co" closes its name or stands before another form ("Co. KG", "Co., Ltd."); before a
name in title case it leads a county's ("Ringaskiddy, Co. Cork")."""


@lru_cache(maxsize=1)
def step_arrow() -> re.Pattern[str]:
    """What joins a post to the one that followed it in a title line: an arrow, or a word for
    "then" (fit/lexicons.yaml ``then_words``) before a capital ("Analyst, then Manager")."""
    words = "|".join(re.escape(word) for word in sorted(
        fit_content().lexicons.then_words or ["then"], key=len, reverse=True))
    return re.compile(rf"\s*(?:→|->|=>|⇒|➔)\s*|,?\s+(?:{words})\s+(?=[A-Z])")


@lru_cache(maxsize=1)
def installation_name() -> re.Pattern[str]:
    """A name closed by a military installation's noun (fit/lexicons.yaml ``installation_words``),
    with the state or country after it if any: "Kestrel Air Force Base, NM", "Hollin Barracks"."""
    words = "|".join(re.escape(word) for word in sorted(
        fit_content().lexicons.installation_words or ["barracks"], key=len, reverse=True))
    return re.compile(rf"(?:[A-Z][\w.'’-]*\s+){{1,4}}(?:{words})(?:\s*,\s*[A-Z][\w .'’-]*)?",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def abbreviation_end() -> re.Pattern[str]:
    """A full stop that closes an abbreviation (fit/lexicons.yaml ``abbreviations``) or an initial
    at the end of a text ("… Ringaskiddy, Co.", "approx.", "J."): no sentence ends there."""
    exact: set[str] = set()
    insensitive: set[str] = set()
    for word in fit_content().lexicons.abbreviations:
        (insensitive if word == word.lower() else exact).add(word)

    def alternation(words: set[str]) -> str:
        return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    parts = [f"(?i:{alternation(insensitive)})"] if insensitive else []
    parts += [alternation(exact)] if exact else []
    parts.append(r"[^\W\d_]")
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})\.$")


class LazyPattern:
    """A compiled pattern built on first use (module constants that depend on the content)."""

    def __init__(self, build: Callable[[], re.Pattern[str]]) -> None:
        self._build = build

    def search(self, text: str) -> re.Match[str] | None:
        return self._build().search(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self._build().fullmatch(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._build().finditer(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self._build().match(text)

    def split(self, text: str) -> list[str]:
        return self._build().split(text)


def _private_words(kb: KnowledgeBase) -> re.Pattern[str] | None:
    """The oversharing rule's private words as one pattern, or None without the lexicon."""
    lexicon = kb.lexicons.get("private_matters")
    if lexicon is None or not lexicon.entries:
        return None
    return _words([entry.phrase for entry in lexicon.entries], ignore_case=True)
