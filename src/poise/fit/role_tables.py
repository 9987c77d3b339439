"""Posts set out as a table with a head row, read cell by cell.

A seafarer's sea-service record ("Rank | Vessel | Type | Company | Sign on | Sign off"), a tabular
CV's "From | To | Position | Employer" or "Zeitraum | Position | Arbeitgeber": the head row says
what each column holds (content/fit/cues.yaml: ``resume_table_columns``), so each row is one post
whose title, employer and dates stand in known cells. Read by layout, the row's cells are only a
line of pieces; read by its head, a row is never confused with the title or employer of the post
above it. A table is read this way only when its head names a title, an employer and a start or
period column: a "Period | Position" table whose cells hold the employer under the title, or
whose employer heads the table, is left to the ordinary reading, which follows those layouts.
A row that holds only a note with its own dates, set across the table ("*Ashore – exams,
10.2008 – 04.2009*"), is time between posts that the résumé explains, not a post.
"""

from __future__ import annotations

from dataclasses import dataclass

from poise.fit.dates import Month, date_range
from poise.fit.lexicon import FitPatterns, Patterns, any_match
from poise.fit.text import clean


@dataclass(frozen=True)
class TableRole:
    """One row of a table of posts: the line it stands on and what its cells say."""

    line: int
    text: str
    title: str
    employer: str
    start: Month
    end: Month | None
    current: bool


@dataclass(frozen=True)
class TableNote:
    """A row of a table of posts that holds only a dated note: time out between posts."""

    line: int
    text: str
    start: Month
    end: Month | None
    current: bool


@dataclass(frozen=True)
class PostTables:
    """What the résumé's tables of posts say: the posts, and the dated notes between them."""

    roles: tuple[TableRole, ...] = ()
    notes: tuple[TableNote, ...] = ()

    @property
    def rows(self) -> frozenset[int]:
        """The lines read here, which the ordinary reading leaves alone."""
        return frozenset({role.line for role in self.roles} | {note.line for note in self.notes})


def _cells(line: str) -> list[str] | None:
    """A markdown table row's cells (empty cells kept), or None for any other line."""
    stripped = line.strip()
    if len(stripped) < 2 or not (stripped.startswith("|") and stripped.endswith("|")):
        return None
    return [clean(cell.strip().strip("*_").strip()) for cell in stripped[1:-1].split("|")]


def _separator(cells: list[str]) -> bool:
    """A table's rule under its head row ("|---|:--:|")."""
    filled = [cell.replace(" ", "") for cell in cells if cell]
    return bool(filled) and all(set(cell) <= set(":-") and "-" in cell for cell in filled)


def _columns(head: list[str], columns: dict[str, Patterns]) -> dict[str, int]:
    """Which column holds what, by its head cell: the first column a kind's pattern matches."""
    found: dict[str, int] = {}
    for number, cell in enumerate(head):
        name = cell.strip().rstrip(":").strip()
        if not name:
            continue
        for kind, patterns in columns.items():
            if kind not in found and any_match(patterns, name) is not None:
                found[kind] = number
                break
    return found


def _dates(cells: list[str], at: dict[str, int], today: int
           ) -> tuple[Month, Month | None, bool] | None:
    """A row's start, end and whether it is current, from its date cells."""
    if "period" in at:
        text = cells[at["period"]]
    else:
        start = cells[at["start"]]
        end = cells[at["end"]] if "end" in at else ""
        if not start:
            return None
        text = f"{start} – {end or 'present'}" if "end" in at else start
    found = date_range(text, today)
    if found is None:
        return None
    start_month, end_month, current, _hit = found
    return start_month, end_month, current


def _title(cells: list[str], at: dict[str, int]) -> str:
    title = cells[at["title"]]
    unit = cells[at["unit"]] if "unit" in at else ""
    return f"{title} ({unit})" if title and unit else title


def post_tables(lines: list[str], patterns: FitPatterns, today: int) -> PostTables:
    """The posts listed in the résumé's tables of posts, one per dated row, and the dated notes
    set across them, in document order. ``lines`` are the résumé's lines; each role and note
    keeps the number of its row's line."""
    columns = patterns.table_columns
    if not columns:
        return PostTables()
    roles: list[TableRole] = []
    notes: list[TableNote] = []
    at: dict[str, int] | None = None
    width = 0
    for number, line in enumerate(lines):
        cells = _cells(line)
        if cells is None:
            at = None
            continue
        if at is None:
            following = _cells(lines[number + 1]) if number + 1 < len(lines) else None
            if following is not None and _separator(following):
                found = _columns(cells, columns)
                usable = "title" in found and "employer" in found and (
                    "start" in found or "period" in found)
                at, width = (found if usable else {}), len(cells)
            else:
                at = {}
            continue
        if not at or _separator(cells):
            continue
        filled = [cell for cell in cells if cell]
        if len(filled) == 1:
            noted = date_range(filled[0], today)
            if noted is not None:
                notes.append(TableNote(number, filled[0], noted[0], noted[1], noted[2]))
            continue
        if len(cells) != width:
            continue
        dated = _dates(cells, at, today)
        title = _title(cells, at)
        if dated is None or not title or ";" in cells[at["title"]]:
            continue  # several posts in one cell ("Manager; Assistant Manager"): read by layout
        start, end, current = dated
        employer = cells[at["employer"]] if "employer" in at else ""
        roles.append(TableRole(number, line.strip(), title, employer, start, end, current))
    return PostTables(tuple(roles), tuple(notes))
