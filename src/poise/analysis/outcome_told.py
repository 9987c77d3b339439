"""Whether a story says how it came out, as a coach hears it: a result told, not activity.

A sentence the structure labels as the result is not always one. The labeller gives the role to
a sentence with a result word or a number once the actions have begun, and a coach does not
count most of those: the scale of what was done ("we took it live across thirty-eight
branches"), the effort it took ("it took almost six months of my time"), a figure of the set-up
("the council cut our grant by 40 per cent", before anything was done) or an aim ("I set a
target of 94%, up from 88%"). What a coach counts as the story's outcome is one of:

- a figure that measures a result past the set-up, as praise reads it
  (``Sentence.outcome_numbers``, a multiple or fraction in words (``figures.word_figures``), the
  wider reading (``figures.result_numbers``), a level reached later (``grammar.later_state``),
  a figure moved by a verb of change (``structure.figure_moved``), or one the shipped outcome
  reader hears in a sentence told as the outcome (``praise_model.heard_outcomes``)), not in a
  sentence that names an aim, nor a count of the work done ("we trained 220 operators", "held
  14 workshops": ``activity_count``), nor how often, the speaker's own record or the speaker's
  means cut by someone else ("three times a shift", "my budget was cut by a fifth":
  ``outcome_count``);
- a change told in the parse, in a sentence past the set-up: a clause whose subject is not the
  speaker and whose verb reports a change of state ("complaints stopped", "churn fell"), how it
  came out ("we ended up keeping both"), a consequence hung on an act ("which
  brought the start forward eight months"), a state compared with before ("the team seemed
  more engaged"), nothing lost ("we did not miss a single deadline"), a lasting absence
  ("not one complaint since"), a time after which something stood ("Within six months..."), a
  state reached by a time inside the sentence ("...; by the spring it was gone", ``reached_by``)
  or a measure that landed at a figure ("the March close came in at four days", ``landed_at``);
- an outcome said without a number: a change told of something other than the speaker
  ("turnover has come down", "the backlog was cleared"; not the reach of a roll-out), a person
  promoted or kept ("two of them are now team leaders", "seven are still with us"), a change
  named as what was seen ("the inspectors noticed the improvement"), a measure standing lower or
  higher ("delays are down"), a state compared with a named before ("the stores look better
  than they did"), an aim told as met ("at 94 percent of target"), or how it ended, told of
  someone or something else ("In the end the client stayed"; not "the project finished");
- the work taken up by others ("two other depots have copied it", ``taken_up``) or a thing made
  still standing ("the rota is still how the centre runs callbacks", ``still_in_use``).

- a figure told against a before ("zero failures, from four the year before"), a verb of change
  carrying a figure wherever the parser hung it, or a level reached ("he got to 8.2"), past the
  first act (``story_end``);
- a quantity told as the result in plain words, past the first act or in a clause after it in
  the same sentence: a nil ("zero lost pallets the next year"), a difference ("two more
  contracts"), a count held down by "only", a figure set against the one it beat ("91 percent,
  not 97"), a level standing now, or a change with no verb of change ("from forty minutes down
  to twelve") (``result_quantity``).

A "turned out" that introduces what was found ("turned out he was being squeezed by the sales
side": ``found_out``) tells a cause uncovered, not how the story came out; nor is a vague thing
reached by a time ("things settled down by February") a state reached.

A sentence whose only content is a verdict on how it went ("the feedback was really positive",
"in the end he understood who was in charge": ``claimed_result.claimed``), or a change told only
of a vague thing ("things were better", "it paid off", "the relationship continued":
``story_end.vague_change``), is none of these, whatever its opening; nor is a figure in the
clause that states the problem the first act answers ("costs were up 40%, so I brought in a
consultancy": ``story_end.setup_clause``).

``structure.no_result`` and ``meaning.no_result`` stay silent only when one of these is told.
The word classes the readers compare lemmas against (``speaker_words``, ``achieving_verbs``...)
live in content/outcome_words.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from poise.analysis import praise_model
from poise.analysis.activity_count import counts_activity_at
from poise.analysis.claimed_result import TAKING_UP_LEMMAS, claimed
from poise.analysis.figures import result_numbers, word_figures
from poise.analysis.grammar import AIM_LEMMAS as WANTING_LEMMAS
from poise.analysis.grammar import (
    CHANGE_NOUNS,
    PEOPLE_ROLES,
    TEAM_NOUNS,
    TIME_UNITS,
    aim_met,
    clause_mood,
    later_state,
    verb_above,
)
from poise.analysis.meaning import sentiment_lexicon, subtree
from poise.analysis.outcome_count import counts_no_outcome_at
from poise.analysis.result_quantity import levels_reached, result_quantities
from poise.analysis.scoring import first_act as first_act_of
from poise.analysis.story_end import (
    change_with_figure,
    figure_against_before,
    level_reached,
    setup_figures,
    vague_change,
    vague_noun,
)
from poise.analysis.structure import (
    AIM_LEMMAS,
    DIRECTIONS,
    LINKING_LEMMAS,
    LOSS_LEMMAS,
    MOVING_LEMMAS,
    OUTCOME_OPENING_RE,
    YEAR_RE,
    Role,
    Shape,
    _heads,
    changed_state,
    compared_state,
    consequence,
    figure_moved,
    none_lost,
    nothing_since,
    settled,
)
from poise.analysis.text import AnalysedText, Sentence, Token
from poise.content.word_classes import outcome_words as _words

DERIVED = "outcome_told"


def _aims(sent: Sentence) -> bool:
    """The sentence names an aim ("a target of 30%", "the goal was to halve it"): its figures
    say what was wanted, not what came of it; not an aim told as reached or held against
    ("attendance beat target by 30%", "the branch was at 94 percent of target")."""
    return any(token.lemma in AIM_LEMMAS and not (sent.parsed and aim_met(sent, token))
               for token in sent.tokens)


def not_outcome_at(sent: Sentence, start: int, end: int) -> bool:
    """The figure quoted at [start, end) counts the work done (``activity_count``), how often,
    the speaker's own record or the speaker's means cut by someone else (``outcome_count``)."""
    return counts_activity_at(sent, start, end) or counts_no_outcome_at(sent, start, end)


def _measured(sent: Sentence, first_act: int | None) -> bool:
    """A figure in the sentence measures a result (see the module doc); not one in the clause
    that states the problem the speaker then acted on (``story_end.setup_clause``)."""
    if sent.index == first_act and setup_figures(sent):
        return False  # "energy costs were up 40%, so I brought in a consultancy"
    if any(not not_outcome_at(sent, start, end) for start, end, _quote in
           [*sent.outcome_numbers, *word_figures(sent), *result_numbers(sent)]):
        return True
    if sent.index > 0 and figure_moved(sent) and not _only_spans_of_work(sent):
        return True
    if first_act is not None and sent.index > first_act and (
            figure_against_before(sent) or change_with_figure(sent) or level_reached(sent)):
        return True
    if first_act is not None and sent.index >= first_act and any(
            not not_outcome_at(sent, start, end) for start, end, _quote in result_quantities(
                sent, after_act=sent.index == first_act)):
        return True  # "zero lost parcels the next year", "two more orders", "only 12 cancelled"
    return first_act is not None and sent.index > first_act and any(
        later_state(sent, *item) for item in sent.numbers)


def landed_on(sent: Sentence) -> bool:
    """The speaker's side "ended up with" a thing, no figure in it: "we went through a selection
    process and ended up with a national provider" tells the choice landed on, a step of the
    story, not what came of it ("we ended up with 20% fewer returns" measures one)."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma != "end":
            continue
        kids = sent.child_map[position]
        if not any(sent.tokens[kid].lower == "up" for kid in kids):
            continue
        subjects = [sent.tokens[kid] for kid in kids if sent.tokens[kid].dep == "nsubj"]
        if not subjects and token.dep == "conj" and 0 <= token.head < len(sent.tokens):
            subjects = [sent.tokens[kid] for kid in sent.child_map[token.head]
                        if sent.tokens[kid].dep == "nsubj"]
        if not any(kid.lower in _words().speaker_words for kid in subjects):
            continue
        for kid in kids:
            if sent.tokens[kid].lower == "with" and sent.tokens[kid].dep == "prep" and not any(
                    sent.tokens[item].tag == "CD" for item in subtree(sent, kid)):
                return True
    return False


def found_out(sent: Sentence) -> bool:
    """Every "turned out" of the sentence introduces what was found ("turned out he was being
    squeezed by the sales side", "it turned out that the pumps had been set wrong"): a clause
    with its own subject as its complement tells a cause uncovered, not how things came out
    ("it turned out well"); a result inside that clause is read by the other readers."""
    if not sent.parsed:
        return False
    tokens = sent.tokens

    def kids(position: int) -> list[int]:
        return [item for item, token in enumerate(tokens) if token.head == position != item]

    turns = [position for position, token in enumerate(tokens)
             if token.lemma == "turn" and any(tokens[kid].lower == "out" for kid in kids(position))]
    def found(position: int) -> bool:
        if any(tokens[kid].dep in {"ccomp", "xcomp", "advcl"} and any(
                tokens[grand].dep in {"nsubj", "nsubjpass", "mark"} for grand in kids(kid))
                for kid in kids(position)):
            return True
        # "Turned out he was being pushed": the parser may hang the opening on the clause found
        head = tokens[position].head
        return tokens[position].dep in {"advcl", "parataxis"} and position < head < len(tokens) \
            and any(tokens[kid].dep in {"nsubj", "nsubjpass"} for kid in kids(head))

    return bool(turns) and all(found(position) for position in turns)


def span_of_time(sent: Sentence, position: int) -> bool:
    """The figure at ``position`` counts a span of time hung on "for": how long something lasted
    ("I stopped the project for three weeks"), not how far a measure moved."""
    unit = sent.tokens[position].head
    if not 0 <= unit < len(sent.tokens) or sent.tokens[unit].lower not in TIME_UNITS:
        return False
    prep = sent.tokens[unit].head
    return 0 <= prep < len(sent.tokens) and sent.tokens[unit].dep == "pobj" \
        and sent.tokens[prep].lower == "for"


def _only_spans_of_work(sent: Sentence) -> bool:
    """Every figure in the sentence (not a year) is a span of time something lasted or a count
    of the work done (``activity_count``): "I stopped the project for three weeks", "we ran 40
    toolbox talks". A verb of change above such a figure measures no change."""
    figures = [position for position, token in enumerate(sent.tokens)
               if token.tag == "CD" and not YEAR_RE.match(token.lower)]
    return bool(figures) and all(
        span_of_time(sent, position) or counts_activity_at(sent, sent.tokens[position].start,
                                                             sent.tokens[position].end)
        for position in figures)


def _changed(sent: Sentence, *, means_asked: bool = True) -> bool:
    """A change, a settling, a consequence or a lasting state told in the sentence's parse; not
    one told only of a vague thing ("things were better", ``story_end.vague_change``)."""
    if vague_change(sent):
        return False
    return bool(OUTCOME_OPENING_RE.search(sent.text) or changed_state(sent)
                or (settled(sent) and not landed_on(sent) and not found_out(sent)) or consequence(sent)
                or compared_state(sent) or none_lost(sent)
                or absence_since(sent) or achieved(sent, means_asked=means_asked)
                or met_deadline(sent) or regained(sent)
                or new_role(sent) or _promoted_unattached(sent) or came_through(sent)
                or (LATER_OPENING_RE.search(sent.text) and not _speaker_acts(sent))
                or instead(sent) or moved_to(sent) or changed_by_others(sent) or state_now(sent)
                or change_seen(sent) or down_or_up(sent) or better_than_before(sent)
                or reached_by(sent) or landed_at(sent) or taken_up(sent) or still_in_use(sent)
                or (ENDING_OPENING_RE.search(sent.text) and not _speaker_acts(sent)
                    and _told_main(sent)))


NEGATIONS = frozenset({"not", "n't", "no", "never", "none", "nothing"})


def absence_since(sent: Sentence) -> bool:
    """A lasting absence (``structure.nothing_since``: "not one complaint since", "we haven't
    lost a shift since") whose denial sits in the clause the closing "since" belongs to: not a
    lesson applied since with a "not" in another clause ("you need to be ready and not to be
    afraid, and I have applied this since then")."""
    if not nothing_since(sent):
        return False
    if not sent.parsed:
        return True
    since = [position for position, token in enumerate(sent.tokens) if token.lower == "since"]
    clauses = {verb_above(sent, position) for position in since[-1:]}
    return any(token.lower in NEGATIONS and verb_above(sent, position) in clauses
               and not _choice_kept(sent, verb_above(sent, position))
               for position, token in enumerate(sent.tokens))


def _choice_kept(sent: Sentence, verb: int | None) -> bool:
    """The denied verb is an act of the speaker's own, not something that befell them: "we
    haven't used them since", "I haven't called him since" tell a choice kept to, while "we
    haven't lost a shift since" tells what did not happen (``structure.LOSS_LEMMAS``: lose, miss,
    have, get, receive...)."""
    if verb is None:
        return False
    token = sent.tokens[verb]
    if token.pos == "AUX" and 0 <= token.head < len(sent.tokens) and token.dep in {"aux", "neg"}:
        verb = token.head
        token = sent.tokens[verb]
    subjects = [sent.tokens[kid] for kid in sent.child_map[verb]
                if sent.tokens[kid].dep in {"nsubj", "nsubjpass"}]
    return any(kid.lower in _words().speaker_words for kid in subjects) \
        and token.lemma not in LOSS_LEMMAS


def reached_by(sent: Sentence) -> bool:
    """A state told as reached by a time, inside the sentence rather than at its opening, of
    something other than the speaker: "when I arrived the queue was months long; by the spring
    it was gone", "the backlog had cleared by March". The time is read as ``LATER_OPENING_RE``
    reads an opening; the clause it hangs on must be in the past, its subject not "I" or "we" nor
    a noun that names nothing observable (``story_end.vague_noun``: "things", "the situation")."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lower != "by" or token.dep != "prep" or position == 0:
            continue
        if not LATER_OPENING_RE.match(sent.text[token.start - sent.start:]):
            continue
        head = token.head
        if head < 0:
            continue
        kids = [sent.tokens[kid] for kid in sent.child_map[head]]
        subjects = [kid for kid in kids if kid.dep in {"nsubj", "nsubjpass"}]
        past = sent.tokens[head].tag in {"VBD", "VBN"} or any(
            kid.dep in {"aux", "auxpass"} and kid.tag == "VBD" for kid in kids)
        if past and subjects and not any(kid.lower in {"i", "we"}
                                         or (vague_noun(kid) and kid.pos != "PRON")
                                         for kid in subjects):
            return True  # not "things settled down by February": nothing named was reached
            # ("it" stands for what the sentence named before: "the queue...; by spring it was gone")
    return False


def _told_verbs(sent: Sentence) -> Iterator[tuple[Token, list[Token]]]:
    """Each verb of a clause told as having happened, with its children."""
    for position, token in enumerate(sent.tokens):
        if token.pos == "VERB" and _told_clause(sent, position):
            yield token, [sent.tokens[kid] for kid in sent.child_map[position]]


def _ongoing_now(sent: Sentence) -> Iterator[tuple[Token, list[Token]]]:
    """Each verb of a clause in the present, simple or progressive, marked "now" ("now other
    museums are copying the model", "two other trusts now reuse it"), with its children. A verb
    joined to another ("are coming to visit and copying it") is read with the verbs above it:
    the "now", the present and the subject may sit on any of them. Not a plan, a habit or a
    question (``clause_mood``), nor a participle describing a noun."""
    for position, token in enumerate(sent.tokens):
        if token.pos != "VERB" or clause_mood(sent, position) in UNTOLD:
            continue
        chain = [position]
        while sent.tokens[chain[-1]].dep in {"conj", "xcomp", "advcl"} and len(chain) < 4:
            head = sent.tokens[chain[-1]].head
            if not 0 <= head < len(sent.tokens) or head in chain or sent.tokens[head].pos != "VERB":
                break
            chain.append(head)
        top = sent.tokens[chain[-1]]
        above = [sent.tokens[kid] for place in chain for kid in sent.child_map[place]]
        present = top.tag in {"VBZ", "VBP"} or (top.tag == "VBG" and any(
            sent.tokens[kid].dep == "aux" and sent.tokens[kid].tag in {"VBZ", "VBP"}
            for kid in sent.child_map[chain[-1]]))
        if not present or clause_mood(sent, chain[-1]) in UNTOLD:
            continue
        if not any(kid.lower == "now" and kid.dep == "advmod" for kid in above):
            continue
        kids = [sent.tokens[kid] for kid in sent.child_map[position]]
        if not any(kid.dep in {"nsubj", "nsubjpass"} for kid in kids):
            kids += [kid for kid in above if kid.dep in {"nsubj", "nsubjpass"}][:1]
        yield token, kids


def _own_side(sent: Sentence, kids: list[Token]) -> bool:
    """Who took the work up is a team with nothing making it someone else's ("the whole
    management team adopted it"): the speaker's own people following the speaker's process,
    not others choosing it."""
    takers = [kid for kid in kids if kid.dep == "nsubj"]
    for kid in kids:
        if kid.dep == "agent":
            place = sent.tokens.index(kid)
            takers += [sent.tokens[item] for item in sent.child_map[place]
                       if sent.tokens[item].dep == "pobj"]
    if not takers:
        return False
    for taker in takers:
        if taker.lemma not in TEAM_NOUNS and taker.lower not in TEAM_NOUNS:
            return False
        place = sent.tokens.index(taker)
        if any(sent.tokens[item].lower in _words().other_marks or sent.tokens[item].tag == "CD"
               for item in sent.child_map[place]):
            return False
    return True


def taken_up(sent: Sentence) -> bool:
    """The work taken up by others, told as having happened: a verb of taking up
    (``TAKING_UP_LEMMAS``, or "take up"/"pick up") with an object, whose subject is not the
    speaker nor a relative pronoun ("the sites that adopted it" describes them); in the passive,
    only with the others named ("it was adopted by two other depots"): "the guide was adopted"
    names nobody who took it up (``claimed_result``), and the speaker's own team following the
    process is no one else taking it up (``_own_side``)."""
    if not sent.parsed:
        return False
    for token, kids in [*_told_verbs(sent), *_ongoing_now(sent)]:
        lifted = token.lemma in {"take", "pick"} and any(
            kid.dep == "prt" and kid.lower == "up" for kid in kids)
        if token.lemma not in TAKING_UP_LEMMAS and not lifted:
            continue
        if any(kid.dep == "auxpass" for kid in kids) and not any(kid.dep == "agent" for kid in kids):
            continue
        if _own_side(sent, kids):
            continue
        subjects = [kid for kid in kids if kid.dep in {"nsubj", "nsubjpass"}]
        if not subjects or any(kid.lower in _words().speaker_words or kid.tag == "WDT"
                               or kid.lower in {"that", "which", "who"} for kid in subjects):
            continue
        if any(kid.dep in {"dobj", "nsubjpass"} for kid in kids):
            return True
    return False


def still_in_use(sent: Sentence) -> bool:
    """Something made still standing, told in the present with "still" of a thing named with a
    determiner, not of a person ("the rota is still how the centre runs callbacks", "that
    dashboard is still in use"): a deliverable in use, not a verdict (a complement of negative
    valence says it is still a problem)."""
    if not sent.parsed:
        return False
    lexicon = sentiment_lexicon()
    for position, token in enumerate(sent.tokens):
        if token.tag not in {"VBZ", "VBP"} or token.lemma not in {"be", "run", "remain", "stay"}:
            continue
        kids = [sent.tokens[kid] for kid in sent.child_map[position]]
        if not any(kid.lower == "still" and kid.dep == "advmod" for kid in kids):
            continue
        if clause_mood(sent, position) in UNTOLD:
            continue
        subjects = [kid for kid in kids if kid.dep == "nsubj"]
        if len(subjects) != 1 or subjects[0].pos != "NOUN" or subjects[0].lemma in TEAM_NOUNS \
                or subjects[0].lower in _words().people_objects \
                or subjects[0].lemma in _words().people_objects:
            continue
        noun = sent.tokens.index(subjects[0])
        if not any(sent.tokens[kid].dep in {"det", "poss"} for kid in sent.child_map[noun]):
            continue
        if any(lexicon.get(sent.tokens[item].lower, 0.0) < 0
               for kid in sent.child_map[position] if sent.tokens[kid].dep in {"acomp", "attr"}
               for item in subtree(sent, kid)):
            continue
        return True
    return False


def landed_at(sent: Sentence) -> bool:
    """A measure that ended up at a level, of something other than the speaker: a verb of
    landing (``landing_verbs``, with or without "in"/"out"/"up") whose "at" takes a figure."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.pos != "VERB" or token.lemma not in _words().landing_verbs:
            continue
        kids = [sent.tokens[kid] for kid in sent.child_map[position]]
        subjects = [kid for kid in kids if kid.dep == "nsubj"]
        if not subjects or any(kid.lower in {"i", "we"} or (kid.pos == "PRON" and kid.lower != "it")
                               for kid in subjects):
            continue
        heads = [position] + [kid for kid in sent.child_map[position]
                              if sent.tokens[kid].dep in {"prt", "advmod", "prep"}
                              and sent.tokens[kid].lower in {"in", "out", "up"}]
        for head in heads:
            for kid in sent.child_map[head]:
                if sent.tokens[kid].lower == "at" and sent.tokens[kid].dep == "prep" and any(
                        sent.tokens[item].tag == "CD"
                        for item in subtree(sent, kid)):
                    return True
    return False


def moved_to(sent: Sentence) -> bool:
    """A figure reached by moving something in a direction, told as having happened: "over two
    years we got leakage down to 37 per cent", "we brought the backlog back under 200"."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in MOVING_LEMMAS or not _told_clause(sent, position):
            continue
        kids = [sent.tokens[kid] for kid in sent.child_map[position]]
        if not any(kid.lower in DIRECTIONS and kid.dep in {"advmod", "prt", "acomp"} for kid in kids):
            continue
        if any(sent.tokens[item].tag == "CD" and not YEAR_RE.match(sent.tokens[item].lower)
               for item in subtree(sent, position)):
            return True
    return False


LATER_OPENING_RE = re.compile(
    r"^\W*(?:and |so )?by (?:the (?:end of |spring|summer|autumn|fall|winter|time)\w*|(?:early |mid-?|late )?"
    r"(?:january|february|march|april|june|july|august|september|october|november|december)|"
    r"(?:19|20)\d\d|year[- ]end|the following|the next)",
    re.IGNORECASE,
)
"""A sentence that opens on the time by which something stood: "By March 2023 the rural average
was 14.2 minutes", "By the following spring..."."""


ENDING_OPENING_RE = re.compile(
    r"^\W*(?:and |so |but )?(?:in the end|at the end|eventually|ultimately|in the long run)\b",
    re.IGNORECASE,
)
"""A sentence that opens on how things ended: "In the end the situation stayed much the same",
"Eventually the board signed it off"; told of someone or something other than the speaker, it is
how the story came out, not a step ("finally" closes a list of steps, so it is not one)."""


def _told_main(sent: Sentence) -> bool:
    """The sentence's main verb tells what happened (``_told_clause``) of someone or something
    named, not of the work itself ("in the end it got a lot of attention"), and tells more than
    that the work was done or launched (``winding_up_verbs``)."""
    for position, token in enumerate(sent.tokens):
        if token.dep == "ROOT":
            if any(sent.tokens[kid].dep in {"nsubj", "nsubjpass"}
                   and sent.tokens[kid].lower in _words().act_words
                   for kid in sent.child_map[position]):
                return False
            return token.lemma not in _words().winding_up_verbs and _told_clause(sent, position)
    return False


TRAVELLERS = PEOPLE_ROLES | TEAM_NOUNS | frozenset({"he", "she"})
"""Subjects who move in person: "the chair came down", "she went up to the site" tells a
visit, not a measure moving."""


def _travelling(subjects: list[Token]) -> bool:
    """The subject of a motion verb is a person, so the motion is a journey ("the chair came
    down for it"), not a change ("costs came down")."""
    return all(kid.lower in TRAVELLERS or kid.lemma in TRAVELLERS for kid in subjects)


def _arising(sent: Sentence, verb: Token, kids: list[Token]) -> bool:
    """A motion "up" that tells something arising or put forward, not a measure rising: "the
    contract came up for renewal", "an objection came up", "the plan went up for sign-off" (a
    "for" on the verb, or "come up" with no amount, "to", "from" or "by" in its clause)."""
    if not any(kid.lower == "up" for kid in kids):
        return False
    if any(kid.dep == "prep" and kid.lower == "for" for kid in kids):
        return True
    measured = any(kid.dep == "prep" and kid.lower in {"to", "from", "by"} for kid in kids) or any(
        sent.tokens[item].tag == "CD" for item in subtree(sent, sent.tokens.index(verb)))
    return verb.lemma == "come" and not measured


def changed_by_others(sent: Sentence) -> bool:
    """A change told of something other than the speaker, as having happened: a motion verb
    with a direction ("staff turnover has come down", "costs went down"; not a person's journey,
    "the chair came down", nor something arising, "the lease came up for renewal") or a verb of
    change in
    the passive ("the time of the roll change was reduced", "the backlog was cleared")."""
    if not sent.parsed:
        return False
    for token, kids in _told_verbs(sent):
        subjects = [kid for kid in kids if kid.dep in {"nsubj", "nsubjpass"}]
        if not subjects or any(kid.lower in _words().speaker_words for kid in subjects) \
                or any(kid.tag == "WDT" or kid.lower in {"that", "which", "what"} for kid in subjects):
            continue
        if token.lemma in _words().motion_verbs and not _travelling(subjects) and any(
                kid.lower in DIRECTIONS and kid.dep in {"advmod", "prt"} for kid in kids) \
                and not _arising(sent, token, kids):
            return True
        if token.lemma in _words().changed_verbs and any(kid.dep == "auxpass" for kid in kids) \
                and any(kid.dep == "nsubjpass" for kid in kids):
            return True
    return False


def _asking(lemma: str) -> bool:
    """A verb whose object is a change wanted, asked for or foreseen, not one that came: a verb
    of wanting (``grammar.AIM_LEMMAS``) or of asking (``asking_verbs``)."""
    return lemma in WANTING_LEMMAS or lemma in _words().asking_verbs


def change_seen(sent: Sentence) -> bool:
    """A change named as the object of a verb told as having happened ("the inspectors noticed
    the improvement", "we saw a real drop in call-backs", "it delivered a saving"), not one
    wanted, asked for or forecast ("we needed a 10% saving"), nor every event of a kind ("we
    mapped every power cut")."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.pos != "VERB" or _asking(token.lemma) or not _told_clause(sent, position):
            continue
        if any(sent.tokens[kid].dep == "dobj" and sent.tokens[kid].lemma in CHANGE_NOUNS
               and not _every(sent, kid) for kid in sent.child_map[position]):
            return True
    return False


def _every(sent: Sentence, position: int) -> bool:
    """The noun names every event of a kind, not one change that came: "we mapped every power
    cut", "we logged each drop"."""
    return any(sent.tokens[kid].dep == "det" and sent.tokens[kid].lower in {"every", "each", "all", "any"}
               for kid in sent.child_map[position])


def state_now(sent: Sentence) -> bool:
    """A person promoted or kept, told of someone other than the speaker with "now" or "still":
    "two of my former supervisors are now assistant managers", "seven of the eight are still with
    us"; not a vaguer state ("the region is now a big part of the business")."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in _words().linking_present or token.tag not in {"VBP", "VBZ"}:
            continue
        if clause_mood(sent, position) in UNTOLD:
            continue
        kids = [sent.tokens[kid] for kid in sent.child_map[position]]
        subjects = [kid for kid in kids if kid.dep == "nsubj"]
        if not subjects or any(kid.lower in _words().speaker_words or kid.pos == "PRON" for kid in subjects):
            continue
        marks = {kid.lower for kid in kids if kid.lower in {"now", "still"} and kid.dep == "advmod"
                 and kid.start > subjects[0].start}
        if "now" in marks and any(kid.dep == "attr" and kid.lemma.rstrip("s") in _words().post_nouns
                                  for kid in kids):
            return True  # promoted: "are now assistant managers"
        if "still" in marks and any(
                kid.dep == "prep" and any(sent.tokens[grand].lower in _words().staying_words
                                          for grand in sent.child_map[sent.tokens.index(kid)])
                for kid in kids):
            return True  # kept: "seven are still with us"
    return False


def better_than_before(sent: Sentence) -> bool:
    """A state compared with how it was, in the present, of someone or something other than the
    speaker: "the stores look a lot better than they did", "the team feels more aligned now than
    before". The comparison must name the before ("than they did", "than before", "than last
    year"): "the managers are more confident" alone may be a wish or a view."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in LINKING_LEMMAS or token.tag not in {"VBP", "VBZ"} \
                or clause_mood(sent, position) in UNTOLD:
            continue
        kids = sent.child_map[position]
        if not any(sent.tokens[kid].dep == "nsubj" and sent.tokens[kid].lower not in _words().speaker_words
                   and sent.tokens[kid].pos != "PRON" for kid in kids):
            continue
        for kid in kids:
            complement = sent.tokens[kid]
            if complement.dep not in {"acomp", "oprd", "attr"}:
                continue
            compared = complement.tag in {"JJR", "RBR"} or any(
                sent.tokens[grand].lower in {"more", "less"} for grand in sent.child_map[kid])
            if compared and _before_named(sent, position):
                return True
    return False


def _before_named(sent: Sentence, verb: int) -> bool:
    """"than they did", "than before", "than last year", "than it was" under the verb."""
    for index in subtree(sent, verb):
        token = sent.tokens[index]
        if token.lower != "than":
            continue
        clause = token.head if token.dep == "mark" else index
        for item in subtree(sent, clause):
            word = sent.tokens[item]
            if word.tag == "VBD" or word.lower in {"before", "ago", "last", "previously"}:
                return True
    return False


def down_or_up(sent: Sentence) -> bool:
    """A measure told as standing lower or higher now, of something other than the speaker:
    "listing delays are down", "repeat visits are up on last year"."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma != "be" or token.tag not in {"VBP", "VBZ"} or clause_mood(sent, position) in UNTOLD:
            continue
        kids = [sent.tokens[kid] for kid in sent.child_map[position]]
        subjects = [kid for kid in kids if kid.dep == "nsubj"]
        moved = any(kid.lower in {"down", "up"} and kid.dep in {"advmod", "acomp", "prt"} for kid in kids)
        if moved and subjects and not any(kid.lower in _words().speaker_words or kid.pos == "PRON"
                                          for kid in subjects):
            return True
    return False


def _speaker_acts(sent: Sentence) -> bool:
    """The speaker or their team is the subject of the sentence's main clause ("By March I had
    rewritten the plan"): a step dated, not a state reached."""
    for position, token in enumerate(sent.tokens):
        if token.dep == "ROOT":
            return any(sent.tokens[kid].dep in {"nsubj", "nsubjpass"}
                       and sent.tokens[kid].lower in {"i", "we"} for kid in sent.child_map[position])
    return False


def _role_verb(lemma: str) -> bool:
    """A verb by which someone the speaker developed reached a new role (``appointing_verbs``,
    ``reaching_role_verbs``): "she became associate producer", "he was appointed operations
    manager", "she was promoted"."""
    return lemma in _words().appointing_verbs or lemma in _words().reaching_role_verbs


def new_role(sent: Sentence) -> bool:
    """Someone other than the speaker reached a new role, told as having happened: "after
    fourteen months she became associate producer", "in 2022 he was appointed operations
    manager", "two of them were promoted"."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if not _role_verb(token.lemma) or not _told_clause(sent, position):
            continue
        kids = [sent.tokens[kid] for kid in sent.child_map[position]]
        subjects = [kid for kid in kids if kid.dep in {"nsubj", "nsubjpass"}]
        if not subjects or any(kid.lower in {"i", "we"} for kid in subjects):
            continue
        if any(kid.lower in _words().act_words or kid.tag == "WDT" or kid.lower == "which"
               for kid in subjects):
            continue  # "it became part of how we work": the work itself, not a person's new role
        passive = any(kid.dep == "auxpass" for kid in kids)
        # "Friday became the day for data entry": a time given a new use is a step rescheduled,
        # not someone's new role
        named = any(kid.dep in {"attr", "oprd", "xcomp"} and kid.pos in {"NOUN", "PROPN"}
                    and kid.lemma not in _words().practice_complements
                    and kid.lemma not in _words().vague_subjects
                    and kid.lemma not in TIME_UNITS for kid in kids)
        if token.lemma in _words().naming_verbs and not named:
            continue  # "short videos were made for patients": made, not made a manager
        if (token.lemma == "become" and named) or (passive and token.lemma in _words().appointing_verbs):
            return True
    return False


def _promoted_unattached(sent: Sentence) -> bool:
    """A passive verb of appointing in the perfect that the parser left without its subject
    ("two of my team leads have since been promoted", the subject read into another clause),
    with no speaker as a subject anywhere in the sentence."""
    if any(token.lower in _words().speaker_words and token.dep in {"nsubj", "nsubjpass"}
           for token in sent.tokens):
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in _words().appointing_verbs or token.tag != "VBN" \
                or not _told_clause(sent, position):
            continue
        kids = [sent.tokens[kid] for kid in sent.child_map[position]]
        if any(kid.dep == "auxpass" for kid in kids) and any(kid.lemma == "have" for kid in kids) \
                and not any(kid.dep in {"nsubj", "nsubjpass"} for kid in kids):
            return True
    return False


def instead(sent: Sentence) -> bool:
    """A figure told against what it would have been, under a verb of what the work came to
    (``measuring_verbs``) told as having happened: "we lost 36 hours instead of weeks", "the
    refit took four days rather than three weeks"; not a choice made instead of another ("I
    offered them a two-year term instead of one", "I hired a local manager instead of running it
    from head office"), which is a step of the story."""
    if not sent.numbers:
        return False
    lowered = [token.lower for token in sent.tokens]
    for position in range(len(lowered) - 1):
        if lowered[position:position + 2] not in (["instead", "of"], ["rather", "than"]):
            continue
        if not sent.parsed:
            return any(token.tag == "VBD" for token in sent.tokens)
        for above in _heads(sent, position):
            token = sent.tokens[above]
            if token.pos in {"VERB", "AUX"}:
                if token.lemma in _words().measuring_verbs and _told_clause(sent, above):
                    return True
                break
    return False


UNTOLD = frozenset({"negated", "conditional", "question", "hypothetical", "past_future", "habitual"})
COMPLEMENTS = frozenset({"ccomp", "xcomp", "oprd", "acomp"})


def _told_clause(sent: Sentence, verb: int) -> bool:
    """The clause reports what happened: past, or a present perfect, not denied, imagined or
    under a condition."""
    token = sent.tokens[verb]
    if clause_mood(sent, verb) in UNTOLD:
        return False
    perfect = token.tag == "VBN" and any(sent.tokens[kid].lemma == "have" and sent.tokens[kid].dep == "aux"
                                         for kid in sent.child_map[verb])
    return token.tag == "VBD" or perfect or (token.tag == "VBN" and any(
        sent.tokens[kid].dep == "auxpass" for kid in sent.child_map[verb]))


RESOURCES_ASKED_RE = re.compile(
    r"\b(?:fund\w*|financ\w*|grants?|budgets?|investment|investors?|money|sponsor\w*|capital|"
    r"backing|approval|sign-off|buy-in)\b",
    re.IGNORECASE,
)
"""A question that asks for the means themselves ("a time you secured outside funding")."""


def _means_obtained(sent: Sentence, verb: int, objects: list[Token]) -> bool:
    """The verb's object is a means to do the work: a sum of money or a resource
    (``resource_nouns``) obtained from someone ("secured £180,000 from the capital budget",
    "won the board's approval")."""
    for item in objects:
        index = sent.tokens.index(item)
        money = item.tag == "CD" and any(sent.tokens[kid].tag == "$" for kid in sent.child_map[index])
        if money and any(sent.tokens[kid].dep == "prep" and sent.tokens[kid].lower == "from"
                         for kid in sent.child_map[verb]):
            return True
        if item.lemma in _words().resource_nouns:
            return True
    return False


def achieved(sent: Sentence, *, means_asked: bool = True) -> bool:
    """Something won, kept, met or avoided, told as having happened: a verb of achieving
    (``achieving_verbs``) with an object that is a thing, not people, nor a record kept up as a
    practice ("I've kept a decision log"); the means obtained to do the work ("secured the
    budget") count only when ``means_asked`` (the question asks for them)."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in _words().achieving_verbs or token.pos != "VERB" \
                or not _told_clause(sent, position):
            continue
        kids = [sent.tokens[kid] for kid in sent.child_map[position]]
        if any(kid.dep in COMPLEMENTS for kid in kids):
            continue  # "kept them informed", "kept the leads (in) every meeting": a manner of keeping
        if token.lemma in {"keep", "retain", "hold"} and _held_until(sent, position):
            continue  # "kept the last phase out of the contract until we had seen...": a step
        objects = [kid for kid in kids if kid.dep in {"dobj", "nsubjpass"}]
        if token.lemma == "keep" and any(item.lemma in _words().record_nouns for item in objects):
            continue
        if not means_asked and _means_obtained(sent, position, objects):
            continue
        if token.lemma == "meet" and not any(item.lemma in _words().met_objects for item in objects):
            continue
        people = _words().people_objects
        if objects and all(item.lower not in people and item.lemma not in people
                           and item.lemma not in TEAM_NOUNS and item.pos != "PROPN"
                           for item in objects):
            return True
    return False


def _held_until(sent: Sentence, verb: int) -> bool:
    """Something kept only until a later step ("I kept the final phase out of the contract
    until we had seen their findings", "we held the budget back till March"): a hold that is a
    step of the story, not a thing won and kept."""
    return any(sent.tokens[kid].lower in {"until", "till", "pending"}
               or any(sent.tokens[grand].dep == "mark" and sent.tokens[grand].lower in {"until", "till"}
                      for grand in sent.child_map[kid])
               for kid in sent.child_map[verb])


def _mark_on_verb(sent: Sentence, prep: int) -> bool:
    """The preposition of a mark ("on", "under", "within", "ahead of") hangs on the verb, or on
    the verb's object where the parser put it there ("delivered the depot under budget"), not
    inside a noun it describes ("a bonus for on-time departures")."""
    token = sent.tokens[prep]
    ahead = 0 <= token.head < len(sent.tokens) and sent.tokens[token.head].lower == "ahead"
    if token.lower == "of" and ahead:
        token = sent.tokens[token.head]
    elif token.lower not in _words().mark_preps:
        return False
    if not 0 <= token.head < len(sent.tokens):
        return False
    above = sent.tokens[token.head]
    return above.pos in {"VERB", "AUX", "ADV", "ADJ"} or above.dep in {"dobj", "nsubjpass"}


def met_deadline(sent: Sentence) -> bool:
    """A thing done against its mark, told as having happened: "certified three days early",
    "went live on time", "delivered under budget", "finished ahead of schedule". The mark hangs
    on the verb itself: not a mark that names a measure ("a bonus for on-time departures"), nor
    a plan someone was put on ("I put him on a ninety-day plan": the noun has a determiner or a
    modifier), nor "early" as the time of a step."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lower == "early":
            marked = token.pos == "ADV" and token.dep == "advmod"
        else:
            marked = token.lower in _words().mark_nouns and token.dep == "pobj" \
                and _mark_on_verb(sent, token.head) \
                and not any(sent.tokens[kid].dep in {"det", "poss", "amod", "compound", "nummod"}
                            for kid in sent.child_map[position])
        if not marked:
            continue
        for above in _heads(sent, position):
            if sent.tokens[above].pos in {"VERB", "AUX"}:
                if (token.lower != "early" or sent.tokens[above].lemma in _words().completing_verbs) \
                        and _told_clause(sent, above) and not _paper_handed(sent, above):
                    return True
                break
    return False


def _paper_handed(sent: Sentence, verb: int) -> bool:
    """What the verb tells done against its mark is a paper handed over (``document_nouns``:
    "they delivered their report on schedule", "the proposal was submitted on time"): the work
    done on time, not what came of it."""
    kids = [sent.tokens[kid] for kid in sent.child_map[verb]]
    things = [kid for kid in kids if kid.dep in {"dobj", "nsubjpass"}]
    if not things:
        things = [kid for kid in kids if kid.dep == "nsubj" and kid.lower not in _words().speaker_words]
    return bool(things) and all(item.lemma in _words().document_nouns
                                or item.lower in _words().document_nouns for item in things)


def came_through(sent: Sentence) -> bool:
    """A piece of work told as done without harm: a told past verb with "with no" or "without"
    and a harm (``harm_nouns``) as its object ("we went live with no data loss")."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in _words().harm_nouns:
            continue
        noun = position
        while sent.tokens[noun].dep == "conj" and 0 <= sent.tokens[noun].head != noun:
            noun = sent.tokens[noun].head  # "no missed payment and no data loss"
        if sent.tokens[noun].dep != "pobj" or sent.tokens[noun].head < 0:
            continue
        prep = sent.tokens[sent.tokens[noun].head]
        denied = prep.lower == "without" or any(
            sent.tokens[kid].lower == "no" for kid in sent.child_map[position])
        if prep.lower in {"with", "without"} and denied and 0 <= prep.head < len(sent.tokens) \
                and _told_clause(sent, prep.head):
            return True
    return False


def regained(sent: Sentence) -> bool:
    """A state regained, of something other than the speaker: "all nine aircraft were back in
    service", "the line was back up by noon"."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in {"be", "get", "come"} or token.tag != "VBD" or token.dep == "relcl":
            continue  # "the problems, where the state came back late": a thing described
        kids = [sent.tokens[kid] for kid in sent.child_map[position]]
        if any(kid.dep == "nsubj" and kid.lower in {"i", "we"} for kid in kids):
            continue
        if any(kid.lower == "back" and kid.dep in {"advmod", "prt", "acomp"} for kid in kids) \
                and clause_mood(sent, position) == "past":
            return True
    return False


def past_setup(sent: Sentence, shape: Shape | None, first_act: int | None) -> bool:
    """The sentence comes after the set-up: at or after the first thing done, and not labelled
    as circumstances."""
    if first_act is None or sent.index < first_act:
        return False
    if shape is None:
        return True
    return all(item.role is not Role.CIRCUMSTANCES for item in shape.roles if item.index == sent.index)


def outcome_told(answer: AnalysedText, shape: Shape | None, *, question: str | None = None) -> bool:
    """Whether the story tells how it came out (see the module doc); computed once per answer.
    ``question``, when given, says whether the means of the work (a budget, funding) are what
    was asked for (``RESOURCES_ASKED_RE``); otherwise securing them is a step of the story."""
    cached = answer.derived.get(DERIVED)
    if isinstance(cached, bool):
        return cached
    first_act = first_act_of(answer)
    means_asked = question is None or bool(RESOURCES_ASKED_RE.search(question))
    told = False
    for sent in answer.sentences:
        if not past_setup(sent, shape, first_act) or _aims(sent) or claimed(sent):
            continue
        if _measured(sent, first_act) or _changed(sent, means_asked=means_asked):
            told = True
            break
    if not told and shape is not None and first_act is not None:
        # a figure the outcome reader hears in a sentence told as the outcome, or a level a
        # measure stood at there ("by the autumn the night crew was at 88": ``levels_reached``)
        results = set(shape.indices(Role.RESULTS))
        told = any(index > first_act and not _aims(answer.sentences[index])
                   and not claimed(answer.sentences[index])
                   and any(not not_outcome_at(answer.sentences[index], start, end)
                           for start, end, _quote in levels_reached(answer.sentences[index]))
                   for index in results) or any(
                       answer.sentence_at(start) in results and not _aims(answer.sentences[index])
                       and not claimed(answer.sentences[index])
                       and not not_outcome_at(answer.sentences[index], start, end)
                       for start, end, _quote in praise_model.heard_outcomes(answer, shape, first_act)
                       if (index := answer.sentence_at(start)) is not None)
    answer.derived[DERIVED] = told
    return told


def result_in(sent: Sentence, *, question: str | None = None) -> bool:
    """Whether this sentence, read on its own, tells a result (a figure that measures one, or a
    change, a settling, a consequence or a lasting state told in its parse) and not an aim: the
    same readers as ``outcome_told`` without the story's order, for an answer that is not a story
    told from a first step (a career told as a path)."""
    if _aims(sent) or claimed(sent):
        return False
    means_asked = question is None or bool(RESOURCES_ASKED_RE.search(question))
    return _measured(sent, 0) or _changed(sent, means_asked=means_asked)
