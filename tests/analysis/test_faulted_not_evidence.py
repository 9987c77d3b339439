"""Words a tone finding faults are no evidence for a dimension's level: a lie told to a client
earns no ownership, while the speaker's honest acts in the same answer still do."""

from __future__ import annotations

from poise.analysis import analyse

QUESTION = "Tell me about a time you kept a key customer who was about to leave."
KEPT_FROM = ("Our biggest retail client was furious after three late deliveries at Christmas. I "
             "told their buyer the delays came from a strike at the port, because if they knew it "
             "was our own scheduling error they would have moved the contract to a rival. I rebuilt "
             "the delivery plan with the night shift, and on-time deliveries went from 81 to 97 "
             "percent by March. They renewed for three years.")
HONEST = KEPT_FROM.replace(
    "told their buyer the delays came from a strike at the port, because if they knew it was our "
    "own scheduling error they would have moved the contract to a rival",
    "told their buyer the delays were our own scheduling error and showed her the recovery plan")


def _ownership(answer: str) -> tuple[int, tuple[str, ...]]:
    report = analyse(QUESTION, answer)
    (score,) = [item for item in report.dimensions if item.name == "ownership"]
    return score.score, tuple(item.quote for item in score.evidence)


def test_the_faulted_act_is_not_quoted_as_ownership() -> None:
    report = analyse(QUESTION, KEPT_FROM)
    assert any(item.rule == "tone.undermining" for item in report.findings)
    _score, quotes = _ownership(KEPT_FROM)
    assert not any(quote.startswith("I told") for quote in quotes)
    assert any(quote.startswith("I rebuilt") for quote in quotes)


def test_the_same_act_told_honestly_still_counts() -> None:
    _score, quotes = _ownership(HONEST)
    assert any(quote.startswith("I told") or quote.startswith("I rebuilt") for quote in quotes)
