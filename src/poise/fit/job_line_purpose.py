"""What an advert's sentence does when it asks nothing of the candidate, read from its parse.

A line under a duties heading or in an advert's prose may be no duty and no requirement: it
tells the reader how to apply ("we look forward to your application"), what happens once someone
is chosen ("the successful candidate will be asked to pass a medical check"), the post's terms
("this role is hybrid", "the post is subject to a regulator's regime") or its hours ("you will
sometimes attend evening meetings"), keeps the duties open ("any other duties as directed"), or
says what is not needed ("you don't need to speak Swedish").
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
NOT_NEEDED = "not_needed"
REWARD = "reward"

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


NOTICING = frozenset({"note", "remember", "be", "bear", "ensure", "make"})
"""Verbs a "please" opens a reminder of a requirement with ("Please note that…")."""


def _applying(sentence: Any, words: NotAsking) -> bool:
    """The candidate's own application papers ("your CV", "your application documents"), the
    employer asking to hear from them ("we'd like to hear from you"), or a request made with
    "please" ("Please address each criterion in a statement"): only an applicant is asked so,
    unless it is a reminder ("Please note…")."""
    root = sentence.root
    if root.tag_ == "VB" and word_lemma(root) not in NOTICING and any(
            child.lower_ == "please" for child in root.children):
        return True
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
    if _before_start_done_to(sentence, words) or _screening(sentence, words):
        return True
    for token in sentence:
        chosen = token.dep_ in SUBJECTS and noun_lemma(token) in words.hired and any(
            child.lower_ == "successful" for child in token.children)
        if chosen and token.dep_ == "nsubjpass" and word_lemma(token.head) not in words.requiring:
            return True  # "The successful candidate will be supported through…": done to them
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


UNDERGO = frozenset({"pass", "undergo", "complete", "clear", "satisfy", "take", "undertake"})
"""Verbs of going through a check."""


def _screening(sentence: Any, words: NotAsking) -> bool:
    """A check the candidate is to go through, named by what it screens for ("must pass a
    pre-employment drug test", "will undergo security screening"): a condition of the hire. A
    named examination ("pass the CFA Level II exam") is a qualification: its check noun has a
    proper noun or a figure among its modifiers."""
    for token in sentence:
        # the check is the verb's object, whatever its tag ("a drug screening" may read as VBG)
        verb = token.head
        if not (noun_lemma(token) in words.vetting and token.dep_ in ("dobj", "nsubjpass")
                and verb.tag_.startswith("VB")
                and word_lemma(verb) in UNDERGO):
            continue
        modifiers = [child for child in token.subtree if child.i < token.i]
        if any(child.tag_ in ("NNP", "NNPS", "CD") for child in modifiers):
            return False
        said = {child.lower_ for child in modifiers} | {
            "".join(child.lower_ for child in modifiers[number:number + 3])
            for number in range(len(modifiers))}
        if said & set(words.screened):
            return True
    return False


def _reward(sentence: Any, words: NotAsking) -> bool:
    """A line with no verb that lists what the post gives or the terms it is held on
    ("Attractive base salary and annual bonus", "Six months' parental leave", "Contract of
    employment, indefinite period"): its head noun, or a noun compounded with it, is a reward, or
    its head an engagement noun. A sentence whose subject is one tells of them too ("Salary is
    reviewed annually"), unless it requires something ("Appointment requires a degree"). A line
    whose head is another noun ("Experience of pension administration") may ask."""
    root = sentence.root
    if root.tag_.startswith("VB"):
        # "Salary is reviewed annually", "Appointment is made for a term of five years"
        if word_lemma(root) in words.requiring or any(
                word_lemma(child) in words.requiring for child in root.children
                if child.dep_ in ("acomp", "xcomp", "oprd")):
            return False
        return not any(token.lower_ == "you" for token in sentence) and any(
            child.dep_ in ("nsubj", "nsubjpass") and (noun_lemma(child) in words.rewards or (
                child.tag_ in ("NN", "NNP") and noun_lemma(child) in words.engagement))
            for child in root.children)
    if not root.tag_.startswith("NN"):
        return False
    if root.tag_ in ("NN", "NNP") and noun_lemma(root) in words.engagement:
        # "Contract of employment, indefinite period": the terms the post is held on (in the
        # plural, "Administer contracts under FIDIC", the contracts are the work)
        return True
    heads = [root]
    for head in (root, *(child for child in root.children if child.dep_ == "conj")):
        heads.extend(child for child in head.children if child.dep_ in ("compound", "conj"))
        if any(child.dep_ == "nummod" for child in head.children):
            # "Eight weeks of paid parental leave": a measure of the reward it is "of"
            heads.extend(grand for child in head.children if child.lower_ == "of"
                         for grand in child.children if grand.dep_ == "pobj")
    return any(noun_lemma(head) in words.rewards for head in heads)


def _before_start_done_to(sentence: Any, words: NotAsking) -> bool:
    """Something done to the candidate before they take up the post, in the passive, with
    nobody asked to bring it now ("a certificate will be requested before you start", "checks
    are made prior to appointment")."""
    root = sentence.root
    if not any(child.dep_ == "nsubjpass" for child in root.children):
        return False
    for token in sentence:
        if token.lower_ not in ("before", "prior") or (token.head.i != root.i and (
                token.head.head.i != root.i)):
            continue
        # "before you start": the clause's verb; "prior to appointment": the object's words
        followers = [token.head] if token.dep_ == "mark" else list(token.subtree)
        for follower in followers:
            of_something = any(child.lower_ == "of" for child in follower.children)
            if follower.i != token.i and not of_something and (
                    word_lemma(follower) in words.start or noun_lemma(follower) in words.start):
                return True  # (not "the start of each quarter": another thing's start)
    return False


def _not_needed(sentence: Any, words: NotAsking) -> bool:
    """A need denied: a verb or adjective of requiring, negated ("you don't need to speak
    Swedish", "a degree is not required", "we don't care about degrees")."""
    for token in sentence:
        if word_lemma(token) not in words.requiring and token.lower_ not in words.requiring:
            continue
        # the sentence's own predicate, not one joined to a positive one ("Finnish is a plus
        # but not required": a nice-to-have)
        if _leading_predicate(token) and any(child.dep_ == "neg" for child in token.children):
            return True
        if token.dep_ in ("acomp", "xcomp", "oprd") and _leading_predicate(token.head) and any(
                child.dep_ == "neg" for child in token.head.children):
            return True
    return False


def _leading_predicate(token: Any) -> bool:
    """The sentence's root, or a clause before it the parser hung on it after a dash ("You
    don't need X – English is our language"); never a clause joined to another by "but"."""
    return token.dep_ == "ROOT" or (token.dep_ in ("ccomp", "parataxis") and token.i < token.head.i)


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
            # "any other tasks as required"; "Other duties as assigned", with no verb of its own
            if "other" in children and (children & {"any", "such", "all"} or token.dep_ == "ROOT"):
                return True
    return False


WORD_RE = re.compile(r"[^\W\d_][\w-]*")


def _may_have_purpose(text: str, words: NotAsking, work_mode: str) -> bool:
    """True when the sentence holds the words some purpose needs, so only those are parsed: an
    application noun or a verb of hearing; "successful" or "within"; "other"; the post with a
    term or a way of working; a time outside the day."""
    lowered = {word.rstrip("s") if len(word) > 3 else word
               for word in WORD_RE.findall(text.lower())} | set(WORD_RE.findall(text.lower()))
    negated = bool(lowered & {"not", "n't", "don't", "doesn't", "no", "never", "won't"}) or "n't" in text
    return bool(
        (lowered & set(words.vetting) and lowered & UNDERGO_FORMS)
        or lowered & {*words.applying, *words.contact, *words.rewards, *words.engagement, "please",
                   "successful", "within", "other",
                   *words.work_time, "before", "prior"}
        or (negated and lowered & {*words.requiring, "needed", "requires", "needs", "expected"})
        or (lowered & set(words.post) and (work_mode or lowered & _term_stems(words))))


UNDERGO_FORMS = frozenset({form for verb in UNDERGO for form in (verb, verb + "ed", verb + "d", verb + "es",
                                                               verb + "s", verb + "ing")}
                         | {"undergone", "underwent", "taken", "took", "undertaken", "cleared"})
"""The written forms of the verbs of going through a check, to pick which sentences to parse."""


def _term_stems(words: NotAsking) -> set[str]:
    """The terms and their written forms ("base" → "based", "locate" → "located")."""
    return {form for term in words.terms for form in (term, term + "d", term + "ed")}


def purpose_of(text: str, section: str, words: NotAsking | None, work_mode: str = "") -> str:
    """What the sentence does if it asks nothing of the candidate ("applying", "after_hire",
    "terms", "hours", "open_duties", "not_needed"), or "". ``section`` is the advert's section the line is in;
    ``work_mode`` the way of working the line names, if any ("Hybrid")."""
    if words is None or len(text.split()) < 4 or not _may_have_purpose(text, words, work_mode):
        return ""
    return _purpose(text, section, work_mode, ContentKey(words))


class ContentKey:
    """The content's lemmas as a cache key: one content object is one key (the readers of a
    line's purpose cache their parse per line and content)."""

    def __init__(self, words: NotAsking) -> None:
        self.words = words

    def __hash__(self) -> int:
        return id(self.words)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ContentKey) and other.words is self.words


@lru_cache(maxsize=512)
def _purpose(text: str, section: str, work_mode: str, key: ContentKey) -> str:
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
        if _reward(sentence, words):
            return REWARD
        if _not_needed(sentence, words):
            return NOT_NEEDED
        if section in LISTED_SECTIONS:
            continue
        if _terms(sentence, words, bool(work_mode)):
            return TERMS
        if _hours(sentence, words):
            return HOURS
    return ""


MAIN_CLAUSE = frozenset({"ROOT", "conj", "ccomp", "parataxis"})
DUTY_AUX = frozenset({"will", "'ll", "’ll", "shall"})
"""Auxiliaries of the future: the candidate told what they will do, a duty."""
REQUIREMENT_AUX = frozenset({"must", "should", "have", "'ve", "’ve"})
"""Auxiliaries of obligation or of the perfect: what the candidate must have done."""
DUTY = "duty"
REQUIREMENT = "requirement"


def asks_of_candidate(text: str, words: NotAsking | None = None) -> str:
    """What an advert's prose sentence asks of the candidate: "duty" when it tells them what they
    will do ("You'll own the architecture"), "requirement" when what they must have done
    ("Ideally you've scaled a team"), else "". Its main verb has "you" as subject and such an
    auxiliary, with no negation ("you won't be writing features" asks nothing), and is no verb
    of getting or feeling (``words.receiving``: "you'll enjoy", "you'll get" tell of the perks)."""
    if "you" not in text.lower():
        return ""
    return _asks_of_candidate(text, frozenset(words.receiving) if words is not None else frozenset())


def _main_clause(token: Any) -> bool:
    """True when a verb heads a main clause: the root; a clause the parser hung on a later
    fragment after a dash or a comma ("You'll set up X – CI/CD we trust"); or a conjunct of one.
    Never a clause with "if" or "when", nor one inside another ("what you've built")."""
    while True:
        if any(child.dep_ == "mark" for child in token.children) or token.dep_ not in MAIN_CLAUSE:
            return False
        if token.dep_ == "ROOT":
            return True
        if token.dep_ in ("ccomp", "parataxis"):
            return token.i < token.head.i
        token = token.head


@lru_cache(maxsize=512)
def _asks_of_candidate(text: str, receiving: frozenset[str]) -> str:
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline(parse=True)(text)
    for sentence in doc.sents:
        for verb in (token for token in sentence if _main_clause(token)):
            children = list(verb.children)
            if not any(child.dep_ == "nsubj" and child.lower_ == "you" for child in children) or any(
                    child.dep_ == "neg" for child in children) or word_lemma(verb) in receiving:
                continue
            auxiliaries = {child.lower_ for child in children if child.dep_ in ("aux", "auxpass")}
            if auxiliaries & REQUIREMENT_AUX:
                return REQUIREMENT
            if auxiliaries & DUTY_AUX:
                return DUTY
    return ""


CANDIDATE_WORDS = frozenset({"you", "your", "yours", "yourself"})
GIVEN_PATH = frozenset({"dobj", "dative", "prep", "pobj", "poss", "compound", "conj", "cc", "amod",
                        "nmod", "appos", "npadvmod"})
"""Dependencies on the way from a verb of giving down to the candidate who receives: its object,
a "for" or "to" phrase, the owner of a noun ("your children"); never a clause of its own."""


def gives_the_candidate(text: str, words: NotAsking | None) -> bool:
    """True when a sentence of ``text`` tells what the employer gives the candidate or their
    family ("We pay school tuition for your children", "We offer you private health cover"): a
    verb of giving (``not_asking.giving``) whose object or "for"/"to" phrase holds "you" or
    "your", said by "we" or in the passive ("You will provide care to your team" is work, and
    so is a team "that supports your customers"). Only a text that says "you" or "your" is
    parsed."""
    if words is None or not words.giving:
        return False
    if not set(WORD_RE.findall(text.lower())) & CANDIDATE_WORDS:
        return False
    return _gives_the_candidate(text, ContentKey(words))


@lru_cache(maxsize=512)
def _gives_the_candidate(text: str, key: ContentKey) -> bool:
    from poise.analysis.nlp import spacy_pipeline

    giving = set(key.words.giving)
    for token in spacy_pipeline(parse=True)(text):
        if token.lower_ not in CANDIDATE_WORDS or token.dep_ in SUBJECTS:
            continue
        node = token
        while node.dep_ in GIVEN_PATH and node.head is not node:
            node = node.head
            if node.tag_.startswith("VB"):
                break
        if not node.tag_.startswith("VB") or word_lemma(node) not in giving:
            continue
        subjects = [child for child in node.children if child.dep_ in SUBJECTS]
        if any(child.lower_ == "we" for child in subjects) or any(
                child.dep_ == "nsubjpass" for child in subjects):
            return True  # "we pay …", "… is paid for your children": the employer gives
    return False
