"""A habit of someone else's told as a fault: "they constantly try to dodge the checks", "he
never listens", "the planners never answer the phone".

Criticism is often put as what a person or a group does as a rule rather than as a word about
what they are. The parse shows a habit: a verb in the present (a standing state of things, not a
story's event) with a word of frequency that sweeps every occasion together. Two shapes judge:

- "always" (or "constantly", "forever"...) with a failing verb: the verb, or the verb it leads
  to ("try to dodge"), scores negative in the sentiment lexicon ("always complain", "constantly
  blame the shifts");
- "never" with an act owed to others: a verb of attention or judgement the caller's word
  classes name ("never listens", "never consults anyone") or one of answering or turning up
  (``RESPONDING``: "never answer the phone", "never comes down to the floor"), in a clause that
  holds no negative word and no particle that turns the verb ("never gives up", "never lets us
  down" praise). "Never" with a failing verb is praise too ("she never misses a deadline", "he
  never complains"), and so is "always" with a good one ("he always backs his people"), or
  "never" with a verb of no duty ("my boss never micromanages").

The subject must be someone else (``tone_checks.is_person``: a third-party pronoun, a name, a
noun of the people classes), not the speaker, not a type of person in general ("a good manager
never...", "people who..."), and the clause must be told, not put as a case, a question or a
wish. A relative clause under a person noun counts ("folk who constantly cheat on the hours"). A habit
the speaker noticed ("I notice they never give feedback") or followed in the same sentence with
what they did ("..., so I changed the call") is a problem taken on, not a verdict.
"""

from __future__ import annotations

from poise.analysis.grammar import clause_mood
from poise.analysis.meaning import SUBJECT_DEPS, children, sentiment_lexicon
from poise.analysis.text import Sentence, Token
from poise.analysis.tone_checks import is_person

ALWAYS = frozenset({"always", "constantly", "forever", "continually", "perpetually"})
"""Words of frequency that make a failing verb a habit."""
NEVER = frozenset({"never"})
RESPONDING = frozenset({"answer", "reply", "respond", "return", "come", "visit", "attend", "show",
                        "call", "turn"})
"""Verbs of answering or turning up, owed to others ("never answer the phone", "never comes")."""
PRESENT = frozenset({"VBZ", "VBP"})
FAILING = -1.0
"""A verb this negative or more in the sentiment lexicon (VADER, -4..4) fails ("cheat", "blame")."""
SPEAKERS = frozenset({"i", "we"})
NOT_OTHERS = frozenset({"i", "we", "you", "it", "this", "that", "what", "which", "there"})
GENERIC = frozenset({"a", "an", "any", "every", "each", "no"})
UNTOLD = frozenset({"conditional", "question", "hypothetical"})
CASE_MARKS = frozenset({"if", "when", "whenever", "unless", "until", "once"})
LONGEST = 80
"""Tokens past which a sentence is not read (bounded work on odd text)."""


def _score(token: Token) -> float:
    lexicon = sentiment_lexicon()
    return min(lexicon.get(token.lower, 0.0), lexicon.get(token.lemma, 0.0))


def _led_to(sent: Sentence, verb: int) -> list[int]:
    """The verb and the verbs it leads to ("try to dodge": try, dodge)."""
    return [verb, *(c for c in children(sent, verb) if sent.tokens[c].dep == "xcomp")]


def _clause_negative(sent: Sentence, verb: int) -> bool:
    """A word of the verb's own clause (its objects and their words) scores negative ("never
    misses a deadline", "never says no")."""
    stack = [c for c in children(sent, verb) if sent.tokens[c].dep not in {"advcl", "conj", "ccomp"}]
    while stack:
        position = stack.pop()
        token = sent.tokens[position]
        if token.lower in {"no", "nothing", "none"} or _score(token) < 0:
            return True
        stack.extend(children(sent, position))
    return False


def _subject(sent: Sentence, verb: int) -> int | None:
    """The person who holds the habit: the verb's subject, or for "who" in a relative clause
    the noun it hangs from."""
    for child in children(sent, verb):
        if sent.tokens[child].dep not in SUBJECT_DEPS:
            continue
        if sent.tokens[child].lower in {"who", "that"} and sent.tokens[verb].dep == "relcl":
            return sent.tokens[verb].head
        return child
    return None


def _someone_else(sent: Sentence, position: int, people: frozenset[str]) -> bool:
    token = sent.tokens[position]
    if token.lower in NOT_OTHERS or not is_person(token, people):
        return False
    return not any(sent.tokens[c].dep == "det" and sent.tokens[c].lower in GENERIC
                   for c in children(sent, position))


def _present(sent: Sentence, verb: int) -> bool:
    """The verb is in the present: tagged so, or a bare form with no auxiliary or "to" of its own
    under a plural subject ("the planners never answer": tagged as a bare verb)."""
    token = sent.tokens[verb]
    if token.tag in PRESENT:
        return True
    return token.tag == "VB" and token.dep in {"ROOT", "relcl", "conj"} and not any(
        sent.tokens[c].dep in {"aux", "auxpass"} for c in children(sent, verb))


def _speaker_acts(sent: Sentence, verb: int) -> bool:
    """The habit is what the speaker noticed ("I notice they never give feedback") or the
    sentence goes on to what the speaker did about it ("..., so I changed the call"): a problem
    the speaker takes on, not a verdict left standing."""
    if sent.own_past_actions:
        return True
    head = sent.tokens[verb].head
    return sent.tokens[verb].dep in {"ccomp", "xcomp"} and 0 <= head < len(sent.tokens) and any(
        sent.tokens[c].dep in SUBJECT_DEPS and sent.tokens[c].lower in SPEAKERS
        for c in children(sent, head))


def faulted_habit(sent: Sentence, people: frozenset[str], owed: frozenset[str]) -> int | None:
    """The position of the verb of a habit of someone else's told as a fault (see the module),
    or None. ``people`` name people (``tone_checks.is_person``); ``owed`` are lemmas of
    attention and judgement ("listen", "consult") whose habitual denial judges."""
    if not sent.parsed or len(sent.tokens) > LONGEST:
        return None
    for verb, token in enumerate(sent.tokens):
        if token.pos != "VERB" or not _present(sent, verb):
            continue
        kids = children(sent, verb)
        marks = {sent.tokens[k].lower for k in kids if sent.tokens[k].dep in {"advmod", "neg"}}
        always, never = bool(marks & ALWAYS), bool(marks & NEVER)
        if not (always or never):
            continue
        if clause_mood(sent, verb) in UNTOLD or any(
                sent.tokens[k].lower in CASE_MARKS and sent.tokens[k].dep in {"mark", "advmod"}
                for k in kids):
            continue
        if _speaker_acts(sent, verb):
            continue
        subject = _subject(sent, verb)
        if subject is None or not _someone_else(sent, subject, people):
            continue
        if always and any(_score(sent.tokens[v]) <= FAILING for v in _led_to(sent, verb)):
            return verb
        if never and (token.lemma in owed or token.lemma in RESPONDING) and _score(token) >= 0 \
                and not _clause_negative(sent, verb) and not (
                    token.lemma not in RESPONDING
                    and any(sent.tokens[k].dep == "prt" for k in kids)):
            return verb
    return None
