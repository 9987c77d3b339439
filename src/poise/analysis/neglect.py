"""A third party's neglect told as a verdict, read from the parse: part of the criticism check
(``tone.judges_others``).

- decline someone else allowed: a third party the subject of "let" or "allow" whose complement
  is a verb of decline ("the old management had let the checks slide", "he allowed the rota to
  drift");
- a duty someone else left undone: a third party the active subject of "should have" or "ought
  to have" with a deed ("somebody should have dealt with it years ago").

A clause put as a condition or a question, one denied ("they never let standards slip" is
praise), the speaker's own side ("I let it slide", "we should have asked") and a state rather
than a deed ("they should have been told", "he should have had more time") tell no verdict.
"""

from __future__ import annotations

from poise.analysis.grammar import clause_mood
from poise.analysis.meaning import WordClasses, children, is_target
from poise.analysis.text import Sentence, Token

ALLOWING = frozenset({"let", "allow"})
OBLIGING = frozenset({"should", "ought"})
PERFECT = frozenset({"have", "'ve", "of"})
STATES = frozenset({"be", "have", "get", "feel", "know", "seem", "become", "want", "need"})
"""Verbs of a state or a lack, not a deed: "should have had more support" judges nobody."""
SOMEONE = frozenset({"somebody", "someone", "nobody", "they", "he", "she"})
UNSTATED = frozenset({"conditional", "question"})


def _third_party(token: Token, classes: WordClasses) -> bool:
    return token.lower in SOMEONE or is_target(token, classes)


def _subject(sent: Sentence, verb: int) -> Token | None:
    for kid in children(sent, verb):
        if sent.tokens[kid].dep == "nsubj":
            return sent.tokens[kid]
    return None


def allowed_decline(sent: Sentence, classes: WordClasses, decline: frozenset[str]) -> bool:
    """A third party let something decline ("had let the maintenance slide")."""
    for position, token in enumerate(sent.tokens):
        if token.lemma not in ALLOWING or clause_mood(sent, position) in UNSTATED | {"negated"}:
            continue
        subject = _subject(sent, position)
        if subject is None or not _third_party(subject, classes):
            continue
        if any(sent.tokens[kid].dep in {"ccomp", "xcomp"} and sent.tokens[kid].lemma in decline
               for kid in children(sent, position)):
            return True
    return False


def duty_undone(sent: Sentence, classes: WordClasses) -> bool:
    """A third party should have done something ("somebody should have dealt with it")."""
    for position, token in enumerate(sent.tokens):
        if token.tag != "VBN" or token.lemma in STATES or clause_mood(sent, position) in UNSTATED:
            continue
        auxes = {sent.tokens[kid].lower for kid in children(sent, position)
                 if sent.tokens[kid].dep == "aux"}
        clause = position
        if token.dep == "xcomp" and 0 <= token.head < len(sent.tokens) and (
                sent.tokens[token.head].lower in OBLIGING):  # "he ought to have replaced it"
            clause = token.head
            auxes.add(sent.tokens[clause].lower)
        if not auxes & OBLIGING or not auxes & PERFECT:
            continue
        subject = _subject(sent, clause)  # active voice only: "they should have been told"
        if subject is not None and _third_party(subject, classes):
            return True
    return False


def neglected(sent: Sentence, classes: WordClasses, decline: frozenset[str]) -> bool:
    """Either reading above."""
    return sent.parsed and (allowed_decline(sent, classes, decline) or duty_undone(sent, classes))
