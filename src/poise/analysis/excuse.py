"""The speaker's own excuse for a shortcut just told, read from the parse.

Part of tone.undermining. Someone proud of a shortcut tends to defend it in the next breath,
and the defence has a few fixed shapes whatever the shortcut was:

- common practice: everyone does it ("everybody does it", "everyone does that");
- a foregone consent: the party whose say was skipped would have given it anyway ("I knew they
  would sign anyway", "the board would have approved it regardless");
- a deviation made small: the act, by a pronoun, was only a little off ("it was only a little
  early", "it was just a bit over").

An excuse counts only right after the speaker's own act, told in that sentence or the one
before (a verb of knowing is no act); it is the act with its defence that tells the conduct.
Not read: an act of the speaker's set against the excuse by a contrast ("..., but I waited for
the vote"), an excuse the speaker denies ("not everybody does it"), another party's refusal that
was coming anyway ("they would have said no anyway"), and a routine ("everyone does it this way
now" with no act before it).
"""

from __future__ import annotations

from collections.abc import Sequence

from poise.analysis.conduct import SPEAKERS, SUBJECTS
from poise.analysis.meaning import children, negated
from poise.analysis.text import Sentence

EVERYONE = frozenset({"everybody", "everyone", "everyone's", "everybody's"})
POINTING = frozenset({"it", "that", "this", "so", "what"})
"""What stands for the act just told ("everybody does it", "it's what everyone does")."""
REGARDLESS = frozenset({"anyway", "anyhow", "regardless", "eventually"})
CONSENTING = frozenset({"sign", "approve", "agree", "accept", "authorise", "authorize", "allow",
                        "okay", "ok", "endorse", "clear", "grant", "pass", "consent", "say"})
"""What a party whose say was skipped would have done ("they would have signed anyway")."""
WOULD = frozenset({"would", "'d", "’d"})
ONLY = frozenset({"only", "just", "merely"})
SLIGHT = frozenset({"little", "bit", "slightly", "touch", "fraction"})
"""The degree that makes a deviation small ("a little early", "a bit over", "slightly late")."""
PRONOUNS = frozenset({"it", "that", "this"})
OWN_ACT_TAGS = frozenset({"VBD", "VBN"})
MINDING = frozenset({"know", "think", "believe", "feel", "expect", "realise", "realize", "see",
                     "be", "have", "guess", "figure", "reckon", "assume"})
"""Verbs of knowing or being, which tell no act ("I knew they would sign anyway")."""
SETTING_AGAINST = frozenset({"but", "yet", "although", "though"})
"""A contrast in the excuse's own sentence sets the speaker's act against the excuse ("..., but I
waited for the vote")."""


def _common_practice(sent: Sentence, verb: int) -> bool:
    """ "everybody does it": everyone as the subject of "do" with the act as its object."""
    token = sent.tokens[verb]
    if token.lemma != "do" or token.dep == "aux" or negated(sent, verb):
        return False
    kids = children(sent, verb)
    everyone = any(sent.tokens[c].dep in SUBJECTS and sent.tokens[c].lower in EVERYONE
                   and not negated(sent, c) for c in kids)
    return everyone and any(sent.tokens[c].dep == "dobj" and sent.tokens[c].lower in POINTING
                            for c in kids)


def _foregone(sent: Sentence, verb: int) -> bool:
    """ "they would sign anyway": a party other than the speaker would have consented regardless."""
    token = sent.tokens[verb]
    if token.lemma not in CONSENTING or negated(sent, verb):
        return False
    kids = children(sent, verb)
    if not any(sent.tokens[c].lower in WOULD for c in kids):
        return False
    if not any(sent.tokens[c].lower in REGARDLESS for c in kids):
        return False
    subjects = [sent.tokens[c].lower for c in kids if sent.tokens[c].dep in SUBJECTS]
    # "they would have said yes anyway", never "no"
    if token.lemma == "say" and not any(sent.tokens[c].lower == "yes" for c in kids):
        return False
    return bool(subjects) and not any(word in SPEAKERS for word in subjects)


def _made_small(sent: Sentence, verb: int) -> bool:
    """ "it was only a little early": a pronoun for the act, "be", a complement made small by
    "only" and a slight degree."""
    token = sent.tokens[verb]
    if token.lemma != "be" or negated(sent, verb):
        return False
    kids = children(sent, verb)
    if not any(sent.tokens[c].dep == "nsubj" and sent.tokens[c].lower in PRONOUNS for c in kids):
        return False
    for complement in kids:
        if sent.tokens[complement].dep not in {"acomp", "advmod", "attr", "prep"}:
            continue
        near = _within(sent, complement, depth=2) | {c for c in kids if sent.tokens[c].dep == "advmod"}
        words = {sent.tokens[p].lower for p in near}
        if words & ONLY and words & SLIGHT:
            return True
    return False


def _within(sent: Sentence, position: int, *, depth: int) -> set[int]:
    found = {position}
    frontier = [position]
    for _ in range(depth):
        frontier = [c for p in frontier for c in children(sent, p)]
        found.update(frontier)
    return found


def is_excuse(sent: Sentence) -> bool:
    """The sentence holds one of the excuse shapes."""
    if not sent.parsed:
        return False
    return any(_common_practice(sent, verb) or _foregone(sent, verb) or _made_small(sent, verb)
               for verb in range(len(sent.tokens)))


def _own_act(sent: Sentence) -> bool:
    """The speaker's side did something in the sentence (a past verb with "I" or "we")."""
    return any(token.tag in OWN_ACT_TAGS and token.lemma not in MINDING
               and not negated(sent, verb) and any(
        sent.tokens[c].dep == "nsubj" and sent.tokens[c].lower in SPEAKERS
        for c in children(sent, verb)) for verb, token in enumerate(sent.tokens)
        if token.pos == "VERB")


def act_excused(sentences: Sequence[Sentence], position: int) -> list[int]:
    """The positions of an own act and the excuse for it: the excuse in this sentence, the act in
    it or in the one before. Empty when there is no such pair."""
    sent = sentences[position]
    if not is_excuse(sent):
        return []
    own = _own_act(sent)
    if own and any(token.lower in SETTING_AGAINST for token in sent.tokens):
        return []
    if position > 0 and _own_act(sentences[position - 1]):
        return [position - 1, position]
    return [position] if own else []
