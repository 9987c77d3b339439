"""Several posts written as a paragraph of prose ("Duty Manager at Acme Handling, Luton
(2012–2017), running shifts of 150. Before that, Supervisor (2010–2012) and Team Leader
(2008–2010) with Bolt Air. I started as a trainee in logistics at Carter Freight (2006–2008).").

One grammar, not one rule per wording: every date range in brackets closes a post, and the words
between it and the previous bracket (or the start of the sentence) name that post: a title of
the job-title vocabulary (or a short name written as a title is, "Youth Worker"), then, after
"at", "with", "for" or "in", the employer and its place. A post that names no employer takes the
one the sentence names after its last bracket ("... (2008–2010) with Bolt Air at Manchester
Airport"). Words that lead a post into the sentence ("Before that,", "I started as a", "and",
"then") are not part of its title.

A paragraph is read as posts only when at least two of them each have a title, an employer and
a date range; anything less is a sentence about the work, left to the rest of the reader."""

from __future__ import annotations

import re
from dataclasses import dataclass

from poise.fit.dates import Month, date_range
from poise.fit.lexicon import FitPatterns
from poise.fit.role_header import ASIDE_RE, LEGAL_SUFFIX_RE, classify, comma_parts, has_title

POST_WORDS = 8
"""The most words a post's title has; a longer part is a sentence about the work."""
MIN_POSTS = 2
SENTENCE_RE = re.compile(r"(?:(?<=[a-z]{2}[.!?])|(?<=[)\d][.!?]))\s+(?=[A-Z])")
"""Where a sentence ends: not after a short abbreviation ("Sr. Engineer", "St. Mary's")."""
BRACKET_RE = re.compile(r"\((?P<inside>[^()]{4,40})\)")
EMPLOYER_RE = re.compile(r"\s+(?:at|with|for|in)\s+(?=\S*[A-Z0-9])")
"""The word that leads an employer after a title ("Duty Manager at Skyport")."""
LEAD_AS_RE = re.compile(r"^.*?\b(?:as|to)\s+(?:an?\s+|the\s+)?(?=\S)", re.IGNORECASE)
"""Words that lead a post with "as" or "to" ("I started as a …", "was promoted to …")."""
JOINER_RE = re.compile(r"^(?:[,;]\s*)?(?:and|then|later|and then|before that|after that|"
                       r"earlier|previously|prior to that)?[,\s]*", re.IGNORECASE)
PLACE_CUT_RE = re.compile(r"\s+(?:at|in)\s+(?=[A-Z])|\s+[–—-]\s+")
"""Where an employer's name ends and its place begins ("Meridian Air at Manchester Airport")."""


@dataclass(frozen=True)
class ProsePost:
    """One post a paragraph names: its title, its employer and its dates."""

    title: str
    employer: str
    start: Month
    end: Month | None
    current: bool
    text: str = ""
    """The words of the sentence that name the post."""


TITLE_CASE_WORDS = 5
SMALL_WORDS = frozenset({"of", "and", "&", "for", "in", "the", "de", "du", "und", "für", "–", "-", "/"})


def _title_cased(text: str) -> bool:
    """True when a short name is written as a title is, every word but the small ones capitalised
    ("Youth Worker", "Plant Metallurgist"), and it opens with no verb in the past ("Led ...")."""
    words = ASIDE_RE.sub(" ", text).split()
    if not words or len(words) > TITLE_CASE_WORDS or words[0].lower().endswith("ed"):
        return False
    return all(word[:1].isupper() or word.lower() in SMALL_WORDS for word in words)


def _title_of(text: str, patterns: FitPatterns) -> str:
    """The title a part of a sentence names, without the words that lead it in, or ""."""
    part = JOINER_RE.sub("", text.strip(" ,;:")).strip(" ,;:")
    lead = LEAD_AS_RE.match(part)
    if lead is not None and (has_title(part[lead.end():], patterns)
                             or _title_cased(part[lead.end():])):
        part = part[lead.end():]
    elif "," in part and not has_title(part.split(",")[0], patterns):
        part = part.split(",", 1)[1].strip()  # "Before that, Station Supervisor"
    part = part.strip(" ,;:")
    if not part or len(part.split()) > POST_WORDS or not (has_title(part, patterns)
                                                          or _title_cased(part)):
        return ""
    if LEGAL_SUFFIX_RE.search(part):
        return ""  # "Acme Ltd": an organisation, not a post
    return part


def _employer_of(text: str, patterns: FitPatterns) -> str:
    """The employer's name at the start of ``text`` (after "at"/"with"), without its place."""
    first = comma_parts(text.strip(" ,;:"))[0]  # "Kelso Mills, Inc." keeps its legal form
    name = PLACE_CUT_RE.split(first, maxsplit=1)[0].strip(" ,;:")
    if not re.match(r"\S*[A-Z0-9]", name) or len(name.split()) > POST_WORDS:
        return ""
    if has_title(name, patterns) and classify(name, patterns).kind == "title":
        return ""
    return name


def _split(segment: str, patterns: FitPatterns) -> tuple[str, str]:
    """A post's words cut into its title and its employer (either may be empty)."""
    hits = sorted(EMPLOYER_RE.finditer(segment), key=lambda hit: (
        hit.group(0).strip() not in ("at", "with"), hit.start()))
    for hit in hits:  # "at" and "with" before "for" and "in" ("Trainee in Sales at Acme")
        title = _title_of(segment[: hit.start()], patterns)
        if title:
            return title, _employer_of(segment[hit.end():], patterns)
    return _title_of(segment, patterns), ""


def _sentence_posts(sentence: str, patterns: FitPatterns, today: int) -> list[ProsePost]:
    posts: list[ProsePost] = []
    waiting: list[tuple[str, Month, Month | None, bool, str]] = []
    begin = 0
    for bracket in BRACKET_RE.finditer(sentence):
        dated = date_range(bracket.group("inside"), today)
        if dated is None or dated[3].group(0).strip() != bracket.group("inside").strip():
            continue
        start, end, current, _hit = dated
        words = sentence[begin: bracket.end()].strip(" ,;:")
        title, employer = _split(sentence[begin: bracket.start()], patterns)
        begin = bracket.end()
        if not title:
            continue
        if employer:
            posts.append(ProsePost(title, employer, start, end, current, words))
        else:
            waiting.append((title, start, end, current, words))
    if waiting:
        tail = sentence[begin:]
        lead = EMPLOYER_RE.match(tail)
        employer = _employer_of(tail[lead.end():], patterns) if lead is not None else ""
        if employer:
            posts += [ProsePost(title, employer, start, end, current, f"{words} {tail.strip()}")
                      for title, start, end, current, words in waiting]
    return posts


def posts_in_prose(text: str, patterns: FitPatterns, today: int) -> list[ProsePost]:
    """The posts a paragraph names, latest first as written; [] unless at least two posts each
    have a title, an employer and a date range."""
    if len(BRACKET_RE.findall(text)) < MIN_POSTS:
        return []
    posts = [post for sentence in SENTENCE_RE.split(text.strip())
             for post in _sentence_posts(sentence, patterns, today)]
    return posts if len(posts) >= MIN_POSTS else []
