"""A requirement that accepts another tool of the kind it names ("HubSpot or a similar CRM") is
met by a rival of that kind the résumé shows; one naming the tool alone is not."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.match import accepts_alike
from poise.fit.result import assess

RESUME = ("# Mira Koh\nPerth, Australia\n\n## Experience\n"
          "### Head of Member Services — Coastal Credit Union, Perth, Australia\nJul 2019 – present\n"
          "- Moved 60,000 member records and the call centre onto SuccessFactors and Salesforce.\n")


def _tools(job_line: str) -> str:
    job = f"# Member Experience Director\n\n## Essential\n- {job_line}\n"
    (match,) = assess(job, RESUME, embed=hash_embed, today=TODAY).matches
    (verdict,) = [verdict for verdict in match.verdicts if verdict.kind == "tools"]
    return verdict.strength


def test_a_rival_of_the_kind_meets_a_tool_or_similar() -> None:
    assert _tools("Hands-on use of HubSpot or a comparable CRM platform") == "strong"


def test_a_rival_does_not_meet_a_tool_named_alone() -> None:
    assert _tools("Hands-on use of HubSpot for member campaigns") == "partial"


def test_alike_words_are_told_from_a_choice_of_named_tools() -> None:
    for accepting in ("Workday or equivalent", "Workday or another HRIS", "Workday or any other "
                      "HR system", "Workday or similar"):
        assert accepts_alike(accepting, "Workday"), accepting
    for choosing in ("Workday or SuccessFactors", "Workday and similar projects",
                     "Workday and a planning method (S&OP or similar)"):
        assert not accepts_alike(choosing, "Workday"), choosing
