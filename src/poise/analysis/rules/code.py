"""Rules whose logic needs the structure, the parse or the embeddings; a literal registry by name."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from poise.analysis import asked_terms, gap_evidence, nlp, private_aside
from poise.analysis.example_asked import asks_past_example
from poise.analysis.grammar import (
    HABITUAL_ADVERBS,
    PERFECT_AUXES,
    STATIVE_LEMMAS,
    TEAM_NOUNS,
    before_and_after,
    carried_practice,
    clause_mood,
    record_actions,
    told_actions,
)
from poise.analysis.matching import CompiledPattern, find
from poise.analysis.outcome_told import outcome_told
from poise.analysis.pay_figure import figure_asked, pay_figures, pay_numbers
from poise.analysis.report import Evidence, Finding
from poise.analysis.rules import asked, career, claimed, concern, flaws, heard, hedged, sensed
from poise.analysis.rules.base import RuleInput, evidence_of, make_finding
from poise.analysis.scheduled import period_ahead, scheduled_step
from poise.analysis.structure import Role
from poise.analysis.text import MAX_ANALYSED_WORDS, MONEY_RE, TIME_RE, Sentence, Token, offset_of_word
from poise.content.schema import AvoidKind, CodeRule, Matcher

CodeFunction = Callable[[CodeRule, RuleInput], list[Finding]]

SPEECH = frozenset({"say", "think", "argue", "guess", "imagine", "describe", "call", "put", "add",
                    "talk", "like", "pick", "point", "mention", "admit"})
RANGE_RE = re.compile(
    r"\b(?:between|from)\b(?:[^.?!]|(?<=\d)\.(?=\d)){0,40}\b(?:and|to)\b|\d\s?(?:-|–|to)\s?[$€£]?\s?\d|"
    r"\brange\b",
    re.IGNORECASE,
)
# A question back about how pay is made up: "How is the package structured?", "What range ...?"
ASKS_ABOUT_PACKAGE_RE = re.compile(
    r"[^.?!]*\b(?:package|compensation|range|budget\w*|bonus|equity|benefits|structured?)\b[^.?!]*\?",
    re.IGNORECASE,
)
MARKET_RE = re.compile(
    r"\b(?:market|survey|surveys|benchmark\w*|salary data|data from|research|comparable|similar "
    r"(?:roles|positions|jobs)|peers|industry (?:rate|data|report|standard)s?|recruiters?|"
    r"reports?|glassdoor|levels\.fyi|published)\b",
    re.IGNORECASE,
)
BASIS_RE = re.compile(r"\b(?:based on|in line with|reflects?|reflecting|given (?:the|my|this)|"
                      r"because|considering|taking into account)\b", re.IGNORECASE)
"""A range's stated basis other than the market ("based on what I earn now plus the bigger
scope"): a range with a reason is an answer, not a figure plucked from the air."""
PRESSED_RE = re.compile(
    r"\b(?:number|figure|exact|specific|range|ballpark|bottom line|minimum|if you had to|"
    r"must (?:give|name)|insist|push|come on)\b",
    re.IGNORECASE,
)
ROLE_REFERENCE_RE = re.compile(
    r"\b(?:your|this (?:role|position|job|team|company|organisation|organization|business)|the "
    r"(?:role|position|vacancy|job description|posting)|you(?:'re| are) (?:looking|asking|hiring)|"
    r"you need|here)\b",
    re.IGNORECASE,
)
VAGUE_RE = re.compile(
    r"\b(?:always|generally|usually|in general|things|stuff|various|etc|and so on|lots of|many "
    r"times|all the time|every time)\b",
    re.IGNORECASE,
)
SCALE_RE = re.compile(
    r"\b(?:team of|people|staff|employees|engineers|reports|sites?|stores?|branches|plants?|"
    r"countries|clients?|customers?|budget|revenue|p&l|headcount|region)\b",
    re.IGNORECASE,
)


def structure_missing(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """A behavioural answer with no sentence in the required role (``params.role``)."""
    shape = data.shape
    if shape is None or len(data.answer.sentences) < 2:
        return []
    role = Role(rule.text("role", "results"))
    if role is not Role.ACTIONS and not shape.past_example:
        return []  # no story at all: structure.no_past_example says it better
    if role is Role.RESULTS:
        # a story is asked for (a behavioural question, or one asking what the speaker has
        # done), and none of its sentences tells how it came out: a result word on a sentence
        # of activity, effort or scale, a figure of the set-up or an aim is no outcome
        if not sensed.story_asked(data) or outcome_told(data.answer, shape, question=data.question) \
                or not sensed.heard_whole(rule, data, "no_result"):
            return []
        where = shape.indices(Role.ACTIONS)[-1:] or [len(data.answer.sentences) - 1]
        return [make_finding(rule, data.quote_sentences(where))]
    if role is Role.ACTIONS and not shape.has_actions:
        if not shape.past_example and (shape.hypothetical_sentences or shape.habitual_sentences):
            return []  # an answer in "I would"/"I always": structure.no_past_example says it better
        if not any(_narrates(sent) for sent in data.answer.sentences):
            return []  # nothing is told as having happened: no situation, so no missing actions
        where = shape.indices(Role.CIRCUMSTANCES) or [0]
        return [make_finding(rule, data.quote_sentences(where, limit=3))]
    if role is Role.LESSON and not shape.has_lesson:
        return [make_finding(rule, data.missing_evidence("last_sentence"))]
    return []


def _narrates(sent: Sentence) -> bool:
    """Whether the sentence tells something as having happened or been so: a verb in the past
    ("the plant was losing money", "sales had dropped")."""
    if not sent.parsed:
        return any(token.tag in {"VBD", "VBN"} for token in sent.tokens)
    return any(token.tag == "VBD" or (token.tag == "VBN" and any(
        sent.tokens[child].lemma == "have" and sent.tokens[child].dep == "aux"
        for child in sent.child_map[position])) for position, token in enumerate(sent.tokens))


def long_circumstances(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Background takes more than ``params.share`` of the words."""
    shape = data.shape
    if shape is None or len(data.answer.sentences) < 4:
        return []
    limit = rule.number("share", 0.5)
    if not (shape.past_example and shape.has_actions) or shape.circumstances_share <= limit:
        return []
    where = shape.indices(Role.CIRCUMSTANCES)
    share = round(100 * shape.circumstances_share)
    message = f"{rule.message} (about {share}% of the answer is background)"
    return [make_finding(rule, data.quote_sentences(where), message=message)]


def no_past_example(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Asked for a real example, the answer speaks in 'I would' / 'I always' without one. A
    question asks for one when it is behavioural or, in other words, asks where the speaker has
    already done something or to be given an instance (``example_asked``), and does not ask for
    a plan."""
    shape = data.shape
    if shape is None:
        return []
    if not data.behavioural and (not asks_past_example(data.question)
                                 or any(_anchored_past(sent) for sent in data.answer.sentences)):
        # the occasion is asked for in other words; an answer that tells one thing that happened
        # at a stated time ("In 2023 I did a course...") has given it, even if it ends on a habit
        return []
    narrated = _narrated_from(data.answer.sentences)
    generic = [index for index in sorted(set(shape.hypothetical_sentences) | set(shape.habitual_sentences))
               if _generic_conduct(data.answer.sentences[index])
               and not (narrated is not None and index >= narrated
                        and _narrated(data.answer.sentences[index]))]
    if not generic:
        return []
    if shape.past_example:
        # A story in the past may still be mostly "I would"/"I always": the answer is a general
        # account with a passing mention of one occasion, not an example told.
        told = [sent.index for sent in data.answer.sentences
                if told_actions(sent) or sent.team_past_actions]
        if len(generic) < rule.number("min_generic", 3) or len(told) * 2 > len(generic):
            return []
    return [make_finding(rule, data.quote_sentences(generic))]


def method_before_example(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Asked for a real example, the answer opens on what the speaker would do or always does
    (at least ``params.min_opening`` sentences of "I would"/"I always" before the first action
    told) and only then comes to an occasion: the method is offered first, in place of the
    example. An answer that is all method is ``no_past_example``'s."""
    shape = data.shape
    if shape is None or not shape.past_example:
        return []
    if not data.behavioural and not asks_past_example(data.question):
        return []
    told = [sent.index for sent in data.answer.sentences
            if told_actions(sent) or sent.team_past_actions]
    if not told:
        return []
    opening = [index for index in sorted(set(shape.hypothetical_sentences) | set(shape.habitual_sentences))
               if index < told[0] and _method_told(data.answer.sentences[index])]
    # one long opening sentence can hold the whole method ("I would always begin with..., I
    # would always document..., and I would always make sure..."): its steps count too
    steps = sum(_method_verbs(data.answer.sentences[index]) for index in opening)
    if len(opening) < rule.number("min_opening", 2) and steps < rule.number("min_steps", 3):
        return []
    return [make_finding(rule, data.quote_sentences(opening))]


def _method_told(sent: Sentence) -> bool:
    """The speaker's verb of doing marked as a method: "would"/"'d" ("I'd get the facts first")
    or "always" ("I always call first"); not the present of a job held ("I run a team of
    twelve"), a plan ("I will sit with the families") nor a way of speaking ("they'd say")."""
    return _method_verbs(sent) > 0


def _method_verbs(sent: Sentence) -> int:
    """How many of the speaker's verbs of doing in ``sent`` are marked as a method (see
    ``_method_told``)."""
    if not sent.parsed:
        return 0
    count = 0
    for verb in (*sent.own_hypothetical, *sent.own_habitual):
        if not _conduct(verb):
            continue
        position = sent.tokens.index(verb)
        marks = {sent.tokens[kid].lower for kid in sent.child_map[position]
                 if sent.tokens[kid].dep in {"aux", "advmod"}}
        if marks & {"would", "'d", "always"}:
            count += 1
    return count


def _anchored_past(sent: Sentence) -> bool:
    """A sentence that tells something the speaker or their team did at a stated time: an action
    in the past and a time anchor (a year, a month, "last year", "two weeks later"), or "I"/"we"
    as the subject of any verb in the past ("In 2023 I did a course"); not a state at that time
    of something else ("our survey last year, my scores were really good")."""
    anchored = any(match.group(0).lower() != "may" for match in TIME_RE.finditer(sent.text))
    if not anchored:
        return False
    if not sent.parsed:
        return any(token.tag == "VBD" for token in sent.tokens)
    if sent.own_past_actions or sent.team_past_actions:
        return True
    # "In 2023 I did a course": the tagger's auxiliary "did" is still the speaker's past; "I was
    # proud of it" is a state
    return any(token.tag == "VBD" and token.lemma not in STATIVE_LEMMAS and token.lemma != "be"
               and clause_mood(sent, position) == "past" and any(
                   sent.tokens[kid].dep == "nsubj" and sent.tokens[kid].lower in {"i", "we"}
                   for kid in sent.child_map[position])
               for position, token in enumerate(sent.tokens))


PAST_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b|\b(?:ago|last (?:year|month|spring|summer|autumn|winter))\b",
                          re.IGNORECASE)
"""A time that lies behind the speaker: a year, "two years ago", "last spring"."""


def _narrated_from(sentences: Sequence[Sentence]) -> int | None:
    """Where a story told in the present begins ("In 2023 we have a big tender… So I decide…"):
    the first sentence that names a time behind the speaker (a year, "ago", "last year") and
    tells it with no verb in the past. From there, the speaker's present verbs are the story's,
    not habits, unless marked as one (``_narrated``)."""
    for sent in sentences:
        if PAST_YEAR_RE.search(sent.text) and not sent.own_hypothetical and not any(
                token.tag in ("VBD", "VBN") for token in sent.tokens):
            return sent.index
    return None


def _narrated(sent: Sentence) -> bool:
    """A sentence of a story told in the present: no "would", and no present verb of the
    speaker's marked as a habit ("I always check", "I usually document", ``HABITUAL_ADVERBS``;
    "every time I…", "whenever…"). A mark on another verb ("who work with us sometimes") is not
    the speaker's habit."""
    if any(_conduct(verb) for verb in sent.own_hypothetical):
        return False
    tokens = sent.tokens
    for verb in sent.own_habitual:
        for child in sent.child_map[tokens.index(verb)]:
            word = tokens[child]
            if word.lower in HABITUAL_ADVERBS or word.lower == "whenever" or any(
                    tokens[grandchild].lower == "every" for grandchild in sent.child_map[child]):
                return False
    return True


def _generic_conduct(sent: Sentence) -> bool:
    """Whether the sentence says what the speaker would or always does, not a way of speaking
    ("I'd say", "I'd like to think") or a trait ("I'm calm")."""
    return any(_conduct(verb) for verb in (*sent.own_hypothetical, *sent.own_habitual))


def _conduct(verb: Token) -> bool:
    """A verb of doing: not a way of speaking ("I'd say") nor a state or opinion ("I'd like")."""
    return verb.lemma not in SPEECH and verb.lemma not in STATIVE_LEMMAS


def _habit_done(sent: Sentence, verb: Token) -> bool:
    """A habit of the speaker's that is something done, not a way of putting a figure ("I wanna
    say", "I want to say": a wish whose object is a verb of speaking)."""
    if not _conduct(verb):
        return False
    position = sent.tokens.index(verb)
    return not any(sent.tokens[child].lemma in SPEECH
                   and sent.tokens[child].dep in {"xcomp", "ccomp", "intj", "dep"}
                   for child in sent.child_map[position])


# A time that bounds a plan: "within my first 60 days", "for the first six months", "by March",
# "before I start", "next quarter".
PLAN_TIME_RE = re.compile(
    r"\b(?:first|next|within|by|before|in|for|over|during)\b[^.?!;]{0,30}?\b(?:days?|weeks?|"
    r"fortnight|months?|quarters?|year|day one|start date|start|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|q[1-4]|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# The start of the new role, which a step already taken can be arranged for: "for my first year",
# "my first weeks", "from day one".
START_PERIOD_RE = re.compile(
    r"\bfirst (?:\w+ )?(?:days?|weeks?|fortnight|months?|quarter|year)\b|\bday one\b", re.IGNORECASE
)
WANTING = frozenset({"want", "need", "like"})
WILLING = frozenset({"happy", "glad", "willing", "prepared", "ready", "keen", "open"})
"""Adjectives of an offer: "I'd be happy to put that in my objectives" offers a step."""


def _done_or_placed(sent: Sentence, position: int) -> bool:
    """A verb of doing, or "put" placing something somewhere ("put that in my objectives"), which
    is no way of speaking ("to put it simply")."""
    verb = sent.tokens[position]
    if _conduct(verb):
        return True
    kids = [sent.tokens[child] for child in sent.child_map[position]]
    return (verb.lemma == "put" and not any(kid.dep == "dobj" and kid.lower == "it" for kid in kids)
            and any(kid.dep == "prep" and kid.lower in {"in", "into", "on"} for kid in kids))


def _planned_step(sent: Sentence, verb: Token) -> bool:
    """A step the speaker will take: a verb of doing ("I'd shadow the CFO"), a wish with what
    is wanted ("I'd want to spend my first weeks with...", "I'd want a mentor from day one"), or
    an offer of a step ("I'd be happy to put that in my objectives")."""
    if _conduct(verb):
        return True
    if not sent.parsed:
        return False
    position = sent.tokens.index(verb)
    if verb.lemma == "be":
        return any(sent.tokens[child].dep == "acomp" and sent.tokens[child].lower in WILLING
                   and any(sent.tokens[grand].dep == "xcomp" and sent.tokens[grand].pos == "VERB"
                           and _done_or_placed(sent, grand) for grand in sent.child_map[child])
                   for child in sent.child_map[position])
    if verb.lemma not in WANTING:
        return False
    for child in sent.child_map[position]:
        kid = sent.tokens[child]
        if kid.dep == "dobj" and kid.pos in {"NOUN", "PROPN"}:
            return True
        if kid.dep == "xcomp" and kid.pos == "VERB" and _conduct(kid):
            return True
    return False


def _step_taken(sent: Sentence, verb: Token) -> bool:
    """A step already taken toward the gap, in the perfect ("I've asked a former director to
    mentor me..."): the sentence has also named the start of the role it is for."""
    if not sent.parsed or not _conduct(verb):
        return False
    position = sent.tokens.index(verb)
    return any(sent.tokens[c].dep == "aux" and sent.tokens[c].lower in PERFECT_AUXES
               for c in sent.child_map[position])


def record_evidence_missing(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """A reply to a concern that brings nothing from the speaker's record: no action or job told
    as having happened with "I" as its subject (``grammar.record_actions``, read from the parse
    whatever adverb stands between or frame of speech comes before: "What I'd say is, for five
    months I effectively ran the subcontractors myself"; not "I would", not a denial), no figure
    tied to an outcome, none of the rule's record anchors (a year, a previous employer), and no
    holding of the record with its size that speaks to the stated gap by meaning ("I had full
    budget accountability for a £30m unit" to "you have never managed a P&L":
    ``gap_evidence.evidence_for_gap``)."""
    if rule.match is not None and find(data.compile(rule.match), data.text):
        return []
    sentences = data.answer.sentences
    if any(record_actions(sent) or sent.outcome_numbers for sent in sentences):
        return []
    if gap_evidence.evidence_for_gap(data.answer, data.question,
                                     rule.number("gap_similarity", gap_evidence.GAP_SIMILARITY)):
        return []  # a holding of the record that speaks to the gap ("I had a £30m budget")
    return [make_finding(rule, data.missing_evidence("first_sentence"))]


def time_bound_plan(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """A reply to a concern with no plan to close the gap: no step the speaker will take with a
    time that bounds it ("I'd ask for a mentor for the first six months"), no plan wording (the
    rule's patterns), no step already arranged for the start of the role ("I've asked a former
    director to mentor me for my first year"), no step booked for a time to come and told without
    a modal ("I start the course from January": ``scheduled.scheduled_step``), no measured step
    already taken since ("I did night visits for a year; vacancies fell from 17% to 6%"), and no
    practice taken up since and kept ("Since then I ask for three years of accounts before I accept")."""
    if rule.match is not None and find(data.compile(rule.match), data.text):
        return []
    sentences = data.answer.sentences
    if any(scheduled_step(sent) for sent in sentences):
        return []  # a step booked for a time to come, told as a fact ("I start the course in May")
    for sent in sentences:
        if (PLAN_TIME_RE.search(sent.text) or period_ahead(sent, counted=True)) and (
            any(_planned_step(sent, verb) for verb in sent.own_hypothetical)
            or (START_PERIOD_RE.search(sent.text)
                and any(_step_taken(sent, verb) for verb in sent.own_past_actions))
        ):
            return []
    if any(told_actions(sent) for sent in sentences) and any(
            sent.outcome_numbers or (sent.parsed and told_actions(sent) and before_and_after(sent))
            for sent in sentences[1:]):
        return []  # the gap is already being closed, and measured ("I cut the layers from five to two")
    if any(sent.parsed and carried_practice(sent) for sent in sentences[1:]):
        return []  # a practice taken up since and kept ("I now ask for three years of accounts")
    return [make_finding(rule, data.missing_evidence("last_sentence"))]


def vague(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """No concrete detail: no number, name, time marker or scale anywhere in the answer."""
    text = data.text
    if any(sent.numbers or sent.proper_nouns for sent in data.answer.sentences):
        return []
    if TIME_RE.search(text) or SCALE_RE.search(text):
        return []
    generic = find(data.compile(rule.match), text) if rule.match else []
    if generic:
        return [make_finding(rule, evidence_of(generic))]
    hits = [match for match in VAGUE_RE.finditer(text)]
    if hits:
        return [make_finding(rule, tuple(Evidence(m.start(), m.end(), m.group(0)) for m in hits[:4]))]
    return [make_finding(rule, data.missing_evidence("first_sentence"))]


def we_only(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """A story told only in "we" or by others ("the team redesigned..."): the speaker never says
    what they did. A sentence counts when it speaks as "we" or tells what a group did, or, when
    a story is asked, what anyone but the speaker did (``others_acted``); an intention ("I'd want
    to help build that here") or a way of speaking ("I'd point to...") is not something the
    speaker did, and asked for a story, neither silences the finding outside the events told.
    Asked for no example, the answer must still tell one: two sentences or more of things a
    group did."""
    sentences = data.answer.sentences
    story = data.behavioural or sensed.story_asked(data)
    team = [sent.index for sent in sentences if sent.has_team or group_acted(sent)
            or (story and others_acted(sent))]
    if len(team) < int(rule.number("min_we", 3)):
        return []
    if not story and sum(1 for sent in sentences
                         if sent.team_past_actions or group_acted(sent)) < 2:
        return []
    # asked for a story, the speaker's "I would..." or "I always..." outside the events told (the
    # example named, a closing lesson) is not a part in them, and neither is what the speaker
    # says they came through in the lesson ("that time taught me resilience; I still managed")
    lessons = set(data.shape.indices(Role.LESSON)) if story and data.shape is not None else set()
    if any(own_acts(sent) for sent in sentences if sent.index not in lessons):
        return []
    inside = [sent for sent in sentences
              if not story or (team[0] <= sent.index <= team[-1] and sent.index not in lessons)]
    if any([verb for verb in sent.own_hypothetical if _conduct(verb)] for sent in inside):
        return []
    if any(sent.has_self and [verb for verb in sent.own_habitual if _habit_done(sent, verb)]
           for sent in inside):
        return []
    return [make_finding(rule, data.quote_sentences(team))]


EVENT_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def others_acted(sent: Sentence) -> bool:
    """Whether someone other than the speaker did something in the past in the sentence: a past
    verb of action (told, not negated, imagined nor habitual) whose subject is not "I" ("the
    facilities department converted the hall", "we piloted it", "security was arranged")."""
    if not sent.parsed:
        return False
    for token in sent.tokens:
        if token.dep not in EVENT_SUBJECTS or token.lower in SPEAKER_WORDS \
                or not 0 <= token.head < len(sent.tokens):
            continue
        verb = sent.tokens[token.head]
        if verb.pos != "VERB" or verb.lemma in STATIVE_LEMMAS:
            continue
        if token.lower in EXPERIENCE_SUBJECTS and any(
                sent.tokens[child].lower in {"me", "us"} and sent.tokens[child].dep in {"dobj", "dative"}
                for child in sent.child_map[token.head]):
            continue  # "what it showed me": the experience telling the speaker, a lesson drawn
        if clause_mood(sent, token.head) == "past" or (token.dep == "nsubjpass" and any(
                sent.tokens[child].dep == "auxpass" and sent.tokens[child].tag == "VBD"
                for child in sent.child_map[token.head])):
            return True  # told, or done to something in the past ("security was arranged")
    return False


SPEAKER_WORDS = frozenset({"i", "me", "myself"})
EXPERIENCE_SUBJECTS = frozenset({"it", "this", "that", "what", "which"})
"""Subjects that stand for the episode itself when it "showed" or "taught" the speaker something."""


ARRIVAL_LEMMAS = frozenset({"join", "resume", "arrive", "start", "come", "move", "inherit", "take",
                            "get", "land", "step"})
"""Verbs of arriving in a post: "when I joined", "after I took over" set the scene, they are not
what the speaker did about the matter."""
TIME_MARKS = frozenset({"when", "after", "before", "since", "as", "once", "until"})


def own_acts(sent: Sentence) -> list[Token]:
    """The speaker's past actions that tell what they did: not the scene set by their arrival
    ("when I joined the site, the leadership team recognised..."), nor a relative clause that
    describes something ("the organisation I led is used to...")."""
    found = []
    for verb in sent.own_past_actions:
        position = sent.tokens.index(verb)
        if verb.dep == "relcl":
            continue
        if verb.lemma in SPEECH and any(sent.tokens[child].lower in {"how", "as"}
                                        for child in sent.child_map[position]):
            continue  # "is how I'd put it", "as I said": a way of telling, not a thing done
        if verb.dep == "advcl" and verb.lemma in ARRIVAL_LEMMAS and any(
            sent.tokens[child].lower in TIME_MARKS for child in sent.child_map[position]
        ):
            continue
        if _experience_claimed(sent, position):
            continue
        found.append(verb)
    return found


POINTING = frozenset({"it", "this", "that", "them", "all"})
LIVED_THROUGH = frozenset({"live", "experience", "witness", "see", "face", "survive"})
"""Verbs of going through a situation, not of acting in it."""
"""Objects that point back at a kind of situation rather than name a thing done."""


def _experience_claimed(sent: Sentence, position: int) -> bool:
    """"I have lived it", "I've seen it all": a present perfect of going through a situation whose
    only object points back at it, with no time, place or thing of its own; a claim of
    experience, not an act in the story ("I have rebuilt the rota twice since 2019" is one)."""
    kids = sent.child_map[position]
    tokens = sent.tokens
    if tokens[position].tag != "VBN" or tokens[position].lemma not in LIVED_THROUGH or not any(
            tokens[kid].lower in {"have", "'ve", "’ve", "has"} and tokens[kid].dep == "aux"
            for kid in kids):
        return False
    if any(tokens[kid].dep in {"prep", "xcomp", "dative", "prt"}
           or (tokens[kid].dep == "ccomp" and kid > position) for kid in kids):
        return False  # a clause before it is the sentence's own opening, hung on it by the parse
    objects = [kid for kid in kids if tokens[kid].dep in {"dobj", "npadvmod"}]
    return bool(objects) and all(
        tokens[kid].lower in POINTING or any(tokens[g].lower in POINTING for g in sent.child_map[kid])
        for kid in objects)


def group_acted(sent: Sentence) -> bool:
    """Whether a group did something in the past: a past verb of action whose subject is a
    team word ("the team redesigned", "the engineers rebuilt"), not negated nor conditional."""
    if not sent.parsed:
        return False
    for token in sent.tokens:
        if token.dep != "nsubj" or token.lower not in GROUP_NOUNS or not 0 <= token.head < len(sent.tokens):
            continue
        verb = sent.tokens[token.head]
        if verb.pos == "VERB" and verb.lemma not in STATIVE_LEMMAS \
                and clause_mood(sent, token.head) == "past":
            return True
    return False


GROUP_NOUNS = TEAM_NOUNS - {"lead", "leads", "manager", "managers", "partner", "partners", "everyone",
                            "people"} | {"guys", "folks", "ops", "operations", "engineering"}
"""Subjects that name a group the speaker worked in ("the team", "the ops guys"); not one person
("my manager"), not everybody ("people")."""


def off_topic(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """The answer as a whole is far from the question (embedding similarity)."""
    if data.answer_sim is None or data.question_sims is None:
        return []
    threshold = rule.number("threshold", 0.15)
    sentences = data.answer.sentences
    if any(sent.own_past_actions or sent.team_past_actions or sent.outcome_numbers for sent in sentences):
        # an answer telling what the speaker did, or measuring a result, is only called off
        # topic when it is very far: the embeddings of short questions are noisy
        threshold = rule.number("story_threshold", threshold)
    if data.answer_sim >= threshold:
        return []
    order = np.argsort(data.question_sims)
    message = f"{rule.message} (similarity to the question {data.answer_sim:.2f})"
    return [make_finding(rule, data.quote_sentences([int(i) for i in order[:3]]), message=message)]


def digression(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Sentences the structure labeller marked as wandering off the question, leaving out a
    sentence that names what the question asks about in a word of the same family ("About
    relocation, ..." asked about relocating: ``asked_terms``), one that tells
    ``params.actions_least`` things the speaker did (the story itself, an aside inside it), and
    one about work that only mentions private life, in a joined clause, as the owner of a
    thing of work (``params.work`` lexicons) or beside a thing of the story pointed back at
    ("about those weekends"; ``private_aside``)."""
    if data.shape is None:
        return []
    if data.answer_sim is not None and data.answer_sim < rule.number("floor", 0.15):
        return []  # the whole answer is off topic; that finding says it better
    terms = asked_terms.question_terms(data.question) if data.question.strip() else frozenset()
    least = int(rule.number("actions_least", 2))
    personal = data.compile(_lexicon_matcher(rule.text("personal", "personal_life")))
    work = flaws.lexicon_words(data, rule, "work")
    other = []
    for index in data.shape.indices(Role.OTHER):
        sent = data.answer.sentences[index]
        if len(sent.own_past_actions) >= least or (sent.parsed and asked_terms.names_asked(sent, terms)):
            continue
        earlier = frozenset(form for before in data.answer.sentences[:index]
                            for token in before.tokens if token.pos == "NOUN"
                            for form in (token.lemma, token.lower))
        if private_aside.about_work(sent, find(personal, sent.text), work, earlier):
            continue
        other.append(index)
    if not other:
        return []
    return [make_finding(rule, data.quote_sentences(other))]


_LEXICON_MATCHERS: dict[str, Matcher] = {}


def _lexicon_matcher(lexicon: str) -> Matcher:
    """One matcher per lexicon, kept: the rule set caches compiled patterns by matcher, so a
    matcher made anew on each call would be compiled again on each answer (and its cache entry
    left behind, or taken over by a later matcher given the same id)."""
    if lexicon not in _LEXICON_MATCHERS:
        _LEXICON_MATCHERS[lexicon] = Matcher(lexicon=lexicon)
    return _LEXICON_MATCHERS[lexicon]


def too_short(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Fewer words than the family needs to judge an answer."""
    minimum = data.family.min_words if data.family else 25
    if data.answer.words >= minimum:
        return []
    message = f"{rule.message} ({data.answer.words:,} words; aim for at least {minimum * 2})"
    return [make_finding(rule, data.missing_evidence("answer"), message=message)]


def too_long(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """More words than a spoken answer can hold (over 3,000: not an interview answer at all)."""
    maximum = data.family.max_words if data.family else 320
    words = data.answer.words
    if words <= maximum:
        return []
    if words > MAX_ANALYSED_WORDS:
        message = (
            f"At {words:,} words this is too long to be an interview answer; "
            "spoken, it would take over 20 minutes"
        )
    else:
        minutes = words / 140
        message = f"{rule.message} ({words:,} words, about {minutes:.1f} minutes spoken; aim under {maximum})"
    sentences = data.answer.sentences
    tail = [sent.index for sent in sentences if sent.start >= offset_of_word(data.text, maximum)]
    evidence = data.quote_sentences(tail[:2]) if tail else data.missing_evidence("last_sentence")
    return [make_finding(rule, evidence, message=message)]


def several_weaknesses(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Two or more distinct weakness statements (the rule's matcher) in one answer."""
    if rule.match is None:
        return []
    hits = find(data.compile(rule.match), data.text)
    if len(hits) < 2:
        return []
    return [make_finding(rule, evidence_of(hits, limit=4))]


def salary_figure(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Salary answers: a figure named unasked and unresearched (``mode: first``); a researched
    range with no question about the package (``researched``); a figure given when pressed but
    without a range and its market basis (``basis``); or no figure at all when one was asked
    for, pressed or not (``evasive``)."""
    figures = [m for m in MONEY_RE.finditer(data.text)]
    pressed = bool(PRESSED_RE.search(data.question))
    if rule.text("mode", "first") == "evasive":
        return _figure_withheld(rule, data, figures, pressed=pressed)
    if not figures:
        return []
    evidence = tuple(Evidence(m.start(), m.end(), m.group(0)) for m in figures[:3])
    researched = bool(RANGE_RE.search(data.text) and MARKET_RE.search(data.text))
    mode = rule.text("mode", "first")
    if mode == "basis" and RANGE_RE.search(data.text) and BASIS_RE.search(data.text):
        return []  # pressed, and a range given with its reason
    if mode == "first":
        # A range from a cited survey is an acceptable first answer (seed 003), and so is one
        # with its stated reason (the pay now and the wider scope); a bare number is not.
        if pressed or researched or (RANGE_RE.search(data.text) and BASIS_RE.search(data.text)):
            return []
        if MARKET_RE.search(data.text) or BASIS_RE.search(data.text):
            # backed, but one figure: say so, not that nothing backs it
            return [make_finding(rule, evidence, message=rule.text("backed_message", rule.message))]
        return [make_finding(rule, evidence)]
    if mode == "researched":
        if pressed or not researched or ASKS_ABOUT_PACKAGE_RE.search(data.text):
            return []
        return [make_finding(rule, evidence)]
    if not pressed or researched:
        return []
    return [make_finding(rule, evidence)]


def _figure_withheld(rule: CodeRule, data: RuleInput, figures: list[re.Match[str]], *,
                     pressed: bool) -> list[Finding]:
    """Asked for a figure ("What are you expecting?", pressed or not) and none of the speaker's
    pay given: the budget they ran, a saving or a head count told in the story is no figure
    (pay_figure.py). Asked once, a turn-back that shows its range is ready (``_prepared_turn_back``)
    is fair. Quotes the sentences that speak of the pay (where the figure is turned back), else
    the first two."""
    if not pressed and not figure_asked(sensed.asked_question(data.question).sentences):
        return []
    sentences = data.answer.sentences
    if _researched_range(sentences):
        return []  # a researched range is a figure given, whatever verb reports it
    pay = sensed.lexicon_words(data.kb, sensed.PAY_LEXICON)
    if pay is None or not sentences:
        if figures or any(sent.numbers for sent in sentences):
            return []
    elif pay_figures(sentences, pay) or pay_numbers(sentences, pay):
        return []
    named = [sent.index for sent in sentences
             if pay is not None and any(token.lemma in pay or token.lower in pay for token in sent.tokens)]
    quotes = data.quote_sentences(named or range(len(sentences)), limit=2)
    if pressed:
        return [make_finding(rule, quotes)]
    if any(_prepared_turn_back(sent) for sent in sentences):
        return []  # asked once: a turn-back that has its range ready may wait for the package
    return [make_finding(rule, quotes, message=rule.text("asked_message", rule.message),
                         why=rule.text("asked_why", rule.why))]


OWN_RANGE_RE = re.compile(r"\bmy (?:own )?(?:range|figure|number|expectations?)\b", re.IGNORECASE)
"""The speaker's own range named as theirs to give ("I will give you my range in a moment")."""


def _prepared_turn_back(sent: Sentence) -> bool:
    """A sentence that shows the figure is ready though not yet given: the research behind it
    ("I researched what roles of this scope pay", "the survey data") or the speaker's own range
    promised ("I will give you my range in a moment"). Asked once, such a turn-back to ask how
    the package is built is the move the salary prep drafts; a plain "make me an offer" is not."""
    return bool(MARKET_RE.search(sent.text) or OWN_RANGE_RE.search(sent.text)
                or any(token.lemma == "research" for token in sent.tokens))


def _researched_range(sentences: Sequence[Sentence]) -> bool:
    """A range told with where it comes from, in its sentence or the next ("a base in the range
    of 78 to 85. I looked at two salary surveys…"); not a change told in the story ("occupancy
    went from 86 to 94 percent") beside a market named elsewhere."""
    return any(RANGE_RE.search(sent.text) and any(
        MARKET_RE.search(other.text) for other in sentences[index:index + 2])
        for index, sent in enumerate(sentences))


def not_tied_to_role(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """'Why you' answers whose strengths never meet the role's stated needs."""
    sentences = data.answer.sentences
    if not sentences:
        return []
    if data.role:
        vectors = data.answer.sentence_embeddings
        threshold = rule.number("threshold", 0.42)
        near = rule.number("near", 0.25)
        covered = 0
        for requirement in data.role:
            similarity = float((vectors @ nlp.embed_one(requirement)).max())
            lexical = _shares_keyword(requirement, data.text) or (
                similarity >= near and _shares_distinctive_word(requirement, data.role, data.text))
            if similarity >= threshold or lexical:
                covered += 1
        if covered >= 1:
            return []
        message = f"{rule.message} (none of the role's {len(data.role)} stated needs is addressed)"
        return [make_finding(rule, data.quote_sentences(range(len(sentences)), limit=3), message=message)]
    if ROLE_REFERENCE_RE.search(data.text):
        return []
    return [make_finding(rule, data.quote_sentences(range(len(sentences)), limit=3))]


STOP = frozenset({"the", "and", "with", "for", "from", "that", "this", "into", "across", "within",
                  "experience", "ability", "strong", "proven", "years", "team", "teams", "role",
                  "lead", "leading", "work", "working", "skills", "manage", "managing"})


def _shares_keyword(requirement: str, text: str) -> bool:
    words = [w for w in re.findall(r"[a-z][a-z0-9&/+-]{3,}", requirement.lower()) if w not in STOP]
    lowered = text.lower()
    hits = sum(1 for word in set(words) if re.search(r"(?<![\w])" + re.escape(word[:5]), lowered))
    return hits >= 2 or (hits >= 1 and len(set(words)) <= 2)


def _content_words(text: str) -> set[str]:
    """A text's words that can name a need (four letters or more, not generic), as stems of five
    letters so "closed" meets "close" and "reporting" meets "reports"."""
    return {word[:5] for word in re.findall(r"[a-z][a-z0-9&/+-]{3,}", text.lower()) if word not in STOP}


def _shares_distinctive_word(requirement: str, role: Sequence[str], text: str) -> bool:
    """Whether the answer uses a word of this need that no other need of the role uses ("the
    monthly close" in a finance job whose every line says "finance"): one such word, with some
    closeness of meaning, shows the answer speaks to that need."""
    others: set[str] = set()
    for line in role:
        if line != requirement:
            others |= _content_words(line)
    distinctive = _content_words(requirement) - others
    answer = re.findall(r"[a-z][a-z0-9&/+-]{3,}", text.lower())
    return any(word[:5] in distinctive for word in answer if word not in STOP)


def answered_in_job(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """A candidate question about a fact (reporting line, team size, base...) the job text states."""
    lines = job_lines(data.job_text)
    if not lines:
        return []
    for sent in data.answer.sentences:
        for fact in data.kb.job_facts:
            if not any(re.search(p, sent.text, re.IGNORECASE) for p in fact.asks):
                continue
            for line in lines:
                if any(re.search(p, line, re.IGNORECASE if "[A-Z]" not in p else 0) for p in fact.states):
                    message = f"{rule.message}: it states {fact.name} (“{line[:140]}”)"
                    return [make_finding(rule, (data.quote_sentence(sent.index),), message=message)]
    return []


def question_to_avoid(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """A question asked at the end of a kind worth avoiding (questions_to_ask.yaml "avoid": pay or
    time off before an offer, a quick move elsewhere, working less, gossip...), said by its cues;
    the kind's own reason is the why. Public facts have their own rule; having no question at all
    is the structure's "no sentence asks a question"."""
    found = kind_to_avoid(data.kb.questions_to_ask.avoid, data.answer.text, data.compile,
                          skip=rule.words("skip"))
    if found is None:
        return []
    kind, start = found
    sent = next((item for item in data.answer.sentences if item.start <= start < item.end), None)
    quote = data.quote_sentence(sent.index) if sent is not None else \
        Evidence(start, len(data.answer.text), data.answer.text[start:])
    return [make_finding(rule, (quote,), message=f"{rule.message}: {kind.kind.lower()}",
                         why=" ".join(kind.why.split()))]


def kind_to_avoid(kinds: Iterable[AvoidKind], text: str,
                  compile_cues: Callable[[Matcher], tuple[CompiledPattern, ...]], *,
                  skip: Iterable[str] = ()) -> tuple[AvoidKind, int] | None:
    """The first kind of question to avoid whose cues ``text`` says, with where it says it (the
    analyser's finding and the interviewer's reply both read it here)."""
    skipped = set(skip)
    for kind in kinds:
        if kind.id in skipped:
            continue
        hits = find(compile_cues(_avoid_matcher(kind)), text)
        if hits:
            return kind, hits[0].start
    return None


_AVOID_MATCHERS: dict[tuple[str, ...], Matcher] = {}


def _avoid_matcher(kind: AvoidKind) -> Matcher:
    """One matcher per kind's cues, kept so its compiled patterns are cached once."""
    key = tuple(kind.cues)
    if key not in _AVOID_MATCHERS:
        _AVOID_MATCHERS[key] = Matcher(phrases=list(kind.cues))
    return _AVOID_MATCHERS[key]


def job_lines(job_text: str) -> tuple[str, ...]:
    """The job text split into sentences and bullet lines worth comparing."""
    parts = re.split(r"(?<=[.!?])\s+|\n+", job_text)
    return tuple(part.strip(" -•*\t") for part in parts if len(part.split()) >= 3)


REGISTRY: dict[str, CodeFunction] = {
    "structure_missing": structure_missing,
    "long_circumstances": long_circumstances,
    "no_past_example": no_past_example,
    "method_before_example": method_before_example,
    "vague": vague,
    "we_only": we_only,
    "record_evidence_missing": record_evidence_missing,
    "time_bound_plan": time_bound_plan,
    "off_topic": off_topic,
    "question_to_avoid": question_to_avoid,
    "digression": digression,
    "too_short": too_short,
    "too_long": too_long,
    "several_weaknesses": several_weaknesses,
    "salary_figure": salary_figure,
    "not_tied_to_role": not_tied_to_role,
    "answered_in_job": answered_in_job,
    "judges_others": flaws.judges_others,
    "blames_others": flaws.blames_others,
    "job_complaint": flaws.job_complaint,
    "defensive": flaws.defensive,
    "overclaims": flaws.overclaims,
    "sole_credit": flaws.sole_credit,
    "superhero": flaws.superhero,
    "self_praise": flaws.self_praise,
    "oversharing": flaws.oversharing,
    "undermining": flaws.undermining,
    "unmeasured_goals": flaws.unmeasured_goals,
    "no_means": flaws.no_means,
    "no_improvement_steps": flaws.no_improvement_steps,
    "no_lesson_drawn": flaws.no_lesson_drawn,
    "sensed_flaw": sensed.sensed_flaw,
    "heard_tone": heard.heard_tone,
    "hedged_claims": hedged.hedged_claims,
    "answers_another": asked.answers_another,
    "vague_aims": asked.vague_aims,
    "weakness_accepted": asked.weakness_accepted,
    "concern_ungranted": concern.ungranted,
    "career_no_result": career.career_no_result,
    "claimed_result": claimed.claimed_result,
}
