"""A pay question met with no figure and a deflection, read from the parse (``salary.deflected``).

Asked what they earn or expect, a candidate may give a range first and then say what it depends
on; that is an answer. The flaw is the reply that names no figure or range anywhere and moves the
question away, in one of four ways the grammar shows:

- turned back: the speaker prefers that the interviewer speak first ("I'd rather you shared the
  band you have in mind", "I prefer to hear what range you have"), or asks them for their range
  in a question of their own;
- declined: a verb of naming a figure denied ("I'd prefer not to put a figure on it", "I won't
  name a number");
- conditioned only: "it depends on the package" with no figure for it to depend from;
- left open: the speaker says they are open or flexible, or the pay negotiable.

A rule of kind ``code`` with ``function: salary_deflected`` reads ``params.asked`` (words of a
question that asks about pay: without one of them the rule is silent) and ``params.pay`` (words
that make a number in the answer a pay figure: "95 base", "a band of 110 to 120").
"""

from __future__ import annotations

import re

from poise.analysis.meaning import children, negated
from poise.analysis.report import Finding
from poise.analysis.rules import flaws
from poise.analysis.rules.base import RuleInput, make_finding
from poise.analysis.text import MONEY_RE, Sentence
from poise.content.schema import CodeRule

MAX_QUOTES = 2
WORD_RE = re.compile(r"[a-z]+(?:['’][a-z]+)?")
SPEAKER = frozenset({"i"})
LISTENER = frozenset({"you"})
PREFERRING = frozenset({"prefer", "rather", "sooner", "like", "want", "love", "keen"})
"""Words of the speaker's preference that put the interviewer first ("I'd rather you ...")."""
NAMING = frozenset({"put", "give", "name", "commit", "pin", "quote", "state", "attach", "set"})
"""Verbs of naming a figure, denied in a declined figure ("not to put a figure on it")."""
FIGURES = frozenset({"figure", "number", "sum", "amount", "price", "range", "band", "salary",
                     "numbers", "figures", "budget", "package"})
POINTERS = frozenset({"it", "that", "this", "everything", "everything's", "it's", "that's"})
OPEN = frozenset({"open", "flexible", "negotiable"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def salary_deflected(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Quote the sentences that move a pay question away when the answer gives no figure."""
    asked = flaws.lexicon_words(data, rule, "asked")
    if not asked & set(WORD_RE.findall(data.question.lower())):
        return []
    pay = flaws.lexicon_words(data, rule, "pay")
    if gives_figure(data.answer.sentences, pay) or MONEY_RE.search(data.text):
        return []
    hits = [index for index, sent in enumerate(data.answer.sentences)
            if sent.parsed and deflects(sent, pay)]
    if not hits:
        return []
    return [make_finding(rule, data.quote_sentences(hits[:MAX_QUOTES], limit=MAX_QUOTES))]


def gives_figure(sentences: tuple[Sentence, ...] | list[Sentence], pay: frozenset[str]) -> bool:
    """A number said beside a word of pay ("95 base", "between 110 and 120 thousand")."""
    for sent in sentences:
        if not sent.numbers:
            continue
        if any(token.lower in pay or token.lemma in pay for token in sent.tokens):
            return True
    return False


def deflects(sent: Sentence, pay: frozenset[str]) -> bool:
    """The sentence turns the question back, declines a figure, leaves only a condition or says
    the speaker is open (the module's doc)."""
    return (turned_back(sent, pay) or declined(sent) or conditioned_only(sent)
            or left_open(sent))


def _subjects(sent: Sentence, words: frozenset[str]) -> list[int]:
    """The heads of the clauses whose subject is one of ``words``."""
    return [token.head for token in sent.tokens
            if token.dep in SUBJECTS and token.lower in words and 0 <= token.head < len(sent.tokens)]


def turned_back(sent: Sentence, pay: frozenset[str]) -> bool:
    """The speaker prefers that the interviewer name the figure first, or asks them for it."""
    words = {token.lower for token in sent.tokens} | {token.lemma for token in sent.tokens}
    listener = _subjects(sent, LISTENER) or any(token.lower == "your" for token in sent.tokens)
    if sent.text.rstrip().endswith("?"):
        return bool(listener) and bool(words & (pay | FIGURES))
    if not listener or not _subjects(sent, SPEAKER):
        return False
    return bool(words & PREFERRING)


def declined(sent: Sentence) -> bool:
    """A verb of naming a figure, denied, itself or through the verb it hangs from."""
    for position, token in enumerate(sent.tokens):
        if token.lemma not in NAMING and token.lower not in NAMING:
            continue
        if not any(sent.tokens[child].dep in {"dobj", "obj"} and (
                sent.tokens[child].lower in FIGURES or sent.tokens[child].lemma in FIGURES)
                for child in children(sent, position)):
            continue
        if negated(sent, position) or (0 <= token.head < len(sent.tokens)
                                       and token.dep == "xcomp" and negated(sent, token.head)):
            return True
    return False


def conditioned_only(sent: Sentence) -> bool:
    """ "It depends on ...", said of the figure ("it", "that", "everything")."""
    return any(sent.tokens[verb].lemma == "depend" or sent.tokens[verb].lower.startswith("depend")
               for verb in _subjects(sent, POINTERS))


def left_open(sent: Sentence) -> bool:
    """The speaker open or flexible ("I'm open", "I'm flexible on the number"), or the pay said to
    be negotiable."""
    for verb in _subjects(sent, SPEAKER | POINTERS):
        if sent.tokens[verb].lower in OPEN:
            return True
        if any(sent.tokens[child].dep == "acomp" and sent.tokens[child].lower in OPEN
               for child in children(sent, verb)):
            return True
    return False
