"""Where a setback is placed, read from the parse: with someone else, or away from the speaker.

Blame is rarely a plain "it was their fault". It sits in the shape of a sentence: a setback is
the subject and the predicate places its origin with a third party or a circumstance ("the
overrun came from the client side", "the slip was driven by two things outside our control",
"the root cause sat with the vendor", "a lot of that was on the contractor"); the speaker's
share is denied ("none of that was about me", "it had nothing to do with decisions I made",
"more about the timing than me"); or a third party is reproached with what they should have
done ("the supplier should have flagged it").

Each function asks one grammatical question of one parsed sentence and returns the positions of
the words that answer it (empty when the sentence does not show it). Word classes (who counts as
a third party, which nouns name a setback) are passed in by the rule, from content lexicons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from poise.analysis.grammar import clause_mood
from poise.analysis.meaning import (
    SUBJECT_DEPS,
    WordClasses,
    children,
    is_target,
    negated,
    speaker_in,
    subtree,
)

if TYPE_CHECKING:
    from poise.analysis.text import Sentence, Token

ORIGIN_PREPS = {"come": "from", "stem": "from", "originate": "from", "sit": "with", "lie": "with",
                "rest": "with", "trace": "to"}
"""Verbs that place where a setback came from, each with its preposition ("came from", "sat with")."""
CAUSING_VERBS = frozenset({"drive", "cause", "trigger", "create", "dictate", "force"})
PLACING_PREPS = frozenset({"on", "down", "with"})
OUTSIDE = frozenset({"outside", "beyond"})
STANDING_FOR = frozenset({"that", "this", "it", "one", "most", "much", "lot", "all", "part",
                          "half", "bulk", "which"})
"""Subjects that stand for a setback just told ("that was on them", "most of it came from...")."""
OWN_SIDE = frozenset({"side", "end"})
"""With "our" these name the speaker's own camp ("our side"), not a third party."""
OBJECT_PEOPLE = frozenset({"them", "him", "her"})
NOT_REPORTED = frozenset({"conditional", "question", "hypothetical"})
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
    return None


def origin_placed(sent: Sentence, classes: WordClasses, setbacks: frozenset[str]) -> list[int]:
    """A setback whose origin the clause places with a third party or a circumstance: "the
    overrun came from the owner side", "it was driven by things outside our control", "the root
    cause sat with the vendor", "that was on them", "the real cause was a part their contractor
    supplied", "the main problem was that the stores didn't...". A clause whose subject merely
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
        named = sent.tokens[subject].lemma in setbacks or sent.tokens[subject].lower in setbacks
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
            if token.lemma == "be" and kid.dep in {"prep", "advmod"} and kid.lower in PLACING_PREPS and (
                named or kid.lower != "with"
            ):
                people = [p for p in inner if sent.tokens[p].dep == "pobj"]
                if not people:
                    continue
                # the person the setback is placed on: the preposition's own object ("on them",
                # "down to the contractor"), not a word deeper in it ("on the agenda for the board")
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
                _is_be(word) and negated(sent, holder) and _stands_for_events(sent, holder)
                and not _shared(sent, position)
            ):
                return [position]
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
