"""How hedged a sentence is: the qualifiers that soften its claim, counted from the parse.

One qualifier is a careful speaker ("I think three things matter"); hedging is several in one
breath ("I suppose it probably helped a little, I think"). Counted: adverbs of likelihood
("maybe", "probably", "perhaps"), the modals of possibility ("might", "may", "could") when not
denied, the speaker's verbs of guessing ("I think", "I guess", "I'd like to think", "I'd say"),
"not sure", and softeners of degree ("sort of", "a bit", "to some extent", "more or less").
"""

from __future__ import annotations

from poise.analysis.meaning import children, negated
from poise.analysis.text import Sentence

LIKELIHOOD = frozenset({"maybe", "perhaps", "possibly", "probably", "potentially", "arguably",
                        "somewhat", "hopefully", "presumably", "conceivably", "likely",
                        "broadly", "fairly", "reasonably"})
POSSIBILITY = frozenset({"might", "may", "could"})
GUESSING = frozenset({"think", "guess", "suppose", "imagine", "hope", "reckon", "believe", "feel",
                      "say"})
SURE = frozenset({"sure", "certain", "confident"})
DEGREE_NOUNS = frozenset({"extent", "degree", "way", "sense"})


def markers(sent: Sentence) -> int:
    """How many qualifiers soften the sentence's claim."""
    if not sent.parsed:
        return 0
    return sum(1 for position in range(len(sent.tokens)) if _qualifier(sent, position))


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
