"""Named systems no word list holds: the product a job names beside a system word ("the move to
Acme CaseCentre", "a records system, ideally Foliant") and the ones a résumé names the same way.

The tools lexicon (content/fit/lexicons.yaml) knows the common platforms and their rivals; a
job in a niche names products nobody listed. A capitalised name counts as a system when its line
speaks of a system (content/fit/cues.yaml: evidence.system_words) and the name sits in a
system's place: after "ideally", "e.g.", "such as", "to", "onto", "from", "with", or just
before a system word ("the Foliant rollout").
"""

from __future__ import annotations

import re

from poise.fit.lexicon import FitPatterns, any_match

NAME = r"(?:[A-Z][A-Za-z0-9'’&+-]*[A-Za-z0-9]|[a-z]+[A-Z][A-Za-z0-9]+)"
SEQUENCE_RE = re.compile(rf"(?<![\w'’-]){NAME}(?:[ ](?:{NAME}|\d+(?:\.\d+)?)){{0,3}}(?![\w'’-])")
STRONG_BEFORE_RE = re.compile(
    r"(?:\bideally|\be\.g\.|\beg|\bsuch as|\blike|\bcurrently|\busing|\bonto)[\s,:(]*$",
    re.IGNORECASE)
"""Words that introduce a product by name: even one plain word after them is a name."""
BEFORE_RE = re.compile(r"(?:\bto|\binto|\bfrom|\bwith)[\s,:(]*$", re.IGNORECASE)
AFTER_RE = re.compile(
    r"^[\s)]*(?:implementation|migration|platform|system|suite|upgrade|rollout|roll-out|go-live|"
    r"replacement|instance|module|CRM|ERP|HRIS|WMS|EHR|EMR|database)s?\b"
    r"|^\s*(?:or|/)\s+(?:a |an |another )?(?:similar|comparable|equivalent|other)\b", re.IGNORECASE)
INNER_CAPITAL_RE = re.compile(r"[a-z][A-Z]|^[a-z]{1,2}[A-Z]")
ACRONYM_RE = re.compile(r"^[A-Z0-9&/-]+s?$")
START_RE = re.compile(r"(?:^|[.;!?|•]\s*|^\s*[-*]\s*|\d\.\s+)$")
GENERIC = frozenset({
    "the", "a", "an", "our", "your", "we", "you", "i", "it", "hr", "uk", "us", "eu", "erp", "crm",
    "hris", "wms", "ehr", "emr", "kpi", "kpis", "sla", "slas", "ceo", "cfo", "coo", "cto", "cio",
    "vp", "ai", "ml", "bi", "api", "apis", "saas", "cloud", "data", "digital", "finance", "claims",
    "group", "board", "service", "services", "system", "systems", "platform", "programme",
    "program", "project", "operations", "customer", "customers", "director", "head", "manager",
    "team", "business", "company", "target", "operating", "model", "core", "new", "global",
    "national", "regional", "head office", "ict", "ot", "mes", "hcm", "payroll", "case",
    "management", "transformation", "change", "phase", "stage", "go-live", "live", "q1", "q2",
    "q3", "q4", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
})


def _plausible(name: str, *, introduced: bool) -> bool:
    """A product name, not a generic word, an acronym (a law, a region, a model) or, unless a
    word introduces it as a name, a single plain word ("Engineering")."""
    words = name.split()
    if all(word.lower().strip("'’") in GENERIC or word.isdigit() for word in words):
        return False
    if all(ACRONYM_RE.match(word) for word in words):
        return False
    if len(words) == 1:
        return len(name) >= 3 and (introduced or INNER_CAPITAL_RE.search(name) is not None)
    return True


def _trim(name: str) -> str:
    """The name without leading generic words ("The Acme suite" → "Acme")."""
    words = name.split()
    while words and words[0].lower() in GENERIC:
        words.pop(0)
    return " ".join(words)


def named_systems(text: str, patterns: FitPatterns) -> list[str]:
    """The products ``text`` names in a system's place, in order, once each; [] when the line does
    not speak of a system. Names the tools lexicon knows are left to it."""
    cues = patterns.evidence.get("system_words", ())
    if not cues or any_match(cues, text) is None:
        return []
    known = {tool.name for tool in patterns.tools_in(text)}
    found: list[str] = []
    for hit in SEQUENCE_RE.finditer(text):
        before, after = text[: hit.start()], text[hit.end():]
        introduced = STRONG_BEFORE_RE.search(before) is not None
        placed = AFTER_RE.search(after) is not None
        coined = INNER_CAPITAL_RE.search(hit.group(0)) is not None  # "iTrent", "ClaimCenter"
        if not (introduced or coined) and START_RE.search(before):
            continue  # the first word of a sentence or a bullet
        if not (introduced or placed or coined or BEFORE_RE.search(before)):
            continue
        name = _trim(hit.group(0))
        first, _, rest = name.partition(" ")
        if coined and rest and START_RE.search(before) and not INNER_CAPITAL_RE.search(first):
            name = rest  # "Implemented SystmOne across …": the sentence's first word is no part of it
        if not name or not _plausible(name, introduced=introduced or placed) or name in found:
            continue
        if patterns.certifications.search(name):
            continue  # a qualification ("ILM Level 7 or equivalent"), not a product
        if known and (len(name.split()) == 1 or any(name in tool or tool in name for tool in known)):
            continue  # a known tool's own module or edition ("S/4HANA Finance")
        found.append(name)
    return found


def names_on(text: str, names: list[str]) -> list[str]:
    """Those of ``names`` that ``text`` names (case aside)."""
    lowered = text.lower()
    return [name for name in names if re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", lowered)]
