"""How a story ends, read from the parse: what changed, against what before, and whether it says
anything one could observe.

The outcome reader (``outcome_told``) asks each sentence past the set-up whether it tells a
result. These readers add what it missed and hold back what it heard wrongly:

- a figure told against a before: two figures in one clause, one of them the level before
  ("we had zero failures, from four the year before", "deferrals went from fourteen to three",
  "71 percent could explain it, compared with 29 percent before", "the fix cost £60,000 against
  an estimated £400,000"), read wherever the parser hung the verb (``figure_against_before``);
- a verb of change carrying a figure, told as having happened, even where the parser read the
  verb as a participle describing a noun ("the slowest one improved from nineteen minutes to
  nine"; ``change_with_figure``);
- a level reached, told in the past: "he got to eight point two", "by week nine he was on 7.6"
  (``level_reached``);
- the set-up told in the sentence of an act: a clause that states the problem and hands over to
  the speaker's act ("energy costs were up 40%, so I brought in a consultancy"), a reason clause
  hung on that act ("because costs were up 40%, I ..."), or another party's opening move the
  speaker then answered ("they came in at twelve percent, we settled at seven and a half"): a
  number in the problem statement is not an outcome (``setup_clause``);
- a change told only in words with no observable content: the thing that changed is a vague
  noun or a pronoun ("things were better", "the relationship continued", "it was positive", "an
  agreement was reached"), with no figure and nothing else named as changed
  (``vague_change``). Such a sentence is a verdict, not an outcome.

The figures the first three readings find are quoted as numbers on the outcome
(``result_figures``): a quantity attached to a result, with the words of its quantity ("about four
minutes"), not one where the speaker's own act put the thing it acted on ("I cut the report from
twelve measures to five"), nor an aim, a threshold or something imagined.

The word classes (``figure_change_verbs``, ``before_words``, ``expected_words``,
``vague_subjects``) are data in content/outcome_words.yaml.
"""

from __future__ import annotations

from poise.analysis.grammar import (
    TIME_UNITS,
    YEAR_RE,
    _aimed_or_threshold,
    _illustration,
    _imagined,
    clause_mood,
    verb_above,
)
from poise.analysis.meaning import sentiment_lexicon, subtree
from poise.analysis.text import Sentence, Token, per_sentence
from poise.content.word_classes import outcome_words as _words

UNTOLD = frozenset({"negated", "conditional", "question", "hypothetical", "past_future", "habitual"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
SPEAKER = frozenset({"i", "we"})
TIME_PREPS = frozenset({"by", "at", "in", "within", "after"})
OTHER_PARTY = frozenset({"they", "he", "she"})
"""People named by a pronoun: their move, answered by the speaker's act, opens an exchange."""
CLAUSES = frozenset({"advcl", "relcl", "ccomp", "conj", "parataxis", "csubj", "acl"})
"""Dependents that open a clause of their own: a figure in one is not the clause's figure."""


def _figure(token: Token) -> bool:
    """A number that can measure something: a cardinal that is not a year."""
    return token.tag == "CD" and not YEAR_RE.match(token.lower)


def _figures_under(sent: Sentence, position: int) -> list[int]:
    return [item for item in subtree(sent, position) if _figure(sent.tokens[item])]




def _told(sent: Sentence, verb: int | None) -> bool:
    """The clause of ``verb`` is not denied, imagined, asked or a habit; with no verb, the
    sentence's main clause is read."""
    if verb is None:
        roots = [position for position, token in enumerate(sent.tokens) if token.dep == "ROOT"]
        if not roots:
            return False
        verb = roots[0]
    return clause_mood(sent, verb) not in UNTOLD


def _before_named(sent: Sentence, prep: int) -> bool:
    """The "from" at ``prep`` names the level before: another figure stands outside it in the
    same sentence and the clause says which was first ("to" another figure, "down"/"up" before
    "from", or a word of the time before in the phrase: "from four the year before")."""
    words = _words()
    inside = set(subtree(sent, prep))
    if not any(_figure(sent.tokens[item]) for item in inside):
        return False
    if prep > 0 and sent.tokens[prep - 1].lower in {"down", "up"}:
        return True  # "no lost pallets, down from eleven a month": the after is the clause's own
    outside = [position for position, token in enumerate(sent.tokens)
               if position not in inside and _figure(token)]
    if not outside:
        return False
    if prep > 0 and sent.tokens[prep - 1].lower in {"down", "up"}:
        return True
    if any(sent.tokens[item].lower in words.before_words for item in inside):
        return True
    if _appended_before(sent, prep) and min(outside) < prep:
        return True
    head = sent.tokens[prep].head
    siblings = sent.child_map[head] if 0 <= head < len(sent.tokens) else []
    return any(sent.tokens[kid].lower == "to" and _figures_under(sent, kid)
               for kid in [*siblings, *sent.child_map[prep]])


SPAN_PREPS = frozenset({"across", "over", "in", "within", "during", "for", "after", "inside"})
"""Prepositions that put a span of time on a change ("across two years", "within six months")."""
SET_OFF = frozenset({",", "(", "—", "–", "-", ";"})
"""Marks that set a phrase off from the clause before it."""
UNIT_WORDS = frozenset({"%", "percent", "cent", "point", "points"})
"""Units a level before may repeat after its figure ("from 38 per cent")."""


def _appended_before(sent: Sentence, prep: int) -> bool:
    """The "from" at ``prep`` is set off after the figure it is told against and holds nothing
    but a figure, bare or with a unit ("trust in management at 71 percent, from 38", "the
    margin was 9.4 per cent (from 6.1 per cent)"): the level before, added after the level
    reached. Not a "from" that names where or whom something came from ("we hired 12, from 40
    applicants")."""
    if prep == 0 or sent.tokens[prep - 1].text not in SET_OFF:
        return False
    objects = [kid for kid in sent.child_map[prep] if sent.tokens[kid].dep == "pobj"]
    if len(objects) != 1:
        return False
    noun = sent.tokens[objects[0]]
    if noun.tag == "CD":
        return not YEAR_RE.match(noun.lower)
    return noun.lower in UNIT_WORDS and any(_figure(sent.tokens[kid])
                                            for kid in sent.child_map[objects[0]])


def figure_against_before(sent: Sentence) -> bool:
    """A figure told against the level before or the one expected, in a clause told as having
    happened (see the module doc)."""
    return bool(_against_before_at(sent))


def _against_before_at(sent: Sentence) -> list[int]:
    """The figures of the clauses that tell a figure against the level before or the one
    expected (``figure_against_before``): the one it came to and the one it is held against."""
    if not sent.parsed:
        return []
    words = _words()
    tokens = sent.tokens
    found: list[int] = []
    for position, token in enumerate(tokens):
        against = None
        if token.lower == "from":
            against = _before_named(sent, position)
        elif token.lower in {"with", "to"} and position > 0 and tokens[position - 1].lower == "compared":
            against = bool(_figures_under(sent, position)) and any(
                _figure(item) for index, item in enumerate(tokens) if index < position - 1)
        elif token.lower == "against":
            # "against an estimated £400,000": the figure expected, beside the one it came to
            against = any(tokens[item].lower in words.expected_words for item in subtree(sent, position)) \
                and bool(_figures_under(sent, position)) and any(
                    _figure(item) for index, item in enumerate(tokens) if index < position)
        if not against:
            continue
        verb = verb_above(sent, position)
        if _told(sent, verb):
            clause = subtree(sent, verb, skip=CLAUSES) if verb is not None else range(len(tokens))
            found.extend(item for item in clause if _figure(tokens[item]) and not _dating(sent, item))
    return sorted(set(found))


def _dating(sent: Sentence, position: int) -> bool:
    """The figure at ``position`` counts the span a change took, on a preposition of time
    ("went from £11m to £17m across those two years", "in three months"), not a level before or
    after."""
    noun = sent.tokens[position].head
    if not 0 <= noun < len(sent.tokens) or noun == position \
            or sent.tokens[noun].lower not in TIME_UNITS or sent.tokens[noun].dep != "pobj":
        return False
    prep = sent.tokens[noun].head
    return 0 <= prep < len(sent.tokens) and sent.tokens[prep].lower in SPAN_PREPS


def change_with_figure(sent: Sentence) -> bool:
    """A verb of change (``figure_change_verbs``) in the past, whatever clause the parser put it
    in, with a "from", "to" or "by" that carries a figure: "the slowest one improved from nineteen
    minutes to nine", "waste dropped by about a third"."""
    return bool(_changed_at(sent))


def _changed_at(sent: Sentence) -> list[int]:
    """The figures (or fraction words) a "from", "to" or "by" carries under a verb of change told
    in the past (``change_with_figure``); "by" read as the agent of a passive too ("hold times
    were cut by four minutes")."""
    if not sent.parsed:
        return []
    words = _words()
    found: list[int] = []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in words.figure_change_verbs or token.tag not in {"VBD", "VBN"}:
            continue
        if clause_mood(sent, position) in UNTOLD:
            continue
        mover = any(sent.tokens[kid].dep == "nsubj" and sent.tokens[kid].lower in SPEAKER
                    for kid in sent.child_map[position]) and token.lemma in MOTION_LEMMAS
        for kid in sent.child_map[position]:
            prep = sent.tokens[kid]
            if prep.dep not in {"prep", "agent"} or prep.lower not in {"from", "to", "by"} \
                    or (prep.dep == "agent" and prep.lower != "by"):
                continue
            if mover and prep.lower == "to" and not (_directed(sent, position)
                                                     and _bare_level(sent, kid)):
                continue  # "I went to all eighteen customers", "I moved to a trust with two homes"
            found.extend(item for item in subtree(sent, kid)
                         if (_figure(sent.tokens[item]) or sent.tokens[item].lower in words.fraction_words)
                         and verb_above(sent, item) == position)  # not in a clause below the "to"
    return sorted(set(found))


MOTION_LEMMAS = frozenset({"go", "come", "move"})
"""Verbs of change that, told of the speaker with a "to", say where the speaker went."""


def _bare_level(sent: Sentence, prep: int) -> bool:
    """The "to" at ``prep`` takes a level, not a place or people: a bare figure ("to one in
    fifteen", "to 94") or a figure on a unit ("to 12 minutes", "to 94 percent"), with no
    determiner ("to the three sites" names where someone went)."""
    for kid in sent.child_map[prep]:
        noun = sent.tokens[kid]
        if noun.dep != "pobj":
            continue
        if noun.tag == "CD":
            return _figure(noun)
        kids = [sent.tokens[item] for item in sent.child_map[kid]]
        return (noun.lower in UNIT_WORDS or noun.lower in TIME_UNITS) \
            and any(_figure(item) for item in kids) and not any(item.dep == "det" for item in kids)
    return False


def _directed(sent: Sentence, verb: int) -> bool:
    """The motion verb at ``verb`` carries "down" or "up" as a particle or an adverb: told of
    the speaker's side with a "to" and a figure ("in one year we came down to one in fifteen",
    "we went up to 94 percent"), it is the side's measure that moved, not a journey ("I went to
    all eighteen customers")."""
    return any(sent.tokens[kid].lower in {"down", "up"} and sent.tokens[kid].dep in {"prt", "advmod"}
               for kid in sent.child_map[verb])


def level_reached(sent: Sentence) -> bool:
    """A level reached, told in the past: "get" or "reach" with a figure ("he got to eight point
    two", "we reached 96 percent"), or "be" at a figure with a time of the story beside it ("by
    week nine he was on 7.6", "at go-live the error rate was under half a percent")."""
    return bool(_reached_at(sent))


def _reached_at(sent: Sentence) -> list[int]:
    """The figures of the levels told as reached (``level_reached``)."""
    if not sent.parsed:
        return []
    words = _words()
    found: list[int] = []
    for position, token in enumerate(sent.tokens):
        if token.tag != "VBD" or clause_mood(sent, position) in UNTOLD:
            continue
        kids = [sent.tokens[kid] for kid in sent.child_map[position]]
        preps = [kid for kid in kids if kid.dep == "prep"]
        if _came_in_against(sent, position):
            found.extend(item for item in subtree(sent, position, skip=CLAUSES)
                         if _figure(sent.tokens[item]) and not _dating(sent, item))
            continue
        if token.lemma in {"get", "reach"}:
            targets = [kid for kid in kids if kid.dep == "dobj"] if token.lemma == "reach" else \
                [kid for kid in preps if kid.lower == "to"]
            for kid in targets:
                found.extend(_figures_under(sent, sent.tokens.index(kid)))
            continue
        if token.lemma != "be" or not any(kid.dep == "nsubj" for kid in kids):
            continue
        levels = [kid for kid in preps if kid.lower in words.level_preps
                  and _figures_under(sent, sent.tokens.index(kid))]
        times = [kid for kid in preps if kid not in levels and kid.lower in TIME_PREPS
                 and any(_story_time(sent, item)
                         for item in subtree(sent, sent.tokens.index(kid)))]
        if levels and times:
            for kid in levels:
                found.extend(_figures_under(sent, sent.tokens.index(kid)))
    return sorted(set(found))


MARK_PREPS = frozenset({"under", "over", "within", "below", "above", "ahead", "inside"})
"""Prepositions that set where a measure came in against its mark ("under the quote")."""


def _came_in_against(sent: Sentence, verb: int) -> bool:
    """A measure that came in against its mark, told in the past: a landing verb with "in" or
    "out" (``landing_verbs``: "came in", "came out") beside a figure and a mark, a preposition
    of where it fell ("we came in about three thousand under the quote", "the budget came in
    within 1.5% of actuals") or a comparison ("the pilot came in four months faster"); not
    a person arriving ("I came in at seven", "he came in over the fence")."""
    token = sent.tokens[verb]
    if token.lemma not in _words().landing_verbs or token.tag != "VBD":
        return False
    kids = [sent.tokens[kid] for kid in sent.child_map[verb]]
    if not any(kid.lower in {"in", "out"} and kid.dep in {"prt", "prep", "advmod"} for kid in kids):
        return False
    if any(kid.dep == "nsubj" and kid.pos == "PRON" and kid.lower not in {"we", "it"}
           for kid in kids):
        return False  # a person arriving: "I came in at seven", "he came in over the fence"
    marked = any(kid.dep == "prep" and kid.lower in MARK_PREPS for kid in kids) or any(
        kid.dep in {"advmod", "acomp"} and kid.tag in {"RBR", "JJR"} for kid in kids)
    figures = [item for item in subtree(sent, verb, skip=CLAUSES) if _figure(sent.tokens[item])]
    return marked and bool(figures)


def _story_time(sent: Sentence, position: int) -> bool:
    """The word at ``position`` dates a state inside the story's time (``story_times``): "by
    week nine", "at go-live", or a counted span after which it stood ("within five months",
    "after six weeks"; not "in those days", which looks back)."""
    token = sent.tokens[position]
    words = _words()
    if token.lower in words.story_times:
        return True
    return token.lower.removesuffix("s") in words.story_times and any(
        _figure(sent.tokens[kid]) for kid in sent.child_map[position])


@per_sentence
def result_figures(sent: Sentence) -> list[tuple[int, int, str]]:
    """The figures a change told in the sentence carries, as (start, end, quote) in the answer's
    offsets: how far a measure moved under a verb of change ("hold times dropped by about four
    minutes", "complaints fell by two-thirds"), a figure told against the level before ("zero
    failures, from four the year before") or a level reached ("he got to 8.2"); not an aim, a
    threshold, something imagined or an example. Each is quoted with the words of its quantity
    ("about four minutes"), one quote per quantity; which sentences may hold a result (past the
    first act, not the set-up) is the caller's to say."""
    positions = sorted({*_changed_at(sent), *_against_before_at(sent), *_reached_at(sent)})
    found: list[tuple[int, int]] = []
    for position in positions:
        if _aimed_or_threshold(sent, position) or _imagined(sent, position) \
                or _illustration(sent, position) or _reshaped(sent, position):
            continue  # "a target to cut it from 9% to 4%", "if it had dropped by a third"
        first, last = _quantity(sent, position)
        if not any(first <= end and start <= last for start, end in found):
            found.append((first, last))
        else:
            found = [(min(start, first), max(end, last)) if first <= end and start <= last
                     else (start, end) for start, end in found]
    spans = []
    for first, last in found:
        start, end = sent.tokens[first].start, sent.tokens[last].end
        spans.append((start, end, sent.text[start - sent.start:end - sent.start]))
    return spans


QUANTITY_DEPS = frozenset({"nummod", "quantmod", "compound", "npadvmod", "pobj"})


def _reshaped(sent: Sentence, position: int) -> bool:
    """The figure at ``position`` says where the speaker's own act put the thing it acted on,
    outside that thing: "I cut the range from 94 lines to 61", "we moved the evening round to
    7.30": a step of the story, the speaker's side as the subject and an object of its own; not
    a figure in the object itself ("we dumped zero batches, down from five")."""
    verb = verb_above(sent, position)
    if verb is None:
        return False
    kids = sent.child_map[verb]
    if not any(sent.tokens[kid].dep == "nsubj" and sent.tokens[kid].lower in SPEAKER for kid in kids):
        return False
    objects = [kid for kid in kids if sent.tokens[kid].dep == "dobj"]
    return bool(objects) and not any(position in subtree(sent, kid) for kid in objects)


def _quantity(sent: Sentence, position: int) -> tuple[int, int]:
    """The token range (first, last) of the quantity the figure at ``position`` belongs to: the
    figure with its own words ("about", "£", "two-") and the unit it counts when that follows
    it closely ("four minutes", "44 per cent")."""
    token = sent.tokens[position]
    inside = [item for item in subtree(sent, position, skip=frozenset({"prep", "relcl", "acl"}))]
    first, last = min(inside), max(inside)
    head = token.head
    if token.dep in {"nummod", "quantmod", "compound"} and position < head <= position + 3 \
            and sent.tokens[head].pos in {"NOUN", "PROPN", "SYM", "NUM"}:
        last = max(last, head)
        first = min([first, *(item for item in sent.child_map[head]
                              if item < position and sent.tokens[item].dep in QUANTITY_DEPS
                              | {"advmod", "punct"})])
    return first, last


def _acts_after(sent: Sentence, verb: int) -> int | None:
    """The speaker's act joined after the clause of ``verb`` ("..., so I brought in a
    consultancy"): a verb in the past with "I" or "we" as its subject, a conjunct or a clause
    hung on ``verb`` that starts after it."""
    for kid in sent.child_map[verb]:
        item = sent.tokens[kid]
        if item.dep not in {"conj", "parataxis", "advcl", "ccomp"} or kid < verb:
            continue
        if item.tag != "VBD":
            continue
        if any(sent.tokens[grand].dep == "nsubj" and sent.tokens[grand].lower in SPEAKER
               for grand in sent.child_map[kid]):
            return kid
    return None


def setup_clause(sent: Sentence, position: int, *, story_begun: bool = False) -> bool:
    """The word at ``position`` sits in a clause that states the problem the speaker then acted
    on in the same sentence: a clause whose subject is not the speaker, followed by the speaker's
    act ("energy costs were up 40%, so I brought in a consultancy"), or a reason hung on the act
    ("because costs were up 40%, I brought in..."). The figure sizes the problem, not a result.

    With ``story_begun`` (the sentence comes after the story's first act), a clause handed on
    by "so" or "because" to a further act tells what the earlier acts came to and the step it
    led to ("the eight trial stores were up 27 per cent, so we rolled it out to 41 sites"):
    only another party's opening move the speaker answered is still the set-up."""
    if not sent.parsed:
        return False
    verb = verb_above(sent, position)
    if verb is None:
        return False
    token = sent.tokens[verb]
    if any(sent.tokens[kid].dep in SUBJECTS and sent.tokens[kid].lower in SPEAKER
           for kid in sent.child_map[verb]):
        return False
    if story_begun:
        return _party_opening(sent, verb)
    if token.dep == "advcl" and any(sent.tokens[kid].dep == "mark" and sent.tokens[kid].lower
                                    in {"because", "since", "as"} for kid in sent.child_map[verb]):
        head = token.head
        # told before the act it explains ("because costs were up 40%, I brought in..."); one
        # told after ("we kept the contract because the pass rate rose to 91%") explains a result
        return verb < head < len(sent.tokens) and any(
            sent.tokens[kid].dep == "nsubj" and sent.tokens[kid].lower in SPEAKER
            for kid in sent.child_map[head])
    act = _answering_act(sent, verb)
    if act is None:
        return False
    # "so" / "and so" / "therefore" hands the problem over to the act
    between = {sent.tokens[item].lower for item in range(verb + 1, act)}
    if between & {"so", "therefore", "hence"}:
        return True
    return _opening_move(sent, verb)


def _answering_act(sent: Sentence, verb: int) -> int | None:
    """The speaker's act told after the clause of ``verb`` in the same sentence
    (``_acts_after``), or the clause the parser hung it on ("they came in at twelve percent, we
    settled at seven": the first clause hung on the second)."""
    act = _acts_after(sent, verb)
    head = sent.tokens[verb].head
    if act is None and sent.tokens[verb].dep in {"ccomp", "parataxis"} \
            and verb < head < len(sent.tokens) and sent.tokens[head].tag == "VBD" and any(
                sent.tokens[kid].dep == "nsubj" and sent.tokens[kid].lower in SPEAKER
                for kid in sent.child_map[head]):
        act = head
    return act


def _party_opening(sent: Sentence, verb: int) -> bool:
    """The clause of ``verb`` is another party's opening move that the speaker's act answers
    after it in the same sentence (``_opening_move``)."""
    return _answering_act(sent, verb) is not None and _opening_move(sent, verb)


def _opening_move(sent: Sentence, verb: int) -> bool:
    """Another party's move the speaker answered ("they came in at twelve percent, we settled
    at seven and a half"): their opening, not a change measured ("they cut waste by 30%")."""
    movers = [sent.tokens[kid] for kid in sent.child_map[verb] if sent.tokens[kid].dep == "nsubj"]
    measured = any(sent.tokens[kid].dep == "prep" and sent.tokens[kid].lower in {"by", "from"}
                   for kid in sent.child_map[verb])
    return bool(movers) and all(item.lower in OTHER_PARTY for item in movers) and not measured


def setup_figures(sent: Sentence) -> bool:
    """Every figure of the sentence (not a year) sits in a clause that states the problem
    (``setup_clause``), and there is at least one."""
    figures = [position for position, token in enumerate(sent.tokens) if _figure(token)]
    return bool(figures) and all(setup_clause(sent, position) for position in figures)


def setup_at(sent: Sentence, start: int, end: int) -> bool:
    """The figure quoted at [start, end) sits in a clause that states the problem."""
    inside = [position for position, token in enumerate(sent.tokens)
              if start <= token.start < end and _figure(token)]
    return bool(inside) and setup_clause(sent, inside[0])


def vague_noun(token: Token) -> bool:
    """The word names nothing one could observe (``vague_subjects``: "things", "it", "the
    situation")."""
    words = _words()
    return token.lower in words.vague_subjects or token.lemma in words.vague_subjects or (
        token.tag == "NNS" and token.lower.removesuffix("s") in words.vague_subjects)


def _verdict(sent: Sentence, verb: int) -> bool:
    """The clause of ``verb`` says how something went: a verb of change or settling
    (``verdict_verbs``: "improved", "was resolved", "continued"), or a linking verb whose
    complement is a comparative or a word of praise or blame ("was better", "was positive", "is
    in a good place")."""
    token = sent.tokens[verb]
    mood = clause_mood(sent, verb)
    if mood in UNTOLD or (mood != "past" and token.tag not in {"VBD", "VBN"} and not any(
            sent.tokens[kid].lower == "now" for kid in sent.child_map[verb])):
        return False  # "many things change": a general truth, not how the story went
    if token.lemma in _words().verdict_verbs:
        return True
    if token.lemma not in {"be", "become", "get", "feel", "seem", "look", "remain", "stay"}:
        return False
    lexicon = sentiment_lexicon()
    for kid in sent.child_map[verb]:
        complement = sent.tokens[kid]
        if complement.dep not in {"acomp", "attr", "prep", "oprd"}:
            continue
        if complement.dep == "attr" and complement.pos in {"NOUN", "PROPN"} and any(
                sent.tokens[kid].dep == "nsubj" and sent.tokens[kid].lower in {"this", "that"}
                for kid in sent.child_map[verb]):
            continue  # "that was my mistake": the speaker naming something, not how it went
        compared = any(sent.tokens[item].lower in {"more", "less"} and sent.tokens[item].dep == "advmod"
                       for item in sent.child_map[kid])  # "became more normal"
        if complement.tag in {"JJR", "RBR"} or compared or any(
                lexicon.get(sent.tokens[item].lower, 0.0) != 0 for item in subtree(sent, kid)):
            return True
    return False


def _between(sent: Sentence, position: int) -> bool:
    """The figure counts the parties a state holds between ("better between the two shifts"),
    not a measure."""
    noun = sent.tokens[position].head
    if sent.tokens[position].dep != "nummod" or not 0 <= noun < len(sent.tokens):
        return False
    prep = sent.tokens[noun].head
    return sent.tokens[noun].dep == "pobj" and 0 <= prep < len(sent.tokens) \
        and sent.tokens[prep].lower in {"between", "among", "across"}


def vague_change(sent: Sentence) -> bool:
    """The sentence tells a change only in words with no observable content: a told clause whose
    subject is a vague noun or a pronoun (``vague_subjects``: "things were better", "the
    relationship continued", "it was positive"), with no figure in the sentence and no clause
    with another subject besides the speaker's side and people (whose acts are told, not
    changes)."""
    if not sent.parsed or any(_figure(token) and not _between(sent, position)
                              for position, token in enumerate(sent.tokens)):
        return False
    vague = False
    for token in sent.tokens:
        if token.dep not in SUBJECTS:
            continue
        head = token.head
        if not 0 <= head < len(sent.tokens) or clause_mood(sent, head) in UNTOLD:
            continue
        if token.tag == "WDT":
            continue  # "ideas that fix...": a relative clause describes, it tells no change
        if vague_noun(token):
            vague = vague or _verdict(sent, head)
            continue
        if token.lower in SPEAKER or token.lower in {"he", "she", "they", "you", "who", "which", "that"}:
            continue
        return False  # something named changed ("complaints stopped")
    return vague
