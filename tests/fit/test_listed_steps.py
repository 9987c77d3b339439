"""Two posts listed in one title line with a semicolon, the later with the month it began, over
the employer and the range that holds them both; or on the range's own line."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.resume_reader import read_resume


def _roles(text: str) -> list[tuple[str, str, str, str]]:
    return [(role.title, role.employer, role.start.iso() if role.start else "",
             "present" if role.current else role.end.iso() if role.end else "")
            for role in read_resume(text, today=TODAY).roles]


LISTED = """## Career history

**Aseptic Filling Manager**
Shannonside Sterile Services Ltd, Limerick
Jun 2009 – Feb 2014

- Ran two filling lines.

**Process Engineer; Senior Process Engineer from Jul 2006**
Moyvalley Pharmaceuticals, Cork
Sep 2003 – May 2009

- Validation and deviation investigations.
"""


def test_a_semicolon_list_of_posts_over_their_range_is_two_roles() -> None:
    roles = _roles(LISTED)
    assert ("Process Engineer", "Moyvalley Pharmaceuticals", "2003-09", "2006-06") in roles
    assert ("Senior Process Engineer", "Moyvalley Pharmaceuticals", "2006-07", "2009-05") in roles
    assert len(roles) == 3


def test_a_start_outside_the_range_splits_nothing() -> None:
    text = LISTED.replace("from Jul 2006", "from Jul 2011")
    roles = _roles(text)
    assert not any(role[1] == "Moyvalley Pharmaceuticals" and role[2] == "2011-07" for role in roles)


def test_a_semicolon_in_a_title_without_a_start_is_one_post() -> None:
    text = LISTED.replace("**Process Engineer; Senior Process Engineer from Jul 2006**",
                          "**Process Engineer; Validation Lead**")
    roles = _roles(text)
    assert len(roles) == 2
