"""The cause of a failure named as someone else (analysis/named_cause.py), read alone and through
the blame rule, against causes the speaker owns, reasons for a choice, clefts that name no
failure and present descriptions (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import analyse, named_cause
from poise.analysis.meaning import WordClasses
from poise.analysis.text import parse
from poise.content.loader import load_knowledge_base

BLAME_RULES = {"tone.blames_others", "tone.blame", "meaning.blame", "tone.heard_blame"}


def _lexicon(*names: str) -> frozenset[str]:
    kb = load_knowledge_base()
    return frozenset(entry.phrase.lower() for name in names for entry in kb.lexicons[name].entries)


def _named(sentence: str) -> bool:
    classes = WordClasses(targets=_lexicon("third_parties", "role_nouns", "circumstances")
                          | {"he", "she", "they"})
    return named_cause.cause_named(parse(sentence).sentences[0], classes,
                                   _lexicon("failure_verbs")) is not None


@pytest.mark.parametrize("sentence", [
    "The main reason was the supplier.",
    # circumstances count as much as people: the failure is put outside the speaker
    "The reason was the market.",
    "The root cause was the landlord's contractor, and the pallets sat in the yard for a week.",
    "The reason we missed the launch was the agency.",
    "It was the night crew who loaded the wrong batch.",
])
def test_a_cause_named_as_someone_else_is_read(sentence: str) -> None:
    assert _named(sentence)


@pytest.mark.parametrize("sentence", [
    # the speaker's own share named as the cause
    "The main reason was my own plan: I left no slack for the audit.",
    "It was me who loaded the wrong batch.",
    # a reason for a choice, not a failure's cause
    "The reason I joined was the team.",
    # a cleft that names no failure: credit to someone else
    "It was my manager who suggested I apply for the post.",
    # a present description, not a failure told
    "The problem is the supplier's lead time, so we order six weeks ahead.",
    # a cause that is no one else's
    "The main reason was a typo in my spreadsheet.",
])
def test_a_cause_that_puts_no_failure_on_anyone_else_stays_silent(sentence: str) -> None:
    assert not _named(sentence)


def _blame_quotes(answer: str) -> dict[str, list[str]]:
    report = analyse("Tell me about a project that did not go to plan.", answer)
    return {finding.rule: [quote.quote for quote in finding.evidence]
            for finding in report.findings if finding.rule in BLAME_RULES}


def test_an_answer_that_names_the_supplier_as_the_cause_is_heard_as_blame() -> None:
    answer = ("The warehouse move went live three weeks late. The main reason was the racking "
              "supplier. Since then the project has been closed and the site runs well.")
    quotes = _blame_quotes(answer).get("tone.blames_others", [])
    assert any("The main reason was the racking supplier" in quote for quote in quotes)


def test_an_answer_that_names_its_own_plan_as_the_cause_is_not_heard_as_blame() -> None:
    answer = ("The warehouse move went live three weeks late. The main reason was my own plan: I "
              "had left no slack for the racking inspection. I now book inspections at kick-off.")
    assert not _blame_quotes(answer)
