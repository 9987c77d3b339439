"""Whether an advert's prose sentence tells of the setting of the post rather than asking.

Adverts set their duties among sentences about the employer and the post's standing: "We employ
around 900 people and turn over £80m", "The department's budget has grown by a third since 2022",
"The Director is the board's most senior officer and a member of its executive", "The Board
announces a competition for the post of Chief Executive". They hold figures and subjects a
requirement also holds (a headcount, a budget, a regulator), yet ask nothing: the figures are the
employer's, the statement is the post's place.

Each reading comes from the sentence's parse, with the words as lemmas from content
(fit/cues.yaml, ``not_asking``):

- ``employer_fact``: a statement whose subject is neither the candidate nor the post (the
  employer, its people, its money, its results), in any tense but with no modal of obligation,
  no "you" anywhere, and no verb of the employer seeking someone ("We are looking for a leader
  who…" describes the person asked for).
- ``standing``: the post as subject of "be" with a noun ("The Director is the trust's most senior
  executive"), beside nothing but its line of report, a body it belongs to or who appoints it.
- ``announcement``: the employer announcing or inviting applications ("The Council invites
  applications…", "Local nationals are encouraged to apply"), or a sentence about the hiring
  itself ("a selection procedure for the position of …").

Pure: the parse is cached per sentence and content.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from poise.analysis.tags import known_verb, verb_lemma
from poise.content.schema.fit import NotAsking
from poise.fit.job_line_purpose import SUBJECTS, ContentKey, noun_lemma, word_lemma

EMPLOYER_FACT = "employer_fact"
STANDING = "standing"
ANNOUNCEMENT = "announcement"

CANDIDATE_WORDS = frozenset({"you", "your", "yours", "yourself", "i", "me", "my"})
"""Pronouns that put the candidate (or a first-person applicant) in the sentence."""
OBLIGATION = frozenset({"must", "should", "need", "ought", "shall"})
"""Modals of obligation: a sentence with one asks something whatever its subject."""
POST_SUBJECT_WORDS = frozenset({"postholder", "post-holder", "jobholder", "incumbent", "appointee",
                                "officeholder", "office-holder"})
"""Nouns for whoever holds the post, beside the post's own nouns (``not_asking.post``)."""
MAX_WORDS = 60
CHIEF_INITIALS_RE = re.compile(r"C[A-Z]{1,3}O")
"""A chief officer's initials ("CNO", "CFO", "CISO"): the post named by its title."""


def setting_of(text: str, words: NotAsking | None, is_title: Any = None, *, prose: bool = True) -> str:
    """What the sentence tells if it is the post's setting ("employer_fact", "standing",
    "announcement"), or "" for a sentence that may ask something. ``is_title``: a predicate
    saying whether a noun phrase is a job title ("The Chief Operating Officer"); ``prose``: the
    sentence stands in a paragraph, not a list (a list item opening on a noun, "Safety first:
    drive the programme", is read as an item, never as a statement about the employer)."""
    if words is None or not text.strip() or len(text.split()) > MAX_WORDS:
        return ""
    return _setting(text, ContentKey(words), is_title or _no_title, prose)


def _no_title(_text: str) -> bool:
    return False


@lru_cache(maxsize=1024)
def _setting(text: str, key: ContentKey, is_title: Any, prose: bool) -> str:
    from poise.analysis.nlp import spacy_pipeline

    words = key.words
    doc = spacy_pipeline(parse=True)(text)
    found = ""
    for sentence in doc.sents:
        if _announcement(sentence, words, is_title):
            return ANNOUNCEMENT
        what = _standing(sentence, words, is_title) or (
            _employer_fact(sentence, words, is_title) if prose else "")
        if found and not what and not any(token.tag_.startswith(("VB", "MD")) for token in sentence):
            continue  # what an abbreviation's stop cut off ("(approx. USD 160 million)")
        if not what:
            return ""  # every sentence of the line must be setting for the line to be
        found = found or what
    return found


def _is_post(subject: Any, words: NotAsking, is_title: Any) -> bool:
    """True when a subject names the post or its holder: its own noun ("the role", "the
    postholder") or a job title ("the Chief Operating Officer")."""
    lemma = noun_lemma(subject)
    if lemma in words.post or lemma in POST_SUBJECT_WORDS or CHIEF_INITIALS_RE.fullmatch(subject.text):
        return True
    phrase = " ".join(token.text for token in subject.subtree)
    return bool(is_title(phrase))


def _has_candidate(sentence: Any) -> bool:
    return any(token.lower_ in CANDIDATE_WORDS and token.tag_.startswith("PRP") for token in sentence)


def _opens_as_order(sentence: Any) -> bool:
    """True when the sentence opens with a verb, whatever the parse made of it: a duty given as
    an order ("Plan crew resources for…") or in the third person ("Ensures compliance with…")."""
    first = next((token for token in sentence if not token.is_punct and not token.is_space), None)
    if first is None or not first.is_alpha:
        return False
    lower = first.lower_
    base = verb_lemma(lower)
    return known_verb(lower) or (base != lower and known_verb(base) and lower in (
        base + "s", base + "es", base[:-1] + "ies"))


def _bare_opening(subject: Any, sentence: Any) -> bool:
    """True for a subject that opens the sentence as a bare noun, with no determiner, owner or
    number ("Member of the executive team; reports to…"): the head of a list item, not the
    employer or its people ("The department", "Our budget", "About 400 staff")."""
    if subject.i != sentence.start or subject.tag_ not in ("NN", "NNP"):
        return False  # (a plural, "Salaries of staff are published", is a statement's subject)
    if not any(child.dep_ == "prep" for child in subject.children):
        return False  # a name ("Northfield Water Trust provides…", "Acme and Partners employ…")
    return not any(child.dep_ in ("det", "poss", "nummod", "predet", "quantmod")
                   or child.tag_ in ("CD", "PRP$") for child in subject.children)


def _obliged(verb: Any) -> bool:
    return any(child.dep_ == "aux" and child.lower_ in OBLIGATION for child in verb.children)


def _employer_fact(sentence: Any, words: NotAsking, is_title: Any) -> str:
    """A statement about the employer: a finite main verb whose subject is neither the
    candidate nor the post, no "you" or "I", no modal of obligation, no verb of seeking."""
    root = sentence.root
    if not root.tag_.startswith(("VB", "MD")) or (root.tag_ in ("VBG", "VBN") and not any(
            child.dep_ in ("aux", "auxpass") for child in root.children)):
        return ""  # a fragment with no finite verb ("Budget of £5m, reviewed yearly")
    subjects = [child for child in root.children if child.dep_ in SUBJECTS]
    if not subjects or _has_candidate(sentence) or _obliged(root) or _opens_as_order(sentence):
        return ""
    if any(_bare_opening(subject, sentence) for subject in subjects):
        return ""  # "Knowledge of tax law applied to…": a list item's noun, not a statement's subject
    past = root.tag_ == "VBD" and not any(child.dep_ in ("aux", "auxpass") for child in root.children)
    if any((_is_post(subject, words, is_title) and not past) or noun_lemma(subject) in words.hired
           for subject in subjects):
        return ""  # (the post in the past is its history: "The incumbent retired in 2025")
    if any(child.dep_ == "nsubjpass" for child in root.children) and not any(
            child.dep_ == "agent" for child in root.children):
        return ""  # "The workforce is led through six managers": by the holder, an outcome asked
    if word_lemma(root) in words.reporting and any(child.lower_ in ("to", "into") for child in root.children):
        return ""  # whoever "reports to" someone is the post, however the advert names it
    if word_lemma(root) == "be" and any(child.dep_ == "acomp" for child in root.children):
        return ""  # "A degree is essential", "Travel is frequent": said of what is asked
    if word_lemma(root) in words.seeking or any(
            child.dep_ == "xcomp" and word_lemma(child) in words.seeking for child in root.children):
        return ""  # "We are looking for…", "We want to hear…": the person asked for
    if any(token.dep_ == "relcl" and _has_candidate(token.subtree) for token in sentence):
        return ""
    return EMPLOYER_FACT


def _standing(sentence: Any, words: NotAsking, is_title: Any) -> str:
    """The post as the subject of "be" with a noun ("is the senior executive of the trust"),
    with no other predicate than its line of report, a body it belongs to, or who appoints it."""
    root = sentence.root
    subjects = [child for child in root.children if child.dep_ in SUBJECTS]
    if not subjects or _opens_as_order(sentence) or not all(
            _is_post(subject, words, is_title) for subject in subjects):
        return ""  # ("Develop our managers: most team leads are new to it" gives a duty)
    if any(child.dep_ == "aux" and child.lower_ in OBLIGATION for child in root.children):
        return ""
    predicates = [root, *(token for token in root.subtree
                          if token.dep_ in ("conj", "advcl", "acl") and token.tag_.startswith("VB")
                          and token.head.i == root.i)]
    nouned = False
    for predicate in predicates:
        kind = _standing_predicate(predicate, words)
        if not kind:
            return ""
        nouned = nouned or kind == "be"
    return STANDING if nouned else ""


def _standing_predicate(verb: Any, words: NotAsking) -> str:
    """"be" for "is + noun", "place" for a reporting, belonging or appointing verb, else ""."""
    lemma = word_lemma(verb)
    children = list(verb.children)
    if any(child.dep_ in ("dobj", "acomp", "xcomp", "ccomp") for child in children):
        return ""  # "is responsible for", "holds a licence", "leads the team": content
    if lemma == "be" and any(child.dep_ == "attr" for child in children):
        return "be"
    if lemma in words.reporting and any(child.dep_ == "prep" and child.lower_ in ("to", "into")
                                        for child in children):
        return "place"
    if lemma in words.membership or lemma in words.appointing:
        return "place"
    return ""


def _announcement(sentence: Any, words: NotAsking, is_title: Any) -> bool:
    """The employer announcing the hiring or inviting applications: a main verb of announcing
    with no "you" as subject ("The Board announces…", "Nationals are encouraged to apply"), or
    a noun of the hiring process held for or of the post ("a procedure for the position of")."""
    root = sentence.root
    if _has_candidate(sentence) or _obliged(root):
        return False
    if word_lemma(root) in words.announcing:
        return True
    for token in sentence:
        if token.tag_.startswith("NN") and noun_lemma(token) in words.hiring_process:
            # "a procedure for the post", or "opened a procedure … for the post" as the parse
            # may hang the "for" on the verb the procedure is the object of
            holders = [token, token.head] if token.dep_ == "dobj" else [token]
            for prep in (child for holder in holders for child in holder.children
                         if child.lower_ in ("for", "of")):
                for object_ in (child for child in prep.children if child.dep_ == "pobj"):
                    if _is_post(object_, words, is_title):
                        return True
    return False
