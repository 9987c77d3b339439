"""Whether an advert's line only states whom the post reports to, read from its parse.

"The position reports to the Chief Operating Officer", "Reporting to: Group CEO", "Executive
role reporting directly to the CEO" and "The CNO reports to the President and is a member of the
Executive Council" give the post's place in the organisation: they ask nothing of the candidate
and are no requirement. A line keeps its standing as soon as it says anything else:
"Reporting to the CIO, you will lead 250 staff" (a duty after the reporting clause), "You report
to the board and prepare its papers" (a second predicate that is a duty), "Experience reporting
to a board" (the reporting is what is asked for, under a noun of experience), "Present the
quarterly report to the board" (a report is the object of a duty).

The reading: every token of the line must belong to a reporting verb (a verb of
``not_asking.reporting`` with a "to" or "into" whom), its subject, its adverbs and prepositional
phrases ("directly", "with a dotted line to …"), a predicate of belonging to a body
(``not_asking.membership``: "is a member of", "sits on") or the post's own noun that the reporting
hangs on ("role", "position"); anything else left over is content and the line is kept. A line
of the post's particulars set apart by bars or dots ("Full-time | Exempt | Reports to the Board")
is read piece by piece: one piece that is a reporting line and short fields around it. Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from poise.content.schema.fit import NotAsking
from poise.fit.job_line_purpose import ContentKey, noun_lemma, word_lemma

REPORT_TO = frozenset({"to", "into"})
"""The prepositions that name whom a post reports to."""
LEFT_OVER_TAGS = ("NN", "VB", "JJ", "CD", "PRP", "FW")
"""Tags (by their first letters) that carry content when left over outside the reporting line."""
COVERED_CHILDREN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "advmod", "prep", "npadvmod",
                              "punct", "cc", "neg", "mark", "agent"})
"""What hangs on a reporting verb and stays part of its statement (not "dobj": "report the
figures to the board" is a duty with its object; not "conj": a second predicate is read alone)."""
TOPIC = frozenset({"on", "about"})
"""Prepositions that name what is reported: a duty of producing reports."""
PIECE_SPLIT_RE = re.compile(r"\s+[|·•]\s+")
"""The separators between the fields of a line of particulars."""
FIELD_WORDS = 4
"""A piece of a particulars line this short, or a "Label: value" field, is one particular."""
FIELD_RE = re.compile(r"^[^\W\d_][\w /&'-]{0,30}:\s*\S")


def states_reporting_line(text: str, words: NotAsking | None) -> bool:
    """True when the line says only whom the post reports to (and the bodies it sits on)."""
    if words is None or not words.reporting:
        return False
    lowered = text.lower()
    if not any(stem in lowered for stem in words.reporting):
        return False
    pieces = [piece.strip() for piece in PIECE_SPLIT_RE.split(text.strip()) if piece.strip()]
    if len(pieces) >= 2:
        reporting = [piece for piece in pieces if _only_reporting(piece, ContentKey(words))]
        others = [piece for piece in pieces if piece not in reporting]
        return bool(reporting) and all(len(piece.split()) <= FIELD_WORDS or FIELD_RE.match(piece)
                                       for piece in others)
    return _only_reporting(text.strip(), ContentKey(words))


@lru_cache(maxsize=512)
def _only_reporting(text: str, key: ContentKey) -> bool:
    from poise.analysis.nlp import spacy_pipeline

    words = key.words
    doc = spacy_pipeline(parse=True)(re.sub(r"[*_]{2,}", "", text))
    verbs = [token for token in doc if word_lemma(token) in words.reporting
             and any(child.dep_ == "prep" and child.lower_ in REPORT_TO for child in token.children)]
    if not verbs or any(token.lower_ in words.reporting_times for token in doc):
        return False  # "report monthly to the board": a duty of producing reports
    if any(verb.dep_ == "ROOT" and verb.tag_ in ("VB", "VBP") and not _subjects(verb) for verb in verbs):
        return False  # "Report to the board on risks": an order, a duty of the holder
    if any(child.dep_ == "prep" and child.lower_ in TOPIC for verb in verbs for child in verb.children):
        return False  # "report on nursing quality to the board": what is reported, a duty
    covered: set[int] = set()
    for verb in verbs:
        covered.add(verb.i)
        for child in verb.children:
            if child.dep_ in COVERED_CHILDREN:
                covered.update(token.i for token in child.subtree)
        _cover_post_noun(verb, words, covered)
    for token in doc:
        if token.i not in covered and _belongs(token, words):
            _cover_belonging(token, covered)
    return not any(token.tag_.startswith(LEFT_OVER_TAGS) for token in doc if token.i not in covered)


def _cover_post_noun(verb: Any, words: NotAsking, covered: set[int]) -> None:
    """The post's own noun the reporting hangs on ("Executive role reporting to the CEO"), with
    its modifiers: never a noun of anything else ("Experience reporting to a board")."""
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and noun_lemma(head) in words.post:
        covered.add(head.i)
        covered.update(token.i for child in head.children if child.dep_ in (
            "amod", "compound", "det", "nmod", "punct") for token in child.subtree)
    if verb.dep_ == "conj" and word_lemma(head) in words.reporting:
        covered.add(head.i)


def _belongs(token: Any, words: NotAsking) -> bool:
    """A predicate of belonging to a body: "sits on", "serves on", "is a member of", "is part of"."""
    lemma = word_lemma(token)
    if token.tag_.startswith("VB") and lemma in words.membership:
        return True
    return token.dep_ == "attr" and noun_lemma(token) in words.membership


def _cover_belonging(token: Any, covered: set[int]) -> None:
    """A predicate of belonging with what hangs on it, and the verb "be" over its noun."""
    predicate = token.head if token.dep_ == "attr" else token
    covered.add(predicate.i)
    for child in predicate.children:
        if child.dep_ != "conj":
            covered.update(item.i for item in child.subtree)


def _subjects(verb: Any) -> list[Any]:
    return [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
