"""An answer that turns from the question to another topic it weighs above it, and stays there.

Asked about a hard negotiation with a supplier, a speaker who says "but the bigger issue for a
bakery is really the price of wheat" and goes on about harvests, flour and closing bakeries has
turned to a question nobody asked; so has one asked how they keep learning who says "what
interests me more these days is cycling tourism", or one asked who settles a dispute who answers
"the most important thing is a good induction". A coach hears "you are answering another
question". Read from the parse and the embeddings, not from the words of any answer:

- a clause of "be" in the present (``weighs_topic``; not negated: "the hardest part was the
  rota" tells a difficulty of the story, which ``poise.analysis.reframed`` reads) whose subject
  weighs a topic above others:

  - a noun of topic or difficulty (the words passed in: "thing", "problem", "question"...)
    with "the" and a graded word (a comparative or superlative: "the bigger problem", "the most
    interesting thing") or a word that sets it against a lesser one ("the real problem"; a plain
    "the key thing is" sets nothing aside), or with a relative clause of the speaker wanting or
    caring ("the subject I would like to discuss", "the one thing I care about most");
  - or a free relative ("what ...") that holds a graded word ("what worries me
    most", "what interests me more");

- what it names shares no term with the question (``asked_terms``) and its meaning is far from
  the question's asking part (cosine below the threshold the rule passes);
- and the answer stays away: of the sentences after it (``after_least`` or more), at most
  ``return_most`` name a term of the question. An answer that weighs something else and comes
  back to the thing asked has set it in context, not left it.

A question that itself asks for a weighing ("what is the biggest challenge facing the sector?",
"what matters most to you?", "what are your priorities?": a word of weight, the ``weight``
words passed in) is answered by naming the biggest thing, so it is not read (``asks_weighing``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import numpy as np

from poise.analysis import asked_terms
from poise.analysis.meaning import negated, subtree
from poise.analysis.question_features import asking_text
from poise.analysis.reframed import gerund_named, singular
from poise.analysis.text import AnalysedText, Sentence

GRADED_TAGS = frozenset({"JJR", "RBR", "JJS", "RBS"})
"""Tags of a comparative or a superlative: "bigger", "most", "more"."""
SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
WANTING = frozenset({"want", "care", "love", "like", "enjoy"})
"""Verbs by which the speaker says what they would rather speak of ("the subject I would like to
discuss", "the one thing I care about")."""
NAMING = frozenset({"attr", "acomp", "ccomp", "xcomp", "nsubj"})
"""Where a clause of "be" holds what it names ("is the wheat price", "is to hire well"); a second
subject is read too, for the parse that takes "what interests me is the harbour" with "the
harbour" as a subject."""
CONTRASTING = frozenset({"real", "actual", "true"})
"""Words that set a topic against a lesser one named or implied ("the real problem", "the actual
issue"); a plain word of weight ("the important thing is...") sets nothing aside."""
MODIFIERS = frozenset({"amod", "advmod", "compound", "acomp"})
OFFERING = frozenset({"tell", "say", "point", "show", "see", "find", "mean", "hear", "know"})
"""Verbs of a free relative that offers or reports rather than weighs ("what I can tell you is",
"what I found was"): read by other checks of the rule, not as a topic weighed."""


def _graded(sent: Sentence, positions: Collection[int]) -> bool:
    """A word among ``positions`` sets what it qualifies above others: a comparative or a
    superlative ("bigger", "more", "most interesting") or a word that sets it against a lesser
    one (``CONTRASTING``: "the real problem")."""
    return any(sent.tokens[position].tag in GRADED_TAGS or sent.tokens[position].lower in {"more", "most"}
               or sent.tokens[position].lower in CONTRASTING for position in positions)


def _weighed_noun(sent: Sentence, noun: int, topics: frozenset[str]) -> bool:
    """The noun at ``noun`` is a topic singled out with "the" by a graded word or a word that
    sets it against a lesser one ("the bigger problem", "the real issue"), or by the speaker
    wanting or caring ("the subject I would like to discuss"); a noun that holds anything else
    the speaker did ("the biggest thing I've run is fourteen stores") measures their record."""
    token = sent.tokens[noun]
    if token.lemma not in topics or token.pos != "NOUN":
        return False
    kids = sent.child_map[noun]
    if not any(sent.tokens[kid].lower == "the" and sent.tokens[kid].dep == "det" for kid in kids):
        return False
    if any(sent.tokens[kid].dep == "relcl" and sent.tokens[kid].lemma not in WANTING
           and not _raised_by_case(sent, kid) for kid in kids):
        return False  # "the biggest thing I've run", "the main thing I learned": a record, not a topic
    for kid in kids:
        modifier = sent.tokens[kid]
        if modifier.dep in MODIFIERS and _graded(sent, [kid, *sent.child_map[kid]]):
            return True
        if modifier.dep == "relcl" and modifier.lemma in WANTING and any(
                sent.tokens[grand].lower == "i" and sent.tokens[grand].dep == "nsubj"
                for grand in sent.child_map[kid]):
            return True
    return False


POINTING_BACK = frozenset({"this", "that", "it"})
"""Subjects that point back at the case or what was just said ("the bigger issue this raises")."""


def _raised_by_case(sent: Sentence, clause: int) -> bool:
    """The relative clause at ``clause`` has for its subject a word that points back at the case
    or what was just said ("the bigger issue this raises", "the real question it points to"):
    a topic the speaker draws out of the case, not a thing of their record."""
    return any(sent.tokens[kid].dep == "nsubj" and sent.tokens[kid].lower in POINTING_BACK
               for kid in sent.child_map[clause])


def _weighed_clause(sent: Sentence, clause: int) -> bool:
    """The clause at ``clause`` is a free relative that weighs ("what worries me most",
    "what interests me more"), not one that offers or reports ("what I can tell you")."""
    below = subtree(sent, clause)
    if sent.tokens[below[0]].lower != "what" or sent.tokens[clause].lemma in OFFERING:
        return False
    return _graded(sent, below)


def weighs_topic(sent: Sentence, topics: frozenset[str]) -> list[int]:
    """The positions of what a present clause of "be" names as the topic weighed above others
    ("the wheat price", "to hire well"); empty when the sentence has none (see the module
    doc)."""
    if not sent.parsed:
        return []
    tokens = sent.tokens
    for verb, token in enumerate(tokens):
        if token.lemma != "be" or token.tag not in PRESENT_TAGS:
            continue
        head = verb
        if token.dep == "aux" and 0 <= token.head < len(tokens):
            head = token.head  # "the thing I care about is developing...": read as "is developing"
        if negated(sent, head):
            continue
        kids = sent.child_map[head]
        subjects = [*kids, *sent.child_map[verb]] if head != verb else kids
        weighed = next((kid for kid in subjects if (
            tokens[kid].dep == "nsubj" and _weighed_noun(sent, kid, topics)) or (
            tokens[kid].dep == "csubj" and _weighed_clause(sent, kid))), None)
        if weighed is None:
            continue
        if head != verb:
            named = [position for position in gerund_named(sent, head) if position != weighed]
        else:
            named = [position for kid in kids if kid != weighed and tokens[kid].dep in NAMING
                     for position in subtree(sent, kid)]
        if named:
            return named
    return []


def asks_weighing(question: AnalysedText, topics: frozenset[str], weight: frozenset[str]) -> bool:
    """The question asks the speaker to weigh ("what is the biggest challenge...?", "what matters
    most to you?", "what would your priorities be?", "what are you proudest of?"): a word of
    weight or "matter", a superlative said of the asking itself ("proudest of", "matters
    most"), or a topic singled out by a graded word. A superlative that only describes a thing
    of the case put ("your biggest client", "your busiest month") asks for no weighing."""
    for sent in question.sentences:
        for position, token in enumerate(sent.tokens):
            if {token.lemma, singular(token.lower)} & weight or token.lemma == "matter":
                return True
            if token.tag in SUPERLATIVE_TAGS and token.dep != "amod":
                return True
            if token.lemma in topics and token.pos == "NOUN" and _graded(sent, sent.child_map[position]):
                return True
    return False


def pivoted(answer: AnalysedText, question: AnalysedText, text: str, topics: frozenset[str],
            weight: frozenset[str], embed: Callable[[list[str]], np.ndarray], threshold: float,
            *, after_least: int = 3, return_most: int = 1) -> list[int]:
    """The index of the sentence where the answer turns to another topic it weighs above the one
    asked, then the next one; empty when it does not (see the module doc)."""
    if asks_weighing(question, topics, weight):
        return []
    terms = asked_terms.question_terms(text)
    if not terms:
        return []
    sentences = answer.sentences
    for sent in sentences:
        named = weighs_topic(sent, topics)
        if not named:
            continue
        after = sentences[sent.index + 1:]
        if len(after) < after_least:
            return []
        words = [sent.tokens[position] for position in named]
        if any(asked_terms.content_word(token) and asked_terms.stems(token) & terms for token in words):
            continue  # the thing weighed is the thing asked
        if sum(1 for later in after if later.parsed and asked_terms.names_asked(later, terms)) > return_most:
            continue  # the answer comes back to what was asked
        vectors = embed([asking_text(question, text), " ".join(token.text for token in words)])
        if float(vectors[1] @ vectors[0]) >= threshold:
            continue
        return [sent.index, after[0].index]
    return []
