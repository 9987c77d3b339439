"""Rule functions for verdicts on people read from the parse frames of
``poise.analysis.epithets``: a name called ("the fella was clueless", "he was a disgrace") and
a class condemned ("most consultants here are useless")."""

from __future__ import annotations

from poise.analysis.epithets import class_verdict, epithet
from poise.analysis.meaning import WordClasses
from poise.analysis.report import Finding
from poise.analysis.rules.base import RuleInput, make_finding
from poise.analysis.rules.flaws import lexicon_words
from poise.content.schema import CodeRule


def names_called(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Quote the sentences that call a third party a name or condemn a class of them
    (``params``: ``targets``, ``negative``, ``positive``, ``praise``, ``states``: lexicons
    or words)."""
    classes = WordClasses(targets=lexicon_words(data, rule, "targets"),
                          negative=lexicon_words(data, rule, "negative"),
                          positive=lexicon_words(data, rule, "positive"))
    praise = lexicon_words(data, rule, "praise")
    states = lexicon_words(data, rule, "states")
    hits = [sent.index for sent in data.answer.sentences
            if epithet(sent, classes, praise, states) is not None
            or class_verdict(sent, classes, praise) is not None]
    return [make_finding(rule, data.quote_sentences(hits))] if hits else []
