"""What an advert's sentence does when it asks nothing of the candidate, read from its parse.

A line under a duties heading or in an advert's prose may be no duty and no requirement: it
tells the reader how to apply ("we look forward to your application"), what happens once someone
is chosen ("the successful candidate will be asked to pass a medical check"), the post's terms
("this role is hybrid", "the post is subject to a regulator's regime") or its hours ("you will
sometimes attend evening meetings"), or keeps the duties open ("any other duties as directed").
Each is found by the sentence's grammar — who its subject is, what a noun is owned or modified
by, what a preposition attaches to — with the words as lemmas from content (fit/cues.yaml,
``not_asking``), never a whole phrase.

``purpose_of`` gives the purpose's name, or "" for a sentence that may ask something.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from poise.content.schema.fit import NotAsking

APPLYING = "applying"
AFTER_HIRE = "after_hire"
TERMS = "terms"
HOURS = "hours"
OPEN_DUTIES = "open_duties"

SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
LISTED_SECTIONS = ("must", "nice")
"""Sections whose every line the advert lists as a criterion: the post's terms and hours stated
there are asked for ("Based in Leeds, three days a week on site")."""


def noun_lemma(token: Any) -> str:
    """A noun in the singular, lower case ("duties" → "duty", "checks" → "check")."""
    lower = str(token.lower_)
    if token.tag_ not in ("NNS", "NNPS"):
        return lower
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith(("sses", "shes", "ches", "xes")):
        return lower[:-2]
    if lower.endswith("s") and not lower.endswith("ss"):
        return lower[:-1]
    return lower


def word_lemma(token: Any) -> str:
    """The lemma the word lists are written in: verbs by the project's table, nouns singular."""
    from poise.analysis.tags import lemma

    if token.tag_.startswith("NN"):
        return noun_lemma(token)
    return lemma(token.tag_, str(token.lower_))


def _applying(sentence: Any, words: NotAsking) -> bool:
    """The candidate's own application papers ("your CV", "your application documents"), or the
    employer asking to hear from them ("we'd like to hear from you")."""
    for token in sentence:
        lemma = word_lemma(token)
        if token.tag_.startswith("NN") and lemma in words.applying:
            phrase = token.head if token.dep_ == "compound" else token
            if any(child.lower_ == "your" for child in phrase.children):
                return True
        if token.tag_.startswith("VB") and lemma in words.contact:
            employer = any(child.dep_ in SUBJECTS and child.lower_ in ("we", "us")
                           for child in _clause_subjects(token))
            to_you = any(child.lower_ == "from" and any(grand.lower_ == "you" for grand in child.children)
                         for child in token.children)
            if employer and to_you:
                return True
    return False


def _clause_subjects(verb: Any) -> list[Any]:
    """The subjects of a verb's clause: its own, or those of the verb it completes ("we would
    like to hear": "hear" completes "like", whose subject is "we")."""
    found = [child for child in verb.children if child.dep_ in SUBJECTS]
    while not found and verb.dep_ in ("xcomp", "ccomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
        found = [child for child in verb.children if child.dep_ in SUBJECTS]
    return found


def _after_hire(sentence: Any, words: NotAsking) -> bool:
    """A step of the hiring once someone is chosen: the chosen one ("the successful applicant")
    made to pass a check, or something to be done within a time "of" taking up the post and
    asked in no other way (not "X, or obtained within a year of hire": X is asked now)."""
    offers_alternative = any(token.dep_ == "cc" and token.lower_ == "or" for token in sentence)
    for token in sentence:
        chosen = token.dep_ in SUBJECTS and noun_lemma(token) in words.hired and any(
            child.lower_ == "successful" for child in token.children)
        if chosen and any(other.tag_.startswith("NN") and noun_lemma(other) in words.vetting
                          for other in sentence):
            return True
        if token.lower_ == "within" and not offers_alternative:
            for object_ in (child for child in token.subtree if child.dep_ == "pobj"):
                for child in object_.children:
                    if child.lower_ == "of" and any(noun_lemma(grand) in words.start
                                                    or word_lemma(grand) in words.start
                                                    for grand in child.children):
                        return True
    return False


def _terms(sentence: Any, words: NotAsking, work_mode: bool) -> bool:
    """A sentence about the post, not the person: its subject is the post ("this role", "the
    position") and it gives where or how the post is held ("is hybrid", "is based at", "is
    subject to")."""
    root = sentence.root
    subjects = [child for child in root.children if child.dep_ in SUBJECTS]
    if not any(noun_lemma(subject) in words.post for subject in subjects):
        return False
    if work_mode:
        return True
    near = (token for token in sentence
            if root.i in (token.i, token.head.i, token.head.head.i))
    return any(token.tag_[:2] in ("JJ", "VB", "NN") and word_lemma(token) in words.terms
               for token in near)


def _hours(sentence: Any, words: NotAsking) -> bool:
    """A full sentence (a subject and a verb of doing) that names a time outside the working day
    as when something is attended or worked ("you will attend evening meetings")."""
    root = sentence.root
    if word_lemma(root) == "be" or not any(child.dep_ in SUBJECTS for child in root.children):
        return False  # "you are visible, also on night shifts" describes the person
    return any(noun_lemma(token) in words.work_time and token.dep_ in ("compound", "amod", "npadvmod",
                                                                       "pobj", "dobj")
               for token in sentence)


def _open_duties(sentence: Any, words: NotAsking) -> bool:
    """Duties left open: a duty noun that is "any other" or "such other" ("any other tasks as
    reasonably required")."""
    for token in sentence:
        if token.tag_.startswith("NN") and noun_lemma(token) in words.open_duties:
            children = {child.lower_ for child in token.children}
            if "other" in children and children & {"any", "such", "all"}:
                return True
    return False


WORD_RE = re.compile(r"[^\W\d_][\w-]*")


def _may_have_purpose(text: str, words: NotAsking, work_mode: str) -> bool:
    """True when the sentence holds the words some purpose needs, so only those are parsed: an
    application noun or a verb of hearing; "successful" or "within"; "other"; the post with a
    term or a way of working; a time outside the day."""
    lowered = {word.rstrip("s") if len(word) > 3 else word
               for word in WORD_RE.findall(text.lower())} | set(WORD_RE.findall(text.lower()))
    return bool(
        lowered & {*words.applying, *words.contact, "successful", "within", "other",
                   *words.work_time}
        or (lowered & set(words.post) and (work_mode or lowered & _term_stems(words))))


def _term_stems(words: NotAsking) -> set[str]:
    """The terms and their written forms ("base" → "based", "locate" → "located")."""
    return {form for term in words.terms for form in (term, term + "d", term + "ed")}


def purpose_of(text: str, section: str, words: NotAsking | None, work_mode: str = "") -> str:
    """What the sentence does if it asks nothing of the candidate ("applying", "after_hire",
    "terms", "hours", "open_duties"), or "". ``section`` is the advert's section the line is in;
    ``work_mode`` the way of working the line names, if any ("Hybrid")."""
    if words is None or len(text.split()) < 4 or not _may_have_purpose(text, words, work_mode):
        return ""
    return _purpose(text, section, work_mode, _Words(words))


class _Words:
    """The content's lemmas as a cache key: one content object is one key."""

    def __init__(self, words: NotAsking) -> None:
        self.words = words

    def __hash__(self) -> int:
        return id(self.words)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Words) and other.words is self.words


@lru_cache(maxsize=512)
def _purpose(text: str, section: str, work_mode: str, key: _Words) -> str:
    from poise.analysis.nlp import spacy_pipeline

    words = key.words
    doc = spacy_pipeline(parse=True)(text)
    for sentence in doc.sents:
        if _applying(sentence, words):
            return APPLYING
        if _after_hire(sentence, words):
            return AFTER_HIRE
        if _open_duties(sentence, words):
            return OPEN_DUTIES
        if section in LISTED_SECTIONS:
            continue
        if _terms(sentence, words, bool(work_mode)):
            return TERMS
        if _hours(sentence, words):
            return HOURS
    return ""
