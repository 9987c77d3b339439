"""A résumé that lists its posts in a table and tells them again with their achievements below
reads each post once, with the achievements as its lines; dates written "2015.03 ~ 2020.02" (the
tilde of Korean, Japanese and Chinese résumés) are ranges."""

from __future__ import annotations

from poise.fit.resume_reader import read_resume

TABLE_THEN_DETAILS = """# RÉSUMÉ

## Work Experience

| Period | Company | Department / Position |
|---|---|---|
| 2008.03 ~ 2014.02 | Hanbit Chemical Co., Ltd. | Process Team / Engineer |
| 2014.03 ~ Present | Seorin Battery Co., Ltd. (Ochang Plant) | Cell Production Team / Team Head |

## Career Details

**Seorin Battery Co., Ltd. – Team Head, Cell Production Team (2014.03 ~ Present)**
- Responsible for 600 staff on two cell lines in three shifts
- Raised cell yield from 90.1% to 94.8% within two years

**Hanbit Chemical Co., Ltd. – Engineer, Process Team (2008.03 ~ 2014.02)**
- Scaled up cathode materials from pilot to mass production
"""


def test_a_post_told_in_a_table_and_again_in_the_details_is_one_role() -> None:
    resume = read_resume(TABLE_THEN_DETAILS)
    assert len(resume.roles) == 2
    head = next(role for role in resume.roles if role.current)
    assert head.start is not None and head.start.iso() == "2014-03"
    assert "Team Head" in head.title and head.employer.startswith("Seorin Battery")
    owned = [line.text for line in resume.lines if line.role is not None
             and resume.roles[line.role] is head]
    assert any("600 staff" in text for text in owned)  # the achievements are the post's lines


def test_two_posts_with_the_same_dates_and_no_shared_title_word_stay_two() -> None:
    text = ("# CV\n\n## Experience\n\n**Head of Quality** — Norvale Foods (2016 – 2020)\n- Led 30 staff\n\n"
            "**Company Secretary** — Norvale Foods (2016 – 2020)\n- Ran the board calendar\n")
    assert len(read_resume(text).roles) == 2


def test_a_range_written_with_a_tilde_is_read() -> None:
    text = "# CV\n\n## Experience\n\n2015.03 ~ 2020.02 | Daewon Steel | Plant Manager\n"
    role = read_resume(text).roles[0]
    assert role.start is not None and role.start.iso() == "2015-03"
    assert role.end is not None and role.end.iso() == "2020-02"

