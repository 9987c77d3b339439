"""A list introduced as the panel ("The selection committee consists of:") names who will
interview: its items are no requirements of the post, and the interview plan reads them as the
panel, each by the title the advert gives. Every text is written for these tests."""

from __future__ import annotations

from poise.content.loader import knowledge_base
from poise.fit.job_reader import read_job
from poise.interview.plan import named_interviewers

ADVERT = """Director of Community Services

## Your profile

- Ten years in public services, five leading managers
- Degree in social work or public administration

## Selection

The appointments panel consists of:

- Councillor Ruth Ambler, leader of the council
- Ms. Ines Ferro, chief executive
- An external adviser on adult social care

## Requirements in brief

- Experience of budgets above 50 million
"""


def test_the_members_of_a_listed_panel_are_not_requirements() -> None:
    texts = [item.text for item in read_job(ADVERT).requirements]
    assert not any("Ambler" in text or "Ferro" in text or "external adviser" in text
                   for text in texts)
    assert any("budgets above 50 million" in text for text in texts)
    assert any("Ten years in public services" in text for text in texts)


def test_a_list_under_a_line_with_a_requirement_is_still_read() -> None:
    advert = ("## Requirements\n\n- Ten years in operations\n\nExperience of presenting to an "
              "appointments panel or board, including:\n\n- capital plans above 20 million\n"
              "- a unionised workforce\n")
    texts = [item.text for item in read_job(advert).requirements]
    assert any("unionised workforce" in text for text in texts)


def test_the_listed_panel_is_read_as_the_interviewers() -> None:
    content = knowledge_base().interview
    assert content is not None
    names = named_interviewers(content, ADVERT)
    assert names[:3] == ["Councillor Ruth Ambler, leader of the council", "Ms. Ines Ferro, chief executive",
                         "An external adviser on adult social care"]
