"""Whether a sentence puts a failure on someone other than the speaker, read from the parse.

Blame needs a failure and an owner for it who is not the speaker. The parse shows both:

- someone else failing: a person, a group or an organisation (``tone_checks.is_person``: a
  third-party pronoun, a proper name, a noun of the people classes, a noun for someone by what
  they do) as the active subject of a told clause whose verb reports a failure (a negative
  valence in the sentiment lexicon: "let us down", "missed", "botched"), whose act is denied
  ("never delivered", "didn't test it"), or whose predicate is a negative word ("were useless");
- someone else reproached or letting the speaker's side down ("should have tested it", "let
  us down");
- a failure put down to them: a cause ("because", "because of", "due to", "down to", "thanks
  to", "fault", "blame", "the cause was ...") whose words name a party or a circumstance
  outside the speaker's side ("down to the vendor", "the contractor's fault", "their
  mistake").

Not a failure put on others: a thing failing ("the seals failed", "the film was the
problem": no one named), the speaker or their own side as the subject ("we had picked a
cheaper film", "I missed it"), a clause put as a condition, a question or a wish, a passive
subject (something done to them), or a failure of someone else's that sits under what the
speaker did ("I caught the supplier's error").
"""

from __future__ import annotations

from poise.analysis.grammar import clause_mood
from poise.analysis.meaning import (
    WordClasses,
    children,
    negated,
    negative_predicate,
    sentiment_lexicon,
    subtree,
)
from poise.analysis.text import Sentence, Token
from poise.analysis.tone_checks import is_person

SPEAKER_SIDE = frozenset({"i", "we", "me", "us", "my", "our", "myself", "ourselves"})
SUBJECTS = frozenset({"nsubj"})
FAILING = -0.8
"""A verb this negative or more in VADER (the word or its lemma) reports a failure, as
``sentence_features.FAILING_VALENCE``."""
UNTOLD = frozenset({"conditional", "question", "hypothetical", "past_future"})
CAUSE_WORDS = frozenset({"because", "due", "down", "thanks", "fault", "blame", "owing"})
"""Words that open or name a cause ("because of", "due to", "down to", "thanks to", "the
vendor's fault", "the blame lay with")."""
_PLAIN = WordClasses()
"""No word class of a rule: the sentiment lexicon alone judges a predicate."""
ACTING = frozenset({"do", "have", "make", "get", "go", "be"})
"""Verbs too plain to fail by being denied ("they didn't have the data" tells a lack)."""


def _failing_verb(token: Token) -> bool:
    lexicon = sentiment_lexicon()
    return token.pos in {"VERB", "AUX"} and min(
        lexicon.get(token.lower, 0.0), lexicon.get(token.lemma, 0.0)) <= FAILING


def _someone_else(sent: Sentence, position: int, people: frozenset[str]) -> bool:
    token = sent.tokens[position]
    if token.lower in SPEAKER_SIDE or any(sent.tokens[c].lower in SPEAKER_SIDE
                                          and sent.tokens[c].dep == "poss"
                                          for c in children(sent, position)):
        return False  # "we", "our team": the speaker's own side
    return is_person(token, people)


def _let_down(sent: Sentence, verb: int) -> bool:
    """The verb takes "down" with the speaker's side just before it ("let us down", "let the
    team down", however the parser hangs the particle): the speaker's side failed by the
    subject."""
    for index in subtree(sent, verb):
        if sent.tokens[index].lower == "down" and index > 0 and (
                sent.tokens[index - 1].lower in SPEAKER_SIDE
                or any(sent.tokens[g].lower in SPEAKER_SIDE for g in children(sent, index - 1))):
            return True
    return False


def _reproached(sent: Sentence, verb: int) -> bool:
    """The verb is what the subject "should have" or "ought to have" done: a failure of theirs
    looked back on ("they should have tested it")."""
    auxes = {sent.tokens[c].lower for c in children(sent, verb) if sent.tokens[c].dep == "aux"}
    return bool(auxes & REPROACHING) and bool(auxes & {"have", "'ve", "’ve"}) \
        and sent.tokens[verb].tag == "VBN"


REPROACHING = frozenset({"should", "ought", "shoulda"})


def someone_failed(sent: Sentence, people: frozenset[str]) -> Token | None:
    """The subject of a told clause in which someone else fails (see the module), or None."""
    if not sent.parsed:
        return None
    for position, token in enumerate(sent.tokens):
        if token.dep not in SUBJECTS or not _someone_else(sent, position, people):
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or verb == position:
            continue
        if _reproached(sent, verb):
            return token  # "the IT lot should have tested it"
        if clause_mood(sent, verb) in UNTOLD:
            continue
        head = sent.tokens[verb]
        if _let_down(sent, verb):
            return token
        denied_act = negated(sent, verb) and head.pos == "VERB" and head.lemma not in ACTING
        if (_failing_verb(head) and not negated(sent, verb)) or denied_act \
                or negative_predicate(sent, verb, _PLAIN) is not None:
            return token
    return None


def _outside(sent: Sentence, position: int) -> bool:
    """A party or a circumstance other than the speaker's side: a noun, a name or a pronoun
    other than "it", not the speaker's own ("our plan")."""
    token = sent.tokens[position]
    if token.lower in SPEAKER_SIDE or token.lower in {"it", "this", "that", "what", "which"}:
        return False
    if any(sent.tokens[c].lower in SPEAKER_SIDE and sent.tokens[c].dep == "poss"
           for c in children(sent, position)):
        return False
    return token.pos in {"NOUN", "PROPN"} or token.lower in OTHER_PRONOUNS


OTHER_PRONOUNS = frozenset({"he", "she", "they", "them", "him", "her", "his", "their"})


def failure_put_on(sent: Sentence, people: frozenset[str]) -> Token | None:
    """What a cause in the sentence names ("down to the vendor", "because the yard had
    underestimated ...", "the root cause was the supplier ...", "their mistake"), when the cause
    lies outside the speaker's side; or None. A cause may be a circumstance ("because the
    weather ..."): blame puts a miss on the market as readily as on a supplier."""
    if not sent.parsed:
        return None
    for position, token in enumerate(sent.tokens):
        if token.lemma in CAUSE_NOUNS and token.pos == "NOUN":
            named = _cause_noun_names(sent, position)
            if named is not None:
                return named
            continue
        if token.lower not in CAUSE_WORDS and token.lemma not in CAUSE_WORDS:
            continue
        if token.lower == "down":
            to = _to_after_down(sent, position)
            if to is None:
                continue  # "broke down", "let us down": not "down to"
            position = to  # "came down to the supplier": what "to" takes is the cause
        root = token.head if token.dep == "mark" else position
        if not 0 <= root < len(sent.tokens):
            continue
        words = subtree(sent, root) if token.dep == "mark" else subtree(sent, position)
        if any(sent.tokens[index].lower in SPEAKER_SIDE for index in words
               if sent.tokens[index].dep in {"nsubj", "poss", "pobj"}):
            continue  # "because I underestimated it": the speaker's own cause
        for index in words:
            if index != position and sent.tokens[index].dep in {"nsubj", "poss", "pobj"} \
                    and (_outside(sent, index) or _someone_else(sent, index, people)):
                return sent.tokens[index]
    return None


def _to_after_down(sent: Sentence, position: int) -> int | None:
    """The "to" of "down to", hung from "down" ("down to the vendor") or, when "down" is a
    verb's particle, the next word ("came down to the supplier"); None for "down" alone."""
    for child in children(sent, position):
        if sent.tokens[child].lower == "to":
            return child
    after = position + 1
    if sent.tokens[position].dep == "prt" and after < len(sent.tokens) \
            and sent.tokens[after].lower == "to" and sent.tokens[after].dep == "prep":
        return after
    return None


CAUSE_NOUNS = frozenset({"cause", "reason", "mistake", "fault", "blame", "error"})
"""Nouns that name a cause or a fault, said of what follows them ("the root cause was the
supplier changing ...") or of their owner ("their mistake")."""


def _cause_noun_names(sent: Sentence, position: int) -> Token | None:
    """The party a cause noun names: its owner ("their mistake", "the yard's fault"), or, as
    the subject of "be", what the clause says it was ("the cause was the supplier ...")."""
    for child in children(sent, position):
        if sent.tokens[child].dep == "poss" and _outside(sent, child):
            return sent.tokens[child]
    head = sent.tokens[position].head
    if sent.tokens[position].dep != "nsubj" or not 0 <= head < len(sent.tokens) \
            or sent.tokens[head].lemma != "be" or negated(sent, head):
        return None
    for child in children(sent, head):
        if sent.tokens[child].dep == "attr" and _outside(sent, child):
            return sent.tokens[child]
    return None


def put_on_others(sent: Sentence, people: frozenset[str]) -> bool:
    """Whether the sentence puts a failure on someone other than the speaker (see the module)."""
    return someone_failed(sent, people) is not None or failure_put_on(sent, people) is not None

