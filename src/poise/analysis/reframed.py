"""An answer that names its own main difficulty as something the question did not ask about.

Asked how they dealt with cultural differences, a speaker who says "the main challenge there was
the logistics" and goes on about freight rates has turned the question into another one: a
coach hears "you answered a neighbouring question". Read from the parse, not from the words of
any answer:

- a clause of "be" names the difficulty (``named_difficulties``): its subject is a noun of
  difficulty (the words passed in, from the ``difficulty_nouns`` lexicon: challenge, problem...)
  singled out with "the" by a superlative or a word of rank (``RANK``: "the biggest problem",
  "the main challenge"), or a light noun ("part", "thing") singled out by a superlative of
  difficulty (the ``difficulty_words`` lexicon: "the hardest part", "the most difficult
  thing"); what the clause says it was is what the speaker names as that difficulty ("...was
  currency", "...was getting the unions on side"). "A real problem" sets a scene, "the biggest
  thing I've run" is no difficulty, and "the hardest part was not the language" sets one aside;
- the question names a topic of its own (``asked_topic``): ``TOPIC_LEAST`` content words of
  its asking part that are neither light ("tell", "time", "example":
  ``question_features.LIGHT_WORDS``), nor of difficulty, nor of scope (the ``scope_words``
  lexicon: "your career", "last year", "describe"); a question that asks only for "the biggest
  challenge in your career" leaves any difficulty on topic;
- the thing named shares no word family with the question's topic and its meaning is far from
  it (cosine below the threshold the rule passes): "the logistics" against "the cultural
  differences". A named difficulty that is the topic in other words ("getting people from three
  countries to trust each other") comes close in meaning and is not read;
- and no word of the answer is of the family of a word of the topic: an answer that tells of the
  failing unit asked about may well name the exchange rate as its main difficulty, and one that
  tells "the second quality" asked about qualities comes back to the question, whatever the
  tagger made of either word's lemma. A word is read by its lemma and by the singular of its
  form (``singular``), so a plural the tagger left unlemmatised still meets its singular;
  "management" and "managers" stay apart.

The rule (``relevance.answers_another``) quotes the sentence that names the difficulty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from poise.analysis.meaning import subtree
from poise.analysis.question_features import LIGHT_WORDS, asking_text
from poise.analysis.text import AnalysedText, Sentence, Token

RANK = frozenset({"main", "major", "real", "key", "chief", "central", "primary", "principal",
                  "single", "number", "top"})
"""Words that single a difficulty out without a superlative: "the main challenge", "the real
problem"."""
SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
NAMING_SIDES = frozenset({"attr", "acomp", "xcomp", "ccomp", "csubj"})
"""The relations under "be" that hold what "the hardest part was ..." names."""
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
VAGUE = frozenset({"this", "that", "it", "what", "which", "there", "here", "something",
                   "everything", "anything", "nothing", "one", "same"})
"""Words that name no difficulty of their own ("the hardest part was this"): nothing to compare."""
TOPIC_LEAST = 2
"""Content words a question needs to name a topic of its own: "what kind of leader are you?"
leaves any difficulty of the speaker's story on topic."""


@dataclass(frozen=True)
class Named:
    """A sentence that names the speaker's main difficulty, and the words it names it with."""

    index: int
    words: str
    lemmas: frozenset[str]
    forms: frozenset[str] = frozenset()


def _singled_out(sent: Sentence, noun: int, hard: frozenset[str]) -> bool:
    """The difficulty noun is singled out with "the": a noun of difficulty by a superlative or a
    word of rank ("the biggest problem", "the main challenge"), a light noun by a superlative of
    difficulty ("the hardest part", "the most difficult thing"); "a real problem" sets a scene."""
    kids = sent.child_map[noun]
    if not any(sent.tokens[kid].lower == "the" and sent.tokens[kid].dep == "det" for kid in kids):
        return False
    light = sent.tokens[noun].lemma in LIGHT_WORDS
    for kid in kids:
        token = sent.tokens[kid]
        if token.dep not in {"amod", "compound", "nmod", "advmod"}:
            continue
        most = token.tag in SUPERLATIVE_TAGS or any(
            sent.tokens[grand].tag in SUPERLATIVE_TAGS for grand in sent.child_map[kid])
        if light and most and token.lemma in hard:
            return True  # "the hardest part", "the most difficult thing"
        if not light and (most or token.lower in RANK):
            return True
    return False


def _named_side(sent: Sentence, verb: int, noun: int) -> list[int]:
    """The positions of the other side of "be": what the difficulty is said to be."""
    for kid in sent.child_map[verb]:
        if kid == noun or sent.tokens[kid].dep not in NAMING_SIDES:
            continue
        return subtree(sent, kid)
    return []


def gerund_named(sent: Sentence, verb: int) -> list[int]:
    """"The hardest thing was getting the crews to agree", which the parser reads as "was
    getting" with the difficulty as its subject: the gerund and what hangs on it, bar the subject
    and "was"."""
    token = sent.tokens[verb]
    kids = sent.child_map[verb]
    if token.tag != "VBG" or not any(sent.tokens[kid].lemma == "be" and sent.tokens[kid].dep == "aux"
                                     for kid in kids):
        return []
    named = [verb]
    for kid in kids:
        if sent.tokens[kid].dep not in {"nsubj", "aux", "punct", "neg", "advmod"}:
            named.extend(subtree(sent, kid))
    return sorted(named)


def singular(word: str) -> str:
    """A plural noun's singular by its ending ("qualities" -> "quality", "differences" ->
    "difference", "boxes" -> "box"); any other word as it is."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _families(token: Token) -> frozenset[str]:
    """The forms a token is read by: its lemma, its form and their singulars ("qualities" tagged
    as a name keeps "qualities" as its lemma; its singular meets "quality")."""
    return frozenset({token.lemma, token.lower, singular(token.lemma), singular(token.lower)})


def named_difficulties(answer: AnalysedText, nouns: frozenset[str], hard: frozenset[str]) -> list[Named]:
    """Every clause of "be" whose subject is the speaker's main difficulty ("the hardest part
    was ..."), with the words that name it (not a vague "this", not a clause with no content
    word)."""
    found: list[Named] = []
    for sent in answer.sentences:
        if not sent.parsed:
            continue
        for noun, token in enumerate(sent.tokens):
            if token.lemma not in nouns or token.pos != "NOUN" or token.dep != "nsubj":
                continue
            verb = token.head
            if not 0 <= verb < len(sent.tokens):
                continue
            gerund = gerund_named(sent, verb)
            if sent.tokens[verb].lemma != "be" and not gerund:
                continue
            if not _singled_out(sent, noun, hard) or any(
                    sent.tokens[kid].dep == "neg" for kid in sent.child_map[verb]):
                continue  # "the hardest thing was not the language, it was ...": set aside
            side = gerund or _named_side(sent, verb, noun)
            content = [position for position in side
                       if sent.tokens[position].pos in CONTENT_POS
                       and sent.tokens[position].lemma not in nouns
                       and sent.tokens[position].lower not in VAGUE]
            if not content or any(sent.tokens[position].lower in VAGUE and
                                  sent.tokens[position].dep in NAMING_SIDES for position in side):
                continue
            words = " ".join(sent.tokens[position].text for position in side)
            lemmas = frozenset(sent.tokens[position].lemma for position in content)
            forms = frozenset(form for position in content
                              for form in _families(sent.tokens[position]))
            found.append(Named(sent.index, words, lemmas, forms))
            break
    return found


def asked_topic(question: AnalysedText, text: str, nouns: frozenset[str],
                hard: frozenset[str] = frozenset(), scope: frozenset[str] = frozenset()
                ) -> tuple[str, frozenset[str]]:
    """The asking part of the question and the lemmas of its topic: its content words that are
    neither light, nor words of difficulty, nor words of scope ("your career", "last year": the
    ``scope`` passed in); none: the question names no topic of its own."""
    asking = asking_text(question, text)
    lemmas = set()
    for sent in question.sentences:
        if sent.text not in asking and asking not in sent.text:
            continue
        for token in sent.tokens:
            if token.pos in CONTENT_POS and token.lemma not in LIGHT_WORDS \
                    and token.lemma not in nouns | hard | scope and token.tag not in SUPERLATIVE_TAGS:
                lemmas.add(token.lemma)
    return asking, frozenset(lemmas)


def turned_aside(answer: AnalysedText, question: AnalysedText, text: str, nouns: frozenset[str],
                 hard: frozenset[str], embed: Callable[[list[str]], np.ndarray],
                 threshold: float, scope: frozenset[str] = frozenset()) -> list[Named]:
    """The named difficulties that share no lemma with the question's topic and whose meaning
    is further from its asking part than ``threshold`` (cosine); nothing when the question names
    no topic of its own (``TOPIC_LEAST`` words), or when any word of the answer is one of its
    topic's."""
    named = named_difficulties(answer, nouns, hard)
    if not named:
        return []
    asking, topic = asked_topic(question, text, nouns, hard, scope)
    if len(topic) < TOPIC_LEAST:
        return []
    families = frozenset(topic | {singular(lemma) for lemma in topic})
    kept = [item for item in named if not item.lemmas & topic and not item.forms & families]
    if not kept or any(token.pos in CONTENT_POS and _families(token) & families
                       for sent in answer.sentences for token in sent.tokens):
        return []  # the answer does come back to what was asked, in its own words
    vectors = embed([asking, *(item.words for item in kept)])
    sims = vectors[1:] @ vectors[0]
    return [item for item, sim in zip(kept, sims, strict=True) if float(sim) < threshold]
