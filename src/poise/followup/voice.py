"""A plan in the candidate's voice: "Complete the EWM course by March" (an order, as a plan is
often noted) becomes the commitment "I will complete the EWM course by March."."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from poise.analysis.article import needs_an
from poise.analysis.nlp import spacy_pipeline

if TYPE_CHECKING:
    from spacy.tokens import Token


def as_sentence(text: str) -> str:
    """Capitalised, ending with a full stop (or the punctuation it already has)."""
    text = " ".join(text.split())
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def _ordered(tokens: list[Token]) -> bool:
    """True when a plan opens with a word the tagger reads as a noun but a determiner follows
    ("Book the course", "Review the budget"), or a name follows and the word is a verb once "I"
    says it ("Join Toastmasters and give a talk a month"): at the head of a plan that is an
    order. A plan with a verb of its own in the past, the present or a modal is no order."""
    if len(tokens) < 2 or tokens[0].tag_ not in {"NN", "NNP"} or not tokens[0].text[:1].isupper():
        return False
    if tokens[1].tag_ in {"DT", "PRP$"}:
        return True
    return (tokens[1].tag_ in {"NNP", "NNPS"} and not any(token.tag_ in {"VBD", "VBZ", "VBP", "MD"}
                                                for token in tokens)
            and said_by_me_as_a_verb(tokens[0].text))


def said_by_me_as_a_verb(word: str) -> bool:
    """True when the tagger reads ``word`` as a present verb after "I" ("I join …")."""
    tokens = [token for token in spacy_pipeline()(f"I {word.lower()} it") if not token.is_space]
    return len(tokens) > 1 and tokens[1].tag_ in {"VBP", "VB"}


def _purpose_then_subject(tokens: list[Token]) -> bool:
    """True when a plan opening "To …" is a purpose before a clause with its own subject ("To
    make up for it, within 90 days I would agree …"): the plan is a sentence already, and "I will"
    before it would splice two clauses with a comma."""
    comma = next((number for number, token in enumerate(tokens) if token.text == ","), None)
    if comma is None:
        return False
    after = tokens[comma + 1:]
    return any(token.tag_ == "PRP" and following.tag_ in {"MD", "VBD", "VBP", "VBZ"}
               for token, following in pairwise(after))


def commitment(plan: str) -> str:
    """A plan as the candidate's own commitment: "Complete the EWM course by March" (an order)
    becomes "I will complete the EWM course by March."; "To finish ..." likewise; a plan already
    in the first person, or not worded as an action, is kept as written. A plan of several
    clauses joined by semicolons is said clause by clause ("Hand over the pack by March; review
    it at the end" → "I will hand over the pack by March; I will review it at the end.")."""
    text = " ".join(plan.split())
    if not text:
        return text
    clauses = [clause.strip() for clause in text.split(";")]
    if len(clauses) > 1 and all(clauses):
        said = [_one_commitment(clause).rstrip(".") for clause in clauses]
        said = [said[0], *(clause[:1].lower() + clause[1:] if not clause.startswith("I ") else clause
                           for clause in said[1:])]
        return as_sentence("; ".join(said))
    return _one_commitment(text)


def _one_commitment(text: str) -> str:
    """One clause of a plan as a commitment (see ``commitment``)."""
    tokens = [token for token in spacy_pipeline()(text[:400]) if not token.is_space]
    if not tokens:
        return as_sentence(text)
    rest = text
    if tokens[0].tag_ == "TO" and len(tokens) > 1 and tokens[1].tag_ == "VB":
        if _purpose_then_subject(tokens):
            return as_sentence(text)  # "To make up for it, within 90 days I would …": said already
        rest = text[tokens[1].idx:]
    elif tokens[0].lower_ in {"be", "do"} or not (
            tokens[0].tag_ == "VB" or _ordered(tokens)):
        return as_sentence(text)
    return as_sentence("I will " + rest[:1].lower() + rest[1:])


_SMALL_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "at", "de", "du", "la", "le", "und",
                          "van", "von", "der", "y", "del", "da", "do", "dos", "das", "di", "della"})
_SHORT_FORMS = {"co": "Co", "ltd": "Ltd", "inc": "Inc", "llc": "LLC", "llp": "LLP", "plc": "plc",
                "corp": "Corp", "bv": "BV", "gmbh": "GmbH", "ag": "AG", "sa": "SA", "nv": "NV",
                "cía": "Cía", "cia": "Cia", "ltda": "Ltda"}


def name_case(name: str) -> str:
    """A name the résumé writes in capitals ("CAPITOL LAKES HEALTH", "MIDSTATE CASTINGS CO.") as a
    sentence writes it ("Capitol Lakes Health", "Midstate Castings Co."). Short words that are
    acronyms keep their capitals ("U.S. Army", "NHS England"); a name in mixed case is kept."""
    letters = [char for char in name if char.isalpha()]
    words = name.split()
    if not letters or any(char.islower() for char in letters) or not any(
            len([char for char in word if char.isalpha()]) >= 4 for word in words):
        return name
    cased: list[str] = []
    for position, word in enumerate(words):
        bare = word.strip(".,()&'-").lower()
        if bare in _SHORT_FORMS:
            cased.append(word.replace(word.strip(".,()&'-"), _SHORT_FORMS[bare]))
        elif position and bare in _SMALL_WORDS:
            cased.append(word.lower())
        elif len(bare) <= 3 or "." in word.rstrip("."):
            cased.append(word)  # "NHS", "U.S.": an acronym
        else:
            cased.append("-".join(part[:1] + part[1:].lower() for part in word.split("-")))
    return " ".join(cased)


_DOUBLED = re.compile(r"\b([^\W\d_][\w'’-]*)\s+\1\b", re.IGNORECASE)
_MAY_DOUBLE = frozenset({"that", "had"})
"""Words English says twice on purpose ("what it had had")."""


def undouble(text: str) -> str:
    """A word said twice where a template meets a value ("the Company Directors Course course")
    said once, as the value spells it."""
    return _DOUBLED.sub(lambda found: found.group(0) if found.group(1).lower() in _MAY_DOUBLE
                        else found.group(1), text)


COUNTED_HEADS = frozenset({
    "budget", "organization", "organisation", "team", "model", "upgrade", "programme", "program",
    "project", "portfolio", "function", "department", "site", "plant", "network", "centre",
    "center", "unit", "contract", "fleet", "workforce", "division", "region", "business", "p&l",
    "operation", "service", "warehouse", "hospital", "facility", "store", "branch", "office",
    "practice", "framework", "system", "platform", "process", "review", "strategy", "plan",
    "restructure", "turnaround", "merger", "acquisition", "migration", "rollout", "launch",
    "meeting", "forum", "committee",
})
"""Nouns a remit is counted in: with no article before them ("I manage plant operating budget")
the clause reads as a résumé's telegraphic line, so one is added ("a plant operating budget")."""
_NOUN_PHRASE_TAGS = frozenset({"CD", "$", "JJ", "NN", "HYPH", "NNS", "VBN"})
_OPENS_OBJECT = frozenset({"for", "of"})
"""After "accountable for", "in charge of": where the counted thing follows an adjective."""


@lru_cache(maxsize=4096)
def with_object_article(clause: str) -> str:
    """A first-person clause with "a" or "an" before an object counted in one of
    ``COUNTED_HEADS`` that has none ("I am accountable for $46M operating budget" → "… for a
    $46M operating budget", "I designed new labour model" → "I designed a new labour model").
    A plural, a name or an object with its own determiner is left as it is."""
    if not clause.startswith("I "):
        return clause
    tokens = [token for token in spacy_pipeline()(clause[:300]) if not token.is_space]
    if len(tokens) < 3 or not tokens[1].tag_.startswith("VB"):
        return clause
    start = 2
    while start < len(tokens) and (tokens[start].tag_ in {"JJ", "RB", "VBN"} and
                                   start + 1 < len(tokens) and tokens[start + 1].lower_ in _OPENS_OBJECT):
        start += 2  # "accountable for", "in charge of"
    if start < len(tokens) and tokens[start].lower_ in _OPENS_OBJECT and start == 2:
        start += 1
    end = start
    while end < len(tokens) and (tokens[end].tag_ in _NOUN_PHRASE_TAGS or tokens[end].text == "&"
                                 or (end > start and tokens[end].tag_ == "NNP")):
        end += 1  # a name inside the phrase ("42-person CS organization") but not opening it
    if end == start:
        return clause
    phrase = tokens[start:end]
    head = phrase[-1]
    if head.tag_ != "NN" or head.lower_ not in COUNTED_HEADS or phrase[0].tag_ == "VBN":
        return clause
    if any(token.tag_ == "NNS" for token in phrase) and phrase[0].tag_ == "CD":
        return clause  # "4 sites budget": a count, read as it is
    if phrase[0].tag_ == "CD" and len(phrase) > 1 and phrase[1].tag_ != "HYPH" and \
            not re.match(r"^[$£€¥₹]|^\d[\d,.]*(?:k|m|mn|bn|b)$", phrase[0].text, re.IGNORECASE):
        return clause  # "5 team leads": a count, whatever the tagger makes of its noun
    first = phrase[0]
    article = "an" if needs_an(clause[first.idx:].split(" ", 1)[0]) else "a"
    return f"{clause[:first.idx]}{article} {clause[first.idx:]}"


LIST_NUMBER_RE = re.compile(r"^\(?\d{1,2}[.)]\s+(?=\S)")
"""A list's number before a name ("1. Vistaar CX Solutions", "2) Meridian"): the résumé's
numbering, never said with the name."""


def spoken_name(name: str, legal_forms: re.Pattern[str] | None) -> str:
    """A company's name as a sentence says it: in the case a sentence writes it (``name_case``)
    and without the legal forms that close it ("Vitkon Components s.r.o." → "Vitkon Components",
    "ACME HOLDINGS GMBH & CO. KG" → "Acme Holdings"), nor the place said after a form ("Acme
    Ltd, Leeds" → "Acme"), and without a list's number before it ("1. Vistaar CX Solutions" →
    "Vistaar CX Solutions"). A name that is nothing but a form is kept."""
    cased = name_case(LIST_NUMBER_RE.sub("", " ".join(name.split())))
    if legal_forms is None:
        return cased
    pieces = cased.split(",")
    for end in range(1, len(pieces)):
        head = ",".join(pieces[:end])
        if legal_forms.search(head):  # "Mourne Valley Dairies Ltd, Newry": the form, then a place
            cased = head
            break
    bare = legal_forms.sub("", cased).rstrip(" ,&-–")
    return bare if any(char.isalpha() for char in bare) else cased


def at_employer(name: str, opening: tuple[str, ...], closing: tuple[str, ...]) -> str:
    """Where the candidate worked, as a sentence says it: "at Harbour Logistics", but "at the
    Department of Health" (a name that opens with one of ``opening`` before "of" or "for") and
    "in the British Army" (three words at most, closing with one of ``closing``):
    ``names_with_the`` in the fit lexicons. A name that opens with "the" is kept as written."""
    words = name.split()
    if not words or words[0].lower() == "the":
        return f"at {name}"
    folded = " ".join(words).lower()
    for head in opening:
        if re.match(rf"{re.escape(head)}\s+(?:of|for)\s+\S", folded):
            return f"at the {name}"
    first = folded.split(",", 1)[0].strip()  # "British Army, Corps of Royal Engineers"
    if len(first.split()) <= 3 and any(re.search(rf"(?:^|\s){re.escape(tail)}$", first)
                                       for tail in closing):
        return f"in the {name}"
    return f"at {name}"


OPENING_WORDS = 6
"""A draft's opening formula is the words before its first colon, this many at most and within
its first sentence ("That's a fair point:", "I understand why you ask:")."""
_FORMULA_FILLERS = frozenset({"that", "that's", "thats", "is", "it", "it's", "a", "an", "you",
                              "you're", "are", "point", "question", "one", "very", "entirely"})
"""Words that vary between two wordings of one concession ("That's a fair point" and "That is a
fair question" are one formula, "fair"; "You're right" and "That is right" another)."""


def opening_formula(text: str) -> frozenset[str]:
    """The words that carry a draft's opening formula (the few words before a colon in its first
    sentence), or an empty set when it opens with none."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    head, colon, _ = first.partition(":")
    words = re.findall(r"[\w']+", head.casefold().replace("’", "'"))
    if not colon or not words or len(words) > OPENING_WORDS or re.search(r"[.!?]\s", head):
        return frozenset()
    return frozenset(word for word in words if word not in _FORMULA_FILLERS)


def without_formula(text: str) -> str:
    """A draft's first sentence without its opening formula ("That's a fair point: my roles so
    far …" → "My roles so far …"), or the text as it is when it opens with none."""
    if not opening_formula(text):
        return text
    rest = text.split(":", 1)[1].strip()
    return rest[:1].upper() + rest[1:] if rest else text


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECT_WORDS = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$",
                            "CD", "HYPH", "POS"})
_CLAUSE_OPENERS = frozenset({"IN", "WRB", "RB", "TO", "VBG", "VBN", "CC", "WDT", "WP"})
_AFTER_A_CHANGE = frozenset({"IN", "TO", "RB", "CD", ".", ",", ":"})


def result_splice(tokens: list[Token]) -> int | None:
    """The index of a comma that splices two clauses of a résumé's shorthand ("I automated invoice
    entry, touchless rate increased from 18% to 61%"): a clause with its subject and verb before
    it, and after it a noun phrase and a verb of change with no word to join them ("rate
    increased from", "responses accepted."), outside brackets; None otherwise. A list of nouns
    ("filings, Site Master File updates and …") and a clause that opens with a subordinator
    ("When we met on Tuesday, you said …") are no splice."""
    depth = 0
    for number, token in enumerate(tokens):
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(token.text, 0)
        if token.text != "," or depth > 0:
            continue
        start = max([index + 1 for index, item in enumerate(tokens[:number])
                     if item.text in {":", ";", ","}] + [0])
        before = tokens[start:number]
        if (not before or before[0].tag_ in _CLAUSE_OPENERS
                or not any(item.tag_ in _FINITE for item in before)):
            continue
        end = number + 1
        while end < len(tokens) and tokens[end].tag_ in _SUBJECT_WORDS:
            end += 1
        if end == number + 1 or end >= len(tokens) or tokens[end].tag_ not in {"VBD", "VBZ", "VBP"}:
            continue
        if not any(item.tag_.startswith("NN") or item.tag_ == "PRP" for item in tokens[number + 1:end]):
            continue
        after = tokens[end + 1] if end + 1 < len(tokens) else None
        if after is None or after.tag_ in _AFTER_A_CHANGE:
            return number
    return None


def join_splice(clause: str) -> str:
    """A clause with a result spliced on by a comma (``result_splice``) joined with "and" ("…
    (OCR + UiPath bots), and touchless rate increased from 18% to 61%")."""
    tokens = [token for token in spacy_pipeline()(clause[:400]) if not token.is_space]
    comma = result_splice(tokens)
    if comma is None:
        return clause
    at = tokens[comma].idx + 1
    return f"{clause[:at]} and{clause[at:]}"
