"""A sentence that speaks well of others and holds nothing against anyone.

The learned reader of criticism hears a sentence about someone else by its words; a warm one
("she knew the customers better than anyone on the floor", "their engineers are excellent with
nervous patients") sits close to a cold one in that space, since both describe a person. The
parse and the sentiment lexicon tell them apart: a sentence is plain praise when

- it holds a word of praise (a listed valence of ``PRAISE_AT`` or more: "good", "better",
  "excellent", "trust");
- it holds no negative word (a listed valence at or below ``meaning.NEGATIVE``, or a word of
  the caller's negative class), no denial of anyone but the speaker ("not", "never", "nobody":
  "I won't name him" denies only the speaker's act), and
- no word that limits or turns the praise: a restriction ("only", "just": "they only care about
  the margin" faults with a warm verb), a contrast ("but", "though", "unlike"), an excess ("too
  kind"), or a word of irony in quotes is not read (quotes are not parsed).

Such a sentence judges no one; a reader that proposed it as criticism is corrected by it.
"""

from __future__ import annotations

from poise.analysis.meaning import NEGATIVE, WordClasses, children, negated, valence
from poise.analysis.text import Sentence

PRAISE_AT = 1.5
"""A listed valence at or above this is a word of praise (VADER's scale, -4..4)."""
DENIALS = frozenset({"not", "n't", "never", "no", "nobody", "nothing", "none", "neither", "nor",
                     "hardly", "barely", "scarcely", "without", "nowhere", "no-one"})
"""Words that deny or withhold: a sentence with one said of someone else may fault them."""
TURNING = frozenset({"only", "just", "merely", "simply", "solely", "but", "though", "although",
                     "however", "unlike", "instead", "whereas", "yet", "too", "supposedly",
                     "apparently", "meant", "should", "ought", "more", "less", "rather",
                     "still", "even", "basically", "pretty", "quite", "very", "bit", "lot",
                     "if", "unless", "because", "beyond", "full", "think", "cause"})
"""Words that limit, turn, grade or set praise against something ("only care", "good, but",
"too nice", "more at ease with X than with Y", "still running it like...", "a bit of a"): with
one of them a warm word may carry a fault."""
HABIT = frozenset({"always", "forever", "constantly", "usually", "tend", "keep", "like", "love"})
"""Words of a habit ("they tend to", "kept changing", "they like to", "loves a committee"): a
group's habit told with a warm verb is often the fault itself."""
CANDOUR = frozenset({"honestly", "frankly", "candidly", "truthfully", "bless", "say", "put",
                     "respect", "fair", "between"})
"""Words of an aside that warns of a verdict ("frankly", "let's say", "to put it kindly", "with
respect", "to be fair to them", "between you and me"), beside the caller's candour class."""
ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody"})
"""After "than", a word for anyone makes a comparison praise ("knew it better than anyone")."""
SPEAKERS = frozenset({"i", "we"})


def _speakers_denial(sent: Sentence, position: int) -> bool:
    """The denial at ``position`` is said of the speaker's own act ("I'll not name him")."""
    verb = sent.tokens[position].head
    if not 0 <= verb < len(sent.tokens):
        return False
    return any(sent.tokens[c].dep in {"nsubj", "nsubjpass"} and sent.tokens[c].lower in SPEAKERS
               for c in children(sent, verb))


def plain_praise(sent: Sentence, *, negative: frozenset[str] = frozenset(),
                 candour: frozenset[str] = frozenset()) -> bool:
    """Whether ``sent`` speaks well of someone and holds nothing against anyone (see the
    module), with the caller's verdict words (``negative``) and words of a candid aside
    (``candour``: "to be blunt", "to put it kindly")."""
    if not sent.parsed:
        return False
    classes = WordClasses(negative=negative)
    praised = False
    for position, token in enumerate(sent.tokens):
        if token.lower in TURNING or token.lower in CANDOUR or token.lemma in CANDOUR \
                or token.lemma in HABIT or token.lower in candour or token.dep == "relcl":
            return False  # a relative clause may tell what the praised one failed to do
        following = sent.tokens[position + 1].text if position + 1 < len(sent.tokens) else ""
        if (token.pos == "VERB" and token.lower.startswith(("over", "under"))) or (
                token.lower in {"over", "under"} and following in {"-", "‑"}):
            return False  # "overpromised", "underdelivered": too much or too little
        if token.lower == "than" and not any(sent.tokens[c].lower in ANYONE
                                             for c in children(sent, position)):
            return False  # "more at home with X than with Y" sets one against the other
        if token.lower in DENIALS or token.dep == "neg":
            if not _speakers_denial(sent, position):
                return False
            continue
        if token.pos not in {"ADJ", "ADV", "VERB", "NOUN", "AUX"}:
            continue
        rating = valence(token, classes)
        if rating <= NEGATIVE:
            return False
        if rating >= PRAISE_AT and not (token.pos == "ADV" and token.dep == "advmod") \
                and not negated(sent, position):  # "genuinely", "truly" only grade
            praised = True
    return praised
