"""Composure lapses in a reply to a challenge, read from the parse: sarcasm, a grudging shrug,
a concern talked down.

Under pressure a defensive reply seldom says "you are wrong". It shrugs at the end of a point
("..., but fine", "so, anyway"), credits the interviewer with a view in order to mock it ("I
suppose you also think...", "I'd have thought someone in your chair would know..."), claims to
be at a loss for what the interviewer wants ("I don't know how else you want me to tell it"),
sets what they would have expected against the question ("I'd have thought the audit settled
that"), tells them to read more carefully ("maybe you should read the dates more carefully"), or talks
the concern down by comparison ("this worry is smaller than it looks", "more of a paper thing
than a real gap", "the strength here, not the gap") or by judging it ("I find that a slightly
unfair reading", "this is a bit of a stereotype").

Each function asks one grammatical question of one parsed sentence and returns the positions of
the words that answer it (empty when the sentence does not show it). The rules read them only
in a reply that has something to push against (a stress interview, a stated concern, a
challenging question). Word classes come from content lexicons, passed in by the rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from poise.analysis.meaning import SUBJECT_DEPS, WordClasses, children, negated, subtree, valence

if TYPE_CHECKING:
    from poise.analysis.text import Sentence

TURNS = frozenset({"but", "so"})
"""Conjunctions after which a reply can trail off into a shrug ("..., but fine")."""
CONTENT_POS = frozenset({"NOUN", "PROPN", "NUM"})
TOLD_TAGS = frozenset({"VBD", "VBN"})
SHRUG_SUBJECTS = frozenset({"you", "there"})
"""The only subjects a shrug carries ("but there you go"); "but it worked" reports a result."""
LEAST_BEFORE = 4
"""Words a sentence says before its shrug: a bare "Fine." is a curt reply, read elsewhere."""
SUPPOSING = frozenset({"suppose", "guess", "imagine", "assume"})
MINDING = frozenset({"think", "know", "believe", "expect", "understand", "realise", "realize"})
LISTENER = frozenset({"you", "your", "yours"})
WANTING = frozenset({"want", "expect", "need"})
DOUBTING = frozenset({"know", "sure"})
WH_WORDS = frozenset({"what", "how", "why", "who", "which"})
READING = frozenset({"read", "look", "check", "listen"})
"""Verbs of taking something in that the interviewer can be told to do more carefully."""
SLIGHTING = frozenset({"past", "beyond", "carefully", "properly", "closely"})
"""How the interviewer is told to read: further ("past the first page") or with more care."""
MODAL_ADVICE = frozenset({"should", "might", "could", "may"})
SMALLER = frozenset({"smaller", "less", "lesser", "slighter", "narrower"})
"""Comparatives of smallness ("smaller than it looks"): they talk a concern down."""
SAYING = frozenset({"say", "tell", "add", "explain", "show", "prove"})
SOURCING = frozenset({"get", "take", "draw", "pick", "hear", "base"})
"""Verbs of where a view comes from ("where you're getting that from", "where you heard it")."""


def shrug(sent: Sentence, assent: frozenset[str]) -> list[int]:
    """The sentence trails off into a grudging assent after "but" or "so": "I'm not in the habit
    of making numbers up, but fine", "I haven't said it once, so, anyway", "..., but there you go".
    The tail carries a word of ``assent`` and nothing that tells of anything: no noun, number,
    past verb or subject but "you" or "there" ("but it worked", "so we did" are results)."""
    if not sent.parsed:
        return []
    tokens = sent.tokens
    turn = max((position for position, token in enumerate(tokens) if token.lower in TURNS),
               default=-1)
    if turn < LEAST_BEFORE:
        return []
    tail = [position for position in range(turn + 1, len(tokens)) if tokens[position].pos != "PUNCT"]
    if not tail or len(tail) > 3:
        return []
    for position in tail:
        token = tokens[position]
        if token.pos in CONTENT_POS or token.tag in TOLD_TAGS:
            return []
        if token.dep in SUBJECT_DEPS and token.lower not in SHRUG_SUBJECTS:
            return []
    if not any(tokens[position].lower in assent or tokens[position].lemma in assent
               for position in tail):
        return []
    return [turn, *tail]


def mocked_view(sent: Sentence) -> list[int]:
    """The speaker credits the interviewer with a view in order to mock it: "I suppose you also
    think ...", "I'd have thought someone in your chair would know ...", "I'd love to know who else
    you think did it". A verb of supposing, a "would have thought" or a wish to know, said by the
    speaker now, over a clause whose subject is the interviewer (or someone of theirs) and whose
    verb is one of knowing or thinking with a clause of its own (the view credited); a wish to
    know asks "who else" or "what else", not the interviewer's opinion of a plan."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        kids = children(sent, position)
        if not any(sent.tokens[c].lower == "i" and sent.tokens[c].dep in SUBJECT_DEPS for c in kids):
            continue
        words = {sent.tokens[c].lower for c in kids}
        supposing = token.lemma in SUPPOSING and token.tag == "VBP" and not negated(sent, position)
        would_have = token.lemma == "think" and token.tag == "VBN" and "have" in words and bool(
            words & {"would", "'d", "’d"})
        wishing = token.lemma in {"love", "like"} and bool(words & {"would", "'d", "’d"}) and any(
            sent.tokens[c].lemma == "know" for c in kids) and any(
            sent.tokens[p].lower == "else" for p in subtree(sent, position))
        if not (supposing or would_have or wishing):
            continue
        for inner in subtree(sent, position):
            verb = sent.tokens[inner]
            held = {sent.tokens[c].dep for c in children(sent, inner)
                    if sent.tokens[c].pos in {"VERB", "AUX"} or sent.tokens[c].dep != "ccomp"}
            if inner == position or verb.lemma not in MINDING or not (
                    wishing or ("ccomp" in held and "dobj" not in held)):
                continue  # a view credited ("you think the brigade slows..."), not "you know the market"
            for subject in children(sent, inner):
                if sent.tokens[subject].dep not in SUBJECT_DEPS:
                    continue
                said = {sent.tokens[p].lower for p in subtree(sent, subject)}
                if said & LISTENER:
                    return [position, inner]
    return []


EXPECTING = frozenset({"think", "expect", "assume", "imagine"})
"""Verbs of a view held beforehand: in "I'd have thought ..." the speaker sets what they expected
against what the interviewer just did."""
WOULD = frozenset({"would", "'d", "’d"})


def counterfactual_reproach(sent: Sentence) -> list[int]:
    """The speaker sets what they would have expected against what was just put to them: "I'd
    have thought the audit settled that", "I would have expected a bank of your size to ask".
    The speaker as the subject of a verb of expecting in the perfect under "would", not denied
    ("I wouldn't have thought so" concedes). Said in reply to a challenge, it tells the
    interviewer they should have known better, whatever the clause after it says."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in EXPECTING or token.tag != "VBN" or negated(sent, position):
            continue
        kids = children(sent, position)
        words = {sent.tokens[c].lower for c in kids}
        speaker = any(sent.tokens[c].lower == "i" and sent.tokens[c].dep in SUBJECT_DEPS
                      for c in kids)
        if speaker and "have" in words and words & WOULD and not words & {"never", "not", "n't"}:
            return [position]
    return []


def at_a_loss(sent: Sentence) -> list[int]:
    """The speaker says they do not know what more the interviewer wants: "I don't know how else
    you want me to tell it", "I'm not sure what else there is to say", "I'm not sure what you
    want me to say here", "I don't know where you're getting that from". A denied "know" or
    "sure" of the speaker, now, over a question-word clause of the interviewer wanting something,
    of what else to say ("what else we could have done" is a verdict on the past, not on the
    question), or of where the interviewer got their view."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in DOUBTING:
            continue
        head = position if token.lemma == "know" else token.head
        if not 0 <= head < len(sent.tokens) or sent.tokens[head].tag in TOLD_TAGS or not (
                negated(sent, position) or negated(sent, head)):
            continue
        if not any(sent.tokens[c].lower == "i" and sent.tokens[c].dep in SUBJECT_DEPS
                   for c in children(sent, head)):
            continue
        below = [p for p in subtree(sent, position) if p != position]
        words = {sent.tokens[p].lower for p in below}
        if not words & (WH_WORDS | {"where"}):
            continue
        wanting = any(sent.tokens[p].lemma in WANTING and any(
            sent.tokens[c].lower == "you" and sent.tokens[c].dep in SUBJECT_DEPS
            for c in children(sent, p)) for p in below)
        saying = any(sent.tokens[p].lemma in SAYING for p in below)
        # "I don't know where you're getting that from": the interviewer's view given no source
        sourced = "where" in words and any(sent.tokens[p].lemma in SOURCING and any(
            sent.tokens[c].lower == "you" and sent.tokens[c].dep in SUBJECT_DEPS
            for c in children(sent, p)) for p in below)
        asked = bool(words & WH_WORDS)  # "where you want me to start" asks for a way in
        if (asked and (wanting or ("else" in words and saying))) or sourced:
            return [position]
    return []


def told_to_read(sent: Sentence) -> list[int]:
    """The interviewer told to read or look more carefully: "maybe you should read the dates
    more carefully", "if you'd looked past the annual table you'd have seen that". A verb of
    reading with "you" as its subject, advised ("should") or in a past condition ("if you had"),
    carried further or with more care (``SLIGHTING``)."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in READING:
            continue
        kids = children(sent, position)
        if not any(sent.tokens[c].lower == "you" and sent.tokens[c].dep in SUBJECT_DEPS for c in kids):
            continue
        words = {sent.tokens[c].lower for c in kids}
        advised = bool(words & MODAL_ADVICE) and token.tag == "VB"
        past_if = "if" in words and bool(words & {"had", "'d", "’d"})
        if not (advised or past_if):
            continue
        if any(sent.tokens[p].lower in SLIGHTING for p in subtree(sent, position)):
            return [position]
    return []


def concern_talked_down(sent: Sentence, concern: frozenset[str]) -> list[int]:
    """The concern said to be smaller than it looks, or set against something it is said to be
    instead: "this worry is smaller than it looks", "it's more of a paper thing than a real gap",
    "my background is the strength here, not the gap". A word of ``concern`` (or "this", "that")
    as the subject of a present "be" with a comparative of smallness, or a concern word that is
    the far side of "than" or an apposition denied with "not", in a present clause."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        named = token.lemma in concern or token.lower in concern
        if token.dep in SUBJECT_DEPS and (named or token.lower in {"this", "that"}):
            verb = token.head
            if not _present_be(sent, verb):
                continue
            if any(sent.tokens[c].lower in SMALLER for c in children(sent, verb)):
                return [position]
            continue
        if not named or token.pos != "NOUN":
            continue
        head = token.head
        if not 0 <= head < len(sent.tokens):
            continue
        if token.dep == "pobj" and sent.tokens[head].lower == "than" and _present_be(
                sent, _clause_of(sent, head)):
            return [position]
        if token.dep == "appos" and any(sent.tokens[c].dep == "neg" for c in children(sent, head)
                                        ) and _present_be(sent, _clause_of(sent, head)):
            return [position]
    return []


def point_judged(sent: Sentence, concern: frozenset[str],
                 granting: frozenset[str] = frozenset()) -> list[int]:
    """The interviewer's point judged in negative words by the speaker now: "I find that a
    slightly unfair reading", "I find it a bit strange that ...", "this is a bit of a stereotype".
    "I find" over a negative word (VADER), or "this"/"that" as the subject of a present "be"
    whose predicate (through "a bit of") is a negative noun other than a word of ``concern``
    ("that is a fair worry" names the concern, it does not judge it), nor a noun the speaker
    grants weight with a word of ``granting`` ("I think that is a real risk")."""
    if not sent.parsed:
        return []
    plain = WordClasses()
    for position, token in enumerate(sent.tokens):
        if token.lemma == "find" and token.tag == "VBP" and any(
                sent.tokens[c].lower == "i" and sent.tokens[c].dep in SUBJECT_DEPS
                for c in children(sent, position)):
            for child in children(sent, position):
                if sent.tokens[child].dep not in {"ccomp", "oprd", "xcomp", "dobj"}:
                    continue
                near = [child, *children(sent, child)]
                if any(valence(sent.tokens[p], plain) <= -0.5 for p in near):
                    return [position]
        if token.dep in SUBJECT_DEPS and token.lower in {"this", "that"} and _present_be(
                sent, token.head):
            for child in children(sent, token.head):
                if sent.tokens[child].dep != "attr":
                    continue
                predicate = [child, *(p for p in subtree(sent, child)
                                      if sent.tokens[p].dep == "pobj"
                                      and sent.tokens[sent.tokens[p].head].lower == "of")]
                if any(sent.tokens[p].pos == "NOUN" and valence(sent.tokens[p], plain) <= -1.0
                       and sent.tokens[p].lemma not in concern
                       and not any(sent.tokens[c].dep == "amod" and sent.tokens[c].lower in granting
                                   for c in children(sent, p))
                       for p in predicate):
                    return [position]
    return []


def _present_be(sent: Sentence, verb: int) -> bool:
    if not 0 <= verb < len(sent.tokens):
        return False
    head = sent.tokens[verb]
    return (head.lemma == "be" or head.lower in {"'s", "’s"}) and head.tag in {"VBZ", "VBP"}


def _clause_of(sent: Sentence, position: int) -> int:
    """The verb of the clause a word sits in (the first verb or auxiliary above it)."""
    current, seen = position, set()
    while 0 <= current < len(sent.tokens) and current not in seen:
        seen.add(current)
        if sent.tokens[current].pos in {"VERB", "AUX"}:
            return current
        current = sent.tokens[current].head
    return -1


UNFAIR = frozenset({"unfair", "dated", "wrong", "inaccurate", "misleading", "harsh", "simplistic",
                    "outdated", "incomplete", "selective"})
"""Adjectives that judge a view as not doing its object justice; VADER rates some of them mild."""
STALE_NOUNS = frozenset({"date"})
"""The noun of "out of date": a view judged stale."""


def view_judged(sent: Sentence, views: frozenset[str]) -> list[int]:
    """A view of the speaker (``views``: "reading", "impression", "picture") judged unfair or
    stale by the speaker now: "I think that reading of my references is out of date, and a
    little unfair", "that impression is wrong". A view noun as the subject of a present "be"
    whose predicate (an adjective, or "out of date", with what is joined to it) judges it;
    denied ("that picture isn't unfair") it is granted, and the speaker's own view ("my
    impression was wrong") is the speaker's, not the interviewer's."""
    if not sent.parsed or not views:
        return []
    plain = WordClasses()
    for position, token in enumerate(sent.tokens):
        if token.lemma not in views or token.dep not in SUBJECT_DEPS or not _present_be(sent, token.head):
            continue
        verb = token.head
        if negated(sent, verb) or any(sent.tokens[c].dep == "poss" and sent.tokens[c].lower in {"my", "our"}
                                      for c in children(sent, position)):
            continue
        said = [c for c in children(sent, verb) if sent.tokens[c].dep in {"acomp", "attr", "prep", "conj"}]
        said += [g for c in said for g in children(sent, c) if sent.tokens[g].dep in {"conj", "amod"}]
        for place in said:
            word = sent.tokens[place]
            if word.pos == "ADJ" and (word.lower in UNFAIR or valence(word, plain) <= -1.0):
                return [position]
            if word.lower == "out" and any(sent.tokens[g].lower in STALE_NOUNS
                                           for g in subtree(sent, place)):
                return [position]
    return []
