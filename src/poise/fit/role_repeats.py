"""One role told twice on a résumé: a table of posts at the top and the same posts again with
their achievements below ("Career Details"), as Korean, Japanese and many European résumés are
written. The two entries share their employer, their dates and a word of their title; the entry
with the role's lines is kept, and it also owns the other's line."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from poise.fit.resume_reader import Role

TITLE_WORD_RE = re.compile(r"[^\W\d_]{4,}")


def _employer_key(employer: str) -> str:
    """The employer's name without its asides and punctuation ("Daeryun Energy Co., Ltd. (Ochang
    Plant)" → "daeryunenergycoltd")."""
    return re.sub(r"[\W_]+", "", re.sub(r"\([^()]*\)", "", employer)).casefold()


def _title_words(title: str) -> set[str]:
    return {word.casefold() for word in TITLE_WORD_RE.findall(title)}


def _same_post(one: Role, other: Role) -> bool:
    """Whether two entries tell one post: one employer, the same start and end, and a shared word
    of their titles."""
    if one.start is None or other.start is None or one.start.index != other.start.index:
        return False
    if one.current != other.current or (not one.current and (
            one.end is None or other.end is None or one.end.index != other.end.index)):
        return False
    key = _employer_key(one.employer)
    return bool(key) and key == _employer_key(other.employer) and bool(
        _title_words(one.title) & _title_words(other.title))


def merge_repeated_roles(roles: tuple[Role, ...], owners: dict[int, int]
                         ) -> tuple[tuple[Role, ...], dict[int, int]]:
    """The roles with every post told twice kept once (the entry with more lines, the first on a
    tie), and ``owners`` (line position → role number) renumbered to match."""
    kept_as: dict[int, int] = {}
    for number, role in enumerate(roles):
        if number in kept_as:
            continue
        kept_as[number] = number
        for later in range(number + 1, len(roles)):
            if later not in kept_as and _same_post(role, roles[later]):
                kept_as[later] = number
    if all(number == target for number, target in kept_as.items()):
        return roles, owners
    groups: dict[int, list[int]] = {}
    for number, target in kept_as.items():
        groups.setdefault(target, []).append(number)
    merged: list[Role] = []
    renumber: dict[int, int] = {}
    for target in sorted(groups):
        members = groups[target]
        best = max(members, key=lambda number: (len(roles[number].lines), -number))
        lines = sorted({line for number in members for line in roles[number].lines})
        for number in members:
            renumber[number] = len(merged)
        merged.append(replace(roles[best], lines=tuple(lines)))
    return tuple(merged), {position: renumber[number] for position, number in owners.items()}
