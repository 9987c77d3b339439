"""Whether an answer names a pay figure: a sum of money the speaker asks for or earns, not a
business figure told in the story around it.

A salary answer that refuses any figure is evasive, and one that names a figure or a range is
not; but an answer that dodges the figure often carries money of another kind: the budget the
speaker runs ("a hospice with a £9m budget"), a saving told as a result ("I cut costs by £1.9m"),
a price moved ("from £11.40 to £14.10 a head"). Read from the parse, a sum of money
(``text.MONEY_RE``) is a business figure when

- it measures a thing: walking up from the sum to its clause's verb, the first word met is a
  noun that is not a word of pay (``pay_words`` lexicon: "salary", "base", "package", "earn"...)
  ("a £9m budget", "a budget of £110 million", "14,000 employees");
- or it is moved by a verb of change ("cut spend from $4.2m to $3.5m", ``grammar.CHANGE_LEMMAS``)
  or its clause is told in the past ("took unit costs from A$31 to A$26"), and the clause names
  no pay.

A sum in a denied clause with no bound on it is no figure given ("I'm not someone who will haggle
for two thousand euros"); a bound keeps it one ("I won't go below £88,000").

Any other sum is a pay figure: the object of a wish or a need ("I'm looking for 95 to 105
thousand pounds", "I'd need £120,000"), a sum on its own ("Around 120k."), what the speaker is on
now ("I'm on £85k"), or a sum beside a word of pay in its clause ("my last salary was £95k").
Without a parse every sum counts, as before. ``pay_numbers`` reads every figure the same way,
with or without a currency, for an answer pressed for a number that gives none of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from poise.analysis.grammar import CHANGE_LEMMAS
from poise.analysis.text import CURRENCY_WORDS, MONEY_RE, NUMBER_RE, SPELLED_SUM_RE, Sentence, Token

PAST_TAGS = frozenset({"VBD", "VBN"})
CLAUSE_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
INDEFINITES = frozenset({"something", "anything", "somewhere", "anywhere"})
"""Nouns by tag that measure nothing ("something like 140 thousand dollars")."""
CURRENCY_RE = re.compile(rf"(?:{CURRENCY_WORDS})", re.IGNORECASE)
"""A currency said after the sum is its unit, not a thing it measures ("110,000 pounds")."""
NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "compound"})
AUX_DEPS = frozenset({"aux", "auxpass"})
MOVES = frozenset({"from", "to", "by"})
"""The prepositions that carry a figure moved by a verb of change."""


def _tokens_in(sent: Sentence, start: int, end: int) -> list[int]:
    return [position for position, token in enumerate(sent.tokens)
            if token.start < end and start < token.end]


def _span_root(sent: Sentence, positions: list[int]) -> int:
    """The token of the span whose head lies outside it (the last one when several do)."""
    inside = set(positions)
    roots = [position for position in positions
             if sent.tokens[position].head not in inside or sent.tokens[position].head == position]
    return roots[-1] if roots else positions[-1]


def _clause_has_pay(sent: Sentence, verb: int, pay: frozenset[str]) -> bool:
    """A word of pay among the clause verb and its direct dependents (or theirs, one level):
    "my last salary was £95k", "I was earning 95k"."""
    near = [verb, *sent.child_map[verb]]
    near += [grandchild for child in sent.child_map[verb] for grandchild in sent.child_map[child]]
    return any(sent.tokens[position].lemma.lower() in pay for position in near)


BOUNDS = frozenset({"less", "more", "below", "under", "above", "over", "least", "beneath", "lower",
                    "higher"})
"""Words that make a sum a floor or a ceiling ("not below 90k", "no less than £88,000"): a
figure given even in a denied clause."""


EMBEDDED_DEPS = frozenset({"relcl", "acl", "xcomp", "ccomp"})
"""A clause inside another: the denial of the clause around it reaches it ("I'm not someone
who haggles over …")."""


def _denied(sent: Sentence, verb: int) -> bool:
    """The clause of ``verb``, or a clause it is embedded in, is denied ("won't", "not",
    "never")."""
    current, seen = verb, set()
    while 0 <= current < len(sent.tokens) and current not in seen:
        seen.add(current)
        if any(sent.tokens[child].dep == "neg" for child in sent.child_map[current]):
            return True
        if sent.tokens[current].dep not in EMBEDDED_DEPS:
            return False
        current = sent.tokens[current].head
        if sent.tokens[current].pos in NOUN_POS | {"PRON"}:
            current = sent.tokens[current].head  # "someone who …": up to the clause of "someone"
    return False


def _bounded(sent: Sentence, positions: list[int]) -> bool:
    """A bound word on the sum or on the preposition that takes it ("less than 90k", "below
    £88,000")."""
    near = {child for position in positions for child in sent.child_map[position]}
    near |= {sent.tokens[position].head for position in positions}
    near |= {grandchild for child in list(near) if child >= 0 for grandchild in sent.child_map[child]}
    return any(0 <= position < len(sent.tokens) and sent.tokens[position].lemma.lower() in BOUNDS
               for position in near | set(positions))


def is_pay_figure(sent: Sentence, start: int, end: int, pay: frozenset[str]) -> bool:
    """Whether the sum of money at characters ``start``-``end`` of ``sent`` is a pay figure (see
    the module doc)."""
    positions = _tokens_in(sent, start, end)
    if not sent.parsed or not positions:
        return True
    if any(sent.tokens[position].lemma.lower() in pay for position in positions):
        return True  # "95k base", "a 120k salary" read as one span
    current, seen = _span_root(sent, positions), set(positions)
    while True:
        head = sent.tokens[current].head
        if head < 0 or head == current or head in seen:
            return True  # a sum on its own: "Around 120k."
        seen.add(head)
        token = sent.tokens[head]
        if token.lemma.lower() in pay:
            return True
        if (token.pos in NOUN_POS and token.lower not in INDEFINITES
                and not CURRENCY_RE.fullmatch(token.lower)) or (
                token.pos in CLAUSE_POS and token.dep in NOMINAL_DEPS):
            return False  # a verb in a noun's place is a noun the tagger missed ("freight spend")
        if token.pos in CLAUSE_POS:
            if _clause_has_pay(sent, head, pay):
                return True
            if _denied(sent, head) and not _bounded(sent, positions):
                return False  # "I'm not someone who'd haggle for two thousand euros": no figure given
            if token.lemma.lower() in CHANGE_LEMMAS and sent.tokens[current].lower in MOVES:
                return False  # a figure moved: "cut spend from $4.2m to $3.5m", "by £2m"
            # an auxiliary in the past marks the clause past, whatever the tagger calls it ("I
            # got costs down from A to B", where "got" is tagged a verb)
            past = token.tag in PAST_TAGS or any(
                sent.tokens[child].tag == "VBD" and (
                    sent.tokens[child].pos == "AUX" or sent.tokens[child].dep in AUX_DEPS)
                for child in sent.child_map[head])
            return not past
        current = head


def pay_figures(sentences: Iterable[Sentence], pay: frozenset[str]) -> list[str]:
    """The sums of money in ``sentences`` that are pay figures, as written, in digits or in words
    ("£95k", "ninety-two thousand US dollars")."""
    found = []
    for sent in sentences:
        for match in [*MONEY_RE.finditer(sent.text), *SPELLED_SUM_RE.finditer(sent.text)]:
            start, end = sent.start + match.start(), sent.start + match.end()
            if is_pay_figure(sent, start, end, pay):
                found.append(match.group(0))
    return found


MODIFYING = frozenset({"nummod", "quantmod", "compound", "amod"})


def _pronoun_one(sent: Sentence, start: int, end: int) -> bool:
    """A lone "one" that stands for a thing, not a sum ("put one on the table")."""
    positions = _tokens_in(sent, start, end)
    return (len(positions) == 1 and sent.tokens[positions[0]].lower == "one"
            and sent.tokens[positions[0]].dep not in MODIFYING)


def pay_numbers(sentences: Iterable[Sentence], pay: frozenset[str]) -> list[str]:
    """The figures of ``sentences`` with or without a currency ("around 120", "120 to 130
    thousand", "£95k") that read as pay figures, as written: a count of things ("three ships",
    "2,100 crew"), a share ("8%") or a figure moved in the story is not one."""
    found = []
    for sent in sentences:
        spans = [(sent.start + match.start(), sent.start + match.end())
                 for match in NUMBER_RE.finditer(sent.text)
                 if not _pronoun_one(sent, sent.start + match.start(), sent.start + match.end())]
        # a sum glued to a currency in letters ("R2.6", "KSh450k") is no number the pattern
        # reads, but its token holds digits
        spans += [(token.start, token.end) for token in sent.tokens
                  if any(char.isdigit() for char in token.text)
                  and not any(start < token.end and token.start < end for start, end in spans)]
        for start, end in spans:
            if is_pay_figure(sent, start, end, pay):
                found.append(sent.text[start - sent.start:end - sent.start])
    return found


WH_OF_A_SUM = frozenset({"what", "much"})
"""The question words that ask for a sum: "what" ("What are you expecting?", "What salary would
it take?") and the "much" of "how much"."""
NOT_ASKED_BY = frozenset({"nsubj", "nsubjpass", "csubj"})
"""A "what" that is its verb's subject asks for a reason or a cause ("What makes you think you're
worth that?"), not a sum."""
CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "acl", "csubj"})
"""Dependents that open a clause of their own: a "what" inside one ("paying you what you're on")
is no question put to the speaker."""


def figure_asked(question: Iterable[Sentence]) -> bool:
    """True when the question asks the speaker for a sum, of a salary question: a "what" or a
    "how much" of a sentence's main clause that is not its verb's subject ("Let's talk money.
    What are you expecting for this role?", "What would it take to move?"); not "Would you take a
    pay cut?" nor "What makes you think you're worth that?"."""
    for sent in question:
        tokens = sent.tokens
        for position, token in enumerate(tokens):
            if token.lower not in WH_OF_A_SUM or token.dep in NOT_ASKED_BY:
                continue
            if token.lower == "much" and not any(other.lower == "how" and other.head == position
                                                 for other in tokens):
                continue
            if _in_main_clause(tokens, position):
                return True
    return False


def _in_main_clause(tokens: Sequence[Token], position: int) -> bool:
    """True when walking up from ``position`` reaches the sentence's root without entering a
    clause of its own (``CLAUSE_DEPS``)."""
    current = position
    for _ in range(len(tokens)):
        word = tokens[current]
        if word.dep == "ROOT" or word.head in (-1, current):
            return True
        if word.dep in CLAUSE_DEPS:
            return False
        current = word.head
    return False
