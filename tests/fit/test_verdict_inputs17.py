"""The verdict head's newer inputs and the language lines they rest on: a duty of the post told
from a qualification, proper names the résumé never writes, and a language line that names
nothing but a language and how welcome it is."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY, hash_embed

from poise.analysis.learned import LinearModel
from poise.fit import evaluation_view
from poise.fit.extract import read_job
from poise.fit.lexicon import patterns_for
from poise.fit.match import PARTIAL, asks_language
from poise.fit.result import assess
from poise.fit.verdict_features import FEATURES, _name_features, proper_names
from poise.fit.verdict_head import LABELS, judge

RESUME = """# Jo Marlow
Ghent, Belgium · jo@example.org

## Experience
Plant Manager, Verhaegen Coatings NV, Ghent, 2017 – present
- Lead 120 operators through six shift supervisors.
- Report monthly to the supervisory board on safety and output.

## Languages
**Mother tongue:** Dutch
English | C1
Spanish | A2
"""


def _requirements(lines: str) -> list[dict]:
    job = f"# Site Director\n\n## Requirements\n{lines}\n"
    return evaluation_view(assess(job, RESUME, embed=hash_embed, today=TODAY))["requirements"]


def test_proper_names_inside_a_line_are_read_and_its_first_word_is_not() -> None:
    assert proper_names("Knowledge of Flemish labour law and the Walloon grants") == [
        "Flemish", "Walloon"]
    assert proper_names("Competency: partnership working") == []
    assert proper_names("Liaise with the Port Authority and the Harbour Master") == [
        "Port Authority", "Harbour Master"]


def test_a_name_the_resume_writes_in_lower_case_counts_as_written() -> None:
    asked, unnamed = _name_features("Report to the Supervisory Board and the Walloon agency",
                                    RESUME)
    assert asked == 1.0
    assert unnamed > 0.0  # "Walloon" is never written; "Supervisory Board" is, in lower case
    assert _name_features("Report to the Supervisory Board", RESUME) == [1.0, 0.0]
    assert _name_features("Lead a plant of 100 people", RESUME) == [0.0, 0.0]


def test_the_head_reads_duties_and_names_as_inputs() -> None:
    assert {"duty", "names_asked", "names_unnamed"} <= set(FEATURES)


def test_a_line_naming_only_a_welcome_language_asks_for_that_language() -> None:
    patterns = patterns_for()
    assert asks_language("Portuguese appreciated", patterns)
    assert asks_language("Czech or Slovak is a plus", patterns)
    assert not asks_language("Portuguese suppliers appreciated", patterns)
    assert not asks_language("Experience with French customers", patterns)


def test_an_appreciated_language_is_parted_from_the_languages_required() -> None:
    job = read_job("# Site Director\n\n## Requirements\n- Fluent English and Spanish; Dutch "
                   "appreciated\n")
    texts = [requirement.text for requirement in job.requirements]
    assert any(text.startswith("Dutch appreciated") for text in texts)
    assert any(text.startswith("Fluent English and Spanish") for text in texts)


def test_a_welcome_language_held_as_mother_tongue_is_strong() -> None:
    found = _requirements("- Dutch appreciated")
    assert found[0]["verdict"] == "strong"
    assert "Dutch" in found[0]["evidence"]


def _head(bias: list[float]) -> LinearModel:
    return LinearModel(LABELS, np.zeros((3, len(FEATURES)), dtype=np.float32),
                       np.asarray(bias, dtype=np.float32), "test")


def test_a_duty_is_not_rated_strong_on_less_certainty_than_a_qualification() -> None:
    # About 0.07 / 0.18 / 0.75: strong is likely but under the threshold, so both stay partial.
    model = _head([-0.5, 0.4, 1.8])
    qualification = np.zeros((1, len(FEATURES)), dtype=np.float32)
    duty = qualification.copy()
    duty[0, FEATURES.index("duty")] = 1.0
    assert judge(model, qualification)[0].strength == PARTIAL
    assert judge(model, duty)[0].strength == PARTIAL


def test_a_duty_heading_marks_its_lines_as_duties() -> None:
    job = read_job("# Site Director\n\n## Key responsibilities\n- Lead the plant's safety "
                   "programme across three shifts\n\n## Requirements\n- Ten years in coatings "
                   "manufacturing\n")
    sections = {requirement.text[:4]: requirement.section for requirement in job.requirements}
    assert sections["Lead"] == "duties"
    assert sections["Ten "] != "duties"
