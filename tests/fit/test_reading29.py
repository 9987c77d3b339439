"""The résumé reader and the concern drafts on layouts and wordings met in new pairs: an
employer's line ending with a dotted abbreviation ("D.C."), the employer's blurb under its name
ending with a full stop and holding a colon, Québec's lower-case legal forms ("inc.", "ltée"),
a work history headed "Professional path", and the article a kind of tool takes ("an ERP
platform"). Each mechanism with a near miss that must not change."""

from __future__ import annotations

import pytest
from tests.fit.conftest import TODAY, hash_embed

from poise.analysis.article import needs_an, with_indefinite_article
from poise.fit.dates import RANGE_RE
from poise.fit.lexicon import patterns_for
from poise.fit.result import assess
from poise.fit.resume_reader import _blurb_under_name, _resume_lines, read_resume
from poise.fit.role_header import classify

PATTERNS = patterns_for()


def _posts(text: str) -> list[tuple[str, str]]:
    profile = read_resume(text, today=TODAY)
    return [(role.title, role.employer) for role in profile.roles]


GROUPED = """# Tomás Ferreira

## Work experience

**HALVERSTON MILLING S.A.** – Washington D.C.
*Flour and feed miller of the Orlen group: 2 mills, 340 staff.*

**Mill Manager** | Mar 2016 – present
- Run both shifts of the north mill.

**Shift Supervisor** | Jan 2012 – Feb 2016
- Led a crew of 14.

**Corbel Feeds Ltd**, Dayton
*Animal feed, one plant.*

**Quality Technician** | Jul 2008 – Dec 2011
- Sampled every intake.
"""


def test_an_employer_over_its_blurb_heads_every_post_below_it() -> None:
    assert _posts(GROUPED) == [("Mill Manager", "HALVERSTON MILLING S.A."),
                               ("Shift Supervisor", "HALVERSTON MILLING S.A."),
                               ("Quality Technician", "Corbel Feeds Ltd")]


def test_a_sentence_under_a_title_is_no_blurb_of_an_employer() -> None:
    # the line over the full stop names a post, not an employer: the sentence is a duty
    items = _resume_lines("## Experience\n\nMill Manager\nScope: two mills and the depot.\n"
                          "Mar 2016 – present\n", PATTERNS)
    sentence = next(at for at, item in enumerate(items) if item.text.startswith("Scope"))
    assert not _blurb_under_name(items, sentence, PATTERNS)


def test_a_blurb_set_apart_from_the_name_by_a_blank_line_is_no_part_of_it() -> None:
    items = _resume_lines("## Experience\n\nCorbel Feeds Ltd, Dayton\n\nAnimal feed: one plant.\n"
                          "Quality Technician | Jul 2008 – Dec 2011\n", PATTERNS)
    blurb = next(at for at, item in enumerate(items) if item.text.startswith("Animal"))
    assert not _blurb_under_name(items, blurb, PATTERNS)


@pytest.mark.parametrize("line", ["Fromageries Bellerive inc., Sherbrooke (Québec)",
                                  "Camionnage Dufresne & Fils ltée, Rimouski",
                                  "Papeterie Montcalm Limitée"])
def test_quebec_legal_forms_mark_an_employer(line: str) -> None:
    piece = classify(line, PATTERNS)
    assert (piece.kind, piece.strong) == ("employer", True)


def test_a_short_form_in_lower_case_inside_a_word_marks_nothing() -> None:
    assert classify("Incident lead, Sherbrooke", PATTERNS).strong is False


PATH = """# Claire Roy

## Professional path

**2018 – today | Director, Finance**
Fromageries Bellerive inc., Sherbrooke (Québec)
- Closed the books in five days.

**2012 – 2018 | Controller**
Camionnage Dufresne & Fils ltée, Rimouski (Québec)
- Ran payroll for 300 drivers.
"""


def test_a_professional_path_is_the_work_history() -> None:
    assert _posts(PATH) == [("Director, Finance", "Fromageries Bellerive inc."),
                            ("Controller", "Camionnage Dufresne & Fils ltée")]


@pytest.mark.parametrize(("phrase", "expected"), [
    ("ERP platform", "an ERP platform"), ("HR system platform", "an HR system platform"),
    ("CRM platform", "a CRM platform"), ("university system", "a university system"),
    ("hour of training", "an hour of training"), ("applicant tracking platform",
                                                  "an applicant tracking platform"),
])
def test_a_kind_of_tool_takes_the_article_its_sound_asks(phrase: str, expected: str) -> None:
    assert with_indefinite_article(phrase) == expected


def test_letters_named_with_a_vowel_take_an() -> None:
    assert needs_an("MBA") and needs_an("SQL") and not needs_an("CRM") and not needs_an("UX")


def test_a_kind_of_tool_asked_reads_as_english_in_the_concern_draft() -> None:
    job = "# Head of People\n\n## Requirements\n- Essential: hands-on experience running an ERP.\n"
    resume = ("# Ana Reyes\nLeeds\n\n## Experience\n### HR Director — Mesa Foods Ltd, Leeds\n"
              "May 2016 – present\n- Led a team of 12 HR staff across 3 sites.\n")
    concern = next(concern for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns
                   if concern.kind == "tool_mismatch")
    text = concern.to_dict()
    assert "hands-on in an ERP platform." in text["draft"]
    assert "the fundamentals training on an ERP platform" in text["draft"]
    assert "no ERP platform experience" in text["question"]
    assert " a ERP" not in str(text) and "the an " not in str(text) and "no an " not in str(text)


# -- a running post whose dash is glued to its start ---------------------------------------------

@pytest.mark.parametrize("line", ["1/2023– Head of Finance", "2021– Plant Manager, North Site"])
def test_a_dash_glued_to_the_start_then_the_title_is_a_post_still_running(line: str) -> None:
    hit = RANGE_RE.search(line)
    assert hit is not None and hit.group("end") is None


@pytest.mark.parametrize("line", ["2019– 2021 Plant Manager", "March 2019– March 2021",
                                  "2019– present", "2019– to 2021", "ISO 9001– Quality lead"])
def test_a_glued_dash_before_an_end_or_after_no_date_is_no_open_post(line: str) -> None:
    hit = RANGE_RE.search(line)
    assert hit is None or hit.group("end") is not None


def test_the_running_post_is_read_and_leaves_no_gap() -> None:
    resume = ("# Aino Virta\n\n## Experience\n\n**1/2023–  Head of Finance**\nKallio Foods Oy, Turku\n"
              "- Closed the books.\n\n**8/2015–12/2022  Finance Manager**\nKallio Foods Oy, Turku\n"
              "- Ran payroll.\n")
    profile = read_resume(resume, today=TODAY)
    assert [(role.title, role.current) for role in profile.roles] == [
        ("Head of Finance", True), ("Finance Manager", False)]


@pytest.mark.parametrize(("word", "expected"), [
    ("85-person", True), ("11-site", True), ("$80M", True), ("18-month", True), ("8,000", True),
    ("110-bed", False), ("12-site", False), ("$1.8bn", False), ("180-day", False),
    ("urgent", True), ("urban", True), ("urology", False), ("iPhone", True), ("M.Sc.", True),
])
def test_figures_and_words_take_the_article_their_sound_asks(word: str, expected: bool) -> None:
    assert needs_an(word) is expected
