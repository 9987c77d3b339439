"""Concerns of the twenty-fourth pass, each on small examples of its own: a role larger than the
record on several axes at once (people, money in one currency, sites) is a step up in scope;
amounts in more currencies are read and converted; a product the job would like, where the
résumé shows a rival product of the same kind, is a tool mismatch."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.content.loader import knowledge_base
from poise.fit.concerns.role_scale import AXIS_FLOOR, Axis, role_step, sites_in
from poise.fit.currency import converted
from poise.fit.lexicon import fit_content
from poise.fit.quantities import amounts_in
from poise.fit.result import assess

ROLES = """### Operations Director — Corrie Mills, Leeds, UK
Mar 2016 – present
- Lead a team of 400 people across 5 warehouses.
- Managed a £40M operating budget.
"""


def _concerns(job_lines: str, *, heading: str = "Requirements", roles: str = ROLES
              ) -> list[tuple[str, str]]:
    job = f"# Head of Operations\n\nLocation: Leeds, UK\n\n## {heading}\n{job_lines}\n"
    resume = f"# Ailsa Ross\nLeeds, UK · ailsa@example.com\n\n## Experience\n{roles}\n"
    return [(concern.kind, concern.title)
            for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]


def _kinds(found: list[tuple[str, str]]) -> list[str]:
    return [kind for kind, _ in found]


# --- Scale as quantities ---------------------------------------------------------------------

def test_sites_are_counted_but_people_named_after_a_site_are_not() -> None:
    assert sites_in("Responsible for 5 warehouses (185,000 m²) with 620 FTE") == [5.0]
    assert sites_in("an organisation of 11 care homes and 1,400 staff") == [11.0]
    assert sites_in("Lead the 38 store directors of the region") == []
    assert sites_in("Founded in 1964") == []


def test_the_role_step_multiplies_only_the_axes_larger_than_the_record() -> None:
    line = None
    axes = [Axis("team", 1400, 1150, line), Axis("budget", 100e6, 74e6, line)]  # type: ignore[arg-type]
    assert 1.6 < role_step(axes) < 1.7
    # an axis the record matches or exceeds neither cancels another's gap nor adds to it
    axes.append(Axis("sites", 3, 9, line))  # type: ignore[arg-type]
    assert 1.6 < role_step(axes) < 1.7
    assert role_step([Axis("team", 105, 100, line)]) == 1.0  # type: ignore[arg-type]
    assert AXIS_FLOOR > 1.0


def test_a_role_larger_on_two_axes_together_is_a_step_up() -> None:
    found = _concerns("- Lead an organisation of 520 people.\n"
                      "- Manage an operating budget of £52M.")
    assert "scope_step_up" in _kinds(found)


def test_a_role_the_record_matches_on_every_axis_raises_no_step_up() -> None:
    found = _concerns("- Lead an organisation of 420 people.\n"
                      "- Manage an operating budget of £41M.")
    assert "scope_step_up" not in _kinds(found)


def test_one_axis_a_little_larger_is_no_step_up() -> None:
    found = _concerns("- Lead an organisation of 480 people.\n"
                      "- Manage an operating budget of £30M.")
    assert "scope_step_up" not in _kinds(found)


def test_more_sites_beside_a_larger_team_is_a_step_up() -> None:
    found = _concerns("- Run 12 warehouses with a team of 480 people.")
    assert "scope_step_up" in _kinds(found)
    assert any("sites 5 → 12" in title for kind, title in found if kind == "scope_step_up")


def test_more_sites_alone_is_no_step_up() -> None:
    found = _concerns("- Run 12 warehouses with a team of 380 people.")
    assert "scope_step_up" not in _kinds(found)


def test_a_wish_for_scale_states_no_role() -> None:
    found = _concerns("- Run 12 warehouses with a team of 480 people.", heading="Nice to have")
    assert "scope_step_up" not in _kinds(found)


def test_a_campaign_target_is_no_budget_to_compare() -> None:
    found = _concerns("- Lead an organisation of 480 people.\n"
                      "- Lead the £60M capital campaign with donors and trustees.")
    assert "scope_step_up" not in _kinds(found)


# --- Money in more currencies ----------------------------------------------------------------

def test_more_currency_codes_are_read_before_an_amount() -> None:
    assert amounts_in("Own the FM budget of approximately SAR 350 million")[0][:2] == (350e6, "SAR")
    assert amounts_in("Operating cost budget of PLN 240 million")[0][:2] == (240e6, "PLN")
    assert amounts_in("a portfolio of KES 900m")[0][:2] == (900e6, "KES")
    # a capitalised scale word after the amount
    assert amounts_in("annual revenue of USD 60 Million")[0][:2] == (60e6, "USD")
    # a code standing alone, or with a small number, is no money
    assert amounts_in("SAR team of 12") == []


def test_new_currencies_convert_by_the_reference_rates() -> None:
    rates = fit_content(knowledge_base()).currencies
    riyals = converted(350e6, "SAR", "AED", rates)
    assert 330e6 < riyals < 360e6  # the riyal and the dirham are close
    assert converted(240e6, "PLN", "EUR", rates) < 60e6


def test_a_budget_in_another_currency_is_a_step_up_by_what_it_comes_to() -> None:
    roles = ("### Facilities Director — Gulf Malls, Dubai, UAE\nMar 2016 – present\n"
             "- Lead a team of 42 staff.\n- Own an OPEX budget of AED 85m.\n")
    found = _concerns("- Own the annual operating budget of approximately SAR 350 million.",
                      roles=roles)
    assert "scope_step_up" in _kinds(found)
    same = _concerns("- Own the annual operating budget of approximately SAR 90 million.",
                     roles=roles)
    assert "scope_step_up" not in _kinds(same)


# --- A rival platform on a wish ---------------------------------------------------------------

CERNER = """### Chief Nursing Officer — Lakeside Health, Leeds, UK
Mar 2016 – present
- Led the nursing optimisation of our Cerner electronic health record across 3 hospitals.
"""


def test_a_wished_product_where_the_record_shows_a_rival_is_a_tool_mismatch() -> None:
    found = _concerns("- Epic EHR experience.", heading="Desirable", roles=CERNER)
    assert "tool_mismatch" in _kinds(found)


def test_a_wished_product_accepting_an_equivalent_raises_none() -> None:
    found = _concerns("- Epic or an equivalent EHR experience.", heading="Desirable", roles=CERNER)
    assert "tool_mismatch" not in _kinds(found)


def test_a_wished_product_the_record_never_names_is_a_mild_tool_concern() -> None:
    found = _concerns("- Epic EHR experience.", heading="Desirable")
    assert "tool_mismatch" in _kinds(found)
    title = next(title for kind, title in found if kind == "tool_mismatch")
    assert "welcome" in title and "Epic" in title  # said as a wish, not as a platform run on
    # the same product given as an example of its kind, or with another of the kind accepted,
    # is met by any product of the kind: no concern
    for line in ("- An EHR such as Epic.", "- Epic or another EHR.", "- Epic or similar EHR."):
        assert "tool_mismatch" not in _kinds(_concerns(line, heading="Desirable")), line


def test_a_wished_product_named_only_in_brackets_or_as_an_example_raises_none() -> None:
    found = _concerns("- Experience of leading nursing input into an electronic health record "
                      "implementation (the Trust goes live with Epic in 2026).",
                      heading="Desirable", roles=CERNER)
    assert "tool_mismatch" not in _kinds(found)
    found = _concerns("- Epic experience and modern analytics tools (e.g. Tableau).",
                      heading="Desirable", roles=CERNER)
    assert "tool_mismatch" not in _kinds(found)


def test_a_wished_product_the_record_shows_raises_none() -> None:
    roles = CERNER.replace("Cerner", "Epic")
    found = _concerns("- Epic EHR experience.", heading="Desirable", roles=roles)
    assert "tool_mismatch" not in _kinds(found)


def test_approximate_head_counts_are_read_as_teams() -> None:
    from poise.fit.lexicon import patterns_for
    from poise.fit.quantities import team_sizes_in

    patterns = patterns_for()
    assert team_sizes_in("Lead a team of approx. 600 staff", patterns) == [600.0]
    assert team_sizes_in("Led roughly 260 people in three sites", patterns) == [260.0]
    assert team_sizes_in("Head of a department of ca. 120 employees", patterns) == [120.0]
    # an approximate figure that counts no people is still no team
    assert team_sizes_in("Managed approx. 320,000 sq m of retail space", patterns) == []
