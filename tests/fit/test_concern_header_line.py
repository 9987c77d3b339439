"""A concern's answer never tells a post's own header line ("*Head of Credit Risk* | Feb 2016 –
Date") as if it were something the candidate did: the header names the post, its bullets say
what was done in it."""

from __future__ import annotations

from typing import Any, cast

from tests.fit.conftest import TODAY

from poise.content.loader import knowledge_base
from poise.fit.concerns.model import Context
from poise.fit.concerns.wording import _first_person
from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import read_resume

RESUME = """# Grace Wambui

## Experience

**Ngong Commercial Bank Limited**, Nairobi
*Head of Credit Risk* | Feb 2016 – Date

- Lead a team of 14 credit risk analysts.
"""


def _context() -> Context:
    resume = read_resume(RESUME, today=TODAY)
    return Context(cast(Any, None), resume, cast(Any, None), patterns_for(knowledge_base()))


def test_a_posts_header_line_is_not_told_as_an_act() -> None:
    context = _context()
    header = next(line for line in context.resume.lines if "Head of Credit Risk" in line.text)
    assert _first_person(header, context) == ""


def test_the_posts_bullet_is_told_in_the_first_person() -> None:
    context = _context()
    bullet = next(line for line in context.resume.lines if "14 credit risk analysts" in line.text)
    told = _first_person(bullet, context)
    assert "I lead a team of 14 credit risk analysts" in told
