"""A figure that counts something other than an outcome: how often, the speaker's career, or the
speaker's means cut by someone else.

A coach hears a number on the outcome when it measures what came of the work. Three kinds of
figure sound like one and are not, read from what the figure counts in the dependency parse and
whether a change is stated:

- a rhythm: the figure counts repetitions in a unit of time ("walked the floor three times a
  shift", "we met every 2 weeks"): how often something is done, not what changed. The counted
  noun is "times" with a unit marked as a rate ("a", "per", "each"), or a unit counted under
  "every" (``frequency_nouns``, ``frequency_marks``), or a share of occasions said of how things
  usually are ("nine times out of ten there's a reason at home");
- the speaker's own record: the figure counts what a career is measured in (``career_nouns``:
  years, posts, countries) under a verb of holding or spending one (``career_verbs``) whose
  subject is "I" ("I have worked in six countries", "I ran the plant for 15 years"), or under
  "my" ("my 20 years in retail"), or counts the times something happened to the speaker ("I was
  promoted three times");
- the speaker's means changed by someone else: a verb of cutting (``cutting_verbs``) on a
  budget, a team or a remit (``means_nouns``) that is the speaker's ("my budget", "our team") or
  cut by another party ("head office cut the budget by 25%"), or the speaker's load grown
  (``load_nouns``, ``growing_verbs``: "my caseload has tripled"): the setting of a story, not
  what came of it. The speaker's own side doing the cutting ("we cut our costs by 20%") stays a
  result.

In the first two a change stated on the figure ("from ... to", "down to", "by") keeps it a result:
"call-backs fell from four times a week to once a month".

The word classes named in double backquotes live in content/outcome_words.yaml.
"""

from __future__ import annotations

from poise.analysis.grammar import TIME_UNITS
from poise.analysis.text import Sentence, Token
from poise.content.word_classes import outcome_words as _words

COUNTING_DEPS = frozenset({"nummod", "quantmod", "compound"})
ATTACHED = frozenset({"dobj", "npadvmod", "pobj", "nsubjpass", "attr"})
"""How a counted noun hangs on its verb, directly or through one preposition."""
CHANGE_PREPS = frozenset({"from", "to", "than"})
"""Prepositions that state a change or a comparison on a figure ("from four times a week")."""
PASSIVE_SUBJECT = "nsubjpass"



def _singular(word: str) -> str:
    """The singular of a plain English plural ("countries" → "country", "weeks" → "week")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _head(sent: Sentence, position: int) -> int | None:
    head = sent.tokens[position].head
    return head if 0 <= head < len(sent.tokens) and head != position else None


def _counted_noun(sent: Sentence, figure: int) -> int | None:
    """The noun the figure counts, climbing from a number inside a quantity ("more than 30")."""
    position = figure
    for _step in range(3):
        if sent.tokens[position].dep not in COUNTING_DEPS:
            return None
        head = _head(sent, position)
        if head is None:
            return None
        position = head
        if sent.tokens[position].pos in {"NOUN", "PROPN"}:
            return position
    return None


def _verb_of(sent: Sentence, noun: int) -> int | None:
    """The verb the counted noun hangs on: as its object or a bare adverbial noun, or as the
    object of one preposition on the verb ("worked in six countries"); not through another noun
    ("led the move into six countries")."""
    token = sent.tokens[noun]
    head = _head(sent, noun)
    if head is None or token.dep not in ATTACHED:
        return None
    if token.dep == "pobj":
        prep = sent.tokens[head]
        if prep.dep not in {"prep", "agent"}:
            return None
        head = _head(sent, head)
        if head is None:
            return None
    return head if sent.tokens[head].pos in {"VERB", "AUX"} else None


def _change_on(sent: Sentence, figure: int) -> bool:
    """A change or comparison is stated on the figure: a "from", "to" or "than" above it, or a
    "down"/"up" beside the verb ("fell to three times a year", "from four a week")."""
    position: int | None = figure
    for _step in range(6):
        if position is None:
            return False
        token = sent.tokens[position]
        if token.lower in CHANGE_PREPS and token.dep in {"prep", "quantmod", "advmod"}:
            return True
        if token.pos in {"VERB", "AUX"}:
            return any(sent.tokens[kid].lower in {"down", "up"} for kid in sent.child_map[position])
        position = _head(sent, position)
    return False


def _kids(sent: Sentence, position: int) -> list[Token]:
    return [sent.tokens[kid] for kid in sent.child_map[position]]


def _rate_unit(sent: Sentence, positions: list[int]) -> bool:
    """One of the tokens at ``positions`` is a unit of time marked as a rate: "a shift", "per
    week", "each quarter", "every month"."""
    words = _words()
    for position in positions:
        token = sent.tokens[position]
        if token.dep == "prep" and token.lower in words.frequency_marks and any(
                _singular(kid.lower) in words.frequency_nouns for kid in _kids(sent, position)
                if kid.dep == "pobj"):
            return True
        if token.pos == "NOUN" and _singular(token.lower) in words.frequency_nouns \
                and any(kid.dep in {"det", "prep"} and kid.lower in words.frequency_marks
                        for kid in _kids(sent, position)):
            return True
    return False


def _share_of_occasions(sent: Sentence, noun: int) -> bool:
    """"Nine times out of ten" said of the way things usually are: "times" with "out of" a
    number, on a verb not told in the past: a share of occasions in general,
    not what came of a piece of work ("we hit the date nine times out of ten that year" is
    told in the past and stays a result)."""
    out_of = any(kid.lower == "out" and any(
        grand.lower == "of" and any(sent.tokens[leaf].pos == "NUM"
                                    for leaf in sent.child_map[sent.tokens.index(grand)])
        for grand in _kids(sent, sent.tokens.index(kid))) for kid in _kids(sent, noun))
    if not out_of:
        return False
    verb = _figure_verb(sent, noun)
    if verb is None:
        return True
    told = [sent.tokens[verb], *(kid for kid in _kids(sent, verb) if kid.dep in {"aux", "auxpass"})]
    return not any(token.tag in {"VBD", "VBN"} for token in told)


def rhythm(sent: Sentence, figure: int) -> bool:
    """The figure counts repetitions in a unit of time (see the module doc)."""
    noun = _counted_noun(sent, figure)
    if noun is None:
        return False
    words = _words()
    singular = _singular(sent.tokens[noun].lower)
    if singular in words.frequency_nouns and singular != "time" and any(
            kid.dep == "det" and kid.lower in {"every", "each"} for kid in _kids(sent, noun)):
        return True  # "every 2 weeks"
    if singular != "time":
        return False
    if _share_of_occasions(sent, noun):
        return True  # "nine times out of ten there's something at home"
    nearby = list(sent.child_map[noun])
    head = _head(sent, noun)
    if head is not None:
        nearby += [kid for kid in sent.child_map[head] if kid != noun]
    return _rate_unit(sent, nearby)


def _speaker_subject(kids: list[Token]) -> bool:
    return any(kid.dep == "nsubj" and kid.lower == "i" for kid in kids)


def career_count(sent: Sentence, figure: int) -> bool:
    """The figure counts the speaker's own record (see the module doc)."""
    noun = _counted_noun(sent, figure)
    if noun is None:
        return False
    words = _words()
    singular = _singular(sent.tokens[noun].lower)
    if singular in words.career_nouns and any(kid.dep == "poss" and kid.lower == "my"
                                              for kid in _kids(sent, noun)):
        return True  # "my 20 years in retail"
    verb = _verb_of(sent, noun)
    if verb is None:
        return False
    kids = _kids(sent, verb)
    if singular == "time":  # "I was promoted three times", "they moved me four times"
        return any((kid.dep == "dobj" and kid.lower == "me")
                   or (kid.dep == PASSIVE_SUBJECT and kid.lower == "i") for kid in kids)
    if singular in TIME_UNITS and _within(sent, noun):
        return False  # "I turned it round in two years": how long the work took
    return singular in words.career_nouns and sent.tokens[verb].lemma in words.career_verbs \
        and _speaker_subject(kids)


def _within(sent: Sentence, noun: int) -> bool:
    """The noun is the object of "in" or "within": the time a piece of work took."""
    head = _head(sent, noun)
    return sent.tokens[noun].dep == "pobj" and head is not None \
        and sent.tokens[head].lower in {"in", "within"}


def _figure_verb(sent: Sentence, figure: int) -> int | None:
    """The verb a figure measures: the figure itself when it is a verb of a multiple
    ("tripled"), else the first verb above it."""
    if sent.tokens[figure].pos == "VERB":
        return figure
    position = _head(sent, figure)
    for _step in range(5):
        if position is None:
            return None
        if sent.tokens[position].pos in {"VERB", "AUX"}:
            return position
        position = _head(sent, position)
    return None


def means_changed(sent: Sentence, figure: int) -> bool:
    """The figure measures the speaker's means cut, or the speaker's load grown, by someone
    else (see the module doc)."""
    verb = _figure_verb(sent, figure)
    if verb is None:
        return False
    words = _words()
    lemma = sent.tokens[verb].lemma
    kids = _kids(sent, verb)
    if any(kid.dep == "nsubj" and kid.lower in words.speaker_words for kid in kids):
        return False  # the speaker's side did it: "we cut our costs by 20%"
    for kid in kids:
        singular = _singular(kid.lower)
        own = any(grand.dep == "poss" and grand.lower in {"my", "our"} for grand in _kids(
            sent, sent.tokens.index(kid)))
        if lemma in words.cutting_verbs and singular in words.means_nouns:
            other = kid.dep == "dobj" and any(item.dep == "nsubj" for item in kids)
            if kid.dep in {"dobj", PASSIVE_SUBJECT} and (own or other):
                return True
        if lemma in words.growing_verbs and singular in words.load_nouns and own \
                and kid.dep == "nsubj":
            return True
    return False


def counts_no_outcome(sent: Sentence, figure: int) -> bool:
    """Whether the figure at token ``figure`` counts a rhythm, the speaker's record or the
    speaker's means changed by someone else, with no change stated on it (see the module doc)."""
    if not sent.parsed or not 0 <= figure < len(sent.tokens):
        return False
    if means_changed(sent, figure):
        return True  # the change is what is told, but it was done to the speaker
    return not _change_on(sent, figure) and (rhythm(sent, figure) or career_count(sent, figure))


def counts_no_outcome_at(sent: Sentence, start: int, end: int) -> bool:
    """Whether the figure quoted at [start, end) (answer offsets) counts no outcome."""
    inside = [position for position, token in enumerate(sent.tokens) if start <= token.start < end]
    for position in inside:
        token = sent.tokens[position]
        if token.tag == "CD" or any(char.isdigit() for char in token.text):
            return counts_no_outcome(sent, position)
    # a multiple or a fraction told in words ("tripled", "by a third")
    return any(counts_no_outcome(sent, position) for position in inside)
