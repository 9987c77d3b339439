"""A rule the speaker states and then tells of not following, read from the parse.

Part of tone.undermining. An answer that names what a rule demands and, in the same breath or
the next, says the speaker's side did otherwise tells a breach as part of the win:

- ``required_not_done``: a rule (a policy, procedure, contract, law...) says or requires that
  something must be done ("the procedure says every spill must be reported", "the contract
  requires us to notify the client"), and the speaker's side, in that sentence or the next,
  did not do that very act ("we did not report it", "we never notified them"). The act is
  matched by its lemma, so the rule and the breach are one event.
- ``forbidden_but_done``: a rule does not allow or forbids something ("policy does not allow
  discounts above ten percent", "the rules forbid..."), and the speaker, joined to it by a
  contrast ("but", "anyway", "still"), went on to act: promised, gave, agreed, signed ("..., but
  I promised the client twenty").

Not read: the speaker doing what the rule asks ("so I reported it that afternoon"), a contrast
in which the speaker asks, proposes or escalates (asking for an exception is the proper way),
someone else's breach ("nobody had reported it"), and a rule the speaker only imagines
("if the policy said...").
"""

from __future__ import annotations

from collections.abc import Sequence

from poise.analysis.conduct import SPEAKERS, SUBJECTS, speaker_subject
from poise.analysis.meaning import children, negated, subtree
from poise.analysis.text import Sentence

RULE_NOUNS = frozenset({"policy", "procedure", "rule", "regulation", "law", "contract", "code",
                        "standard", "licence", "license", "permit", "guideline", "protocol",
                        "handbook", "manual", "sop", "legislation", "statute", "covenant",
                        "agreement", "terms", "framework", "charter", "constitution"})
"""What lays down a duty: a rule by any of its usual names."""
STATING = frozenset({"say", "state", "require", "demand", "mandate", "stipulate", "specify",
                     "oblige", "obligate", "dictate", "insist", "need", "expect"})
"""What a rule does when it lays down a duty."""
DUTY_MODALS = frozenset({"must", "shall", "should"})
DUTY_HEADS = frozenset({"have", "need", "require", "oblige", "obligate"})
"""Heads of a duty told with a verb after them ("has to be reported", "needs to be filed")."""
PERMITTING = frozenset({"allow", "permit", "let"})
FORBIDDING = frozenset({"forbid", "prohibit", "ban", "bar", "outlaw", "preclude"})
CONTRAST = frozenset({"but", "yet", "anyway", "still", "nevertheless", "regardless",
                      "although", "though"})
"""Words that set the speaker's act against the rule just stated."""
PROPER_STEPS = frozenset({"ask", "request", "propose", "suggest", "escalate", "raise", "seek",
                          "apply", "argue", "check", "consult", "refuse", "decline", "explain",
                          "follow", "comply", "report", "wait", "tell", "inform", "stop"})
"""What a speaker does who meets a rule in the open: asks for an exception, escalates, complies,
refuses, or says plainly that the rule stands."""
CONDITIONS = frozenset({"if", "unless", "whether"})


def _rule_subject(sent: Sentence, verb: int) -> bool:
    """A rule noun is the verb's subject ("the procedure says", "our contract requires")."""
    for child in children(sent, verb):
        token = sent.tokens[child]
        if token.dep not in SUBJECTS:
            continue
        word = token.lower
        if word in RULE_NOUNS or (word.endswith("s") and word[:-1] in RULE_NOUNS):
            return True
    return False


def _imagined(sent: Sentence, verb: int) -> bool:
    """The rule is only supposed ("if the policy said...")."""
    return any(sent.tokens[c].lower in CONDITIONS and sent.tokens[c].dep == "mark"
               for c in children(sent, verb))


def _is_duty(sent: Sentence, verb: int) -> bool:
    """The verb is done under a duty: "must be reported", "has to be filed", "to notify" after
    "require"."""
    if any(sent.tokens[c].lower in DUTY_MODALS and sent.tokens[c].dep == "aux"
           for c in children(sent, verb)):
        return True
    head = sent.tokens[verb].head
    return (sent.tokens[verb].dep == "xcomp" and 0 <= head < len(sent.tokens)
            and sent.tokens[head].lemma in DUTY_HEADS | STATING)


def _required_acts(sent: Sentence) -> dict[str, int]:
    """The acts a rule in the sentence lays down, by lemma, with the verb of stating each."""
    acts: dict[str, int] = {}
    for verb, token in enumerate(sent.tokens):
        if token.lemma not in STATING or not _rule_subject(sent, verb) or negated(sent, verb) \
                or _imagined(sent, verb):
            continue
        for inner in subtree(sent, verb):
            if inner != verb and sent.tokens[inner].tag.startswith("VB") \
                    and sent.tokens[inner].lemma not in DUTY_HEADS and _is_duty(sent, inner) \
                    and not negated(sent, inner):
                acts.setdefault(sent.tokens[inner].lemma, verb)
    return acts


def _speaker_did_not(sent: Sentence, lemma: str, *, outside: set[int]) -> bool:
    """The speaker's side did not do the act: "we did not report it", "I never filed it"."""
    for verb, token in enumerate(sent.tokens):
        if verb in outside or token.lemma != lemma or not negated(sent, verb):
            continue
        if speaker_subject(sent, verb):
            return True
    return False


def required_not_done(sentences: Sequence[Sentence], position: int) -> bool:
    """A rule in this sentence requires an act, and the speaker's side, in this sentence or the
    next, did not do it."""
    sent = sentences[position]
    if not sent.parsed:
        return False
    acts = _required_acts(sent)
    if not acts:
        return False
    for lemma, verb in acts.items():
        if _speaker_did_not(sent, lemma, outside=set(subtree(sent, verb)) - _conjoined(sent, verb)):
            return True
        after = sentences[position + 1] if position + 1 < len(sentences) else None
        if after is not None and after.parsed and _speaker_did_not(after, lemma, outside=set()):
            return True
    return False


def _conjoined(sent: Sentence, verb: int) -> set[int]:
    """The clauses joined to the rule's verb ("..., but we never notified them"), which the
    parse hangs under it but which are the speaker's own."""
    joined: set[int] = set()
    for child in children(sent, verb):
        if sent.tokens[child].dep == "conj":
            joined |= set(subtree(sent, child))
    return joined


def _forbids(sent: Sentence, verb: int) -> bool:
    """A rule subject forbids something: "does not allow", "forbids", "prohibits"."""
    token = sent.tokens[verb]
    if not _rule_subject(sent, verb) or _imagined(sent, verb):
        return False
    if token.lemma in PERMITTING:
        return negated(sent, verb)
    # the tagger sometimes reads "forbids" as a plural noun, its lemma left unreduced
    word = token.lemma
    forbidding = word in FORBIDDING or (word.endswith("s") and word[:-1] in FORBIDDING)
    return forbidding and not negated(sent, verb)


def _speaker_went_on(sent: Sentence, verb: int) -> bool:
    """The speaker acts, unnegated, in a past clause that is not a proper step."""
    token = sent.tokens[verb]
    return (token.tag == "VBD" and token.lemma not in PROPER_STEPS and not negated(sent, verb)
            and any(sent.tokens[c].dep == "nsubj" and sent.tokens[c].lower in SPEAKERS
                    for c in children(sent, verb)))


def forbidden_but_done(sentences: Sequence[Sentence], position: int) -> bool:
    """A rule forbids something, and the speaker, set against it by a contrast, went on to act
    in that sentence or the next."""
    sent = sentences[position]
    if not sent.parsed:
        return False
    for verb in range(len(sent.tokens)):
        if not _forbids(sent, verb):
            continue
        for child in children(sent, verb):
            if sent.tokens[child].dep == "conj" and _contrasted(sent, child, verb) \
                    and _speaker_went_on(sent, child):
                return True
        after = sentences[position + 1] if position + 1 < len(sentences) else None
        if after is not None and after.parsed and after.tokens \
                and after.tokens[0].lower in CONTRAST:
            for clause in range(len(after.tokens)):
                if after.tokens[clause].dep == "ROOT" and _speaker_went_on(after, clause):
                    return True
    return False


def _contrasted(sent: Sentence, clause: int, rule_verb: int) -> bool:
    """A contrast word joins the clause to the rule ("..., but I promised") or sits in it
    ("I promised it anyway")."""
    between = sent.tokens[rule_verb + 1:clause] if rule_verb < clause else []
    if any(token.lower in CONTRAST and token.dep == "cc" for token in between):
        return True
    return any(sent.tokens[c].lower in CONTRAST for c in children(sent, clause))
