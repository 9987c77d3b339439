"""A language the job welcomes that the résumé does not speak at all: a mild language concern.

A desirable line ("Arabic is an advantage", "Ability to speak Welsh, or a commitment to learn")
or a clause offering a language as an asset beside what the line requires ("Fluent English;
Filipino is an advantage") is no reason for pause when the résumé shows the language at any
level, which the level readers judge (``requirements._level_below``). When the résumé names none
of the languages the line welcomes, recruiters often ask how the candidate would work with the
people who speak it: the keys of rounds 28–37 raise it for 10 of 15 such lines (1 of 19 in rounds
1–27, 11 of 34 over all). It is raised once, scored below every gap of an essential line, so it
reads last among what to prepare.

A résumé line that names the language only to deny it ("I do not speak Welsh") shows no
knowledge of it (``denied.denies_language``, read from the line's parse).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from poise.fit.concerns.evidence import best_achievement, simple_draft
from poise.fit.concerns.model import Context, Draft
from poise.fit.denied import denies_language
from poise.fit.ladders import languages_in
from poise.fit.match import NONE, Verdict, asks_language, item_pattern, optional_languages

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from poise.fit.job_reader import Requirement

WISH_PENALTY = 12
"""Points below a desirable line's own language concern: a wish the résumé lacks outright reads
after every gap the job states as essential."""
MOST_NAMED = 3
"""How many languages a concern names at most ("Amharic or Afaan Oromo")."""


def wished_language_draft(context: Context, drafts: Iterable[Draft],
                          raises: Callable[[Requirement], bool]) -> Draft | None:
    """One language concern for the first line that welcomes languages the résumé shows none
    of; None when every such line is answered, a language concern is already raised, or the
    line already raised a concern of its own."""
    drafts = list(drafts)
    if any(draft.kind == "language_level" for draft in drafts):
        return None
    raised_on = {draft.requirement.id for draft in drafts if draft.requirement is not None}
    for requirement in context.job.requirements:
        if requirement.id in raised_on or not raises(requirement):
            continue
        wished = welcomed_languages(requirement, context)
        if not wished or any(spoken(language, context) for language in wished):
            continue  # one language of a choice the résumé speaks answers the line
        draft = simple_draft("language_level", requirement,
                             Verdict(kind="languages", strength=NONE, reason=""), context)
        named = wished[:MOST_NAMED]
        draft.values.update({"language": " or ".join(named), "language_first": named[0],
                             "language_have": "none", "language_wanted": "welcome"})
        draft.variant = "wished"
        draft.key = "language_level"
        draft.score -= WISH_PENALTY
        draft.support = best_achievement(context, recent=True) or draft.support
        draft.resume_line = draft.support
        return draft
    return None


def welcomed_languages(requirement: Requirement, context: Context) -> list[str]:
    """The languages other than English a line offers as welcome rather than required: every
    language of a line the advert does not require, or those of its clauses offering them as an
    asset; [] for a line that requires them."""
    named = [language for language, _ in languages_in(requirement.text, context.patterns)
             if language != "English"]
    if not named or not asks_language(requirement.text, context.patterns):
        return []  # "an understanding of te ao Māori" asks for a world view, not the language
    if requirement.section == "nice" or (not requirement.must and requirement.section != "duties"):
        return list(dict.fromkeys(named))
    optional = optional_languages(requirement.text, context.patterns)
    return [language for language in dict.fromkeys(named) if language in optional]


def spoken(language: str, context: Context) -> bool:
    """Whether the résumé shows ``language`` at any level: in its languages, or on a line that
    names it as a language (under a languages heading, at a level or with a word of speaking
    it; "the Welsh Government" is no Welsh) and does not deny it ("I do not speak Welsh")."""
    if language in dict(context.resume.languages):
        return True
    pattern = item_pattern(language)
    return any(pattern.search(line.text) and (
        "language" in line.heading.lower() or asks_language(line.text, context.patterns))
        and not denies_language(line.text, language, context.patterns)
        for line in context.resume.lines)

