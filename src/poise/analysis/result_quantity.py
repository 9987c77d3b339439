"""Quantities told as the result in plain words: how much came of the work, said as a fact with
no verb of change.

A story often measures its outcome without "rose", "fell" or "from ... to": "we had zero
failures the following year", "the council gave us three more contracts", "we scrapped only 9
batches", "first-time fixes were 88 percent, not 92", "the archive now lists 610 maps". The
parse shows what makes such a figure a result rather than a size of the set-up:

- a nil: "zero" or "nil" counting something, or "not one" / "not a single" thing, in a clause
  told as having happened ("late invoices were zero", "not one pallet was lost");
- a difference: a count carrying "more", "fewer", "less", "extra" or "additional" ("three more
  contracts", "15 percent less grit"): a figure measured against what there was before; not a
  span of time ("four more years");
- a restriction: "only" or "just" on a count in a clause told in the past ("we scrapped only
  nine batches", "only two vans broke down"): a count held against what was feared; not a span
  of time ("we had only two weeks"), nor what the speaker had to work with ("I only had three
  staff");
- a figure set against another it replaced or beat: "88 percent, not 92";
- a level standing now: a figure in a present clause placed by "now" or "today" ("the archive
  now lists 610 maps", "now 30 clubs enter each year"); not the speaker's own role or size ("I
  now run forty stores"), nor what anyone has ("we now have 30 staff");
- a change told with no verb of change: a "from" and a "to" each carrying a figure ("got set-up
  times from forty minutes down to twelve"), or a "down to" a figure (``change_span``), or a
  measure that "was up" or "was down" by a share, a span or a sum ("margin was up four points");

and, in a sentence the story gives as its outcome, a plain count reported as done ("we rehoused
85 families by the spring", ``counts_achieved``) or a level a measure stood at ("by the autumn
the night crew was at 88", "we finished the year at 1.8 hours a stop": ``levels_reached``).

Which sentences may hold a result (past the first act, never the set-up) is the caller's to
say, and the praise gates (``praise_gates.outcome_shown``) still apply: an aim, a count of the
work done, how often, the speaker's record. Only closed classes of function words are read
here; no phrase of an answer is matched.
"""

from __future__ import annotations

from poise.analysis.activity_count import _occasion as _occasion_word
from poise.analysis.grammar import (
    SCALE_LEMMAS,
    STATE_LEMMAS,
    TIME_UNITS,
    YEAR_RE,
    _aimed_or_threshold,
    _found_on_arrival,
    _illustration,
    _imagined,
    clause_mood,
    verb_above,
)
from poise.analysis.meaning import subtree
from poise.analysis.text import Sentence
from poise.content.word_classes import outcome_words

NIL_WORDS = frozenset({"zero", "nil"})
"""Numbers that count nothing: a result when what they count is a fault or a loss."""
DIFFERENCE_WORDS = frozenset({"more", "fewer", "less", "extra", "additional"})
"""Words that make a count a difference from what there was before."""
RESTRICTING_WORDS = frozenset({"only", "just"})
"""Words that hold a count against what was feared or expected."""
NOW_WORDS = frozenset({"now", "today"})
"""Adverbs that place a present clause at the end of the story."""
TOLD = frozenset({"past", "present", "background", "other"})
"""Clause moods that report what happened or how things stand (not denied, imagined, asked or
habitual)."""
PAST_TAGS = frozenset({"VBD", "VBN"})
SMALL_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                         "ten", "eleven", "twelve", "dozen", "half"})
"""Small counts in words, which in speech set the scene more often than they measure."""
MEASURE_WORDS = frozenset({"%", "percent", "per", "cent", "point", "points"})
"""Units that make a figure a measure rather than a count of parts."""
SPEAKER = frozenset({"i", "we"})
APPROXIMATE_WORDS = frozenset({"about", "around", "roughly", "nearly", "almost", "over", "some"})
"""Words that soften a figure without changing what it counts."""
MAX_TOKENS = 120
"""A longer sentence is not read: bounded work on odd text."""


def _figure(sent: Sentence, position: int) -> bool:
    """A number that can measure something: a cardinal or a nil word, not a year."""
    token = sent.tokens[position]
    return (token.tag == "CD" or token.lower in NIL_WORDS) and not YEAR_RE.match(token.lower)




def _counted(sent: Sentence, position: int) -> int:
    """The noun the figure counts (the figure itself when it hangs on no noun)."""
    token = sent.tokens[position]
    head = token.head
    if token.dep in {"nummod", "quantmod", "compound", "amod", "det"} and 0 <= head < len(sent.tokens) \
            and sent.tokens[head].pos in {"NOUN", "PROPN"}:
        return head
    return position


def _near(sent: Sentence, position: int, words: frozenset[str], before: int, after: int) -> bool:
    """One of ``words`` stands within ``before`` tokens before or ``after`` tokens after the
    figure, inside its noun phrase (under the counted noun or the figure)."""
    noun = _counted(sent, position)
    phrase = set(subtree(sent, noun)) | {noun, position}
    return any(sent.tokens[item].lower in words and item in phrase
               for item in range(max(0, position - before), min(len(sent.tokens), position + after + 1)))


def _subject(sent: Sentence, verb: int) -> str | None:
    for kid in sent.child_map[verb]:
        if sent.tokens[kid].dep in {"nsubj", "nsubjpass", "expl"}:
            return sent.tokens[kid].lower
    return None


def _nil(sent: Sentence, position: int) -> bool:
    """"zero failures", "were zero", "not one pallet", "not a single complaint"; not "from zero"
    (a starting point), nor "not one for..." (a pronoun, counting nothing named)."""
    token = sent.tokens[position]
    head = token.head
    if 0 <= head < len(sent.tokens) and sent.tokens[head].lower == "from":
        return False
    if token.lower in NIL_WORDS:
        return True
    if token.lower not in {"one", "single"} or _counted(sent, position) == position:
        return False
    words = [sent.tokens[item].lower for item in range(max(0, position - 2), position)]
    return "not" in words and (token.lower == "one" or "a" in words)


def _single(sent: Sentence, position: int) -> bool:
    """"not a single complaint", "we didn't lose a single account": "single", which the tagger
    reads as an adjective, counting a noun after "not a" (``_nil``) or after "a" in a clause
    whose verb is denied; not what anyone had ("I did not have a single analyst")."""
    tokens = sent.tokens
    if tokens[position].lower != "single" or position == 0 or tokens[position - 1].lower != "a" \
            or _counted(sent, position) == position:
        return False
    if _nil(sent, position):
        return True
    verb = verb_above(sent, position)
    return verb is not None and tokens[verb].lemma not in SCALE_LEMMAS \
        and any(tokens[kid].dep == "neg" for kid in sent.child_map[verb])


def _up_or_down(sent: Sentence, position: int, verb: int) -> bool:
    """"margin was up four points", "the eight stores were up 27 per cent on the year", "costs
    were down by a tenth": a measure told higher or lower by a figure, with "be" and "up" or
    "down" in place of a verb of change; not told of the speaker ("we were down two people"
    is the set-up's head-count), nor a count of parts ("up two floors")."""
    tokens = sent.tokens
    if tokens[verb].lemma != "be":
        return False
    noun = _counted(sent, position)
    head = tokens[noun].head
    if tokens[noun].dep == "pobj" and 0 <= head < len(tokens) and tokens[head].lower == "by":
        head = tokens[head].head
    elif tokens[noun].dep != "npadvmod":
        return False
    moved = [kid for kid in sent.child_map[verb]
             if tokens[kid].lower in {"up", "down"} and tokens[kid].dep in {"advmod", "prt", "acomp"}]
    if head not in moved and not (head == verb and moved):
        return False
    subject = _subject(sent, verb)
    if subject is None or subject in SPEAKER | {"me", "us", "they", "he", "she"}:
        return False
    first, last = _quantity(sent, position)
    return _measure(sent, first, last) or any(
        tokens[item].tag == "$" for item in subtree(sent, noun) if item <= last)


def _difference(sent: Sentence, position: int, verb: int) -> bool:
    """"three more contracts", "5,000 more cases", "15 percent less grit", told in the past; not
    a span ("I stayed three more years") or a repetition ("say it three more times"), nor a
    count naming nothing ("I've tried it with two more since")."""
    noun = _counted(sent, position)
    if noun == position or sent.tokens[noun].lower in TIME_UNITS | {"time", "times"} \
            or not _past(sent, verb):
        return False
    head = sent.tokens[_counted(sent, position)].head
    if 0 <= head < len(sent.tokens) and position < head <= position + 3 \
            and sent.tokens[head].lower in DIFFERENCE_WORDS:
        return True  # "15 percent less": the difference heads the measure
    return _near(sent, position, DIFFERENCE_WORDS, before=0, after=3)


def _restricted(sent: Sentence, position: int, verb: int) -> bool:
    """"only 9 batches", "scrapped only nine", "just one complaint": told in the past, not
    a span of time, nor what the speaker had to work with."""
    if not _near(sent, position, RESTRICTING_WORDS, before=3, after=0):
        return False
    noun = _counted(sent, position)
    if noun == position and sent.tokens[position].lower in SMALL_WORDS:
        return False  # "it was just one of those weeks": a pronoun
    if sent.tokens[noun].lower in TIME_UNITS or _partitive(sent, noun):
        return False  # "we had only two weeks", "one of only three firms"
    if sent.tokens[verb].lemma in SCALE_LEMMAS - {"be"} and _subject(sent, verb) in SPEAKER:
        return False  # "I only had three staff": what the speaker had to work with
    return _past(sent, verb)


def _past(sent: Sentence, verb: int) -> bool:
    """The clause of ``verb`` is told in the past or the present perfect."""
    told = [sent.tokens[verb], *(sent.tokens[kid] for kid in sent.child_map[verb]
                                 if sent.tokens[kid].dep in {"aux", "auxpass"})]
    return any(token.tag in PAST_TAGS for token in told)


def _occasion(sent: Sentence, position: int) -> bool:
    """The figure counts occasions the work was made of (``occasion_nouns``: sessions, courses,
    meetings): how much was done, not what came of it."""
    return _occasion_word(sent.tokens[_counted(sent, position)].lower)


def _partitive(sent: Sentence, noun: int) -> bool:
    """The noun is the whole a part is taken from: "one of only three firms"."""
    head = sent.tokens[noun].head
    return sent.tokens[noun].dep == "pobj" and 0 <= head < len(sent.tokens) \
        and sent.tokens[head].lower == "of"


STANDING_ADVERBS = frozenset({"still", "now", "back"})
"""Adverbs that tell a part of a group standing a way at the end ("seven were still with us")."""
GROUP_WORDS = frozenset({"them", "those", "these", "they"})
"""Pronouns that name the group a part is counted from ("six of them")."""


def _part_of_group(sent: Sentence, position: int) -> bool:
    """The figure counts a part of a group named before it: "six of them", "fourteen of the
    eighteen", "eleven of thirteen staff", "the other ten"; not a part of the speaker's side
    ("three of us flew out": who acted)."""
    tokens = sent.tokens
    kids = [tokens[kid] for kid in sent.child_map[position]]
    if any(kid.lower == "other" and kid.dep == "amod" for kid in kids) \
            and any(kid.lower == "the" and kid.dep == "det" for kid in kids):
        return True
    for kid in sent.child_map[position]:
        if tokens[kid].lower != "of" or tokens[kid].dep != "prep":
            continue
        for whole in sent.child_map[kid]:
            if tokens[whole].dep != "pobj":
                continue
            marks = [tokens[item] for item in sent.child_map[whole]]
            return tokens[whole].lower in GROUP_WORDS or any(
                item.dep in {"det", "nummod"} or item.tag == "CD" for item in marks) \
                or (tokens[whole].tag == "CD" and not YEAR_RE.match(tokens[whole].lower))
    return False


def _share_of_group(sent: Sentence, position: int, verb: int) -> bool:
    """A part of a group told as how it came out, in a clause told in the past: the part is
    the subject of what happened ("six of them signed", "the other eleven renewed", "fourteen
    of the eighteen had new positions") or what a verb of achieving (``achieving_verbs``) won
    or kept ("we kept seventeen of the eighteen betas", "she hit eleven of twelve go-lives");
    not a part described with "be" ("two of them were agency staff", "two of the managers were
    on leave"): only a state after "be" ("were online") or one placed by "still", "now" or
    "back" ("seven of them are still with us"); nor one member ("one of them complained": who,
    not how many), nor a scene in progress ("two of them were doing everything")."""
    tokens = sent.tokens
    if tokens[position].head != verb or tokens[position].lower == "one":
        return False  # "one of them complained to HR": who it was, not how many
    if not _part_of_group(sent, position) or not _past(sent, verb) \
            or clause_mood(sent, verb) == "background" or tokens[verb].tag == "VBG":
        return False  # "two of them were doing everything": the scene, not how it came out
    kids = [tokens[kid] for kid in sent.child_map[verb]]
    if tokens[position].dep in {"nsubj", "nsubjpass"}:
        if tokens[verb].lemma == "be":  # "395 of the schools were online", not "were on leave"
            return any(kid.dep == "acomp" for kid in kids) \
                or any(kid.lower in STANDING_ADVERBS and kid.dep == "advmod" for kid in kids)
        return True
    return tokens[position].dep in {"dobj", "oprd"} \
        and tokens[verb].lemma in outcome_words().achieving_verbs


def _set_against(sent: Sentence, position: int, verb: int) -> bool:
    """"88 percent, not 92": the figure, in a clause told in the past, is followed, after a
    comma, by "not" and the figure it replaced or beat; not a small count in words ("it is one
    partner, not four")."""
    tokens = sent.tokens
    if tokens[position].lower in SMALL_WORDS or not _past(sent, verb):
        return False
    for offset in range(position + 1, min(len(tokens) - 2, position + 4)):
        if tokens[offset].lower == "," and tokens[offset + 1].lower == "not" \
                and _figure(sent, offset + 2):
            return True
        if tokens[offset].pos in {"VERB", "AUX"}:
            return False
    return False


def _standing_now(sent: Sentence, verb: int, position: int) -> bool:
    """A present clause placed by "now" or "today", not the speaker's own role or size, nor what
    anyone has or how long things last ("today the depot has three managers", "nobody stays ten
    years")."""
    if clause_mood(sent, verb) != "present" or sent.tokens[verb].lemma == "have" \
            or sent.tokens[_counted(sent, position)].lower in TIME_UNITS \
            or sent.tokens[position].lower in SMALL_WORDS:
        return False  # "nobody stays ten years", "now it is all in one place"
    if not any(sent.tokens[kid].lower in NOW_WORDS for kid in sent.child_map[verb]):
        return False
    subject = _subject(sent, verb)
    if subject == "i":
        return False  # "I now run forty stores": the role
    return not (subject in SPEAKER and sent.tokens[verb].lemma in SCALE_LEMMAS - {"be"})


def _figure_under(sent: Sentence, prep: int) -> tuple[int, int] | None:
    """The token range of the figure a preposition carries ("to twenty-eight", "from nine
    days"), or None when its object holds no figure."""
    for kid in sent.child_map[prep]:
        if sent.tokens[kid].dep != "pobj":
            continue
        inside = subtree(sent, kid, skip=frozenset({"prep", "relcl", "acl"}))
        if any(_figure(sent, item) for item in inside):
            return min(inside), max(inside)
    return None


def _measure(sent: Sentence, first: int, last: int) -> bool:
    """The figure in [first, last] is a measure (a time, a share), not a count of parts."""
    words = {sent.tokens[item].lower for item in range(first, last + 1)}
    return bool(words & (TIME_UNITS | MEASURE_WORDS))


def change_span(sent: Sentence, prep: int) -> tuple[int, int] | None:
    """The token range of a change told with no verb of change, from the preposition at ``prep``:
    a "from" carrying a figure with a "to" carrying another ("got set-up times from forty
    minutes down to twelve", "from eight weeks to three", also with an aside after the "from":
    ``_from_past_aside``), or a "down to" a figure ("misroutes were down to three a day"). A
    count of parts moved by the speaker's own act ("I cut the report from twelve pages to
    five") is the act, not its result (``story_end`` reads the same)."""
    token = sent.tokens[prep]
    if token.dep != "prep" or token.lower not in {"from", "to"}:
        return None
    here = _figure_under(sent, prep)
    if here is None:
        return _from_past_aside(sent, prep) if token.lower == "from" else None
    if token.lower == "to":
        head = token.head
        if not (0 <= head < len(sent.tokens) and sent.tokens[head].lower == "down"):
            return None
        return head, here[1]
    head = token.head
    if not 0 <= head < len(sent.tokens):
        return None
    # the "to" beside the "from", under the same word, under a "down"/"up" beside it, or hung
    # by the parser on the "from" itself
    places = [head, prep,
              *(kid for kid in sent.child_map[head] if sent.tokens[kid].lower in {"down", "up"})]
    partners = [kid for place in places for kid in sent.child_map[place]
                if sent.tokens[kid].lower == "to" and sent.tokens[kid].dep == "prep" and kid > prep]
    for partner in partners:
        there = _figure_under(sent, partner)
        if there is None:
            continue
        if not (_measure(sent, *here) or _measure(sent, *there)) and _speaker_moved(sent, head):
            return None  # "I cut the report from twelve pages to five": the act itself
        return prep, there[1]
    return None


ASIDE_DEPS = frozenset({"parataxis", "intj", "punct"})
"""The relations of words dropped into a sentence as an aside ("from, I think, nine")."""
TO_REACH = 8
"""How many tokens after the first figure the "to" of a change with an aside may stand."""


def _from_past_aside(sent: Sentence, prep: int) -> tuple[int, int] | None:
    """A "from" whose figure the parser lost to an aside dropped in after it ("complaints went
    from, I think, nine a quarter to two"): only punctuation, a filler or the aside's clause
    stands between the "from" and a figure, and a "to" carrying another figure follows within
    a few words. The token range from the "from" to the second figure, or None."""
    tokens = sent.tokens
    if any(tokens[kid].dep == "pobj" and kid > prep for kid in sent.child_map[prep]):
        return None
    aside = {item for position, token in enumerate(tokens) if token.dep in {"parataxis", "intj"}
             for item in subtree(sent, position)}
    position = prep + 1
    while position < len(tokens) and not _figure(sent, position) and (
            position in aside or tokens[position].dep in ASIDE_DEPS or tokens[position].pos == "INTJ"):
        position += 1
    if position < len(tokens) and tokens[position].lower in {"a", "an", "about", "around"}:
        position += 1  # "from, I think, a 2.6 to a 3.9"
    if position == prep + 1 or position >= len(tokens) or not _figure(sent, position):
        return None
    for later in range(position + 1, min(len(tokens), position + TO_REACH)):
        if tokens[later].lower == "to" and tokens[later].dep == "prep":
            there = _figure_under(sent, later)
            if there is not None:
                verb = verb_above(sent, prep)
                if not (_measure(sent, position, there[1]) or verb is None
                        or not _speaker_moved(sent, verb)):
                    return None  # "I cut the pack from, say, twelve pages to five": the act
                return prep, there[1]
    return None


def _speaker_moved(sent: Sentence, verb: int) -> bool:
    """The speaker's side is the subject of ``verb`` and it has an object of its own."""
    kids = [sent.tokens[kid] for kid in sent.child_map[verb]]
    return any(kid.dep == "nsubj" and kid.lower in SPEAKER for kid in kids) \
        and any(kid.dep == "dobj" for kid in kids)


def _quantity(sent: Sentence, position: int) -> tuple[int, int]:
    """The token range of the figure with the noun it counts and the words between."""
    noun = _counted(sent, position)
    first, last = min(position, noun), max(position, noun)
    while first > 0 and sent.tokens[first - 1].lower in RESTRICTING_WORDS | {"not", "a", "about",
                                                                               "around", "over"}:
        first -= 1
    return first, last


def _first_own_verb(sent: Sentence) -> int | None:
    """The first verb whose subject is the speaker ("I", "we"): the act the sentence tells."""
    for position, token in enumerate(sent.tokens):
        if token.pos in {"VERB", "AUX"} and _subject(sent, position) in SPEAKER:
            return position
    return None


def _reporting_verb(sent: Sentence, noun: int, position: int) -> int | None:
    """The verb whose clause reports the counted noun as done: the noun is its object or its
    passive subject ("we rehoused 85 families"), or a measure set off by a comma after that
    clause, hung on the verb ("the buyer renewed the deal, 2,400 tonnes for the season") or
    apposed to the verb's object or subject ("we won the tender, around 52,000 dollars")."""
    token = sent.tokens[noun]
    head = token.head
    if not 0 <= head < len(sent.tokens) or head == noun:
        return None
    if token.dep in {"dobj", "nsubjpass"}:
        return head
    first = min(position, noun)
    while first > 0 and sent.tokens[first - 1].lower in RESTRICTING_WORDS | APPROXIMATE_WORDS:
        first -= 1
    set_off = first > 0 and sent.tokens[first - 1].text in {",", "(", "—", "–", "-"}
    if not set_off or head > first:
        return None
    if token.dep == "npadvmod" or (token.dep == "dobj" and sent.tokens[head].pos == "VERB"):
        return head
    if token.dep == "appos" and sent.tokens[head].dep in {"dobj", "nsubjpass", "nsubj", "attr"}:
        above = sent.tokens[head].head
        return above if 0 <= above < len(sent.tokens) else None
    return None


def counts_achieved(sent: Sentence) -> list[tuple[int, int, str]]:
    """The plain counts a sentence told as the story's outcome reports as done ("we rehoused 85
    families by the spring", "3,100 claims were settled"): a figure counting the object
    of a verb told in the past, or the subject of one in the passive, as (start, end, quote);
    not what the speaker had or ran (``SCALE_LEMMAS``), a span of time, one of a group ("three
    of the five"), a small count in words, nor an aim, a threshold or something imagined. Only
    the caller knows the sentence is told as the outcome (the structure's result role, past the
    first act); the praise gates still hold back a count of the work done ("trained 220
    operators")."""
    if not sent.parsed or len(sent.tokens) > MAX_TOKENS:
        return []
    found: list[tuple[int, int]] = []
    for position, token in enumerate(sent.tokens):
        spelled_small = token.lower in SMALL_WORDS and not any(char.isdigit() for char in token.text)
        if token.tag != "CD" or YEAR_RE.match(token.lower) or spelled_small:
            continue
        noun = _counted(sent, position)
        if noun == position or sent.tokens[noun].lower in TIME_UNITS:
            continue
        if any(sent.tokens[kid].lower == "of" for kid in sent.child_map[position]):
            continue  # "four of the six routes": which ones, not how many
        head = _reporting_verb(sent, noun, position)
        if head is None:
            continue
        verb = sent.tokens[head]
        if verb.pos != "VERB" or verb.lemma in SCALE_LEMMAS:
            continue
        told = [verb, *(sent.tokens[kid] for kid in sent.child_map[head]
                        if sent.tokens[kid].dep in {"aux", "auxpass"})]
        if not any(item.tag in PAST_TAGS for item in told) or clause_mood(sent, head) not in TOLD:
            continue
        _keep_quantity(sent, position, found)
    return _quoted(sent, found)


def _keep_quantity(sent: Sentence, position: int, found: list[tuple[int, int]]) -> None:
    """Add the quantity at ``position`` to ``found`` unless it is aimed at, imagined or an
    illustration, or overlaps one already found."""
    if _aimed_or_threshold(sent, position) or _imagined(sent, position) or _illustration(sent, position):
        return
    first, last = _quantity(sent, position)
    if not any(first <= end and start <= last for start, end in found):
        found.append((first, last))


def _quoted(sent: Sentence, found: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The token spans as (start, end, words) in the answer's offsets."""
    return [(sent.tokens[first].start, sent.tokens[last].end,
             sent.text[sent.tokens[first].start - sent.start:sent.tokens[last].end - sent.start])
            for first, last in found]


def result_quantities(sent: Sentence, *, after_act: bool = False) -> list[tuple[int, int, str]]:
    """The quantities the sentence tells as a result in plain words (see the module doc), as
    (start, end, quote) in the answer's offsets; none without a parse. With ``after_act`` (the
    sentence that tells the story's first act), only a quantity in a clause after that act's
    verb is read ("I phoned each site lead myself, and only two sites missed the date").
    Worked out once per sentence and reading (the outcome check and praise both ask)."""
    key = (_QUANTITIES, after_act)
    found = sent.memo.get(key)
    if found is None:
        found = sent.memo[key] = _result_quantities(sent, after_act=after_act)
    return found  # type: ignore[return-value]


_QUANTITIES = "result_quantities"


def _result_quantities(sent: Sentence, *, after_act: bool) -> list[tuple[int, int, str]]:
    if not sent.parsed or len(sent.tokens) > MAX_TOKENS:
        return []
    act = _first_own_verb(sent) if after_act else -1
    if act is None:
        return []
    found: list[tuple[int, int]] = []
    for position in range(len(sent.tokens)):
        span = change_span(sent, position)
        if span is not None:
            verb = verb_above(sent, position)
            if verb is not None and verb > act and clause_mood(sent, verb) in TOLD and not (
                    _aimed_or_threshold(sent, span[1]) or _imagined(sent, span[1])
                    or _illustration(sent, span[1])):
                found = [item for item in found if not (span[0] <= item[0] and item[1] <= span[1])]
                if not any(first <= span[1] and span[0] <= last for first, last in found):
                    found.append(span)
            continue
        if not (_figure(sent, position) or _single(sent, position)):
            continue
        verb = verb_above(sent, position)
        if verb is None or verb <= act:
            continue
        mood = clause_mood(sent, verb)
        nil = (_nil(sent, position) or _single(sent, position)) and _past(sent, verb)
        if mood not in TOLD and not (nil and mood == "negated"):
            continue
        if _aimed_or_threshold(sent, position) or _imagined(sent, position) \
                or _illustration(sent, position):
            continue
        if not nil and _occasion(sent, position):
            continue  # "registered for two more courses": the occasions of the work
        if not (nil or _difference(sent, position, verb) or _restricted(sent, position, verb)
                or _set_against(sent, position, verb) or _standing_now(sent, verb, position)
                or _up_or_down(sent, position, verb) or _share_of_group(sent, position, verb)):
            continue
        first, last = _quantity(sent, position)
        if not any(first <= end and start <= last for start, end in found):
            found.append((first, last))
    spans = []
    for first, last in found:
        start, end = sent.tokens[first].start, sent.tokens[last].end
        spans.append((start, end, sent.text[start - sent.start:end - sent.start]))
    return spans


LEVEL_PREPS = frozenset({"at", "on"})
"""The prepositions that place a measure at a level ("was at 88", "finished on 412")."""


def _clock_hour(sent: Sentence, position: int) -> bool:
    """A bare whole figure no greater than 24 with no unit after it: read as a time of day."""
    following = sent.tokens[position + 1].lower if position + 1 < len(sent.tokens) else ""
    if following in MEASURE_WORDS or _rate_after(sent, position):
        return False
    text = sent.tokens[position].lower.replace(",", "")
    if text.isdigit():
        return int(text) <= HOURS_IN_DAY
    return text in SMALL_WORDS or text in {"thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                           "eighteen", "nineteen", "twenty"}


RATE_WORDS = frozenset({"a", "an", "per", "each", "every"})
"""Words that make a figure a rate when a unit of time follows them ("15 a week")."""


def _rate_after(sent: Sentence, position: int) -> bool:
    """The figure at ``position`` is a rate: "a", "per" or "every" and a unit of time follow it
    ("at 15 a week", "at 40 per day"), so it is no time of day."""
    after = [token.lower for token in sent.tokens[position + 1:position + 3]]
    return len(after) == 2 and after[0] in RATE_WORDS and after[1] in TIME_UNITS


HOURS_IN_DAY = 24
HOLDING_PREPS = frozenset({"at", "above", "below", "under", "over"})
"""The prepositions that place a measure held at a level ("stayed above 98%")."""


def _level_verb(sent: Sentence, verb: int, prep: int) -> bool:
    """``verb`` places a measure at the level its preposition ``prep`` carries: a verb of state
    on "at" or "on" ("was at 88"), or a verb of holding (``holding_verbs``) on "at", "above",
    "below", "under" or "over" ("stabilised at around 5,100", "stayed above 98%")."""
    lemma, word = sent.tokens[verb].lemma, sent.tokens[prep].lower
    if lemma in STATE_LEMMAS:
        return word in LEVEL_PREPS
    return lemma in outcome_words().holding_verbs and word in HOLDING_PREPS


def levels_reached(sent: Sentence) -> list[tuple[int, int, str]]:
    """The levels a sentence told as the story's outcome says a measure stood at: a figure
    under "at" or "on" hung on a verb of state (``grammar.STATE_LEMMAS``: "the night crew was at
    88", "we finished the year at 1.8 hours a stop", "we're at 9,400 members now"), or held at a
    level (``_level_verb``: "core subscriptions stabilised at around 5,100") in a clause
    told as having happened or standing now, as (start, end, quote); not the speaker's own load
    ("I was at 60 hours a week"), the state found on arrival, a time ("at 7:40", "at six"), an
    aim, a threshold or something imagined. Only the caller knows the sentence is told as the
    outcome, past the first act."""
    if not sent.parsed or len(sent.tokens) > MAX_TOKENS:
        return []
    found: list[tuple[int, int]] = []
    for position, token in enumerate(sent.tokens):
        if not _figure(sent, position) or token.lower in NIL_WORDS:
            continue
        noun = _counted(sent, position)
        if sent.tokens[noun].lower in TIME_UNITS or ":" in token.text or (
                noun == position and _clock_hour(sent, position)):
            continue  # "at six", "at 7:40", "at 10 in the morning": a time of day
        prep = sent.tokens[noun].head
        if sent.tokens[noun].dep != "pobj" or not 0 <= prep < len(sent.tokens):
            continue
        verb = sent.tokens[prep].head
        if not 0 <= verb < len(sent.tokens) or not _level_verb(sent, verb, prep):
            continue
        if clause_mood(sent, verb) not in TOLD or _subject(sent, verb) == "i" \
                or _found_on_arrival(sent, verb):
            continue
        _keep_quantity(sent, position, found)
    return _quoted(sent, found)
