"""A claim the speaker says in the same breath they knew was not so (deception.claim_known_untrue,
part of tone.undermining), and a verdict on someone put by understatement
(others_verdict.understated_other, part of tone.judges_others). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from poise.analysis import deception, others_verdict, word_valence
from poise.analysis.analyse import AnalysisContext, analyse
from poise.analysis.meaning import WordClasses
from poise.analysis.text import parse
from poise.content.loader import load_knowledge_base


def _known_untrue(text: str) -> bool:
    return deception.claim_known_untrue(parse(text).sentences[0])


@pytest.mark.parametrize("text", [
    "To close it, I told the growers the mill was about to lower its rate, which I knew was not "
    "agreed, and they signed that week.",
    "I assured the buyer we had a second bid in hand, which I knew wasn't true.",
    "I told the steering group the survey had been finished, which I knew it had not.",
])
def test_a_claim_known_to_be_untrue_is_heard(text: str) -> None:
    assert _known_untrue(text)


@pytest.mark.parametrize("text", [
    # near miss: the speaker knew the claim was true
    "I told the growers the mill was about to lower its rate, which I knew was certain.",
    # near miss: knowing how it would be taken is no deceit
    "I told the crew the site would close, which I knew they would not like.",
    # near miss: a rule bent by someone else that the speaker stopped
    "My predecessor told the auditors the count was complete, which I knew it was not, so I "
    "stopped the report and recounted.",
    # near miss: the speaker never made the claim
    "I did not tell the buyer we had a second bid, which I knew we did not.",
])
def test_a_claim_not_known_untrue_is_left_alone(text: str) -> None:
    assert not _known_untrue(text)


def test_the_undermining_rule_quotes_the_claim() -> None:
    answer = ("Our intake was short that season and prices were rising. I met the farmer groups "
              "myself on a Sunday. I told them the board was about to cut its price, which I knew "
              "was not decided, so they were better off signing with us. We signed thirty of "
              "them and intake rose by a fifth.")
    report = analyse("Tell me about a negotiation you are proud of.", answer,
                     context=AnalysisContext())
    quotes = [item.quote for finding in report.findings if finding.rule == "tone.undermining"
              for item in finding.evidence]
    assert any("which I knew was not decided" in quote for quote in quotes)


def _classes() -> WordClasses:
    kb = load_knowledge_base()
    words = frozenset(entry.phrase.lower() for name in ("third_parties", "role_nouns")
                      for entry in kb.lexicons[name].entries)
    return WordClasses(targets=words | {"he", "she", "they"})


def _understated(text: str) -> str | None:
    word = others_verdict.understated_other(parse(text).sentences[0], _classes(),
                                            word_valence.estimate)
    return None if word is None else word.lower


@pytest.mark.parametrize(("text", "word"), [
    ("Honestly, my old supervisor was not the sharpest tool in the box.", "sharpest"),
    ("The planner I inherited was never the brightest, and it showed in the rotas.", "brightest"),
    ("He wasn't the most reliable, to put it kindly.", "reliable"),
])
def test_a_good_quality_denied_as_a_superlative_judges(text: str, word: str) -> None:
    assert _understated(text) == word


@pytest.mark.parametrize("text", [
    # near miss: praise of a former boss
    "My old supervisor was the sharpest person I have worked for.",
    # near miss: a ranking among people, not a verdict
    "She was not the most senior person in the room, but she knew the line better than anyone.",
    "He wasn't the quickest of the three, but he was the most careful.",
    # near miss: a thing, not a person
    "The tender was not the cheapest, and we still chose it for the service terms.",
])
def test_a_superlative_that_ranks_or_praises_is_left_alone(text: str) -> None:
    assert _understated(text) is None


@pytest.mark.parametrize(("answer", "judged"), [
    ("I have run the depot for six years. Honestly, my supervisor was never the sharpest tool in "
     "the box. I want a role with a full P&L.", True),
    # near miss: praise of a former boss
    ("I have run the depot for six years. My supervisor was the sharpest person I have worked "
     "for. I want a role with a full P&L.", False),
])
def test_the_criticism_rule_hears_the_understatement(answer: str, judged: bool) -> None:
    report = analyse("Why do you want to leave your current job?", answer, context=AnalysisContext())
    assert ("tone.judges_others" in report.rules_fired()) is judged
