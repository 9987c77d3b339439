"""A credential the job names of a body whose other award the résumé holds: a certification
level concern that says which award is asked and which is held, even on a preferred line."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.result import assess

JOB = """# Vice President, Quality

## Requirements
- 15 years in quality leadership in regulated manufacturing.

## Preferred
- ASQ Certified Manager of Quality/Organizational Excellence (CQM/OE).
"""
RESUME = """# Lee Park
Troy, MI · lee.park@example.com

## Experience
### Director of Quality — Delta Stampings, Troy
2010 – present
- Led plant quality for four sites and 68 people.

## Certifications
- ASQ Certified Quality Engineer (CQE), 2011
"""


def _levels(resume: str) -> list:
    fit = assess(JOB, resume, embed=hash_embed, today=TODAY)
    return [concern for concern in fit.concerns if concern.kind == "certification_level"]


def test_the_body_s_other_award_held_raises_a_level_concern_naming_both() -> None:
    levels = _levels(RESUME)
    assert len(levels) == 1
    concern = levels[0]
    assert "CQM/OE" in concern.title and "Certified Quality Engineer (CQE)" in concern.title
    assert "Certified Manager of Quality" in concern.why  # what the advert asks
    assert "ASQ Certified Quality Engineer (CQE), 2011" in concern.why  # what the résumé holds


def test_no_award_of_the_body_held_raises_no_level_concern() -> None:
    # near-miss: a preferred credential the résumé lacks outright is no reason for pause
    assert _levels(RESUME.replace("ASQ Certified Quality Engineer (CQE), 2011",
                                  "Lean Six Sigma Black Belt, 2014")) == []


def test_the_body_s_other_award_is_said_as_another_award_not_a_lower_rung() -> None:
    concern = _levels(RESUME)[0]
    assert concern.title == ("Another award of the body: ASQ Certified Quality Engineer (CQE) "
                             "held, CQM/OE asked")
    assert "another award of the same body" in concern.why
    assert "lower level" not in concern.why and "below" not in concern.answer_plan.acknowledge
