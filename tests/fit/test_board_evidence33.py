"""Board work is argued from a governing body, never from a works council, a safety committee or a
staff forum, whose words ("committee", "council", "chair") the board answer listens for."""

from __future__ import annotations

import pytest

from poise.fit.concerns.wording import _holds_cue, _ignored_patterns, _without_ignored
from poise.fit.lexicon import patterns_for


def _shows_board_work(line: str) -> bool:
    template = patterns_for().content.template("no_board_exposure")
    ignored = _ignored_patterns(tuple(template.evidence_ignored))
    cues = {cue.casefold() for cue in template.evidence_cues}
    return _holds_cue(_without_ignored(line, ignored), cues, frozenset())


@pytest.mark.parametrize("line", [
    "Chaired the site's joint consultative committee with two unions.",
    "Member of the plant safety committee under the Factories Act.",
    "Negotiated a shift model with the works council.",
    "Chair of the Joint Health and Safety Committee for the depot.",
    "Set up the first elected employee forum in 2018.",
])
def test_a_body_of_the_workforce_shows_no_board_work(line: str) -> None:
    assert not _shows_board_work(line)


@pytest.mark.parametrize("line", [
    "Presented quarterly to the Board Quality and Safety Committee.",
    "Member of the audit committee; wrote its annual report.",
    "Sat on the executive committee of a 900-person business.",
    "Chaired the investment committee's monthly review.",
])
def test_a_governing_body_still_shows_board_work(line: str) -> None:
    assert _shows_board_work(line)
