"""Whether a sentence that names something of life outside work is an aside about that life, or
a sentence about work that only mentions it.

The structure labeller marks a sentence far from the question that matches the personal-life
lexicon (a close relative, a pet, a hobby, a holiday) as a detour. The lexicon finds the words;
what the sentence is about comes from where they sit in its parse:

- an aside builds its main clause on them: "By the way, I also love sailing", "My
  brother-in-law, who I climb with every summer, swears by checklists";
- a sentence about work carries them only in a clause joined to its main one, as a cost or a
  circumstance of the work it tells ("sometimes I take files home, and my wife is not so
  happy"), in a clause under a preposition ("we disagreed about whether to run the morning
  sailing"), or in the last of a run of clauses set side by side with commas ("I was in at six
  every day, I was there till ten, I didn't see my kids all week");
- or the relative owns a thing of work ("my wife's job is in Leeds": a move to talk through,
  not a family story), a noun of ``work`` words;
- or the sentence points back at something the story already named ("my wife still teases me
  about those weekends", the weekends spent rewriting the procedures).

The word read is the last of each match, the one that names the private thing ("my daughter",
"took up the cello", "golf handicap"): a match may reach back to the speaker's "I", which sits in
every main clause.
"""

from __future__ import annotations

from collections.abc import Iterable

from poise.analysis.matching import Match
from poise.analysis.structure import OTHER_CLAUSES
from poise.analysis.text import Sentence

JOINED = OTHER_CLAUSES | {"pcomp"}
"""Relations that join a clause of its own to a word of another clause; "pcomp" is a clause
under a preposition ("about whether to run the sailing")."""


DEMONSTRATIVES = frozenset({"that", "those", "this", "these"})
SPLICED = frozenset({"ccomp", "parataxis"})
"""Relations the parser gives a clause set before the root with only a comma ("I was in at six
every day, I was there till ten, I didn't see my kids"): the last clause of a run is no more
the sentence's point than the first."""


def in_main_clause(sent: Sentence, position: int) -> bool:
    """The word hangs from the sentence's root without passing through a joined clause, and the
    root is not the last of a run of clauses set side by side."""
    seen: set[int] = set()
    current = position
    while 0 <= current < len(sent.tokens) and current not in seen:
        seen.add(current)
        token = sent.tokens[current]
        if token.dep == "ROOT" or token.head == current:
            return not _spliced(sent, current)
        if token.dep in JOINED:
            return False
        current = token.head
    return True


def _spliced(sent: Sentence, root: int) -> bool:
    """A clause with a subject of its own and no word opening it comes before the root, joined
    to it by a comma alone."""
    for kid in sent.child_map[root]:
        if kid >= root or sent.tokens[kid].dep not in SPLICED:
            continue
        kids = [sent.tokens[grand] for grand in sent.child_map[kid]]
        if any(grand.dep == "nsubj" for grand in kids) and not any(grand.dep == "mark" for grand in kids):
            return True
    return False


def _last_word(sent: Sentence, match: Match) -> int | None:
    """The position of the last word of a match given in the sentence's own offsets."""
    found = None
    for position, token in enumerate(sent.tokens):
        start = token.start - sent.start
        if start >= match.end:
            break
        if start >= match.start and token.pos != "PUNCT":
            found = position
    return found


def points_back(sent: Sentence, earlier: frozenset[str]) -> bool:
    """A noun of the sentence is singled out by a demonstrative ("those weekends", "that
    plant") and was named earlier in the answer (its lemma or its form in ``earlier``): the
    sentence speaks of the story already told."""
    for position, token in enumerate(sent.tokens):
        if token.pos != "NOUN" or not {token.lemma, token.lower} & earlier:
            continue
        if any(sent.tokens[kid].lower in DEMONSTRATIVES and sent.tokens[kid].dep == "det"
               for kid in sent.child_map[position]):
            return True
    return False


def about_work(sent: Sentence, matches: Iterable[Match], work: frozenset[str],
               earlier: frozenset[str] = frozenset()) -> bool:
    """Whether every private thing the matches name (offsets within the sentence's text) sits
    outside the sentence's main clause or owns a thing of ``work`` (lower-case lemmas), or the
    sentence points back at a thing of the story (``points_back``, nouns named ``earlier``): the
    sentence is about work and only mentions that life. False without a parse, or when no match
    falls on a word."""
    if not sent.parsed:
        return False
    if earlier and points_back(sent, earlier):
        return True
    positions = [position for match in matches
                 if (position := _last_word(sent, match)) is not None]
    if not positions:
        return False
    for position in positions:
        token = sent.tokens[position]
        if token.dep == "case" and 0 <= token.head < len(sent.tokens):
            position, token = token.head, sent.tokens[token.head]  # "my daughter's" read at "daughter"
        owner_of_work = (token.dep == "poss" and 0 <= token.head < len(sent.tokens)
                         and sent.tokens[token.head].lemma in work)
        if in_main_clause(sent, position) and not owner_of_work:
            return False
    return True
