"""Whether a sentence grants the interviewer's point, read from the parse.

A reply to a challenge or a stated concern opens well by granting the point before answering
it. The grant takes three shapes, each read from who does what in the clause, not from a list of
phrases:

- the point judged fair: a word of the acknowledging lexicon ("fair", "reasonable", "valid") as
  the predicate or a modifier ("that's fair", "a reasonable worry"), with no negation over it or
  over a view that holds it ("I'm not sure that's fair" grants nothing);
- the speaker taking the point in: "I" as the subject of a verb of understanding ("get", "see",
  "understand", "hear", "take", "accept", "appreciate", "recognise") whose object is the point
  ("that", "your point", "the worry", "you") or a clause of why, where or how ("I get why it
  sounds that way", "I see where you're coming from"), said now; not denied, not a condition,
  not a report ("I've heard that before", "I hear that a lot"), and not the passive "I get
  asked that a lot", which reports being asked and grants nothing;
- the speaker sharing the view: "I" with "would" and a verb of thinking or asking whose object
  is "the same" ("I'd probably think the same", "I'd ask the same thing").

Taking in the person who raised the point ("I hear you") acknowledges it, which is enough for
the rule that flags a concern not acknowledged; the concern rubric's move of granting it asks
for the point itself, not taken back in the same breath (``grants(holder=False)``,
``taken_back``).
"""

from __future__ import annotations

from poise.analysis.grammar import clause_mood
from poise.analysis.meaning import negated
from poise.analysis.text import Sentence

UNDERSTANDING = frozenset({
    "get", "see", "understand", "hear", "take", "accept", "appreciate", "recognise",
    "recognize", "acknowledge", "respect", "follow",
})
"""Verbs of taking a point in, read with the speaker as their subject and the point as object."""
POINT_WORDS = frozenset({
    "point", "concern", "worry", "question", "doubt", "reservation", "challenge", "hesitation",
    "logic", "reasoning", "thinking", "view", "perspective", "risk", "gap", "fear",
})
"""Nouns that name the interviewer's point ("I take your point", "I understand the worry")."""
POINTING_PRONOUNS = frozenset({"that", "this", "it", "you"})
"""Pronouns that stand for the point or its holder ("I get that", "I hear you")."""
HOLDER_PRONOUNS = frozenset({"you"})
"""The pronoun that stands for the point's holder, not the point: "I hear you"."""
WH_WORDS = frozenset({"why", "where", "how", "what"})
"""The words that open a clause naming the reason of the point ("I see why you'd ask")."""
SHARED_VIEW = frozenset({"think", "ask", "say", "wonder", "worry", "feel", "do", "want", "question"})
"""Verbs of thinking or asking: "I'd think the same" shares the interviewer's view."""
WOULD = frozenset({"would", "'d"})
SPEAKER = frozenset({"i"})
PRESENT_NOW = frozenset({"VBP", "VBZ", "VB"})
"""A grant is made as the speaker answers: "I get that", "I'd accept that"; "I heard that before"
or "I've heard that" reports, it grants nothing."""


def grants(sent: Sentence, fair: frozenset[str], *, holder: bool = True) -> bool:
    """Whether ``sent`` grants the point in any of the three shapes of the module's doc; ``fair``
    holds the words that judge a point fair (the acknowledging lexicon). With ``holder`` false,
    taking in the person who raised it ("I hear you", "I understand you") does not count: it
    acknowledges the interviewer, it does not grant their point."""
    if not sent.parsed:
        return False
    key = ("grants", fair, holder)  # the concern rule and the concern moves read the same sentences
    found = sent.memo.get(key)
    if not isinstance(found, bool):
        found = sent.memo[key] = any(
            _judged_fair(sent, position, fair) or _taken_in(sent, position, holder=holder)
            or _shared(sent, position) for position in range(len(sent.tokens)))
    return found


CONTRASTS = frozenset({"but", "although", "though", "yet", "however"})
"""Words that turn from a grant to what is said against it."""
VIEW_VERBS = frozenset({"think", "suggest", "suppose", "feel", "believe", "argue", "say", "see",
                        "guess", "reckon", "find"})
"""Verbs of a view the speaker sets against the point ("but I think it's a technicality")."""


def taken_back(sent: Sentence) -> bool:
    """Whether the grant in ``sent`` is taken back in the same sentence: after a contrast
    ("but", "although"), the speaker's own view ("but honestly I think that's a technicality",
    "although I suppose it depends on how one defines scale") or a denial ("but I don't see it
    as a gap"). "That's fair, but here is what I did" keeps its grant."""
    if not sent.parsed:
        return False
    cut = next((index for index, token in enumerate(sent.tokens)
                if token.lower in CONTRASTS and index > 0), None)
    if cut is None:
        return False
    for position in range(cut + 1, len(sent.tokens)):
        token = sent.tokens[position]
        if token.dep == "neg":
            return True
        if token.lemma in VIEW_VERBS and token.pos == "VERB" and any(
                sent.tokens[child].dep == "nsubj" and sent.tokens[child].lower in SPEAKER
                for child in sent.child_map[position]):
            return True
    return False


def grants_before_but(sent: Sentence, fair: frozenset[str]) -> bool:
    """Whether ``sent`` judges the point fair or takes it in before any "but": "it's a lazy read,
    but a fair thing to test" grants second, after the pushback. A shared view ("I'd wonder the
    same") is a good opening but no firm grant: it often leads into a complaint about being
    asked, so it does not vouch for what follows."""
    if not sent.parsed:
        return False
    cut = next((index for index, token in enumerate(sent.tokens) if token.lower == "but"),
               len(sent.tokens))
    return any(_judged_fair(sent, position, fair) or _taken_in(sent, position)
               for position in range(cut))


def _judged_fair(sent: Sentence, position: int, fair: frozenset[str]) -> bool:
    token = sent.tokens[position]
    if token.lower not in fair or token.pos not in {"ADJ", "NOUN"}:
        return False
    return not denied_grant(sent, position)


def _taken_in(sent: Sentence, position: int, *, holder: bool = True) -> bool:
    verb = sent.tokens[position]
    if (verb.lemma not in UNDERSTANDING or verb.pos != "VERB" or verb.dep in {"aux", "auxpass"}
            or verb.tag not in PRESENT_NOW):
        return False
    kids = sent.child_map[position]
    if not any(sent.tokens[child].dep == "nsubj" and sent.tokens[child].lower in SPEAKER
               for child in kids):
        return False
    if negated(sent, position) or clause_mood(sent, position) in {"negated", "conditional", "question"}:
        return False
    if any(_frequency(sent, child) for child in kids):
        return False  # "I hear that a lot", "I get that all the time": heard often, not granted
    for child in kids:
        token = sent.tokens[child]
        if token.dep == "dobj" and ((token.lower in POINTING_PRONOUNS and (
                holder or token.lower not in HOLDER_PRONOUNS)) or token.lemma in POINT_WORDS):
            return True
        if token.dep in {"ccomp", "advcl", "xcomp"} and _opens_with_wh(sent, child):
            return True
    return False


FREQUENCY_WORDS = frozenset({"often", "always", "constantly", "usually", "again", "regularly"})
"""Adverbs of how often a thing is heard: "I hear that often" reports, it grants nothing."""
FREQUENCY_NOUNS = frozenset({"lot", "time", "times", "week", "day"})
"""Nouns of a frequency phrase: "a lot", "all the time", "every week"."""


def _frequency(sent: Sentence, child: int) -> bool:
    token = sent.tokens[child]
    return (token.dep == "advmod" and token.lower in FREQUENCY_WORDS) or (
        token.dep == "npadvmod" and token.lemma in FREQUENCY_NOUNS)


def _opens_with_wh(sent: Sentence, clause: int) -> bool:
    """The clause at ``clause`` names a reason, a place or a manner: "why it sounds that way",
    "where you're coming from"."""
    stack = [clause]
    while stack:
        current = stack.pop()
        if sent.tokens[current].lower in WH_WORDS and current < clause:
            return True
        stack.extend(child for child in sent.child_map[current]
                     if sent.tokens[child].dep in {"advmod", "pobj", "prep", "dobj", "attr"})
    return False


def _shared(sent: Sentence, position: int) -> bool:
    if sent.tokens[position].lower != "same":
        return False
    current, seen = sent.tokens[position].head, {position}
    while 0 <= current < len(sent.tokens) and current not in seen:
        seen.add(current)
        token = sent.tokens[current]
        if token.pos in {"VERB", "AUX"}:
            kids = [sent.tokens[child] for child in sent.child_map[current]]
            return (token.lemma in SHARED_VIEW
                    and any(kid.lower in WOULD and kid.dep == "aux" for kid in kids)
                    and any(kid.dep == "nsubj" and kid.lower in SPEAKER for kid in kids)
                    and not negated(sent, current))
        current = token.head
    return False


VIEWS = frozenset({"sure", "think", "believe", "say", "find", "feel", "convinced", "agree"})
"""Words of a view; a grant inside a denied view ("I'm not sure that's fair") is no grant."""


def denied_grant(sent: Sentence, position: int) -> bool:
    """The grant word or the clause it sits in is denied ("not fair"), or that clause is the
    content of a denied view ("I'm not sure that's fair", "I don't think it's fair"): the words
    from it up to its clause's verb are checked for a negation, then, through a view, the view."""
    current, seen = position, set()
    while 0 <= current < len(sent.tokens) and current not in seen:
        seen.add(current)
        token = sent.tokens[current]
        if any(sent.tokens[child].dep == "neg" or sent.tokens[child].lower in {"not", "never"}
               for child in sent.child_map[current]):
            return True
        if token.head == current:
            break
        if token.pos in {"VERB", "AUX"} and current != position:
            above = sent.tokens[token.head]
            viewing = above.lemma in VIEWS or any(
                sent.tokens[child].lemma in VIEWS and sent.tokens[child].dep == "acomp"
                for child in sent.child_map[token.head])  # "I'm not sure ...": be + sure
            if token.dep != "ccomp" or not viewing:
                break
        current = token.head
    return False
