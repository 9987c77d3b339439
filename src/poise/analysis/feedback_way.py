"""Which way feedback goes: asked about feedback the speaker received, an answer about feedback
they gave.

"Tell me about a piece of feedback you received that changed how you work" asks what someone
told the speaker and what they changed; an answer about the feedback culture they brought in for
their managers, what they tell their people and how they trained them to give it, answers how
they give feedback, another question. Read from the parse:

- the question asks about feedback received (``asks_received``) when a word of feedback
  (``FEEDBACK``) is the object of a verb of receiving whose subject is "you" ("feedback you
  received", "the hardest criticism you've had"), of a verb of giving whose receiver is "you"
  ("feedback anyone has given you"), or has a relative clause that changed "you" or how "you"
  work;
- a sentence of the answer tells the speaker receiving (``received``) when someone tells or
  gives the speaker something ("my boss told me", "she gave me feedback"), the speaker receives,
  gets, hears or is told something, or a word of feedback is the speaker's ("my feedback",
  "feedback on me");
- a sentence tells the speaker giving (``gave``) when "I" tells, gives or trains someone else, or
  gives or brings in feedback.

The rule names an answer that tells the speaker giving in two sentences or more and never the
speaker receiving.
"""

from __future__ import annotations

from poise.analysis.meaning import subtree
from poise.analysis.text import AnalysedText, Sentence

FEEDBACK = frozenset({"feedback", "criticism", "critique"})
RECEIVING = frozenset({"receive", "get", "have", "take", "hear", "accept"})
GIVING = frozenset({"give", "tell", "deliver", "provide", "offer", "send"})
CHANGING = frozenset({"change", "shape", "alter", "transform"})
SELF = frozenset({"me", "myself"})
SPEAKER = frozenset({"i"})
YOU = frozenset({"you", "yourself"})


def _subject(sent: Sentence, verb: int) -> set[str]:
    """The words standing as the verb's subject."""
    return {sent.tokens[kid].lower for kid in sent.child_map[verb]
            if sent.tokens[kid].dep in {"nsubj", "nsubjpass"}}


def _receivers(sent: Sentence, verb: int) -> set[str]:
    """The words standing as who gets what the verb gives: a dative, a direct object, or the
    object of its "to"."""
    found = set()
    for kid in sent.child_map[verb]:
        token = sent.tokens[kid]
        if token.dep in {"dative", "dobj"}:
            found.add(token.lower)
        if token.dep in {"prep", "dative"} and token.lower == "to":
            found.update(sent.tokens[grand].lower for grand in sent.child_map[kid])
    return found


def asks_received(question: AnalysedText) -> bool:
    """Whether the question asks about feedback the speaker received (see the module doc)."""
    for sent in question.sentences:
        if not sent.parsed:
            continue
        for position, token in enumerate(sent.tokens):
            if token.lemma not in FEEDBACK:
                continue
            nominals = [position]
            of = token.head
            if token.dep == "pobj" and 0 <= of < len(sent.tokens) and sent.tokens[of].lower == "of" \
                    and 0 <= sent.tokens[of].head < len(sent.tokens):
                nominals.append(sent.tokens[of].head)  # "a piece of feedback you received"
            verbs = [sent.tokens[nominal].head for nominal in nominals if sent.tokens[nominal].dep == "dobj"]
            verbs += [kid for nominal in nominals for kid in sent.child_map[nominal]
                      if sent.tokens[kid].dep == "relcl"]
            for verb in verbs:
                lemma = sent.tokens[verb].lemma
                if lemma in RECEIVING and _subject(sent, verb) & YOU:
                    return True
                if lemma in GIVING and _receivers(sent, verb) & YOU:
                    return True
                if lemma in CHANGING and YOU & {sent.tokens[below].lower for below in subtree(sent, verb)}:
                    return True
    return False


def received(sent: Sentence) -> bool:
    """The sentence tells the speaker receiving something said or given (see the module doc)."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.pos not in {"VERB", "AUX"}:
            continue
        subject = _subject(sent, position)
        if token.lemma in GIVING and _receivers(sent, position) & SELF and not subject & SPEAKER:
            return True
        if token.lemma in RECEIVING - {"have"} and subject & SPEAKER:
            return True
        if token.lemma in GIVING and token.tag == "VBN" and subject & SPEAKER:
            return True  # "I was told", "I was given"
    return any(token.lemma in FEEDBACK and any(
        sent.tokens[kid].lower in {"my"} or (sent.tokens[kid].lower == "on" and any(
            sent.tokens[grand].lower in SELF for grand in sent.child_map[kid]))
        for kid in sent.child_map[position]) for position, token in enumerate(sent.tokens))


def gave(sent: Sentence) -> bool:
    """The sentence tells the speaker giving feedback or telling someone else (see the module
    doc)."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.pos != "VERB" or not _subject(sent, position) & SPEAKER:
            continue
        receivers = _receivers(sent, position)
        if token.lemma in GIVING and receivers and not receivers & SELF:
            return True
        if any(sent.tokens[below].lemma in FEEDBACK for kid in sent.child_map[position]
               if sent.tokens[kid].dep == "dobj" for below in subtree(sent, kid)):
            return True  # "I give feedback", "I brought in a feedback culture"
    return False


def given_not_received(answer: AnalysedText, least: int = 2) -> list[int]:
    """The sentences where the speaker gives, when they are ``least`` or more and no sentence
    tells the speaker receiving; empty otherwise."""
    if any(received(sent) for sent in answer.sentences):
        return []
    told = [sent.index for sent in answer.sentences if gave(sent)]
    return told if len(told) >= least else []
