"""An informal advert with no headings: the sentences that speak to the candidate and ask for
something are requirements, whatever their kind, and a language named first is asked for."""

from __future__ import annotations

from poise.fit.job_reader import read_job

ADVERT = """# Head of Engineering at Tallbacka

We're Tallbacka, a 60-person company in Uppsala building scheduling software for clinics.

You'll lead three product teams and report to our founder. You've run an engineering team through
a funding round. You've shipped at least one product from a blank page. Finnish is a plus but
not required.

We care about kindness and clear writing. You'll love our new office by the river.
"""


def _requirements() -> dict[str, bool]:
    return {item.text: item.must for item in read_job(ADVERT).requirements}


def test_a_sentence_that_asks_the_candidate_is_kept_even_with_no_kind() -> None:
    found = _requirements()
    assert any("at least one product from a blank page" in text for text in found)


def test_a_language_named_first_is_a_nice_to_have() -> None:
    found = _requirements()
    [finnish] = [text for text in found if text.startswith("Finnish")]
    assert found[finnish] is False


def test_the_company_and_its_perks_are_no_requirements() -> None:
    found = _requirements()
    assert not any("love our new office" in text or "kindness" in text for text in found)
