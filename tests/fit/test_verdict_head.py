"""The verdict head and the checks it weighs: exposure to a tool, standards' codes as named items,
labelled terms of the post, a tool concern on a nice-to-have, and the learned head itself."""

from __future__ import annotations

import numpy as np
from tests.fit.conftest import TODAY, hash_embed

from poise.analysis.learned import LinearModel
from poise.fit import evaluation_view
from poise.fit.extract import read_job
from poise.fit.match import LIST_ITEM_RE, NONE, PARTIAL, STRONG, Match, item_pattern
from poise.fit.result import assess
from poise.fit.verdict_head import (
    FEATURES,
    LABELS,
    NONE_AT,
    HeadVerdict,
    apply_head,
    judge,
    revise,
    shipped_verdict_head,
    specifics,
    unshown_part,
)

RESUME = """# Sam Reyes
Leeds, UK · sam@example.org

## Experience
Operations Manager, Pellow Foods Ltd, Leeds, 2016 – present
- Lead 40 operators through four shift leaders.
"""


def _fit(requirements: str, extra: str = "", *, heading: str = "Requirements"):
    job = f"# Head of Operations\n\n## {heading}\n{requirements}\n"
    return assess(job, RESUME + extra, embed=hash_embed, today=TODAY)


def _first(requirement: str, extra: str = "") -> dict:
    return evaluation_view(_fit(f"- {requirement}", extra))["requirements"][0]


def test_a_tool_seen_only_in_a_pilot_is_partial_and_says_so() -> None:
    read = _first("Hands-on experience with Microsoft Dynamics 365",
                  "- Member of the Dynamics 365 pilot team for the new warehouse.\n")
    assert read["verdict"] == "partial"
    assert "pilot" in read["missing"]


def test_a_tool_run_hands_on_is_strong() -> None:
    read = _first("Hands-on experience with Microsoft Dynamics 365",
                  "- Ran purchasing and stock control in Dynamics 365 for three sites.\n")
    assert read["verdict"] == "strong"


def test_a_standards_code_with_its_number_is_one_item() -> None:
    items = [hit.group(0) for hit in LIST_ITEM_RE.finditer("Keep ISO 9001, BRCGS and ISO/IEC 17025")]
    assert items == ["ISO 9001", "BRCGS", "ISO/IEC 17025"]
    assert item_pattern("ISO/IEC 17025").search("accredited to ISO 17025 in 2019")
    assert not item_pattern("ISO 9001").search("ISO 14001 certified")


def test_a_list_of_standards_with_one_not_shown_is_partial() -> None:
    read = _first("Maintain ISO 9001 and ISO 22000 certification across the site",
                  "- Kept ISO 9001 certification with no major findings in six audits.\n")
    assert read["verdict"] == "partial"
    assert "ISO 22000" in read["missing"]


def test_labelled_terms_of_the_post_are_not_requirements() -> None:
    job = read_job("# Head of Operations\n\n## About the role\nEmployment type: Permanent\n"
                   "Remuneration: £70,000 plus car\nHours per week: 37.5\n\n## Requirements\n"
                   "- Experience running a food factory\n")
    texts = [requirement.text for requirement in job.requirements]
    assert texts == ["Experience running a food factory"]


def test_another_platform_on_a_nice_to_have_raises_a_tool_concern() -> None:
    fit = _fit("- Running a food factory\n\n## Nice to have\n- Workday HCM experience",
               "\n## Skills\nSuccessFactors (time and attendance)\n")
    assert "tool_mismatch" in [concern.kind for concern in fit.concerns]


def test_a_nice_to_have_tool_not_named_at_all_raises_no_concern() -> None:
    fit = _fit("- Running a food factory\n\n## Nice to have\n- Workday HCM experience")
    assert "tool_mismatch" not in [concern.kind for concern in fit.concerns]


def _model(bias: list[float]) -> LinearModel:
    return LinearModel(LABELS, np.zeros((3, len(FEATURES)), dtype=np.float32),
                       np.asarray(bias, dtype=np.float32), "test")


def test_the_head_says_none_once_its_probability_reaches_the_threshold() -> None:
    rows = np.zeros((1, len(FEATURES)), dtype=np.float32)
    # Probabilities about 0.21 / 0.29 / 0.50: "strong" is likeliest, "none" reaches NONE_AT.
    assert NONE_AT <= 0.21
    assert judge(_model([0.0, 0.32, 0.87]), rows)[0].strength == NONE
    assert judge(_model([-3.0, 0.0, 1.0]), rows)[0].strength == STRONG


def test_without_a_head_or_with_other_features_the_checks_decide() -> None:
    fit = _fit("- Running a food factory")
    wrong_width = LinearModel(LABELS, np.zeros((3, 2), dtype=np.float32),
                              np.zeros(3, dtype=np.float32), "test")
    assert apply_head(None, fit.job.requirements, fit.matches, fit.resume, None) == fit.matches  # type: ignore[arg-type]
    assert apply_head(wrong_width, fit.job.requirements, fit.matches, fit.resume,
                      None) == fit.matches  # type: ignore[arg-type]


def test_the_head_decides_every_verdict_when_it_is_given() -> None:
    job = "# Head of Operations\n\n## Requirements\n- Running a food factory\n- Lean Six Sigma\n"
    fit = assess(job, RESUME, embed=hash_embed, today=TODAY, verdict_head=_model([-5.0, 5.0, -5.0]))
    assert [match.strength for match in fit.matches] == [PARTIAL, PARTIAL]
    assert all(match.missing for match in fit.matches)


def test_a_lowered_verdict_says_what_is_missing() -> None:
    match = Match("r1", STRONG, "Kept ISO 9001 certification", "Close in meaning.", 0.8)
    requirement = read_job("# Role\n\n## Requirements\n- ISO 9001 and ISO 22000 audits\n"
                           ).requirements[0]
    lowered = revise(match, HeadVerdict(PARTIAL, 0.6), requirement, "Kept ISO 9001 certification")
    assert lowered.strength == PARTIAL
    assert lowered.missing == "ISO 22000 not shown"
    assert "part of the requirement" in lowered.reason


def test_unshown_words_name_what_the_resume_never_says() -> None:
    assert unshown_part("Negotiating with trade unions", "Negotiated supplier contracts") == (
        "trade, unions not shown")
    assert specifics("Keep ISO 9001 and reach 98% OTIF") == ["ISO 9001", "98", "OTIF"]


def test_the_shipped_head_reads_the_features_it_was_trained_on() -> None:
    head = shipped_verdict_head()
    assert head is not None
    assert head.labels == LABELS
    assert head.weights.shape == (3, len(FEATURES))
