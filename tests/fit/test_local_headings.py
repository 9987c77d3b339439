"""An advert written in English under headings in the employer's own language keeps its sections:
duties, what is asked, what is a plus, and what is offered or how to apply (no requirements).
A dash's aside on an ask does not decide whether the line asks; only an immigration status is
about citizens. Every text is written for these tests."""

from __future__ import annotations

import pytest

from poise.fit.job_reader import read_job


@pytest.mark.parametrize(("asked", "plus", "offered"), [
    ("Ihr Profil", "Von Vorteil", "Wir bieten"),
    ("Profil recherché", "Un plus", "Avantages"),
    ("Wat wij vragen", "Pluspunten", "Ons aanbod"),
    ("Vi forventer, at du", "Det er en fordel, hvis du", "Vi tilbyder"),
    ("Wymagania", "Mile widziane", "Oferujemy"),
])
def test_local_headings_keep_the_sections_apart(asked: str, plus: str, offered: str) -> None:
    advert = (f"Plant Director\n\n## {asked}\n\n- Ten years in automotive plants, five as plant "
              f"manager\n- An engineering degree\n\n## {plus}\n\n- Spanish at a working level\n\n"
              f"## {offered}\n\n- A company car and fuel card\n- Private health cover for the "
              "family\n- A relocation package for the first year\n")
    read = {item.text: item.must for item in read_job(advert).requirements}
    assert read.get("Ten years in automotive plants, five as plant manager") is True
    assert read.get("Spanish at a working level") is False
    assert not any("car" in text or "relocation" in text or "health" in text for text in read)


def test_an_aside_after_a_dash_does_not_hide_the_ask() -> None:
    advert = ("## Requirements\n\n- Ten years leading managers\n- Writes and speaks Finnish at a "
              "professional level – the post involves daily letters to citizens and ministers\n")
    texts = [item.text for item in read_job(advert).requirements]
    assert any(text.startswith("Writes and speaks Finnish") for text in texts)


@pytest.mark.parametrize("line", [
    "Applicants must be Australian citizens or permanent residents",
    "You must be a US citizen to hold this post",
    "Open to EU citizens only",
])
def test_who_may_apply_is_no_requirement(line: str) -> None:
    advert = f"## Requirements\n\n- Ten years leading managers\n- {line}\n"
    assert [item.text for item in read_job(advert).requirements] == ["Ten years leading managers"]
