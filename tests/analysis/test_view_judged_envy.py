"""A view judged unfair or stale (analysis/composure.py ``view_judged``) and mock envy
(analysis/mock_reply.py ``mock_envy``), read by the defensive rules in a reply to a challenge.
Sentences written for these tests: the interviewer's reading called unfair or out of date and a
verbless "lucky you" are heard; a view granted, the speaker's own view judged, a view judged
fair, and "you were lucky" told as a fact are not."""

from __future__ import annotations

import pytest

from poise.analysis import composure, mock_reply
from poise.analysis.analyse import AnalysisContext, analyse
from poise.analysis.text import Sentence, parse

VIEWS = frozenset({"reading", "view", "impression", "picture", "characterisation"})


def _one(text: str) -> Sentence:
    return next(iter(parse(text).sentences))


@pytest.mark.parametrize("text", [
    "With respect, I think that reading of my CV is out of date.",
    "Honestly, that impression is a little unfair.",
    "I'd say the picture is rather misleading, and somewhat harsh.",
])
def test_a_view_judged(text: str) -> None:
    assert composure.view_judged(_one(text), VIEWS)


@pytest.mark.parametrize("text", [
    "That impression isn't unfair, and I want to answer it.",
    "My first impression of the plant was wrong, and I said so to my team.",
    "That is a fair reading of my record.",
    "The reading on the meter is out of range.",
])
def test_no_view_judged(text: str) -> None:
    assert not composure.view_judged(_one(text), VIEWS)


@pytest.mark.parametrize(("text", "mocked"), [
    ("Well, you've clearly never run a night shift, lucky you.", True),
    ("Lucky you.", True),
    ("You were lucky with the weather that year.", False),
    ("We were fortunate that the client stayed with us.", False),
])
def test_mock_envy(text: str, mocked: bool) -> None:
    assert mock_reply.mock_envy(_one(text)) is mocked


def test_a_view_judged_in_a_concern_reply_is_defensive() -> None:
    report = analyse(
        "My worry is that your references all describe you as very hands-on.",
        "I think that characterisation of my style is a little unfair. I ran four site managers "
        "last year and each set their own plan.",
        context=AnalysisContext(family=None, phase="concern_reply"),
    )
    rules = {finding.rule for finding in report.findings}
    assert rules & {"concern.dismissive", "concern.defensive"}
