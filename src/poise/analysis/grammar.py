"""Who did what, and which numbers measure a result: judgements read from the dependency parse.

Every function here reads one parsed ``Sentence`` (tokens with ``dep`` and a sentence-local
``head``) and returns tokens or spans of it, so a caller can always quote the words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from poise.analysis.text import CURRENCY_WORDS, per_position, per_sentence

if TYPE_CHECKING:
    from poise.analysis.text import Sentence, Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_DEPS = frozenset({"nsubjpass", "csubjpass"})
MODALS = frozenset({"would", "'d", "will", "'ll", "wo", "should", "could", "might", "can", "ca",
                    "may", "must", "shall"})
NEGATIONS = frozenset({"not", "n't", "never", "hardly", "barely", "no"})
CONDITION_MARKS = frozenset({"if", "unless", "whether", "suppose", "supposing", "lest"})
HABITUAL_ADVERBS = frozenset({"always", "usually", "normally", "generally", "typically", "often",
                              "sometimes", "regularly", "constantly", "tend"})
# Verbs of opinion, feeling and state: "I think", "I felt", "I was" report no action.
STATIVE_LEMMAS = frozenset({
    "be", "have", "feel", "think", "know", "want", "like", "love", "seem", "believe", "guess",
    "hope", "wish", "mean", "need", "suppose", "get", "remember", "see", "hear", "find",
    "reckon", "assume", "imagine", "expect", "doubt", "prefer", "hate", "enjoy", "consider",
    "understand", "realise", "realize", "notice", "appreciate", "agree", "fear", "worry", "care",
    "learn", "discover", "wonder", "mind", "recall", "forget",
    # misjudgements and regrets are owned, not done: "I regretted it", "I'd confused X with Y"
    "regret", "confuse", "misjudge", "misread", "underestimate", "overestimate", "disagree",
})
SAME_FORM_PAST = frozenset({
    "set", "put", "cut", "reset", "let", "hit", "shut", "quit", "split", "spread", "cast", "read",
    "upset", "bid", "broadcast", "forecast", "rid",
})
# Verbs that set a scene rather than act in it: "I joined", "I spent six years", "I went to".
SCENE_LEMMAS = frozenset({
    "join", "inherit", "become", "start", "arrive", "move", "appoint", "hire", "promote", "work",
    "spend", "go", "come", "stay", "study", "live", "grow", "graduate", "return", "leave",
    "begin", "travel", "transfer", "relocate", "retire", "attend", "qualify",
})


# Scene verbs that act on something when they take an object: "I moved the delivery slot",
# "I started a rotation", "I hired two engineers", "I grew the team" (not "I moved to Leeds").
TRANSITIVE_ACTS = frozenset({"move", "start", "begin", "hire", "promote", "grow", "return",
                             "transfer", "relocate"})
# What a scene verb starts or moves when it is the speaker's own path: "I started my career".
CAREER_NOUNS = frozenset({"career", "job", "role", "post", "position", "life", "journey", "work",
                          "studies", "degree", "house", "home", "family", "country", "city"})


def acts(verb: Token, sent: Sentence | None = None) -> bool:
    """Whether a reported verb is an action in the story, not the scene around it. Given its
    sentence, a scene verb with an object acts on it ("I moved the delivery slot to Wednesday"),
    and one whose complement says what was done acts through it (``_scene_acts``)."""
    if verb.lemma not in SCENE_LEMMAS:
        return True
    if sent is None or not sent.parsed:
        return False
    position = sent.tokens.index(verb)
    if _scene_acts(sent, position):
        return True
    if verb.lemma not in TRANSITIVE_ACTS:
        return False
    # a thing or a person acted on ("I moved him to a four-day week", "I moved it to Wednesday")
    return any(child.dep == "dobj" and ((child.pos in {"NOUN", "PROPN"} and child.lower not in CAREER_NOUNS)
                                        or child.lower in PEOPLE_PRONOUNS or child.lower == "it")
               for child in _children(sent, position))


# People a speaker goes to in the story (to ask, to tell, to escalate): "I went to the board",
# "I went to her with a plan"; not a place ("I went to Leeds").
PEOPLE_PRONOUNS = frozenset({"him", "her", "them", "everyone", "everybody", "each"})
PEOPLE_ROLES = frozenset({
    "board", "boss", "director", "directors", "manager", "managers", "client", "clients", "customer",
    "customers", "supplier", "suppliers", "owner", "owners", "chair", "chief", "head", "ceo", "cfo",
    "coo", "regulator", "union", "council", "committee", "minister", "sponsor", "sponsors",
})
# Prepositions of going through material: "I went back through the casework data".
WORKING_THROUGH = frozenset({"through", "over"})


def _infinitive(sent: Sentence, position: int) -> bool:
    return any(child.lower == "to" and child.dep == "aux" for child in _children(sent, position))


def _acts_on_or_with(sent: Sentence, position: int) -> bool:
    """Whether the verb at ``position`` has an object, or people it is done with."""
    for child in sent.child_map[position]:
        token = sent.tokens[child]
        if token.dep in {"dobj", "dative"}:
            return True
        if token.dep == "prep" and token.lower in {"with", "alongside"} and any(
                sent.tokens[grand].lower in PEOPLE_PRONOUNS or sent.tokens[grand].lower in PEOPLE_ROLES
                or sent.tokens[grand].lower in TEAM_NOUNS for grand in sent.child_map[child]):
            return True
    return False


def _practice_begun(sent: Sentence, position: int) -> bool:
    """Whether "start" or "begin" at ``position`` begins something done, with an object ("I
    started walking every ward before eight", "I began posting each team's accuracy"); not a
    state or a feeling ("I started enjoying it", "I began to feel it"), nor a career ("I started
    working at the council")."""
    if sent.tokens[position].lemma not in {"start", "begin"}:
        return False
    for child in sent.child_map[position]:
        clause = sent.tokens[child]
        if clause.dep != "xcomp" or clause.tag != "VBG" or clause.lemma in STATIVE_LEMMAS \
                or clause.lemma in SCENE_LEMMAS:
            continue
        if any(sent.tokens[grand].dep in {"dobj", "dative"} for grand in sent.child_map[child]):
            return True
    return False


def _scene_acts(sent: Sentence, position: int) -> bool:
    """Whether a verb that usually sets the scene tells what was done through its complement:
    time spent doing something ("I spent my first month doing shifts on every unit"; not "I
    spent six years at Shell"), work done to an end ("I worked with IT to put in two access
    points"; not "I worked at the council"), going through material or to people in the story
    ("I went back through the casework data", "I went to the board"; not "I went to Leeds")."""
    verb = sent.tokens[position]
    kids = sent.child_map[position]
    if _practice_begun(sent, position):
        return True
    if verb.lemma in PRESENCE_LEMMAS and (in_person(sent, position) or _went_and_did(sent, position)):
        return True  # "I went to the depot myself", "I went down and sat with the fitters"
    if verb.lemma == "leave":
        # "I left the drafting entirely to her": handed to someone, not "I left the bank"
        return any(sent.tokens[child].dep == "dobj" for child in kids) and any(
            sent.tokens[child].dep == "prep" and sent.tokens[child].lower in {"to", "with"} and any(
                sent.tokens[grand].lower in PEOPLE_PRONOUNS or sent.tokens[grand].lower in PEOPLE_ROLES
                or sent.tokens[grand].lower in TEAM_NOUNS for grand in sent.child_map[child])
            for child in kids)
    if verb.lemma == "spend" and _time_in_the_story(sent, position):
        return True  # "I spent a week on the night shift": time on the ground, not a career
    if verb.lemma == "spend":
        # time spent doing something to something, or alongside people ("working the floor with
        # him", "sitting with the team leads"); not "spent a few months backpacking"
        return any(sent.tokens[child].dep in {"xcomp", "advcl"} and sent.tokens[child].tag == "VBG"
                   and _acts_on_or_with(sent, child) and (sent.tokens[child].lemma not in SCENE_LEMMAS or any(
                       sent.tokens[grand].dep == "dobj" for grand in sent.child_map[child]))
                   for child in kids)
    if verb.lemma == "work":
        return any(sent.tokens[child].dep in {"advcl", "xcomp"} and sent.tokens[child].tag == "VB"
                   and _infinitive(sent, child) and sent.tokens[child].lemma not in SCENE_LEMMAS
                   and sent.tokens[child].lemma not in STATIVE_LEMMAS for child in kids)
    if verb.lemma != "go":
        return False
    for child in kids:
        prep = sent.tokens[child]
        if prep.dep != "prep":
            continue
        nouns = [sent.tokens[grand] for grand in sent.child_map[child] if sent.tokens[grand].dep == "pobj"]
        if prep.lower in WORKING_THROUGH and any(_material(sent, noun) for noun in nouns):
            return True
        if prep.lower == "to" and any(noun.lower in PEOPLE_PRONOUNS or noun.lower in PEOPLE_ROLES
                                      for noun in nouns):
            return True
    return False


# Verbs of going or being somewhere that are an act when the speaker was there in person or
# went there to do something: "I went to the depot myself", "I went down and sat with the fitters".
PRESENCE_LEMMAS = frozenset({"go", "come", "travel", "stay", "spend", "work", "attend", "return"})
# Words by which the speaker says a thing was done in person, not by someone sent.
IN_PERSON_WORDS = frozenset({"myself", "meself", "personally"})
# Short spans of time spent somewhere in the story ("a week on the night shift", "two days in
# each branch"), not a stage of a career ("six years at the council").
STORY_SPANS = frozenset({"day", "days", "week", "weeks", "fortnight", "fortnights", "shift",
                         "shifts", "morning", "mornings", "night", "nights", "evening", "evenings",
                         "afternoon", "afternoons", "hour", "hours", "weekend", "weekends"})
# Where the time was spent: on a shift, in a place, with people.
SPENT_PLACES = frozenset({"on", "in", "at", "with", "alongside", "among", "across", "inside"})


def in_person(sent: Sentence, position: int) -> bool:
    """Whether the verb at ``position`` is said to be done by the speaker in person: an emphatic
    "myself" or "personally" in its own clause ("I went to the plant myself", "I personally rang
    him"), or "in person"; not a reflexive object ("I pushed myself too hard")."""
    for index, token in enumerate(sent.tokens):
        if index == position:
            continue
        if token.lower in IN_PERSON_WORDS and token.dep not in {"pobj", "dative", "nsubj"}:
            clause = verb_above(sent, index)
            if token.dep == "dobj":
                if token.head == position or sent.tokens[token.head].tag in {"VBD", "VBN"}:
                    continue  # "I pushed myself too hard": the verb's own object
                # a noun the parser read as a verb with "myself" its object ("I ran the Monday
                # huddle myself"): the emphasis belongs to the verb above it
                clause = verb_above(sent, sent.tokens[token.head].head)
            if clause == position:
                return True
        if token.lower == "person" and token.dep == "pobj" and index > 0 \
                and sent.tokens[index - 1].lower == "in" and verb_above(sent, index) == position:
            return True
    return False


def _went_and_did(sent: Sentence, position: int) -> bool:
    """Whether going at ``position`` is joined to an act done there with the same subject ("I
    went down and sat with the fitters", "I went over and rewrote the rota"): the going is part
    of the act."""
    if sent.tokens[position].lemma not in {"go", "come"}:
        return False
    for child in sent.child_map[position]:
        joined = sent.tokens[child]
        if joined.dep != "conj" or joined.tag != "VBD" or joined.lemma in SCENE_LEMMAS \
                or joined.lemma in STATIVE_LEMMAS:
            continue
        if any(sent.tokens[grand].dep in SUBJECT_DEPS for grand in sent.child_map[child]):
            continue  # "I went home and she rang": another subject
        if _acts_on_or_with(sent, child) or with_anyone(sent, child) or in_person(sent, child):
            return True
    return False


def with_anyone(sent: Sentence, position: int) -> bool:
    """Whether the verb at ``position`` is done with or alongside someone or something named
    ("sat with the fitters", "stood alongside the pickers")."""
    return any(sent.tokens[child].dep == "prep" and sent.tokens[child].lower in {"with", "alongside"}
               and any(sent.tokens[grand].dep == "pobj" and sent.tokens[grand].pos in {
                   "NOUN", "PROPN", "PRON"} for grand in sent.child_map[child])
               for child in sent.child_map[position])


def _time_in_the_story(sent: Sentence, position: int) -> bool:
    """Whether "spend" at ``position`` spends a short span somewhere in the story ("I spent a
    week on the night shift", "I spent my first month in the workshops", "I spent two days with
    their planners"): a span of days or weeks, or a first month, with where it was spent."""
    spans = [child for child in sent.child_map[position] if sent.tokens[child].dep in {
        "dobj", "npadvmod"} and (sent.tokens[child].lower in STORY_SPANS or (
            sent.tokens[child].lower == "month"
            and any(sent.tokens[grand].lower == "first" for grand in sent.child_map[child])))]
    placed = any(sent.tokens[child].dep == "prep" and sent.tokens[child].lower in SPENT_PLACES
                 for child in sent.child_map[position])
    return bool(spans) and placed and not _private_life(sent, position)


def _material(sent: Sentence, noun: Token) -> bool:
    """Whether a noun after "through" or "over" is material gone through: a determined noun
    that is not a time ("the casework data", "every contract", "three years of incident logs"),
    not a bare limit ("over budget", "over time")."""
    if noun.pos not in {"NOUN", "PROPN"}:
        return False
    position = sent.tokens.index(noun)
    kids = _children(sent, position)
    if noun.lower in TIME_UNITS:
        return any(kid.lower == "of" and any(
            grand.pos in {"NOUN", "PROPN"} for grand in _children(sent, sent.tokens.index(kid)))
            for kid in kids)
    return any(kid.dep in {"det", "poss", "nummod", "amod", "compound"} for kid in kids)


# Verbs through which the speaker has something done or brings a state about: "I had the
# checklists translated", "I got the managers doing a daily check", "I got costs down".
CAUSING_LEMMAS = frozenset({"get", "have"})
RESULT_PARTICLES = frozenset({"down", "up", "back", "through", "over", "together", "round", "around"})


def brought_about(sent: Sentence, position: int) -> bool:
    """Whether "get" or "have" at ``position`` has something done or changed, so the speaker as
    its subject acts through it: a complement clause with its own subject ("I had each lead run
    the huddle", "I had the checklists translated", "I got the managers doing a daily check"), an
    object then an infinitive ("I got the CFO to sign off"), or "get" with an object and a
    particle of change ("I got costs down"). Not a possession ("I had a plan"), an obligation ("I
    had to tell him"), an experience ("I had my budget cut", "I had a supplier go bust")."""
    verb = sent.tokens[position]
    if verb.lemma not in CAUSING_LEMMAS or not sent.parsed:
        return False
    kids = sent.child_map[position]
    for child in kids:
        clause = sent.tokens[child]
        if clause.dep not in {"ccomp", "xcomp", "oprd"} or clause.tag not in {"VBG", "VBN", "VB"}:
            continue
        if clause.lemma in STATIVE_LEMMAS or clause.lemma in SCENE_LEMMAS:
            continue
        subject = _subject_of(sent, child)
        if _infinitive(sent, child):
            if verb.lemma == "get" and (any(sent.tokens[other].dep == "dobj" and other < child
                                            for other in kids) or (
                    subject is not None and subject.lower not in {"i", "me", "myself", "it"})):
                return True  # "I got the CFO to sign off"
            continue
        if subject is None or subject.lower in {"i", "me", "myself", "it"}:
            continue
        if any(mod.dep == "poss" and mod.lower in {"my", "our"} for mod in _children(
                sent, sent.tokens.index(subject))):
            continue  # "I had my budget cut": something that happened to the speaker
        if verb.lemma == "have" and clause.tag == "VB" and not any(
                sent.tokens[grand].dep == "dobj" for grand in sent.child_map[child]):
            continue  # "I had a supplier go bust": an event, not a thing done
        return True
    objects = [child for child in kids if sent.tokens[child].dep == "dobj"]
    # the particle hangs from the verb or, misread, from its object ("get the rate down")
    return verb.lemma == "get" and bool(objects) and any(
        sent.tokens[child].dep in {"prt", "advmod"} and sent.tokens[child].lower in RESULT_PARTICLES
        for child in [*kids, *(grand for item in objects for grand in sent.child_map[item])])


def caused_by_speaker(sent: Sentence) -> list[Token]:
    """The speaker's verbs of having something done or changed (``brought_about``), told as past
    in a clause that reports what happened: "I had the checklists translated", "I did get the
    rate down"."""
    found = []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in CAUSING_LEMMAS or not (_speaker_subject(sent, position) or (
                token.dep == "conj" and _subject_of(sent, position) is None
                and _speaker_subject(sent, clause_head(sent, position)))):
            continue  # "I" its subject, or the subject of the verb it is joined to
        if clause_mood(sent, position) == "past" and brought_about(sent, position):
            found.append(token)
    return found


# Marks of a clause that sets the time or the reason around the story: "When I ran the centre".
SCENE_MARKS = frozenset({"when", "while", "as", "since", "before", "after", "once", "until",
                         "because", "whenever", "than"})
# Marks of a clause that tells the act a result came after or from: "turnover fell after I
# changed the rota", "because I rebuilt the plan" (not "when I ran the centre").
CAUSE_MARKS = frozenset({"after", "because", "once"})
# Running a unit is a job, not an action in the story: "I ran a leisure centre", "I led the
# claims department".
ROLE_LEMMAS = frozenset({"run", "lead", "manage", "head", "oversee", "direct", "chair", "own"})
UNIT_NOUNS = frozenset({
    "department", "team", "teams", "centre", "center", "store", "stores", "site", "sites",
    "division", "function", "unit", "region", "service", "services", "plant", "hospital", "office",
    "branch", "branches", "business", "operation", "operations", "portfolio", "practice", "school",
    "ward", "clinic", "warehouse", "depot", "factory", "company", "organisation", "organization",
    "group", "area", "district", "territory", "programme", "program", "desk", "shop", "hotel",
    "restaurant", "kitchen", "floor", "line", "shift", "account", "accounts", "p&l", "budget",
})
PERFECT_AUXES = frozenset({"have", "'ve", "has", "'s"})


def verb_above(sent: Sentence, position: int) -> int | None:
    """The nearest verb or auxiliary above ``position`` in the parse (the word itself when it
    is one): the verb of the clause the word sits in; None when the climb reaches the root
    without one."""
    seen: set[int] = set()
    current = position
    while 0 <= current < len(sent.tokens) and current not in seen:
        seen.add(current)
        if sent.tokens[current].pos in {"VERB", "AUX"}:
            return current
        if sent.tokens[current].head == current:
            return None
        current = sent.tokens[current].head
    return None


def clause_head(sent: Sentence, position: int) -> int:
    """The first verb of a chain of joined verbs ("ran X and managed Y" → "ran")."""
    seen = set()
    while sent.tokens[position].dep == "conj" and 0 <= sent.tokens[position].head < len(sent.tokens) \
            and position not in seen:
        seen.add(position)
        position = sent.tokens[position].head
    return position


# Marks of a clause that sets the time or the condition of what the main clause says, told
# in the present: "once I arrive, I walk the floor", "when I get the report, I call him".
FRAME_MARKS = (SCENE_MARKS | CONDITION_MARKS) - {"because", "since", "as", "than"}


def framing_clause(sent: Sentence, verb: Token) -> bool:
    """Whether the verb stands in a subordinate clause that only frames the main one: a time or
    a condition ("once I arrive", "whenever I visit", "if I see a gap"); what the speaker does
    is said in the main clause, not in the frame."""
    if not sent.parsed:
        return False
    head = clause_head(sent, sent.tokens.index(verb))
    if sent.tokens[head].dep != "advcl":
        return False
    return any((child.dep == "mark" and child.lower in FRAME_MARKS)
               or (child.tag == "WRB" and child.dep == "advmod" and child.lower != "how")
               for child in _children(sent, head))


def reported_action(sent: Sentence, verb: Token) -> bool:
    """Whether "I <verb>" tells an action in the story, so it may be praised as the speaker's own:
    not a relative clause ("the programme I set up", "where I led patient access"), not the time
    or reason around it ("When I ran the claims team"), not the job itself ("I ran a leisure
    centre"), and not a career-long claim in the present perfect ("I've managed budgets") unless
    the sentence measures a result. Worked out once per verb: the praise, the first act and
    several rules ask it of the same verbs."""
    return _reported_action(sent, sent.tokens.index(verb))


@per_position
def _reported_action(sent: Sentence, position: int) -> bool:
    verb = sent.tokens[position]
    head = sent.tokens[clause_head(sent, position)]
    if (verb.dep == "relcl" or head.dep == "relcl") and not _clause_measured(sent, position):
        return False  # "the programme I set up"; not "..., where I cut waste by 8%"
    if head.dep == "advcl" and any(
        (child.dep == "mark" and child.lower in SCENE_MARKS - CAUSE_MARKS) or child.tag == "WRB"
        for child in _children(sent, sent.tokens.index(head))
    ):
        return False
    if head.dep in {"pcomp", "ccomp", "csubj", "pobj"} and any(
        child.tag == "WRB" for child in _children(sent, sent.tokens.index(head))
    ):
        return False  # "from where I sat", "that's how I learned": a place or a way, not an act
    if _under_denial(sent, clause_head(sent, position)):
        return False
    kids = _children(sent, position)
    if any(child.tag == "WP" and child.dep in {"dobj", "nsubj", "attr"} for child in kids):
        return False  # "What I took from it was...", "What I did about it:": a frame, not the act
    kids = _children(sent, position)
    if verb.lemma in ROLE_LEMMAS and (
        any(child.dep == "dobj" and child.lower in UNIT_NOUNS for child in kids)
        or ((_sized(sent, position) or _runs_unit(sent, position)) and not in_person(sent, position))
    ):
        return False  # the job; but "I ran the morning briefing myself at six" is an act
    if verb.lemma in ASPECT_LEMMAS and any(child.dep == "xcomp" and child.tag == "VBG" for child in kids) \
            and not _practice_begun(sent, position):
        return False  # "I kept having gentle chats", "I stopped enjoying it": how it went on, not an act
    if _said_by_others(sent, clause_head(sent, position)):
        return False
    if _hedged_by_speaker(sent, clause_head(sent, position)):
        return False  # "I think I fixed it", "I handled it the way you do, I guess": an opinion
    if _backstory(sent, position) and not sent.outcome_numbers:
        return False  # "I'd built the spreadsheets years before": what came before the story
    if _relative_by_place(sent, position) and not _clause_measured(sent, position):
        return False  # "..., where I ran planning for three plants": the place, not the act
    if verb.lemma in ROLE_LEMMAS and _role_without_object(sent, position) \
            and not in_person(sent, position):
        return False  # "At the imprint I ran until last year": the job, its object left before it
    if _private_life(sent, position):
        return False  # "I separated from my wife last year": private life, not the work story
    if _light_assurance(sent, position):
        return False  # "I made sure I was on the floor": the assurance, not a thing done
    if _time_away(sent, position):
        return False
    if verb.lemma == "do" and verb.tag == "VBN" and any(
        child.dep == "aux" and (child.lemma == "have" or child.lower == "'d") for child in kids
    ):
        return False  # "I've done heavy travel before", "I'd done what I was hired for": a claim
    perfect = any(child.dep == "aux" and child.lower in PERFECT_AUXES for child in kids)
    # a career-long claim ("I've run 400 people", "I've led big teams") is praised only when the
    # sentence measures a result, not when its number is the size of the job; one occasion dated
    # in the perfect ("I have introduced the e-ticket in 2021") is an act
    return not perfect or bool(sent.outcome_numbers) or _one_occasion(sent, position)


def _one_occasion(sent: Sentence, position: int) -> bool:
    """Whether a verb in the present perfect tells one occasion rather than a career: not a
    role, scene or state verb, not under a modal ("I'd have walked"), and dated by a year, a
    time word of the past or "since" ("I have introduced the e-ticket in 2021", "I've since
    brought two vans back in-house"). Undated, the perfect is read as a career claim ("I've
    handled the regulator", "I've dealt with unions"): what the speaker has done over the
    years, not what they did in the story."""
    verb = sent.tokens[position]
    if verb.lemma in ROLE_LEMMAS or verb.lemma in SCENE_LEMMAS or verb.lemma in STATIVE_LEMMAS:
        return False
    kids = sent.child_map[position]
    if any(sent.tokens[child].dep == "aux" and sent.tokens[child].lower in MODALS for child in kids):
        return False
    for child in kids:
        token = sent.tokens[child]
        if token.dep == "prep" and token.lower in DATING_PREPOSITIONS and _names_year(sent, child):
            return True
        if token.dep in {"advmod", "npadvmod"} and (token.lower in PAST_ANCHORS | {"since"} or any(
                sent.tokens[grand].lower in PAST_ANCHORS | LAST_WORDS for grand in sent.child_map[child])):
            return True
    return False


# Verbs of the speaker's own opinion: a clause under "I think", "I guess" is a view, not a report.
OPINION_VERBS = frozenset({"think", "guess", "suppose", "reckon", "believe", "feel", "imagine",
                           "assume", "say"})
HEDGE_TAGS = frozenset({"guess", "suppose", "reckon", "think"})


def _speaker_subject(sent: Sentence, position: int) -> bool:
    subject = _subject_of(sent, position)
    return subject is not None and subject.lower == "i"


def _hedged_by_speaker(sent: Sentence, position: int) -> bool:
    """Whether the clause at ``position`` is the speaker's opinion rather than a report: it is
    said under the speaker's own verb of thinking ("I think I fixed it", "I'd say I turned it
    round"), or the sentence is tagged with one ("I handled it the way you do, I guess")."""
    seen = set()
    current = position
    while sent.tokens[current].dep == "ccomp" and current not in seen:
        seen.add(current)
        head = sent.tokens[current].head
        if not 0 <= head < len(sent.tokens):
            break
        if sent.tokens[head].lemma in OPINION_VERBS and _speaker_subject(sent, head) and not (
                current < head and any(sent.tokens[other].dep == "ccomp" and other > head
                                       for other in sent.child_map[head])):
            # not an aside about what follows it ("I gave each manager a budget, I think it was
            # 2,000 a month"): the opinion verb's own clause comes after it
            return True
        current = head
    return any(
        token.lemma in HEDGE_TAGS and token.dep == "parataxis" and _speaker_subject(sent, index)
        and not any(sent.tokens[child].dep in {"ccomp", "dobj", "xcomp"} for child in sent.child_map[index])
        for index, token in enumerate(sent.tokens)
    )


def _backstory(sent: Sentence, position: int) -> bool:
    """Whether the verb at ``position`` is in the past perfect ("I'd built the old spreadsheets
    years before", "I'd treated the board as a sign-off step"): what had been done before the
    story, or the speaker's reading of it afterwards, not an act the story reports."""
    verb = sent.tokens[position]
    if verb.tag != "VBN":
        return False
    auxes = [child for child in _children(sent, position) if child.dep == "aux"]
    if not auxes and verb.dep == "conj" and 0 <= verb.head < len(sent.tokens):
        return _backstory(sent, verb.head)  # "I'd built the case and set the date"
    return any(aux.lower in {"had", "'d"} for aux in auxes) and not any(
        aux.lower in MODALS - {"'d"} for aux in auxes)


def _relative_by_place(sent: Sentence, position: int) -> bool:
    """Whether the verb at ``position`` opens with "where" or "when" that stands before its
    subject ("Kellman Foods, where I ran planning"): a relative clause the parser did not mark,
    which says where or when, not what was done."""
    head = clause_head(sent, position)
    subject = _subject_of(sent, head)
    if subject is None:
        return False
    return any(child.tag == "WRB" and child.lower in {"where", "when", "whereby"}
               and child.start < subject.start for child in _children(sent, head))


def _clause_measured(sent: Sentence, position: int) -> bool:
    """Whether the verb at ``position`` (not a verb of holding a job) carries a measured outcome
    in its own clause ("..., where I cut waste by 8%"): then the relative clause tells an act and
    its result, not the place or the job ("where I ran planning for three plants")."""
    if sent.tokens[position].lemma in ROLE_LEMMAS or not sent.outcome_numbers:
        return False
    below, stack = set(), [position]
    while stack:
        current = stack.pop()
        for child in sent.child_map[current]:
            if sent.tokens[child].dep not in {"relcl", "advcl", "conj", "ccomp"} and child not in below:
                below.add(child)
                stack.append(child)
    starts = {sent.tokens[index].start for index in below}
    return any(start in starts for start, _end, _quote in sent.outcome_numbers)


def _role_without_object(sent: Sentence, position: int) -> bool:
    """Whether a verb of running a unit stands with nothing run ("the imprint I ran until last
    year", "the co-op I managed in Southland"): the unit is the noun before it, so the clause
    names the job; "I led the review" and "I managed to cut it" keep their object or their verb."""
    return not any(child.dep in {"dobj", "xcomp", "ccomp", "prt", "dative", "conj"}
                   for child in _children(sent, position)) and sent.tokens[position].dep != "conj"


def _runs_unit(sent: Sentence, position: int) -> bool:
    """Whether the noun phrase right after a verb of running ends in a unit ("ran a commercial
    lines underwriting team of twelve"), when the parser split the phrase."""
    tokens = sent.tokens
    last = None
    for index in range(position + 1, min(len(tokens), position + 8)):
        token = tokens[index]
        if token.pos in {"DET", "ADJ", "NUM"} or token.tag in {"PRP$", "POS", "HYPH"}:
            continue
        if token.pos in {"NOUN", "PROPN"} or (token.tag == "VBG" and last is not None):
            last = token
            continue
        break
    return last is not None and last.lower in UNIT_NOUNS


# The speaker's family: an act done to or with them is private life.
FAMILY_NOUNS = frozenset({"wife", "husband", "partner", "spouse", "son", "daughter", "kids",
                          "children", "child", "mother", "father", "mum", "mom", "dad", "parents",
                          "brother", "sister", "family", "fiancé", "fiancée", "girlfriend",
                          "boyfriend"})


def _private_life(sent: Sentence, position: int) -> bool:
    """Whether the verb's object, or the noun of a preposition it governs, is the speaker's own
    family ("separated from my wife", "moved my parents in"): a private event, not an act at work."""
    for child in sent.child_map[position]:
        token = sent.tokens[child]
        nouns = [child] if token.dep == "dobj" else [
            grand for grand in sent.child_map[child] if sent.tokens[grand].dep == "pobj"
        ] if token.dep == "prep" else []
        for noun in nouns:
            if sent.tokens[noun].lower in FAMILY_NOUNS and any(
                sent.tokens[mod].lower in {"my", "our"} for mod in sent.child_map[noun]
            ):
                return True
    return False


# Words that make "make" an assurance: "I made sure", "I made certain".
ASSURANCE_WORDS = frozenset({"sure", "certain"})


def _light_assurance(sent: Sentence, position: int) -> bool:
    """Whether the verb is "make" with "sure" or "certain" ("I made sure I was on the floor"):
    the words say that something was seen to, not what was done."""
    return sent.tokens[position].lemma == "make" and any(
        child.lower in ASSURANCE_WORDS for child in _children(sent, position))


# Time away from work: "I took a break", "I took six months off", "I took leave".
AWAY_NOUNS = frozenset({"break", "breaks", "leave", "sabbatical", "holiday", "holidays", "vacation",
                        "rest", "time"})
AWAY_PARTICLES = frozenset({"off", "out", "away"})


def _time_away(sent: Sentence, position: int) -> bool:
    """Whether "take" at ``position`` takes time away from work ("I took a break", "I took time
    off", "I took three months out"): a pause in the career, not an action in the story."""
    if sent.tokens[position].lemma != "take":
        return False
    kids = sent.child_map[position]
    particle = any(sent.tokens[child].lower in AWAY_PARTICLES and sent.tokens[child].dep in {
        "prt", "advmod"} for child in kids)
    for child in kids:
        noun = sent.tokens[child]
        if noun.dep != "dobj":
            continue
        away = particle or any(sent.tokens[grand].lower in AWAY_PARTICLES
                               for grand in sent.child_map[child])
        if noun.lower in AWAY_NOUNS - {"time"} or (away and (
            noun.lower == "time" or noun.lower in TIME_UNITS
        )):
            return True
    return False


# Verbs that say how something went on, not what was done: "I kept putting it off".
ASPECT_LEMMAS = frozenset({"keep", "stop", "quit", "continue", "start", "begin", "finish"})


def _sized(sent: Sentence, position: int) -> bool:
    """Whether a role verb's object or a "for" phrase carries a size or a span: "I ran a $42
    million programme", "I ran planning for three plants", "I led it for two years" (the job)."""
    for child in sent.child_map[position]:
        token = sent.tokens[child]
        nouns = []
        if token.dep == "dobj":
            nouns.append(child)
        elif token.dep == "prep" and token.lower == "for":
            nouns.extend(grand for grand in sent.child_map[child] if sent.tokens[grand].dep == "pobj")
        for noun in nouns:
            for grand in sent.child_map[noun]:
                mod = sent.tokens[grand]
                if mod.tag == "CD" or mod.lower in {"$", "£", "€"} or any(
                    sent.tokens[deep].tag == "CD" for deep in sent.child_map[grand]
                ):
                    return True
    return False


# Verbs that report what someone said, felt or meant: the clause under them is their view.
REPORTING_LEMMAS = frozenset({
    "say", "tell", "feel", "think", "believe", "mean", "suggest", "claim", "complain", "mention",
    "note", "report", "write", "argue", "insist", "comment", "remark", "accuse", "reckon", "know",
    "hear", "imply", "joke", "admit", "worry", "fear", "assume", "describe", "point", "warn",
})


def _said_by_others(sent: Sentence, position: int) -> bool:
    """Whether the clause at ``position`` is what someone else said, felt or meant about the
    speaker: "my consultants felt I made decisions in the corridor", "she told me I'd rewritten
    her plan", "fifteen years means I delivered". Their words, not an action the speaker tells."""
    seen = set()
    while sent.tokens[position].dep == "ccomp" and position not in seen:
        seen.add(position)
        head = sent.tokens[position].head
        if not 0 <= head < len(sent.tokens):
            return False
        governor = sent.tokens[head]
        subject = _subject_of(sent, head)
        if subject is not None and subject.dep in SUBJECT_DEPS and subject.lower not in {"i", "we"} \
                and governor.lemma in REPORTING_LEMMAS and subject.tag != "WP":
            return True
        position = head
    return False


def _under_denial(sent: Sentence, position: int) -> bool:
    """Whether the clause at ``position`` is said under a denied or imagined verb of saying or
    thinking: "I would not say I set the goals", "I can't claim I fixed it"."""
    seen = set()
    while sent.tokens[position].dep in {"ccomp", "xcomp"} and position not in seen:
        seen.add(position)
        head = sent.tokens[position].head
        if not 0 <= head < len(sent.tokens):
            return False
        if clause_mood(sent, head) in {"negated", "hypothetical", "conditional"} \
                and not framing(sent, head):
            return True  # not "I'd argue that I turned it round": a frame keeps what it tells
        position = head
    return False


def told_actions(sent: Sentence) -> list[Token]:
    """The speaker's actions the sentence tells as events of the story (``acts`` and
    ``reported_action``): what may be praised, and what answers "what did you do?". Worked out
    once per sentence; each caller gets a list of its own."""
    return list(_told_actions(sent))


@per_sentence
def _told_actions(sent: Sentence) -> tuple[Token, ...]:
    return tuple(verb for verb in sent.own_past_actions
                 if acts(verb, sent) and reported_action(sent, verb))


def record_actions(sent: Sentence) -> list[Token]:
    """The speaker's doings the sentence tells as having happened, as a record: the actions of
    the story (``told_actions``) and also the job held or the span it lasted ("for five months I
    effectively ran the subcontractors myself", "I've led teams of forty"), which a reply to a
    concern brings as proof. Not a denial or a thing imagined ("I haven't held the contract"),
    not what others said of the speaker, not private life or time away; a frame of speech ("I'd
    argue that...", "what I'd say is...") keeps what it introduces."""
    found = []
    for verb in sent.own_past_actions:
        position = sent.tokens.index(verb)
        head = clause_head(sent, position)
        if not (acts(verb, sent) or verb.lemma in ROLE_LEMMAS) or verb.dep == "relcl" \
                or sent.tokens[head].dep == "relcl":
            continue
        if _under_denial(sent, head) or _said_by_others(sent, head) \
                or _private_life(sent, position) or _time_away(sent, position):
            continue
        found.append(verb)
    return found


# People an action can be done with: "I rebuilt the plan with the two team leads".
TEAM_NOUNS = frozenset({
    "team", "teams", "colleague", "colleagues", "lead", "leads", "manager", "managers", "staff",
    "engineers", "people", "peers", "partner", "partners", "supervisors", "analysts", "reps",
    "everyone", "crew", "department", "squad", "group", "members", "specialists", "clerks",
})


def done_with_others(sent: Sentence, verb: Token) -> Token | None:
    """The people an action was shared with ("with the team leads"), if any."""
    position = sent.tokens.index(verb)
    stack = list(sent.child_map[position])
    while stack:
        child = stack.pop()
        prep = sent.tokens[child]
        if prep.dep in {"nsubj", "ccomp", "advcl", "conj"}:
            continue  # another clause
        stack.extend(sent.child_map[child])
        if prep.lower not in {"with", "alongside"} or prep.dep != "prep":
            continue
        for grandchild in sent.child_map[child]:
            noun = sent.tokens[grandchild]
            if noun.dep == "pobj" and noun.lower in TEAM_NOUNS:
                return noun
    return None


RELATIVE_TAKEAWAY = frozenset({"take", "learn", "draw", "get", "have", "make", "give"})


# A clause under one of these heads is wished or imagined, not reported: "I wish I had called".
IRREALIS_HEADS = frozenset({"wish", "hope", "imagine", "suppose", "pretend", "if"})


def _children(sent: Sentence, position: int) -> list[Token]:
    return [sent.tokens[child] for child in sent.child_map[position]]


def _conditional(sent: Sentence, position: int) -> bool:
    """Whether the clause headed at ``position`` is a condition ("if I said..."), or is joined to
    one ("if I cut costs and raised prices"), or depends on a wish ("I wish I had")."""
    seen = set()
    while position >= 0 and position not in seen:
        seen.add(position)
        token = sent.tokens[position]
        for child in _children(sent, position):
            if child.dep == "mark" and child.lower in CONDITION_MARKS:
                return True
        if token.dep == "conj":
            position = token.head
            continue
        return (
            token.dep in {"ccomp", "xcomp"}
            and 0 <= token.head < len(sent.tokens)
            and sent.tokens[token.head].lemma in IRREALIS_HEADS
        )
    return False


def clause_mood(sent: Sentence, position: int) -> str:
    """How the clause headed by the verb at ``position`` speaks: "negated", "conditional",
    "question", "hypothetical", "past_future" (a "would" or "could" hung on a past verb: the
    past's own future or ability, neither imagined nor told), "habitual", "past", "background"
    (past progressive), "present" or "other". Worked out once per clause (a dozen rules ask
    about the same ones)."""
    key = (_MOOD, position)
    mood = sent.memo.get(key)
    if not isinstance(mood, str):
        mood = sent.memo[key] = _clause_mood(sent, position)
    return mood


_MOOD = "clause_mood"
"""The memo's key of a clause's mood (kept by name: the speed tests read it)."""


def _clause_mood(sent: Sentence, position: int) -> str:
    verb = sent.tokens[position]
    kids = _children(sent, position)
    auxes = [child for child in kids if child.dep in {"aux", "auxpass"}]
    lowered = {child.lower for child in auxes}
    if any(child.dep == "neg" or (child.lower in NEGATIONS and child.dep in {"advmod", "neg"})
           for child in kids):
        return "negated"
    if _conditional(sent, position):
        return "conditional"
    if sent.text.rstrip().endswith("?") and not any(child.dep == "mark" for child in kids):
        return "question"
    modal = lowered & MODALS
    if modal == {"'d"} and (
        verb.tag in {"VBD", "VBN"}
        or (verb.lower in SAME_FORM_PAST and any(token.tag == "VBD" for token in sent.tokens)
            and not _way_of_putting(sent, position))
    ):
        return "past"  # "I'd promised" is "I had promised"
    if modal & PAST_MODALS and verb.dep in {"relcl", "ccomp", "advcl"} and _under_past(sent, position):
        return "past_future"  # "there wasn't much I could do", "I knew he'd shut it down"
    if modal or verb.tag == "MD":
        return "hypothetical"
    if verb.dep == "conj" and verb.tag == "VBD" and not auxes and 0 <= verb.head < len(sent.tokens) \
            and verb.head != position and clause_mood(sent, verb.head) == "past":
        return "past"  # "What I'd say is, I rebuilt the rota and cut overtime": joined to a past
    if verb.lower in SAME_FORM_PAST and verb.tag in {"VBD", "VBP"} and not auxes \
            and _every_time(sent, position):
        return "habitual"  # "I set a target for each every January": the same form, a routine
    if verb.lower in SAME_FORM_PAST and verb.tag == "VBD" and not auxes and _among_present(sent, position):
        return "present"  # "I read a lot, I'm a big podcast person": the tagger's past is a present
    if verb.dep == "conj" and verb.tag == "VB" and 0 <= verb.head < len(sent.tokens):
        head_kids = _children(sent, verb.head)
        if any(child.lower in MODALS and child.dep == "aux" for child in head_kids) and not auxes:
            return "hypothetical"
    if any(child.lower in HABITUAL_ADVERBS for child in kids) or verb.lemma == "tend":
        return "habitual"
    if verb.tag == "VB" and any(aux.lower == "did" for aux in auxes):
        return "past"  # "I did escalate it": the past, stressed
    if verb.tag == "VBD":
        return "past"
    if verb.dep == "conj" and verb.tag == "VBN" and not auxes and 0 <= verb.head < len(sent.tokens) \
            and sent.tokens[verb.head].tag == "VBD":
        return "past"  # "I ran the wards and cut agency spend": a bare participle joined to a past
    if verb.pos == "VERB" and verb.tag in {"VBP", "VB", "VBN"} and not auxes \
            and verb.lemma != verb.lower and not verb.lower.endswith("s"):
        return "past"  # a past form the tagger read as present: "I rebuilt the plan"
    if verb.tag in {"VBP", "VB"} and verb.lower in SAME_FORM_PAST and not auxes and any(
        token.tag in {"VBD", "VBN"} for token in sent.tokens
    ):
        return "past"  # "When I was asked, I reset the plan"
    if verb.tag == "VBN" and any(aux.lemma == "have" for aux in auxes):
        return "past"  # "I have led", "I had rebuilt"
    if verb.tag == "VBG" and any(aux.lower in {"was", "were"} for aux in auxes):
        return "background"  # "I was running the audit when...": the scene, not an event
    if verb.tag in {"VBP", "VB"} and not auxes and verb.pos == "VERB" and _told_in_the_past(sent, position):
        return "past"  # "I sat with them and find out the cause", "last spring I rewrite the form"
    if verb.tag in {"VBP", "VBZ"} or (verb.tag == "VB" and not auxes):
        return "present"
    if verb.tag == "VBG" and any(aux.lower in {"am", "'m", "are", "'re", "is"} for aux in auxes):
        return "present"
    return "other"


# Words that place a clause in the past: "two years ago", "last spring", "yesterday".
PAST_ANCHORS = frozenset({"ago", "yesterday"})
# Prepositions that date a clause by a year named after them: "in 2022", "during 2019".
DATING_PREPOSITIONS = frozenset({"in", "during"})
YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _names_year(sent: Sentence, position: int) -> bool:
    """Whether the phrase under the preposition at ``position`` names a calendar year, alone or
    after a month ("in 2022", "in January 2023"): a time told, which a present verb cannot be in
    unless it tells a past event (a plan would say "will")."""
    stack, seen = list(sent.child_map[position]), 0
    while stack and seen < 8:
        seen += 1
        token = sent.tokens[stack.pop()]
        if token.tag == "CD" and YEAR_RE.fullmatch(token.text):
            return True
        if token.dep in {"pobj", "nummod", "npadvmod", "compound", "appos"}:
            stack.extend(sent.child_map[sent.tokens.index(token)])
    return False
LAST_WORDS = frozenset({"last", "previous"})


PERIOD_DETERMINERS = frozenset({"every", "each"})


def _repeated_each_period(sent: Sentence, position: int) -> bool:
    """Whether the verb at ``position`` is said to recur ("every April", "each quarter") or is
    marked as a habit ("usually", "always")."""
    for child in sent.child_map[position]:
        token = sent.tokens[child]
        if token.lower in HABITUAL_ADVERBS:
            return True
        if token.dep in {"npadvmod", "advmod", "prep"} and any(
                sent.tokens[grand].lower in PERIOD_DETERMINERS for grand in sent.child_map[child]):
            return True
    return False


def _told_in_the_past(sent: Sentence, position: int) -> bool:
    """Whether a present form of the speaker's tells a past event, as a speaker writing English
    as a second language often does: joined to a past verb of the same subject ("I sat with them
    and find out the cause"), or in a clause placed in the past by a time word of its own
    ("last spring I rewrite the form", "two years ago I change the supplier"). Not a habit ("I
    always check") nor a present state; a present verb with no such anchor stays present."""
    verb = sent.tokens[position]
    if verb.lemma in STATIVE_LEMMAS or any(child.lower in HABITUAL_ADVERBS
                                           for child in _children(sent, position)):
        return False
    if verb.dep == "conj" and 0 <= verb.head < len(sent.tokens) and verb.head != position:
        head = sent.tokens[verb.head]
        if head.tag == "VBD" and head.pos == "VERB" and _subject_of(sent, position) is None \
                and head.lower != head.lemma and not _repeated_each_period(sent, verb.head):
            # a past form no present shares ("sat", not "set" or "put"), told once
            return True
    for child in sent.child_map[position]:
        token = sent.tokens[child]
        if token.dep not in {"npadvmod", "advmod", "prep"}:
            continue
        inside = [token, *(sent.tokens[grand] for grand in sent.child_map[child])]
        if any(item.lower in PAST_ANCHORS for item in inside):
            return True
        if token.dep == "prep" and token.lower in DATING_PREPOSITIONS and _names_year(sent, child):
            return True  # "in 2022 I lead the installation", "in January 2023 I set three goals"
        if token.dep == "npadvmod" and any(item.lower in LAST_WORDS for item in inside):
            return True
    return False


FRAMING_LEMMAS = frozenset({"say", "argue", "put", "add", "describe", "call", "point", "stress",
                            "sum", "phrase", "claim", "suggest", "admit", "mention", "note"})
"""Verbs by which the speaker frames what they go on to tell: "I'd argue that I turned it round",
"what I'd say is...", "I'd put it this way:". The frame is a way of speaking; the clause it
introduces keeps its own mood."""
FRAMING_MODALS = frozenset({"would", "'d", "might"})
WAY_WORDS = frozenset({"way", "like", "simply", "briefly", "bluntly", "plainly", "differently"})


def _way_of_putting(sent: Sentence, position: int) -> bool:
    """"I'd put it this way", "I'd say it like this": a verb of framing whose object is "it" and
    a manner ("this way", "like this", "simply"), not "I'd put the plan in place" (had put)."""
    if sent.tokens[position].lemma not in FRAMING_LEMMAS:
        return False
    kids = _children(sent, position)
    return any(kid.dep == "dobj" and kid.lower == "it" for kid in kids) and any(
        kid.lower in WAY_WORDS for kid in kids)


def framing(sent: Sentence, position: int) -> bool:
    """Whether the verb at ``position`` is the speaker framing what follows in the conditional
    of speech ("I'd argue", "I would say", "I might add"): not negated ("I wouldn't say" denies
    what follows), not under a condition."""
    verb = sent.tokens[position]
    if verb.lemma not in FRAMING_LEMMAS or not _speaker_subject(sent, position):
        return False
    kids = _children(sent, position)
    return any(kid.dep == "aux" and kid.lower in FRAMING_MODALS for kid in kids) \
        and clause_mood(sent, position) == "hypothetical"


CALENDAR_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "morning", "evening", "night", "time",
})


def _every_time(sent: Sentence, position: int) -> bool:
    """Whether the verb at ``position`` is done "every" period ("every January", "each week",
    "for each site every quarter"), read from its own words and the phrases it governs."""
    stack = list(sent.child_map[position])
    while stack:
        child = stack.pop()
        token = sent.tokens[child]
        if token.dep in {"ccomp", "advcl", "conj", "relcl", "xcomp"}:
            continue  # another clause
        if (token.lower in TIME_UNITS or token.lower in CALENDAR_WORDS) and any(
                sent.tokens[kid].lower in {"every", "each"} for kid in sent.child_map[child]):
            return True
        stack.extend(sent.child_map[child])
    return False


PAST_MODALS = frozenset({"would", "'d", "could"})


def _under_past(sent: Sentence, position: int) -> bool:
    """Whether the clause at ``position`` hangs on a verb in the simple past, directly or
    through the noun it describes ("there wasn't much I could do", "I said I would call"): its
    "would" or "could" is that past's own future or ability, not an imagined case."""
    head = sent.tokens[position].head
    if not 0 <= head < len(sent.tokens) or head == position:
        return False
    governor = sent.tokens[head]
    if governor.pos in {"NOUN", "PRON", "DET", "ADJ"} and 0 <= governor.head < len(sent.tokens):
        governor = sent.tokens[governor.head]  # the relative clause of a noun: its verb
    return governor.tag == "VBD" and not any(
        sent.tokens[kid].dep == "mark" and sent.tokens[kid].lower in CONDITION_MARKS
        for kid in sent.child_map[sent.tokens.index(governor)])


def _among_present(sent: Sentence, position: int) -> bool:
    """Whether every other finite verb of the sentence is present tense (and there is one)."""
    others = [token for index, token in enumerate(sent.tokens)
              if index != position and token.tag in {"VBD", "VBP", "VBZ"}]
    return bool(others) and all(token.tag in {"VBP", "VBZ"} for token in others)


def _subject_of(sent: Sentence, position: int) -> Token | None:
    for child in _children(sent, position):
        if child.dep in SUBJECT_DEPS or child.dep in PASSIVE_DEPS:
            return child
    return None


def subject_clauses(
    sent: Sentence, subjects: frozenset[str]
) -> tuple[list[Token], list[Token], list[Token]]:
    """The verbs whose nominal subject is one of ``subjects`` ("i", "we"), as (past,
    hypothetical, habitual).

    A past action is an action verb (not a verb of opinion or state) in an affirmative,
    non-conditional clause that reports what happened: "I rebuilt", "I have led", and verbs
    joined to one ("I called the client and rebuilt the plan"). Passives ("I was promoted"),
    denials ("I never checked"), conditions ("if I said") and opinions ("I think") are not.
    """
    past: list[Token] = []
    hypothetical: list[Token] = []
    habitual: list[Token] = []
    tokens = sent.tokens
    heads: list[int] = []
    for token in tokens:
        if token.lower in subjects and token.dep in SUBJECT_DEPS and 0 <= token.head < len(tokens):
            heads.append(token.head)
    index = 0
    while index < len(heads):  # verbs that share the subject: "I called X, rebuilt Y and set Z"
        head = heads[index]
        index += 1
        governor = tokens[head].head
        if tokens[head].dep == "ccomp" and 0 <= governor < len(tokens) and governor not in heads \
                and _listed_after_colon(sent, head, governor):
            heads.append(governor)  # "I changed tack: sent the proposals ahead": what the change was
        for position, token in enumerate(tokens):
            if token.head != head or position in heads or token.pos not in {"VERB", "AUX"}:
                continue
            if _subject_of(sent, position) is not None:
                continue
            listed = token.dep == "advcl" and token.tag == "VBD" and not any(
                tokens[child].dep == "mark" or tokens[child].tag in {"WRB", "WDT"}
                for child in sent.child_map[position]
            )  # a list the parser read as a subordinate clause
            # "I sat in on twelve reviews, then worked with the CRO": a list read as "dep"
            loose = token.dep == "dep" and (token.tag == "VBD" or (
                token.tag in {"VB", "VBP"} and token.lemma != token.lower)) and not any(
                tokens[child].dep == "mark" or tokens[child].tag in {"WRB", "WDT"}
                for child in sent.child_map[position]
            )
            if token.dep == "conj" or listed or loose:
                heads.append(position)
    for position in dict.fromkeys(heads):
        verb = tokens[position]
        if verb.pos not in {"VERB", "AUX"}:
            continue
        if verb.dep == "relcl" and verb.lemma in RELATIVE_TAKEAWAY:
            continue  # "the lesson I took", "the decision I made": a noun, not an event
        mood = clause_mood(sent, position)
        action = (verb.lemma not in STATIVE_LEMMAS or _agreed_something(sent, position)) \
            and (verb.pos == "VERB" or _done_thing(sent, position)) and not _supposed(sent, position)
        if mood == "hypothetical":
            hypothetical.append(verb)
        elif mood == "habitual" or (mood == "present" and action):
            habitual.append(verb)
        elif mood == "past" and action:
            past.append(verb)
    return past, hypothetical, habitual


# What "do" takes that names no deed: "I did my best", "I did a lot", "I did the same thing".
VAGUE_DEEDS = frozenset({"thing", "things", "something", "everything", "anything", "lot", "lots",
                         "best", "bit", "stuff", "same", "rest", "work", "job", "part", "share"})


def _done_thing(sent: Sentence, position: int) -> bool:
    """Whether "do" at ``position``, tagged an auxiliary, is the main verb of its clause with a
    thing done as its object ("I did the weekly audit myself", "I did a pilot in one store"), not
    the support of another verb ("I did flag it"), nor a pronoun or a word that names no deed
    ("I did exactly that", "I did something similar", "I did my best")."""
    verb = sent.tokens[position]
    return verb.lemma == "do" and any(
        sent.tokens[child].dep == "dobj" and sent.tokens[child].pos in {"NOUN", "PROPN"}
        and sent.tokens[child].lower not in VAGUE_DEEDS for child in sent.child_map[position])


# Verbs of working something out that, with a clause and no particle, tell a belief: "I figured
# the paperwork would catch up", "I reckoned" (but "I figured out the cause" is an act).
SUPPOSING_LEMMAS = frozenset({"figure", "gather", "bet"})


def _agreed_something(sent: Sentence, position: int) -> bool:
    """Whether "agree" at ``position`` settles something with someone ("I agreed the outcome with
    her", "I agreed a plan with the union"): an act, unlike agreeing with a view ("I agreed with
    him", "I agreed that it was late")."""
    return sent.tokens[position].lemma == "agree" and any(
        child.dep == "dobj" and child.pos in {"NOUN", "PROPN"} for child in _children(sent, position))


def _supposed(sent: Sentence, position: int) -> bool:
    """Whether the verb at ``position`` states a belief rather than an act: a verb of working
    something out with a complement clause and no particle ("I figured it would pass")."""
    if sent.tokens[position].lemma not in SUPPOSING_LEMMAS:
        return False
    kids = _children(sent, position)
    if any(child.dep == "prt" for child in kids):
        return False  # "I figured out the cause": worked out, an act
    # a complement clause ("I figured it would pass"), or nothing worked out at all ("So I
    # figured, time for a change"): a belief either way
    return any(child.dep == "ccomp" for child in kids) or not any(
        child.dep in {"dobj", "prep", "xcomp", "advcl"} for child in kids)


def _listed_after_colon(sent: Sentence, clause: int, governor: int) -> bool:
    """Whether ``governor`` is a subjectless past verb that follows ``clause`` after a colon
    ("I changed tack: sent proposals a week ahead"): the parser made the opening clause its
    complement, but the colon lists what the subject of that clause did."""
    verb = sent.tokens[governor]
    if governor < clause or _subject_of(sent, governor) is not None or verb.dep != "ROOT":
        return False
    if not (verb.tag == "VBD" or (verb.tag in {"VB", "VBP"} and verb.lemma != verb.lower)):
        return False
    return any(token.text == ":" for token in sent.tokens[clause:governor])


# --- numbers attached to a result -------------------------------------------------------------

CHANGE_LEMMAS = frozenset({
    "rise", "raise", "fall", "drop", "cut", "reduce", "increase", "decrease", "grow", "shrink",
    "lift", "lower", "boost", "improve", "save", "double", "triple", "halve", "climb", "jump",
    "bring", "shorten", "speed", "slash", "trim", "gain",
    "recover", "add", "expand", "decline", "fell", "reach", "hit", "beat",
    "exceed", "deliver", "generate", "win", "sign", "close", "land", "secure", "hire", "recruit",
    "retain", "onboard", "train", "promote", "launch", "open", "ship", "complete", "achieve",
    "earn", "book", "collect", "clear", "resolve", "finish", "end", "rank", "score", "return", "award",
    "free", "avoid", "prevent", "eliminate", "remove", "convert", "attract", "acquire", "sell",
    # what was kept is a count of the result: "we kept 85% of those colleagues"
    "keep",
})
# Nouns that name a change. A measure's name alone ("31 percent turnover", "its 78 percent
# retention") says where it stood, not that it moved: that takes a change verb or "from ... to".
CHANGE_NOUNS = frozenset({
    "increase", "decrease", "reduction", "growth", "saving", "savings", "rise", "drop", "fall",
    "cut", "improvement", "uplift", "gain", "decline", "jump", "boost", "lift", "return", "roi",
    "profit",
})
TIME_UNITS = frozenset({
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "quarter", "quarters", "decade", "decades", "fortnight",
    "weekend", "weekends", "sprint", "sprints", "shift", "shifts", "season", "seasons",
})
# Words that make a figure an aim, not a result: "a target to cut churn from 9% to 4%".
AIM_LEMMAS = frozenset({"target", "goal", "aim", "objective", "plan", "want", "hope", "expect",
                        "ambition", "budget", "forecast", "intend", "promise", "commit", "kpi"})
# Verbs whose infinitive reports a result: "we managed to cut waste by 20%".
ACHIEVED_LEMMAS = frozenset({"manage", "succeed", "help", "go", "start", "begin", "continue"})
# Prepositions that make a figure a threshold: "anything over £50", "orders under 10 kg".
THRESHOLD_PREPS = frozenset({"over", "above", "under", "below", "beyond"})
REPORTED_MOODS = frozenset({"past"})
SCALE_LEMMAS = frozenset({"have", "be", "run", "manage", "lead", "own", "inherit", "join",
                          "oversee", "head", "employ", "cover", "span", "include", "report"})
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")


# A state said to have changed: "was down to 14 percent", "was up from 40", "was 30% lower"; not
# "it was more like 4" (a correction) or "less than 10" (a comparison).
STATE_CHANGE_RE = re.compile(r"\bfrom\b[^.;!?]{0,50}?\bto\b|\b(?:up|down|higher|lower|back)\b",
                             re.IGNORECASE)


# A figure told as a difference from a reference, right after it: "45% lower", "£60,000 under
# budget", "4 percent ahead of last year", "14 per cent down"; not "12 more engineers" (a count).
DIFFERENCE_RE = re.compile(
    r"\s*(?:%|percent|per cent|points?)?\s*(?:lower|higher|cheaper|faster|quicker|shorter|down\b|"
    r"up\b|ahead\b|under (?:budget|plan|target|forecast)|(?:over|above|below|better than) "
    r"(?:budget|plan|target|forecast))", re.IGNORECASE)


# A span of time told as a gain on the date planned, right after the figure: "went out five weeks
# early", "opened two months ahead of schedule". Not "six weeks late" (the failure a story opens
# on), nor "two weeks earlier than the engineers wanted" (a date the speaker moved).
EARLY_LATE_RE = re.compile(
    r"\s*(?:days?|weeks?|months?|years?)\s+(?:early|sooner|ahead of (?:schedule|plan|time))\b(?!\s+than)",
    re.IGNORECASE)


# Aims announced and then listed: "three targets for the year: ...", "our goals were: ...".
AIM_LIST_RE = re.compile(r"\b(?:targets?|goals?|objectives?|aims?|kpis?|priorities)\b[^:;.]{0,60}:",
                         re.IGNORECASE)


def _ancestors(sent: Sentence, position: int) -> Iterable[tuple[int, Token]]:
    seen = set()
    current = sent.tokens[position].head
    while 0 <= current < len(sent.tokens) and current not in seen:
        seen.add(current)
        yield current, sent.tokens[current]
        if sent.tokens[current].head == current:
            break
        current = sent.tokens[current].head


def _token_at(sent: Sentence, start: int, end: int) -> int | None:
    """The position of the first token with a digit or a number tag inside [start, end)."""
    inside = [position for position, token in enumerate(sent.tokens)
              if token.start >= start and token.start < end]
    for position in inside:
        token = sent.tokens[position]
        if token.tag == "CD" or any(char.isdigit() for char in token.text):
            return position
    return inside[0] if inside else None


# A word of a "from X to Y" span; a decimal point inside a number is part of it ("from 7.1% to 3.8%").
_SPAN_WORD = r"(?:\d[.,]\d|[^\s.;:!?])+"
FROM_TO_SPAN_RE = re.compile(
    rf"\bfrom\s+(?:{_SPAN_WORD}\s+){{0,5}}?to\s+(?:{_SPAN_WORD}\s*){{1,2}}", re.IGNORECASE
)


NUMBERISH_RE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|sixty|hundred|half|first|second|third|fourth|fifth|sixth|last|bottom|top|none|zero|"
    r"nil)\b",
    re.IGNORECASE,
)


def _in_from_to(sent: Sentence, start: int) -> bool:
    """Whether the number at ``start`` is one end of a "from X to Y" change, both ends numbers
    or ranks ("from 9% to 4%", "from fifth to second")."""
    for match in FROM_TO_SPAN_RE.finditer(sent.text):
        if not sent.start + match.start() <= start < sent.start + match.end():
            continue
        before, _, after = match.group(0).partition(" to ")
        if NUMBERISH_RE.search(before[4:]) and NUMBERISH_RE.search(after):
            return True
    return False


def before_and_after(sent: Sentence) -> bool:
    """Whether the sentence measures a change with both ends ("from five layers to two"); not
    a span of years ("from 2019 to 2022")."""
    return any(_in_from_to(sent, start) and not YEAR_RE.match(quote.strip())
               for start, _end, quote in sent.numbers)


def _aimed_or_threshold(sent: Sentence, position: int) -> bool:
    """Whether the figure at ``position`` is an aim ("a target of 20%", "we planned to save £2m")
    or a threshold ("anything over £50"), read from the words that govern it."""
    for where, ancestor in _ancestors(sent, position):
        if ancestor.lemma in AIM_LEMMAS or ancestor.lower in AIM_LEMMAS:
            # "we did hit the cost target, about $3.8 million a year": an aim met is a result
            return not _met(sent, ancestor)
        if ancestor.lower in THRESHOLD_PREPS and ancestor.dep == "prep" and 0 <= ancestor.head < len(
            sent.tokens
        ) and sent.tokens[ancestor.head].pos == "PRON":
            return True
        if ancestor.pos != "VERB":
            continue
        infinitive = ancestor.tag == "VB" and any(
            child.lower == "to" and child.dep == "aux" for child in _children(sent, where)
        )
        tokens = sent.tokens
        achieved = 0 <= ancestor.head < len(tokens) and tokens[ancestor.head].lemma in ACHIEVED_LEMMAS
        if infinitive and not achieved:
            return True  # "(I changed the rota) to cut overtime by 20%": a purpose, not a result
        if ancestor.dep not in {"xcomp", "ccomp", "acl"}:
            break  # the clause that reports the figure; an aim would govern it from above
    return False


# Verbs that say an aim was reached: "we hit the target", "beat the forecast".
MET_LEMMAS = frozenset({"hit", "beat", "exceed", "meet", "reach", "achieve", "surpass", "smash"})


def _met(sent: Sentence, aim: Token) -> bool:
    """Whether the aim noun is the object of a verb of reaching it, told as past ("we did hit
    the cost target", "we beat the forecast")."""
    if aim.dep != "dobj" or not 0 <= aim.head < len(sent.tokens):
        return False
    verb = sent.tokens[aim.head]
    emphatic = any(child.lower == "did" and child.dep == "aux" for child in _children(sent, aim.head))
    return verb.lemma in MET_LEMMAS and (emphatic or clause_mood(sent, aim.head) == "past")


def aim_met(sent: Sentence, aim: Token) -> bool:
    """Whether the aim noun ``aim`` is told as reached: the object of a verb of reaching it in
    the past ("attendance beat target by 30%"), or the standard a figure is held against ("the
    branch was at 94 percent of target", "we finished ahead of plan")."""
    if _met(sent, aim):
        return True
    return aim.dep == "pobj" and 0 <= aim.head < len(sent.tokens) \
        and sent.tokens[aim.head].lower in STANDING_PREPS


STANDING_PREPS = frozenset({"of", "above", "below", "ahead", "against", "over", "under", "beyond"})


def _imagined(sent: Sentence, position: int) -> bool:
    """Whether the figure at ``position`` sits under a clause that is imagined or conditional,
    however far up ("if we're talking about a deal, I'd lay out what it does under, say, a 10
    percent decline"): a case made up to explain, not a result. What someone would say ("my boss
    would say our audit went from eleven findings to two") keeps the mood of what is said, and so
    does a clause told in the past with a subject of its own that the parser hung on a modal one
    ("the contamination went from 12 percent to 4, the team could pass to two shifts")."""
    below, below_at = sent.tokens[position], position
    for where, ancestor in _ancestors(sent, position):
        if below.dep == "ccomp" and ancestor.lemma in REPORTING_LEMMAS:
            return False
        if below.dep in {"advcl", "conj"} and _told_on_its_own(sent, below_at):
            return False
        if ancestor.pos in {"VERB", "AUX"} and ancestor.lemma not in ASIDE_LEMMAS and clause_mood(
            sent, where
        ) in {"hypothetical", "past_future", "conditional"}:
            return True
        below, below_at = ancestor, where
    return False


def _told_on_its_own(sent: Sentence, position: int) -> bool:
    """The verb at ``position`` heads a clause told in the past with its own subject and no
    word that hangs it on another clause ("when", "if", "because")."""
    kids = _children(sent, position)
    return sent.tokens[position].tag == "VBD" and clause_mood(sent, position) == "past" \
        and any(kid.dep in {"nsubj", "nsubjpass"} for kid in kids) \
        and not any(kid.dep == "mark" for kid in kids)


# Verbs of a spoken aside: "if I remember correctly", "if I recall", "if you like".
ASIDE_LEMMAS = frozenset({"remember", "recall", "like", "say", "know"})


EXAMPLE_OPENERS = frozenset({",", "(", "-", "—", "–"})


def _illustration(sent: Sentence, position: int) -> bool:
    """Whether the figure at ``position`` is offered as an example ("under a bad case, say a 10
    percent fall", "for example a 5% price rise"): a case to explain, not a result."""
    tokens = sent.tokens
    for back in range(position - 1, max(-1, position - 5), -1):
        token = tokens[back]
        if token.lower in {"say", "e.g.", "eg"} and back > 0 and tokens[back - 1].lower in EXAMPLE_OPENERS:
            return True
        if token.lower in {"example", "instance"} and back > 0 and tokens[back - 1].lower == "for":
            return True
        if token.pos not in {"DET", "ADJ", "ADV", "PUNCT", "NOUN"} and token.lower != ",":
            return False
    return False


# Where money comes from to be spent: "secured £85,000 from the capital budget".
FUNDING_SOURCES = frozenset({"budget", "budgets", "capex", "reserve", "reserves", "contingency"})


def _drawn_from_budget(sent: Sentence, verb: int) -> bool:
    """Whether the verb at ``verb`` takes money out of a budget ("secured £180,000 from the
    capital budget", "got £40k out of the training budget"): money to spend, not a result."""
    for child in sent.child_map[verb]:
        prep = sent.tokens[child]
        if prep.dep != "prep" or prep.lower not in {"from", "of", "out"}:
            continue
        stack = list(sent.child_map[child])
        while stack:
            noun = sent.tokens[stack.pop()]
            if noun.dep == "pobj" and noun.lower in FUNDING_SOURCES:
                return True
            if noun.dep in {"prep", "pobj"}:
                stack.extend(sent.child_map[sent.tokens.index(noun)])
    return False


# Verbs of motion that report a change with "up", "down" or "to": "complaints went down to 40".
MOTION_LEMMAS = frozenset({"go", "get", "come"})
DIRECTION_WORDS = frozenset({"up", "down", "back"})


def _moved(sent: Sentence, verb: int, figure: int, *, wider: bool = False) -> bool:
    """Whether a verb of motion reports that the figure at ``figure`` is where a measure moved to
    or by: "went down to 640 a month", "came down by a third", "OEE went to 76%"; not "I went to a
    company with a turnover of 60 million" (a place, then the size of it). ``wider``: also a
    direction said of the verb ("went up to 97 per cent", "went up 12%")."""
    if sent.tokens[verb].lemma not in MOTION_LEMMAS:
        return False
    kids = sent.child_map[verb]
    if sent.tokens[verb].lemma == "come" and any(
            sent.tokens[child].lower == "in" and sent.tokens[child].dep == "prt" for child in kids):
        # "absenteeism came in at 8.6%": where a measure landed
        return any(sent.tokens[where].head == verb and sent.tokens[where].lower == "at"
                   for where, _ in _ancestors(sent, figure))
    below = figure
    for where, ancestor in _ancestors(sent, figure):
        if where == verb:
            if below != figure and sent.tokens[below].lower in {"to", "by"} \
                    and sent.tokens[below].dep == "prep":
                return True
            # "went up 12%", "came down about 35%": a direction said of the verb, the figure its size
            return wider and sent.tokens[below].dep in {"npadvmod", "dobj", "advmod"} and any(
                sent.tokens[child].lower in {"up", "down"} and sent.tokens[child].dep in {"advmod", "prt"}
                for child in kids)
        if ancestor.dep == "prep" and ancestor.lower not in {"to", "by"}:
            return False
        if wider and ancestor.lower in DIRECTION_WORDS and ancestor.dep in {"advmod", "prt"}:
            continue  # "went up to 97 per cent": the direction between the verb and its "to"
        below = where
    return False


# Verbs of arriving in a post: a state told "when I took over" is what the speaker found.
ARRIVAL_LEMMAS = frozenset({"join", "arrive", "start", "inherit", "take", "come", "begin",
                            "move", "land"})


def _found_on_arrival(sent: Sentence, verb: int) -> bool:
    """Whether the clause of the verb at ``verb`` is placed at the speaker's arrival ("When I took
    over 22 pharmacies, the region was down 6%", "When I joined, churn was 9%"): the state found,
    the problem before anything was done."""
    for child in sent.child_map[verb]:
        clause = sent.tokens[child]
        if clause.dep != "advcl" or clause.lemma not in ARRIVAL_LEMMAS:
            continue
        if clause.lemma == "take" and not any(
            sent.tokens[grand].lower == "over" for grand in sent.child_map[child]
        ):
            continue
        if any(sent.tokens[grand].lower in {"when", "as", "after", "once"}
               and sent.tokens[grand].dep in {"advmod", "mark"} for grand in sent.child_map[child]) \
                and _speaker_subject(sent, child):
            return True
    return False


def _done_before_by_others(sent: Sentence, verb: int) -> bool:
    """Whether the clause of ``verb`` tells, in the past perfect, what someone other than the
    speaker or the team had done before the story ("head office had cut the budget by 15
    percent", "my predecessor had lost three clients"): the set-up, not a result; a past perfect
    placed later in the story ("by March we had cut it by 20%") is a result."""
    head = clause_head(sent, verb)
    if not _backstory(sent, verb) or not any(
            sent.tokens[child].dep == "dobj" for child in sent.child_map[verb]):
        return False  # an act on something, in the past perfect ("had cut our budget")
    subject = _subject_of(sent, verb) or _subject_of(sent, head)
    if subject is None or subject.lower in {"i", "we"} or subject.dep in PASSIVE_DEPS:
        return False
    # placed later in the story anywhere in the sentence ("By June ..., they had cut ...")
    return not any(_later_marker(sent, position) for position, token in enumerate(sent.tokens)
                   if token.pos in {"VERB", "AUX"})


def _reports_something(sent: Sentence) -> bool:
    """Whether the sentence has a verb that reports what happened or what is now (not a fragment
    listing aims)."""
    return any(
        token.pos in {"VERB", "AUX"} and token.tag in {"VBD", "VBN", "VBZ", "VBP"}
        for token in sent.tokens
    )


WON_LEMMAS = frozenset({"win", "sign", "close", "land", "secure", "earn", "book", "achieve", "hit", "award",
                        "beat", "exceed", "complete", "deliver", "launch", "resolve", "recover",
                        "convert", "acquire", "sell", "save", "ship", "double", "triple", "halve",
                        "gain", "cut", "reduce"})
SMALL_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine",
                               "ten", "eleven", "twelve", "fifteen", "dozen", "half"})


# What an organisation works with, as opposed to what it achieves: "from nine reps to 26", "the
# approval layers from five to two". Counted under the speaker's own act of reshaping, a change
# in these is what was done (the action's scope); what it achieved is told by another figure.
MEANS_NOUNS = UNIT_NOUNS | TEAM_NOUNS | frozenset({
    "staff", "headcount", "reps", "rep", "supplier", "suppliers", "vendor", "vendors", "product",
    "products", "range", "layer", "layers", "lines", "roles", "posts", "system", "systems", "tool",
    "tools", "stage", "stages", "step", "steps", "sku", "skus", "shifts", "hubs", "agencies",
})
RESHAPING_LEMMAS = frozenset({
    "cut", "reduce", "restructure", "consolidate", "rebuild", "downsize", "merge", "rationalise",
    "rationalize", "streamline", "shrink", "lead", "trim", "slim", "collapse", "combine",
})


def _span_nouns(sent: Sentence, start: int) -> list[Token]:
    """The nouns inside the "from X to Y" span around ``start`` ("from twelve lines to five")."""
    for match in FROM_TO_SPAN_RE.finditer(sent.text):
        low, high = sent.start + match.start(), sent.start + match.end()
        if low <= start < high:
            return [token for token in sent.tokens if low <= token.start < high and token.pos == "NOUN"]
    return []


def _reshaped_means(sent: Sentence, governing: Token, noun: Token) -> bool:
    """Whether a before-and-after of plain counts is the speaker reshaping the means ("I cut the
    range from nine products to four", "I restructured the team from 60 people to 42", "I led
    the downsizing from 48 staff to 29"): the speaker's own act on the organisation's units,
    people or steps, which the act itself already tells; not a result such as "I cut injuries
    from nine a year to three" or "the team went from 40 to 65 clients"."""
    verb = sent.tokens.index(governing)
    if governing.lemma not in RESHAPING_LEMMAS or not _speaker_subject(sent, clause_head(sent, verb)):
        return False
    nouns = [noun, *_span_nouns(sent, noun.start)]
    for child in sent.child_map[verb]:
        if sent.tokens[child].dep == "dobj":
            nouns.append(sent.tokens[child])
            nouns.extend(sent.tokens[grand] for of in sent.child_map[child]
                         if sent.tokens[of].lower == "of" for grand in sent.child_map[of])
    return any(item.lower in MEANS_NOUNS for item in nouns)


# Words that set a figure beside the one it is measured against: "in 26 days against an estimate
# of 45", "12 a week instead of 6", "6% versus 15% for the team".
BASELINE_WORDS = frozenset({"against", "versus", "vs", "vs.", "instead", "compared"})


def _aim_stated(sent: Sentence, verb: Token | None) -> bool:
    """Whether a state verb says what an aim or a plan was ("the budget was 4 million")."""
    if verb is None or verb.lemma not in {"be", "become"}:
        return False
    subject = _subject_of(sent, sent.tokens.index(verb))
    return subject is not None and (subject.lemma in AIM_LEMMAS or subject.lower in AIM_LEMMAS)


def _against_baseline(sent: Sentence, position: int) -> bool:
    """Whether the figure at ``position`` is set against a baseline figure within a few words
    after it, in the same clause: "we restarted the unit in 26 days against a corporate estimate
    of 45", "installed 12 stations a week instead of 6", "four months late instead of fourteen".
    A before and after said the other way round; not a year beside a year."""
    tokens = sent.tokens
    if YEAR_RE.match(tokens[position].lower):
        return False
    unit = position
    if tokens[position].dep in {"nummod", "quantmod"} and 0 <= tokens[position].head < len(tokens):
        unit = tokens[position].head
    if any(tokens[child].lower in {"every", "each", "per"} for child in sent.child_map[unit]):
        return False  # "checks every thirty minutes instead of every two hours": how often
    path = []
    for _, ancestor in _ancestors(sent, position):
        path.append(ancestor)
        if ancestor.pos in {"VERB", "AUX"}:
            break
    governing = path[-1] if path and path[-1].pos in {"VERB", "AUX"} else None
    if tokens[position].dep == "appos" or tokens[unit].dep in {"nsubj", "nsubjpass"} or any(
            item.dep == "appos" for item in path):
        return False  # "a bigger job, 14 sites against my nine": a description set beside
    if governing is None or (governing.lemma in SCALE_LEMMAS and governing.lemma not in {"be", "become"}):
        return False  # "you've 320 on site against my 210": sizes set side by side
    if _measured_against(sent, position, unit):
        return True
    for offset in range(position + 1, min(len(tokens), position + 6)):
        word = tokens[offset]
        if word.pos == "VERB" or word.lower in {";", ":", "."} or word.tag == "CD" or (
                word.dep in {"mark", "cc"} and word.lower != "of"):
            return False
        if word.lower not in BASELINE_WORDS:
            continue
        if word.lower == "instead" and not _rate_or_measure(sent, position, unit):
            return False  # "launched in 31 states instead of all 50": the scope chosen
        for other in range(offset + 1, min(len(tokens), offset + 6)):
            candidate = tokens[other]
            if candidate.pos == "VERB" or candidate.lower in {";", ":", "."}:
                return False
            if candidate.tag == "CD" and not YEAR_RE.match(candidate.lower) \
                    and candidate.lower not in {"one", "a"}:
                return True
        return False
    return False


# Words that measure a figure against a reference: "40% above the previous grant", "11% below
# the incumbent's", "two months ahead of schedule", "22 percent higher than".
REFERENCE_WORDS = frozenset({"above", "below", "ahead", "behind", "under", "over"})
COMPARED_TAGS = frozenset({"JJR", "RBR"})


def _rate_or_measure(sent: Sentence, position: int, unit: int) -> bool:
    """Whether the figure is a time, a rate, a percentage or money ("in sixteen months", "12
    stations a week", "30%"), not a plain count of things chosen."""
    tokens = sent.tokens
    noun = tokens[unit]
    if noun.lower in TIME_UNITS or noun.lower in MEASURED_UNITS or any(
            mark in tokens[position].text for mark in "%$€£"):
        return True
    return any(tokens[child].dep == "npadvmod" and tokens[child].lower in TIME_UNITS
               for child in sent.child_map[unit])


def _measured_against(sent: Sentence, position: int, unit: int) -> bool:
    """Whether the figure at ``position`` measures a difference from a reference: its unit (the
    noun it counts, or the figure itself) modifies a word of position or a comparative that
    names what it is compared with ("40% above the previous grant", "two months ahead of
    schedule", "22 percent higher than among the rest"). Not "over 40 people" (the figure after
    the word is a threshold), nor "two levels below me" (a place in a structure)."""
    tokens = sent.tokens
    if tokens[unit].dep != "npadvmod" or not 0 <= tokens[unit].head < len(tokens):
        return False
    word = tokens[unit].head
    if word < unit or not 0 <= tokens[word].head < len(tokens) or tokens[
            tokens[word].head].pos not in {"VERB", "AUX"}:
        return False  # said of the clause, not of a noun ("a price 30% above the rival's")
    kids = [tokens[child] for child in sent.child_map[word]]
    if tokens[word].lower in REFERENCE_WORDS:
        # "above the previous grant" or "ahead of schedule": a thing, not a span of time
        nouns = [kid for kid in kids if kid.dep == "pobj"] + [
            grand for kid in kids if kid.lower == "of" for grand in _children(sent, sent.tokens.index(kid))
            if grand.dep == "pobj"]
        return any(noun.pos in {"NOUN", "PROPN"} and noun.lower not in TIME_UNITS for noun in nouns)
    return tokens[word].tag in COMPARED_TAGS and any(kid.lower == "than" for kid in kids)


# Verbs of a result counted as a part of a whole: "we kept 31 of the 34 customers at risk",
# "26 of the 30 tenancies were sustained".
SHARE_LEMMAS = frozenset({"keep", "retain", "win", "save", "sustain", "place", "resolve", "close",
                          "clear", "pass", "recover", "convert", "settle", "house", "fill", "return"})


def _share_kept(sent: Sentence, position: int) -> bool:
    """Whether "N of the M" at ``position`` counts what a verb of result achieved: the whole is
    itself counted ("31 of the 34") and the figure is the object or the passive subject of a
    past verb of keeping, winning or resolving. "Four of my seven reports had left" names who."""
    tokens = sent.tokens
    counted_whole = any(
        tokens[grand].dep == "pobj" and any(tokens[deep].tag == "CD" for deep in sent.child_map[grand])
        for child in sent.child_map[position] if tokens[child].lower == "of"
        for grand in sent.child_map[child])
    head = tokens[position].head
    if not counted_whole or not 0 <= head < len(tokens) or tokens[position].dep not in {
            "dobj", "nsubjpass"}:
        return False
    verb = tokens[head]
    wholes = [grand for child in sent.child_map[position] if tokens[child].lower == "of"
              for grand in sent.child_map[child] if tokens[grand].dep == "pobj"]
    if any(tokens[whole].lower in MEANS_NOUNS for whole in wholes):
        return False  # "closed four of the eleven branches": the act on the means
    return verb.lemma in SHARE_LEMMAS and clause_mood(sent, head) in REPORTED_MOODS


def _label_number(sent: Sentence, position: int) -> bool:
    """A short bare number right after the capitalised noun it names ("Category 2", "Line 3",
    "Ward 7", "Phase 1"): part of a name, like a house number, not a count or a measure."""
    token = sent.tokens[position]
    head = token.head
    if head != position - 1 or token.dep not in {"nummod", "appos", "npadvmod", "compound"}:
        return False
    if not (token.text.isdigit() and len(token.text) <= 3):
        return False
    noun = sent.tokens[head].text
    return len(noun) >= 3 and noun.isalpha() and noun[0].isupper() and noun[1:].islower()


CURRENCY_SIGNS = frozenset("$€£¥₹")
"""Signs that make the figure after them a sum of money."""
SPOKEN_MONEY = frozenset({"grand", "quid", "bucks", "k"})
"""Words of speech that make the figure before them a sum of money."""


def outcome_number(sent: Sentence, start: int, end: int, quote: str, *, wider: bool = False) -> bool:
    """Whether the number quoted at [start, end) measures a result: a change, a before and after,
    money or a percentage won or saved, or a count achieved; not a year, a duration or a head-count
    that sets the scene ("a team of 12", "for three years", "in 2022").

    ``wider`` (the reading praise rests on, ``figures.result_numbers``) also reads a change told
    with a direction ("went up 12%", "went up to 97 per cent"), a figure told as a difference from
    a reference ("45% lower", "£60,000 under budget") and the measure of a change named as the
    subject ("the saving was £410,000"); the narrower reading is the one the learned models'
    sentence facts were trained on (``sentence_features``), kept as it was."""
    stripped = quote.strip().lower().rstrip(".,")
    if YEAR_RE.match(stripped) or stripped in {"one", "a", "an"}:
        return False  # a year; "one" is a pronoun more often than a count ("the one I'd pick")
    position = _token_at(sent, start, end)
    if position is None or not sent.parsed:
        return False
    tokens = sent.tokens
    token = tokens[position]
    if _aimed_or_threshold(sent, position) or _imagined(sent, position) or _illustration(sent, position):
        return False
    if wider and _label_number(sent, position):
        return False  # "from Category 2 to Category 3", "Line 2": a name, not a quantity
    after = sent.text[end - sent.start : end - sent.start + 1]
    before = sent.text[max(0, start - sent.start - 1) : start - sent.start]
    if not any(char.isdigit() for char in quote) and ("-" in after or "-" in before):
        return False  # "one-to-one", "two-day": part of a word, not a count
    if any(tokens[child].lower == "of" and tokens[child].dep == "prep"
           for child in sent.child_map[position]) and not _share_kept(sent, position):
        return False  # "four of my seven reports", "one of our chefs": who, not how much
    if token.dep == "nummod" and 0 <= token.head < len(tokens) and tokens[token.head].dep == "pobj" \
            and 0 <= tokens[token.head].head < len(tokens) and tokens[tokens[token.head].head].lower == "of":
        return False  # "nine of the eleven reps": the whole a part is taken from
    # the phrase the number belongs to: its noun, and the unit after it
    noun = token
    if token.dep in {"nummod", "quantmod", "compound", "amod"} and 0 <= token.head < len(tokens):
        noun = tokens[token.head]
    unit = noun.lower
    if position + 1 < len(tokens) and tokens[position + 1].lower in {"%", "percent", "pct"}:
        unit = "%"
    elif wider and position + 2 < len(tokens) and tokens[position + 1].lower == "per" \
            and tokens[position + 2].lower == "cent":
        unit = "%"  # "fell 44 per cent the following season": the parser may hang the figure
        # on the time after it, but "per cent" is its unit
    measured = bool(re.search(r"[%$€£]|percent|per cent|\d\s?(?:k|m|bn|x)\b|million|billion|"
                              r"thousand", quote + " " + unit, re.IGNORECASE)) or unit in {
        "%", "percent", "points", "point", "pp", "times", "x"}
    if wider and (before in CURRENCY_SIGNS or unit in SPOKEN_MONEY
                  or re.fullmatch(CURRENCY_WORDS, unit, re.IGNORECASE)):
        measured = True  # "US$9,000", "45,000 US dollars", "eleven grand": a sum of money
    before_after = _in_from_to(sent, start)
    by_amount = False
    change_noun = noun.lower in CHANGE_NOUNS
    governing = None
    governing_at = -1  # its position (``_ancestors`` gives it: no search of the tokens)
    for at, ancestor in _ancestors(sent, position):
        if ancestor.lower == "by" and ancestor.dep == "prep":
            by_amount = True
        if ancestor.lower in CHANGE_NOUNS:
            change_noun = True
        if ancestor.pos == "VERB" or ancestor.dep == "ROOT":
            governing, governing_at = ancestor, at
            break
    if wider and governing is not None and governing.lemma in {"be", "come"} and any(
            tokens[child].dep in {"nsubj", "nsubjpass"} and tokens[child].lower in CHANGE_NOUNS
            for child in sent.child_map[governing_at]):
        change_noun = True  # "the saving was about £410,000 a year": the figure measures a change
    if governing is not None and measured and _drawn_from_budget(sent, governing_at):
        return False  # "secured £85,000 from the innovation budget": money to spend, not won
    if governing is not None and governing.pos in {"VERB", "AUX"} and clause_mood(
        sent, governing_at
    ) not in REPORTED_MOODS | {"present", "other"}:
        return False  # "we were losing 19%", "if we cut 10%", "we would save £2m": not a result
    if governing is not None and _found_on_arrival(sent, governing_at):
        return False  # "When I took over the region, it was down 6%": what the speaker found
    if governing is not None and _done_before_by_others(sent, governing_at):
        return False  # "corporate had cut our budget by 15%": what others had done before
    if governing is not None and clause_mood(sent, governing_at) == "present" and \
            _hedged_by_speaker(sent, clause_head(sent, governing_at)):
        return False  # "I think in most cases the person improves, maybe eight times from ten"
    if before_after and not _reports_something(sent):
        return False  # "Second, resolution from 68% to 75% by December.": a list of aims
    if AIM_LIST_RE.search(sent.text[: start - sent.start]) and (
        governing is None or governing.tag in {"VB", "VBP"} or (governing_at < position
        and governing.lemma in {"set", "agree", "give", "have"})
    ):
        return False  # "I set three targets: grow users from 1.8 to 2.5 million, ...": aims listed
    verb_changes = governing is not None and (governing.lemma in CHANGE_LEMMAS or _moved(
        sent, governing_at, position, wider=wider))
    if governing is not None and governing.lemma in {"be", "become"}:
        # "churn was 4%" / "the backlog was down to 30": a state reported as a result counts
        # only with a change word between the verb and the figure ("was down to", "was up
        # from"), or just before the figure when the verb comes after it.
        lead = sent.text[max(0, start - sent.start - 45) : start - sent.start]
        if governing.start < start:
            lead = sent.text[governing.start - sent.start : start - sent.start]
        verb_changes = bool(STATE_CHANGE_RE.search(lead))
    if before_after and not measured and governing is not None and _reshaped_means(sent, governing, noun):
        return False  # "I cut the range from nine products to four": the act, not its result
    if _against_baseline(sent, position) and not _aim_stated(sent, governing):
        return True  # "restarted it in 26 days against an estimate of 45", "12 a week instead of 6"
    after_figure = sent.text[end - sent.start:]
    if wider and governing is not None and (DIFFERENCE_RE.match(after_figure)
                                            or EARLY_LATE_RE.match(after_figure)) \
            and not (_aim_stated(sent, governing) or governing.lemma in SCALE_LEMMAS - {"be"}):
        return True  # "cost per contact was about 45% lower", "we came in £60,000 under budget",
        # "the second ferry went out five weeks early"
    if unit in TIME_UNITS:
        # "for three years" is a duration; "cut from ten days to four", "down to 6 days" and
        # "shortened by two weeks" measure a change
        toward = bool(re.search(r"\b(?:down|up|cut|reduced|brought|fell|dropped) to\s*$",
                                sent.text[max(0, start - sent.start - 20) : start - sent.start],
                                re.IGNORECASE))
        return before_after or toward or (by_amount and verb_changes)
    if before_after:
        return True
    if governing is not None and governing.lemma in SCALE_LEMMAS and not change_noun and not (
        governing.lemma in {"be", "become"} and verb_changes
    ):
        return False
    if measured:
        return verb_changes or change_noun or by_amount
    # plain counts: "we signed 14 new clients", "hired 6 engineers"; not a group already there
    # ("trained the three clerks", "my two leads"), and not a small count spelled out in words,
    # which in speech sets the scene far more often than it measures ("we added two fields",
    # "I brought in three leads") unless it is what was won ("we won nine new accounts")
    if stripped in SMALL_COUNT_WORDS and (governing is None or governing.lemma not in WON_LEMMAS):
        return False
    if noun is not token and any(
        sent.tokens[c].dep in {"det", "poss"} and sent.tokens[c].lower not in {"a", "an", "another"}
        for c in sent.child_map[tokens.index(noun)]
    ):
        return False
    past = governing is not None and (governing.tag == "VBD" or (
        governing.tag == "VBN" and any(tokens[c].lemma == "have" for c in sent.child_map[
            governing_at])
    ))
    if noun.dep == "pobj":
        # "grew to 40 stores", "cut by two days"; not "with four numbers on a board"
        prep = tokens[noun.head] if 0 <= noun.head < len(tokens) else None
        if prep is None or prep.lower not in {"to", "by", "into", "from"}:
            return False
    if governing is not None and governing.lemma == "bring" and not any(
        tokens[child].dep == "prt" and tokens[child].lower in {"down", "up", "back"}
        for child in sent.child_map[governing_at]
    ) and not before_after:
        return False  # "brought in two contractors" adds people; "brought it down to two" changes
    return verb_changes and past and noun.dep in {"dobj", "pobj", "attr", "nsubj"}


# --- a state reached later in the story -------------------------------------------------------

# Verbs that report where a measure stood: "churn was 4%", "attrition came in at 33 percent".
STATE_LEMMAS = frozenset({"be", "come", "stand", "sit", "finish", "end", "settle", "run"})
# Words that move the story on in time: "by day sixty", "within a year", "a year later".
LATER_PREPS = frozenset({"by", "within", "after"})
LATER_ADVERBS = frozenset({"later", "now", "today", "afterwards", "eventually", "since"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december", "spring", "summer", "autumn",
                    "fall", "winter", "end", "close"})
MEASURED_UNITS = frozenset({"%", "percent", "pct", "points", "point", "pp"})


# A quarter or a half of a year: "by Q2 2023", "in H1".
PERIOD_RE = re.compile(r"^[qh][1-4]$")


def _later_marker(sent: Sentence, verb: int) -> bool:
    """Whether the clause of the verb at ``verb`` is placed later in the story: a "by", "within"
    or "after" with a time ("by September", "within a year", "by day sixty", "by the end of the
    quarter"), or an adverb of later time ("a year later", "now"), said of that verb."""
    for position, token in enumerate(sent.tokens):
        if token.lower in TIME_UNITS and any(
            sent.tokens[child].lower in {"next", "following"} for child in sent.child_map[position]
        ) and any(where == verb for where, _ in _ancestors(sent, position)):
            return True  # "the next year attrition was 19 percent", "the following month we..."
        if token.head != verb:
            continue
        if token.lower in LATER_ADVERBS and token.pos == "ADV":
            return True
        if token.lower not in LATER_PREPS or token.dep != "prep":
            continue
        for child in sent.child_map[position]:
            noun = sent.tokens[child]
            if noun.dep != "pobj":
                continue
            words = [noun, *(sent.tokens[grand] for grand in sent.child_map[child]
                             if sent.tokens[grand].dep in {"compound", "nummod"})]
            words += [sent.tokens[grand] for grand in sent.child_map[sent.tokens.index(noun)]
                      if sent.tokens[grand].dep == "compound"]  # "within a year absence" misparsed
            if any(word.lower in TIME_UNITS or word.lower in MONTHS or YEAR_RE.match(word.lower)
                   or PERIOD_RE.match(word.lower) for word in words):
                return True
    return False


OPENING_SKIP = frozenset({"and", "so", "but", "then"})
"""Words a sentence may open on before its first phrase ("And by March...")."""
OPENING_REACH = 4
"""How many words after the opening preposition its time may stand."""


def _opens_on_later_time(sent: Sentence, verb: int) -> bool:
    """The sentence opens on a "by", "within" or "after" with a time before its main verb ("By
    December the rate was...", "After six months accuracy was..."), however the parser hung the
    time (it often reads the month as a modifier of the subject after it)."""
    words = [position for position, token in enumerate(sent.tokens[:verb])
             if token.pos != "PUNCT" and token.lower not in OPENING_SKIP]
    if not words or sent.tokens[words[0]].lower not in LATER_PREPS:
        return False
    reach = [sent.tokens[position] for position in words[1:1 + OPENING_REACH]]
    for word in reach:
        if word.lower in TIME_UNITS or word.lower in MONTHS or YEAR_RE.match(word.lower) \
                or PERIOD_RE.match(word.lower) or word.lower == "end":
            return True
        if word.pos in {"VERB", "AUX"} or word.lower in {"i", "we"}:
            return False  # "after we moved...": a clause, not a time
    return False


def later_state(sent: Sentence, start: int, end: int, quote: str) -> bool:
    """Whether the number at [start, end) is where a measure stood later in the story: "by day
    sixty it was at 2 percent", "within a year absenteeism was around 4 percent", "by September
    we were back to 76". A percentage, points or money with a later-time marker, or any figure
    said to be "back" to a level; not an aim, a threshold or a condition."""
    if not sent.parsed or YEAR_RE.match(quote.strip()):
        return False
    position = _token_at(sent, start, end)
    if position is None or _aimed_or_threshold(sent, position):
        return False
    tokens = sent.tokens
    governing = None
    verb = -1  # its position (``_ancestors`` gives it: no search of the tokens)
    for at, ancestor in _ancestors(sent, position):
        if ancestor.pos in {"VERB", "AUX"} or ancestor.dep == "ROOT":
            governing, verb = ancestor, at
            break
    if governing is None or governing.lemma not in STATE_LEMMAS:
        return False
    if clause_mood(sent, verb) not in {"past", "present"}:
        return False
    following = tokens[position + 1].lower if position + 1 < len(tokens) else ""
    if following in TIME_UNITS or tokens[position].lower in TIME_UNITS:
        return False  # "those three months": a span, not a level
    # "back to 76", "back over 21", "back down to two a month": the level regained
    back = bool(re.search(r"\bback (?:(?:up|down) )?(?:to|at|over|under|above|below)\s+(?:about |around |"
                          r"roughly |nearly |almost |just )?$",
                          sent.text[: start - sent.start], re.IGNORECASE))
    measured = following in MEASURED_UNITS or any(mark in quote for mark in "%$€£") or bool(
        re.search(r"million|billion|thousand|\dk\b|\dm\b", quote, re.IGNORECASE))
    # "By December first-time fix was 82 percent": the opening time, however the parser hung it
    later = _later_marker(sent, verb) or (governing.dep == "ROOT" and _opens_on_later_time(sent, verb))
    return back or (measured and later)


# --- a lesson still applied -------------------------------------------------------------------

LEARNING_LEMMAS = frozenset({"learn", "lesson", "teach", "takeaway"})
CARRIED_ADVERBS = frozenset({"now", "still", "anymore", "since", "ever", "again", "today",
                             "nowadays"})
OPINION_LEMMAS = frozenset({"think", "feel", "believe", "guess", "suppose", "reckon", "say"})


def applied_lesson(sent: Sentence) -> bool:
    """Whether a sentence draws a lesson the speaker still applies: a learning word ("I learned",
    "the lesson", "what I took from it") or a word that carries it forward ("now", "still",
    "since then"), with something true today (a present-tense verb other than "be", or "now",
    "still", "anymore"); not a regret told in the past ("Looking back, I let it run too long"),
    not what I would do differently, and not a lesson for someone else ("the lesson for the
    company was...")."""
    if not sent.parsed:
        return True
    if carried_practice(sent):
        return True  # what the speaker does now because of the story is the lesson applied
    tokens = sent.tokens
    took_from = any(
        token.lemma == "take" and position + 1 < len(tokens) and tokens[position + 1].lower in {
            "from", "away"}
        for position, token in enumerate(tokens)
    )
    learned = took_from or any(
        token.lemma in LEARNING_LEMMAS or token.lower in LEARNING_LEMMAS for token in tokens
    )
    markers = [position for position, token in enumerate(tokens)
               if (token.lower in CARRIED_ADVERBS or token.lower == "days")
               and _carrying_marker(sent, position) and not _others_clause(sent, position)]
    carried = bool(markers)
    if not learned and not carried:
        return False  # nothing carried forward: no "now", "still", "since", "these days"
    if not learned and _announces_list(sent):
        return False  # "Since then I've done three things.": what follows is the lesson
    for position, token in enumerate(tokens):
        if token.lower in {"lesson", "lessons"}:
            for child in sent.child_map[position]:
                prep = tokens[child]
                if prep.lower == "for" and any(
                    tokens[grand].lower not in {"me", "myself", "us"}
                    for grand in sent.child_map[child] if tokens[grand].dep == "pobj"
                ):
                    return False  # a lesson for the company, not for me
    # what is true today, but not a topic the speaker learned "about" ("it taught me a lot about
    # how much success depends on other teams"): knowing about something is not applying it
    present = any(
        tokens[position].lower in {"now", "still", "anymore", "nowadays", "today"} for position in markers
    ) or any(
        ((token.pos == "VERB" and token.tag in {"VBP", "VBZ"} and token.lemma not in OPINION_LEMMAS)
         or (token.pos == "AUX" and token.tag in {"VBP", "VBZ"} and token.lemma == "do"
             and token.dep == "aux"))
        and not _about_topic(sent, position)
        for position, token in enumerate(tokens)
    )
    # a principle stated in the present: "the lesson is to test on one site first"
    present = present or (learned and any(
        token.lemma == "be" and token.tag in {"VBZ", "VBP"} and not _about_topic(sent, position)
        for position, token in enumerate(tokens)
    ))
    since = any(token.lower == "since" for token in tokens) and any(
        token.tag == "VBN" and any(tokens[c].lemma == "have" for c in sent.child_map[i])
        for i, token in enumerate(tokens)
    )
    own = any(
        token.lower in {"i", "we"} and token.dep in SUBJECT_DEPS and 0 <= token.head < len(tokens)
        and tokens[token.head].lemma not in OPINION_LEMMAS
        for token in tokens
    ) or any(token.lower in {"my", "me", "our", "us"} for token in tokens)
    return (present or since) and own


def _others_clause(sent: Sentence, position: int) -> bool:
    """Whether the word at ``position`` carries forward something other than a practice of the
    speaker's: it belongs to a clause whose subject is someone else ("if he still says no, I
    accept"), or to one that says what the speaker is ("now I am deputy head"), a post held."""
    head = sent.tokens[position].head
    if not 0 <= head < len(sent.tokens) or head == position:
        return False
    if _post_held(sent, head):
        return True  # "now I am deputy head": the post held now, not a practice carried
    subjects = [sent.tokens[child] for child in sent.child_map[head]
                if sent.tokens[child].dep in SUBJECT_DEPS]
    return bool(subjects) and not any(subject.lower in {"i", "we"} for subject in subjects)


def _post_held(sent: Sentence, verb: int) -> bool:
    """Whether the verb at ``verb`` says what someone is ("I am deputy head"): "be" with a noun
    complement, a post or a standing, not a rule stated ("my rule now is I speak last")."""
    return sent.tokens[verb].lemma == "be" and any(sent.tokens[child].dep == "attr"
                                                   for child in sent.child_map[verb])


def _about_topic(sent: Sentence, position: int) -> bool:
    """Whether the token at ``position`` lies under "about" ("learned a lot about how different
    the cultures are"): the topic of what was learned, not a practice."""
    return any(ancestor.lower == "about" and ancestor.dep == "prep"
               for _, ancestor in _ancestors(sent, position))


def practised_lesson(sent: Sentence, subjects: frozenset[str] = frozenset({"i", "we"})) -> bool:
    """Whether a lesson sentence says what the speaker does now: "I" or "we" as the subject of a
    present-tense action verb ("I now ask for three years of accounts", "I don't skip the pilot
    anymore"), rather than a maxim about others ("funders fund what they can see") or a state
    ("I'm still in touch with him")."""
    tokens = sent.tokens
    for token in tokens:
        if token.lower not in subjects or token.dep not in SUBJECT_DEPS:
            continue
        head = token.head
        if not 0 <= head < len(tokens) or tokens[head].lemma in OPINION_LEMMAS \
                or tokens[head].lemma in STATIVE_LEMMAS:
            continue
        verb = tokens[head]
        auxes = [tokens[child] for child in sent.child_map[head] if tokens[child].dep == "aux"]
        if verb.tag in {"VBP", "VBZ"} or any(aux.tag in {"VBP", "VBZ"} for aux in auxes):
            return True
    return False


CARRYING_NOUNS = frozenset({"rule", "habit", "practice", "default"})
SINCE_OBJECTS = frozenset({"then", "that", "which"})


def _carrying_marker(sent: Sentence, position: int) -> bool:
    """Whether the token at ``position`` carries a practice forward from the story: "now",
    "anymore", "still", "since then", "these days", "my rule"; not "since the merger" (a date)."""
    token = sent.tokens[position]
    if token.lower == "since":
        objects = list(sent.child_map[position])
        return not objects or any(sent.tokens[child].lower in SINCE_OBJECTS
                                  or _points_back(sent, child) for child in objects)
    if token.lower in CARRIED_ADVERBS or token.lower in CARRYING_NOUNS:
        return True
    return token.lower == "days" and any(sent.tokens[child].lower == "these"
                                         for child in sent.child_map[position])


POINTING_BACK = frozenset({"it", "this", "that", "them", "those", "these"})


def _points_back(sent: Sentence, position: int) -> bool:
    """Whether the noun at ``position`` points back at the story told ("since that day", "since
    that project"): a noun whose determiner is "that", not a date or an event named afresh
    ("since the merger", "since 2019")."""
    return sent.tokens[position].pos == "NOUN" and any(
        sent.tokens[child].lower in {"that", "this", "those"} and sent.tokens[child].dep == "det"
        for child in sent.child_map[position])


def _main_verb(sent: Sentence, head: int) -> bool:
    """Whether the token at ``head`` heads its clause as an action verb: a verb, or "do" standing
    alone (which the tagger reads as an auxiliary) on what the story told ("I still do that
    walk-through", "I still do it"); not a duty named afresh ("I still do the payroll"). A "do"
    that names a practice ("What I still do is...") is read by ``_cleft_practice``."""
    verb = sent.tokens[head]
    if verb.pos == "VERB":
        return True
    if verb.lemma != "do" or verb.dep in {"aux", "auxpass"}:
        return False
    objects = [child for child in sent.child_map[head] if sent.tokens[child].dep == "dobj"]
    return any(sent.tokens[child].lower in POINTING_BACK or _points_back(sent, child)
               for child in objects)


def _present_own(sent: Sentence, head: int) -> bool:
    """Whether the speaker's verb at ``head`` is in the present: tagged so, carried by a present
    "do" ("I don't sign"), or a base form with no auxiliary and no "to", which after "I" can only
    be the present the tagger misread ("I still never sign off alone")."""
    verb = sent.tokens[head]
    auxes = [sent.tokens[child] for child in sent.child_map[head]
             if sent.tokens[child].dep in {"aux", "auxpass"}]
    if verb.tag in {"VBP", "VBZ"} or any(aux.tag in {"VBP", "VBZ"} and aux.lemma == "do"
                                          for aux in auxes):
        return True
    return verb.tag == "VB" and not auxes and not any(
        sent.tokens[child].dep == "mark" for child in sent.child_map[head])


def _cleft_practice(sent: Sentence, head: int) -> bool:
    """Whether the speaker's verb at ``head`` names a practice that the rest of the sentence then
    says ("What I still do is watch the line first", "The thing I do now is I ask for the list",
    "The principle I still hold to: test on one site"): the verb's object is "what" or the noun
    it qualifies, and after it, outside its clause, comes the practice, a verb in its base form
    with no modal, or the speaker's in the present. A name with no practice after it ("What I
    still do is the payroll", "the thing I still run is the same job I did then") is none."""
    tokens = sent.tokens
    named = tokens[head].dep == "relcl" or any(
        tokens[child].dep == "dobj" and tokens[child].tag in {"WP", "WDT"}
        for child in sent.child_map[head])
    if not named:
        return False
    inside = {head}
    stack = [head]
    while stack:  # the naming clause: every word under its verb
        for child in sent.child_map[stack.pop()]:
            if child not in inside:
                inside.add(child)
                stack.append(child)
    for position in range(head + 1, len(tokens)):
        token = tokens[position]
        if position in inside or token.pos != "VERB" or token.lemma in STATIVE_LEMMAS:
            continue
        kids = [tokens[child] for child in sent.child_map[position]]
        if token.lemma in ROLE_LEMMAS and any(kid.dep == "dobj" and kid.lower in UNIT_NOUNS
                                              for kid in kids):
            continue  # "what I still do is run the depot": the job held
        if token.tag == "VB" and not any(kid.lower in MODALS for kid in kids):
            return True
        if token.tag in {"VBP", "VBZ"} and any(kid.lower == "i" and kid.dep in SUBJECT_DEPS
                                               for kid in kids):
            return True
    return False


def _rule_kept(sent: Sentence) -> bool:
    """Whether the sentence states a rule of the speaker's kept since the story, put as an
    instruction: "my rule since: agree the measure first", "my rule now: one owner per goal, set in
    week one". A noun of habit ("rule", "habit") owned by the speaker and marked as kept, the
    subject of a verb in its base form with no modal and no "to"."""
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.lower not in CARRYING_NOUNS or not any(
                tokens[child].dep == "poss" and tokens[child].lower in {"my", "our"}
                for child in sent.child_map[position]):
            continue
        head = token.head
        if not 0 <= head < len(tokens) or head == position or tokens[head].tag != "VB" \
                or tokens[head].pos != "VERB":
            continue
        if any(tokens[child].lower in MODALS or tokens[child].lower == "to"
               for child in sent.child_map[head]):
            continue  # "my rule would be to...", "my habit was to...": no instruction kept
        markers = [*sent.child_map[position], *sent.child_map[head]]
        if any(tokens[child].lower in {"since", "now", "still"} for child in markers):
            return True
    return False


def _time_amount(sent: Sentence, position: int) -> bool:
    """Whether the noun at ``position`` is an amount of time ("twenty hours a week"), not a
    span of something ("three years of accounts", "a spare week")."""
    kids = [sent.tokens[child] for child in sent.child_map[position]]
    return sent.tokens[position].lower in TIME_UNITS and any(kid.tag == "CD" for kid in kids) \
        and not any(kid.lower == "of" for kid in kids)


def carried_practice(sent: Sentence) -> bool:
    """Whether the sentence says what the speaker does now because of the story: "I" as the
    subject of a present-tense action verb ("Since then I build...", "Now I ask that outright",
    "I don't skip the pilot anymore", "my rule is I ask first") with a word that carries it
    forward on the verb or on a clause above it. Not the job held now ("I now run forty
    stores"), and not a marker of another clause ("a system which now collects 3,000 replies,
    and I review them"; "since the merger I've got 58 reports and I spend..."). A practice named
    by what it is counts too ("What I still do is...", "My rule since: agree the measure first")."""
    tokens = sent.tokens
    if _rule_kept(sent):
        return True
    for token in tokens:
        if token.lower != "i" or token.dep not in SUBJECT_DEPS or not 0 <= token.head < len(tokens):
            continue
        head = token.head
        verb = tokens[head]
        if verb.lemma in OPINION_LEMMAS or verb.lemma in STATIVE_LEMMAS or not _present_own(sent, head):
            continue
        if _cleft_practice(sent, head) and any(_carrying_marker(sent, child)
                                               for child in sent.child_map[head]):
            return True  # "What I still do is...": the practice is what the sentence goes on to say
        if not _main_verb(sent, head):
            continue
        objects = [tokens[child] for child in sent.child_map[head] if tokens[child].dep == "dobj"]
        if any(item.lower in {"myself", "ourselves"} or _time_amount(sent, tokens.index(item))
               for item in objects):
            continue  # "I still catch myself": a tendency; "I spend twenty hours a week": time
        if verb.lemma in ROLE_LEMMAS and (
            any(tokens[child].dep == "dobj" and tokens[child].lower in UNIT_NOUNS
                for child in sent.child_map[head])
            or _sized(sent, head) or _runs_unit(sent, head)
        ):
            continue  # the job held now
        if _conditional(sent, head) and not any(
            tokens[child].lower in {"when", "whenever"} for child in sent.child_map[head]
        ):
            continue
        if tokens[clause_head(sent, head)].dep in {"advcl", "relcl", "acl", "pcomp", "pobj", "csubj"}:
            continue  # "when I present to the board": the occasion, not the practice; "what I
            # now run is...": a name (``_cleft_practice`` reads the practice it names)
        path = [head]
        while tokens[path[-1]].dep in {"conj", "ccomp", "xcomp"} and 0 <= tokens[path[-1]].head < len(
                tokens) and tokens[path[-1]].head not in path:
            path.append(tokens[path[-1]].head)  # up through joined and reported clauses only
        # a marker on a state above the clause ("now I am deputy head") dates the state, not
        # the practice reported under it
        if any(_carrying_marker(sent, child) for node in path for child in sent.child_map[node]
               if node == head or not _post_held(sent, node)):
            return True
    return False


LEARNING_VERBS = frozenset({"learn", "take", "draw"})
LESSON_NOUNS = frozenset({"lesson", "lessons", "takeaway", "takeaways"})


def learned_practice(sent: Sentence) -> bool:
    """Whether the speaker learned to do something ("I've learned to bring the options", "I
    learned to ask first"): a practice acquired, held since; not denied or imagined."""
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.lemma != "learn" or not any(
                tokens[child].dep in SUBJECT_DEPS and tokens[child].lower in {"i", "we"}
                for child in sent.child_map[position]):
            continue
        auxes = {tokens[child].lower for child in sent.child_map[position] if tokens[child].dep == "aux"}
        if auxes & (MODALS - {"'d"}) or {"'d", "have"} <= auxes:
            continue  # "I'd have learned to...": imagined
        if any(tokens[child].dep == "xcomp" and tokens[child].pos == "VERB"
               for child in sent.child_map[position]) and clause_mood(sent, position) in {"past", "present"}:
            return True
    return False


def owned_learning(sent: Sentence) -> bool:
    """Whether the sentence names a lesson as the speaker's own: "I learned to...", "what I
    took from it", "it taught me to...", "my takeaway", "the lesson I still use"; not learning
    about a topic ("it taught me a lot about arrears"), nor someone else's ("where other plants
    come to learn")."""
    tokens = sent.tokens

    def speaker(index: int) -> bool:
        return tokens[index].lower in {"i", "we", "me", "us", "my", "our"}

    for position, token in enumerate(tokens):
        if token.lemma not in LEARNING_VERBS and token.lemma != "teach" \
                and token.lower not in LESSON_NOUNS:
            continue  # no word that names a lesson: the tests below are for those alone
        kids = sent.child_map[position]
        near = [*kids, *(grand for child in kids for grand in sent.child_map[child])]
        if any(tokens[index].lower == "about" for index in near) or any(
                tokens[index].lower in {"what", "where", "why", "who", "which"} and tokens[index].tag in {
                    "WP", "WRB", "WDT"} for index in near if tokens[index].start > token.start):
            continue  # learned about a topic, or what something is ("taught me what a clinic needs")
        if token.lemma in LEARNING_VERBS and (token.lemma != "take" or any(
                tokens[child].lower in {"from", "away"} for child in kids)) and any(
                tokens[child].dep in SUBJECT_DEPS and speaker(child) for child in kids):
            return True
        if token.lemma == "teach" and any(
                tokens[child].dep in {"dobj", "dative"} and speaker(child) for child in kids):
            return True
        if token.lower in LESSON_NOUNS and (
            any(tokens[child].dep == "poss" and speaker(child) for child in kids)
            or any(tokens[child].dep == "relcl" and any(
                tokens[grand].dep in SUBJECT_DEPS and speaker(grand)
                for grand in sent.child_map[child]) for child in kids)
        ):
            return True
    return False


def _announces_list(sent: Sentence) -> bool:
    """Whether the sentence only announces what comes next ("Since then I have done three
    things."): its one verb is "do" with a counted "things" and nothing else is said."""
    verbs = [index for index, token in enumerate(sent.tokens)
             if token.pos == "VERB" and token.dep not in {"aux", "auxpass"}]
    if len(verbs) != 1 or sent.tokens[verbs[0]].lemma != "do":
        return False
    return any(
        sent.tokens[child].dep == "dobj" and sent.tokens[child].lower in {"thing", "things"}
        for child in sent.child_map[verbs[0]]
    )



# --- what a lesson is about ---------------------------------------------------------------------

CONTENT_DEPS = frozenset({"ccomp", "xcomp", "attr"})


def _learning_anchors(sent: Sentence) -> list[int]:
    """The positions of the verbs that name a learning: "learn", "teach", "take ... from/away"."""
    tokens = sent.tokens
    found = []
    for position, token in enumerate(tokens):
        kids = sent.child_map[position]
        verb = token.lemma in {"learn", "teach"} and token.pos == "VERB"
        if verb or (token.lemma == "take" and any(tokens[child].lower in {"from", "away"} for child in kids)):
            found.append(position)
    return found


def _learned_content(sent: Sentence, anchor: int) -> int | None:
    """The head of what the learning at ``anchor`` says was learned: its complement clause
    ("learned that the relationship is built at dinner", "learned to ask first"), or what the
    copula says a learning is ("the thing I learned is donors want...", "what I took from it is
    that...")."""
    tokens = sent.tokens
    for child in sent.child_map[anchor]:
        if tokens[child].dep in {"ccomp", "xcomp"} and child > anchor:
            return child
    # "what I took from it is X" (the learning is the copula's clausal subject) or "the thing I
    # learned is X" (a relative clause on the copula's subject)
    holder = anchor
    if tokens[anchor].dep == "relcl" and 0 <= tokens[anchor].head < len(tokens):
        holder = tokens[anchor].head
    if tokens[holder].dep not in {"csubj", "nsubj"} or not 0 <= tokens[holder].head < len(tokens):
        return None
    copula = tokens[holder].head
    if tokens[copula].lemma != "be":
        return None
    for child in sent.child_map[copula]:
        if tokens[child].dep in CONTENT_DEPS and child > copula:
            return child
    return None


def lesson_about_others(sent: Sentence) -> bool:
    """Whether the lesson a sentence draws is only a stance towards other people ("I've learned
    to be careful with consultants", "I learned to be wary of agencies"): a wariness of a class
    of people, the criticism of them put as a lesson, not a practice of the speaker's. "I learned
    to ask first", "I learned to be patient with the process", "what I took from it is that
    people accept a decision when they saw how it was made" are lessons."""
    if not sent.parsed:
        return False
    tokens = sent.tokens
    judged = False
    for anchor in _learning_anchors(sent):
        content = _learned_content(sent, anchor)
        if content is None or tokens[content].dep != "xcomp" or not _infinitive(sent, content) \
                or tokens[content].lemma != "be":
            return False
        towards_people = any(
            tokens[grand].dep == "pobj" and tokens[grand].tag in {"NNS", "NNPS"}
            and (tokens[grand].lower in OUTSIDE_PEOPLE or tokens[grand].lower in PEOPLE_ROLES
                 or tokens[grand].lower in TEAM_NOUNS)
            for child in sent.child_map[content] if tokens[child].dep == "acomp"
            for prep in sent.child_map[child] if tokens[prep].dep == "prep"
            for grand in sent.child_map[prep])
        if not towards_people:
            return False
        judged = True
    return judged


# People a stance may be taken towards, besides colleagues and the roles above: "wary of agencies".
OUTSIDE_PEOPLE = frozenset({"consultants", "agencies", "advisers", "advisors", "auditors",
                            "contractors", "vendors", "recruiters", "lawyers", "bankers", "investors",
                            "politicians", "outsiders", "people", "firms", "unions"})


HEDGE_ADVERBS = frozenset({"maybe", "perhaps", "possibly", "probably"})


def learning_not_drawn(sent: Sentence) -> bool:
    """Whether every learning the sentence names is imagined or still under way, not drawn:
    "what I'd maybe take from it is...", "where I'm still learning is selling work"."""
    if not sent.parsed:
        return False
    anchors = _learning_anchors(sent)
    if not anchors:
        return False
    for anchor in anchors:
        token = sent.tokens[anchor]
        auxes = [child for child in _children(sent, anchor) if child.dep == "aux"]
        if token.tag == "VBG" and any(aux.lemma == "be" for aux in auxes):
            continue  # still learning
        if clause_mood(sent, anchor) == "hypothetical" and (
                any(child.lower in HEDGE_ADVERBS for child in _children(sent, anchor))
                or _hedged_by_speaker(sent, clause_head(sent, anchor))
                or _under_hedge(sent, anchor)):
            continue  # "I suppose what I'd maybe take from it is...": a guess at a lesson
        return False
    return True


def _under_hedge(sent: Sentence, position: int) -> bool:
    """Whether the clause at ``position`` hangs, through the clauses above it, from the
    speaker's verb of guessing ("I suppose what I'd take from it is...")."""
    for where, ancestor in _ancestors(sent, position):
        if ancestor.lemma in HEDGE_TAGS and _speaker_subject(sent, where):
            return True
    return False


def noun_read_as_verb(sent: Sentence, position: int) -> bool:
    """Whether a word the parse joins by "and" as a verb is more likely a noun qualifying the next
    one ("through district metering and leak detection", where the tagger can read "leak" as a
    verb): a noun before the "and" and a bare noun right after the word, not a determiner or a
    pronoun ("…to the governors and attend its committees")."""
    tokens = sent.tokens
    if tokens[position].dep != "conj" or position < 2 or position + 1 >= len(tokens):
        return False
    return (tokens[position - 1].lower in {"and", "or"} and tokens[position - 2].tag.startswith("NN")
            and tokens[position + 1].tag in {"NN", "NNS"})
