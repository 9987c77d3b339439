"""Whether a résumé line shows a requirement or only resembles it, read from the line's parse.

A line that shows a requirement does the thing asked: the requirement's word is what a verb of the
line acts on ("Negotiated supplier contracts" for "contract negotiation") or is itself the line's
verb ("Negotiated ..."). A line that only resembles it names the word as a modifier of something
else ("a contracts team", "procurement-led savings"). Three readings of the evidence line, inputs of
the verdict head (``poise.fit.verdict_features``):

- **acts on**: a word of the requirement is the object of a verb of the line (a direct object, a
  passive subject, the object of a preposition under a verb); half when it only modifies such an
  object;
- **asked verb**: a word of the requirement is a verb of the line;
- **as modifier**: the share of the line's words of the requirement that stand only as modifiers
  (a compound, an adjective, a possessor).

Words are compared as the fit compares them (``poise.fit.text.content_words``). Pure: one parse
per line text, kept for the lines read again.

A fourth, stricter reading serves the rule of ``poise.fit.duty_done``: whether the line acts on
the duty's own object (``acts_on_object``: a noun of the thing the duty's verb acts on is the
direct object or passive subject of a verb of the line, or the object of a preposition under an
adjective, "responsible for the pipeline"), not on some other word of the duty. A noun after a
preposition under a verb is not enough: it tells where, when, in what capacity or for whom the
work was done ("held a budget within the foundry", "as Duty Manager", "stood in for the Site
Director"), not what the work acted on.
"""

from __future__ import annotations

from functools import lru_cache

from poise.analysis.tags import lemma
from poise.fit.parsed_lines import Word, parsed_words
from poise.fit.text import content_words, stem

OBJECTS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd"})
"""Dependencies by which a word is what its verb acts on."""
MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})
"""Dependencies by which a word only qualifies another."""
SHARED_STEM = 5
"""Stems of at least this length, one the start of the other, are one word in two forms
("negoti" of "negotiation" and "negotiate", "manag" of "management" and "managed")."""
HALF = 0.5
"""The "acts on" reading of a word that modifies the verb's object ("cut procurement costs")."""


Token = tuple[frozenset[str], bool, str, bool, str, bool]
"""A token's stems, whether it is a verb, its dependency, whether its head is a verb, its head's
dependency, and whether its head's head is a verb (verbs by their fine tags: the pipeline sets
no coarse part of speech)."""


@lru_cache(maxsize=1024)
def _parsed(text: str) -> tuple[Token, ...]:
    """Each token of ``text`` as a ``Token`` (the parse shared with ``part_played``)."""
    words = parsed_words(text)
    return tuple((frozenset(content_words(f"{word.text} {lemma(word.tag, word.lower)}")),
                  _verb(word.tag), word.dep,
                  _verb(words[word.head].tag), words[word.head].dep,
                  _verb(words[words[word.head].head].tag))
                 for word in words)


def _verb(tag: str) -> bool:
    """Whether a fine tag is a verb's (not a modal)."""
    return tag.startswith("VB")


def _asked(stems: frozenset[str], wanted: set[str]) -> bool:
    """Whether a token's stems are words of the requirement, in the same or another form."""
    if stems & wanted:
        return True
    return any(len(stem) >= SHARED_STEM and len(word) >= SHARED_STEM
               and (stem.startswith(word) or word.startswith(stem))
               for stem in stems for word in wanted)


def line_shows(requirement: str, line: str) -> tuple[float, float, float]:
    """The three readings of ``line`` against ``requirement`` (acts on, asked verb, as modifier;
    see the module's docstring); zeros when they share no word."""
    wanted = content_words(requirement)
    if not wanted or not line.strip():
        return 0.0, 0.0, 0.0
    acts = verb = 0.0
    modifying = core = 0
    for stems, is_verb, dep, head_verb, head_dep, head_head_verb in _parsed(line):
        if not _asked(stems, wanted):
            continue
        if is_verb:
            verb = 1.0
        if (dep in OBJECTS and head_verb) or (dep == "pobj" and head_head_verb):
            acts = 1.0
        elif dep in MODIFIERS and head_dep in ("dobj", "pobj"):
            acts = max(acts, HALF)
        if dep in MODIFIERS:
            modifying += 1
        else:
            core += 1
    share = modifying / (modifying + core) if modifying + core else 0.0
    return acts, verb, share


OBJECT_OF = frozenset({"dobj", "obj", "nsubjpass", "oprd"})
"""Dependencies by which a noun is what its verb acts on (``acts_on_object``; no "attr": "is the
manager" names a post, not work done)."""
SETTING_PREPOSITIONS = frozenset({
    "in", "within", "at", "across", "throughout", "inside", "around", "near", "on", "under",
    "over", "from", "into", "as", "to", "like", "than", "during", "since", "after", "before",
    "between", "among", "beyond", "outside",
})
"""Prepositions whose object is the setting of the work (where, when, in what capacity, towards
whom), never the thing the line acts on, even under an adjective ("active in the region")."""


def opening_verb(word: Word) -> bool:
    """Whether a line's first word is a verb the parser took for an adjective of the line's noun:
    a bullet without its subject ("Negotiated supply contracts", tagged a verb;
    "Renegotiated freight contracts", tagged an adjective ending in -ed)."""
    return word.dep == "amod" and (_verb(word.tag) or (word.tag == "JJ" and word.lower.endswith("ed")))


def names_all(words: frozenset[str], line: str) -> bool:
    """Whether ``line`` names every one of ``words`` (stems, as ``acts_on_object`` reads them), in
    the same or another form: "energy agreements" is not named by "freight agreements"."""
    have = content_words(line)
    return all(any(_one_word(mine, wanted) for mine in have) for wanted in words)


def _one_word(left: str, right: str) -> bool:
    """Whether two stems are one word, in the same or another form (as ``_asked``)."""
    return left == right or (len(left) >= SHARED_STEM and len(right) >= SHARED_STEM
                             and (left.startswith(right) or right.startswith(left)))


def acts_on_object(words: frozenset[str], line: str) -> bool:
    """Whether a verb of ``line`` acts on one of ``words`` (the stems of the nouns of a duty's
    object, ``poise.fit.part_played.Asked.words``): the noun is its direct object or passive
    subject, or the object of a preposition other than ``SETTING_PREPOSITIONS`` under an adjective
    ("responsible for"); or the line opens with a verb the parser took for an adjective of its root noun,
    that noun one of ``words`` (a bullet without its subject, "Negotiated supply contracts")."""
    if not words:
        return False
    tokens = parsed_words(line)
    for token in tokens:
        stems = {stem(token.lower), stem(lemma(token.tag, token.lower))}
        if not any(_one_word(mine, wanted) for mine in stems for wanted in words):
            continue
        head = tokens[token.head]
        if token.dep in OBJECT_OF and _verb(head.tag):
            return True
        if token.dep == "pobj" and head.dep == "prep" and head.lower not in SETTING_PREPOSITIONS \
                and tokens[head.head].tag.startswith("JJ"):
            return True
    if tokens and opening_verb(tokens[0]):
        noun = tokens[tokens[0].head]
        return noun.dep == "ROOT" and any(_one_word(stem(noun.lower), wanted) for wanted in words)
    return False
