"""Drafts read on rounds 1-13: each general cause found is fixed where the draft is written and
caught by ``draft_check`` in any draft (fresh, invented examples: no evaluation text)."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY, hash_embed

from poise.fit.concerns.place import live_in
from poise.fit.concerns.wording import _fresh_opening, first_person_clause, tagged_present_verb
from poise.fit.lexicon import patterns_for
from poise.fit.quantities import led_headcounts
from poise.fit.result import assess
from poise.followup.draft_check import check_text, repeated_openings
from poise.followup.letter import need_phrase
from poise.followup.voice import at_employer, opening_formula, without_formula


def _kinds(text: str, resume: str = "") -> list[str]:
    return [problem.kind for _, problems in check_text(text, resume=resume) for problem in problems]


# --- the checks, each on a sentence that has the problem and one that has not -------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("What carries over: at Ministry of Transport, I ran the licensing reform.",
     "name without its article"),
    ("The nearest thing on my record: in Royal Navy, I commanded a crew of 90.",
     "name without its article"),
    ("I would be living in Harrowgate General Hospital within three months of accepting.",
     "home at an organisation"),
    ("I would be living in Tamworth depot within three months of accepting.",
     "home at an organisation"),
    ("You also need PhD, and my qualifications include a doctorate in chemistry.", "article"),
    ("You are looking for strong track record in retail: I opened 12 stores.", "article"),
    ("I understand why you ask: this would be a step up from a turnover of 4.5M.",
     "money without its currency"),
    ("You are looking for someone to modernise our claims platform: I led a platform rebuild.",
     "the advert's voice"),
    ("At Orla Freight, I automated customs filing, clearance time fell from 3 days to 1.",
     "comma splice"),
])
def test_each_new_kind_of_problem_is_found(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize("text", [
    "What carries over: at the Ministry of Transport, I ran the licensing reform.",
    "In the Royal Navy, I commanded a crew of 90. At Bank of Montreal, I led the branch review.",
    "I would be living near Harrowgate General Hospital within three months of accepting.",
    "I would be living in Harrogate, North Yorkshire within three months of accepting.",
    "You also need a PhD, and you are looking for a strong track record in retail.",
    "I understand why you ask: this would be a step up from a turnover of £4.5M.",
    "You are looking for someone to modernise your claims platform: I led a platform rebuild.",
    "At Orla Freight, I automated customs filing, and clearance time fell from 3 days to 1.",
    "At Orla Freight, I shipped to Spain, Italy and Greece, and I ran the Lisbon hub.",
    "When we met on Tuesday, you said the next step would be a panel.",
])
def test_sound_sentences_pass_the_new_checks(text: str) -> None:
    assert _kinds(text) == []


def test_partners_counted_as_a_team_are_found_and_a_team_of_staff_is_not() -> None:
    said = ("I understand why you ask: this would be a step up from a team of 9. The foundations "
            "are there: at Cobalt Audio, I managed 9 resellers across Benelux.")
    assert "count read as a team" in _kinds(said)
    staff = ("I understand why you ask: this would be a step up from a team of 9. The foundations "
             "are there: at Cobalt Audio, I led 9 field engineers across Benelux.")
    assert "count read as a team" not in _kinds(staff)


def test_a_noun_compound_told_as_an_action_is_found_and_an_action_is_not() -> None:
    resume = "- Cargo manifest audit and sign-off for 300 sailings a year\n- Led port team of 40"
    assert "noun compound told as an action" in _kinds(
        "At Quayside Lines, I cargo a manifest audit and sign-off for 300 sailings a year.", resume)
    assert "noun compound told as an action" not in _kinds(
        "At Quayside Lines, I led a port team of 40.", resume)


def test_answers_opening_on_one_formula_are_stock_openings() -> None:
    texts = ["That's a fair point: my roles so far have been in Chile. I ran two ports.",
             "You're right: I have not used Oracle Fusion. I ran two ports.",
             "That is a fair question: I live in Lima today. I ran two ports."]
    assert [number for number, problem in repeated_openings(texts)] == [2]
    assert opening_formula(texts[0]) == opening_formula(texts[2]) == frozenset({"fair"})
    assert opening_formula("My roles so far were in Chile. What I bring: a port.") == frozenset()


# --- the fixes where the drafts are written -----------------------------------------------------

def test_an_institution_is_said_with_the_and_a_company_without() -> None:
    names = patterns_for().content.lexicons.names_with_the
    opening, closing = tuple(names.opening), tuple(names.closing)
    assert at_employer("Ministry of Transport", opening, closing) == "at the Ministry of Transport"
    assert at_employer("Indian Army", opening, closing) == "in the Indian Army"
    assert at_employer("Indian Army, Corps of Signals", opening, closing) == \
        "in the Indian Army, Corps of Signals"
    assert at_employer("Bank of Montreal", opening, closing) == "at Bank of Montreal"
    assert at_employer("Orla Freight", opening, closing) == "at Orla Freight"
    assert at_employer("The Open University", opening, closing) == "at The Open University"


def test_a_site_named_as_the_place_of_work_is_lived_near() -> None:
    organisations = patterns_for().organisations
    assert live_in("Harrowgate General Hospital", organisations) == "near Harrowgate General Hospital"
    assert live_in("Tamworth depot", organisations) == "near Tamworth depot"
    assert live_in("Harrogate, North Yorkshire", organisations) == "in Harrogate, North Yorkshire"


def test_a_need_named_by_a_record_or_a_degrees_letters_takes_its_article() -> None:
    assert need_phrase("MBA or equivalent postgraduate study") == "an MBA or equivalent postgraduate study"
    assert need_phrase("Proven track record of opening stores") == "a proven track record of opening stores"
    assert need_phrase("Supply chain or logistics qualification (CILT)") == \
        "a supply chain or logistics qualification (CILT)"
    assert need_phrase("Experience of port operations") == "experience of port operations"


def test_a_need_is_said_back_in_the_candidates_voice() -> None:
    assert need_phrase("Modernise our claims platform with us") == \
        "someone to modernise your claims platform with you"


def test_a_result_spliced_on_with_a_comma_is_joined_with_and() -> None:
    assert first_person_clause("Automated customs filing, clearance time fell from 3 days to 1",
                               current=False) == \
        "I automated customs filing, and clearance time fell from 3 days to 1"
    assert first_person_clause("Led 9 depots, 420 drivers", current=False) == "I led 9 depots, 420 drivers"


def test_a_noun_compound_at_the_head_of_a_line_is_no_verb() -> None:
    assert not tagged_present_verb("Cargo manifest audit and sign-off of 300 sailings a year")
    assert tagged_present_verb("Prepare monthly board packs for the audit committee")


def test_a_formula_said_earlier_in_the_set_is_dropped() -> None:
    told: set[str] = set()
    first = _fresh_opening("That's a fair point: my roles so far have been in Chile.", told)
    second = _fresh_opening("That is a fair question: I live in Lima today.", told)
    third = _fresh_opening("You're right: I have not used Oracle Fusion.", told)
    assert first.startswith("That's a fair point:")
    assert second == "I live in Lima today."
    assert third.startswith("You're right:")
    assert without_formula("I understand why you ask: this is a step up.") == "This is a step up."


def test_partners_are_no_headcount() -> None:
    found = led_headcounts(["Managed 18 wholesalers and importers across the Gulf",
                            "Managed 18 engineers across the Gulf"], patterns_for())
    assert found == [[], [18.0]]


JOB_PNL = """Head of Contact Centres

## Responsibilities
- Own the cluster P&L of approx. USD 40 million in annual revenue

## Requirements
- Proven P&L ownership of a contact-centre business
"""

RESUME_PNL = """# Ravi Menon
Pune, India

## Experience
### Operations Director — Saranga CX, Pune, India
Jan 2018 – present
- Account P&L ownership of USD 7.5 Mn annual revenue
- Lead 6 operations managers and 30 team leaders
"""


def test_a_pnl_step_keeps_the_currency_each_figure_is_stated_in() -> None:
    result = assess(JOB_PNL, RESUME_PNL, embed=hash_embed, today=TODAY)
    missing = [match.missing for match in result.matches if "P&L" in match.missing]
    assert missing and all("$7.5M" in text and "$40M" in text for text in missing)
    answers = " ".join(concern.answer_plan.acknowledge for concern in result.concerns)
    assert "of 7.5M" not in answers


# --- the advert put to use: the panel it names ---------------------------------------------------

ADVERT_PANEL = """Director of Estates

## What you will do
- Meet statutory compliance duties with the estates team and contractors
- Report to the Board's Finance Committee on capital spend

## How we recruit
- Stage 1: a screening call with our search partner
- Stage 2: interview with the Chief Operating Officer → site tour
- Stage 3: a panel interview with the Chair and two trustees (30 minutes)
"""


def test_the_panel_is_read_from_the_lines_about_the_interviews_only() -> None:
    from poise.content.loader import knowledge_base
    from poise.interview.plan import named_interviewers

    content = knowledge_base().interview
    assert content is not None
    names = named_interviewers(content, ADVERT_PANEL)
    assert names[:3] == ["search partner", "Chief Operating Officer", "Chair"]
    assert not any("contractors" in name or "Finance Committee" in name or "→" in name
                   for name in names)


def test_the_panel_the_advert_names_gives_the_personas_and_their_titles() -> None:
    from poise.content.loader import knowledge_base
    from poise.interview.model import RoleContext
    from poise.interview.plan import panel_members

    kb = knowledge_base()
    assert kb.interview is not None
    role = RoleContext(application_id=None, company="Fenmoor Trust", title="Director of Estates",
                       level="director", requirements=(), must_haves=(), job_text=ADVERT_PANEL,
                       concern=None)
    personas = panel_members(kb.formats["panel"], kb.interview, role)
    assert [(persona.id, persona.role) for persona in personas] == [
        ("hr_partner", "Search partner"), ("functional_head", "Chief Operating Officer"),
        ("finance_director", "Chair")]


# --- the advert put to use: pay and company facts -------------------------------------------------

@pytest.mark.parametrize(("line", "low", "high", "currency"), [
    ("Salary: HKD 95,000 - 120,000 per month plus bonus", 1_140_000, 1_440_000, "HKD"),
    ("Base salary: $165-190k plus equity", 165_000, 190_000, "USD"),
    ("Salary: €6.200 – €7.100 brutto monatlich", 74_400, 85_200, "EUR"),
    ("Salary: £88,000 to £96,000 per annum", 88_000, 96_000, "GBP"),
])
def test_the_advert_pay_is_read_as_a_yearly_range_in_its_currency(
        line: str, low: float, high: float, currency: str) -> None:
    from poise.prep.salary import advertised_range

    found = advertised_range(f"Head of Claims\n{line}\n", ["salary"])
    assert found is not None
    assert (found.low, found.high, found.currency) == (low, high, currency)


def test_the_salary_form_starts_from_the_advert_with_its_currency_and_source() -> None:
    from poise.prep.salary import AdvertisedRange
    from poise.web.contexts.prep import _advert_form, _currencies

    form = _advert_form(AdvertisedRange(1_140_000, 1_440_000, "HKD", "Salary: HKD …"),
                        source="the advert")
    assert (form.low, form.high, form.currency, form.source) == \
        ("1,140,000", "1,440,000", "HKD", "the advert")
    assert "HKD" in _currencies("HKD") and _currencies("GBP").count("GBP") == 1


def test_the_pressed_salary_answer_names_its_source_without_claiming_it_is_market_data() -> None:
    from poise.content.loader import knowledge_base
    from poise.prep.salary import check_range, draft_salary
    from poise.services.stories import prep_content

    templates = prep_content(knowledge_base()).salary
    _, pressed = draft_salary(check_range(88_000, 96_000, "GBP", "the advert"), templates,
                              role="Head of Claims")
    assert "Going by the advert, the base for a role like this is between £88,000 and £96,000" in pressed
    assert "market data for comparable roles: the advert" not in pressed
    assert _kinds(pressed) == []


def test_a_revenue_fact_keeps_its_currency_code_and_its_scale_word() -> None:
    from poise.content.loader import knowledge_base
    from poise.prep.company_facts import advert_facts
    from poise.services.stories import prep_content

    facts = advert_facts("Last year we generated a turnover of CHF 212 million across 9 plants.",
                         "Almwerk", prep_content(knowledge_base()).company_facts)
    assert ("What are Almwerk's annual revenues?", "CHF 212 million") in \
        [(fact.prompt, fact.answer) for fact in facts]


def test_a_row_of_an_advert_table_is_never_a_need_the_letter_argues_from() -> None:
    from poise.followup.letter import _table_row

    assert _table_row("| | Chartered membership of CIOB | Degree in construction | A/I |")
    assert not _table_row("Chartered membership of CIOB or RICS")


def test_a_plan_noted_as_an_order_before_a_name_is_said_as_a_commitment() -> None:
    from poise.prep.weakness import draft_weakness

    said = draft_weakness("chairing large meetings", "Join Rotary and chair a committee by June", "")
    assert "I will join Rotary and chair a committee by June." in said
    assert "plan as an order" in _kinds("Join Rotary and chair a committee by June.")
    assert _kinds("Harbour Logistics grew revenue by 9% in 2023.") == []
