"""Whom the question asks the story to be with, and whether the story has them in it.

Asked for an occasion with a named counterpart ("a time you disagreed with your boss", "a
time your board didn't want it"), an answer whose story never names anyone of that kind and
has its speaker dealing with someone of another kind instead (a supplier, a client) has
swapped the asked situation for another: the interviewer still does not know how the speaker
handles the person they asked about.

The kinds are word classes given by the caller (content lexicons): the people above the
speaker and the parties outside the organisation. A counterpart is read from the question's
parse: a noun of a kind, held by "your" ("your boss", "your own manager"), not denied ("not
your boss"). In the answer a person of the kind counts unless they are the speaker's own title
("where I am plant manager", "as director I...") or someone else's ("their commercial
director", "the supplier's manager").
"""

from __future__ import annotations

from dataclasses import dataclass

from poise.analysis.meaning import children
from poise.analysis.text import AnalysedText, Sentence, Token

OWN = frozenset({"your", "yours"})
DENIALS = frozenset({"not", "no", "never", "nor"})
OTHERS_POSSESSORS = frozenset({"their", "his", "her", "its"})
SPEAKER = frozenset({"i", "me", "myself"})
TITLE_DEPS = frozenset({"attr", "oprd", "appos"})
WITNESS_VERBS = frozenset({"say", "tell", "think", "describe", "call", "name", "rate", "pick",
                           "choose", "remember", "mention", "see", "judge", "know"})
"""Verbs whose subject is a witness to the speaker ("what would your chair say about you?")."""


@dataclass(frozen=True)
class Counterpart:
    """The counterpart a question names: its words as asked ("your boss") and its kind."""

    words: str
    kind: str


def _word(token: Token) -> set[str]:
    lemma = token.lemma
    singular = lemma[:-1] if token.tag == "NNS" and lemma.endswith("s") and lemma == token.lower else lemma
    return {token.lower, lemma, singular}


def kind_of(token: Token, kinds: dict[str, frozenset[str]]) -> str | None:
    """The kind whose words hold this noun ("manager" → above), or None."""
    if token.pos not in {"NOUN", "PROPN"}:
        return None
    words = _word(token)
    for kind, members in kinds.items():
        if words & members:
            return kind
    return None


def _denied(sent: Sentence, position: int) -> bool:
    """ "not your boss", "no manager": a denial just before the noun's phrase or on it."""
    kids = children(sent, position)
    if any(sent.tokens[c].lower in DENIALS for c in kids):
        return True
    first = min([position, *kids])
    return any(sent.tokens[p].lower in DENIALS for p in range(max(0, first - 2), first))


def _witness(sent: Sentence, position: int) -> bool:
    """The noun is the subject of a verb of saying or judging: the person asked to vouch for the
    speaker, not the one the story is with."""
    token = sent.tokens[position]
    if token.dep not in {"nsubj", "nsubjpass"} or not 0 <= token.head < len(sent.tokens):
        return False
    return sent.tokens[token.head].lemma in WITNESS_VERBS


def asked_counterpart(question: AnalysedText, kinds: dict[str, frozenset[str]]) -> Counterpart | None:
    """The counterpart the question names ("your boss", "your board"), if it names exactly one
    kind of them; None when it names none, denies it, or names several kinds ("your boss or
    a client")."""
    found: dict[str, str] = {}
    named: set[str] = set()
    for sent in question.sentences:
        for position, token in enumerate(sent.tokens):
            kind = kind_of(token, kinds)
            if kind is None:
                continue
            named.add(kind)
            kids = children(sent, position)
            if not any(sent.tokens[c].lower in OWN and sent.tokens[c].dep == "poss" for c in kids):
                continue
            if _denied(sent, position):
                return None  # "a peer, not your boss": the question names whom not to tell
            if token.tag in {"NNS", "NNPS"}:
                continue  # "your managers": the people who report to the speaker, as often as not
            if _witness(sent, position):
                continue  # "what would your CEO say you delivered?": a judge, not a counterpart
            found.setdefault(kind, f"your {token.lower}")
    if len(found) != 1 or len(named) != 1:
        return None
    kind, words = next(iter(found.items()))
    return Counterpart(words=words, kind=kind)


def _own_title(sent: Sentence, position: int) -> bool:
    """The noun names the speaker's own post: "where I am plant manager", "I was made
    director", "as director, I...", "me, the manager"."""
    token = sent.tokens[position]
    head = token.head
    if not 0 <= head < len(sent.tokens):
        return False
    if token.dep in TITLE_DEPS:
        parent = sent.tokens[head]
        if parent.lower in SPEAKER:
            return True
        return any(sent.tokens[c].lower in SPEAKER and sent.tokens[c].dep in {"nsubj", "nsubjpass"}
                   for c in children(sent, head))
    return token.dep == "pobj" and sent.tokens[head].lower == "as"


def _someone_elses(sent: Sentence, position: int) -> bool:
    """The noun is held by someone other than the speaker: "their director", "the supplier's
    manager"."""
    for child in children(sent, position):
        kid = sent.tokens[child]
        if kid.dep != "poss":
            continue
        return kid.lower not in {"my", "our"}
    return False


def people_of_kind(sent: Sentence, kind: str, kinds: dict[str, frozenset[str]]) -> list[int]:
    """Positions of the people of ``kind`` the sentence names, leaving out the speaker's own
    title and someone else's people."""
    found = []
    for position, token in enumerate(sent.tokens):
        if kind_of(token, kinds) != kind:
            continue
        if _own_title(sent, position) or _someone_elses(sent, position):
            continue
        found.append(position)
    return found


def swapped_counterpart(answer: AnalysedText, asked_for: Counterpart,
                        kinds: dict[str, frozenset[str]]) -> list[int]:
    """The sentences naming a counterpart of another kind, when no sentence names one of the
    asked kind; empty when the asked kind is there or no other kind is."""
    others = []
    for sent in answer.sentences:
        if not sent.parsed:
            continue
        if people_of_kind(sent, asked_for.kind, kinds):
            return []
        if any(people_of_kind(sent, kind, kinds) for kind in kinds if kind != asked_for.kind):
            others.append(sent.index)
    return others
