"""A trait the speaker settles as fixed: a weakness told as part of who they are, read from the
parse, whatever the words.

Three shapes a coach hears as "a weakness accepted, not worked on":
- identity: the trait equated with the speaker's make-up, a clause about the speaker introduced by
  a wh-word or "the way" and built on a verb of being or make-up ("that's how I'm built", "it's
  part of what I am", "the way I am made");
- persistence: the trait said to stay, the future of a verb of change denied ("it will never
  change", "I doubt I'll ever shake it") or the speaker "always" going to be so;
- acceptance: the speaker accepting it or at peace with it, now ("I have come to accept it").

A clause told in the past ("I used to think it was how I was made"), under "if", or denied ("it
is not who I am") states nothing settled. ``worked_on`` says whether the answer also tells a step
taken or planned about the weakness after the settling sentence or in the present ("since then I
ask...", "I'm working on it", "I have started..."): such an answer has a plan and is not flagged.
"""

from __future__ import annotations

from poise.analysis.grammar import MODALS, OPINION_LEMMAS, STATIVE_LEMMAS, SUBJECT_DEPS
from poise.analysis.meaning import children, hangs_under, negated
from poise.analysis.text import AnalysedText, Sentence

SELF = frozenset({"i"})
MAKE_UP = frozenset({"be", "wire", "build", "make", "program", "programme", "bear", "raise",
                     "made", "built", "wired"})
"""Verbs of being or make-up: "how I am", "how I'm wired", "the way I was made"."""
WAY_NOUNS = frozenset({"way", "part", "kind", "sort", "type"})
CHANGE = frozenset({"change", "shake", "improve", "fix", "go", "disappear", "leave", "stop",
                    "fade", "alter", "lose"})
"""Verbs a trait would need to stop being true: "it will never change", "I won't shake it"."""
SETTLING = frozenset({"accept", "embrace"})
PEACE = frozenset({"peace"})
FUTURE = frozenset({"will", "'ll", "wo", "would", "'d"})
PAST_TAGS = frozenset({"VBD"})
DOUBT = frozenset({"think", "know", "expect", "see", "imagine", "believe", "doubt"})
STEP_TIMES = frozenset({"now", "since", "started", "start", "starting", "nowadays"})
"""Words that date a step after the weakness was seen: "I now...", "since then I...", "I've
started..."."""
EFFORT = frozenset({"working", "trying", "learning", "practising", "practicing"})
"""An effort under way: "I'm working on it", "I'm learning to..."."""
HABIT_VERBS = frozenset({"tend", "be", "have", "find", "feel", "like"})
"""Present verbs that tell the habit itself, not a step against it ("I tend to...")."""


def _speaker_subject(sent: Sentence, verb: int) -> bool:
    return any(sent.tokens[c].lower in SELF and sent.tokens[c].dep in {"nsubj", "nsubjpass"}
               for c in children(sent, verb))


def _told_past(sent: Sentence, verb: int) -> bool:
    """The clause, or a clause above it, is told in the past ("I used to think it was...")."""
    seen = set()
    position = verb
    while 0 <= position < len(sent.tokens) and position not in seen:
        seen.add(position)
        token = sent.tokens[position]
        # "the way I was built" is a state of make-up, not a time: its own "was" does not count
        idiom = position == verb and token.lemma != "be"
        if token.tag in PAST_TAGS or (not idiom and any(
                sent.tokens[c].tag in PAST_TAGS and sent.tokens[c].dep in {"aux", "auxpass"}
                for c in children(sent, position))):
            return True
        if token.lemma == "use" and token.tag == "VBD":
            return True
        if token.dep == "ROOT":
            break
        position = token.head
    return False


def _conditional(sent: Sentence, verb: int) -> bool:
    """The clause, or one it hangs from, is under "if", "unless" or "whether"."""
    return hangs_under(sent, verb, CONDITIONAL_MARKS, reach=4)


CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})


def _denied_above(sent: Sentence, verb: int) -> bool:
    """The clause or the copula it hangs on is denied ("that is not who I am")."""
    position = verb
    for _ in range(4):
        if negated(sent, position):
            return True
        token = sent.tokens[position]
        if token.dep == "ROOT" or not 0 <= token.head < len(sent.tokens):
            return False
        if sent.tokens[token.head].lemma in DOUBT:
            return False  # "I don't think it'll change": the doubt is the settling
        position = token.head
    return False


def identity(sent: Sentence) -> bool:
    """ "That's how I'm wired", "it's part of who I am", "it's the way I am": a clause with the
    speaker as its subject, on a verb of being or make-up, introduced by a wh-word or a noun of
    manner, that is itself what something is."""
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.lemma not in MAKE_UP and token.lower not in MAKE_UP:
            continue
        if not _speaker_subject(sent, position):
            continue
        kids = children(sent, position)
        if token.lemma == "be" and any(
                tokens[c].dep in {"acomp", "attr", "oprd", "prep"} and tokens[c].tag not in {"WP", "WRB"}
                for c in kids):
            continue  # "the part I'm proudest of", "what I'm worth": a quality, not make-up
        introduced = any(tokens[c].tag in {"WRB", "WP"} and tokens[c].lower in {"how", "who", "what"}
                         for c in kids)
        head = token.head
        if not introduced and 0 <= head < len(tokens) and head != position:
            # "the way I am", "the kind of person I am": a relative clause on a noun of manner
            introduced = token.dep == "relcl" and tokens[head].lower in WAY_NOUNS | {"person"}
        if not introduced:
            continue
        # the clause is what something is: "that's how...", "part of who...", "it's the way..."
        if token.dep not in {"ccomp", "attr", "pcomp", "relcl", "acomp", "xcomp", "advcl"}:
            continue
        if _told_past(sent, position) or _conditional(sent, position) or _denied_above(sent, position):
            continue
        return True
    return False


def persistence(sent: Sentence) -> bool:
    """ "It will never change", "I don't think I'll ever shake it", "I'm always going to be a bit
    like that": the trait's end denied for the time to come, or the speaker always so."""
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        kids = children(sent, position)
        future = any(tokens[c].lower in FUTURE and tokens[c].dep == "aux" for c in kids) or any(
            tokens[c].lemma == "go" and tokens[c].tag == "VBG" for c in kids
        ) or (token.dep == "xcomp" and 0 <= token.head < len(tokens)
              and tokens[token.head].lemma == "go" and tokens[token.head].tag == "VBG")
        if token.lemma == "go" and token.tag == "VBG" and any(tokens[c].dep == "xcomp"
                                                              for c in kids):
            continue  # judged on its complement
        if not future or _conditional(sent, position):
            continue
        holder = token.head if token.dep == "xcomp" else position
        if token.lemma in CHANGE:
            subjects = [tokens[c] for c in children(sent, holder) if tokens[c].dep in {"nsubj", "nsubjpass"}]
            if not subjects and token.dep == "relcl":
                subjects = [tokens[token.head]]
            said_of_trait = any(s.lower in {"it", "that", "this", "i", "something", "which"}
                                for s in subjects)
            denied = negated(sent, position) or (any(tokens[c].lower == "ever" for c in kids) \
                and _doubted(sent, position))
            if said_of_trait and (denied or _doubted(sent, position)):
                return True
        if token.lemma == "be" and any(tokens[c].lower == "always" for c in children(sent, holder)) \
                and _speaker_subject(sent, holder):
            return True
    return False


def _doubted(sent: Sentence, verb: int) -> bool:
    """The clause sits under a denied verb of belief ("I don't think it will change")."""
    position = verb
    for _ in range(4):
        token = sent.tokens[position]
        if token.dep == "ROOT" or not 0 <= token.head < len(sent.tokens):
            return False
        position = token.head
        head = sent.tokens[position]
        if head.lemma in DOUBT and (negated(sent, position) or head.lemma == "doubt"):
            return True
    return False


def acceptance(sent: Sentence) -> bool:
    """ "I've accepted that about myself", "I have to accept it", "I've made peace with it": the
    speaker settling with it now, not "I had to accept the board's decision"."""
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        settling = token.lemma in SETTLING or (
            token.lemma == "make" and any(tokens[c].lemma in PEACE for c in children(sent, position)))
        if not settling or token.pos != "VERB":
            continue
        # "I have to accept it", "I've come to accept it": the speaker is the subject above
        holder = token.head if token.dep in {"xcomp", "advcl"} and 0 <= token.head < len(tokens) \
            else position
        if not _speaker_subject(sent, holder) and not _speaker_subject(sent, position):
            continue
        if token.tag in PAST_TAGS or tokens[holder].tag in PAST_TAGS:
            continue
        if negated(sent, position) or _conditional(sent, position):
            continue
        objects = [tokens[c] for c in children(sent, position) if tokens[c].dep in {"dobj", "ccomp", "prep"}]
        about_self = any(o.lower in {"that", "it", "this"} or o.dep == "ccomp" or o.lower == "with"
                         for o in objects)
        if about_self:
            return True
    return False


def settles(sent: Sentence) -> bool:
    """Whether the sentence settles a trait as fixed (any of the three shapes)."""
    return sent.parsed and (identity(sent) or persistence(sent) or acceptance(sent))


def worked_on(answer: AnalysedText, after: int) -> bool:
    """A step about the weakness told in the answer: an own action of the speaker's dated after
    the weakness was seen ("I now ask...", "since then I...", "I've started...") or an effort
    under way ("I'm working on it", "I'm learning to..."); not the habit itself told in the
    present ("I tend to...", "I still check...")."""
    for sent in answer.sentences:
        if sent.index == after:
            continue
        lowered = {t.lower for t in sent.tokens}
        if "still" in lowered:
            continue  # "I still check every file": the weakness itself, not a step
        acted = [verb for verb in (*sent.own_habitual, *sent.own_hypothetical, *sent.own_past_actions)
                 if verb.lemma not in HABIT_VERBS]
        if acted and lowered & STEP_TIMES:
            return True
        if sent.has_self and any(t.lower in EFFORT and t.tag == "VBG" for t in sent.tokens):
            return True
    return False


SEQUENCE_ADVERBS = frozenset({"then", "first", "next", "afterwards", "later", "finally"})
"""Adverbs that order steps one after another: "then I'd ask for an example"."""
SEQUENCED_STEPS = 2


def steps_in_sequence(answer: AnalysedText) -> bool:
    """Whether the speaker lays out what they do about something as ordered steps of their own,
    in any tense or mood: ``SEQUENCED_STEPS`` sentences or more, each with an act of the
    speaker's (not the habit itself: ``HABIT_VERBS``) under an adverb of order ("Then I'd go
    back and ask for an example. And then I'd pick one thing to change"). One "then" is a
    story's turn, not a plan."""
    ordered = 0
    for sent in answer.sentences:
        if not sent.parsed:
            continue
        acted = [verb for verb in (*sent.own_habitual, *sent.own_hypothetical, *sent.own_past_actions)
                 if verb.lemma not in HABIT_VERBS and verb.lemma not in STATIVE_LEMMAS]
        if any(any(sent.tokens[child].lower in SEQUENCE_ADVERBS and sent.tokens[child].dep == "advmod"
                   for child in sent.child_map[sent.tokens.index(verb)]) for verb in acted):
            ordered += 1
    return ordered >= SEQUENCED_STEPS


def settled_sentences(answer: AnalysedText) -> list[int]:
    """The sentences that settle a weakness as fixed, when no step about it follows."""
    hits = [sent.index for sent in answer.sentences if settles(sent)]
    if not hits:
        return []
    return [index for index in hits if not worked_on(answer, index)]


INTENT = frozenset({"try", "work", "tend", "aim", "hope", "want", "plan", "intend", "wish",
                    "strive", "attempt", "mean", "go"})
"""Verbs of intending or trying ("I'm trying", "I'm going to", "I'm working on it"): a wish, not
a step taken."""
TAKEN_MARKS = frozenset({"now", "since", "nowadays", "anymore"})
"""Words that date a present step after the weakness was seen: "I now sign off on..."."""
EMPTY_OBJECTS = frozenset({"it", "that", "this", "them", "something", "things", "anything"})
"""Objects that name nothing the step acts on: "I'm doing something about it"."""
STEPS_TAKEN = 2


def step_taken(sent: Sentence, position: int) -> bool:
    """Whether the verb at ``position`` is a step the speaker has taken or takes now: "I" or "we"
    as its subject, in the perfect ("I have made two changes"), the progressive ("I'm sending a
    draft to..."), or the present dated after the weakness ("I now sign off on a sample"); an
    act, not a state, an opinion, an intention or settling with it ("I have accepted it"); not
    denied or under a modal; and acting on something named, not on "it"."""
    tokens = sent.tokens
    token = tokens[position]
    if token.pos != "VERB" or token.lemma in STATIVE_LEMMAS | OPINION_LEMMAS | INTENT | SETTLING \
            or token.lemma in HABIT_VERBS:
        return False
    kids = [tokens[child] for child in children(sent, position)]
    if not any(kid.lower in {"i", "we"} and kid.dep in SUBJECT_DEPS for kid in kids):
        return False
    auxes = [kid for kid in kids if kid.dep in {"aux", "auxpass"}]
    if any(aux.lower in MODALS for aux in auxes) or any(kid.dep == "neg" for kid in kids):
        return False
    perfect = token.tag == "VBN" and any(aux.lemma == "have" and aux.tag in {"VBP", "VBZ"}
                                         for aux in auxes)
    progressive = token.tag == "VBG" and any(aux.lemma == "be" and aux.tag in {"VBP", "VBZ"}
                                             for aux in auxes)
    present = (token.tag in {"VBP", "VBZ"} or any(aux.lemma == "do" and aux.tag in {"VBP", "VBZ"}
                                                  for aux in auxes)) \
        and any(item.lower in TAKEN_MARKS for item in sent.tokens)
    if not (perfect or progressive or present):
        return False
    for kid in kids:
        if kid.dep in {"dobj", "dative", "xcomp", "ccomp"} and kid.lower not in EMPTY_OBJECTS:
            return True
        if kid.dep == "prep" and any(tokens[grand].lower not in EMPTY_OBJECTS
                                     for grand in children(sent, tokens.index(kid))):
            return True
    return False


def plan_taken(answer: AnalysedText) -> bool:
    """Whether the answer tells ``STEPS_TAKEN`` or more steps the speaker has taken or takes now
    about the weakness (``step_taken``): a plan told as what is being done, in the perfect, the
    progressive or the present, however the speaker words it. One step alone may be the story's
    turn; a wish ("I want to get better at it") is none."""
    found = 0
    for sent in answer.sentences:
        if not sent.parsed:
            continue
        found += sum(1 for position in range(len(sent.tokens)) if step_taken(sent, position))
        if found >= STEPS_TAKEN:
            return True
    return False


SHORTCOMING_NOUNS = frozenset({"weakness", "shortcoming", "flaw", "failing", "limitation"})
"""Nouns a speaker names a shortcoming of their own by ("my weakness", "a flaw of mine")."""
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
ABILITY_MODALS = frozenset({"can", "could", "may", "might"})
"""A trait told as a tendency: "I can be blunt", "I might come across as..."."""


def names_shortcoming(answer: AnalysedText) -> bool:
    """Whether the speaker says something about how they are or what they do now: a trait of
    theirs ("I'm impatient", "I can be blunt", "I'm not great at..."), a habit told in the
    present ("I interrupt", "I tend to take on too much"), a shortcoming named as theirs ("my
    weakness") or one settled as fixed. An answer that speaks only of others or of the job
    ("the work has gone stale") names no weakness of the speaker's."""
    for sent in answer.sentences:
        if not sent.parsed:
            continue
        if sent.own_habitual or settles(sent):
            return True
        for position, token in enumerate(sent.tokens):
            if token.lemma in SHORTCOMING_NOUNS and any(
                    sent.tokens[child].lower in {"my", "mine"} for child in children(sent, position)):
                return True
            if token.lemma == "be" and _trait_told(sent, position):
                return True
    return False


def _trait_told(sent: Sentence, verb: int) -> bool:
    """"I am impatient", "I can be blunt": the speaker as the subject of "be" in the present, or
    under a modal of tendency, with something said of them."""
    kids = [sent.tokens[child] for child in children(sent, verb)]
    if not any(kid.lower in SELF and kid.dep == "nsubj" for kid in kids):
        return False
    present = sent.tokens[verb].tag in PRESENT_TAGS or any(
        kid.dep == "aux" and kid.lower in ABILITY_MODALS for kid in kids)
    return present and any(kid.dep in {"acomp", "attr"} for kid in kids)
