"""How hedged a sentence is: the qualifiers that soften its claim, counted from the parse.

One qualifier is a careful speaker ("I think three things matter"); hedging is several in one
breath ("I suppose it probably helped a little, I think"). Counted: adverbs of likelihood
("maybe", "probably", "perhaps"), the modals of possibility ("might", "may", "could") when not
denied, the speaker's verbs of guessing ("I think", "I guess", "I'd like to think", "I'd say"),
"not sure", and softeners of degree ("sort of", "a bit", "to some extent", "more or less").

``density`` reads the whole answer: how many qualifiers it carries (and claims left open on
something else, "it depends on ..."), over how many of its claims (sentences that state
something) they are spread, and how many per hundred words. An answer that
qualifies most of what it says sounds unsure of all of it, even when no single sentence piles
them up.
"""

from __future__ import annotations

from dataclasses import dataclass

from poise.analysis.meaning import children, negated
from poise.analysis.text import Sentence, per_sentence

LIKELIHOOD = frozenset({"maybe", "perhaps", "possibly", "probably", "potentially", "arguably",
                        "somewhat", "hopefully", "presumably", "conceivably", "likely",
                        "broadly", "fairly", "reasonably"})
POSSIBILITY = frozenset({"might", "may", "could"})
GUESSING = frozenset({"think", "guess", "suppose", "imagine", "hope", "reckon", "believe", "feel",
                      "say"})
SURE = frozenset({"sure", "certain", "confident"})
DEGREE_NOUNS = frozenset({"extent", "degree", "way", "sense"})


@per_sentence
def markers(sent: Sentence) -> int:
    """How many qualifiers soften the sentence's claim (read once per sentence: the density of
    the answer and the hedged-claim reading both count them)."""
    if not sent.parsed:
        return 0
    return sum(1 for position in range(len(sent.tokens)) if _qualifier(sent, position))


def softeners(sent: Sentence) -> int:
    """The qualifiers of the sentence other than the speaker's framing verb ("I think three
    things will decide it" has none; "it could possibly work" has two)."""
    if not sent.parsed:
        return 0
    return sum(1 for position, token in enumerate(sent.tokens)
               if _qualifier(sent, position) and not (token.lemma in GUESSING and token.pos == "VERB"))


def _qualifier(sent: Sentence, position: int) -> bool:
    """Whether the word at ``position`` softens the claim."""
    tokens = sent.tokens
    token = tokens[position]
    before = tokens[position - 1].lower if position > 0 else ""
    if token.lower in LIKELIHOOD and token.pos == "ADV":
        return True
    if token.lower in POSSIBILITY and token.dep == "aux":
        return not negated(sent, token.head)  # "I could not have done it" is no hedge
    if token.lemma in GUESSING and token.pos == "VERB":
        kids = [tokens[c] for c in children(sent, position)]
        by_speaker = any(kid.lower == "i" and kid.dep == "nsubj" for kid in kids)
        # "I'd say" softens; "I say" reports
        return by_speaker and (token.lemma != "say" or any(kid.lower in {"'d", "would"} for kid in kids))
    if token.lower in SURE and token.dep == "acomp":
        return negated(sent, token.head)
    if token.lower == "of" and before in {"sort", "kind"}:
        # "it sort of worked", not "what kind of leader"
        return position < 2 or tokens[position - 2].pos not in {"DET", "ADJ"}
    if token.lower in {"bit", "little"} and before == "a":
        return token.dep in {"npadvmod", "advmod", "dobj"}
    if token.lower in DEGREE_NOUNS and before in {"some", "a"} and position > 1:
        return tokens[position - 2].lower in {"to", "in"}  # "to some extent", "in a way"
    return (token.lower == "more" and position + 2 < len(tokens) and tokens[position + 1].lower == "or"
            and tokens[position + 2].lower == "less")


@dataclass(frozen=True)
class Density:
    """How hedged an answer is as a whole: ``total`` qualifiers over its ``claims`` (sentences
    that state something: a verb of their own, not a question), ``hedged`` of which carry one or
    more, and ``per_100`` qualifiers per hundred words."""

    total: int
    claims: int
    hedged: int
    per_100: float
    counts: tuple[int, ...]
    """Per sentence of the answer, its qualifiers (0 for a sentence that is no claim)."""

    @property
    def share(self) -> float:
        """The share of the claims that carry a qualifier."""
        return self.hedged / self.claims if self.claims else 0.0


def density(sentences: list[Sentence] | tuple[Sentence, ...]) -> Density:
    """The qualifiers spread over the answer's claims (``markers`` per sentence)."""
    stated = [_claim(sent) for sent in sentences]
    counts = tuple(markers(sent) + contingent(sent) if claim else 0
                   for sent, claim in zip(sentences, stated, strict=True))
    claims = sum(stated)
    words = sum(1 for sent in sentences for token in sent.tokens if token.pos != "PUNCT")
    total = sum(counts)
    return Density(total, claims, sum(1 for count in counts if count),
                   100.0 * total / words if words else 0.0, counts)


CONTINGENT_SUBJECTS = frozenset({"it", "that", "this", "everything", "lot", "much", "all", "which"})
"""What is said to depend on something when the speaker leaves a claim open ("it depends on the
board", "a lot depends on funding"), not a thing that relies on another ("the plant depends on
two suppliers")."""


def contingent(sent: Sentence) -> int:
    """How many clauses of the sentence leave the claim open on something else: "depend" with
    an open subject ("it depends", "much will depend on the regulator")."""
    if not sent.parsed:
        return 0
    return sum(1 for position, token in enumerate(sent.tokens)
               if token.lemma == "depend" and token.pos == "VERB" and any(
                   sent.tokens[child].dep == "nsubj" and sent.tokens[child].lower in CONTINGENT_SUBJECTS
                   for child in children(sent, position)))


def _claim(sent: Sentence) -> bool:
    """A sentence that states something: parsed, with a verb, not a question."""
    return sent.parsed and not sent.text.rstrip().endswith("?") and any(
        token.pos in {"VERB", "AUX"} for token in sent.tokens)
