"""Whether a quote the strength readers found shows the strength it would be praised for.

The readers in ``scoring.collect_signals`` find the speaker's acts and the figures of a result;
these gates, read from the dependency parse of the one sentence, hold back what the words do not
show:

- an own action is not a result claimed with "I" ("I cut clearance time from 4.1 days to 1.6"):
  the act is the means told with it ("by putting brokers on a single window"), quoted instead;
  nor a clause that depends on a condition ("if they still call me, I failed"), a practice
  repeated ("on every programme since, I put..."), a verb that tells nothing done ("I failed",
  "I avoided it"), a verb that names no act one could picture ("I prioritised", "I handled it"),
  an act on an uncounted many ("I managed many projects there"), an attempt ("I tried to bring
  some processes in"), nor the question's own words said back ("How do you set goals?" "I set
  ambitious goals");
- a number on the outcome is not a target still to be reached ("grow donors from 3,100 to 4,000
  by December"), a figure put forward ("I recommended a 20% cut"), the condition a practice
  waits for ("I don't sign until 95% of tests pass"), the listener's own figures ("your void
  turnaround is 41 days"), the state found on arrival ("when I got there the furnace was down
  11%") or already there before the story ("we'd sold something like forty thousand tickets"),
  the reason for a choice ("because they were 12% cheaper"), an aim moved ("I cut the target
  to 32"), the problem stated before the speaker's act in one sentence or another party's
  opening move the speaker answered ("costs were up 40%, so I brought in...", "they came in at
  twelve percent, we settled at seven": ``story_end.setup_clause``), nor a count of what the
  speaker acted on ("I closed two clinics") or of the work itself ("we trained 220 operators",
  "held 14 workshops": ``activity_count``), nor how often
  something is done, the speaker's own record or the speaker's means cut by someone else
  ("three times a shift", "I've worked in six countries", "head office cut my budget by 25%":
  ``outcome_count``);
- a lesson is not an opinion about lessons in general, a learning named with nothing said of
  what ("the one I learnt from"), a skill described as learnt ("Polish, which I learned at
  evening classes"), a plan or a job held with a "now" ("Right now I own the roadmap"), nor a
  charge against others put as a lesson ("you can't rely on other departments").

Each gate is a pure function of a parsed ``Sentence`` and positions in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from poise.analysis.activity_count import counts_activity
from poise.analysis.grammar import (
    ASPECT_LEMMAS,
    CAREER_NOUNS,
    CONDITION_MARKS,
    HABITUAL_ADVERBS,
    OUTSIDE_PEOPLE,
    PEOPLE_ROLES,
    SAME_FORM_PAST,
    SUBJECT_DEPS,
    TEAM_NOUNS,
    _ancestors,
    clause_head,
    clause_mood,
)
from poise.analysis.meaning import negated, subtree
from poise.analysis.outcome_count import counts_no_outcome
from poise.analysis.story_end import setup_clause

if TYPE_CHECKING:
    from poise.analysis.text import Sentence, Token

# Verbs that claim a change in a measure when it is quantified: "I reduced waiting time from 3.1
# days to 1.4", "I grew revenue from 31 to 44 million", "I got costs down by a fifth".
CHANGE_LEMMAS = frozenset({
    "reduce", "cut", "grow", "increase", "raise", "lift", "improve", "lower", "boost", "decrease",
    "shrink", "double", "halve", "triple", "take", "bring", "get", "drive", "push", "drop",
})
# Verbs that move a measure only with a "from ... to" (or "to ... from") of their own: "I took
# first-time fix from 74 to 88 percent" (not "I took two days off").
MOVING_LEMMAS = frozenset({"take", "bring", "get", "drive", "push"})
FRACTIONS = frozenset({"half", "third", "quarter", "fifth", "tenth", "double", "twice"})
# Clauses that are not the claim itself: a relative clause, the time or reason, another act.
SIDE_DEPS = frozenset({"relcl", "advcl", "conj", "acl", "ccomp", "parataxis", "appos"})
# Verbs that tell something not done, or done badly, however past: "I failed", "I avoided it".
NOT_DONE_LEMMAS = frozenset({"fail", "avoid", "complain", "neglect", "ignore", "hesitate",
                             "procrastinate"})
EVERY = frozenset({"every", "each"})
MEANS_LEAD = frozenset({"mainly", "mostly", "largely", "partly", "chiefly", "primarily", "simply",
                        "just", "all", "basically"})
# Verbs of arriving: the state told beside "when I got there" is the one found, not the result.
# Verbs a bare verb may hang from as something done through them: "I helped grow revenue".
CAUSING_HEADS = frozenset({"help", "make", "let", "have", "get", "see", "watch"})
ARRIVAL_LEMMAS = frozenset({"arrive", "join", "get", "start", "take", "come", "inherit", "move"})


def _is_figure(token: Token) -> bool:
    return token.tag == "CD" or any(char.isdigit() for char in token.text) or token.lower in FRACTIONS


def _means_prep(sent: Sentence, position: int) -> int | None:
    """The "by" under the verb at ``position`` that tells how, with a verb in -ing after it ("by
    changing the meeting", "by, uh, me renegotiating the contract"), if any."""
    for child in subtree(sent, position, skip=frozenset({"relcl", "acl", "ccomp"})):
        token = sent.tokens[child]
        if token.lower != "by" or token.dep not in {"prep", "agent"}:
            continue
        if any(sent.tokens[grand].tag == "VBG" for grand in sent.child_map[child]):
            return child
    return None


def outcome_claim(sent: Sentence, verb: Token) -> bool:
    """Whether "I <verb>" claims a change in a measure rather than telling an act: a verb of
    change whose own words carry a figure ("I reduced waiting time from 3.1 days to 1.4", "I got
    repeat faults down by a fifth"); not a means told after it, nor another clause."""
    if not sent.parsed or verb.lemma not in CHANGE_LEMMAS:
        return False
    position = sent.tokens.index(verb)
    means = _means_prep(sent, position)
    skipped = set(subtree(sent, means)) if means is not None else set()
    own = [item for item in subtree(sent, position, skip=SIDE_DEPS) if item not in skipped]
    lowers = {sent.tokens[item].lower for item in own}
    if verb.lemma in MOVING_LEMMAS and not ({"from", "to"} <= lowers or (
            verb.lemma == "get" and lowers & {"down", "up"})):
        return False  # "I took two days off", "I brought the whole concept in"
    return any(_is_figure(sent.tokens[item]) for item in own if item != position)


def _later_means(sent: Sentence, position: int) -> int | None:
    """A "by" with a verb in -ing later in the sentence, with no other subject between it and the
    verb at ``position`` (a misparse may hang it elsewhere: "I have reduced hostel stays from 14
    months to 8 by introducing...")."""
    for later in range(position + 1, len(sent.tokens)):
        token = sent.tokens[later]
        if token.pos == "PRON" and (token.dep in SUBJECT_DEPS or token.dep == "nsubjpass"):
            return None  # another clause with its own teller: "..., and we moved the picking by..."
        if token.lower == "by" and any(sent.tokens[grand].tag == "VBG" for grand in sent.child_map[later]):
            return later
    return None


def means_span(sent: Sentence, verb: Token) -> tuple[int, int] | None:
    """The words that tell how a claimed change was brought about ("mainly by changing the berth
    meeting to a daily one"), as character offsets, or None when the sentence tells none; a
    change joined to another ("I took X from 74 to 88 percent, mainly by..., and I got Y down")
    shares its means."""
    position = sent.tokens.index(verb)
    means = _means_prep(sent, position)
    if means is None:
        means = _later_means(sent, position)
    head = clause_head(sent, position)
    if means is None and head != position:
        means = _means_prep(sent, head)
    if means is None:
        return None
    inside = subtree(sent, means)
    first = means
    while first - 1 >= 0 and sent.tokens[first - 1].lower in MEANS_LEAD:
        first -= 1
    last = max(inside)
    # a word the parse left outside ("with the two team leads" read as a verb) up to the next stop
    while last + 1 < len(sent.tokens) and sent.tokens[last + 1].pos not in {"PUNCT", "CCONJ"} \
            and sent.tokens[last + 1].dep not in SUBJECT_DEPS:
        last += 1
    while last > means and sent.tokens[last].pos == "PUNCT":
        last -= 1
    return sent.tokens[first].start, sent.tokens[last].end


def _under_condition(sent: Sentence, position: int) -> bool:
    """Whether the clause at ``position`` is the consequence of a condition told beside it ("If
    they still call me in month twelve, I failed")."""
    head = clause_head(sent, position)
    # told before the clause: "I asked him if I could sit in" puts a question, not a condition
    return any(sent.tokens[child].dep == "advcl" and child < head and any(
        sent.tokens[grand].dep == "mark" and sent.tokens[grand].lower in CONDITION_MARKS
        for grand in sent.child_map[child]) for child in sent.child_map[head])


def _repeated(sent: Sentence, position: int) -> bool:
    """Whether the clause at ``position`` is said of every occasion since the story ("on every
    programme since", "each project since then"), a practice carried on rather than an event
    ("I met him every Friday" is one)."""
    head = clause_head(sent, position)
    inside = subtree(sent, head, skip=SIDE_DEPS)
    since = any(sent.tokens[item].lower == "since" and sent.tokens[item].dep in {"prep", "pcomp", "advmod"}
                for item in inside)
    every = any(sent.tokens[item].lower in EVERY and sent.tokens[item].dep == "det"
                and sent.tokens[sent.tokens[item].head].dep in {"pobj", "npadvmod"} for item in inside)
    return since and every


EMPTY_ACTED_ON = frozenset({"it", "this", "that", "everything"})
# Verbs whose words follow them, however the parse hangs them: "I said, look, this isn't realistic".
SAYING_LEMMAS = frozenset({"say", "tell", "ask", "answer", "reply", "write"})
# Adverbs that add nothing to what was done: "So I just changed it".
EMPTY_ADVERBS = frozenset({"so", "just", "then", "also", "really", "basically", "actually", "simply",
                           "only", "even", "again", "too", "finally", "eventually", "quickly"})
BARE_DEPS = frozenset({"nsubj", "aux", "neg", "punct", "cc", "advmod", "dobj", "intj"})


def _says_nothing_done(sent: Sentence, position: int) -> bool:
    """Whether "I <verb>" names no act one could picture: the verb alone ("I prioritised", "So I
    changed."), or with an object that points at nothing named ("I handled it", "So I stopped
    that"), and nothing else told with it: no particle, place, person, clause or joined verb."""
    if sent.tokens[position].lemma in SAYING_LEMMAS:
        return False
    # a clause spliced on before it is not what it did ("I was on call all weekend, I managed it")
    kids = [sent.tokens[child] for child in sent.child_map[position]
            if not (child < position and sent.tokens[child].dep in {"ccomp", "parataxis"})]
    bare = all(kid.dep in BARE_DEPS for kid in kids) and all(
        kid.lower in EMPTY_ACTED_ON for kid in kids if kid.dep == "dobj") and all(
        kid.lower in EMPTY_ADVERBS for kid in kids if kid.dep == "advmod")
    if not bare or not any(kid.dep == "dobj" for kid in kids):
        return bare
    # "it" names what the sentence told before it ("the pilot never got above 40%, and I closed
    # it"); only a sentence that is this clause alone points at nothing ("So I changed it.")
    return sent.tokens[position].dep == "ROOT" and len(subtree(sent, position)) == len(sent.tokens)


# Verbs of trying: "I tried to bring some processes in" tells an attempt, not what was done.
ATTEMPT_LEMMAS = frozenset({"try", "attempt"})


def _attempted(sent: Sentence, position: int) -> bool:
    """Whether the verb at ``position`` only tells an attempt at another ("I tried to give
    feedback regularly"); "I tried an outside coach for six months" tells what was done."""
    return sent.tokens[position].lemma in ATTEMPT_LEMMAS and any(
        sent.tokens[child].dep == "xcomp" for child in sent.child_map[position])


# Words that count what was acted on only as "a lot": "I managed many projects there".
MANY_WORDS = frozenset({"many", "several", "various", "numerous", "multiple", "countless",
                        "lots", "lot", "number", "dozens", "plenty"})


UNNAMED_AMOUNTS = frozenset({"lot", "lots", "plenty"})
"""Amounts that name no thing when they stand alone: "I took on a lot"."""


def _definite(sent: Sentence, preposition: int) -> bool:
    """Whether the noun under "of" at ``preposition`` is a known set: "of the lapsed donors"."""
    return any(sent.tokens[grand].lower in {"the", "our", "my", "these", "those", "their"}
               for child in sent.child_map[preposition] for grand in sent.child_map[child])


def _many_things(sent: Sentence, position: int) -> bool:
    """Whether "I <verb>" acts on an uncounted many ("I managed many projects there", "I led
    various initiatives", "I handled a lot of complaints"): a summary of a job, no one act one
    could picture. A number or a named thing is an act ("I closed two depots")."""
    for child in sent.child_map[position]:
        kid = sent.tokens[child]
        if kid.dep != "dobj":
            continue
        if kid.lower in MANY_WORDS and any(
                sent.tokens[grand].lower == "of" and not _definite(sent, grand)
                for grand in sent.child_map[child]):
            return True  # "a lot of complaints"; "many of the lapsed donors" is a known set
        if kid.lower in UNNAMED_AMOUNTS and not any(
                sent.tokens[grand].dep in {"prep", "relcl", "acl"} for grand in sent.child_map[child]):
            return True  # "I took on a lot", "I did plenty": nothing named at all
        if any(sent.tokens[grand].lower in MANY_WORDS and sent.tokens[grand].dep in {"amod", "det"}
               for grand in sent.child_map[child]):
            return True
    return False


def _unlike_anything(sent: Sentence, position: int) -> bool:
    """Whether "I <verb>" acts on a kind of thing only ranked against others, no one thing
    named: a bare plural object (no article, owner or count) with a comparison ("I handled
    situations far more difficult than anything you face"): a claim of capacity, not an act."""
    for child in sent.child_map[position]:
        kid = sent.tokens[child]
        if kid.dep != "dobj" or kid.tag != "NNS":
            continue
        kids = [sent.tokens[grand] for grand in sent.child_map[child]]
        if any(grand.dep in {"det", "poss", "nummod", "compound"} for grand in kids):
            continue
        # the comparison hangs on the object or, as the parser often puts it, on the verb
        ranked = [item for item in subtree(sent, child)] + [
            item for other in sent.child_map[position] if sent.tokens[other].dep == "advmod"
            for item in subtree(sent, other)]
        inside = [sent.tokens[item] for item in ranked]
        if any(item.tag in {"JJR", "RBR", "JJS", "RBS"} for item in inside) \
                and any(item.lower in {"than", "ever"} for item in inside):
            return True
    return False


ATTENDING_LEMMAS = frozenset({"attend", "participate"})
"""Verbs of being there, not of doing: "I attended the course", "I participated in the review"."""


def _attended(sent: Sentence, position: int) -> bool:
    """Whether "I <verb>" tells presence rather than an act: a verb of attending or "took part
    in" ("I took part in the leadership programme")."""
    token = sent.tokens[position]
    kids = [sent.tokens[child] for child in sent.child_map[position]]
    if token.lemma in ATTENDING_LEMMAS:
        return True
    return token.lemma == "take" and any(kid.dep == "dobj" and kid.lower == "part" for kid in kids)


ABSTRACT_OBJECTS = frozenset({"culture", "energy", "vision", "direction", "mentality", "mindset",
                              "environment", "atmosphere", "spirit", "ethos", "concept",
                              "relationship", "relationships", "rapport", "trust"})
"""What a leader may claim to have brought or built that no one could picture being done: "I
created the culture", "I brought a new energy", "I set the direction"."""
TURNING_PARTICLES = frozenset({"around", "round"})
TAKING_LEMMAS = frozenset({"take", "accept", "land", "get", "start"})
TAKEN_STANCES = frozenset({"view", "decision", "stance", "position", "approach", "line"})
"""What is taken without anything done: "I took the view that...", "I took a practical
decision" (the act, if any, is told elsewhere)."""


def _unpictured(sent: Sentence, position: int) -> bool:
    """Whether "I <verb>" claims a change with no act in it: a whole thing turned around ("I
    turned the business around": the result claimed, not what was done), an abstraction brought
    or built (``ABSTRACT_OBJECTS``), a job taken ("I took the general manager job": the career,
    not the story), or a view taken ("I took the view that...")."""
    token = sent.tokens[position]
    kids = [sent.tokens[child] for child in sent.child_map[position]]
    objects = [kid for kid in kids if kid.dep == "dobj"]
    # the particle after the object may be parsed as a preposition ("turned it around
    # single-handed"); a preposition with no object between it and the verb is a place
    # ("turned around the corner")
    if token.lemma == "turn" and any(
            kid.lower in TURNING_PARTICLES and (kid.dep in {"prt", "advmod"} or (
                kid.dep == "prep" and any(item.start < kid.start for item in objects)))
            for kid in kids):
        return True
    if objects and all(item.lemma in ABSTRACT_OBJECTS for item in objects):
        return True
    if token.lemma not in TAKING_LEMMAS:
        return False
    # a decision taken to someone ("I took that decision to the board") is an act
    carried = any(kid.dep in {"prep", "dative"} and kid.lower in {"to", "into", "before"} for kid in kids)
    # every object a job or a stance: "line" misread as a second object ("took the report apart
    # line by line") leaves the report taken apart, an act
    return bool(objects) and all(item.lemma in CAREER_NOUNS or (item.lemma in TAKEN_STANCES and not carried)
                                 for item in objects)


PLACEHOLDER_NOUNS = frozenset({"thing", "things", "something"})
"""Nouns that stand for acts still to be told: "So I changed two things." announces them."""
COUNTING_DEPS = frozenset({"det", "nummod", "amod", "compound", "advmod", "quantmod"})


def _announced(sent: Sentence, position: int) -> bool:
    """Whether "I <verb>" only announces acts told after it ("So I changed two concrete
    things", "I did a few things"): its object is a placeholder noun with nothing but a count
    or an adjective on it, and nothing else is told with the verb (no place, person, means or
    clause). "I changed two things in the rota" names where; it stays."""
    kids = [sent.tokens[child] for child in sent.child_map[position]]
    objects = [child for child in sent.child_map[position] if sent.tokens[child].dep == "dobj"]
    if len(objects) != 1 or sent.tokens[objects[0]].lower not in PLACEHOLDER_NOUNS:
        return False
    if any(sent.tokens[grand].dep not in COUNTING_DEPS for grand in sent.child_map[objects[0]]):
        return False
    return all(kid.dep in BARE_DEPS for kid in kids)


PLANNING_LEMMAS = frozenset({"plan", "intend", "resolve", "aim", "mean", "hope"})
"""Verbs of an act still to come: "I planned to move the launch", "I meant to call him". (A
decision told with its act, "I decided to convert two lanes", tells what was done.)"""


def _decided_only(sent: Sentence, position: int) -> bool:
    """Whether "I <verb>" only tells a plan or an intention to do something ("I planned to move
    the launch", "I meant to call him"): the act itself, if done, is told by another verb. "I
    planned the route" acts on something; it stays."""
    token = sent.tokens[position]
    if token.lemma not in PLANNING_LEMMAS:
        return False
    kids = [sent.tokens[child] for child in sent.child_map[position]]
    return not any(kid.dep == "dobj" for kid in kids) and any(
        kid.dep in {"xcomp", "ccomp"} or (kid.dep == "prep" and kid.lower == "on") for kid in kids)


ACTED_ON_DEPS = frozenset({"dobj", "dative", "prep", "ccomp", "xcomp", "advcl", "attr", "acomp",
                           "oprd", "agent"})


def _carried_on(sent: Sentence, position: int) -> bool:
    """Whether "I <verb>" only tells that the speaker kept on or got through ("I still managed to
    keep going", "I managed to cope"): a chain of verbs of managing or going on that ends in a
    verb acting on nothing, no thing, person, place or clause. "I managed to get the funding
    signed off" tells what was done; it stays."""
    if sent.tokens[position].lemma not in ASPECT_LEMMAS | {"manage"}:
        return False
    last = position
    while True:
        following = [child for child in sent.child_map[last]
                     if sent.tokens[child].dep == "xcomp" and sent.tokens[child].pos in {"VERB", "AUX"}]
        if not following:
            break
        last = following[0]
    if last == position:
        return False
    return not any(sent.tokens[child].dep in ACTED_ON_DEPS or (
        sent.tokens[child].dep == "prt" and sent.tokens[child].lower != "on")
        for child in sent.child_map[last])


PERCEIVING_LEMMAS = frozenset({"watch", "look", "listen", "see", "hear", "follow", "notice",
                               "observe", "admire", "browse"})
"""Verbs of taking in rather than doing: "I watched your programmes"."""


def _on_listeners(sent: Sentence, position: int) -> bool:
    """Whether "I <verb>" only takes in what belongs to the listener ("I watched your programmes
    as a student", "I looked at your numbers"): an impression of the employer, not something done
    in the speaker's own story. Work done on it ("I read your annual report", "I visited two of
    your stores") stays an act."""
    if sent.tokens[position].lemma not in PERCEIVING_LEMMAS:
        return False
    for child in sent.child_map[position]:
        kid = sent.tokens[child]
        nouns = [child] if kid.dep in {"dobj", "dative"} else [
            grand for grand in sent.child_map[child]
            if kid.dep == "prep" and sent.tokens[grand].dep == "pobj"]
        if any(sent.tokens[grand].dep == "poss" and sent.tokens[grand].lower in {"your", "yours"}
               for noun in nouns for grand in sent.child_map[noun]):
            return True
    return False


PRACTICE_ADVERBS = HABITUAL_ADVERBS | frozenset({"now", "nowadays"})
"""Adverbs that make a present verb a practice kept up ("I now set a review date", "she cuts
it, usually by half"), not something that happened."""


def practice_now(sent: Sentence, position: int, *,
                 adverbs: frozenset[str] = PRACTICE_ADVERBS) -> bool:
    """Whether the verb at ``position`` is in the present and marked as a practice kept up
    (``PRACTICE_ADVERBS`` in its own clause): what is done these days, not an event of the
    story; a present told plainly may be a story told in the present ("so I go to the
    director"), which stays."""
    token = sent.tokens[position]
    # "read", "set", "put": a past tag on the base form may be a present the tagger misread
    if token.tag not in {"VBP", "VBZ"} and not (token.tag == "VBD" and token.lower == token.lemma):
        return False
    inside = subtree(sent, position, skip=SIDE_DEPS)
    return any(sent.tokens[item].lower in adverbs and sent.tokens[item].dep == "advmod"
               for item in inside)


def act_shown(sent: Sentence, verb: Token) -> bool:
    """Whether a verb already read as the speaker's own act shows one: ``action_shown``, and
    neither a verb that names nothing done (``_says_nothing_done``), an attempt, an act on an
    uncounted many (``_many_things``) or on a kind only ranked against others
    (``_unlike_anything``), presence rather than an act (``_attended``), a practice kept up now
    (``practice_now``), a change claimed with no act in it (``_unpictured``), acts only
    announced (``_announced``), a plan or intention to act (``_decided_only``), an
    impression of the listener's own things (``_on_listeners``), nor only keeping on
    (``_carried_on``)."""
    if not sent.parsed:
        return True
    position = sent.tokens.index(verb)
    return action_shown(sent, verb) and not _says_nothing_done(sent, position) \
        and not _attempted(sent, position) and not _many_things(sent, position) \
        and not _unlike_anything(sent, position) and not _attended(sent, position) \
        and not practice_now(sent, position) and not _unpictured(sent, position) \
        and not _announced(sent, position) and not _decided_only(sent, position) \
        and not _on_listeners(sent, position) and not _carried_on(sent, position)


def action_shown(sent: Sentence, verb: Token) -> bool:
    """Whether "I <verb>", already read as a reported act, shows something the speaker did: not
    a consequence of a condition, a practice said of every occasion, nor a verb of something
    not done. (A claimed change is handled by ``outcome_claim`` and ``means_span``.)"""
    if not sent.parsed:
        return True
    if verb.lemma in NOT_DONE_LEMMAS:
        return False
    position = sent.tokens.index(verb)
    return not (_under_condition(sent, position) or _repeated(sent, position))


# --- numbers on the outcome -------------------------------------------------------------------


def _figure_at(sent: Sentence, start: int, end: int) -> int | None:
    inside = [position for position, token in enumerate(sent.tokens) if start <= token.start < end]
    for position in inside:
        if _is_figure(sent.tokens[position]):
            return position
    return inside[0] if inside else None


def _governing_verb(sent: Sentence, position: int) -> int | None:
    seen = set()
    current = position
    while 0 <= current < len(sent.tokens) and current not in seen:
        seen.add(current)
        token = sent.tokens[current]
        if current != position and (token.pos in {"VERB", "AUX"} or token.dep == "ROOT"):
            return current
        if token.head == current:
            return None
        current = token.head
    return None


def _subject(sent: Sentence, position: int) -> Token | None:
    for child in sent.child_map[position]:
        if sent.tokens[child].dep in SUBJECT_DEPS or sent.tokens[child].dep == "nsubjpass":
            return sent.tokens[child]
    return None


def _target(sent: Sentence, verb: int) -> bool:
    """Whether the verb at ``verb`` sets a target rather than reports one met: a bare verb with
    no subject of its own heading the sentence or naming a goal ("First, raise OEE from 71% to
    80% by Q4", "one headline goal: grow monthly donors from 3,100 to 4,000")."""
    token = sent.tokens[verb]
    bare = token.tag == "VB" or (token.lower in SAME_FORM_PAST and token.dep == "ROOT" and not any(
        sent.tokens[child].dep in SUBJECT_DEPS for child in sent.child_map[verb]))
    if not bare or token.dep not in {"ROOT", "appos", "conj", "ccomp", "parataxis"}:
        return False  # "Second, cut downtime by a third by mid-year": "cut" with no subject
    if token.dep == "conj":
        head = clause_head(sent, verb)
        if sent.tokens[head].tag in {"VBD", "VBN"} and any(
                item.text == ":" for item in sent.tokens[head:verb]):
            # "I set one goal: grow repeat customers from 1,200 to 2,000": the goal, spelled out
            return not any(kid.dep in SUBJECT_DEPS or kid.dep in {"aux", "auxpass"}
                           for kid in (sent.tokens[child] for child in sent.child_map[verb]))
        return _target(sent, head)
    if token.dep == "ccomp" and sent.tokens[token.head].lemma in CAUSING_HEADS:
        return False  # "I helped grow revenue from 3 to 5 million": done through others
    kids = [sent.tokens[child] for child in sent.child_map[verb]]
    return not any(kid.dep in SUBJECT_DEPS or kid.dep in {"aux", "auxpass", "nsubjpass"} for kid in kids)


def _listeners_subject(sent: Sentence, subject: Token) -> bool:
    if subject.lower in {"you", "yours"}:
        return True
    place = sent.tokens.index(subject)
    return any(sent.tokens[kid].lower == "your" and sent.tokens[kid].dep == "poss"
               for kid in sent.child_map[place])


def _listeners(sent: Sentence, verb: int) -> bool:
    """Whether the clause at ``verb`` measures the listener's organisation ("Your void turnaround
    is 41 days"): its subject is "you" or owned by "your", or the sentence reads the listener's
    market and tells nothing of the speaker's ("reach has dropped from 61% to 44%, and your
    audio is growing")."""
    subject = _subject(sent, verb)
    if subject is not None and _listeners_subject(sent, subject):
        return True
    subjects = [token for token in sent.tokens if token.dep in SUBJECT_DEPS or token.dep == "nsubjpass"]
    # "your audio is growing", not the "you" of "you know"
    return any(token.lower != "you" and _listeners_subject(sent, token) for token in subjects) \
        and not any(token.lower in {"i", "we"} or any(
            sent.tokens[kid].lower in {"my", "our"} for kid in sent.child_map[sent.tokens.index(token)])
            for token in subjects)


TIME_MARKS = frozenset({"when", "before", "until"})


def _in_time_clause(sent: Sentence, verb: int) -> bool:
    """Whether the clause at ``verb`` only sets the time ("When we grew from 45 to 120 people, I
    was the one who..."): the scene, not the outcome."""
    token = sent.tokens[verb]
    return token.dep == "advcl" and any(
        sent.tokens[child].dep in {"mark", "advmod"} and sent.tokens[child].lower in TIME_MARKS
        for child in sent.child_map[verb])


def _found_on_arrival(sent: Sentence, verb: int) -> bool:
    """Whether the clause at ``verb`` tells a state beside "when I got there", "when I joined":
    what the speaker found, the before of the story."""
    if sent.tokens[verb].lemma not in {"be", "have", "sit", "stand", "run"} or any(
            token.tag in {"JJR", "RBR"} for token in sent.tokens):
        return False  # "...better than the forecast when I arrived": a change measured against it
    for child in sent.child_map[verb]:
        clause = sent.tokens[child]
        if clause.dep != "advcl" or clause.lemma not in ARRIVAL_LEMMAS:
            continue
        marks = {sent.tokens[grand].lower for grand in sent.child_map[child]
                 if sent.tokens[grand].dep in {"mark", "advmod"}}
        subject = _subject(sent, child)
        if marks & {"when", "once"} and subject is not None and subject.lower in {"i", "we"}:
            return True
    return False


def _count_acted_on(sent: Sentence, figure: int) -> bool:
    """Whether the figure counts what the speaker's own verb acted on, with no change measured
    ("I closed two clinics", "I did two things"): the size of the act, not its outcome."""
    token = sent.tokens[figure]
    if token.dep != "nummod" or not 0 <= token.head < len(sent.tokens):
        return False
    noun = sent.tokens[token.head]
    if noun.dep != "dobj" or not 0 <= noun.head < len(sent.tokens):
        return False
    verb = noun.head
    subject = _subject(sent, verb) or _subject(sent, clause_head(sent, verb))
    if subject is None or subject.lower != "i":
        return False
    lowers = {sent.tokens[item].lower for item in subtree(sent, verb, skip=SIDE_DEPS)}
    if lowers & {"from", "by", "%", "percent", "per"} or noun.lower in {"percent", "points", "%"}:
        return False
    return not any(char in sent.tokens[figure].text for char in "$€£¥%")


# Words that date a state to a deadline reached: "by March we had cut it to 3 days", "within a
# year we'd grown it from 40 to 55": a pluperfect told as the result reached by then.
DEADLINE_PREPS = frozenset({"by", "within"})
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
REASON_MARKS = frozenset({"because", "since", "as"})


def _before_the_story(sent: Sentence, verb: int) -> bool:
    """Whether the clause at ``verb`` is in the past perfect with no deadline reached, what had
    already happened when the story starts ("we'd sold something like forty thousand tickets",
    "inspection had been reduced from two operators to one"): the set-up, not the outcome. "By
    June we had cut it to three days" is a result."""
    token = sent.tokens[verb]
    if token.tag != "VBN":
        return False
    auxes = [sent.tokens[child] for child in sent.child_map[verb]
             if sent.tokens[child].dep in {"aux", "auxpass"}]
    if not any((aux.lemma == "have" and aux.tag == "VBD") or aux.lower == "'d" for aux in auxes):
        return False
    if any((item.lower in DEADLINE_PREPS and item.dep in {"prep", "mark", "advmod"})
           or item.lower == "later" or YEAR_RE.match(item.text) for item in sent.tokens):
        return False  # "by June", "twelve months later", "in 2023": the result reached by then
    passive = any(aux.dep == "auxpass" for aux in auxes)
    lowers = {sent.tokens[item].lower for item in subtree(sent, verb, skip=SIDE_DEPS)}
    # a change the speaker's side made ("we had reduced waiting time from 9 days to 4") is a
    # result; one done to them ("inspection had been reduced from two operators to one") is not
    return passive or not ({"from", "to"} <= lowers or lowers & {"down", "up"})


AIM_NOUNS = frozenset({"target", "goal", "objective", "aim", "kpi", "quota", "ambition"})
"""What a figure can set rather than reach: "I cut the target to 32" moves the aim itself."""
REACHING_AIM = frozenset({"beat", "exceed", "hit", "meet", "reach", "miss", "pass", "surpass",
                          "smash", "achieve", "make", "clear"})
"""Verbs that measure the work against an aim ("beat the target by 12%"): a result, not an aim
moved."""


def _aim_moved(sent: Sentence, verb: int) -> bool:
    """Whether the verb at ``verb`` acts on an aim and is not one of reaching it: "in July I cut
    the target to 32", "we raised the goal from 40 to 55" move what was wanted, not what came."""
    if sent.tokens[verb].lemma in REACHING_AIM:
        return False
    for kid in sent.child_map[verb]:
        item = sent.tokens[kid]
        if item.dep in {"dobj", "nsubjpass"} and (
                item.lemma in AIM_NOUNS or item.lower.removesuffix("s") in AIM_NOUNS):
            return True
    return False


def _reason_for_choice(sent: Sentence, verb: int) -> bool:
    """Whether the clause at ``verb`` is a state given as the reason for a choice ("I approved
    the new supplier because they were 12% cheaper"): why it was done, not what came of it."""
    token = sent.tokens[verb]
    return token.lemma == "be" and token.dep == "advcl" and any(
        sent.tokens[child].dep == "mark" and sent.tokens[child].lower in REASON_MARKS
        for child in sent.child_map[verb])


# Verbs that put a figure forward rather than report it reached: "I recommended a 20% cut in
# hours", "we forecast 12 percent growth", "I asked for a 5% rise".
PROPOSING_LEMMAS = frozenset({"recommend", "propose", "suggest", "request", "ask", "plan",
                              "promise", "pitch", "forecast", "budget", "target", "aim", "expect"})
# Marks of a clause that sets the condition of a practice when the main clause is denied: "I
# don't sign off until 95 percent of the tests pass".
CONDITION_OF_PRACTICE = frozenset({"until", "unless", "till"})


def _denied(sent: Sentence, position: int) -> bool:
    """Whether the clause at ``position`` (or the verbs it complements: "don't start cutting") is
    denied."""
    heads = {position, clause_head(sent, position)}
    current = position
    while sent.tokens[current].dep in {"xcomp", "conj"} and sent.tokens[current].head not in heads:
        current = sent.tokens[current].head
        heads.add(current)
    return any(negated(sent, head) for head in heads)


def _condition_of_practice(sent: Sentence, figure: int) -> bool:
    """Whether the figure sits in an "until"/"unless" clause hanging from a denied clause: the
    condition a practice waits for ("I don't start cutting steel until the design is 90 percent
    frozen"), not something reached."""
    for position, token in [(figure, sent.tokens[figure]), *_ancestors(sent, figure)]:
        if token.dep == "advcl" and any(
                sent.tokens[child].dep == "mark" and sent.tokens[child].lower in CONDITION_OF_PRACTICE
                for child in sent.child_map[position]):
            return _denied(sent, token.head)
    return False


PAY_LEMMAS = frozenset({"earn"})
PAY_NOUNS = frozenset({"salary", "base", "package", "pay", "bonus", "compensation",
                       "remuneration", "wage", "wages", "allowance", "ctc", "income", "stipend"})
AGE_COMPARATIVES = frozenset({"older", "younger"})


def _own_pay(sent: Sentence, figure: int) -> bool:
    """Whether the figure is what someone is paid ("I currently earn £68,000 base", "my package
    is £95,000"): a salary stated, never the outcome of a story."""
    verb = _governing_verb(sent, figure)
    if verb is not None and sent.tokens[verb].lemma in PAY_LEMMAS:
        return True
    current = figure
    for _ in range(3):  # the noun the figure counts: "£68,000 base", "a 10% bonus"
        token = sent.tokens[current]
        if token.lower in PAY_NOUNS:
            return True
        if token.dep not in {"nummod", "nmod", "compound", "quantmod"} or token.head == current:
            break
        current = token.head
    if verb is not None and sent.tokens[figure].dep == "attr":  # "my package is £95,000"
        subject = _subject(sent, verb)
        return subject is not None and subject.lower in PAY_NOUNS
    return False


def _age_gap(sent: Sentence, figure: int) -> bool:
    """Whether the figure measures how much older or younger someone is ("he is sixteen years
    older than me"): a fact about a person in the story, never its outcome."""
    years = sent.tokens[sent.tokens[figure].head] if sent.tokens[figure].dep == "nummod" else None
    if years is None or years.lower not in {"year", "years"} or not 0 <= years.head < len(sent.tokens):
        return False
    return sent.tokens[years.head].lower in AGE_COMPARATIVES


def _imagined(sent: Sentence, figure: int) -> bool:
    """Whether the figure sits in a clause told as a condition or under one, not as what
    happened: a condition or the words it puts ("if I said we cut it to zero"), a wish, or the
    consequence a condition would bring ("if I had stayed, I would have cut it by half"). A
    "would" of the past's own future ("I knew it would save 40 hours") or a counterfactual
    cost avoided ("the damages, which would have been 210,000") is neither."""
    for position, token in [(figure, sent.tokens[figure]), *_ancestors(sent, figure)]:
        if token.pos not in {"VERB", "AUX"}:
            continue
        mood = clause_mood(sent, position)
        if mood == "conditional" or (mood == "hypothetical" and _under_condition(sent, position)):
            return True
    return False


def outcome_shown(sent: Sentence, start: int, end: int, *, story_begun: bool = False) -> bool:
    """Whether the figure at [start, end), already read as a number on the outcome, shows one:
    not a target, a figure put forward ("I recommended a 20% cut"), the condition a practice
    waits for, the listener's figures, the state found on arrival or already there before the
    story, the reason for a choice, an aim moved ("I cut the target to 32"), a practice kept up
    (``practice_now`` with a habitual adverb:
    "she cuts it, usually by half"; "retention is now over 80 percent" is a state reached), nor
    the count of what the speaker acted on, nor a figure in a clause only imagined (``_imagined``:
    "if I said we cut it to zero", "I would have cut it by half"), nor of the occasions held or
    the people reached
    (``activity_count``: "we trained 220 operators", "held 14 workshops"), nor how often, the
    speaker's own record or the speaker's means cut by someone else (``outcome_count``: "three
    times a shift", "I've worked in six countries", "head office cut my budget by 25%").
    ``story_begun``: the sentence comes after the story's first act, so a clause handed on by
    "so" to a further step is what the work came to (``story_end.setup_clause``)."""
    if not sent.parsed:
        return True
    figure = _figure_at(sent, start, end)
    if figure is None:
        return True
    if _count_acted_on(sent, figure) or counts_activity(sent, figure) \
            or counts_no_outcome(sent, figure) or _condition_of_practice(sent, figure) \
            or setup_clause(sent, figure, story_begun=story_begun) or _own_pay(sent, figure) \
            or _age_gap(sent, figure) or _imagined(sent, figure):
        return False
    verb = _governing_verb(sent, figure)
    if verb is None:
        return True
    return not (_target(sent, verb) or sent.tokens[verb].lemma in PROPOSING_LEMMAS
                or practice_now(sent, verb, adverbs=HABITUAL_ADVERBS) or _listeners(sent, verb)
                or _found_on_arrival(sent, verb)
                or _in_time_clause(sent, verb) or _before_the_story(sent, verb)
                or _reason_for_choice(sent, verb) or _aim_moved(sent, verb))


# --- lessons ----------------------------------------------------------------------------------

OPINION_LEMMAS = frozenset({"think", "guess", "suppose", "believe", "reckon"})
LEARNING_LEMMAS = frozenset({"lesson", "learn", "learnt", "takeaway"})
OWNING_WORDS = frozenset({"me", "my", "myself", "our", "us"})


def lesson_shown(sent: Sentence) -> bool:
    """Whether a sentence read as a lesson says one the speaker holds rather than an opinion
    about lessons in general: "I think in such projects the lesson is that..." is a view; "I
    think the lesson for me was..." and "What I learned is you win with preparation" are the
    speaker's (a maxim told as what was learned is still a lesson drawn)."""
    if not sent.parsed:
        return True
    words = {token.lemma for token in sent.tokens} | {token.lower for token in sent.tokens}
    if not words & LEARNING_LEMMAS:
        return True
    root = next((position for position, token in enumerate(sent.tokens) if token.dep == "ROOT"), None)
    if root is None or sent.tokens[root].lemma not in OPINION_LEMMAS:
        return True
    subject = _subject(sent, root)
    if subject is None or subject.lower != "i":
        return True
    # the clause the opinion frames names no one it is the speaker's lesson for
    framed = [sent.tokens[item] for child in sent.child_map[root] if sent.tokens[child].dep == "ccomp"
              for item in subtree(sent, child)]
    return bool({token.lower for token in framed} & OWNING_WORDS) or not framed


# What "learned" may take as an object without saying what was learned: "I learned a lot".
EMPTY_OBJECTS = frozenset({"it", "this", "that", "lot", "something", "much", "thing", "things",
                           "which", "what", "one", "lots", "plenty", "me", "us"})
AS_LEARNING_MARKS = frozenset({"as", "while", "when", "if", "until"})


def _learning_words(sent: Sentence) -> list[int]:
    """The positions of the words that name a learning: "learn", "teach", "lesson", "takeaway",
    "take ... from/away"."""
    found = []
    for position, token in enumerate(sent.tokens):
        named = token.lemma in LEARNING_LEMMAS or token.lower in LEARNING_LEMMAS \
            or token.lemma == "teach" or token.lower in {"takeaways", "lessons"}
        taken = token.lemma == "take" and any(sent.tokens[child].lower in {"from", "away"}
                                              for child in sent.child_map[position])
        if named or taken:
            found.append(position)
    return found


def _learning_aside(sent: Sentence, position: int) -> bool:
    """Whether the learning word at ``position`` only times another clause ("adjust the plan as
    we learn", "while I was learning the job"): no lesson is named."""
    token = sent.tokens[position]
    return token.pos == "VERB" and token.dep == "advcl" and any(
        sent.tokens[child].dep in {"mark", "advmod"} and sent.tokens[child].lower in AS_LEARNING_MARKS
        for child in sent.child_map[position])


def _skill_learnt(sent: Sentence, position: int) -> bool:
    """Whether the learning verb at ``position`` only describes a thing as learnt ("a good basic
    Polish, which I learned in an evening course"): a relative clause on a noun that names no
    lesson, so a skill or a fact, not a lesson drawn."""
    token = sent.tokens[position]
    if token.pos == "VERB" and _learnt_in_setting(sent, position):
        return True
    if token.pos != "VERB" or token.dep != "relcl" or not 0 <= token.head < len(sent.tokens):
        return False
    noun = sent.tokens[token.head]
    return noun.lemma not in LEARNING_LEMMAS and noun.lower not in {"takeaways", "lessons"} \
        and noun.lower not in EMPTY_OBJECTS


SETTING_PREPS = frozenset({"at", "in", "during"})
THING_PRONOUNS = frozenset({"it", "them"})


def _learnt_in_setting(sent: Sentence, position: int) -> bool:
    """Whether the learning verb at ``position`` names a thing learnt where or when it was learnt
    ("Russian I speak well, I learned it at school"; "I learned the trade in my uncle's garage"):
    an object that is a thing (a pronoun for one, or a noun naming no lesson), a place or a time
    of learning, and no clause saying what was learnt. A skill acquired, not a lesson drawn; "I
    learned it from my first boss" (a person) and "I learned that ..." stay lessons."""
    tokens = sent.tokens
    kids = [tokens[child] for child in sent.child_map[position]]
    # a clause after the verb says what was learnt; one fronted before it is what the thing is
    # ("Russian I speak well, I learned it ...")
    if tokens[position].lemma != "learn" or any(
            kid.dep in {"ccomp", "xcomp"} for child, kid in zip(sent.child_map[position], kids,
                                                                  strict=True) if child > position):
        return False
    objects = [kid for kid in kids if kid.dep == "dobj"]
    thing = bool(objects) and all(
        item.lower in THING_PRONOUNS or (item.pos in {"NOUN", "PROPN"} and item.lemma not in
                                         LEARNING_LEMMAS and item.lower not in EMPTY_OBJECTS
                                         and item.lower not in {"takeaways", "lessons"})
        for item in objects)
    settings = [*kids, *(tokens[child] for item in objects
                         for child in sent.child_map[tokens.index(item)])]
    return thing and any(kid.dep == "prep" and kid.lower in SETTING_PREPS for kid in settings)


SUBORDINATE_DEPS = frozenset({"advcl"})
PLAN_MODALS = frozenset({"would", "'d", "could", "should", "might"})
# Verbs that tell a job held, not a practice: "Right now I own the roadmap".
ROLE_HELD = frozenset({"own", "head", "oversee", "chair", "manage", "lead"})


def _no_practice(sent: Sentence) -> bool:
    """Whether every clause with "I" or "we" as its subject tells a state, a job held, something in
    progress or a plan rather than what the speaker does now ("That is one reason I am looking
    now", "Right now I own the roadmap", "I would keep the board informed"); False when no such
    clause is told."""
    tokens = sent.tokens
    told = False
    for token in tokens:
        if token.lower not in {"i", "we"} or token.dep not in SUBJECT_DEPS \
                or not 0 <= token.head < len(tokens):
            continue
        head = token.head
        verb = tokens[head]
        if tokens[clause_head(sent, head)].dep in SUBORDINATE_DEPS:
            continue  # "as we learn", "when we meet": the time of the clause it hangs from
        told = True
        auxes = [tokens[child] for child in sent.child_map[head] if tokens[child].dep == "aux"]
        if not (verb.lemma == "be" or verb.lemma in ROLE_HELD or verb.tag == "VBG"
                or any(aux.lower in PLAN_MODALS for aux in auxes)):
            return False
    return told


def _nothing_after(sent: Sentence, position: int) -> bool:
    """Whether the learning verb at ``position`` says nothing of what was learned: no clause or
    named thing under it and nothing told after it ("The second one is the one I learnt from.")."""
    token = sent.tokens[position]
    if token.pos != "VERB":
        return False
    for child in sent.child_map[position]:
        kid = sent.tokens[child]
        if kid.dep in {"dobj", "dative"} and kid.lower not in EMPTY_OBJECTS:
            return False  # "it taught me patience"
        if kid.dep not in {"nsubj", "aux", "neg", "advmod", "punct", "prep", "dobj", "dative"} or (
                kid.dep == "prep" and kid.lower != "from"):
            return False  # a clause, a topic, another verb joined to it
    last = max(subtree(sent, position))
    return all(item.pos in {"PUNCT", "SPACE"} for item in sent.tokens[last + 1:])


PEOPLE_NOUNS = PEOPLE_ROLES | TEAM_NOUNS | OUTSIDE_PEOPLE


def _people(token: Token) -> bool:
    """Whether the noun names people or a group of them (its plural too: "departments")."""
    return token.lower in PEOPLE_NOUNS or token.lemma in PEOPLE_NOUNS or (
        token.lower.endswith("s") and token.lower[:-1] in PEOPLE_NOUNS)


def _criticism(sent: Sentence) -> bool:
    """Whether the learning a sentence names is a charge against other people: a group denied
    as what one can lean on ("the lesson I took is that our finance department cannot be relied
    on", "it taught me you can't rely on other departments"). "It taught me you can't assume
    everyone works the way you do" and "credit unions don't have a product problem" are lessons."""
    for position, token in enumerate(sent.tokens):
        if token.pos not in {"VERB", "AUX"} or token.dep not in {"ccomp", "xcomp", "conj"}:
            continue
        kids = [sent.tokens[child] for child in sent.child_map[position]]
        if not any(kid.dep == "neg" or kid.lower == "never" for kid in kids):
            continue
        held = [kid for kid in kids if kid.dep == "nsubjpass"]
        held += [sent.tokens[grand] for kid in kids if kid.dep == "prep"
                 for grand in sent.child_map[sent.tokens.index(kid)] if sent.tokens[grand].dep == "pobj"]
        if any(_people(item) for item in held):
            return True
    return False


def lesson_quote_shown(sents: list[Sentence]) -> bool:
    """Whether a quote read as a lesson (one sentence, or two told together) says one. Not a
    learning named with nothing said of what ("The second one is the one I learnt from"), nor,
    where no learning is named (or one only times a plan: "adjust the plan as we learn"), a
    sentence whose speaker only tells a state, a job held, something in progress or a plan ("That
    is one reason I am looking now", "Right now I own the roadmap", "I would keep the board
    informed"); nor a charge against others put as a lesson (``_criticism``); and every sentence
    passes ``lesson_shown``."""
    parsed = [sent for sent in sents if sent.parsed]
    if not parsed:
        return True
    if not all(lesson_shown(sent) for sent in parsed):
        return False
    named = [(sent, position) for sent in parsed for position in _learning_words(sent)
             if not _learning_aside(sent, position)]
    if named and all(_skill_learnt(sent, position) for sent, position in named):
        return False  # a skill or a fact described as learnt, no lesson drawn
    if any(_criticism(sent) for sent, _position in named):
        return False  # a charge against others put as a lesson
    if named:
        return len(parsed) > 1 or not all(_nothing_after(sent, position) for sent, position in named)
    return not all(_no_practice(sent) for sent in parsed)


POINTING = frozenset({"it", "them", "these", "those", "this", "that"})


def echoes_question(sent: Sentence, verb: Token, asked: frozenset[str],
                    stem: Callable[[str], str]) -> bool:
    """Whether "I <verb> <object>" only says back what the question asked ("How do you set goals?"
    "I set ambitious but realistic goals"; "What target did you set?" "I set it as 25 percent"):
    the verb and every object are the question's words (or point back at them), and no figure
    says what the act was. ``asked`` holds the question's words as ``stem`` reads them."""
    if not sent.parsed or stem(verb.lemma.lower()) not in asked:
        return False
    position = sent.tokens.index(verb)
    objects = [sent.tokens[child] for child in sent.child_map[position] if sent.tokens[child].dep == "dobj"]
    if not objects or not all(item.lower in POINTING or stem(item.lemma.lower()) in asked
                              or stem(item.lower) in asked for item in objects):
        return False
    return not any(_is_figure(sent.tokens[item]) for item in subtree(sent, position, skip=SIDE_DEPS)
                   if item != position)
