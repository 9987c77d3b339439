"""Whether words of a concern reply speak to the gap the interviewer stated, read from the parse
of the gap: the thing said to be missing, by its kind.

A concern names a gap: "you've never worked with a unionised workforce", "you've never sat
across the table from the regulator", "your whole career has been inside one country". Its
terms (``gap_terms``) are the content words of the stated gap (``gap_evidence.stated_gap``):
its nouns, proper nouns, adjectives and verbs of substance, each read by its first letters so
that "regulator", "regulation" and "regulatory" or "union" and "unionised" meet. A noun that
carries a kind in an adjective ("a unionised workforce", "a commercial role") is read by that
kind alone: a workforce of another kind ("a big workforce") is not the gap, however alike the
words.

Words speak to the gap (``speaks_to_gap``) when they hold one of its terms, or point back at it
("what I did on it", "the worry", "the gap"), or measure the speaker's record against it ("the
closest thing I've done", "the nearest", "what is relevant").
"""

from __future__ import annotations

from collections.abc import Iterable

from poise.analysis import asked
from poise.analysis.gap_evidence import stated_gap
from poise.analysis.grant import POINT_WORDS
from poise.analysis.meaning import subtree
from poise.analysis.text import Sentence, Token

STEM = 5
"""How many first letters of a word stand for it ("regul", "union", "manag")."""
CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
LIGHT = frozenset({
    "be", "have", "do", "get", "make", "think", "seem", "know", "worry", "need", "mean", "come",
    "say", "tell", "give", "spend", "want", "take", "go", "see", "look", "feel", "wonder", "sure",
    "convince", "hear", "find", "put", "keep", "let", "use", "work", "run", "lead", "manage",
    "worried", "concerned", "honest", "frank", "candid", "clear", "certain", "able",
})
"""Verbs and adjectives of saying, doubting or doing in general: they carry no gap of their own
("I'm not sure you've run...", "you've worked in..."); the thing run or worked in does."""
GENERIC = frozenset({
    "experience", "career", "year", "job", "role", "thing", "side", "level", "concern",
    "background", "time", "way", "lot", "bit", "one", "place", "kind", "whole", "pause", "part",
    "people", "company", "business", "organisation", "organization", "team", "new", "different",
    "big", "large", "small", "same", "last", "first", "good", "real", "much", "many", "few",
    "more", "most", "own", "only", "other", "interviewer", "question", "point", "day", "week",
    "month", "case", "fact", "area", "world", "life", "anything", "something",
})
"""Words of any gap or of none: they tell nothing of what the speaker lacks."""
CONCEDING = frozenset({"but", "yet"})
KIND_DEPS = frozenset({"amod"})
"""Where a kind that stands for its noun sits: an adjective ("a unionised workforce"); a noun
before a noun ("the rail regulator") narrows it without replacing it, so both are read."""
NEAR = frozenset({
    "closest", "nearest", "close", "near", "similar", "comparable", "relevant", "equivalent",
    "transferable", "analogous", "parallel", "related", "overlap", "overlaps", "nearby",
})
"""Words that measure the record offered against the gap ("the closest thing I've done")."""
BACK = frozenset({"it", "that", "this", "those", "them"})
"""Pronouns that point back at the gap as the object of what is told ("what I did on it")."""


def stem(word: str) -> str:
    """The first ``STEM`` letters that stand for a word and its family."""
    return word[:STEM] if len(word) > STEM else word


def content(token: Token) -> bool:
    """A word that can name a thing of its own: not light, generic or a word of asking."""
    return (token.pos in CONTENT_POS and len(token.lower) > 2 and token.lemma not in LIGHT
            and token.lower not in LIGHT and token.lemma not in GENERIC and token.lower not in GENERIC)


def _stated_from(tokens: tuple[Token, ...]) -> int:
    """Where the gap starts: after a "but" that joins two clauses ("you've run operations well,
    but you've never sat across from the regulator" grants the first and states the gap in the
    second), else at the first word."""
    for position, token in enumerate(tokens):
        if token.lower in CONCEDING and token.dep == "cc" and 0 < position < len(tokens) - 3:
            return position + 1
    return 0


def gap_terms(question: str) -> frozenset[str]:
    """The stems of the words that name what the stated gap says is missing; a noun with a kind
    ("unionised workforce") is read by its kind."""
    terms: set[str] = set()
    for sent in asked.parsed_question(stated_gap(question)).sentences:
        tokens = sent.tokens
        start = _stated_from(tokens)
        kinds: dict[int, list[Token]] = {}
        for token in tokens:
            if token.dep in KIND_DEPS and content(token) and 0 <= token.head < len(tokens):
                kinds.setdefault(token.head, []).append(token)
        for position, token in enumerate(tokens):
            if position < start or not content(token):
                continue
            if token.pos == "NOUN" and position in kinds and token.dep not in KIND_DEPS:
                continue  # the kind stands for the noun it qualifies
            terms.add(stem(token.lemma))
            terms.add(stem(token.lower))
    return frozenset(terms)


def measured(tokens: Iterable[Token]) -> bool:
    """The words measure something against the gap ("what I've done that's closest")."""
    return any(token.lower in NEAR for token in tokens)


def speaks_to_gap(tokens: Iterable[Token], terms: frozenset[str]) -> bool:
    """The words hold a term of the gap, point back at it, or measure against it."""
    for token in tokens:
        if token.lower in NEAR or token.lemma in POINT_WORDS or (
                token.lower in BACK and token.dep in {"dobj", "pobj"}):
            return True
        if content(token) and ({stem(token.lemma), stem(token.lower)} & terms):
            return True
    return False


CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl", "relcl", "parataxis", "xcomp", "acl"})
DOUBTING = frozenset({"sure", "convinced", "worry", "worried", "wonder", "see", "know", "certain",
                      "think", "doubt", "afraid", "concerned"})
"""Words under which a clause on the speaker is the interviewer's doubt, not their record ("I'm
not sure you've run...")."""
DENYING = frozenset({"never", "not", "n't", "no", "hardly", "only"})
HEARER = frozenset({"you", "your"})


def _clause(sent: Sentence, position: int) -> int:
    """The verb of the clause the word at ``position`` stands in."""
    tokens = sent.tokens
    for _ in range(len(tokens)):
        token = tokens[position]
        if token.pos in {"VERB", "AUX"} and token.dep in CLAUSE_DEPS:
            return position
        if token.dep == "ROOT" or not 0 <= token.head < len(tokens) or token.head == position:
            return position
        position = token.head
    return position


def _held(sent: Sentence, verb: int) -> bool:
    """The clause at ``verb`` grants the speaker's own record: its subject (or, for a clause
    without one, the subject of the clause it hangs on) holds "you" or "your" ("you come from a
    chain for pets", "your career is on the operations side, running agencies"), with no word
    of denial or a modal on it, and no word of doubt above it."""
    tokens = sent.tokens
    seen: set[int] = set()
    subjects: list[int] = []
    while verb not in seen and not subjects:
        seen.add(verb)
        subjects = [kid for kid in sent.child_map[verb] if tokens[kid].dep in {"nsubj", "nsubjpass"}]
        if not subjects:
            head = tokens[verb].head
            if tokens[verb].dep == "ROOT" or not 0 <= head < len(tokens):
                return False
            verb = _clause(sent, head)
    if not subjects:
        return False
    if not {tokens[position].lower for kid in subjects for position in subtree(sent, kid)} & HEARER:
        return False
    if any(tokens[kid].lower in DENYING or tokens[kid].tag == "MD" for kid in sent.child_map[verb]):
        return False
    current = verb
    for _ in range(len(tokens)):
        if tokens[current].dep == "ROOT" or not 0 <= tokens[current].head < len(tokens):
            return True
        current = tokens[current].head
        if tokens[current].lemma in DOUBTING or tokens[current].lower in DOUBTING:
            return False
    return True


def granted_terms(question: str) -> frozenset[str]:
    """The stems of what the stated concern grants as the speaker's own record ("you come from a
    hospital chain for pets", "your career is on the operations side"): words of a clause whose
    subject is the speaker, told as a fact and not doubted. What the concern says is missing is
    ``gap_terms`` less these."""
    terms: set[str] = set()
    for sent in asked.parsed_question(stated_gap(question)).sentences:
        for position, token in enumerate(sent.tokens):
            if content(token) and _held(sent, _clause(sent, position)):
                terms.update({stem(token.lemma), stem(token.lower)})
    return frozenset(terms)


def missing_terms(question: str) -> frozenset[str]:
    """The stems of what the stated concern says is missing: its terms (``gap_terms``) less
    those of the record it grants (``granted_terms``); all its terms when that leaves none."""
    terms = gap_terms(question)
    missing = terms - granted_terms(question)
    return missing or terms
