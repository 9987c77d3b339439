"""A career in one country for an employer that spans several: the advert places the post in one
country and its employer's work across others (its sites, merchants or customers in named
countries, or in a counted number of them: "plants in 15 countries", "mills in Finland, Sweden
and Germany"), while every role on the résumé, and its address, lie in a single other country.

Read as facts, not wording: the countries the advert names or counts, the post's country (its
place label, else the advert's header lines), and the career's country (``career_places``).
The résumé answers the concern when its roles' lines name work in other countries beyond a
passing mention (``PASSING_COUNTRIES``), or when any of its lines places work in the post's own
country; the concern is then never raised.
"""

from __future__ import annotations

import re

from poise.fit.career_places import career_countries, place_countries
from poise.fit.concerns.evidence import base_score, first_line
from poise.fit.concerns.model import Context, Draft, Values
from poise.fit.distance import countries_named, country_code, country_name

SPREAD = 3
"""How many countries an advert's employer must span (named, or counted) to be an international
group rather than a firm at home with one foreign customer."""
PASSING_COUNTRIES = 1
"""Countries beyond the career's own that the résumé's roles and summary may name in passing (a
buyer, a supplier's home) before the record counts as work across borders."""
HEADER_LINES = 6
"""The advert's and résumé's first lines, where the post's place and the candidate's address
stand."""
NUMBER_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12}
COUNT_RE = re.compile(r"(?i)\b(?:in|across|to|from)\s+(?:over\s+|more\s+than\s+|some\s+|"
                      r"about\s+|around\s+)?(\d{1,3}|" + "|".join(NUMBER_WORDS)
                      + r")\s+(?:other\s+|different\s+|[A-Z][a-z]+\s+)?(?:countries|markets)\b")
"""A number of countries the employer works in ("in 14 countries", "across seven markets")."""
SPREAD_RE = re.compile(r"(?i)\b(?:group|sites?|plants?|mills?|factories|offices|subsidiar\w+|"
                       r"customers?|clients?|merchants|markets?|export\w*|operations?|"
                       r"employ\w*|countries)\b")
"""Words by which a line names where an employer works, not a benefit or a reference."""


def _countries(text: str, context: Context) -> set[str]:
    """The countries a line names: by town or country (``countries_named``), and every country
    of the lexicon's list by its name."""
    found = set(countries_named(text))
    for hit in context.patterns.countries.finditer(text):
        code = country_code(hit.group(0))
        if code:
            found.add(code)
    return found


def _count(text: str) -> int:
    found = 0
    for hit in COUNT_RE.finditer(text):
        word = hit.group(1).lower()
        found = max(found, int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0))
    return found


def _post_country(context: Context) -> set[str]:
    """The post's country: its place label's, else the one country the advert's first lines
    name."""
    job, patterns = context.job, context.patterns
    found = place_countries(job.location, patterns) if job.location else set()
    if found:
        return found
    head = [line for line in job.text.splitlines() if line.strip()][:HEADER_LINES]
    named = set().union(*(set(countries_named(line)) for line in head)) if head else set()
    return named if len(named) == 1 else set()


def _home_country(context: Context) -> set[str]:
    """The career's countries, else the ones the résumé's first lines (its address) name."""
    resume, patterns = context.resume, context.patterns
    found = set(career_countries(resume, patterns, possible_home=True))
    if found:
        return found
    for line in resume.lines[:HEADER_LINES]:
        if line.role is None:
            # by a country's own name only: a header's "Mobile" or "Male" is no town
            found |= {code for code, word in countries_named(line.text).items()
                      if word.lower() == country_name(code).lower()}
    return found


def _spread_line(context: Context, post: set[str], home: set[str]) -> str:
    """The first advert line showing its employer across ``SPREAD`` countries or more beyond the
    candidate's: several named (the post's own counted), or a number of them."""
    for raw in context.job.text.splitlines():
        line = raw.replace("*", "").strip(" -•#\t")
        if not line or not SPREAD_RE.search(line):
            continue
        named = _countries(line, context) - home
        if _count(line) >= SPREAD or len(named | post) >= SPREAD:
            return line
    return ""


def footprint_draft(context: Context) -> Draft | None:
    """The domestic-only concern (variant ``footprint``) for a one-country career abroad, when
    the post's employer spans several countries (see the module's docstring); None otherwise."""
    post = _post_country(context)
    home = _home_country(context)
    if len(post) != 1 or len(home) != 1 or post & home:
        return None
    resume = context.resume
    named: set[str] = set()
    for line in resume.lines:
        if line.role is not None:  # the roles' lines: a header's "Mobile" places no work
            named |= _countries(line.text, context)
    if post & named or len(named - home) > PASSING_COUNTRIES:
        return None  # work in the post's country, or across borders, is on the record
    job_line = _spread_line(context, post, home)
    if not job_line:
        return None
    values = Values()
    name = country_name(next(iter(home)))
    values["home_market"] = f"the {name}" if name.startswith("United") else name
    support = first_line(context, (re.compile(
        r"\b(?:suppliers?|vendors?|partners?|export|import|languages?|relocat)", re.I),))
    return Draft(kind="domestic_only", key="domestic_only.footprint",
                 score=float(base_score("domestic_only", None, context)) - 6, values=values,
                 job_line=job_line, resume_line=support, support=support, variant="footprint")
