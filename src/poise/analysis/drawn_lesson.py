"""A lesson drawn from the story in other words than "learn": read from the parse.

``grammar.applied_lesson`` and its kin hear a lesson named with a learning word ("I learned",
"the lesson", "what I took from it") or a practice carried forward ("since then I..."). A
speaker also draws one with a verb of coming to know ("I realised that...", "what I retain is
that...", "now I know that..."), with the story as what showed it to them ("it confirmed for me
that...", "the experience showed that..."), with what stayed with them ("what stuck with me
is..."), or with a noun that labels it ("the learning is...", "Lesson: ..."). It is a lesson when
what follows is a general statement: a clause in the present or an instruction ("a disagreement
handled openly builds more trust", "you must measure first", "stay on the radio"), not a past
event ("I realised the truck was late") and not a plan or a wish ("I realised I want to...").
"""

from __future__ import annotations

from poise.analysis.grammar import MODALS, SUBJECT_DEPS
from poise.analysis.text import Sentence

KNOWING = frozenset({"realise", "realize", "understand", "discover", "figure", "conclude",
                     "retain", "know", "believe", "notice", "find", "see"})
"""Verbs of coming to know: with the speaker as the one who knows, they name a lesson drawn."""
SHOWING = frozenset({"show", "confirm", "reinforce", "prove", "remind", "convince"})
"""Verbs whose subject is the story and whose hearer is the speaker: "it showed me that..."."""
STAYING = frozenset({"stick", "stay"})
"""What stayed with the speaker: "what stuck with me is..."."""
LABELS = frozenset({"lesson", "learning", "takeaway", "moral"})
"""Nouns that label what follows as the lesson: "the learning is...", "Lesson: ..."."""
KEPT_NOUNS = frozenset({"habit", "rule", "principle"})
"""Nouns that label what follows as a practice kept, when the speaker owns them ("my rule:",
"the habit I kept: ...")."""
KEEPING = frozenset({"keep", "carry", "apply", "use", "hold", "do"})
"""Verbs of keeping a practice: "what I still do: ...", "what I still apply is...", marked as
kept since the story."""
SPEAKER = frozenset({"i", "we"})
SPEAKER_OBJECTS = frozenset({"me", "us"})
GENERAL_MODALS = frozenset({"must", "can", "should", "ca"})
"""Modals of a general rule ("you must measure first", "you can't argue with opinions"); not
"will" or "would", which plan or imagine."""
NEEDING = frozenset({"have", "got", "need", "gotta"})
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
LATER_WORDS = frozenset({"now", "since", "today", "nowadays"})
""""Now I know that...": knowing marked as held since the story ("still I know it is not the
same" concedes; it dates nothing)."""
KEPT_WORDS = LATER_WORDS | {"still"}
""""What I still do: ...": a practice kept since the story."""
DRAWN_TAGS = frozenset({"VBD", "VBN"})
"""Coming to know, or being shown, told as done ("I realised", "it showed me", "I've come to
see"): "I understand that your customer is..." and "this shows I have courage" read the present,
not the story."""


def _kids(sent: Sentence, position: int) -> list[int]:
    return list(sent.child_map[position])


def _speaker_subject(sent: Sentence, position: int) -> bool:
    return any(sent.tokens[child].lower in SPEAKER and sent.tokens[child].dep in SUBJECT_DEPS
               for child in _kids(sent, position))


def _speaker_hearer(sent: Sentence, position: int) -> bool:
    """"showed me", "confirmed for me", "stuck with me": the speaker receives what is shown."""
    tokens = sent.tokens
    for child in _kids(sent, position):
        if tokens[child].lower in SPEAKER_OBJECTS and tokens[child].dep in {"dobj", "dative"}:
            return True
        if tokens[child].dep in {"prep", "dative"} and any(
                tokens[grand].lower in SPEAKER_OBJECTS for grand in _kids(sent, child)):
            return True
    return False


def general_clause(sent: Sentence, head: int, label: int | None = None) -> bool:
    """Whether the clause at ``head`` states something general: a verb in the present (not a
    verb of wanting), a rule under "must", "can", "should" or "have to", or an instruction (a
    bare verb with no subject but the ``label`` the parser may hang on it: "stay on the radio",
    "the habit I kept: agree the measure first"); not a past event, a plan or a wish."""
    tokens = sent.tokens
    if not 0 <= head < len(tokens):
        return False
    verb = tokens[head]
    kids = [tokens[child] for child in _kids(sent, head)]
    auxes = [kid for kid in kids if kid.dep in {"aux", "auxpass"}]
    if any(kid.lower in MODALS and kid.lower not in GENERAL_MODALS for kid in auxes):
        return False  # "I would...", "we'll...": imagined or planned
    if any(kid.tag == "VBD" for kid in auxes) or verb.tag == "VBD":
        return False  # told in the past: an event, not a rule
    if verb.lemma in {"want", "hope", "wish", "plan", "intend"}:
        return False
    if any(kid.lower in GENERAL_MODALS for kid in auxes):
        return True
    if verb.lemma in NEEDING and any(kid.dep == "xcomp" for kid in kids):
        return True  # "you have to be fast", "you've got to ask"
    if verb.tag in PRESENT_TAGS or any(kid.tag in PRESENT_TAGS for kid in auxes):
        return True
    # an instruction: a bare verb with no subject of its own
    return verb.tag == "VB" and verb.pos == "VERB" and not any(
        (kid.dep in SUBJECT_DEPS and sent.tokens.index(kid) != label) or kid.dep == "mark"
        or kid.lower == "to" for kid in kids)


def _content(sent: Sentence, anchor: int) -> int | None:
    """The head of what the lesson at ``anchor`` says: its complement clause ("realised that X"),
    or, where the anchor names the lesson as a subject ("what I retain is X", "the learning is
    X"), what the copula says it is; or the clause after a colon that follows the anchor."""
    tokens = sent.tokens
    for child in _kids(sent, anchor):
        if tokens[child].dep in {"ccomp", "xcomp"} and child > anchor:
            return child
    holder = anchor
    if tokens[holder].dep in {"relcl", "acl"} and 0 <= tokens[holder].head < len(tokens):
        holder = tokens[holder].head
    if tokens[holder].dep in {"csubj", "nsubj"} and 0 <= tokens[holder].head < len(tokens):
        copula = tokens[holder].head
        if tokens[copula].lemma == "be":
            for child in _kids(sent, copula):
                if tokens[child].dep in {"ccomp", "xcomp", "attr", "acomp"} and child > copula:
                    if tokens[child].pos in {"VERB", "AUX"}:
                        return child
                    # "the lesson is that X" parsed with X's verb under the noun
                    verbs = [grand for grand in _kids(sent, child)
                             if tokens[grand].pos in {"VERB", "AUX"}]
                    if verbs:
                        return verbs[0]
    colon = next((position for position in range(anchor + 1, len(tokens))
                  if tokens[position].text in {":", "—", "–"}), None)
    if colon is None:
        return None
    # the top verb of what follows the colon, however the parser hung it
    after = [position for position in range(colon + 1, len(tokens))
             if tokens[position].pos in {"VERB", "AUX"} and (
                 tokens[position].head == position
                 or (tokens[position].dep not in {"aux", "auxpass"}
                     and not colon < tokens[position].head < len(tokens)))]
    return after[0] if after else None


def _anchors(sent: Sentence) -> list[int]:
    """The words that name a lesson drawn: a verb of coming to know with the speaker as its
    subject (marked as held since, for "know" and "believe"), a verb of showing with the speaker
    as its hearer, what stuck with the speaker, or a labelling noun."""
    tokens = sent.tokens
    found = []
    for position, token in enumerate(tokens):
        kids = [tokens[child] for child in _kids(sent, position)]
        if token.pos == "VERB" and token.lemma in KNOWING and _speaker_subject(sent, position):
            later = any(kid.lower in LATER_WORDS for kid in kids)
            come = token.dep == "xcomp" and tokens[token.head].lemma == "come"
            if token.lemma in {"know", "believe", "see", "find"} and not (later or come):
                continue  # "I know the library", "I believe in it": a view, not a lesson drawn
            if token.lemma not in {"know", "believe", "see", "find", "retain"} \
                    and token.tag not in DRAWN_TAGS and not later:
                continue  # "I understand that your customer is...": the present, not the story
            if token.lemma == "figure" and not any(kid.lower == "out" for kid in kids):
                continue
            found.append(position)
        elif token.pos == "VERB" and token.lemma in SHOWING | STAYING and _speaker_hearer(sent, position) \
                and token.tag in DRAWN_TAGS:
            found.append(position)
        elif token.pos == "VERB" and token.lemma in SHOWING and token.tag == "VBD" and any(
                tokens[kid].dep == "nsubj" and tokens[kid].lower in {"experience", "it", "that", "this"}
                for kid in _kids(sent, position)):
            found.append(position)  # "the experience showed that...": the story as the teacher
        elif _labels_lesson(sent, position):
            found.append(position)
        elif token.lemma in KEEPING and _speaker_subject(sent, position) and any(
                kid.lower in KEPT_WORDS for kid in kids):
            found.append(position)  # "what I still do: ...", "what I now apply is..."
    return found


MAKING = frozenset({"make", "set", "learn", "take", "draw"})
"""Verbs of making a rule or drawing it from the story: "the rule I set", "the habit I took"."""


def _labels_lesson(sent: Sentence, position: int) -> bool:
    """Whether the noun at ``position`` labels what follows as a lesson ("the learning is...",
    "Lesson: ...") or as a practice the speaker keeps ("my rule:", "the habit I kept:")."""
    token = sent.tokens[position]
    if token.lower in LABELS and token.pos in {"NOUN", "PROPN"}:
        return not _for_others(sent, position)
    return token.lemma in KEPT_NOUNS and token.pos == "NOUN" and _owned(sent, position)


def _owned(sent: Sentence, position: int) -> bool:
    """"My rule", "the habit I kept", "a rule I set": a noun the speaker owns, or keeps or made
    (not "the rule I hated")."""
    tokens = sent.tokens
    return any((tokens[child].dep == "poss" and tokens[child].lower in {"my", "our"})
               or (tokens[child].dep == "relcl" and tokens[child].lemma in KEEPING | MAKING
                   and _speaker_subject(sent, child))
               for child in _kids(sent, position))


def _for_others(sent: Sentence, position: int) -> bool:
    """"The lesson for the company": a lesson for someone other than the speaker."""
    tokens = sent.tokens
    return any(tokens[child].lower == "for" and any(
        tokens[grand].dep == "pobj" and tokens[grand].lower not in {"me", "myself", "us"}
        for grand in _kids(sent, child)) for child in _kids(sent, position))


def drawn_lesson(sent: Sentence) -> bool:
    """Whether the sentence draws a lesson in other words than a learning verb: a lesson named
    (``_anchors``) and said as a general statement (``general_clause``)."""
    if not sent.parsed or sent.text.rstrip().endswith("?"):
        return False
    for anchor in _anchors(sent):
        content = _content(sent, anchor)
        if content is not None and content != anchor and general_clause(sent, content, anchor):
            return True
    return False
