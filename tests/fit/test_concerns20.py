"""Concerns read from facts the résumé states (issue 12): a language asked only by name where the
résumé gives a basic level, a choice of languages, career breaks long ago or recent, leaders
implied by a span of control, and a table row whose only date opens with "since". Lines written
for these tests."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY, hash_embed

from poise.fit.concerns.leaders import led_through_span, resume_led_rank
from poise.fit.concerns.model import Context
from poise.fit.job_reader import read_job
from poise.fit.ladders import leadership_rank
from poise.fit.lexicon import patterns_for
from poise.fit.match import Similarity, language_choices
from poise.fit.result import assess
from poise.fit.resume_reader import read_resume

ROLES = """### Programme Manager — Harrow Relief, Kampala, Uganda
Jan 2016 – present
- Led a team of 40 field officers across two districts.
- Managed a USD 3 million grant portfolio.
### Project Officer — Kivu Health, Kampala, Uganda
Jan 2010 – Dec 2015
- Coordinated maternal health projects.
"""


def _kinds(job_lines: str, resume: str) -> list[str]:
    job = f"# Country Director\n\n## Requirements\n{job_lines}\n"
    return [c.kind for c in assess(job, resume, embed=hash_embed, today=TODAY).concerns]


def _resume(languages: str, roles: str = ROLES) -> str:
    return f"# Amina\nKampala, Uganda\n\n## Experience\n{roles}\n## Languages\n{languages}\n"


def test_a_language_asked_as_knowledge_is_a_language_line() -> None:
    patterns = patterns_for(None)
    assert "languages" in patterns.kinds_of("Knowledge of Kiswahili.")
    assert "languages" in patterns.kinds_of("Proficiency in the Irish language.")
    assert "languages" not in patterns.kinds_of("Knowledge of German labour law")
    assert "languages" not in patterns.kinds_of("Knowledge of French employment law and practice")


def test_a_basic_level_of_a_language_asked_by_name_is_a_concern() -> None:
    job = "- 10 years in development programmes.\n\n## Desirable\n- Knowledge of Kiswahili.\n"
    basic = _kinds(job, _resume("- English – fluent\n- Kiswahili – basic"))
    assert "language_level" in basic


def test_a_working_level_answers_a_language_asked_by_name() -> None:
    job = "- 10 years in development programmes.\n\n## Desirable\n- Knowledge of Kiswahili.\n"
    assert "language_level" not in _kinds(job, _resume("- English – fluent\n- Kiswahili – B1"))
    assert "language_level" not in _kinds(job, _resume("- English – fluent\n- Kiswahili – good"))


def test_languages_offered_as_a_choice_are_met_by_one_of_them() -> None:
    patterns = patterns_for(None)
    assert language_choices("Spanish or Hungarian language skills are an advantage",
                            patterns) == [["Spanish", "Hungarian"]]
    assert language_choices("Fluent German and English; French is an asset", patterns) == []
    assert language_choices("English/French bilingualism", patterns) == []
    job = ("- 10 years in development programmes.\n\n## Desirable\n"
           "- Spanish or Hungarian language skills are an advantage.\n")
    assert "language_level" not in _kinds(job, _resume("- English – fluent\n- Spanish – C1"))
    assert "missing_must_have" not in _kinds(job, _resume("- English – fluent\n- Spanish – C1"))
    assert "language_level" in _kinds(job, _resume("- English – fluent\n- Spanish – basic (A2)"))


BREAK_ROLES = """### Operations Manager — Acme Retail, Lyon, France
Jan 2017 – present
- Led a team of 12 pickers in the Lyon distribution centre.
### Supervisor — Beta Foods, Lyon
Jan 2010 – {end}
- Supervised 9 packers on two shifts.

## Career break
{start} – {until}: career break, caring for a parent
"""


def _gaps(end: str, start: str, until: str) -> list[str]:
    roles = BREAK_ROLES.format(end=end, start=start, until=until)
    job = "# Director\n\n## Requirements\n- 5 years in operations.\n"
    fit = assess(job, f"# Sam\n\n## Experience\n{roles}", embed=hash_embed, today=TODAY)
    return [c.title for c in fit.concerns if c.kind == "employment_gap"]


def test_a_long_break_is_a_gentle_concern_however_long_ago() -> None:
    titles = _gaps("Jun 2014", "Jul 2014", "Dec 2016")
    assert len(titles) == 1 and titles[0].startswith("Career break")


def test_a_short_break_long_ago_is_history() -> None:
    assert _gaps("Jun 2015", "Jan 2016", "Dec 2016") == []


def test_a_recent_short_break_is_asked_about_and_a_very_short_one_is_not() -> None:
    recent = ("""### Operations Manager — Acme Retail, Lyon, France
Jul 2025 – present
- Led a team of 12 pickers.
### Supervisor — Beta Foods, Lyon
Jan 2010 – {end}
- Supervised 9 packers on two shifts.

## Career break
{start} – {until}: career break, relocating the family to Lyon
""")
    job = "# Director\n\n## Requirements\n- 5 years in operations.\n"
    for end, start, until, raised in (("Jan 2025", "Feb 2025", "Jun 2025", True),
                                      ("Apr 2025", "May 2025", "Jun 2025", False)):
        roles = recent.format(end=end, start=start, until=until)
        fit = assess(job, f"# Sam\n\n## Experience\n{roles}", embed=hash_embed, today=TODAY)
        kinds = [c.kind for c in fit.concerns]
        assert ("employment_gap" in kinds) is raised, (start, until)


def _context(lines: str) -> Context:
    resume = read_resume("# Tomasz\nLeeds, UK\n\n## Experience\n### Operations Manager — Fenwick "
                         "Logistics, Leeds, UK\nMay 2016 – present\n" + lines, today=TODAY)
    empty = Similarity(lines=(), cosine=np.zeros((0, 0)), lexical=np.zeros((0, 0)), rows={})
    return Context(read_job("# Head\n\n## Duties\n- Run it.\n"), resume, empty, patterns_for(None))


def test_a_workforce_over_counted_units_has_leaders_in_each() -> None:
    patterns = patterns_for(None)
    team_leader = leadership_rank("team_leader", patterns)
    assert led_through_span(_context("- Lead 260 staff across three container depots.\n")) >= team_leader
    assert led_through_span(_context("- Responsible for 3 depots, 640 staff and 260 buses.\n")) >= team_leader
    # a small team over two units, or units with no workforce counted, imply no leaders
    assert led_through_span(_context("- Ran 2 teams of 8 engineers.\n")) == -1
    assert led_through_span(_context("- Opened three depots in two years.\n")) == -1


def test_direct_reports_lead_a_workforce_several_times_larger() -> None:
    manager = leadership_rank("manager", patterns_for(None))
    context = _context("- Lead 260 staff and a 140-truck fleet.\n- Six direct reports.\n")
    assert led_through_span(context) == manager
    assert resume_led_rank(context) >= manager
    assert led_through_span(_context("- Lead 14 staff.\n- Six direct reports.\n")) == -1
    # a team that says it is flat has no leaders, whatever its size
    flat = _context("- Lead 60 staff across 3 sites, all direct reports.\n")
    assert led_through_span(flat) == -1


def test_a_role_dated_since_in_a_table_cell_is_read_beside_a_described_employer() -> None:
    text = ("# Markus\n\n## Experience\n\n| Period | Company | Position |\n|---|---|---|\n"
            "| seit 03/2019 | Kessler Kunststoff s.r.o., Cheb (Czech Republic) – subsidiary of "
            "Kessler Group | **Plant Manager**<br>• Plant with 320 employees |\n"
            "| 04/2015 – 02/2019 | Kessler GmbH, Weiden | **Production Manager**<br>• 140 staff |\n")
    roles = read_resume(text, today=TODAY).roles
    current = [role for role in roles if role.current]
    assert len(roles) == 2 and current and "Plant Manager" in current[0].title


def test_dates_under_a_dated_break_open_the_next_entry() -> None:
    text = ("# Luca\n\n## Experience\n\n**Mar. 2008 – present**\n**Nordwerk GmbH** – Düsseldorf\n"
            "*Sales Director*\n\n**Jul. 2007 – Feb. 2008**\n*Career break* – a language course "
            "in Tokyo\n\n**Oct. 2003 – Jun. 2007**\n**Casa Rossi S.p.A.** – Bergamo (Italy)\n"
            "*Area Sales Representative*\n")
    resume = read_resume(text, today=TODAY)
    breaks = [period for period in resume.periods if period.kind == "break"]
    assert all(period.start >= 2007 * 12 for period in breaks)


def test_a_break_dated_by_years_takes_the_months_its_line_states() -> None:
    roles = ("| Dates | Role | Employer |\n|---|---|---|\n"
             "| 2017 – present | Operations Manager | Acme Retail, Lyon |\n"
             "| 2016 – 2017 | Career sabbatical (6 months, July 2016 – January 2017) | – |\n"
             "| 2008 – 2016 | Supervisor | Beta Foods, Lyon |\n")
    job = "# Director\n\n## Requirements\n- 5 years in operations.\n"
    fit = assess(job, f"# Sam\n\n## Experience\n{roles}", embed=hash_embed, today=TODAY)
    assert "employment_gap" not in [c.kind for c in fit.concerns]  # 7 months, nine years ago
