"""Reading a résumé: roles from every common layout, dated time out, scope, industries, tools,
certifications, languages and location."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from poise.content.loader import KnowledgeBase
from poise.fit.dates import RANGE_RE, Month, date_range
from poise.fit.ladders import leadership_level, leadership_rank
from poise.fit.lexicon import FitPatterns, any_match, patterns_for
from poise.fit.quantities import Quantity, amounts_in, led_headcounts, team_sizes_in
from poise.fit.resume_facts import certifications_of, education_of, languages_of, location_of
from poise.fit.text import NUMBER_WORDS, clean, is_bullet, join_wrapped, to_number

HEADER_SPLIT_RE = re.compile(
    r"\s+[—–|·•]\s+|\s+-\s+|\s*\|\s*|,\s+|\s+at\s+|\s+@\s+|\s*[()]\s*|\t+|\s{3,}")
SUMMARY_YEARS_RE = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s*\+?\s*years?(?:['’]s?)?\s+(?:of\s+)?"
    r"(?:[\w&/,-]+\s+){0,4}?(?:experience|leading|managing|running|in\b)",
    re.IGNORECASE,
)



@dataclass(frozen=True)
class ResumeLine:
    """A non-empty résumé line, where it sits and which role it belongs to."""

    index: int
    text: str
    section: str
    bullet: bool
    role: int | None = None


@dataclass(frozen=True)
class Role:
    """One job on the résumé with its dates."""

    title: str
    employer: str
    start: Month | None
    end: Month | None
    current: bool
    months: int
    header: str
    line: int
    lines: tuple[int, ...]
    short_by_design: bool = False
    level: str = ""
    """The leadership level the role shows (content/fit/lexicons.yaml: leadership_levels)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "employer": self.employer,
            "start": self.start.iso() if self.start else None,
            "end": "present" if self.current else (self.end.iso() if self.end else None),
            "months": self.months,
        }

    @property
    def start_min(self) -> int | None:
        """The earliest month the role can have started."""
        if self.start is None:
            return None
        return self.start.index if self.start.precise else self.start.year * 12

    @property
    def end_max(self) -> int | None:
        """The latest month the role can have ended."""
        if self.end is None:
            return None
        return self.end.index if self.end.precise else self.end.year * 12 + 11


@dataclass(frozen=True)
class Period:
    """Dated time outside a job: study, a career break, a board seat."""

    start: int
    end: int
    quote: str
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": _iso(self.start), "end": _iso(self.end), "explained": self.kind == "break",
                "quote": self.quote}


def _iso(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


BREAK_MONTHS = 6
"""A stretch between roles this long or longer counts as a career break."""


@dataclass(frozen=True)
class ResumeProfile:
    """What a résumé shows."""

    lines: tuple[ResumeLine, ...]
    roles: tuple[Role, ...]
    periods: tuple[Period, ...]
    team_sizes: tuple[Quantity, ...]
    budgets: tuple[Quantity, ...]
    industries: tuple[tuple[str, int], ...]
    industry_quotes: dict[str, str]
    model: str | None
    models: tuple[str, ...]
    model_quotes: dict[str, str]
    countries: tuple[str, ...]
    regions: tuple[str, ...]
    tools: tuple[str, ...]
    achievements: tuple[str, ...]
    career_months: int
    management_months: int
    stated_years: float | None
    level: str | None
    today: int
    certifications: tuple[str, ...] = ()
    languages: tuple[tuple[str, str], ...] = ()
    """(language, level) pairs; level "" when the résumé gives none."""
    location: str = ""
    education: tuple[str, ...] = ()
    """Degrees and diplomas, as the résumé names them."""

    @property
    def breaks(self) -> tuple[Period, ...]:
        """Career breaks: dated time out the résumé explains, and unexplained stretches of at
        least ``BREAK_MONTHS`` between roles (kind "gap")."""
        found = [period for period in self.periods if period.kind == "break"]
        spans = sorted((role.start_min, role.end_max if role.end_max is not None else self.today)
                       for role in self.roles if role.start_min is not None and not role.current)
        spans += sorted((role.start_min, self.today) for role in self.roles
                        if role.start_min is not None and role.current)
        spans.sort()
        covered_to: int | None = None
        for start, end in spans:
            if covered_to is not None and start - covered_to - 1 >= BREAK_MONTHS:
                explained = any(period.start <= covered_to + 2 and period.end >= start - 2
                                for period in self.periods if period.kind in ("break", "education"))
                if not explained:
                    found.append(Period(covered_to + 1, start - 1, "", "gap"))
            covered_to = end if covered_to is None else max(covered_to, end)
        found.sort(key=lambda period: period.start)
        return tuple(found)

    def line(self, index: int) -> ResumeLine:
        """The résumé line at a source line index."""
        for item in self.lines:
            if item.index == index:
                return item
        raise KeyError(index)

    def evidence_lines(self) -> list[ResumeLine]:
        """Lines worth quoting as evidence (more than two words)."""
        found = []
        for item in self.lines:
            if len(item.text.split()) >= 3:
                found.append(item)
        return found

    def employer_of(self, item: ResumeLine) -> str:
        """The employer of the role a line belongs to ('' when none)."""
        if item.role is None:
            return ""
        return self.roles[item.role].employer

    def to_dict(self) -> dict[str, Any]:
        names = {}
        for matcher_id, _ in self.industries:
            names[matcher_id] = matcher_id
        return {
            "roles": [role.to_dict() for role in self.roles],
            "team_sizes": [item.to_dict() for item in self.team_sizes],
            "budgets": [item.to_dict() for item in self.budgets],
            "industries": [industry for industry, _ in self.industries],
            "business_models": list(self.models),
            "countries": list(self.countries),
            "tools": list(self.tools),
            "achievements": list(self.achievements),
            "years": round(self.career_months / 12, 1),
        }


def _resume_section(text: str, patterns: FitPatterns) -> str | None:
    if len(text.split()) > 5 or RANGE_RE.search(text):
        return None
    for name in ("summary", "experience", "education", "side"):
        if any_match(patterns.resume_headings[name], text):
            return name
    return None


def read_resume(
    text: str, *, kb: KnowledgeBase | None = None, today: date | None = None
) -> ResumeProfile:
    """Roles with dates, team sizes, budgets, industries, places, tools and achievements."""
    patterns = patterns_for(kb)
    now = today or date.today()
    today_index = now.year * 12 + now.month - 1
    items = _resume_lines(text, patterns)
    has_experience = any(item.section == "experience" for item in items)
    anchors: list[tuple[int, Month, Month | None, bool, str]] = []
    periods: list[Period] = []
    for position, item in enumerate(items):
        found = date_range(item.text, today_index)
        if found is None:
            continue
        start, end, current, hit = found
        end_index = today_index if current or end is None else (
            end.index if end.precise else end.year * 12 + 11)
        start_index = start.index if start.precise else start.year * 12
        explains = any_match(patterns.evidence["gap_explained"], item.text) is not None
        in_jobs = item.section == "experience" or (
            not has_experience and item.section not in ("education", "side"))
        if explains or item.section == "education" or not in_jobs:
            kind = "break" if explains else item.section
            periods.append(Period(start_index, end_index, item.text, kind))
            continue
        anchors.append((position, start, end, current, item.text[: hit.start()] + item.text[hit.end():]))
    roles, owners = _roles(items, anchors, patterns, today_index)
    lines = []
    for position, item in enumerate(items):
        lines.append(ResumeLine(item.index, item.text, item.section, item.bullet, owners.get(position)))
    profile = _profile(tuple(lines), roles, tuple(periods), patterns, today_index)
    return replace(profile, certifications=certifications_of(lines, patterns),
                   education=education_of(lines, patterns),
                   languages=languages_of(lines, patterns), location=location_of(lines, patterns))


HEADING_FILLER = frozenset({"and", "&", "of", "/", "professional", "work", "key", "relevant",
                            "selected", "other", "additional", "my", "recent", "further", "known",
                            "summary", "profile", "details", "personal", "history", "record"})


def _only_section_words(line: str, patterns: FitPatterns) -> bool:
    """True when a short plain line holds only a section name and filler ("Work History",
    "Education and Training"), not a line that mentions one ("SAP PP end-user training")."""
    text = line.rstrip(":").strip()
    for name in ("summary", "experience", "education", "side"):
        for pattern in patterns.resume_headings[name]:
            text = pattern.sub(" ", text)
    left = [word for word in re.findall(r"[^\W\d_][\w'’-]*", text)
            if word.lower() not in HEADING_FILLER]
    return len(left) <= 1 and not re.search(r"\d", line)


def _resume_lines(text: str, patterns: FitPatterns) -> list[ResumeLine]:
    items: list[ResumeLine] = []
    section = "summary"
    for index, raw in join_wrapped(text, paragraphs=False):
        stripped = raw.strip()
        line = clean(re.sub(r"\t+|(?<=\S) {3,}(?=\S)", " | ", stripped))
        if not line:
            continue
        formatted = stripped.startswith("#") or line.isupper() or line.endswith(":") or (
            re.fullmatch(r"(\*\*|__).+?\1:?", stripped) is not None)
        looks_heading = formatted or (len(line.split()) <= 4 and _only_section_words(line, patterns))
        if looks_heading and not is_bullet(stripped):
            named = _resume_section(line.rstrip(":"), patterns)
            if named is not None:
                section = named
                continue
        labelled = re.match(r"^([A-Za-z][A-Za-z &/]{2,30}):\s+\S", line)
        inline = _resume_section(labelled.group(1), patterns) if labelled else None
        items.append(ResumeLine(index, line, inline or section, is_bullet(stripped)))
    return items


def _roles(
    items: list[ResumeLine],
    anchors: list[tuple[int, Month, Month | None, bool, str]],
    patterns: FitPatterns,
    today: int,
) -> tuple[tuple[Role, ...], dict[int, int]]:
    """Roles from their date lines; each owns the lines up to the next role's header."""
    headers: list[tuple[int, str]] = []
    anchor_positions = {position for position, *_ in anchors}
    claimed: set[int] = set()
    splits: list[tuple[str, str] | None] = []
    for position, _start, _end, _current, rest in anchors:
        rest = "" if DATE_LABEL_RE.match(_strip_header(rest)) else rest
        parts = [] if _is_blank_header(rest) else [_strip_header(rest)]
        first = position
        walk = position - 1
        while walk >= 0 and position - walk <= 2:
            previous = items[walk]
            if (previous.bullet or walk in anchor_positions or walk in claimed
                    or previous.section != items[position].section
                    or len(previous.text.split()) > 14 or previous.text.endswith(".")
                    or items[walk + 1].index - previous.index > 1):
                break
            complete = parts and _has_title(" ".join(parts), patterns) and _piece_count(
                " ".join(parts)) >= 2 and not _function_tail(" ".join(parts), patterns)
            if complete and not _employer_like(previous.text, patterns):
                break
            parts.insert(0, _strip_header(previous.text))
            first = walk
            walk -= 1
        header = " | ".join(part for part in parts if part)
        header, split = _header_with_next_lines(items, position, header, anchor_positions, claimed,
                                                patterns)
        headers.append((first, header))
        splits.append(split)
    roles: list[Role] = []
    owners: dict[int, int] = {}
    last_employer = ""
    for number, (position, start, end, current, _rest) in enumerate(anchors):
        first, header = headers[number]
        limit = headers[number + 1][0] if number + 1 < len(anchors) else len(items)
        owned = []
        for owned_position in range(first, limit):
            if items[owned_position].section != items[position].section:
                break
            owners[owned_position] = number
            owned.append(items[owned_position].index)
        title, employer = splits[number] or _labelled_header(header) or _title_employer(header,
                                                                                     patterns)
        employer = employer or last_employer
        last_employer = employer
        if end is None or current:
            months = max(1, today - start.index + 1)
        elif start.precise and end.precise:
            months = max(1, end.index - start.index + 1)
        else:
            months = max(6, (end.year - start.year) * 12)
        block_text = " ".join(items[p].text for p in range(first, limit) if owners.get(p) == number)
        by_design = any_match(patterns.evidence["short_by_design"], header + " " + block_text)
        roles.append(Role(
            title=title,
            employer=employer,
            start=start,
            end=end,
            current=current or end is None,
            months=months,
            header=header,
            line=items[position].index,
            lines=tuple(owned),
            short_by_design=by_design is not None,
            level=leadership_level(title, [items[p].text for p in range(first, limit)
                                           if owners.get(p) == number], patterns),
        ))
    return tuple(roles), owners


NAME_JOINERS = frozenset({"of", "and", "&", "the", "de", "du", "la", "le", "von", "van", "der", "für",
                          "und", "y", "e", "at", "for", "in"})


def _name_like(text: str) -> bool:
    """A short line in title case ("Harbor Pay, Austin, TX"): a company, a place or a title."""
    words = re.findall(r"[^\W\d_][\w'’.&-]*", text)
    if not words or len(text.split()) > 8 or text.rstrip().endswith("."):
        return False
    return all(not (word[0].islower() and word.lower() not in NAME_JOINERS) for word in words)


def _header_with_next_lines(
    items: list[ResumeLine],
    position: int,
    header: str,
    anchor_positions: set[int],
    claimed: set[int],
    patterns: FitPatterns,
) -> tuple[str, tuple[str, str] | None]:
    """The header of a role completed from the lines after its dates: the title and employer when
    the dates stand on their own line, or the employer's line under "Title   dates" (then also
    the (title, employer) split, as the title's line is the whole title)."""
    following: list[int] = []
    walk = position + 1
    while walk < len(items) and len(following) < 2:
        item = items[walk]
        if (item.bullet or walk in anchor_positions or item.section != items[position].section
                or not _name_like(item.text) or item.index - items[walk - 1].index > 2):
            break
        following.append(walk)
        walk += 1
    if not following:
        return header, None
    texts = [_strip_header(items[walk].text) for walk in following]
    if not header:
        claimed.update(following)
        return " | ".join(texts), None
    _title, employer = _title_employer(header, patterns)
    nxt = texts[0]
    if _has_title(nxt, patterns) and not _employer_like(nxt, patterns):
        if not _has_title(header, patterns):
            # "Company | City | dates" with the title on the line below.
            claimed.add(following[0])
            company = employer or header.split(" | ")[0]
            return f"{nxt} | {header}", (nxt, company)
        return header, None
    if not employer or _employer_like(nxt, patterns) or not _employer_like(employer, patterns):
        claimed.add(following[0])
        whole = _strip_header(header).replace(" | ", ", ")
        _, next_employer = _title_employer(nxt, patterns)
        return f"{whole} | {nxt}", (whole, next_employer or nxt)
    return header, None


TITLE_LABEL_RE = re.compile(r"^(?:designation|position|role|job title|title|post)\s*:\s*(.+)$",
                            re.IGNORECASE)
EMPLOYER_LABEL_RE = re.compile(r"^(?:company|employer|organi[sz]ation|firm)\s*:\s*(.+)$",
                               re.IGNORECASE)
DATE_LABEL_RE = re.compile(r"^(?:duration|period|dates?|tenure|from)\s*:?\s*$", re.IGNORECASE)


def _labelled_header(header: str) -> tuple[str, str] | None:
    """Title and employer from labelled lines ("Company: …", "Designation: …"), else None."""
    title = employer = ""
    for piece in header.split(" | "):
        titled = TITLE_LABEL_RE.match(piece.strip())
        if titled:
            title = titled.group(1).strip(" ,;")
        named = EMPLOYER_LABEL_RE.match(piece.strip())
        if named:
            employer = re.sub(r",\s*[^,]+$", "", named.group(1).strip(" ,;")) if "," in named.group(
                1) else named.group(1).strip(" ,;")
    if not title and not employer:
        return None
    return title, employer


def _is_blank_header(rest: str) -> bool:
    return len(re.findall(r"[^\W\d_]{2,}", rest)) == 0


def _strip_header(text: str) -> str:
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", text)
    return re.sub(r"\s+", " ", text).strip(" |,–—-·:;()")


def _has_title(text: str, patterns: FitPatterns) -> bool:
    return any_match(patterns.title_words, text) is not None


def _piece_count(text: str) -> int:
    return len([piece for piece in HEADER_SPLIT_RE.split(text) if piece and piece.strip(" |,")])


COMPANY_RE = re.compile(r"\b(?:inc|ltd|llc|llp|plc|gmbh|corp|corporation|co|company|group|s\.?a|ag|bv|"
                        r"nv|sas|srl|limited|holdings)\b\.?", re.IGNORECASE)
US_PLACE_RE = re.compile(r",\s*[A-Z]{2}$")


def _is_place(piece: str, patterns: FitPatterns) -> bool:
    """A header piece made only of countries and regions ("UK & Ireland", "EMEA")."""
    parts = [part for part in re.split(r"\s*(?:&|\band\b|/|\+)\s*", piece) if part]
    return bool(parts) and all(
        patterns.countries.fullmatch(part) or patterns.regions.fullmatch(part) for part in parts)


def _employer_like(text: str, patterns: FitPatterns) -> bool:
    """A line that names a company: in capitals, with a company suffix, or 'Name, City, ST'."""
    if _has_title(text, patterns):
        return False
    letters = re.sub(r"[^A-Za-z]", "", text)
    return (len(letters) >= 3 and letters.isupper()) or bool(COMPANY_RE.search(text)) or bool(
        US_PLACE_RE.search(text))


def _function_tail(text: str, patterns: FitPatterns) -> bool:
    """True when the last piece of a header only names a function ("..., Logistics")."""
    pieces = [piece for piece in HEADER_SPLIT_RE.split(text) if piece and piece.strip(" |,")]
    return bool(pieces) and patterns.functions.fullmatch(pieces[-1].strip(" |,–—-·:;")) is not None


TITLE_QUALIFIER_RE = re.compile(
    r"^(?P<title>[^,|–—]+?)\s+[–—-]\s+(?P<qualifier>[^,|–—()]+?)\s*,\s*(?P<rest>[^|]+)$")


SCOPE_WORD_RE = re.compile(r"(?i)\b(?:north|south|east|west|central|region|regional|area|division|"
                           r"national|global|international|europe|americas|group)\b")


def _qualifies_title(qualifier: str, rest: str, patterns: FitPatterns) -> bool:
    """In "Title – X, Y": X names the title's scope (a region) rather than the employer when it
    reads as a place or scope, or when Y is more than a one-word city ("Brand, Lyon" keeps the
    brand as the employer)."""
    if _is_place(qualifier, patterns) or SCOPE_WORD_RE.search(qualifier):
        return True
    words = rest.strip().split()
    return len(words) > 1 or "(" in rest or _employer_like(rest, patterns)


def _title_employer(header: str, patterns: FitPatterns) -> tuple[str, str]:
    state = US_PLACE_RE.search(header)
    if state:
        header = header[: state.start()]  # "…, Denver, CO": the state code is no company suffix
    qualified = TITLE_QUALIFIER_RE.match(header)
    if qualified and _has_title(qualified.group("title"), patterns) and not _has_title(
            qualified.group("qualifier"), patterns) and not _employer_like(
            qualified.group("qualifier"), patterns) and _qualifies_title(
            qualified.group("qualifier"), qualified.group("rest"), patterns):
        # "Area Manager – North West, Company": the dash joins a region or scope to the title.
        whole = f"{qualified.group('title')} – {qualified.group('qualifier')}"
        _, employer = _title_employer(qualified.group("rest"), patterns)
        return whole, employer or qualified.group("rest").split(",")[0].strip()
    pieces = []
    for piece in HEADER_SPLIT_RE.split(header):
        piece = piece.strip(" |,–—-·:;")
        if piece and re.search(r"[^\W\d_]", piece):
            pieces.append(piece)
    title = ""
    employer = ""
    named = next((piece for piece in pieces if _employer_like(piece, patterns)), "")
    title_open = False
    for piece in pieces:
        if not title and _has_title(piece, patterns) and not _employer_like(piece, patterns):
            title = piece
            title_open = True
            continue
        joins_title = patterns.functions.fullmatch(piece) or _is_place(piece, patterns) or (
            named and piece != named)
        if title_open and joins_title:
            if not _is_place(piece, patterns) or patterns.functions.fullmatch(piece):
                title = f"{title}, {piece}"
            elif named:
                continue
            else:
                title = f"{title}, {piece}"
            continue
        if title_open and employer and piece != employer and not _employer_like(piece, patterns):
            # "Employer — City" above "Title, Area (Region)": the rest qualifies the title.
            title = f"{title}, {piece}"
            continue
        title_open = False
        if named:
            employer = named
            continue
        if employer:
            continue
        if _is_place(piece, patterns) or re.fullmatch(r"(?i)remote|hybrid|on-?site", piece):
            continue
        employer = piece
    if not title and pieces:
        title = pieces[0] if pieces[0] != employer else ""
    return title, employer


def _profile(
    lines: tuple[ResumeLine, ...],
    roles: tuple[Role, ...],
    periods: tuple[Period, ...],
    patterns: FitPatterns,
    today: int,
) -> ResumeProfile:
    team_sizes: list[Quantity] = []
    budgets: list[Quantity] = []
    achievements: list[str] = []
    countries: list[str] = []
    regions: list[str] = []
    tools: list[str] = []
    industry_counts: Counter[str] = Counter()
    summary_counts: Counter[str] = Counter()
    industry_quotes: dict[str, str] = {}
    model_counts: Counter[str] = Counter()
    model_quotes: dict[str, str] = {}
    stated_years: float | None = None
    by_pattern = [team_sizes_in(item.text, patterns) for item in lines]
    unread = [number for number, sizes in enumerate(by_pattern) if not sizes]
    parsed = led_headcounts([lines[number].text for number in unread], patterns)
    for number, sizes in zip(unread, parsed, strict=True):
        by_pattern[number] = sizes
    for item, sizes in zip(lines, by_pattern, strict=True):
        text = item.text
        for size in sizes:
            team_sizes.append(Quantity(size, text, line=item.index))
        for value, currency, kind in amounts_in(text):
            if kind in ("budget", "pnl"):
                budgets.append(Quantity(value, text, kind=kind, currency=currency, line=item.index))
        if item.bullet and item.section in ("experience", "summary") and _has_number(text):
            achievements.append(text)
        for hit in patterns.countries.finditer(text):
            name = _country_name(hit.group(0))
            if name not in countries:
                countries.append(name)
        for hit in patterns.regions.finditer(text):
            if hit.group(0) not in regions:
                regions.append(hit.group(0))
        for tool in patterns.tools_in(text):
            if tool.name not in tools:
                tools.append(tool.name)
        if item.section in ("experience", "summary"):
            counts = summary_counts if item.section == "summary" else industry_counts
            for matcher in patterns.industries:
                hits = matcher.regex.findall(text)
                if hits:
                    counts[matcher.industry.id] += len(hits)
                    industry_quotes.setdefault(matcher.industry.id, text)
            for model, regex in patterns.models.items():
                hits = regex.findall(text)
                if hits:
                    model_counts[model] += len(hits)
                    model_quotes.setdefault(model, text)
        if stated_years is None and item.section in ("summary", "side"):
            years = SUMMARY_YEARS_RE.search(text)
            if years:
                stated_years = to_number(years.group("n"))
    # The career (the roles) says which industries the candidate knows; the summary only when the
    # roles name none.
    counted = industry_counts or summary_counts
    industries = tuple(sorted(counted.items(), key=lambda item: (-item[1], item[0])))
    models = []
    for model, _count in model_counts.most_common():
        models.append(model)
    for industry_id, count in industries:
        model = _industry_model(industry_id, patterns)
        if model in ("b2b", "b2c") and model not in models and count >= 2:
            models.append(model)
            model_quotes.setdefault(model, industry_quotes[industry_id])
    main_model = models[0] if models else None
    career, management = _months(roles, patterns)
    levels = [patterns.level_of(role.title) for role in roles if role.title]
    level = None
    for candidate in ("executive", "director", "manager"):
        if candidate in levels:
            level = candidate
            break
    return ResumeProfile(
        lines=lines,
        roles=roles,
        periods=periods,
        team_sizes=tuple(team_sizes),
        budgets=tuple(budgets),
        industries=industries,
        industry_quotes=industry_quotes,
        model=main_model,
        models=tuple(models),
        model_quotes=model_quotes,
        countries=tuple(countries),
        regions=tuple(regions),
        tools=tuple(tools),
        achievements=tuple(achievements),
        career_months=career,
        management_months=management,
        stated_years=stated_years,
        level=level,
        today=today,
    )


def _industry_model(industry_id: str, patterns: FitPatterns) -> str:
    for matcher in patterns.industries:
        if matcher.industry.id == industry_id:
            return matcher.industry.model
    return "mixed"


COUNTRY_ALIASES = {"UK": "United Kingdom", "USA": "United States", "US": "United States",
                   "UAE": "United Arab Emirates", "Czechia": "Czech Republic"}


def _country_name(name: str) -> str:
    return COUNTRY_ALIASES.get(name, name)


def _has_number(text: str) -> bool:
    stripped = RANGE_RE.sub(" ", text)
    return bool(re.search(r"\d|[€$£%]", stripped))


def _months(roles: tuple[Role, ...], patterns: FitPatterns) -> tuple[int, int]:
    """Months covered by all roles, and by roles with a management title (overlaps counted once)."""

    def covered(selected: list[Role]) -> int:
        spans = []
        for role in selected:
            if role.start is None:
                continue
            end = role.start.index + role.months - 1
            spans.append((role.start.index, end))
        spans.sort()
        total, current_start, current_end = 0, None, None
        for start, end in spans:
            if current_end is None or start > current_end + 1:
                if current_end is not None and current_start is not None:
                    total += current_end - current_start + 1
                current_start, current_end = start, end
            else:
                current_end = max(current_end, end)
        if current_end is not None and current_start is not None:
            total += current_end - current_start + 1
        return total

    # Years of management count only roles that show leading people: a team leader or above on
    # the leadership ladder (by title or by the role's own lines), never an engineer's years.
    floor = leadership_rank("team_leader", patterns)
    if floor >= 0:
        managing = [role for role in roles if leadership_rank(role.level, patterns) >= floor]
    else:
        managing = [role for role in roles if role.title and patterns.level_of(role.title)]
    return covered(list(roles)), covered(managing)
