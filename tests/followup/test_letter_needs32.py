"""The letter argues a director's fit from what the candidate did before what they hold: a strong
action (even for a nice-to-have) comes before a strong degree or language, and a need of
capacity is said with its article ("the ability to communicate in Spanish")."""

from __future__ import annotations

from typing import Any

from poise.content.loader import knowledge_base
from poise.followup.application import read_fit
from poise.followup.letter import choose_needs, need_phrase


def _templates() -> Any:
    followup = knowledge_base().followup
    assert followup is not None
    return followup.letter


def _fit(requirements: list[tuple[str, str, bool]], quotes: list[str]) -> dict[str, Any]:
    return {
        "version": 1,
        "requirements": [{"id": f"r{n}", "text": text, "kind": kind, "must": must, "numbers": {}}
                         for n, (text, kind, must) in enumerate(requirements)],
        "matches": [{"requirement_id": f"r{n}", "strength": "strong", "quote": quote,
                     "reason": "", "score": 0.8} for n, quote in enumerate(quotes)],
        "concerns": [],
        "resume": {"roles": [], "languages": [{"language": "Spanish", "level": "native"}],
                   "education": ["BSc Civil Engineering, University of Houston"],
                   "certifications": []},
    }


def test_what_the_candidate_did_comes_before_a_language_or_a_degree() -> None:
    fit = _fit([("Ability to communicate in Spanish", "languages", True),
                ("A bachelor's degree in civil engineering", "education", True),
                ("Experience negotiating supplier agreements", "experience", False)],
               ["Spanish (native)", "BSc Civil Engineering, University of Houston",
                "Negotiated subcontracts and supplier agreements worth $60M a year"])
    needs = choose_needs(read_fit(fit), _templates())
    assert needs and "supplier agreements" in needs[0].sentence


def test_a_need_of_capacity_takes_its_article() -> None:
    assert need_phrase("Ability to communicate in Spanish") == \
        "the ability to communicate in Spanish"
    assert need_phrase("Willingness to travel to remote sites") == \
        "the willingness to travel to remote sites"
