"""The job title as a candidate would write it in a letter, from the advert's title line: the
advertising around it dropped ("Vacancy:", "(m/f/d)", "– 100%", "| Bengaluru", "(English
version)"), the English half of a bilingual title kept, a place after a dash left out when it
is where the job is, and a title set in capitals written in ordinary case."""

from __future__ import annotations

import re

LABEL_RE = re.compile(
    r"(?i)^(?:job description|job advert|vacancy|vacature|hiring|now hiring|we are hiring|"
    r"we're hiring|job title|position|role|opening)\s*[:–—|-]\s*")
GENDER_TAG_RE = re.compile(
    r"(?i)\s*\(\s*[mwfdhx*](?:\s*/\s*[mwfdhx*]){1,3}\s*\)|\s+\b[mwfdhx](?:/[mwfdhx]){1,3}\b$")
"""The gender notes of German, Austrian, Swiss and French adverts: "(m/f/d)", "(H/F)", "m/w/d"."""
WORKLOAD_RE = re.compile(r"\s*[–—,-]?\s*\b\d{2,3}\s*(?:[–-]\s*\d{2,3}\s*)?%\s*$")
"""A Swiss workload after the title: "– 100%", "80–100%"."""
VERSION_NOTE_RE = re.compile(
    r"(?i)\s*[(\[]\s*(?:[a-z]+\s+)?(?:version|translation)\s*[)\]]\s*$")
"""A note of which language version the advert is: "(English version)", "[translation]"."""
DASH_TAIL_RE = re.compile(r"\s+[–—-]\s+(?P<tail>[^–—]+)$")
PAREN_TAIL_RE = re.compile(r"\s*\((?P<tail>[^()]+)\)\s*$")
ENGLISH_TITLE_RE = re.compile(
    r"(?i)\b(?:head|director|manager|chief|officer|president|lead|leader|controller|partner|"
    r"superintendent|principal|executive)\b")
SMALL_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "&"})
ACRONYMS = frozenset({"IT", "HR", "VP", "SVP", "EVP", "EMEA", "APAC", "CEO", "COO", "CFO", "CTO", "CIO",
                      "UK", "US", "EU", "R&D", "QA", "QHSE", "HSE", "ICT", "BFSI", "NHS", "GM"})


def tidy_title(raw: str, location: str = "") -> str:
    """The title of ``raw`` without the advert's labels and notes; ``location`` (where the job
    is) lets a place after a dash or in brackets drop out: "Head of Site Quality – Ringaskiddy,
    Co. Cork" → "Head of Site Quality" when the job is in Ringaskiddy."""
    text = " ".join(raw.split())
    text = LABEL_RE.sub("", text)
    text = text.split(" | ")[0].strip()
    text = GENDER_TAG_RE.sub("", text)
    text = WORKLOAD_RE.sub("", text).strip()
    text = VERSION_NOTE_RE.sub("", text)
    text = _english_half(text)
    text = _without_place(text, location)
    text = " – ".join(_ordinary_case(part) if part.isupper() else part
                      for part in re.split(r"\s+[–—]\s+", text))
    return text.strip(" –—-:,") or " ".join(raw.split())


def _english_half(text: str) -> str:
    """Of a title given in two languages ("Bereichsleiter:in IT / Head of IT"), the half that
    names the post in English; a title whose both halves are English stays whole."""
    halves = [half.strip() for half in text.split(" / ")]
    if len(halves) != 2:
        return text
    english = [bool(ENGLISH_TITLE_RE.search(half)) for half in halves]
    if english == [False, True]:
        return halves[1]
    if english == [True, False] and len(halves[1].split()) > 1:
        return halves[0]
    return text


def _without_place(text: str, location: str) -> str:
    """``text`` without a trailing "– Place" or "(Place)" that names where the job is."""
    place_words = _words(location)
    if not place_words:
        return text
    for regex in (PAREN_TAIL_RE, DASH_TAIL_RE):
        hit = regex.search(text)
        if hit and text[: hit.start()].strip() and _words(hit.group("tail")) <= place_words | {
                "co", "county", "region", "district", "plant", "site", "campus"}:
            text = text[: hit.start()].strip()
    return text


def _words(text: str) -> set[str]:
    return {word for word in re.findall(r"[^\W\d_]+", text.lower()) if len(word) > 1}


def _ordinary_case(text: str) -> str:
    """A title set in capitals in ordinary title case, keeping short acronyms ("CHIEF OPERATING
    OFFICER" → "Chief Operating Officer", "HEAD OF IT" → "Head of IT")."""
    words = []
    for number, word in enumerate(text.split(" ")):
        bare = word.strip("():,")
        if bare in ACRONYMS:
            words.append(word)
        elif number and word.lower() in SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append(re.sub(r"[^\W\d_]+", lambda hit: hit.group(0).capitalize(), word, count=1))
    return " ".join(words)
