"""A figure that counts the work done, not what came of it: "we trained 220 operators", "held 14
workshops".

A coach hears a number on the outcome when it measures a change, a before and after, or
something won, kept or saved. A count of the occasions the work was made of, or of the people it
reached, is the size of the effort: "my team delivered 26 training sessions", "I met all 40 shop
managers", "we put 180 supervisors through the course". It says how much was done and leaves
open whether anything changed, so it earns no praise as a result and tells no outcome.

Read over the parse. The figure counts the noun it modifies; that noun is what a verb acts on
(its object, or its subject in the passive). The count is of the work itself when:

- the noun names an occasion (``occasion_nouns``: a workshop, a session, a briefing, a
  visit), whatever the verb ("ran", "held", "delivered", "did");
- the verb says the people counted were reached (``reaching_verbs``: trained, coached,
  briefed, met, visited, interviewed), or were put through an occasion ("put 180 supervisors
  through the course"); what is met as an aim ("met all four targets") is no one reached.

A change measured in the same clause keeps the figure a result: "from ... to", "by", a
percentage or a sum of money ("trained staff cut errors by 30%" is read by the other readers).

The word classes named in double backquotes live in content/outcome_words.yaml.
"""

from __future__ import annotations

from poise.analysis.grammar import AIM_LEMMAS
from poise.analysis.meaning import subtree
from poise.analysis.text import Sentence
from poise.content.word_classes import outcome_words as _words

COUNTING_DEPS = frozenset({"nummod", "quantmod", "compound"})
ACTED_ON = frozenset({"dobj", "nsubjpass"})
SIDE_DEPS = frozenset({"relcl", "advcl", "conj", "acl", "ccomp", "parataxis", "appos", "xcomp"})
CURRENCY = frozenset("$€£¥")


def _occasion(word: str) -> bool:
    """The word, or its singular, names an occasion (``occasion_nouns``)."""
    nouns = _words().occasion_nouns
    return any(form in nouns for form in (word, word.removesuffix("s"), word.removesuffix("es")))


def _counted_noun(sent: Sentence, figure: int) -> int | None:
    """The noun the figure at ``figure`` counts ("220" in "220 operators", "more than 30"),
    climbing from a number inside a quantity to the noun it belongs to."""
    position = figure
    for _step in range(3):
        token = sent.tokens[position]
        if token.dep not in COUNTING_DEPS or not 0 <= token.head < len(sent.tokens):
            return None
        position = token.head
        if sent.tokens[position].pos in {"NOUN", "PROPN"}:
            return position
    return None


def _acting_verb(sent: Sentence, noun: int) -> int | None:
    """The verb that acts on the noun: its head when the noun is the object, or the passive
    subject; the first of a list of objects stands for the others ("met 40 managers and 12
    union reps")."""
    position = noun
    while sent.tokens[position].dep == "conj" and 0 <= sent.tokens[position].head < len(sent.tokens) \
            and sent.tokens[sent.tokens[position].head].pos in {"NOUN", "PROPN"}:
        position = sent.tokens[position].head
    token = sent.tokens[position]
    if token.dep not in ACTED_ON or not 0 <= token.head < len(sent.tokens):
        return None
    verb = token.head
    return verb if sent.tokens[verb].pos in {"VERB", "AUX"} else None


def _through_occasion(sent: Sentence, verb: int) -> bool:
    """The verb puts what it acts on through an occasion: "put 180 supervisors through the
    course"."""
    if sent.tokens[verb].lemma not in _words().putting_verbs:
        return False
    for kid in sent.child_map[verb]:
        if sent.tokens[kid].dep == "prep" and sent.tokens[kid].lower == "through" and any(
                sent.tokens[item].dep == "pobj" and _occasion(sent.tokens[item].lower)
                for item in sent.child_map[kid]):
            return True
    return False


def _change_measured(sent: Sentence, verb: int, figure: int) -> bool:
    """The clause of ``verb`` measures a change or money beside the count: "from", "by" (not
    the "by" of who did it), a percentage, a currency sign."""
    if any(char in sent.tokens[figure].text for char in CURRENCY):
        return True
    for item in subtree(sent, verb, skip=SIDE_DEPS):
        token = sent.tokens[item]
        if (token.lower in _words().measure_words and token.dep != "agent") or token.tag == "$" \
                or any(char in token.text for char in CURRENCY):
            return True
    return False


def counts_activity(sent: Sentence, figure: int) -> bool:
    """Whether the figure at token ``figure`` counts the work done (see the module doc): the
    occasions held or the people reached, with no change measured in its clause."""
    if not sent.parsed or not 0 <= figure < len(sent.tokens):
        return False
    noun = _counted_noun(sent, figure)
    if noun is None:
        return False
    verb = _acting_verb(sent, noun)
    if verb is None:
        return False
    occasion = _occasion(sent.tokens[noun].lower) or _occasion(sent.tokens[noun].lemma)
    counted = sent.tokens[noun].lower
    aimed = any(form in AIM_LEMMAS for form in (counted, counted.removesuffix("s")))
    # "met all four targets" is an aim reached, not people met
    reached = (sent.tokens[verb].lemma in _words().reaching_verbs and not aimed) \
        or _through_occasion(sent, verb)
    if not (occasion or reached):
        return False
    return not _change_measured(sent, verb, figure)


def counts_activity_at(sent: Sentence, start: int, end: int) -> bool:
    """Whether the figure quoted at [start, end) (answer offsets) counts the work done."""
    for position, token in enumerate(sent.tokens):
        if start <= token.start < end and (token.tag == "CD" or any(ch.isdigit() for ch in token.text)):
            return counts_activity(sent, position)
    return False
