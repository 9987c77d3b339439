"""The résumé reader alone on the blind pairs: roles, career breaks, education, certifications,
languages and location, compared with each pair's key (benchmarks/blind/.../truth.yaml).

Unlike blind_fit.py, this reads every résumé with ``fit.resume_reader.read_resume`` directly,
so a résumé the fit map refuses (one not in English) is still measured:

- **roles**: paired as in blind_fit.py (start year and title words); employer, title and dates;
  measured over every role read (jobs and side roles) and again over the jobs alone (the roles
  the fit map and the concerns use: a table of posts read as side roles hides no job misread);
- **career breaks**: a break of the key is found when Poise reports one (explained or a gap)
  that overlaps it and starts within three months of it; precision over Poise's breaks;
- **education, certifications**: a key item is found when one item Poise read shares most of
  its words either way (each read item used once); precision over Poise's items. A key's
  certifications include language tests ("IELTS 7.5"), which Poise lists apart from the
  professional certifications (``language_certificates``): both lists are measured together,
  and a language test the key leaves out (most keys do) is not counted as read beyond it;
- **languages**: a key language the résumé names (in English or in its own language) is found
  when Poise lists it; its level is right when both name the same rung of the ladder;
- **location**: right when the town the key names is in the place Poise read; the key's aside in
  brackets after the town names the same place otherwise (its district, its area or its state:
  "Brussels (Ixelles)", "New Braunfels (Texas)") and is as right;
- **job location**: the advert read with ``fit.job_reader.read_job``; right when one of the
  places the key's ``job_location`` names before its country (``key_places``: brackets, asides
  and terms after a semicolon dropped) is all in the place Poise read, and never a word of how
  the work is done ("On-site", "Hybrid").

Run: .venv/bin/python benchmarks/blind_resume.py [--dir DIR ...] [--rounds FIRST-LAST] [--show]
(``--rounds 1-10`` pools the development rounds; ``--rounds 11-11`` measures round 11 alone,
and a round beyond LAST is never opened.)
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from blind_fit import TODAY, cover, ratio, rounds, same_date, same_words, words
from blind_fit import _pair_roles as pair_roles

from poise.fit.dates import parse_point
from poise.fit.job_reader import read_job
from poise.fit.ladders import _level_in as language_level_of
from poise.fit.lexicon import patterns_for
from poise.fit.resume_reader import read_resume

ROOT = Path(__file__).resolve().parent / "blind"
DIRS = (ROOT / "fit", ROOT / "round2" / "fit")
NAMES = {
    "english": ("english", "englisch", "anglais"), "german": ("german", "deutsch", "allemand"),
    "french": ("french", "französisch", "franzosisch", "français", "francais"),
    "spanish": ("spanish", "spanisch", "espagnol"), "italian": ("italian", "italienisch", "italien"),
    "czech": ("czech", "tschechisch", "tchèque"),
}
"""How a key's language may be written in a résumé (the evaluation's own table)."""


@dataclass
class Tally:
    """Counts over every pair."""

    roles: int = 0
    employer: int = 0
    title: int = 0
    dates: int = 0
    jobs_all_three: int = 0
    """Key roles whose employer, title and dates a job (not a side role) reads right."""
    breaks_key: int = 0
    breaks_found: int = 0
    breaks_read: int = 0
    breaks_right: int = 0
    education_key: int = 0
    education_found: int = 0
    education_read: int = 0
    certs_key: int = 0
    certs_found: int = 0
    certs_read: int = 0
    languages_key: int = 0
    languages_found: int = 0
    levels_key: int = 0
    levels_right: int = 0
    locations: int = 0
    locations_right: int = 0
    job_locations: int = 0
    job_locations_right: int = 0
    notes: list[str] = field(default_factory=list)


def matched_reads(key: list[str], read: tuple[str, ...] | list[str]) -> tuple[set[int], list[str]]:
    """Which read items match a key item (each read item once, its best cover at least 0.6),
    and the key items none matches."""
    used: set[int] = set()
    missed = []
    for item in key:
        key_words = words(item)
        best, best_score = None, 0.0
        for number, text in enumerate(read):
            if number in used:
                continue
            read_words = words(text)
            score = max(cover(key_words, read_words), cover(read_words, key_words))
            if score > best_score:
                best, best_score = number, score
        if best is not None and best_score >= 0.6:
            used.add(best)
        else:
            missed.append(item)
    return used, missed


def _items(key: list[str], read: tuple[str, ...]) -> tuple[int, list[str], list[str]]:
    """How many key items one read item matches (each read item once), the key items missed and
    the read items that match none."""
    used, missed = matched_reads(key, read)
    extra = [text for number, text in enumerate(read) if number not in used]
    return len(key) - len(missed), missed, extra


def _month(text: Any, *, end: bool = False) -> int | None:
    """A key's month as an index: "present" is the benchmark's today; a bare year is its
    January, or its December for the end of a break."""
    value = str(text or "").strip()
    if value.lower() in ("present", "now", "today"):
        return TODAY.year * 12 + TODAY.month - 1
    if re.fullmatch(r"(?:19|20)\d\d", value):
        return int(value) * 12 + (11 if end else 0)
    point = parse_point(value)
    return point.index if point else None


def measure(folder: Path, tally: Tally) -> None:
    key = yaml.safe_load((folder / "truth.yaml").read_text(encoding="utf-8"))
    resume = (folder / "resume.md").read_text(encoding="utf-8")
    profile = read_resume(resume, today=TODAY)
    patterns = patterns_for(None)
    name = folder.name
    roles = [role.to_dict() for role in (*profile.roles, *profile.side_roles)]
    for item, read in pair_roles(key.get("roles") or [], roles):
        tally.roles += 1
        if read is None:
            tally.notes.append(f"{name}: role not read: {item.get('title')} at {item.get('employer')}")
            continue
        employer = same_words(item.get("employer"), read.get("employer"))
        title = same_words(item.get("title"), read.get("title"))
        dates = same_date(item.get("start"), read.get("start")) and same_date(item.get("end"),
                                                                              read.get("end"))
        tally.employer += employer
        tally.title += title
        tally.dates += dates
        if not (employer and title and dates):
            tally.notes.append(f"{name}: role {item} read as {read}")
    for item, read in pair_roles(key.get("roles") or [], [role.to_dict() for role in profile.roles]):
        if read is not None and same_words(item.get("employer"), read.get("employer")) and (
                same_words(item.get("title"), read.get("title"))) and same_date(
                item.get("start"), read.get("start")) and same_date(item.get("end"), read.get("end")):
            tally.jobs_all_three += 1
        else:
            tally.notes.append(f"{name}: job not read right: {item} as {read}")
    read_breaks = [period.to_dict() for period in profile.breaks]
    used: set[int] = set()
    for item in key.get("career_breaks") or []:
        tally.breaks_key += 1
        start, end = _month(item.get("start")), _month(item.get("end"), end=True)
        hit = None
        for number, period in enumerate(read_breaks):
            low, high = _month(period["start"]), _month(period["end"], end=True)
            if number in used or None in (start, end, low, high):
                continue
            if abs(low - start) <= 3 and low <= end and high >= start:  # type: ignore[operator]
                hit = number
                break
        if hit is None:
            tally.notes.append(f"{name}: career break not read: {item}")
        else:
            used.add(hit)
            tally.breaks_found += 1
    tally.breaks_read += len(read_breaks)
    tally.breaks_right += len(used)
    for period in [period for number, period in enumerate(read_breaks) if number not in used]:
        tally.notes.append(f"{name}: break read beyond the key: {period['start']} – {period['end']}")
    for label, key_items, read_items in (
            ("education", key.get("education") or [], profile.education),
            ("certification", key.get("certifications") or [],
             (*profile.certifications, *profile.language_certificates))):
        found, missed, extra = _items([str(item) for item in key_items], read_items)
        if label == "education":
            tally.education_key += len(key_items)
            tally.education_found += found
            tally.education_read += len(read_items)
        else:
            # the keys list a language test among the certifications in some pairs only: one
            # Poise lists apart that the key leaves out is not counted as read beyond it
            unlisted = [item for item in extra if item in profile.language_certificates]
            extra = [item for item in extra if item not in unlisted]
            tally.certs_key += len(key_items)
            tally.certs_found += found
            tally.certs_read += len(read_items) - len(unlisted)
        for item in missed:
            tally.notes.append(f"{name}: {label} not read: {item!r}")
        for item in extra:
            tally.notes.append(f"{name}: {label} read beyond the key: {item!r}")
    lowered = resume.lower()
    read_languages = {language.lower(): level for language, level in profile.languages}
    for item in key.get("languages") or []:
        language = str(item.get("language")).lower()
        spellings = NAMES.get(language, (language,))
        if not any(re.search(rf"\b{re.escape(spelling)}\b", lowered) for spelling in spellings):
            continue  # the key infers it; the résumé does not name it
        tally.languages_key += 1
        # the key's name as the lexicon reads it ("isiZulu" is Zulu; "Bahasa Malaysia" is Malay)
        language = patterns.language_of(str(item.get("language"))).lower() if (
            language not in read_languages) else language
        if language not in read_languages:
            tally.notes.append(f"{name}: language not read: {item}")
            continue
        tally.languages_found += 1
        wanted = language_level_of(str(item.get("level") or ""), patterns)
        if wanted:
            tally.levels_key += 1
            if wanted == read_languages[language]:
                tally.levels_right += 1
            else:
                tally.notes.append(f"{name}: {language} level {read_languages[language]!r} for "
                                   f"{wanted!r}")
    place = str(key.get("candidate_location") or "")
    if place:
        tally.locations += 1
        head = place.split(",")[0]
        towns = [words(re.sub(r"\([^()]*\)", " ", head)),
                 *(words(alias) for alias in re.findall(r"\(([^()]*)\)", head))]
        if any(town and town <= words(profile.location) for town in towns):
            tally.locations_right += 1
        else:
            tally.notes.append(f"{name}: location {profile.location!r} for {place!r}")
    _job_location(folder, key, tally)


WORK_MODE_RE = re.compile(r"(?i)\b(?:on-?site|onsite|hybrid|remote|office[- ]based|field[- ]based)\b")


def key_places(place: str) -> list[str]:
    """The places a key's ``job_location`` names before its country: asides in brackets dropped
    wherever they stand, the terms after a semicolon dropped ("; travel 20 %"), the rest split
    at commas and spaced dashes ("Brno – Černovická terasa"), each cut before "with"."""
    head = re.sub(r"\([^)]*\)", " ", place).split(";")[0]
    parts = [re.split(r"\s+with\s+", part)[0].strip()
             for part in re.split(r",|\s[–—-]\s", head) if part.strip()]
    return parts[:-1] or parts


def _job_location(folder: Path, key: dict[str, Any], tally: Tally) -> None:
    place = str(key.get("job_location") or "")
    if not place:
        return
    tally.job_locations += 1
    read = read_job((folder / "job.md").read_text(encoding="utf-8")).location
    towns = [words(part) for part in key_places(place) if words(part)]
    if any(town <= words(read) for town in towns) and not WORK_MODE_RE.search(read):
        tally.job_locations_right += 1
    else:
        tally.notes.append(f"{folder.name}: job location {read!r} for {place!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every miss")
    parser.add_argument("--dir", type=Path, action="append",
                        help="folder of pairs (repeatable; default: both dev rounds)")
    parser.add_argument("--rounds", metavar="FIRST-LAST",
                        help="the rounds FIRST to LAST under benchmarks/blind (e.g. 1-10, 11-11)")
    args = parser.parse_args()
    tally = Tally()
    folders = []
    chosen = list(args.dir or [])
    if args.rounds:
        low, _, high = args.rounds.partition("-")
        chosen += rounds(int(low), int(high or low))
    for folder in chosen or DIRS:
        folders += sorted(path for path in folder.iterdir() if (path / "truth.yaml").exists())
    for folder in folders:
        measure(folder, tally)
    print(f"pairs: {len(folders)}")
    print(f"employer right, per role      {ratio(tally.employer, tally.roles)}")
    print(f"title right, per role         {ratio(tally.title, tally.roles)}")
    print(f"dates right, per role         {ratio(tally.dates, tally.roles)}")
    print(f"all three right, jobs alone   {ratio(tally.jobs_all_three, tally.roles)}")
    print(f"career breaks found           {ratio(tally.breaks_found, tally.breaks_key)}")
    print(f"career breaks read, right     {ratio(tally.breaks_right, tally.breaks_read)}")
    print(f"education found               {ratio(tally.education_found, tally.education_key)}")
    print(f"education read, right         {ratio(tally.education_found, tally.education_read)}")
    print(f"certifications found          {ratio(tally.certs_found, tally.certs_key)}")
    print(f"certifications read, right    {ratio(tally.certs_found, tally.certs_read)}")
    print(f"languages found               {ratio(tally.languages_found, tally.languages_key)}")
    print(f"language levels right         {ratio(tally.levels_right, tally.levels_key)}")
    print(f"location right                {ratio(tally.locations_right, tally.locations)}")
    print(f"job location right            {ratio(tally.job_locations_right, tally.job_locations)}")
    if args.show:
        for line in tally.notes:
            print(f"  - {line}")


if __name__ == "__main__":
    main()
