"""Products an advert names that no word list holds ("hands-on experience with Quayline Q7",
"advanced user of Staybook", "Acme Grid Manager or another grid system"), kept as tools and
compared with the résumé: the matcher reads such a line as of no known kind when no system word
stands beside the name, so no tool comparison would be made.

A name counts as a product when it is capitalised, not a sentence's first word, and stands in
a product's place: after words that ask a hands-on command of something ("hands-on experience
with", "user of", "command of", "fluency with"), after words giving an example ("specifically",
"such as", "ideally") on a line about systems or vendors, or before "or another …" / "or
similar" (an acronym there only when a command of it is asked: "SOX or equivalent" is a rule
book). Places, languages, rule books, certifications, bodies, events and generic words are
never products. The résumé answers the line when it names the product, or the distinctive
first word of its name as written ("Acme" for "Acme Grid Manager"): a concern is never raised
on a product the résumé may show.
"""

from __future__ import annotations

import re

from poise.fit.distance import countries_named
from poise.fit.ladders import languages_in, regimes_in
from poise.fit.lexicon import FitPatterns
from poise.fit.resume_reader import ResumeProfile
from poise.fit.systems import ACRONYM_RE, GENERIC, SEQUENCE_RE, START_RE

INTRODUCED_RE = re.compile(
    r"(?i)(?:\bhands-on (?:experience|knowledge|command|fluency|use)(?: of| with| in| on)?|"
    r"\b(?:advanced|expert|power|experienced|proficient) users? of|\bcommand of|"
    r"\bfluency (?:with|in)|\bproficiency (?:with|in))"
    r"(?:\s+(?:the|a|an|both))?[\s,:(]*$")
"""Words before a name that ask a working command of it."""
EXAMPLE_RE = re.compile(r"(?i)(?:\bspecifically|\bsuch as|\be\.g\.|\bideally|\bpreferably|"
                        r"\busing)(?:\s+(?:the|a|an|both))?[\s,:(]*$")
"""Words before a name given as an example: a product only on a line about systems."""
SYSTEM_LINE_RE = re.compile(r"(?i)\b(?:system|platform|software|suite|stack|tool|vendor|"
                            r"application|ERP|CRM|HRIS|WMS|EHR)s?\b")
"""Words by which a line speaks of systems or their makers."""
NOT_PRODUCT_RE = re.compile(r"(?i)\b(?:diploma|certificate|certification|degree|award|"
                            r"qualification|licen[cs]e|council|authority|agency|ministry|"
                            r"association|institute|university|fair|expo)\b")
"""Words that make a name a qualification, a body or an event, not a product."""
ALTERNATIVE_RE = re.compile(r"(?i)^\s*(?:\([^)]*\)\s*)?(?:or|/)\s+(?:an?\s+)?(?:another|similar|"
                            r"equivalent|comparable|other)\b")
"""Words after a name that offer another product of its kind ("or another grid system")."""
AND_RE = re.compile(r"^\s*(?:,|and|or|&|/)\s*$")
RULE_WORDS_RE = re.compile(r"(?i)^\s*(?:regulations?|requirements|rules|standards?|act|law|code|"
                           r"guidelines|framework|directive|principles|methodology|method)\b")
"""Words after a name that make it a rule book or a method, not a product."""
DISTINCT = 4
"""The shortest word of a product's name that tells it apart on its own."""


def products_named(text: str, patterns: FitPatterns) -> list[str]:
    """The products a job line names in a product's place, in order, once each."""
    hits = list(SEQUENCE_RE.finditer(text))
    certified = [hit.span() for hit in patterns.certifications.finditer(text)]
    found: list[str] = []
    previous_end = -1
    for number, hit in enumerate(hits):
        before, after = text[: hit.start()], text[hit.end():]
        commanded = INTRODUCED_RE.search(before) is not None
        introduced = commanded or (EXAMPLE_RE.search(before) is not None and SYSTEM_LINE_RE.search(
            text) is not None) or (
            # "specifically Acme and Borealis": a name in a list after an introduced one
            number > 0 and previous_end >= 0 and AND_RE.match(text[previous_end: hit.start()])
            is not None)
        offered = _offered(after)
        if not (introduced or offered) or (START_RE.search(before) and not introduced):
            continue
        if any(start < hit.end() and hit.start() < end for start, end in certified):
            continue  # part of a certification's name ("Six Sigma Black Belt or equivalent")
        name = _trim(hit.group(0))
        if not name or not _product_like(name, after, patterns):
            continue
        if not commanded and all(ACRONYM_RE.match(word) for word in name.split()):
            continue  # "SOX or equivalent": an acronym offered with others is a rule book
            # or a body as often as a product; one asked as a command ("user of QMX") is read
        previous_end = hit.end()
        if name not in found:
            found.append(name)
    return found


def _offered(after: str) -> bool:
    """True when the words after a name offer another product of its kind: "or similar", "or
    equivalent", or "or another …" naming a system ("or another grid system"), not "or other
    bodies"."""
    hit = ALTERNATIVE_RE.match(after)
    if hit is None:
        return False
    if not re.search(r"(?i)(?:another|other)$", hit.group(0)):
        return True
    return SYSTEM_LINE_RE.search(after[hit.end(): hit.end() + 60]) is not None


def _trim(name: str) -> str:
    words = name.split()
    while words and words[0].lower() in GENERIC:
        words.pop(0)
    return " ".join(words)


def _product_like(name: str, after: str, patterns: FitPatterns) -> bool:
    """False for a generic word, a place, a language, a rule book or a certification."""
    words = name.split()
    if all(word.lower() in GENERIC or word.isdigit() for word in words):
        return False
    if len(name) < 3 or RULE_WORDS_RE.match(after) or NOT_PRODUCT_RE.search(name):
        return False
    if (countries_named(name) or patterns.countries.search(name) or languages_in(name, patterns)
            or regimes_in(name, patterns)):
        return False
    return patterns.certifications.search(name) is None and not any(
        tool.name for tool in patterns.tools_in(name))


def shown_on(resume: ResumeProfile, name: str) -> bool:
    """True when the résumé names the product (case aside), or the first word of its name as
    written, its maker's name as a rule ("Acme" for "Acme Grid Manager")."""
    text = " ".join(line.text for line in resume.lines)
    if re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", text.lower()):
        return True
    first = name.split()[0]
    return (len(first) >= DISTINCT and first.lower() not in GENERIC
            and re.search(rf"(?<!\w){re.escape(first)}(?!\w)", text) is not None)
