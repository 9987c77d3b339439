"""Place concerns: a job based where the résumé does not place the candidate, or one asking to relocate;
a remit across countries for a career in one."""

from __future__ import annotations

import re

from poise.fit.career_places import career_countries, place_countries
from poise.fit.concerns.evidence import base_score, first_line, simple_draft
from poise.fit.concerns.model import Context, Draft, Values
from poise.fit.distance import (
    NEAR_KM,
    countries_named,
    country_name,
    distance_km,
    is_known_place,
    town_countries,
)
from poise.fit.job_reader import Requirement
from poise.fit.lexicon import FitPatterns, any_match
from poise.fit.match import NONE, Verdict

# Without a past move on the résumé, the answer argues from nothing it borrowed: no unrelated
# result is told as proof of knowing how to relocate.
NO_MOVE_RECORD = "no_move_record"
MOVED_RE = re.compile(r"\brelocat|\bmoved to\b", re.IGNORECASE)


def location_draft(context: Context) -> Draft | None:
    """A job that asks the candidate to be based somewhere the résumé does not place them."""
    relocation = context.patterns.evidence.get("relocation", ())
    home = context.resume.location
    if not relocation or not home:
        return None
    if REMOTE_HOME_RE.match(home):
        return _right_to_work(context)  # "Remote (US)": a way of working, no town to move from
    for requirement in context.job.requirements:
        if not any_match(relocation, requirement.text):
            continue
        place = _place_in(requirement.text, context)
        if not place or _same_place(place, home) or _product_named(place, requirement, context):
            continue
        return _move_draft(context, place, base_score("location", requirement, context),
                           requirement.text, requirement)
    return (_residence_rule(context) or _labelled_location(context) or _right_to_work(context)
            or _travel_draft(context))


REMOTE_HOME_RE = re.compile(r"(?i)^\W*(?:fully\s+)?(?:remote|home[- ]based|work from home|"
                            r"location[- ]independent|anywhere)\b")
"""A résumé's place label that names a way of working ("Remote (US)", "Home-based, UK"): no town
the candidate lives in, so no distance to a post and no move to assume."""


RESIDENCE_RE = re.compile(r"(?i)\b(?:shall|must|required to|will need to|is required to) "
                          r"(?:establish |take up |have )?(?:residence|reside|live)\b")
"""A duty to live in the post's area: an advert's rule, wherever the line sits on the page."""


def _residence_rule(context: Context) -> Draft | None:
    """A line of the advert, read as a requirement or not, that obliges the holder to live in an
    area ("Must establish residence within the county", "shall reside in the district"), when
    the résumé's address is elsewhere: the place the line names, else where the post is."""
    home = context.resume.location
    if not home:
        return None
    asked = {requirement.text for requirement in context.job.requirements}
    for raw in context.job.text.splitlines():
        line = raw.replace("*", "").strip(" -•\t")
        if not RESIDENCE_RE.search(line) or any(line in text or text in line for text in asked):
            continue
        place = _place_in(line, context) or _post_place(context) or _advert_country(context)
        if not place or _same_place(place, home):
            continue
        return _move_draft(context, place, float(context.template("location").score) - 4, line)
    return None


def _post_place(context: Context) -> str:
    """Where the post is: the advert's place label, else its workplace line or title place."""
    label = context.job.location
    if _names_a_place(label, context):
        return re.split(r"\s*[(/|]", label)[0].strip()
    return work_place(context.job.text, context.patterns) or title_place(context.job.text)


def _advert_country(context: Context) -> str:
    """The one country the advert names, by name, when the résumé's address is not in it."""
    named = countries_named(context.job.text)
    have = home_countries(context.resume.location, context.patterns)
    if len(named) != 1 or not have or set(named) & have:
        return ""
    return country_name(next(iter(named)))


WORK_RIGHT_RE = re.compile(
    r"(?i)\b(?:authori[sz]ed to work|work authori[sz]ation|right to work|eligib\w+ to work|"
    r"work (?:permit|visa)|sponsor\w* (?:a |any )?visas?|visa sponsorship|citizens?(?:hip)?|"
    r"permanent residen\w+)\b")
"""A line on the right to work in a country."""


def home_countries(home: str, patterns: FitPatterns) -> set[str]:
    """The ISO codes of the countries the résumé's address may be in: a country it names, else
    every country with a town of the address's first part."""
    named = set(countries_named(home))
    if named:
        return named
    for part in re.split(r"[,(]", home):
        town = re.sub(r"\s+[A-Z]{2,3}$", "", part.strip())  # "Ballarat VIC": the town without its state
        found = town_countries(town)
        if found:
            return found
    return set()


def _right_to_work(context: Context) -> Draft | None:
    """A line asking for the right to work in a country the résumé's address is not in: the
    move and the permit are the concern."""
    home = context.resume.location
    have = home_countries(home, context.patterns) if home else set()
    if not have:
        return None
    for requirement in context.job.requirements:
        if not WORK_RIGHT_RE.search(requirement.text):
            continue
        named = countries_named(requirement.text)
        if len(named) != 1 or set(named) & have:
            continue
        code, name = next(iter(named.items()))
        return _move_draft(context, country_name(code) if len(name) <= 3 else name,
                           float(context.template("location").score) - 6, requirement.text,
                           requirement)
    return None


MULTI_SITE_RE = re.compile(r"(?i)\b(?:travel\w*|sites|stores|branches|regions?|regional|areas?|"
                           r"field|multi-site|across)\b")
"""A résumé line showing work spread over places: what a travelling role argues from."""


def _travel_draft(context: Context) -> Draft | None:
    """A job asking for frequent travel (nights away, a third of the time or more) when no
    move is asked: the time away from home is the concern, told kindly."""
    travel = context.patterns.evidence.get("travel", ())
    if not travel or not context.resume.location:
        return None
    for requirement in context.job.requirements:
        if any_match(travel, requirement.text):
            values = Values()
            values["resume_location"] = context.resume.location
            support = first_line(context, (MULTI_SITE_RE,))
            return Draft(
                kind="location",
                key="location",
                score=float(context.template("location").score) - 10,
                values=values,
                job_line=requirement.text,
                resume_line=support,
                support=support,
                requirement=requirement,
                variant="travel",
            )
    return None


def _labelled_location(context: Context) -> Draft | None:
    """A job labelled with a place the résumé's address does not share: a milder concern, as
    the advert states where the work is but does not ask for a move. Without a labelled place,
    the town of a line saying where the work is done ("London (hybrid, 3 days in the office)",
    "Head office Tilburg") stands for it."""
    label = context.job.location
    if re.search(r"(?i)\b(?:remote|anywhere|home[- ]based)\b", label):
        return None
    place = label
    if not _names_a_place(label, context):
        # A label that is a way of working ("On-site", "Exempt"): where the work is comes from
        # a line about the workplace, else from the place the advert's title line names.
        place = (work_place(context.job.text, context.patterns)
                 or title_place(context.job.text) or label)
    home = context.resume.location
    if not place or not home or _same_place(place, home):
        return None
    if re.search(r"(?i)\b(?:remote|anywhere|home[- ]based)\b", place):
        return None
    if _distance(place, home) is None and re.search(
            r"(?i)\b(?:hybrid|flexible)\b", place):
        return None  # a hybrid post near a place the gazetteer cannot measure: no move assumed
    if not _names_a_place(place, context) and (place != label or not _abroad(place, home, context)):
        return None  # "Field-based", "Various sites": a way of working, not a place to move to
    return _move_draft(context, re.split(r"\s*[(/|]", place)[0].strip(),
                       float(context.template("location").score) - 8, f"Location: {place}")


def _abroad(place: str, home: str, context: Context) -> bool:
    """True when the advert's place label, a town and its region that the gazetteer does not
    know (a small town), stands in the one
    country the advert names, and the résumé's address is in another: a move abroad whatever
    the town."""
    if "," not in place or re.search(r"(?i)\b(?:based|sites?|field|various)\b", place):
        return False  # a town with its region ("Ōtawhiti, Hawke's Bay"), not a way of working
    named = countries_named(context.job.text)
    have = home_countries(home, context.patterns)
    return len(named) == 1 and bool(have) and not set(named) & have


ABBREVIATIONS = ((re.compile(r"\bSt\.?(?=\s+[^\W\d_])"), "Saint"),
                 (re.compile(r"\bFt\.?(?=\s+[^\W\d_])"), "Fort"),
                 (re.compile(r"\bMt\.?(?=\s+[^\W\d_])"), "Mount"),
                 (re.compile(r"\b(?:Co\.|County)\s+(?=[^\W\d_])"), ""))
"""Short forms in addresses the gazetteer spells out ("St. Paul" is "Saint Paul") or leaves
out (the county before a county town: "Co. Cork" is Cork)."""


def gazetteer_form(place: str) -> str:
    """A place as the gazetteer names it: abbreviations spelled out, county words dropped."""
    for pattern, spelled in ABBREVIATIONS:
        place = pattern.sub(spelled, place)
    return place


def _names_a_place(text: str, context: Context) -> bool:
    return bool(text) and (is_known_place(text) or is_known_place(gazetteer_form(text))
                           or context.patterns.countries.search(text) is not None)


def _distance(place: str, home: str) -> float | None:
    """The distance between two places as written, else with their short forms spelled out
    (the gazetteer spells some towns "St." and others "Saint")."""
    for first in dict.fromkeys((place, gazetteer_form(place))):
        for second in dict.fromkeys((home, gazetteer_form(home))):
            apart = distance_km(first, second)
            if apart is not None:
                return apart
    return None


TITLE_SEPARATOR_RE = re.compile(r"\s+[–—|-]\s+")


def title_place(text: str) -> str:
    """The town an advert's header names after its first part: on the title line ("Head of
    Finance – Leeds") or on the employer line just under it ("Acme Ltd – Leeds | Full time");
    "" when the parts after the first name no town the gazetteer knows."""
    header = [line for line in text.splitlines() if line.strip()][:HEADER_LINES]
    for line in header:
        parts = TITLE_SEPARATOR_RE.split(line.replace("*", "").replace("#", "").strip())
        for part in parts[1:]:
            if is_known_place(part) or is_known_place(gazetteer_form(part)):
                return part.strip()
    return ""


HEADER_LINES = 2
"""The advert's header: its title line and the line under it, where adverts name the employer."""


RUN_RE = re.compile(r"[^\W\d_a-z][\w'’.-]*(?:[ -][^\W\d_a-z][\w'’.-]*)*")
"""A run of capitalised words: a place name may be one ("New York", "London EC2")."""
TRAVEL_RE = re.compile(r"(?i)\btravel")
"""Places after "travel" are where the holder goes, not where the job is based."""
SEPARATOR_RE = re.compile(r"\s*[|·•]\s*")


def work_place(text: str, patterns: FitPatterns) -> str:
    """The town of the first job line that says where the work is done (an office, a site,
    days on site), as the gazetteer knows it; "" when no such line names one. Of the line's
    capitalised names, the one nearest the words about the workplace is taken, and names after
    "travel" are left out (they are where the holder goes)."""
    cues = patterns.evidence.get("work_place", ())
    if not cues:
        return ""
    for raw in text.splitlines():
        line = raw.replace("*", "").strip(" -•\t")
        if not line or re.search(r"(?i)\b(?:remote|anywhere)\b", line):
            continue
        cue = any_match(cues, line)
        if cue is None:
            continue
        label, colon, rest = line.partition(":")
        if colon and len(label.split()) <= 3:
            line = rest  # "Workplace location: Townsville (…)": the value, not the label
            cue = any_match(cues, line) or cue
        line = TRAVEL_RE.split(line)[0]
        names = []
        for piece in SEPARATOR_RE.split(line):
            start = line.find(piece)
            for run in RUN_RE.finditer(piece):
                if is_known_place(run.group(0)):
                    names.append((abs(start + run.start() - cue.start()), start + run.start(),
                                  run.group(0)))
        if names:
            # "London EC2": the town without its postcode district
            return " ".join(word for word in min(names)[2].split() if not re.search(r"\d", word))
    return ""


def _move_draft(context: Context, place: str, score: float, job_line: str,
                requirement: Requirement | None = None) -> Draft:
    """The location concern: the place asked, where the candidate lives, and a past move on the
    résumé to argue from (without one, the answer borrows nothing: ``NO_MOVE_RECORD``)."""
    values = Values()
    values["job_location"] = place
    values["live_in"] = live_in(place, context.patterns.organisations)
    values["resume_location"] = context.resume.location
    support = first_line(context, (MOVED_RE,))
    return Draft(
        kind="location",
        key="location",
        score=score,
        values=values,
        job_line=job_line,
        resume_line=support,
        support=support,
        requirement=requirement,
        variant="" if support else NO_MOVE_RECORD,
    )


def live_in(place: str, organisations: re.Pattern[str] | None) -> str:
    """Where the candidate says they would live: "in Wakefield", but "near Goulburn Base
    Hospital" when the advert's place is a site (its last word is one of the lexicon's
    ``organisation_words``, or a common noun in lower case: "Spokane campus"): nobody lives in a
    hospital or on a campus."""
    words = place.split()
    last = words[-1].strip(",.") if words else ""
    if last.islower() or (organisations is not None and organisations.fullmatch(last)):
        return f"near {place}"  # "Spokane campus", "Goulburn Base Hospital": a site, not a town
    return f"in {place}"


def _product_named(place: str, requirement: Requirement, context: Context) -> bool:
    """True when a line asking for tools names what reads as a place but no gazetteer or country
    list knows it ("you live in Amplitude or Looker"): a product the work is done in, not where."""
    return ("tools" in requirement.kinds and not is_known_place(place)
            and context.patterns.countries.search(place) is None)


def _place_in(text: str, context: Context) -> str:
    """The place a job line names: a country from the lexicon, else spaCy's place entity."""
    country = context.patterns.countries.search(text)
    from poise.analysis.nlp import spacy_pipeline

    # The small model often tags a city as an organisation: the capitalised name after a
    # preposition of place ("relocate to the Stuttgart area", "residence in Île-de-France").
    named = re.search(r"\b(?:to|in|near|within|around|of)\s+(?:the\s+)?((?:[^\W\d_a-z][\w-]+)"
                      r"(?:[ -][^\W\d_a-z][\w-]+)*)", text)
    doc = spacy_pipeline(entities=True)(text)
    for entity in doc.ents:
        if entity.label_ in ("GPE", "LOC"):
            if named and entity.text in named.group(1):
                return named.group(1)
            return entity.text
    if country:
        return country.group(0)
    return named.group(1) if named else ""


def _same_place(place: str, home: str) -> bool:
    """True when the two are one commuting area (GeoNames towns within ``NEAR_KM``), or, for a
    place the gazetteer does not know, when either names the other ("Stuttgart" in
    "Stuttgart-Feuerbach", "Austin, TX")."""
    apart = _distance(place, home)
    if apart is not None:
        return apart <= NEAR_KM
    wanted = {word.lower() for word in re.findall(r"[^\W\d_]{3,}", place)}
    have = {word.lower() for word in re.findall(r"[^\W\d_]{3,}", home)}
    return bool(wanted & have)


PASSING_COUNTRIES = 2
"""Countries beyond the career's own that a one-country record may name in passing (a buyers'
market, an investor's home); more is work across borders, whatever the roles' headers say."""


def _one_country_career_abroad(context: Context, named: set[str]) -> dict[str, str]:
    """The one country the résumé's roles and address lie in (code → name), when the post lies
    in another that no line of the record names (``named``: the countries its roles and summary
    name) and the lines name few others; empty otherwise."""
    patterns = context.patterns
    career = career_countries(context.resume, patterns, possible_home=True)
    post = place_countries(context.job.location, patterns) if context.job.location else set()
    if len(career) != 1 or not post or post & career or post & named:
        return {}
    if len(named - career) > PASSING_COUNTRIES:
        return {}
    code = next(iter(career))
    return {code: country_name(code)}


def international_draft(context: Context) -> Draft | None:
    """A duty or requirement naming places in several countries ("sites in Austin, Kraków and
    Pune") for a résumé whose roles and address are all in one country: a domestic record for
    an international remit. Lines the matcher already reads as geography are left to it."""
    resume = context.resume
    have: dict[str, str] = {}
    for line in resume.lines:
        if line.section in ("experience", "summary"):
            have.update(countries_named(line.text))
    have.update(countries_named(resume.location))
    if len(have) != 1:
        # countries the lines name in passing (a buyer's market, a currency) are no work
        # there: a career whose roles and address all lie in one country, for a post in
        # another, is a record in that country alone
        have = _one_country_career_abroad(context, set(have))
        if len(have) != 1:
            return None
    for requirement in context.job.requirements:
        if "geography" in requirement.kinds or not (requirement.must or requirement.section == "duties"):
            continue
        named = countries_named(requirement.text)
        if len(named) >= 2 and set(named) - set(have):
            draft = simple_draft("domestic_only", requirement,
                                 Verdict(kind="geography", strength=NONE, reason=""), context)
            name = country_name(next(iter(have)))
            draft.values["home_market"] = f"the {name}" if name.startswith("United") else name
            return draft
    return None
