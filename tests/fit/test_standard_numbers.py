"""A standard is held by its number: the certification check reads "ISO 14001" whole, so another
standard of the same publisher is no evidence, and a roman numeral grading something is no
credential of its own."""

from __future__ import annotations

import re

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.match import ACRONYM_RE, ROMAN_RE, numbered_items
from poise.fit.result import assess

RESUME = """# Kim Novak
## Experience
### Quality Manager — Delta Castings, Brno, Czechia
Jan 2017 – present
- Took the foundry through ISO 9001:2015 certification and every surveillance audit since.
- Cut scrap from 6% to 2.5% with a weekly defect review.
### Quality Engineer — Omega Pumps, Brno
Jan 2012 – Dec 2016
- Wrote the control plans for two machining lines.
## Certifications
- ITIL v3 Foundation (2015)
"""


def _match(requirement: str, resume: str = RESUME) -> dict[str, object]:
    fit = assess(f"# Head of Quality\n\n## Requirements\n- {requirement}\n", resume,
                 embed=hash_embed, today=TODAY).to_dict()
    (match,) = fit["matches"]
    return match


def _items(text: str) -> list[list[str]]:
    return [numbered_items(text, hit) for hit in ACRONYM_RE.finditer(text)]


def test_a_code_takes_its_number_and_the_list_that_follows() -> None:
    assert _items("ISO 9001, 14001 and 45001 certified sites") == [
        ["ISO 9001", "ISO 14001", "ISO 45001"]]
    assert _items("Keep IATF 16949 and ITIL 4 practice") == [["IATF 16949"], ["ITIL 4"]]


def test_a_count_or_an_amount_after_initials_is_no_standard_number() -> None:
    assert _items("CPA 5 years post-qualification") == [[]]
    assert _items("USD 280 million programme") == [[]]
    assert _items("ACCA 10+ years") == [[]]


def test_roman_numerals_are_grades_not_initials() -> None:
    assert ROMAN_RE.fullmatch("III") and ROMAN_RE.fullmatch("IV")
    assert not ROMAN_RE.fullmatch("ISO") and not ROMAN_RE.fullmatch("CIPS")


def test_the_standard_asked_is_met_by_the_same_number_in_any_edition() -> None:
    match = _match("ISO 9001 certified quality system experience.")
    assert match["strength"] == "strong"
    assert "ISO 9001" in str(match["reason"])


def test_another_standard_of_the_same_publisher_is_not_the_one_asked() -> None:
    match = _match("ISO 14001 certification of the site.")
    assert match["strength"] != "strong"
    assert not re.search(r"shows ISO\b(?! 9001)", str(match["reason"]))


def test_another_version_of_a_framework_is_not_the_one_asked() -> None:
    assert _match("ITIL 4 certification.")["strength"] != "strong"
    assert _match("ITIL certification.")["strength"] == "strong"


def test_every_credential_of_an_and_list_is_asked_but_a_choice_is_not() -> None:
    from poise.fit.match import every_one_asked
    assert every_one_asked("Keep the site certified to ISO 9001 and ISO 50001",
                           ["ISO 9001", "ISO 50001"])
    assert every_one_asked("ISO 9001, 14001 and 45001", ["ISO 9001", "ISO 14001", "ISO 45001"])
    assert not every_one_asked("PMP or PRINCE2", ["PMP", "PRINCE2"])
    assert not every_one_asked("CPA, ACCA, CIMA or equivalent", ["CPA", "ACCA", "CIMA"])
    assert not every_one_asked("Six Sigma Green Belt", ["Six Sigma", "Green Belt"])


def test_one_standard_held_of_several_asked_together_is_partial() -> None:
    match = _match("Keep the site certified to ISO 9001 and ISO 50001.")
    assert match["strength"] == "partial"
    assert "ISO 50001" in str(match["reason"])
    # Offered as a choice, the one held meets it.
    assert _match("ISO 9001 or ISO 50001 certified site.")["strength"] == "strong"
