"""A verdict carried by a noun said of someone else, read by the learned head over the site
(analysis/noun_head.py, with the sites of analysis/judged_nouns.py): alone and through the whole
analyser, with near misses that must not fire (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, judged_nouns, noun_head, word_valence
from poise.analysis.meaning import WordClasses
from poise.analysis.text import parse
from poise.content.loader import load_knowledge_base

BADMOUTHING = {"tone.badmouthing", "tone.judges_others", "meaning.badmouthing",
               "tone.heard_criticism"}


def _words(*names: str) -> frozenset[str]:
    kb = load_knowledge_base()
    return frozenset(entry.phrase.lower() for name in names for entry in kb.lexicons[name].entries)


CLASSES = WordClasses(targets=_words("third_parties", "role_nouns") | {"he", "she", "they"},
                      negative=_words("verdict_words"))
ROLES = _words("role_nouns", "third_parties")


def _heard(text: str) -> bool:
    return any(judged_nouns.noun_verdict(sent, CLASSES, ROLES, word_valence.estimate,
                                         reader=noun_head.judges)
               for sent in parse(text).sentences)


def _flagged(question: str, answer: str) -> set[str]:
    return set(analyse(question, answer, context=AnalysisContext()).rules_fired()) & BADMOUTHING


def test_the_head_ships_for_this_embedding_model() -> None:
    model = noun_head.shipped()
    assert model is not None
    assert model.labels == ("none", "verdict")
    assert 0.0 < model.threshold < 1.0


def test_the_phrase_keeps_the_of_chain_and_drops_the_clause() -> None:
    sent = parse("The board were a bunch of cowboys who never read a contract.").sentences[0]
    (site,) = judged_nouns.said_of_someone(sent, CLASSES)
    assert noun_head.phrase(sent, site) == "a bunch of cowboys"


@pytest.mark.parametrize("text", [
    "Honestly, the previous owners were crooks.",
    "The area manager was a clown, and everyone on the floor knew it.",
    "The directors were a bunch of amateurs.",
])
def test_contempt_in_a_noun_said_of_people(text: str) -> None:
    assert _heard(text)


@pytest.mark.parametrize("text", [
    "My first manager was a former electrician.",  # a job
    "The client was a large housing association.",  # a kind of body
    "Back then I was a real beginner at forecasting.",  # the speaker, not a third party
])
def test_no_verdict_in_a_noun_that_names(text: str) -> None:
    assert not _heard(text)


def test_a_clown_by_trade_is_no_verdict() -> None:
    # the same noun as a verdict above; here it names what someone did for a living
    text = ("Our newest driver was a clown at children's parties for years, which is why the "
            "kids on his route love him.")
    assert judged_nouns.said_of_someone(parse(text).sentences[0], CLASSES)  # the site is read
    assert not _heard(text)
    answer = (f"{text} I asked him to run the safety talk at the school visits, and the "
              "complaints about the route stopped within a term.")
    assert not _flagged("Tell me about someone you developed.", answer)


def test_a_hard_market_the_speaker_handled_is_no_verdict() -> None:
    answer = ("The market that year was a brutal one: two of our biggest buyers went under in "
              "the spring. I rebuilt the forecast every week, moved a third of our stock to "
              "online channels and we finished the year two per cent up on margin.")
    assert not _flagged("Tell me about a time you hit a target in difficult conditions.", answer)


def test_praise_with_one_fair_criticism_owned_is_no_verdict() -> None:
    answer = ("My last boss was a generous mentor and I learned most of what I know from her. "
              "She could be slow to sign off budgets, and I should have flagged our deadlines "
              "sooner myself, so I started sending her a short weekly list and the delays "
              "stopped.")
    assert not _flagged("What was your relationship with your last manager like?", answer)


def test_contempt_in_a_noun_is_flagged_through_the_analyser() -> None:
    answer = ("I'm leaving because the new owners are a bunch of amateurs. They bought the "
              "business last year and nothing has worked since.")
    assert _flagged("Why are you leaving your current job?", answer)
