"""A language the job welcomes and the résumé never speaks is a mild language concern, read last;
a language the résumé shows at any level, one it names only as a place's adjective, or a line
that requires the language raises no such concern. A résumé line denying a language lists none.
A licence line naming no place asks for the post's country's when the candidate lives abroad."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.concerns.licence_place import licence_elsewhere
from poise.fit.denied import denies_language
from poise.fit.lexicon import patterns_for
from poise.fit.result import assess
from poise.fit.resume_reader import read_resume

JOB = """# Plant Director
Location: Porto, Portugal

## Requirements
- 10+ years running food factories of 300 staff or more.
- Fluent English.

## Nice to have
- {wish}
"""

RESUME = """# Hannah Kowalczyk
Gdańsk, Poland

## Experience
### Plant Manager — Baltic Snacks, Gdańsk
2012 – present
- Ran two factories with 420 staff; output up 18% in three years.
{extra}
## Languages
- Polish (native)
- English (C1)
{languages}
"""


def _concerns(wish: str, *, extra: str = "", languages: str = "") -> list[dict[str, object]]:
    fit = assess(JOB.format(wish=wish), RESUME.format(extra=extra, languages=languages),
                 embed=hash_embed, today=TODAY).to_dict()
    return [concern for concern in fit["concerns"] if concern["kind"] == "language_level"]


def test_a_welcome_language_the_resume_never_speaks_is_raised_mildly() -> None:
    (concern,) = _concerns("Portuguese would be an advantage.")
    assert "Portuguese" in str(concern["title"]) and "welcome" in str(concern["title"])


def test_a_choice_of_languages_is_answered_by_any_one_spoken() -> None:
    assert _concerns("Portuguese or Czech is a plus.")
    assert not _concerns("Portuguese or Czech is a plus.", languages="- Czech (B1)")


def test_a_language_shown_at_a_level_is_left_to_the_level_readers() -> None:
    concerns = _concerns("Portuguese would be an advantage.", languages="- Portuguese (B2)")
    assert not any("welcome" in str(concern["title"]) for concern in concerns)


def test_a_culture_named_without_asking_its_language_is_no_wish() -> None:
    assert not _concerns("An understanding of Portuguese culture and partnership with growers.")


def test_a_place_named_by_its_adjective_is_no_language_spoken() -> None:
    extra = "- Negotiated supply terms with the Portuguese Government's food agency."
    assert _concerns("Portuguese would be an advantage.", extra=extra)


def test_a_resume_line_denying_a_language_lists_none() -> None:
    patterns = patterns_for()
    assert denies_language("I do not speak Welsh but I am keen to learn.", "Welsh", patterns)
    assert not denies_language("I speak Welsh at home, not at work.", "Welsh", patterns)
    resume = read_resume("# A\n\n## Languages\n- English (native). I do not speak Welsh yet.\n",
                         today=TODAY)
    assert "Welsh" not in dict(resume.languages)
    assert _concerns("Portuguese would be an advantage.",
                     languages="- I do not speak Portuguese, but I am keen to learn.")


def test_a_licence_naming_no_place_is_the_posts_country() -> None:
    patterns = patterns_for()
    resume = read_resume("# Ravi Menon\nChennai, India\n\n## Experience\n"
                         "### Clinical Director — Coastal Hospital, Chennai\n2015 – present\n"
                         "- Ran a 300-bed hospital.\n\n## Registrations\n"
                         "- Registered medical practitioner, Medical Council of India (2009)\n",
                         today=TODAY)
    line = "Current registration with the Medical Council as a medical practitioner."
    home = frozenset({("NZ", "")})
    found = licence_elsewhere(line, resume, patterns, home)
    assert found is not None and found[0] == {("NZ", "")} and ("IN", "") in found[2]
    # without the post's country, or on a line that accepts an equivalent, nothing is asked
    assert licence_elsewhere(line, resume, patterns) is None
    assert licence_elsewhere(line.replace(".", " or equivalent."), resume, patterns, home) is None
    # a seat on a board is a membership, not a grant: it asks for no place's
    assert licence_elsewhere("Experience as a member of a hospital board.", resume, patterns,
                             home) is None
    # a line about the work, not a credential, asks for no place's licence
    assert licence_elsewhere("Experience of running a medical practice.", resume, patterns,
                             home) is None
