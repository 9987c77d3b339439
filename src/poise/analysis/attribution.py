"""Where a setback is placed, read from the parse: with someone else, or away from the speaker.

Blame is rarely a plain "it was their fault". It sits in the shape of a sentence: a setback is
the subject and the predicate places its origin with a third party or a circumstance ("the
overrun came from the client side", "the slip was driven by two things outside our control",
"the root cause sat with the vendor", "a lot of that was on the contractor"); the speaker's
share is denied ("none of that was about me", "it had nothing to do with decisions I made",
"more about the timing than me"); or a third party is reproached with what they should have
done ("the supplier should have flagged it"). A setback placed wholly in one place ("entirely
because of the vendor", "squarely down to the provider") leaves the speaker no share, whatever
they did next (``placed_wholly``).

Each function asks one grammatical question of one parsed sentence and returns the positions of
the words that answer it (empty when the sentence does not show it). Word classes (who counts as
a third party, which nouns name a setback) are passed in by the rule, from content lexicons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from poise.analysis.grammar import clause_mood, verb_above
from poise.analysis.meaning import (
    SUBJECT_DEPS,
    WordClasses,
    children,
    governing_verb,
    is_target,
    negated,
    speaker_in,
    subtree,
    valence,
)

if TYPE_CHECKING:
    from poise.analysis.text import AnalysedText, Sentence, Token

ORIGIN_PREPS = {"come": "from", "stem": "from", "originate": "from", "sit": "with", "lie": "with",
                "rest": "with", "trace": "to"}
"""Verbs that place where a setback came from, each with its preposition ("came from", "sat with")."""
CAUSING_VERBS = frozenset({"drive", "cause", "trigger", "create", "dictate", "force"})
PLACING_PREPS = frozenset({"on", "down", "with"})
CAUSE_PREPS = frozenset({"because", "due", "owing", "thanks"})
"""Prepositions that give a cause ("was because of the vendor", "was due to the client")."""
WHOLLY = frozenset({"entirely", "squarely", "solely", "purely", "wholly", "completely", "totally",
                    "all", "only", "simply"})
"""Words that put the whole of a setback in the one place named ("entirely because of", "squarely
down to"): no share is left for anyone else."""
OUTSIDE = frozenset({"outside", "beyond", "external", "externally"})
"""Words that place a thing away from the speaker by themselves ("outside our control", "external
factors")."""
STANDING_FOR = frozenset({"that", "this", "it", "one", "most", "much", "lot", "all", "part",
                          "half", "bulk", "which"})
"""Subjects that stand for a setback just told ("that was on them", "most of it came from...")."""
OWN_SIDE = frozenset({"side", "end"})
"""With "our" these name the speaker's own camp ("our side"), not a third party."""
OBJECT_PEOPLE = frozenset({"them", "him", "her"})
NOT_REPORTED = frozenset({"conditional", "question", "hypothetical", "past_future"})
TOLD = frozenset({"past"})
"""Moods of a clause that tells what happened (a story's cause), not a general view."""
HOLDING_VERBS = frozenset({"be", "have", "do"})
SHARED = frozenset({"all", "just", "only", "solely", "entirely"})
SELF_WORDS = frozenset({"i", "me", "my", "we", "us", "our", "myself", "ourselves", "mine"})
SHARE_NOUNS = frozenset({"fault", "failure", "mistake", "doing", "responsibility", "error"})
ABOUT_PREPS = frozenset({"about", "with", "to", "on"})
NOTHING_WORDS = frozenset({"nothing", "none", "no", "neither"})
DILIGENCE_MODALS = frozenset({"should", "ought"})


def _placed_with_others(sent: Sentence, positions: list[int], classes: WordClasses) -> bool:
    """The words name a third party or a circumstance ("the vendor", "things outside our
    control") and not the speaker ("my own plan")."""
    words = [sent.tokens[p] for p in positions]
    if any(word.lower in OUTSIDE for word in words):
        return True  # "outside our control", "beyond the team": placed away from the speaker
    if any(word.lower in SELF_WORDS - {"our"} for word in words):
        return False
    for word in words:
        # "our plan" is the speaker's; "our contractor" is someone else
        if word.lower == "our" and 0 <= word.head < len(sent.tokens) and (
            not is_target(sent.tokens[word.head], classes)
            or sent.tokens[word.head].lemma in OWN_SIDE
        ):
            return False
    return any(is_target(word, classes) or word.lower in OBJECT_PEOPLE for word in words)


def _setback_subject(sent: Sentence, verb: int, setbacks: frozenset[str]) -> int | None:
    """The verb's subject when it names a setback ("the delay") or stands for one ("that")."""
    for child in children(sent, verb):
        token = sent.tokens[child]
        if token.dep not in SUBJECT_DEPS:
            continue
        if token.lower == "one" and not any(sent.tokens[c].lower in {"that", "this"}
                                            for c in children(sent, child)):
            continue  # "that one" stands for a setback; "one of them" is a person
        if token.lemma in setbacks or token.lower in setbacks or token.lower in STANDING_FOR:
            return child
        if _partitive_setback(sent, child, setbacks):
            return child
    return None


PARTS = frozenset({"many", "most", "some", "much", "all", "several", "half"})


def _partitive_setback(sent: Sentence, position: int, setbacks: frozenset[str]) -> bool:
    """ "many of the problems", "most of the delay": a part of named setbacks."""
    if sent.tokens[position].lower not in PARTS:
        return False
    for child in children(sent, position):
        if sent.tokens[child].lower != "of":
            continue
        for part in children(sent, child):
            word = sent.tokens[part]
            singular = word.lower[:-1] if word.lower.endswith("s") else word.lower
            if word.dep == "pobj" and (word.lemma in setbacks or word.lower in setbacks
                                       or singular in setbacks):
                return True
    return False


def origin_placed(sent: Sentence, classes: WordClasses, setbacks: frozenset[str]) -> list[int]:
    """A setback whose origin the clause places with a third party or a circumstance: "the
    overrun came from the owner side", "it was driven by things outside our control", "the root
    cause sat with the vendor", "that was on them", "the real cause was a part their contractor
    supplied", "the main problem was that the stores didn't...", "many of the problems were
    outside my control". A clause whose subject merely
    stands for something ("that", "most of it") places it only with a person ("on them", "down to
    the client"), not with a thing ("that was on the agenda")."""
    if not sent.parsed:
        return []
    for verb, token in enumerate(sent.tokens):
        if not token.tag.startswith("VB") and token.pos != "AUX":
            continue
        if clause_mood(sent, verb) in NOT_REPORTED or negated(sent, verb):
            continue
        subject = _setback_subject(sent, verb, setbacks)
        if subject is None:
            continue
        named = sent.tokens[subject].lemma in setbacks or sent.tokens[subject].lower in setbacks \
            or _partitive_setback(sent, subject, setbacks)
        if not named and clause_mood(sent, verb) not in TOLD:
            continue  # "that's driven by the market" in general advice: a view, not a story's cause
        if speaker_in(sent, subtree(sent, subject)):
            continue  # "my mistake was...", "most of us..."
        for child in children(sent, verb):
            kid = sent.tokens[child]
            inner = [p for p in subtree(sent, child) if p != child]
            origin = kid.dep == "prep" and ORIGIN_PREPS.get(token.lemma) == kid.lower
            agent = token.lemma in CAUSING_VERBS and kid.dep == "agent"
            if (origin or agent) and _placed_with_others(sent, inner, classes):
                return [subject, child]  # "came from the client side", "driven by the market"
            if token.lemma == "be" and named and kid.dep == "prep" and kid.lower in OUTSIDE and any(
                    sent.tokens[p].dep == "poss" for p in inner):
                return [subject, child]  # "many of the problems were outside my control"
            if token.lemma == "be" and kid.dep in {"prep", "advmod"} and (
                    (kid.lower in PLACING_PREPS and (named or kid.lower != "with"))
                    or kid.lower in CAUSE_PREPS):
                people = [p for p in inner if sent.tokens[p].dep == "pobj"]
                if not people:
                    continue
                # the person the setback is placed on: the preposition's own object ("on them",
                # "down to the contractor", "because of the vendor"), not a word deeper in it ("on
                # the agenda for the board")
                placed = sent.tokens[people[0]]
                if _placed_with_others(sent, subtree(sent, people[0]), classes) and (
                    named or placed.lower in OBJECT_PEOPLE
                    or (is_target(placed, classes) and placed.pos != "PRON")
                ):
                    return [subject, child]
            if token.lemma == "be" and named and kid.dep in {"attr", "ccomp"}:
                clause = subtree(sent, child)
                if kid.dep == "ccomp":
                    subjects = [p for p in clause if sent.tokens[p].dep in SUBJECT_DEPS]
                    if subjects and _placed_with_others(sent, subjects, classes):
                        return [subject, child]
                elif _placed_with_others(sent, clause, classes):
                    return [subject, child]
    return []


def placed_wholly(sent: Sentence, found: list[int]) -> bool:
    """A placing ``origin_placed`` found (its [subject, word]) says the whole of the setback lies
    there: "which was entirely because of the vendor", "that was squarely down to the provider",
    "it was all on them". Told so, no share is left to the speaker, whatever they did next."""
    if len(found) < 2:
        return False
    word = found[1]
    verb = sent.tokens[word].head
    near = [c for c in (*children(sent, word), *children(sent, verb)) if sent.tokens[c].dep == "advmod"]
    return any(sent.tokens[c].lower in WHOLLY for c in near)


def share_refused_at(answer: AnalysedText, start: int) -> bool:
    """The sentence holding the character at ``start`` denies the speaker's share
    (``share_denied``): "that's hardly my fault" names a fault only to refuse it."""
    for sent in answer.sentences:
        if sent.start <= start < sent.end:
            return sent.parsed and bool(share_denied(sent))
    return False


def share_denied(sent: Sentence) -> list[int]:
    """The speaker's share in a setback denied: "none of that was about me", "it had nothing to
    do with decisions I made", "I wouldn't call it my failure", "more about the situation than
    me", "it's not really me". A denial about something other than a share ("leadership isn't
    about me") is not one: the subject must stand for what happened ("that", "it", "none of
    the reasons")."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        # "not my fault/failure/doing", "I wouldn't call it my failure"
        if token.lemma in SHARE_NOUNS and any(
            sent.tokens[c].lower in {"my", "our"} and sent.tokens[c].dep == "poss"
            for c in children(sent, position)
        ) and token.dep in {"attr", "oprd", "dobj"} and 0 <= token.head < len(sent.tokens) \
                and negated(sent, token.head):
            return [position]
        if token.lower not in {"me", "us"} or token.dep not in {"pobj", "attr"}:
            continue
        if token.dep == "attr":
            verb = token.head  # "it's not really me"; not "it wasn't all me" (credit shared)
            if 0 <= verb < len(sent.tokens) and denial_after(sent, verb, position):
                continue
            if 0 <= verb < len(sent.tokens) and _is_be(sent.tokens[verb]) and negated(sent, verb) \
                    and _stands_for_events(sent, verb) and not _shared(sent, position) \
                    and not _conditional(sent, verb):
                return [position]
            continue
        prep = token.head
        if not 0 <= prep < len(sent.tokens):
            continue
        if sent.tokens[prep].lower == "than" and _more_than(sent, prep):
            return [position]  # "more about the timing than me"
        if sent.tokens[prep].lower not in ABOUT_PREPS:
            continue
        holder = sent.tokens[prep].head
        # "nothing to do with me": with -> do -> nothing (-> had); "none of it was about me"
        for _ in range(3):
            if not 0 <= holder < len(sent.tokens):
                break
            word = sent.tokens[holder]
            if (word.lower in NOTHING_WORDS and word.pos == "PRON") or (
                _is_be(word) and (negated(sent, holder) or _nothing_subject(sent, holder))
                and not denial_after(sent, holder, position)
                and _stands_for_events(sent, holder)
                and not _shared(sent, position)
            ):
                return [position]
            if word.lower in PLACING_PREPS and word.pos in {"ADV", "ADP"} and word.dep in {"advmod", "prt"}:
                holder = word.head  # "neither of them was down to me": "down" carries "to me"
                continue
            if word.lemma in HOLDING_VERBS and any(
                sent.tokens[c].lower in NOTHING_WORDS for c in children(sent, holder)
                if sent.tokens[c].dep in {"dobj", "nsubj", "attr"}
            ):
                return [position]
            if word.pos not in {"PRON", "AUX"} and word.lemma not in HOLDING_VERBS:
                break  # "none of them answer to me": a report line, not a share denied
            if sent.tokens[holder].head == holder:
                break
            holder = sent.tokens[holder].head
    for position in range(len(sent.tokens)):
        # "not a failure of mine", "none of that was in my gift": the share or the reach denied
        if _own_share_of(sent, position) or _own_reach(sent, position):
            return [position]
    for position, token in enumerate(sent.tokens):
        # "the whole crisis was their doing, not ours": the share put on others, set against one's own
        if token.lemma in SHARE_NOUNS and token.dep in {"attr", "oprd"} and _set_against_own(sent, position):
            return [position]
    for position, token in enumerate(sent.tokens):
        # "nothing to do with decisions I made"
        if token.lower not in NOTHING_WORDS:
            continue
        for p in subtree(sent, position):
            word = sent.tokens[p]
            if word.lower == "with" and 0 <= word.head < len(sent.tokens) \
                    and sent.tokens[word.head].lemma == "do" and any(
                        sent.tokens[q].lower in {"i", "my", "me"} for q in subtree(sent, p)):
                return [position]
    return []


OWN_SHARES = frozenset({"ours", "mine", "me", "us"})
REACH_NOUNS = frozenset({"gift", "hand", "hands", "control", "power", "remit", "authority", "say"})
"""Nouns of what lies within someone's reach ("in my gift", "in our hands", "within my remit")."""
REACH_PREPS = frozenset({"in", "within", "under"})


def _denied_be(sent: Sentence, verb: int) -> bool:
    """A "be" at ``verb`` denied of what happened, told not put as a case: "that was not ...",
    "none of it was ..."."""
    return 0 <= verb < len(sent.tokens) and _is_be(sent.tokens[verb]) and (
        negated(sent, verb) or _nothing_subject(sent, verb)) and _stands_for_events(sent, verb) \
        and not _conditional(sent, verb)


def _own_share_of(sent: Sentence, position: int) -> bool:
    """A share noun said of the speaker with "of" and denied: "it was not a failure of mine"."""
    token = sent.tokens[position]
    if token.lemma not in SHARE_NOUNS or token.dep not in {"attr", "oprd"}:
        return False
    return _denied_be(sent, token.head) and any(
        sent.tokens[c].lower == "of" and any(sent.tokens[g].lower in {"mine", "ours"}
                                             for g in children(sent, c))
        for c in children(sent, position))


def _own_reach(sent: Sentence, position: int) -> bool:
    """What happened denied to have been within the speaker's reach: "none of that was in my
    gift", "it was not in our hands"."""
    token = sent.tokens[position]
    if (token.lemma not in REACH_NOUNS and token.lower not in REACH_NOUNS) or token.dep != "pobj":
        return False
    if not any(sent.tokens[c].lower in {"my", "our"} and sent.tokens[c].dep == "poss"
               for c in children(sent, position)):
        return False
    prep = token.head
    return 0 <= prep < len(sent.tokens) and sent.tokens[prep].lower in REACH_PREPS \
        and _denied_be(sent, sent.tokens[prep].head)


BEYOND_PREPS = frozenset({"outside", "beyond", "out"})
"""Words that put something past a reach ("outside our control", "beyond my remit", "out of our
hands"), where "in"/"within" (``REACH_PREPS``) put it inside one."""
BEYOND_NOUNS = frozenset({"control", "hand", "hands"})
"""The reach nouns that, put past the speaker, set what happened apart from them ("outside our
control", "out of my hands"); a remit or an authority past them tells who decides, not a cause."""
PAST_AUXES = frozenset({"was", "were", "had", "'d", "’d"})


def beyond_own_reach(sent: Sentence) -> list[int]:
    """What happened put past the speaker's reach, told of the past: "the delay was outside our
    control", "a lot of that was out of my hands", "factors which were beyond our control". A
    reach noun (``BEYOND_NOUNS``) of "my" or "our" under "outside", "beyond" or "out (of)", in a
    clause told in the past whose subject is not the speaker; not denied ("it wasn't outside our
    control" owns it), not a case or a plan ("if it's outside my control, I ...", "some things
    are outside our control": a rule of thumb in the present)."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lower not in BEYOND_NOUNS or token.dep != "pobj":
            continue
        if not any(sent.tokens[c].lower in {"my", "our"} and sent.tokens[c].dep == "poss"
                   for c in children(sent, position)):
            continue
        prep = token.head
        if 0 <= prep < len(sent.tokens) and sent.tokens[prep].lower == "of":
            prep = sent.tokens[prep].head  # "outside of our control", "out of our hands"
        if not 0 <= prep < len(sent.tokens) or sent.tokens[prep].lower not in BEYOND_PREPS:
            continue
        verb = verb_above(sent, prep)
        if verb is None or _conditional(sent, verb) or negated(sent, verb):
            continue
        told = sent.tokens[verb].tag == "VBD" or any(
            sent.tokens[c].lower in PAST_AUXES and sent.tokens[c].dep in {"aux", "auxpass"}
            for c in children(sent, verb))
        if not told or any(sent.tokens[c].dep in SUBJECT_DEPS and sent.tokens[c].lower in SELF_WORDS
                           for c in children(sent, verb)):
            continue
        return [position]
    return []


CONTRASTED = frozenset({"real", "actual", "true"})
"""Adjectives that set a cause against another one thought of ("the real cause", "the actual
problem"): against the speaker's own share, which the question asked about."""


def contrasted_cause(sent: Sentence, setbacks: frozenset[str]) -> list[int]:
    """A setback named as the real one and said, in the past, to be something other than the
    speaker's: "the real cause was the courier", "the actual problem was that the client changed
    the spec". The contrast sets the cause against the speaker's share, so it denies that share
    whatever the speaker did next. The speaker's own ("the real problem was my plan", "was that
    I had not checked"), a denial ("the real problem wasn't the vendor"), a case or a view in the
    present ("the real problem is the funding model") is not one, nor a cause the speaker found
    ("I found the real cause was transport": their diagnosis, the start of what they did).
    Returns [the setback, what it is said to be]."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.dep not in SUBJECT_DEPS or not (token.lemma in setbacks or token.lower in setbacks):
            continue
        if not any(sent.tokens[c].dep == "amod" and sent.tokens[c].lower in CONTRASTED
                   for c in children(sent, position)):
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or not _is_be(sent.tokens[verb]) \
                or negated(sent, verb) or _conditional(sent, verb) \
                or clause_mood(sent, verb) not in TOLD or _found_by_speaker(sent, verb):
            continue
        for child in children(sent, verb):
            kid = sent.tokens[child]
            if kid.dep == "attr" and kid.pos in {"NOUN", "PROPN"} and not any(
                    sent.tokens[p].lower in SELF_WORDS for p in subtree(sent, child)):
                return [position, child]
            if kid.dep == "ccomp" and child > verb:
                subjects = [p for p in children(sent, child) if sent.tokens[p].dep in SUBJECT_DEPS]
                if subjects and not any(sent.tokens[p].lower in SELF_WORDS
                                        or _own_thing(sent, p) for p in subjects):
                    return [position, child]
    return []


def _found_by_speaker(sent: Sentence, verb: int) -> bool:
    """The clause at ``verb`` is what the speaker found or showed ("I found the real cause was
    transport", "we traced that the real problem was..."): a diagnosis the speaker made, the
    start of what they did about it, not a share denied."""
    if sent.tokens[verb].dep not in {"ccomp", "xcomp"}:
        return False
    head = sent.tokens[verb].head
    if not 0 <= head < len(sent.tokens):
        return False
    if sent.tokens[head].dep == "conj" and not any(
            sent.tokens[c].dep in SUBJECT_DEPS for c in children(sent, head)):
        head = sent.tokens[head].head  # "I sat with them and found ...": the subject of "sat"
    return 0 <= head < len(sent.tokens) and any(
        sent.tokens[c].dep in SUBJECT_DEPS and sent.tokens[c].lower in SELF_WORDS
        for c in children(sent, head))


ORIGIN_VERBS = frozenset({"start", "begin", "come", "originate", "stem", "lie", "sit", "rest",
                          "arise"})
"""Verbs that say where a setback began or lay ("started in", "came from", "lay with")."""
ORIGIN_PLACES = frozenset({"in", "from", "with", "on", "at", "within"})


def origin_denied(sent: Sentence, setbacks: frozenset[str]) -> list[int]:
    """A setback said, in the past, not to have begun with the speaker or their own part: "the
    problem did not start in my department", "the fault didn't come from our side", "the error never
    lay with us". The speaker's share denied by where the setback began. A setback not named
    ("it did not start in my team" may tell anything), a case or a question is not one.
    Returns [the setback, the speaker's word]."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.dep not in SUBJECT_DEPS or not (token.lemma in setbacks or token.lower in setbacks):
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or sent.tokens[verb].lemma not in ORIGIN_VERBS \
                or not negated(sent, verb) or _conditional(sent, verb):
            continue
        if speaker_in(sent, subtree(sent, position)) or _own_thing(sent, position):
            continue  # "my mistake did not come from ...": the speaker's own
        for child in children(sent, verb):
            if sent.tokens[child].dep != "prep" or sent.tokens[child].lower not in ORIGIN_PLACES:
                continue
            for place in children(sent, child):
                if sent.tokens[place].dep == "pobj" and (
                        sent.tokens[place].lower in {"me", "us"} or _own_thing(sent, place)):
                    return [position, place]
    return []


def _own_thing(sent: Sentence, position: int) -> bool:
    """The noun at ``position`` is the speaker's own ("my department", "our side")."""
    return any(sent.tokens[c].dep == "poss" and sent.tokens[c].lower in {"my", "our"}
               for c in children(sent, position))


def _nothing_subject(sent: Sentence, verb: int) -> bool:
    """The subject of ``verb`` denies by itself ("neither of them was ...", "none of it was ...")."""
    return any(sent.tokens[c].dep in SUBJECT_DEPS and sent.tokens[c].lower in NOTHING_WORDS
               for c in children(sent, verb))


def _set_against_own(sent: Sentence, position: int) -> bool:
    """The share noun at ``position`` belongs to someone else ("their doing", "the supplier's
    fault") and a denied "ours", "mine" stands beside it ("..., not ours")."""
    owners = [sent.tokens[c] for c in children(sent, position) if sent.tokens[c].dep == "poss"]
    if not owners or any(owner.lower in SELF_WORDS for owner in owners):
        return False
    for child in children(sent, position):
        kid = sent.tokens[child]
        if kid.lower in OWN_SHARES and kid.dep in {"appos", "conj", "npadvmod", "attr"} and (
                negated(sent, child) or any(sent.tokens[c].dep == "neg" for c in children(sent, position)
                                            if c < child)):
            return True
    return False


def _conditional(sent: Sentence, verb: int) -> bool:
    """ "if it's not me": a condition, not a denial."""
    return clause_mood(sent, verb) in NOT_REPORTED or any(
        sent.tokens[c].lower in {"if", "unless", "whether"} for c in children(sent, verb))


def _is_be(token: Token) -> bool:
    return token.lemma == "be" or token.lower in {"'s", "’s"}


def _stands_for_events(sent: Sentence, verb: int) -> bool:
    """The subject of ``verb`` stands for what happened ("that", "it", "none of them")."""
    return any(sent.tokens[c].dep in SUBJECT_DEPS and sent.tokens[c].lower in (
        STANDING_FOR | NOTHING_WORDS) for c in children(sent, verb))


def _shared(sent: Sentence, position: int) -> bool:
    """ "it wasn't all me", "not just about me": credit shared, not a share denied."""
    return any(sent.tokens[p].lower in SHARED for p in range(max(0, position - 3), position))


def _more_than(sent: Sentence, than: int) -> bool:
    """ "more about X than me": a "than" under a "more about" that places what happened with
    something other than the speaker; not "they'd know more than me" (a comparison of people)."""
    for position in range(max(0, than - 8), than):
        if sent.tokens[position].lower == "more" and position + 1 < len(sent.tokens) \
                and sent.tokens[position + 1].lower in {"about", "down", "to"}:
            return True
    return False


def reproached(sent: Sentence, people: WordClasses) -> list[int]:
    """A third party told what they should have done: "the supplier should have flagged it",
    "the consultants ought to have seen it coming" (an active clause; "it should have been
    flagged" names nobody)."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.dep != "nsubj" or not is_target(token, people) or token.lower in SELF_WORDS:
            continue
        verb = token.head
        if 0 <= verb < len(sent.tokens) and sent.tokens[verb].lower == "ought":
            # "they ought to have spotted it": the reproached verb is the complement of "ought"
            verb = next((c for c in children(sent, verb) if sent.tokens[c].dep == "xcomp"), verb)
            if sent.tokens[verb].tag == "VBN" and sent.tokens[verb].lemma not in HOLDING_VERBS \
                    and any(sent.tokens[c].lower == "have" for c in children(sent, verb)):
                return [position, verb]
            continue
        if not 0 <= verb < len(sent.tokens) or sent.tokens[verb].tag != "VBN" \
                or sent.tokens[verb].lemma in HOLDING_VERBS | {"get"}:
            continue  # "they should have had more room": a state owed to them, not a reproach
        if any(word.lower in {"if", "unless", "than"} for word in sent.tokens):
            continue  # a condition or a comparison: not a reproach of what happened
        auxes = [sent.tokens[c] for c in children(sent, verb) if sent.tokens[c].dep == "aux"]
        if any(aux.lower in DILIGENCE_MODALS for aux in auxes) and any(
            aux.lower in {"have", "'ve"} for aux in auxes
        ) and not negated(sent, verb):
            return [position, verb]
    return []


EMPTY_WORDS = frozenset({"nothing", "none", "little"})
"""What was left to do, denied outright ("nothing anyone could have done", "very little we could do")."""
SOME_WORDS = frozenset({"much", "anything", "lot"})
"""What was left to do, denied only with a negation ("there wasn't much", "not a lot anyone could")."""
ABILITY = frozenset({"could", "can", "couldn't", "ca"})
PERFECT = frozenset({"have", "'ve", "of"})


def nothing_to_be_done(sent: Sentence) -> list[int]:
    """What happened put beyond anyone's reach: "there was nothing anyone could have done about
    it", "there wasn't a lot more I could have done", "none of that was anything sales could do
    much about". An active "do" under "could"/"can" whose clause hangs on an empty quantity
    ("nothing", "little"), or on "much"/"anything"/"a lot" under a negation, told of the past (a
    perfect "could have done" or a past "was"). A principle ("there is nothing you can do once a
    contract is signed") and a condition are not."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma != "do" or not token.tag.startswith("VB"):
            continue
        kids = children(sent, position)
        auxes = {sent.tokens[c].lower for c in kids if sent.tokens[c].dep in {"aux", "auxpass"}}
        if not auxes & ABILITY or any(sent.tokens[c].dep == "auxpass" for c in kids):
            continue  # "it couldn't be done": a verdict on a task, not on what anyone could do
        if clause_mood(sent, position) in {"conditional", "question"} or any(
            sent.tokens[c].lower in {"if", "unless", "whether"} for c in kids
        ):
            continue  # "could have done" reads as hypothetical; only a condition is left out
        region = [position, *kids]
        # "very little anyone could have done": the quantity may hang on the subject
        region += [g for c in kids if sent.tokens[c].dep in SUBJECT_DEPS | {"dobj"}
                   for g in children(sent, c)]
        head = token.head
        if token.dep in {"ccomp", "relcl"} and 0 <= head < len(sent.tokens) and head != position:
            region += [head, *children(sent, head)]
            above = sent.tokens[head].head
            if sent.tokens[head].dep in {"attr", "nsubj", "dobj"} and 0 <= above < len(sent.tokens):
                region += [above, *children(sent, above)]
        words = [sent.tokens[p] for p in region]
        if any(word.lower in {"if", "unless", "whether"} and word.dep == "mark" for word in words):
            continue  # "if there had been nothing we could do": a condition
        denied = any(w.dep == "neg" or w.lower in {"never", "hardly", "barely"} for w in words)
        if not (any(w.lower in EMPTY_WORDS for w in words)
                or (denied and any(w.lower in SOME_WORDS for w in words))):
            continue
        if auxes & PERFECT or any(sent.tokens[p].tag == "VBD" for p in region):
            return [position]
    return []


CAUSE_LINKS = frozenset({"because", "due", "down", "from", "about", "by", "to", "with"})
CAUSE_VERBS = frozenset({"drive", "cause", "reflect", "stem", "come", "originate"})
CONTRAST_SHARED = frozenset({"just", "only", "solely", "merely"})
OWN_SELF = frozenset({"i", "we", "me", "us", "my", "our"})
THIRD_PERSONS = frozenset({"he", "she", "her", "him"})


def cause_set_against_own(sent: Sentence, conduct: frozenset[str]) -> list[int]:
    """A cause placed and set against the speaker's own doing: "the overrun came from scope added
    after approval, not from how we delivered", "it came down to politics rather than
    performance", "they left because of their own review, not anything we did". A clause that
    places a cause (a verb of origin, or a link such as "because", "down to", "from", "about")
    with a contrasted part ("not ...", "rather than ...") that names the speaker ("we", "me") or,
    with no other owner, a word for how the work was done (``conduct``: "performance",
    "planning"). Not the speaker's own choice between two things ("I came with their data rather
    than my opinions"), not a credit shared ("not just me"), not a verdict given to someone
    else ("it was about the contract, not her work")."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        rather_than = token.lower == "than" and position > 0 and sent.tokens[position - 1].lower == "rather"
        denied_part = token.dep in {"prep", "agent", "dobj", "attr", "pobj"} and any(
            sent.tokens[c].dep == "neg" or sent.tokens[c].lower == "not" for c in children(sent, position))
        if not (rather_than or denied_part):
            continue
        contrasted = position
        if rather_than and token.dep == "cc" and not [
            c for c in children(sent, position) if sent.tokens[c].lower != "rather"
        ]:
            # "the market rather than the quality of leadership": "than" joins the part it denies
            joined = [c for c in children(sent, token.head) if c > position and sent.tokens[c].dep == "conj"]
            if not joined:
                continue
            contrasted = joined[0]
        negation = [c for c in children(sent, contrasted) if sent.tokens[c].dep == "neg"
                    or sent.tokens[c].lower == "not"]
        after = [c for c in children(sent, contrasted) if sent.tokens[c].dep in {"appos", "conj"}
                 and negation and c > negation[0] > contrasted]
        if after:
            contrasted = after[0]  # "down to my planning, not the vendor": the vendor is the part denied
        inner = [p for p in subtree(sent, contrasted) if p != contrasted]
        if any(sent.tokens[p].lower in CONTRAST_SHARED for p in inner):
            continue
        others_own = any(sent.tokens[p].dep == "poss" and sent.tokens[p].lower not in OWN_SELF for p in inner)
        own = any(sent.tokens[p].lower in OWN_SELF for p in inner) or (not others_own and any(
            sent.tokens[p].lemma in conduct and sent.tokens[p].tag.startswith("NN") for p in inner))
        if not own:
            continue
        verb = verb_above(sent, token.head)
        if verb is None or clause_mood(sent, verb) in NOT_REPORTED or _speaker_above(sent, verb):
            continue
        subjects = [c for c in children(sent, verb) if sent.tokens[c].dep in SUBJECT_DEPS]
        if any(sent.tokens[c].lower in THIRD_PERSONS for c in subjects):
            continue
        links = [c for c in children(sent, verb) if c != contrasted and sent.tokens[c].lower in CAUSE_LINKS]
        if any(sent.tokens[p].lower in OWN_SELF for link in links for p in subtree(sent, link)
               if p not in inner):
            continue  # "down to my planning, not the vendor": the cause placed is the speaker's own
        if links or sent.tokens[verb].lemma in CAUSE_VERBS:
            return [verb, contrasted]
    return []


def _speaker_above(sent: Sentence, verb: int) -> bool:
    """The speaker is the subject of the verb or of a verb it depends on ("I learned to come
    with their data rather than my opinions", "I'd aim to give one change, not ten"). A clause
    the speaker only offers as a view ("I'd say they reflect the market rather than the
    leadership") still places the cause: the climb stops at a verb of saying or thinking."""
    seen = set()
    while 0 <= verb < len(sent.tokens) and verb not in seen:
        seen.add(verb)
        if speaker_in(sent, [c for c in children(sent, verb) if sent.tokens[c].dep in SUBJECT_DEPS]):
            return True
        head = sent.tokens[verb].head
        if head == verb or (sent.tokens[verb].dep == "ccomp" and 0 <= head < len(sent.tokens)
                            and sent.tokens[head].lemma in VIEW_VERBS):
            return False
        verb = head
    return False


VIEW_VERBS = frozenset({"say", "think", "believe", "feel", "reckon", "guess", "suppose", "argue", "mean"})


def undone_by(sent: Sentence, classes: WordClasses, failures: frozenset[str]) -> list[int]:
    """Something of the speaker's undone by an outside agent, in the passive: "the programme was
    undone by timing", "the launch was derailed by the regulator". A passive verb of failure (a
    ``failures`` verb or a negative word in the sentiment lexicon) whose
    agent ("by ...") names a third party or a circumstance, told as what happened."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.tag != "VBN":
            continue
        kids = children(sent, position)
        if not any(sent.tokens[c].dep == "auxpass" for c in kids):
            continue
        if clause_mood(sent, position) in NOT_REPORTED | {"negated"}:
            continue
        failing = token.lemma in failures or valence(token, WordClasses()) <= -1.0
        if not failing:
            continue
        subjects = [c for c in kids if sent.tokens[c].dep == "nsubjpass"]
        if not subjects or speaker_in(sent, subtree(sent, subjects[0])):
            continue
        for child in kids:
            kid = sent.tokens[child]
            if kid.dep == "agent" or (kid.lower == "by" and kid.dep == "prep"):
                inner = [p for p in subtree(sent, child) if p != child]
                if _placed_with_others(sent, inner, classes):
                    return [position, child]
    return []


def denial_after(sent: Sentence, verb: int, position: int) -> bool:
    """The negation of ``verb`` comes after the word at ``position``: "that's on me, not her"
    denies what follows ("her"), not the speaker's share."""
    negations = [c for c in children(sent, verb) if sent.tokens[c].dep == "neg"]
    return bool(negations) and all(neg > position for neg in negations)


ALWAYS = frozenset({"always"})
NEVER = frozenset({"never"})
ANYONE = frozenset({"anyone", "anybody"})


def doomed(sent: Sentence, classes: WordClasses, failures: frozenset[str],
           achieved: frozenset[str]) -> list[int]:
    """A failure told as bound to happen once others or circumstances had acted: "the port
    authority moved the go-live forward, so we were always going to struggle", "the marketing
    team lost their budget, and from then on it was never going to work", "anybody in my position
    would have lost that account". A past "was going to" with "always" and a failing verb (or
    "never" and a verb of achieving), in a sentence where a third party or a circumstance is the
    subject of another clause; or anyone in the speaker's place said to have failed the same. A
    plan ("we were always going to hire two more") is no failure."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lower in ANYONE and token.dep in SUBJECT_DEPS and any(
                sent.tokens[c].lower == "in" for c in children(sent, position)):
            verb = token.head
            if not 0 <= verb < len(sent.tokens):
                continue
            auxes = {sent.tokens[c].lower for c in children(sent, verb)}
            if auxes & {"would", "'d", "could"} and "have" in auxes and _failing(
                    sent.tokens[verb], classes, failures):
                return [position, verb]
        if token.lower != "going" or token.tag != "VBG":
            continue
        kids = children(sent, position)
        if not any(sent.tokens[c].lower in {"was", "were"} for c in kids):
            continue
        verbs = [c for c in kids if sent.tokens[c].dep == "xcomp"]
        words = {sent.tokens[c].lower for c in kids}
        if not verbs:
            continue
        outcome = sent.tokens[verbs[0]]
        bound = (words & ALWAYS and _failing(outcome, classes, failures)) or (
            words & NEVER and outcome.lemma in achieved)
        if not bound:
            continue
        others = [p for p, word in enumerate(sent.tokens)
                  if word.dep in SUBJECT_DEPS and p != position and is_target(word, classes)
                  and governing_verb(sent, p) not in {position, None}]
        if others:
            return [position, verbs[0]]
    return []


def _failing(word: Token, classes: WordClasses, failures: frozenset[str]) -> bool:
    return word.lemma in failures or word.lower in failures or valence(word, classes) <= -1.0


IF_MARKS = frozenset({"if"})
PERFECT_AUX = frozenset({"had", "'d", "’d"})
WOULD_AUX = frozenset({"would", "'d", "’d", "could"})
SUCCEED_LEMMAS = frozenset({"work", "succeed"})
"""Verbs that say a plan came off by themselves ("it would have worked")."""


def fine_but_for_others(sent: Sentence, classes: WordClasses) -> list[int]:
    """The failure undone in a counterfactual whose condition is someone else's doing: "if the
    data we'd been given had been right, it would've worked fine", "if the supplier had
    delivered on time, the launch would have gone well". The condition's subject is not the
    speaker and the outcome it would have brought is good, so the miss is put wholly on others.
    "If I had listened earlier, it would have worked" is an admission; "if they had left, we
    would have lost the contract" is a risk avoided."""
    if not sent.parsed:
        return []
    conditions = [position for position, token in enumerate(sent.tokens)
                  if token.dep == "mark" and token.lower in IF_MARKS]
    if not conditions:
        return []
    others = []
    for mark in conditions:
        verb = sent.tokens[mark].head
        if not 0 <= verb < len(sent.tokens):
            continue
        kids = children(sent, verb)
        perfect = any(sent.tokens[c].lower in PERFECT_AUX and sent.tokens[c].dep == "aux" for c in kids)
        subjects = [c for c in kids if sent.tokens[c].dep in SUBJECT_DEPS]
        if perfect and subjects and not any(sent.tokens[c].lower in SELF_WORDS for c in subjects) \
                and not negated(sent, verb):
            others.append(verb)
    if not others:
        return []
    for position, token in enumerate(sent.tokens):
        if token.pos not in {"VERB", "AUX"} or position in others or negated(sent, position):
            continue
        kids = children(sent, position)
        auxes = [sent.tokens[c].lower for c in kids if sent.tokens[c].dep == "aux"]
        if not (set(auxes) & WOULD_AUX and set(auxes) & {"have", "'ve", "’ve", "of"}):
            continue
        outcome = [sent.tokens[c] for c in kids if sent.tokens[c].dep in {"advmod", "acomp", "attr"}]
        if any(valence(word, classes) < 0 for word in outcome):
            continue
        if token.lemma in SUCCEED_LEMMAS or any(valence(word, classes) > 0 for word in outcome):
            return [others[0], position]
    return []


ANYONE_SUBJECTS = frozenset({"anyone", "anybody", "everyone", "everybody"})
NOBODY_SUBJECTS = frozenset({"nobody", "no-one", "noone"})
ANY_DETERMINERS = frozenset({"any", "every"})
LIKELY_MODALS = frozenset({"would", "could", "will", "'d", "’d", "'ll", "’ll"})
ALIKE = frozenset({"same"})
MEETING = frozenset({"have", "get", "end", "come", "see", "face", "hit", "meet", "reach"})
"""Verbs of coming to an outcome ("would have had the same result", "get the same numbers",
"end up in the same place"); not of an act chosen ("quote the same price", "make the same
call")."""


def _anyone(sent: Sentence, position: int) -> bool:
    """The word at ``position`` names anyone at all: "anyone", "any manager", "every director"."""
    token = sent.tokens[position]
    return token.lower in ANYONE_SUBJECTS or (token.pos == "NOUN" and any(
        sent.tokens[c].lower in ANY_DETERMINERS and sent.tokens[c].dep == "det"
        for c in children(sent, position)))


OTHER_WORDS = frozenset({"else", "other"})


def _someone_else(sent: Sentence, position: int) -> bool:
    """The subject at ``position`` is set apart from the speaker ("nobody else", "no other
    person"): a claim of sole credit, not a share refused."""
    return any(sent.tokens[c].lower in OTHER_WORDS for c in children(sent, position))


def _nobody(sent: Sentence, position: int) -> bool:
    """The word at ``position`` names no one at all: "nobody", "no-one", "no manager"."""
    token = sent.tokens[position]
    return token.lower in NOBODY_SUBJECTS or (token.lower == "one" and position > 0
                                              and sent.tokens[position - 1].lower == "no") or any(
        sent.tokens[c].lower == "no" and sent.tokens[c].dep == "det" for c in children(sent, position))


def anyone_alike(sent: Sentence) -> list[int]:
    """What happened put down to the post, not to the one in it: anyone in the speaker's place
    would have come to the same ("any manager would have had the same result", "put anyone in
    that chair and they'll get the same numbers"), or no one could have done otherwise ("nobody
    could have saved it"). A clause under "would", "could" or "will" whose subject names anyone
    (or is a pronoun for someone a "put any ... there" names) with "same" in what it gets, or
    whose subject names no one with a perfect "could/would have"; not a condition, not one
    whose subject is the speaker, nor a sentence where the speaker goes on to act."""
    if not sent.parsed or any(t.lower in {"i", "we"} and t.dep in SUBJECT_DEPS
                              and 0 <= t.head < len(sent.tokens)
                              and sent.tokens[t.head].tag == "VBD" for t in sent.tokens):
        return []  # "nobody could have known, so I rebuilt the plan": a problem taken on
    for verb, token in enumerate(sent.tokens):
        if not token.tag.startswith("VB"):
            continue
        kids = children(sent, verb)
        auxes = {sent.tokens[c].lower for c in kids if sent.tokens[c].dep == "aux"}
        if not auxes & LIKELY_MODALS or any(sent.tokens[c].lower in {"if", "unless", "whether"}
                                            and sent.tokens[c].dep == "mark" for c in kids):
            continue
        subjects = [c for c in kids if sent.tokens[c].dep in SUBJECT_DEPS]
        if not subjects or any(sent.tokens[s].lower in SELF_WORDS or _someone_else(sent, s)
                               for s in subjects):
            continue  # "nobody else could have done it" claims the credit, it refuses no share
        # a pronoun for someone named "any ..." earlier ("put any manager there, he will ...")
        anyone_named = any(sent.tokens[p].pos == "NOUN" and _anyone(sent, p)
                           and sent.tokens[p].dep not in SUBJECT_DEPS for p in range(verb))
        if any(_nobody(sent, s) for s in subjects) and auxes & PERFECT and not negated(sent, verb):
            return [verb]
        someone = any(_anyone(sent, s) for s in subjects) or (
            anyone_named and any(sent.tokens[s].tag == "PRP" for s in subjects))
        objects = [p for c in kids if sent.tokens[c].dep in {"dobj", "attr", "prep"}
                   for p in subtree(sent, c)]
        if someone and token.lemma in MEETING and any(sent.tokens[p].lower in ALIKE
                                                       for p in objects):
            return [verb]
    return []
