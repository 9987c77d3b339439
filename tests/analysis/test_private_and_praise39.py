"""Two readings of a whole answer: a private matter the parse shows to be the speaker's own ("my
divorce", "my mother's illness") is oversharing however the rest of the answer sounds, and a
string of character adjectives the general sentiment lexicon lacks ("principled", "dependable",
"disciplined") is self-praise when nothing in the answer shows them. Answers written for these
tests; each reading is checked both ways."""

from __future__ import annotations

from poise.analysis import analyse

ANIMAL = "If you were a tool in a workshop, which one would you be?"


def _rules(question: str, answer: str) -> set[str]:
    return {finding.rule for finding in analyse(question, answer).findings}


def test_a_private_matter_owned_by_the_speaker_is_oversharing_in_a_light_answer() -> None:
    answer = ("A spirit level, because I keep things straight and fair for the crews. In 2022 I "
              "rebuilt the shift rota with the two leads, and overtime fell from 14% to 6%. Since "
              "my divorce last year I look after my two boys alone, and my father's dementia "
              "means most weekends are at his flat.")
    assert "tone.oversharing" in _rules(ANIMAL, answer)


def test_a_clients_private_matter_is_not_oversharing() -> None:
    answer = ("A spirit level, because I keep things straight and fair for the crews. In 2022 I "
              "rebuilt the shift rota with the two leads, and overtime fell from 14% to 6%. One "
              "client's divorce once stalled a contract, and we simply waited a month.")
    assert "tone.oversharing" not in _rules(ANIMAL, answer)


def test_character_adjectives_with_nothing_to_show_them_are_self_praise() -> None:
    answer = ("A spirit level, I think. I am dependable, thorough and methodical, and people "
              "know I am calm. I hold myself to high standards and I expect the same of "
              "others, which is why crews trust me.")
    assert "tone.self_praise" in _rules(ANIMAL, answer)


def test_the_same_adjectives_beside_a_story_that_shows_them_are_not_flagged() -> None:
    answer = ("A spirit level, I think. I am principled, dependable and disciplined. In 2022 I "
              "rebuilt the shift rota with the two leads and I audited every timesheet myself; "
              "overtime fell from 14% to 6% in a quarter.")
    assert "tone.self_praise" not in _rules(ANIMAL, answer)
