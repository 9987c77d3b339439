"""Reading a job description: sections by meaning, every requirement with its kind, must-have or
not, and its numbers; the title, level, industry, business model and location."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from poise.analysis.language import english_part
from poise.analysis.tags import known_verb, verb_lemma
from poise.content.loader import KnowledgeBase
from poise.fit.bodies import defined_bodies
from poise.fit.job_line_purpose import DUTY, asks_of_candidate, purpose_of
from poise.fit.job_lines import (
    INLINE_BULLET_RE,
    LABELLED_LIST_RE,
    TICK_RE,
    clauses,
    coordinated_duties,
    inline_items,
    sub_heading,
    table_cells,
    ticked,
)
from poise.fit.job_location import read_job_place
from poise.fit.job_setting import setting_of
from poise.fit.job_title import tidy_title
from poise.fit.ladders import regimes_in
from poise.fit.lexicon import FitPatterns, any_match, patterns_for
from poise.fit.quantities import _plain, amounts_in, percent_value, range_floor, team_sizes_in
from poise.fit.reporting_line import states_reporting_line
from poise.fit.text import (
    MARKUP_RE,
    NUMBER_WORDS,
    clean,
    figures_for_words,
    is_bullet,
    join_wrapped,
    marked_heading,
    sentences_of,
    to_number,
)

YEARS_RE = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s*\+?\s*(?:(?:-|–|to)\s*(?P<m>\d{{1,2}})\s*\+?\s*)?"
    r"(?:full\s+)?years?\b",
    re.IGNORECASE,
)

MANAGING_RE = re.compile(
    r"^['’]?s?\s*(?:of\s+)?(?:[\w&/,-]+\s+){0,4}?(?:lead|leading|led|manag|leadership|people management|"
    r"senior|as (?:a |an )?(?:manager|director|head|leader))", re.IGNORECASE)


@dataclass(frozen=True)
class Requirement:
    """One thing the job asks for: the job's own line, its kind, must-have or not, its numbers."""

    id: str
    text: str
    kind: str
    must: bool
    numbers: dict[str, float] = field(default_factory=dict)
    kinds: tuple[str, ...] = ()
    section: str = "other"
    bodies: tuple[str, ...] = ()
    """Initials of regulating bodies the advert defines in brackets that this line names
    ("Civil Aviation Authority (CAA)"): a body, never the qualification asked."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "kind": self.kind,
            "must": self.must,
            "numbers": {name: _plain(value) for name, value in self.numbers.items()},
            "kinds": list(self.kinds),
            "section": self.section,
        }


@dataclass(frozen=True)
class JobProfile:
    """What a job description asks for."""

    title: str
    level: str
    requirements: tuple[Requirement, ...]
    industries: tuple[tuple[str, int], ...]
    """Industry ids with their number of mentions, most mentioned first."""
    industry_quotes: dict[str, str]
    model: str | None
    """The business model the job is set in (b2b / b2c), when the text says so."""
    model_quote: str
    text: str
    location: str = ""
    """Where the job is based: a labelled field, the header's place or the place the text says
    it is based in ("Location: Pune", "Acme — Denver, CO (hybrid)")."""
    work_mode: str = ""
    """How the work is done, when the advert says so ("Hybrid", "On-site"): never the place."""
    set_aside: str = ""
    """What of the advert was not read, when it gave an English version beside another language
    ("39 lines in French set aside: the English version was read"); "" when all was read."""


NUMBERING_RE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[A-Z]|[IVX]{1,4})[.)]\s+|^\s*\d{1,2}\s+(?=[A-Z])")
SYMBOL_BULLET_RE = re.compile(r"^\s*[-*•·・･▪◦‣–+●○■□►▸➢➤✓✔❖◆◇]")


def heading_key(text: str) -> str:
    """A heading as its meaning is matched: straight apostrophes, no numbering, no colon or
    markup, single spaces ("2. What You’ll Bring:" → "What You'll Bring")."""
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    text = NUMBERING_RE.sub("", text.strip().lstrip("#").strip())
    text = MARKUP_RE.sub("", text)
    return re.sub(r"\s+", " ", text).strip(" :*_|–—-")


HEADING_SIDES_RE = re.compile(r"\s+/\s+")
"""Between the two wordings of a bilingual heading, or two names of one section ("Job
Description / Key Result Areas")."""
ASIDE_RE = re.compile(r"\([^()]*\)")


def _names_a_section(text: str, patterns: dict[str, Any]) -> bool:
    key = heading_key(text)
    return any(any_match(section_patterns, key) for section_patterns in patterns.values())


def _heading(raw: str, patterns: dict[str, Any]) -> str | None:
    """The text of a heading line, or None when the line is not one. A heading is found by its
    form (markdown, bold, a closing colon, capitals) or by naming a known section."""
    stripped = raw.strip()
    if not stripped:
        return None
    if stripped.startswith("#"):
        return heading_key(clean(stripped))
    marked = marked_heading(stripped)
    if marked is not None:
        # bold or wholly in brackets ("**Requirements**", "【Requirements (Must)】")
        return heading_key(clean(marked)) or None
    if SYMBOL_BULLET_RE.match(stripped):
        return None
    numbered = is_bullet(stripped)
    text = heading_key(stripped if numbered else clean(stripped))
    words = text.split()
    if not words:
        return None
    if not numbered and stripped.endswith(":") and len(words) <= 10:
        return text
    # An aside in brackets ("Key Result Areas (KRAs)") and a second language's wording ("Wat
    # vragen wij? / What we ask") do not make a heading longer: each side is counted alone.
    sides = [ASIDE_RE.sub(" ", side).split() for side in HEADING_SIDES_RE.split(text)]
    # a heading opens with a capital, or with a letter of a script that has none ("條件要求
    # Requirements")
    short = (max(len(side) for side in sides) <= 6 and not re.search(r"[.!;,]$", text)
             and text[:1].isalpha() and not text[:1].islower())
    if short and _names_a_section(text, patterns):
        return text
    if short and not numbered and text.isupper() and len(text) > 3 and not text.endswith("?"):
        return text
    return None


def _marker(raw: str) -> str | None:
    """A list item's mark as its kind: the symbol itself, or "numbered" for "1." and the like;
    None for a line that is no list item."""
    symbol = SYMBOL_BULLET_RE.match(raw)
    if symbol is not None:
        return symbol.group(0).strip()
    return "numbered" if is_bullet(raw) else None


def _parent_item(raw: str, following: str | None) -> str | None:
    """The text of a short item marked with a symbol that heads items marked another way ("■
    Qualifications (자격요건)" over "- Bachelor's degree…"; ``following`` is the next line that
    is not blank): a list's parent, a heading in the advert's own form. Short as a heading is
    (six words at most, leaving out a gloss in brackets), with no full stop and no "label:
    value"."""
    mark = _marker(raw)
    if mark is None or mark == "numbered":
        return None
    if following is None or _marker(following) in (None, mark):
        return None
    text = heading_key(clean(SYMBOL_BULLET_RE.sub("", raw, count=1)))
    words = ASIDE_RE.sub(" ", text).split()
    if not words or len(words) > 6 or ":" in text or re.search(r"[.!;,]$", text):
        return None
    return text


PARENT_ITEMS = 3
"""How many short items marked with one symbol must each head items marked another way before
that symbol is read as the advert's mark of a heading (one such item is a duty with details)."""


def _parent_headings(raw_lines: list[str]) -> list[str | None]:
    """For each line, its text as a heading when it is a parent item (``_parent_item``) whose
    mark heads at least PARENT_ITEMS such items in the advert, else None."""
    below: list[int | None] = [None] * len(raw_lines)
    next_filled: int | None = None
    for number in range(len(raw_lines) - 1, -1, -1):
        below[number] = next_filled
        if raw_lines[number].strip():
            next_filled = number
    candidates = [_parent_item(raw, raw_lines[after] if after is not None else None)
                  for raw, after in zip(raw_lines, below, strict=True)]
    # the last item of a list stands over the next heading just as a heading stands over its
    # list; only the line whose next item heads nothing is a parent
    parents = [text if text is not None and after is not None and candidates[after] is None
               else None for text, after in zip(candidates, below, strict=True)]
    counts = Counter(_marker(raw) for raw, text in zip(raw_lines, parents, strict=True)
                     if text is not None)
    return [text if text is not None and counts[_marker(raw)] >= PARENT_ITEMS else None
            for raw, text in zip(raw_lines, parents, strict=True)]


def _job_section(heading: str, patterns: FitPatterns) -> str:
    """The section a heading opens, as requirements are read: "must", "nice", "duties",
    "ignore" (nothing asked there: the employer's own description, benefits, the process, the
    hiring's conditions) or "unknown"."""
    section = heading_section(heading, patterns)
    return "ignore" if section in ("about", "conditions") else section


def heading_section(heading: str, patterns: FitPatterns) -> str:
    """The kind of section a heading opens: "must", "nice", "duties", "about" (what the employer
    says it is and does), "conditions" (checks before appointment, the post's terms), "ignore"
    (benefits, pay, the hiring process, policy) or "unknown". The whole heading's meaning comes
    first, then each of its sides ("Wat vragen wij? / What we ask" → must)."""
    key = heading_key(heading)
    # a translation or gloss in brackets names the section too ("Om arbetsplatsen (About the
    # workplace)", "Zahlen & Fakten (facts and figures)")
    glosses = [gloss.strip("() ") for gloss in ASIDE_RE.findall(key)]
    for candidate in [key, *HEADING_SIDES_RE.split(key), *(gloss for gloss in glosses if gloss)]:
        if any_match(patterns.headings.get("conditions", ()), heading_key(candidate)):
            return "conditions"  # "Pre-employment requirements": the hiring's conditions, no asks
        matched = [name for name in ("nice", "must", "duties", "ignore", "about")
                   if any_match(patterns.headings.get(name, ()), heading_key(candidate))]
        if matched[:2] == ["must", "duties"] and DUTY_NOUN_RE.search(heading_key(candidate)):
            return "duties"  # "Essential duties and responsibilities": what the holder does
        if matched:
            return matched[0]
    return "unknown"


def section_lines(text: str, patterns: FitPatterns) -> list[tuple[str, str]]:
    """Each line of an advert that is no heading, cleaned, with the kind of section it stands in
    (``heading_section``'s kinds, "top" above the first heading); a line that names its section
    in a label of its own ("Benefits: pension; car") stands in that section."""
    raw_lines = [line for _, line in join_wrapped(text, paragraphs=True)]
    parent_headings = _parent_headings(raw_lines)
    section = "top"
    found: list[tuple[str, str]] = []
    for number, raw in enumerate(raw_lines):
        heading = _heading(raw, patterns.headings) or parent_headings[number]
        if heading is not None:
            section = heading_section(heading, patterns)
            continue
        line = clean(raw)
        if not line:
            continue
        labelled = LABELLED_LIST_RE.match(line)
        own = heading_section(labelled.group("label"), patterns) if labelled is not None else "unknown"
        found.append((line, section if own == "unknown" else own))
    return found


DUTY_NOUN_RE = re.compile(r"\b(?:duties|responsibilities|functions|accountabilities|tasks)\b", re.IGNORECASE)
"""The nouns that make a heading name what the holder does, however it is qualified."""


def _title_of(lines: list[str], patterns: FitPatterns) -> str:
    for raw in lines[:12]:
        text = clean(raw)
        # "Job title: X", or the label in brackets before the title ("[Job Title] X", "【職種】X")
        labelled = re.match(r"(?i)^(?:(?:job title|title|position|role)\s*:|[\[【〔]\s*(?:job title|"
                            r"title|position|role|job)\s*[\]】〕]:?)\s*(.+)$", text)
        if labelled:
            return labelled.group(1).strip()
    for raw in lines[:6]:
        text = clean(raw)
        if text and len(text.split()) <= 14 and patterns.level_of(text):
            return text
    for raw in lines:
        text = clean(raw)
        if text:
            return text[:120]
    return ""


def read_job(text: str, *, kb: KnowledgeBase | None = None) -> JobProfile:
    """The requirements of a job description, its title, level, industry and business model; of
    an advert that gives an English version beside another language, the English version (the
    place is read from the whole advert, which may name it only in the other language)."""
    patterns = patterns_for(kb)
    whole = text
    english = english_part(text)
    text = english.text
    raw_lines = [line for _, line in join_wrapped(text, paragraphs=True)]
    title = _title_of(raw_lines, patterns)
    requirements = _requirements(raw_lines, title, patterns, first_section="other")
    if not any(item.section in ("must", "nice", "duties") for item in requirements):
        # No heading says where the requirements are: every list item and every line with a
        # requirement's kind is read as one, rather than a near-empty fit map.
        loose = _requirements(raw_lines, title, patterns, first_section="unknown")
        if len(loose) > len(requirements):
            requirements = loose
    bodies = defined_bodies(text, patterns.content.lexicons.regulator_words)
    if bodies:
        requirements = [_with_bodies(item, bodies) for item in requirements]
    level = patterns.level_of(title) or _level_from_lines(raw_lines, patterns)
    if level is None:
        level = "director" if any(r.kind == "leadership" for r in requirements) else "manager"
    industries, quotes = _industries(text, patterns)
    model, model_quote = _model(text, patterns, industries)
    place = read_job_place(text, patterns)
    if not place.place and english.set_aside:
        place = read_job_place(whole, patterns)
    location = place.place
    return JobProfile(
        title=tidy_title(title, location),
        level=level,
        requirements=tuple(requirements),
        industries=industries,
        industry_quotes=quotes,
        model=model,
        model_quote=model_quote,
        text=text,
        location=location,
        work_mode=place.work_mode,
        set_aside=(f"{english.set_aside} line{'s' if english.set_aside != 1 else ''} in "
                   f"{english.other_language} set aside: the English version was read"
                   if english.set_aside else ""),
    )


def _with_bodies(requirement: Requirement, bodies: frozenset[str]) -> Requirement:
    """``requirement`` knowing which of the advert's defined bodies its line names."""
    named = tuple(sorted(body for body in bodies
                         if re.search(rf"(?<![\w-]){re.escape(body)}(?![\w-])", requirement.text)))
    return replace(requirement, bodies=named) if named else requirement


def _requirements(
    raw_lines: list[str], title: str, patterns: FitPatterns, *, first_section: str
) -> list[Requirement]:
    """Every requirement line, section by section; ``first_section`` is how lines before any
    known heading are read ("other": only lines that speak of the role)."""
    section = first_section
    section_count = 0
    requirements: list[Requirement] = []
    seen: set[str] = set()
    columns: list[str] = []
    ignored_list = False
    ignored_under = -1
    parent_headings = _parent_headings(raw_lines)
    for number, raw in enumerate(raw_lines):
        if ignored_list and is_bullet(raw):
            continue  # an item of a list whose lead-in names no requirement (the panel's members)
        ignored_list = False
        if ignored_under >= 0 and is_bullet(raw) and _indent(raw) > ignored_under:
            continue  # an item under a lead-in that asks nothing ("… present these clearances:")
        ignored_under = -1
        if columns and re.fullmatch(r"\|?[\s:|-]*-[\s:|-]*\|?", raw.strip()):
            continue  # the rule under a table's header row ("|---|---|")
        cells = table_cells(raw)
        # a row of a table that marks each criterion's level is content, however short its
        # criterion ("Full UK driving licence | Essential")
        header = [] if "level" in columns else _table_columns(cells, patterns)
        if header:
            columns = header  # "Criteria | Essential | Desirable": a person-specification table
            continue
        if columns and cells and ("must" in columns or "nice" in columns) and ticked(cells, columns):
            # "Criterion | ✓ | ": the criterion, essential or desirable by the column ticked.
            requirement = _ticked_row(cells, columns, len(requirements) + 1, patterns)
            if requirement is not None and requirement.text.lower() not in seen:
                seen.add(requirement.text.lower())
                requirements.append(requirement)
            continue
        if columns and cells and "level" in columns:
            # "Criterion | E | Application": the criterion, essential or desirable by its mark.
            requirement = _marked_row(cells, columns, len(requirements) + 1, patterns)
            if requirement is not None and requirement.text.lower() not in seen:
                seen.add(requirement.text.lower())
                requirements.append(requirement)
            continue
        if columns and cells:
            for column, cell in zip(columns, cells, strict=False):
                if column not in ("must", "nice"):
                    continue
                for item in re.split(r"\s*(?:;|•|·)\s*", cell.strip(" |")):
                    requirement = _requirement(item, column, len(requirements) + 1, patterns,
                                               bullet=True)
                    if requirement is not None and requirement.text.lower() not in seen:
                        seen.add(requirement.text.lower())
                        requirements.append(requirement)
            continue
        columns = []
        labelled = LABELLED_LIST_RE.match(clean(raw))
        listed = inline_items(labelled.group("items")) if labelled is not None else []
        if labelled is not None and not is_bullet(raw) and len(listed) >= 2:
            label_section = _job_section(labelled.group("label"), patterns)
            if label_section == "ignore":
                continue  # "Benefits: pension; car": the terms, not requirements
            if label_section != "unknown":
                # "Requirements: 5 years in logistics; forklift licence": a section's name and its
                # list on one line; a single "Experience: 20 years" is a field and read as a line.
                for item in listed:
                    requirement = _requirement(item, label_section, len(requirements) + 1,
                                               patterns, bullet=True)
                    if requirement is not None and requirement.text.lower() not in seen:
                        seen.add(requirement.text.lower())
                        requirements.append(requirement)
                continue
        heading = _heading(raw, patterns.headings) or parent_headings[number]
        if heading is not None:
            section = _job_section(heading, patterns)
            if section == "unknown" and ((not requirements and section_count == 0) or
                                         heading == heading_key(title)):
                section = first_section  # the job title or the employer's name above the advert
            section_count += 1
            continue
        line = clean(raw)
        if not line or section == "ignore":
            continue
        following = raw_lines[number + 1] if number + 1 < len(raw_lines) else None
        if (line.endswith(":") and following is not None and is_bullet(following)
                and len(line.split()) <= 12 and not patterns.kinds_of(line)
                and any(any_match(patterns.headings.get(name, ()), heading_key(line))
                        for name in ("ignore", "about"))):
            # "The selection committee consists of:" introduces who will interview, and
            # "We offer:" the terms: neither list asks anything of the candidate
            ignored_list = True
            continue
        if (line.endswith(":") and following is not None and is_bullet(following)
                and _indent(following) > _indent(raw)
                and purpose_of(line, section, patterns.content.cues.not_asking,
                               patterns.work_mode_of(line))):
            # "Successful candidates will present certificates from the following bodies:" with
            # its items nested under it: a step after hiring, and so is every item
            ignored_under = _indent(raw)
            continue
        if sub_heading(raw, following) or (line.endswith(":") and following is not None
                                            and is_bullet(following)
                                            and not patterns.kinds_of(line)):
            continue  # a label over a list, or the sentence that only introduces it
        items = [line]
        if len(INLINE_BULLET_RE.findall(line)) >= 2:
            # "Requirements: • X • Y • Z" on one line, as PDFs often give a list.
            items = [item.strip() for item in INLINE_BULLET_RE.split(line) if item.strip()]
        sentences = []
        for item in items:
            sentences.extend(sentences_of(item))
        parts: list[str] = []
        for sentence in clauses(sentences, patterns):
            parts.extend(coordinated_duties(sentence))
        for sentence in parts:
            requirement = _requirement(sentence, section, len(requirements) + 1, patterns,
                                       bullet=is_bullet(raw), prose=not is_bullet(raw) and not cells)
            if requirement is None or requirement.text.lower() in seen:
                continue
            seen.add(requirement.text.lower())
            requirements.append(requirement)
    return requirements


def _indent(raw: str) -> int:
    """How far a line is indented (a tab as four spaces)."""
    expanded = raw.expandtabs(4)
    return len(expanded) - len(expanded.lstrip(" "))


FIELD_RE = re.compile(r"^(?P<label>[A-Za-z][\w/&' -]{1,40}?)\s*:\s+(?P<value>\S.*)$")
"""A field of an advert's particulars: a short label, a colon, its value."""


def _particular_of_the_post(text: str, patterns: FitPatterns) -> bool:
    """True for a field of the advert's particulars ("Job grade: Band 11"): a label of at most
    four words that names no requirement, neither a kind ("Languages: …") nor a section of
    requirements ("Experience: …", "Qualifications: …")."""
    field = FIELD_RE.match(text.strip())
    if field is None or len(field.group("label").split()) > 4 or len(field.group("value").split()) > 12:
        return False
    label, value = field.group("label"), field.group("value")
    if any_match(patterns.role, label) or any_match(patterns.role, value) or _opens_with_duty_verb(
            value, patterns):
        return False  # "Production: Achieve 420 ktpm", "Own reliability: keep…": a duty with its area
    return not patterns.kinds_of(label) and _job_section(label, patterns) not in ("must", "nice")


def _describes_the_employer(text: str, patterns: FitPatterns) -> bool:
    """True for a sentence that neither speaks of the role or the candidate (no "you", no "the
    postholder", no "reports to") nor opens with a duty's verb: it tells of the employer."""
    return (any_match(patterns.role, text) is None and not asks_of_candidate(text)
            and not _opens_with_duty_verb(text, patterns))


def _opens_with_duty_verb(text: str, patterns: FitPatterns) -> bool:
    """True when a line opens with what the holder does: a duty's verb in the order form the
    role cues list ("Manage the staff parking contract") or in the third person of a job
    description's duties ("Oversees parking management and shuttle operations")."""
    first = re.match(r"[^\W\d_]+", text.strip(" -•*"))
    if first is None:
        return False
    word = first.group(0).lower()
    lemma = verb_lemma(word)
    if lemma in GIVING_VERBS:
        return False  # "Includes a pension", "Offers free parking": the terms again
    if lemma != word and known_verb(lemma) and word in (lemma + "s", lemma + "es",
                                                         lemma[:-1] + "ies"):
        return True
    return any_match(patterns.role, word) is not None


def _opens_with_other_duty(text: str, patterns: FitPatterns) -> bool:
    """True when a line opens with a duty's verb other than one of reporting ("Present the
    quarterly reports to the board"): a duty, whatever the parse makes of its first word."""
    words = patterns.content.cues.not_asking
    first = re.match(r"[^\W\d_]+", text.strip(" -•*"))
    if first is None or not _opens_with_duty_verb(text, patterns):
        return False
    return verb_lemma(first.group(0).lower()) not in (words.reporting if words is not None else ())


GIVING_VERBS = frozenset({"include", "offer", "provide", "come", "receive", "get", "enjoy",
                          "benefit", "earn", "have", "attract", "give"})
"""Verbs a line of benefits opens with: what the holder is given, not what they do."""


def _ticked_row(cells: list[str], columns: list[str], number: int, patterns: FitPatterns
                ) -> Requirement | None:
    """The requirement of a ticked row: its first cell, in the section of the ticked column."""
    text = cells[0].strip(" |") if cells else ""
    section = ""
    for column, cell in zip(columns, cells, strict=False):
        if column in ("must", "nice") and TICK_RE.match(cell.strip(" |*")):
            section = section or column
    if not text or not section or re.fullmatch(r"\*\*[^*]+\*\*", text):
        return None
    return _requirement(text, section, number, patterns, bullet=True)


def _table_columns(cells: list[str], patterns: FitPatterns) -> list[str]:
    """The role of each column of a table header row that has an essential or a desirable column
    ("must", "nice", or "label"); [] when the row is no such header."""
    if len(cells) < 2:
        return []
    roles = []
    for cell in cells:
        key = heading_key(cell)
        if len(key.split()) > 4:
            return []
        if LEVEL_COLUMN_RE.fullmatch(cell.strip(" *|")):
            roles.append("level")
        elif any_match(patterns.headings["nice"], key):
            roles.append("nice")
        elif any_match(patterns.headings["must"], key):
            roles.append("must")
        else:
            roles.append("label")
    if "level" in roles[1:]:
        # "Criteria | E/D | Assessed by": the first column holds the criterion, one marks its level.
        return ["label", *("level" if role == "level" else "label" for role in roles[1:])]
    # Every column after the first names a requirement level: a row of content is no header.
    if any(role == "label" for role in roles[1:]):
        return []
    roles[0] = "label" if len(roles) > 2 else roles[0]
    return roles if "must" in roles or "nice" in roles else []


LEVEL_COLUMN_RE = re.compile(r"E\s*/\s*D|D\s*/\s*E|E\s+or\s+D|essential\s*/\s*desirable|"
                             r"essential or desirable|level", re.IGNORECASE)
"""A table column whose cells mark each criterion essential or desirable."""
ESSENTIAL_MARK_RE = re.compile(r"E|Ess\.?|Essential|✓?\s*Essential", re.IGNORECASE)
DESIRABLE_MARK_RE = re.compile(r"D|Des\.?|Desirable", re.IGNORECASE)


def _marked_row(cells: list[str], columns: list[str], number: int, patterns: FitPatterns
                ) -> Requirement | None:
    """The requirement of one row of a marked table: its first cell, essential ("E") or desirable
    ("D") by the level column; None for a sub-heading row ("**Experience** | | ") or a row with
    no mark."""
    text = cells[0].strip(" |") if cells else ""
    mark = ""
    for column, cell in zip(columns, cells, strict=False):
        if column == "level":
            mark = cell.strip(" *|")
    if ESSENTIAL_MARK_RE.fullmatch(mark):
        section = "must"
    elif DESIRABLE_MARK_RE.fullmatch(mark):
        section = "nice"
    else:
        return None
    if not text or re.fullmatch(r"\*\*[^*]+\*\*", text):
        return None
    return _requirement(text, section, number, patterns, bullet=True)


def _level_from_lines(lines: list[str], patterns: FitPatterns) -> str | None:
    for raw in lines[:5]:
        text = clean(raw)
        if text and len(text.split()) <= 14:
            level = patterns.level_of(text)
            if level:
                return level
    return None


def _requirement(
    text: str, section: str, number: int, patterns: FitPatterns, *, bullet: bool = False,
    prose: bool = False,
) -> Requirement | None:
    """The requirement a line states, or None. ``bullet``: an item of a list; ``prose``: a
    sentence of a paragraph (not a list item nor a table's cell)."""
    text = figures_for_words(text)  # "Ten (10) years": one number, read as "10 years"
    words = text.split()
    if len(words) > 80 or (text.rstrip().endswith(":") and len(words) <= 4):
        return None  # too long to be one requirement, or a label ("Key skills:")
    kinds = patterns.kinds_of(text)
    if "scope_team" not in kinds and team_sizes_in(text, patterns, loose=True):
        kinds.append("scope_team")
    if "regulation" not in kinds and regimes_in(text, patterns):
        kinds.append("regulation")
    listed = section in ("must", "nice", "duties")
    # A short line under a requirements heading still asks for something ("Fluent German.",
    # "PRINCE2."); elsewhere a line needs three words to be read as one.
    shortest = (1 if kinds else 2) if listed else 3
    if len(words) < shortest:
        return None
    nice_cue = any_match(patterns.nice, text) is not None
    must_cue = any_match(patterns.must, text) is not None
    # what follows a dash is an aside on the ask ("Danish at a professional level – the post
    # involves much writing to citizens"): whether and why it asks is read from what comes before
    asked_part = DASH_ASIDE_RE.split(text, maxsplit=1)[0]
    if len(asked_part.split()) < 3:
        asked_part = text
    if any_match(patterns.not_requirements, asked_part) or LEGEND_RE.search(text) or (
            any_match(patterns.evidence.get("benefit_terms", ()), text)
            and not _opens_with_duty_verb(text, patterns)):
        return None
    if section == "duties" and prose and not kinds and _describes_the_employer(text, patterns):
        # prose under a duties heading that tells of the employer ("The prison holds 1,040 men",
        # "Drug testing is running at 24% positive"): the setting of the duties, not one of them
        return None
    if section not in ("must", "nice") and not must_cue and not nice_cue and setting_of(
            asked_part, patterns.content.cues.not_asking, patterns.level_of, prose=prose):
        # "We employ 4,600 people", "The Director is the trust's most senior executive", "The
        # Board announces a competition for the post": the employer and the post's place, told
        # beside the duties with figures of their own, and no ask
        return None
    if section in ("must", "nice", "duties"):
        # Every line under a requirements or duties heading is one; an unknown kind stays "other".
        keep = True
    elif section == "unknown" and bullet and _particular_of_the_post(text, patterns):
        return None  # "Reference number: 402187", "Working pattern: Full-time": the post's particulars
    elif section == "unknown":
        # An advert with no headings at all: a list item, a line with a kind that speaks of the
        # role, or a sentence telling the candidate what they will do or have done ("You'll own
        # the architecture"), of an unknown kind kept as "other".
        asked = "" if bullet else asks_of_candidate(text, patterns.content.cues.not_asking)
        keep = bullet or (bool(kinds) and (any_match(patterns.role, text) is not None or must_cue
                                          or nice_cue)) or bool(asked)
        if asked == DUTY and not kinds:
            section = "duties"  # what the holder will do: a duty to prepare, not a must-have
    else:
        # a line that speaks to the candidate and asks ("You've been through at least one audit")
        # is a requirement of an unknown kind, kept as "other" rather than dropped
        speaks = any_match(patterns.role, text) is not None
        keep = (bool(kinds) and (speaks or must_cue or nice_cue)) or (speaks and must_cue)
    if not keep or purpose_of(asked_part, section, patterns.content.cues.not_asking,
                              patterns.work_mode_of(text)):
        return None  # how to apply, a step after hiring, the post's terms or hours: no ask
    if section not in ("must", "nice") and not _opens_with_other_duty(text, patterns) and (
            states_reporting_line(text, patterns.content.cues.not_asking)):
        return None  # "The position reports to the COO": the post's place, nothing asked
    if nice_cue:
        must = False
    elif must_cue:
        must = True
    else:
        must = section != "nice"
    numbers = _numbers(text, kinds, patterns)
    return Requirement(
        id=f"r{number}",
        text=text,
        kind=kinds[0] if kinds else "other",
        must=must,
        numbers=numbers,
        kinds=tuple(kinds) or ("other",),
        section=section,
    )


DASH_ASIDE_RE = re.compile(r"\s[–—]\s|\s-\s")
"""A dash between the ask and an aside on it."""
LEGEND_RE = re.compile(r"(?:^|[\s,;(*])\**[A-Z]{1,3}\**\s*=\s*\S")
"""A key to a table's marks ("A = application form, I = interview"): it explains the page and
asks for nothing."""

TARGET_PERCENT_RE = re.compile(
    r"\b(?:cut|cutting|reduc\w*|lower\w*|sav\w*|decreas\w*|improv\w*|rais\w*|increas\w*|grow\w*)"
    r"\b[^.;%]{0,60}?\bby\s+(?P<n>\d{1,4}(?:\.\d+)?)\s?(?P<unit>%|per ?cent\b|bps\b|basis points?\b)"
    r"|\b(?P<m>\d{1,4}(?:\.\d+)?)\s?(?P<unit2>%|per ?cent|bps|basis points?) (?:reduction|cut|saving|fall|"
    r"improvement|increase|uplift|gain)\b",
    re.IGNORECASE,
)


def _numbers(text: str, kinds: list[str], patterns: FitPatterns) -> dict[str, float]:
    numbers: dict[str, float] = {}
    if "years_experience" in kinds:
        found = []
        for hit in YEARS_RE.finditer(text):
            value = to_number(hit.group("n"))
            if value is not None and value <= 40:
                managing = MANAGING_RE.match(text[hit.end(): hit.end() + 50]) is not None
                found.append((value, managing))
        if found:
            value, managing = found[0]
            numbers["years"] = value
            if managing and len(found) == 1:
                numbers["years_managing"] = value
            for later, later_managing in found[1:]:
                if later_managing:
                    numbers["years_managing"] = later
                    break
    if "scope_team" in kinds or "leadership" in kinds:
        sizes = team_sizes_in(text, patterns, loose=True)
        if sizes:
            numbers["team"] = range_floor(text, max(sizes))
    if "savings" in kinds:
        savings = [value for value, _, kind in amounts_in(text) if kind in ("saving", "other")]
        if savings:
            numbers["savings"] = max(savings)
    amounts = [item for item in amounts_in(text) if item[2] in ("budget", "pnl", "other")]
    if amounts and ("scope_budget" in kinds or "scope_pnl" in kinds):
        numbers["budget"] = max(value for value, _, _ in amounts)
    # A percentage target is one tied to a change ("cut cost by 8%", "a 15% reduction"); a level
    # to keep ("on-time delivery above 98%") is not a target of saving anything.
    percent = TARGET_PERCENT_RE.search(text)
    if percent:
        numbers["percent"] = percent_value(percent.group("n") or percent.group("m"),
                                           percent.group("unit") or percent.group("unit2"))
    return numbers


def _industries(
    text: str, patterns: FitPatterns
) -> tuple[tuple[tuple[str, int], ...], dict[str, str]]:
    counts: Counter[str] = Counter()
    quotes: dict[str, str] = {}
    for raw in text.splitlines():
        line = clean(raw)
        if not line:
            continue
        for matcher in patterns.industries:
            hits = matcher.regex.findall(line)
            if hits:
                counts[matcher.industry.id] += len(hits)
                quotes.setdefault(matcher.industry.id, line)
    ranked = tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
    return ranked, quotes


def _model(
    text: str, patterns: FitPatterns, industries: tuple[tuple[str, int], ...]
) -> tuple[str | None, str]:
    """The business model a text speaks of: explicit words first, else its main industry's."""
    counts: Counter[str] = Counter()
    quotes: dict[str, str] = {}
    for raw in text.splitlines():
        line = clean(raw)
        for model, regex in patterns.models.items():
            hits = regex.findall(line)
            if hits:
                counts[model] += len(hits)
                quotes.setdefault(model, line)
    if counts:
        model, top = counts.most_common(1)[0]
        others = [value for key, value in counts.items() if key != model]
        if top >= 2 and (not others or top >= 2 * max(others)):
            return model, quotes[model]
    return None, ""
