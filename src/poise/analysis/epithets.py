"""Verdicts on people that the word lists do not carry: a name called and a class condemned.

Two frames of the parse, each a negative judgement whose target is a third party:

- an epithet (``epithet``): a person as the subject of "be" whose predicate passes a verdict:
  a negative adjective ("the fella was clueless"; not a feeling or a passing state: "he was
  furious", "she was mad at first", nor said of a setting: "where they were weak") or a noun
  that is negative (a verdict word or VADER's valence) and not praise ("he was a disgrace").
  A degree adjective alone ("a total ...") does not say which way a noun VADER does not know
  goes ("a total star"), so it is not read as a verdict. A person is a noun of the target
  classes, "he", "she" or "they", or, for an adjective, a singular noun that a "he"/"she" later
  in the sentence takes up ("the fella was clueless, never been up a tower in his life").
- a class condemned (``class_verdict``): a plural noun of the target classes, made general by a
  quantifier ("most consultants", "all these suppliers", "they are all the same"), as the
  subject of a present clause whose predicate is negative or a verdict noun: "most consultants
  here are useless", "these agencies are all the same".

Not a verdict: a denied one ("he was not a bad manager"), a hypothetical ("she would be a
disaster in that job"), the speaker or the speaker's side ("I was a total novice"), a kind of
person in general ("a manager who never listens is a liability"), a class told with no
quantifier ("consultants are expensive" is a fact of the trade, ``meaning._class_in_general``).
"""

from __future__ import annotations

from poise.analysis.grammar import clause_mood
from poise.analysis.meaning import NEGATIVE, WordClasses, is_target, negated, negative_predicate, valence
from poise.analysis.text import Sentence, Token

PERSONAL = frozenset({"he", "she", "they"})
TAKEN_UP = frozenset({"he", "she", "him", "her", "his", "himself", "herself"})
SPEAKER_SIDE = frozenset({"i", "we", "me", "us", "you"})
GENERAL = frozenset({"most", "all", "these", "those", "every", "each"})
"""Quantifiers and determiners that make a plural a class in general."""


def _person(sent: Sentence, position: int, classes: WordClasses, *, taken_up: bool = True) -> bool:
    """A person: "he", "she", "they", a noun of the target classes or, with ``taken_up``, a
    singular noun a later "he"/"she" takes up."""
    token = sent.tokens[position]
    if token.lower in SPEAKER_SIDE:
        return False
    if token.lower in PERSONAL or is_target(token, classes):
        return True
    if not taken_up or token.pos != "NOUN" or token.tag != "NN":
        return False
    if any(sent.tokens[kid].lower in {"my", "our"} for kid in sent.child_map[position]):
        return False
    return any(item.lower in TAKEN_UP for item in sent.tokens[position + 1:])


def _verdict_noun(sent: Sentence, position: int, classes: WordClasses,
                  praise: frozenset[str]) -> bool:
    """The noun at ``position`` passes a verdict: a verdict word or negative in VADER, and not
    praise. An intensifier alone ("a total ...") does not say which way the verdict goes."""
    token = sent.tokens[position]
    if token.pos != "NOUN" or negated(sent, position):
        return False
    if token.lower in praise or token.lemma in praise:
        return False
    return valence(token, classes) <= NEGATIVE


def _copula_attribute(sent: Sentence, verb: int, *, pos: str = "NOUN") -> int | None:
    """The word a clause of "be" predicates of its subject ("was a chancer"), if any."""
    if sent.tokens[verb].lemma != "be":
        return None
    for kid in sent.child_map[verb]:
        if sent.tokens[kid].dep == "attr" and sent.tokens[kid].pos == pos:
            return kid
    return None


def _subjects(sent: Sentence, verb: int) -> list[int]:
    return [kid for kid in sent.child_map[verb] if sent.tokens[kid].dep == "nsubj"]


def _told(sent: Sentence, verb: int) -> bool:
    """Said as so, not a prediction, a wish or a condition, nor denied."""
    if negated(sent, verb):
        return False
    if any(sent.tokens[kid].dep == "mark" and sent.tokens[kid].lower in {"if", "unless", "whether"}
           for kid in sent.child_map[verb]):
        return False
    return clause_mood(sent, verb) not in {"hypothetical", "past_future", "conditional"}


def epithet(sent: Sentence, classes: WordClasses, praise: frozenset[str],
            states: frozenset[str] = frozenset()) -> Token | None:
    """The verdict word of a name called (see the module doc), or None."""
    if not sent.parsed:
        return None
    for verb, _token in enumerate(sent.tokens):
        attribute = _copula_attribute(sent, verb)
        adjective = _judging_adjective(sent, verb, classes, states)
        if (attribute is None and adjective is None) or not _told(sent, verb):
            continue
        subjects = _subjects(sent, verb)
        if any(sent.tokens[kid].lower in {"a", "an", "any", "every"}
               for subject in subjects for kid in sent.child_map[subject]):
            continue  # "a manager who never listens is a liability": anyone, not someone
        if adjective is not None and any(_person(sent, subject, classes) for subject in subjects):
            return adjective
        # a noun verdict needs a person the classes name: "the thing she'd mention is the
        # losses" takes up no one
        if attribute is not None and any(
                _person(sent, subject, classes, taken_up=False) for subject in subjects) \
                and _verdict_noun(sent, attribute, classes, praise):
            return sent.tokens[attribute]
    return None


FELT_TOWARDS = frozenset({"at", "about", "with", "over"})
"""Prepositions that aim a feeling ("angry at", "unhappy about", "fed up with"): a state, not a
verdict."""
SETTING_WORDS = frozenset({"where", "when", "whenever", "while"})


def _judging_adjective(sent: Sentence, verb: int, classes: WordClasses,
                       states: frozenset[str]) -> Token | None:
    """A negative adjective said of the subject of "be" ("was clueless"), not a passing state or
    a feeling ("was frustrated", "was furious", "was mad at first": ``states``, a participle, or
    an adjective aimed with "at"/"about"/"with"), nor said of a setting ("where they were weak")."""
    if sent.tokens[verb].lemma != "be":
        return None
    if any(sent.tokens[kid].lower in SETTING_WORDS for kid in sent.child_map[verb]):
        return None
    for kid in sent.child_map[verb]:
        word = sent.tokens[kid]
        if word.dep != "acomp" or word.pos != "ADJ" or negated(sent, kid):
            continue
        if word.lower in states or word.lemma in states or word.lower.endswith(("ed", "ing")):
            continue
        if any(sent.tokens[item].dep == "prep" and sent.tokens[item].lower in FELT_TOWARDS
               for item in sent.child_map[kid]):
            continue
        if valence(word, classes) <= NEGATIVE:
            return word
    return None


def _general(sent: Sentence, subject: int, verb: int) -> bool:
    """The plural subject is made general by a quantifier on it or floated beside the verb."""
    on_subject = [sent.tokens[kid].lower for kid in sent.child_map[subject]
                  if sent.tokens[kid].dep in {"det", "amod", "predet", "quantmod"}]
    floated = [sent.tokens[kid].lower for kid in sent.child_map[verb]
               if sent.tokens[kid].dep in {"advmod", "det", "predet"}]
    return bool(set(on_subject) & GENERAL) or "all" in floated


def class_verdict(sent: Sentence, classes: WordClasses,
                  praise: frozenset[str]) -> Token | None:
    """The word of a verdict on a class in general (see the module doc), or None."""
    if not sent.parsed:
        return None
    for verb, token in enumerate(sent.tokens):
        if token.tag not in {"VBP", "VBZ"} or not _told(sent, verb):
            continue
        for subject in _subjects(sent, verb):
            noun = sent.tokens[subject]
            if noun.tag not in {"NNS", "NNPS"} or not is_target(noun, classes):
                continue
            if not _general(sent, subject, verb):
                continue
            attribute = _copula_attribute(sent, verb)
            if attribute is not None and _verdict_noun(sent, attribute, classes, praise):
                return sent.tokens[attribute]
            alike = _copula_attribute(sent, verb, pos="ADJ")
            if alike is not None and sent.tokens[alike].lower == "same":
                return sent.tokens[alike]  # "they are all the same": none better than another
            word = negative_predicate(sent, verb, classes)
            if word is not None:
                return word
    return None
