"""Layouts the résumé reader reads (issue 12, "Reading documents"): a dated line naming nothing
over the employer's line and its blurb, with the posts dated under it; a heading in the work
history naming the employer of the posts under it; posts dated only by a step's start over the
range holding them; several posts each dated in brackets on one dated line; a dated assignment
in the list of a post titled on its own line; the line under a header leading with the employer;
a unit's head-count under "accountable for". Each with the case it must not change."""

from __future__ import annotations

from tests.fit.conftest import TODAY

from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import read_resume
from poise.fit.role_header import employer_leads_below


def _roles(text: str) -> list[tuple[str, str, str, str]]:
    return [(role.title, role.employer, role.start.iso() if role.start else "",
             "present" if role.current else role.end.iso() if role.end else "")
            for role in read_resume(text, today=TODAY).roles]


EUROPASS = ("# CV\n\nMarta Nowak\nGdańsk, Poland\n\n## WORK EXPERIENCE\n\n"
            "**05.2017 – present**\n**Borealis Ledger Services Sp. z o.o., Gdańsk**\n"
            "SSC – payroll and reporting for Nordic clients, approx. 900 employees\n\n"
            "*02.2021 – present: Service Delivery Manager, Payroll*\n- Led 40 FTE.\n\n"
            "*05.2017 – 01.2021: Team Leader, Reporting*\n- Led 9 analysts.\n\n"
            "**2012 – 04.2017**\n**Tidewater Foods S.A., Gdynia**\nfrozen food producer, listed\n\n"
            "*Accountant, later Senior Accountant*\n- Closing and VAT.\n")


def test_a_dated_line_over_the_employer_heads_the_posts_dated_inside_it() -> None:
    assert _roles(EUROPASS) == [
        ("Service Delivery Manager, Payroll", "Borealis Ledger Services Sp. z o.o.", "2021-02",
         "present"),
        ("Team Leader, Reporting", "Borealis Ledger Services Sp. z o.o.", "2017-05", "2021-01"),
        ("Accountant, later Senior Accountant", "Tidewater Foods S.A.", "2012", "2017-04"),
    ]


def test_the_blurb_under_the_employer_never_names_the_employer() -> None:
    employers = {role[1] for role in _roles(EUROPASS)}
    assert "SSC" not in employers


HEADED = ("# Sam Ortiz\nBristol\n\n## Experience\n\n### The Quayside Inn, Bristol\n"
          "*Boutique hotel, 90 rooms; owned by a regional leisure partnership and run for it*\n\n"
          "**General Manager | May 2019 – Present**\n\n- Led 80 colleagues.\n\n"
          "**Deputy Manager | June 2015 – April 2019**\n\n- Ran the front office.\n\n"
          "### Harbourlight Hotels Ltd\n\n**Duty Manager | 2012 – 2015**\n")


def test_a_heading_in_the_history_names_the_employer_of_the_posts_under_it() -> None:
    assert _roles(HEADED) == [
        ("General Manager", "The Quayside Inn", "2019-05", "present"),
        ("Deputy Manager", "The Quayside Inn", "2015-06", "2019-04"),
        ("Duty Manager", "Harbourlight Hotels Ltd", "2012", "2015"),
    ]


def test_a_titled_heading_in_the_history_names_no_employer() -> None:
    text = ("# Sam Ortiz\nBristol\n\n## Experience\n\n### Operations Director\n"
            "Harbourlight Hotels Ltd | 2018 – present\n- Ran six hotels.\n")
    assert _roles(text) == [("Operations Director", "Harbourlight Hotels Ltd", "2018", "present")]


STEPS = ("# Lee Park\nGeelong\n\n## Experience\n\n**Asset Manager**\nCorio Shire Council\n"
         "March 2018 – Present\n\n- Ran the asset plan.\n\n"
         "**Design Lead** (from May 2014), previously **Drainage Engineer**\n"
         "Barwon Water Authority\nFebruary 2011 – February 2018\n\n"
         "**Graduate Engineer**\nKestrel Civil Pty Ltd, Melbourne\nJanuary 2008 – January 2011\n")


def test_posts_dated_by_a_step_start_over_their_range_are_two_roles() -> None:
    assert _roles(STEPS) == [
        ("Asset Manager", "Corio Shire Council", "2018-03", "present"),
        ("Drainage Engineer", "Barwon Water Authority", "2011-02", "2014-04"),
        ("Design Lead", "Barwon Water Authority", "2014-05", "2018-02"),
        ("Graduate Engineer", "Kestrel Civil Pty Ltd", "2008-01", "2011-01"),
    ]


def test_a_since_date_with_no_range_below_still_dates_a_role() -> None:
    text = ("# Lee Park\nGeelong\n\n## Experience\n\n**Design Lead** (from May 2014)\n"
            "Barwon Water Authority\n\n- Ran the design team.\n")
    assert _roles(text)[0][2] == "2014-05"


def test_posts_each_dated_in_brackets_on_one_dated_line_are_its_roles() -> None:
    text = ("# Ana Ruiz\nSevilla\n\n## Experiencia\n\n**2016 – present** | **Head Chef**\n"
            "Grupo Triana Hoteles, Sevilla\n\n"
            "**2008 – 2016** | **Sous Chef** (2012 – 2016), **Chef de Partie** (2008 – 2012)\n"
            "Hotel Alcázar, Córdoba\nGrupo Califa Hoteles\n\n- Ran the pastry section.\n")
    assert _roles(text)[1:] == [
        ("Chef de Partie", "Grupo Califa Hoteles", "2008", "2012"),
        ("Sous Chef", "Grupo Califa Hoteles", "2012", "2016"),
    ]


def test_a_promotion_chain_with_bracketed_dates_keeps_its_arrows_reading() -> None:
    text = ("# Ravi Rao\nPune\n\n## Experience\n\n**Jul'05 – Jul'12 | Sahyadri Gears Ltd., Pune**\n"
            "Trainee (Jul'05 – Jun'06) → Engineer – Press Shop (Jul'06 – Jul'12)\n- Ran a shift.\n")
    roles = _roles(text)
    assert [(role[0].split(" – ")[0], role[2], role[3]) for role in roles] == [
        ("Trainee", "2005-07", "2006-06"), ("Engineer", "2006-07", "2012-07")]


ASSIGNMENT = ("JO BRANDT\nDenver, CO 80202\n\nPROFESSIONAL EXPERIENCE\n\n"
              "FRONT RANGE HEALTH, Denver, CO                                 Jan 2018 – Present\n"
              "Regional not-for-profit health system; 4 hospitals\n"
              "Director, Patient Safety\n"
              "• Lead 12 safety officers\n"
              "• Incident Commander, Flood Response Branch (Jun 2021 – Dec 2021); liaison to the "
              "city\n"
              "• Cut falls by 20%\n")


def test_a_dated_assignment_in_a_titled_post_is_no_promotion() -> None:
    assert _roles(ASSIGNMENT) == [
        ("Director, Patient Safety", "FRONT RANGE HEALTH", "2018-01", "present")]


def test_promotions_dated_in_the_list_of_an_untitled_header_stay_roles() -> None:
    text = ("JO BRANDT\nDenver, CO 80202\n\nPROFESSIONAL EXPERIENCE\n\n"
            "FRONT RANGE HEALTH, Denver, CO                                 2012 – Present\n"
            "• Director, Patient Safety (2018 – Present)\n"
            "• Manager, Patient Safety (2012 – 2018)\n")
    titles = [role[0] for role in _roles(text)]
    assert titles == ["Director, Patient Safety", "Manager, Patient Safety"]


def test_the_employer_leading_the_line_below_is_read_by_one_reading() -> None:
    patterns = patterns_for(None)
    title_line = ["Ward Manager – Renal Unit"]
    assert employer_leads_below(title_line, "Tamar Health – Plymouth General Hospital", patterns)
    # a name with a legal form beside the title is the employer, whatever leads the line below
    assert not employer_leads_below(["Ward Manager – Tamar Care Ltd"],
                                    "Tamar Health – Plymouth General Hospital", patterns)
    # nothing beside the title: the line below is read on its own terms
    assert not employer_leads_below(["Ward Manager"], "Tamar Health – Plymouth General Hospital",
                                    patterns)


def test_a_units_head_count_under_accountable_for_is_a_led_scope() -> None:
    text = ("# Kim Hale\nYork\n\n## Experience\n\n**Divisional Director**\nYork Teaching Trust\n"
            "2019 – present\n- Accountable for the performance of the surgical division: 9 wards, "
            "1,400 staff and a budget of £90m. Line-manage 4 general managers.\n")
    sizes = {item.value: item.quote for item in read_resume(text, today=TODAY).team_sizes}
    assert max(sizes) == 1400
    assert "1,400 staff" in sizes[1400]


def test_a_head_count_the_employer_has_is_no_led_scope() -> None:
    text = ("# Kim Hale\nYork\n\n## Experience\n\n**Divisional Director**\nYork Teaching Trust\n"
            "2019 – present\n- The trust, accountable to the regulator, employs 9,000 staff.\n"
            "- Led a team of 6.\n")
    assert [item.value for item in read_resume(text, today=TODAY).team_sizes] == [6]
