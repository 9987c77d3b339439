"""A country's rules asked, a career under another country's: the requirement names the laws,
regulation or regulators of one country ("working knowledge of Mexican food-safety law", "tariff
filings with Ofwat") and the résumé places all of the candidate's work and home in other
countries, names that country on none of its role or summary lines, and names none of its
regulators.

Laws, regulators and public bodies are national: the same kind of work done under another
country's rules is the requirement met in part, never in full, however close the words (a
recruiter asks how long the candidate needs to learn this regime). The readings are the ones the
jurisdiction concern makes (``poise.fit.concerns.regime``: a rule word within a few words of a
country's name or adjective; ``poise.fit.concerns.regulator``: regulators as content data with
their country; ``poise.fit.career_places``: where the career lies); here they keep the verdict
below strong, so that the map and the concerns agree. A career that cannot be placed, or that
touches the country asked anywhere, is left alone. Pure.
"""

from __future__ import annotations

import re

from poise.fit.career_places import career_countries
from poise.fit.concerns.jurisdiction import names_country
from poise.fit.concerns.licence_place import EQUIVALENT_RE
from poise.fit.concerns.regime import names_country_rules
from poise.fit.concerns.regulator import RESUME_SECTIONS, regulator_mentions, regulators_named
from poise.fit.distance import countries_named, country_name
from poise.fit.lexicon import FitPatterns
from poise.fit.resume_reader import ResumeProfile

RULES_HINT_RE = re.compile(r"(?i)\b(?:law|legislat|regulat|statut|regime|rules\b|act\b|acts\b)")
"""A word any line asking for rules holds: lines without one skip the country-by-country reading."""
CLAUSE_RE = re.compile(r"[;:()]|\.\s")
"""What ends a clause: a country and a rule word in two clauses ("Fluent Hungarian; follows company
rules") ask for no country's rules."""
IN_LINE_RE = re.compile(r"(?i)\b(?:in (?:line|accordance|keeping) with|consistent with|aligned with|"
                        r"as (?:required|set) by|per)\b(?:\s+(?:the|its|our|all))?[^,;:]*$")
"""Words by which a duty names a regulator only as the standard its work keeps to ("resolve
complaints within SLA in line with the regulator's guidelines"): the duty asks the work, not the
regime."""
IN_LINE_REACH = 60
"""Characters before a regulator's name read for those words."""
FIELD_RE = re.compile(r"(?i)\b(?:degrees?|bachelor\W?s?|master\W?s?|doctorate|ph\.?d|diploma|"
                      r"graduate|qualified in)\b")
"""Words of a requirement asking for a field of study ("a degree in law"), not a country's rules."""


def countries_ruled(text: str, patterns: FitPatterns) -> set[str]:
    """The countries (ISO codes) whose rules ``text`` asks for: by a rule word beside the
    country's name or adjective in one clause, or by naming one of its regulators other than as
    the standard a duty keeps to (``IN_LINE_RE``)."""
    found = {regulator.country for regulator, start in regulator_mentions(text, patterns)
             if not IN_LINE_RE.search(text[max(0, start - IN_LINE_REACH):start])}
    if RULES_HINT_RE.search(text):
        codes = set(patterns.content.lexicons.country_adjectives) | set(countries_named(text))
        found |= {code for code in codes for clause in CLAUSE_RE.split(text)
                  if names_country_rules(clause, code, patterns)}
    return {code for code in found if country_name(code) != code}  # countries only, not a bloc


def rules_shortfall(text: str, resume: ResumeProfile, patterns: FitPatterns) -> str:
    """"work under the rules of Slovakia shown; Poland's asked" when the requirement ``text``
    asks for one country's rules and the résumé shows work only under others' (see the module's
    docstring); "" otherwise, and for a field of study or a requirement accepting an equivalent."""
    if FIELD_RE.search(text) or EQUIVALENT_RE.search(text):
        return ""
    asked = countries_ruled(text, patterns)
    if not asked:
        return ""
    have = career_countries(resume, patterns, possible_home=True)
    if not have or asked & have or names_country(resume, set(asked)):
        return ""
    for line in resume.lines:
        if line.section in RESUME_SECTIONS and any(
                regulator.country in asked for regulator in regulators_named(line.text, patterns)):
            return ""  # a regulator of the country asked is on the record
    shown = " and ".join(sorted(country_name(code) for code in have))
    wanted = " or ".join(sorted(country_name(code) for code in asked))
    return f"work under the rules of {shown} shown; {wanted}'s asked"
