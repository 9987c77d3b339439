"""Several posts written inside one role's block, split into a role each by the dates the block
gives them: earlier posts in an aside ("(previously Team Leader, 2011 – 2013; Engineer, 2008 –
2011)"), posts dated in brackets on one line ("Developer (2011), Senior Developer (2013)"), a
second title with its own range under the first ("Executive, Warehouse (2006 – 2008)"), the post
one joined as and the one reached ("(joined as site engineer; project manager from 2007)"), and
a promotion chain whose steps a line under it dates in order ("Northside (2014–2016), then all
three hospitals (2016–2018)").

The reading is one grammar, not one rule per layout: every non-list line of the block is cut into
parts (bracketed asides split at semicolons, posts dated in brackets, "then"/"previously" joins);
a part is a post when it names a title (the title vocabulary) of a few words and at most one date
range or start. The posts are then laid on the role's time line: the role's own title is the post
it reached unless the dated posts spell it out, a post one "joined as" starts with the role, a
post without an end ends where the next begins. Nothing is split unless every post finds a start,
the starts follow each other, and none falls after the role's end; nor when a post would end
before it starts.

A later post is led by "then" or by the words of a promotion (fit/lexicons.yaml
``promoted_to_words``: "(Joined as DGM – HSE; elevated to GM in Apr'19)"), and a post written as
the role's own title shortened to its initials ("GM" under "General Manager – HSE") is that
post: a promotion inside one employer is two steps of one career."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from poise.fit.dates import POINT, Month, date_range, parse_point
from poise.fit.lexicon import FitPatterns, fit_content
from poise.fit.role_header import ARROW_RE, has_title

POST_WORDS = 8
"""The most words a post's title has; a longer part is a sentence about the work."""
LEAD_WORDS = (r"(?P<first>(?:initially\s+|originally\s+)?(?:joined|started|began|hired|recruited)"
              r"(?:\s+\w+)?\s+as(?:\s+an?|\s+the)?)|previously|formerly|before that|earlier|then|"
              r"later|and|as")
"""Words that lead a post in an aside; the first group marks the post the role began with."""


@lru_cache(maxsize=1)
def _lead_re() -> re.Pattern[str]:
    """The words that lead a post in an aside, with the words that lead a later post of the same
    career (fit/lexicons.yaml ``promoted_to_words``: "promoted to", "elevated to")."""
    promoted = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(
        fit_content().lexicons.promoted_to_words or ["promoted to"], key=len, reverse=True))
    return re.compile(rf"^(?:{LEAD_WORDS}|(?:{promoted})(?:\s+an?|\s+the)?)\s+", re.IGNORECASE)


START_RE = re.compile(rf"\s*,?\s*\(?\s*(?:from|since|in|as of)\s+(?P<point>{POINT})\s*\)?\s*$",
                      re.IGNORECASE)
"""A post's start after its title ("project manager from 2007", "Senior Developer (2013)")."""
START_BEFORE_RE = re.compile(rf"^(?:from|since|as of|effective)\s+(?P<point>{POINT})\s*,?\s*(?:as\s+)?",
                             re.IGNORECASE)
"""A post's start before its title ("from 07.2011 Quality Lead", "since 2019, as Head of IT")."""
STEP_CUT_RE = re.compile(rf",?\s+(?=(?:from|since|as of|effective)\s+{POINT}\s*,?\s*(?:as\s+)?[A-Z])",
                         re.IGNORECASE)
"""Where a title line turns to the next post and the month it began ("Quality Engineer, from
07.2011 Quality Lead")."""
BRACKET_POINT_RE = re.compile(rf"\s*\(\s*(?P<point>{POINT})\s*\)\s*$")
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
BRACKET_RE = re.compile(r"\(([^()]*)\)")
DATED_BRACKET_RE = re.compile(r"(?P<before>[^()]*?)\((?P<inside>[^()]*)\)")
SEPARATORS = " ,;:|–—-*_.·•"


@dataclass(frozen=True)
class Post:
    """One post a block names: its title, its dates as written (either may be missing) and
    whether it is the post the role began with."""

    title: str
    start: Month | None
    end: Month | None
    current: bool
    first: bool = False


Step = tuple[str, Month, Month | None, bool]


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("*", " ").replace("_", " ")).strip(SEPARATORS + " ")


def post_of(part: str, patterns: FitPatterns, today: int, own: str = "") -> Post | None:
    """The post one part of a block names ("previously Infrastructure Team Leader, 2011 – 2013",
    "joined as site engineer", "Project Developer (2011)"), or None when it names no title. The
    role's own title (``own``) shortened to its initials is a title ("GM" under "General
    Manager")."""
    text = _clean(part)
    first = False
    while (lead := _lead_re().match(text)) is not None:
        first = first or lead.group("first") is not None
        text = text[lead.end():]
    start: Month | None = None
    end: Month | None = None
    current = False
    before = START_BEFORE_RE.match(text)
    if before is not None and parse_point(before.group("point")) is not None:
        start = parse_point(before.group("point"))
        text = text[before.end():]
    dated = None if start is not None else date_range(text, today)
    if dated is not None and not START_RE.search(text):
        start, end, current, hit = dated
        rest = text[:hit.start()] + " " + text[hit.end():]
        text = BRACKET_RE.sub(lambda inner: inner.group(0) if inner.group(1).strip() else " ", rest)
    elif start is None:
        said = START_RE.search(text) or BRACKET_POINT_RE.search(text)
        if said is not None:
            start = parse_point(said.group("point"))
            text = text[:said.start()]
    title = _clean(re.sub(r"\(\s*\)", " ", text))
    if (not title or YEAR_RE.search(title) or len(title.split()) > POST_WORDS
            or not _titled(title, patterns, own) or "(" in title or ")" in title):
        return None
    if not title[0].isupper() and start is None and not first:
        return None  # "previously a consultant" names no post the block dates
    return Post(title, start, end, current, first)


def _parts(line: str) -> list[str]:
    """A line cut into the parts that may each name a post: the asides in brackets that hold no
    date alone are split at semicolons; the rest at each bracketed date, at semicolons and at
    "then"."""
    parts: list[str] = []
    rest = line
    for aside in BRACKET_RE.finditer(line):
        inside = aside.group(1)
        if ";" in inside or _lead_re().match(inside.strip()):
            parts.extend(piece for piece in inside.split(";") if piece.strip())
            rest = rest.replace(aside.group(0), " ; ")
    last = 0
    for hit in DATED_BRACKET_RE.finditer(rest):
        if not YEAR_RE.search(hit.group("inside")):
            continue
        parts.append(rest[last:hit.end()])
        last = hit.end()
    tail = rest[last:]
    for piece in re.split(r";|,?\s+then\s+", tail):
        if piece.strip():
            parts.append(piece)
    return [piece for part in parts for piece in re.split(r",?\s+then\s+", part) if piece.strip()]


def _unled(text: str) -> str:
    """A post's title without the words that lead it ("Joined as DGM" → "DGM")."""
    text = _clean(text)
    while (lead := _lead_re().match(text)) is not None:
        text = text[lead.end():]
    return text


def _titled(text: str, patterns: FitPatterns, own: str) -> bool:
    """True when ``text`` names a post: a title of the vocabulary, or the role's own title
    shortened to its initials."""
    return has_title(text, patterns) or (bool(own) and _shortens(text, own))


def _words(text: str) -> set[str]:
    return {word.lower() for word in re.findall(r"[^\W\d_]+", text) if len(word) > 2}


def _initials(title: str) -> set[str]:
    """The initials of each run of capitalised words in a title ("General Manager – HSE" →
    "GM", "G", "M"): the ways an aside may shorten it."""
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", title)]
    found: set[str] = set()
    for first in range(len(words)):
        run = ""
        for word in words[first:]:
            if not word[0].isupper():
                break
            run += word[0].upper()
            found.add(run)
    return found


def _shortens(post: str, title: str) -> bool:
    """True when a post's title is the role's own title shortened to its initials, with any of
    its other words ("GM" or "GM – HSE" for "General Manager – HSE"); not "DGM" for it."""
    tokens = re.findall(r"[^\W\d_][\w'’-]*", post)
    short = [token for token in tokens if token.isupper() and 2 <= len(token) <= 5]
    if not short or not set(short) <= _initials(title):
        return False
    rest = {token.lower() for token in tokens if token not in short}
    return rest <= {word.lower() for word in re.findall(r"[^\W\d_][\w'’-]*", title)}


def _year_start(point: Month, start: Month) -> Month:
    """A year-only point in the role's first year is the role's precise start."""
    return start if (start.precise and not point.precise and point.year == start.year) else point


def _year_end(point: Month, end: Month | None) -> Month:
    return end if (end is not None and end.precise and not point.precise
                   and point.year == end.year) else point


def _whole_role(post: Post, start: Month, end: Month | None, current: bool) -> bool:
    """True when a post's dates are the role's own: the post is the role, named again."""
    if post.start is None or post.start.year != start.year:
        return False
    if post.end is None and not post.current:
        return True  # "Director — Acme since 2021": the role's own start
    if post.current or current:
        return post.current and current
    return post.end is not None and end is not None and post.end.year == end.year


def _ordered_ranges(title: str, lines: list[str], start: Month, end: Month | None, current: bool,
                    today: int) -> list[Step] | None:
    """A promotion chain in the title ("Director → Senior Director") whose steps one line of the
    block dates in order with as many ranges as it has steps, each beginning where the one before
    ends and together spanning the role."""
    steps = [step.strip() for step in ARROW_RE.split(title) if step.strip()]
    if len(steps) < 2:
        return None
    for line in lines:
        ranges = []
        rest = line
        while (dated := date_range(rest, today)) is not None:
            ranges.append(dated[:3])
            rest = rest[dated[3].end():]
        if len(ranges) != len(steps):
            continue
        if ranges[0][0].year != start.year or any(
                later[0].year != (earlier[1].year if earlier[1] is not None else -1)
                for earlier, later in pairwise(ranges)):
            continue
        final = ranges[-1]
        if not (final[2] and current) and (final[1] is None or end is None
                                           or final[1].year != end.year):
            continue
        result: list[Step] = []
        for number, (step, (step_start, step_end, step_current)) in enumerate(
                zip(steps, ranges, strict=True)):
            begin = _year_start(step_start, start) if number == 0 else step_start
            finish = step_end
            if number == len(steps) - 1:
                finish, step_current = (end, current) if (current or end is not None) else (
                    step_end, step_current)
            result.append((step, begin, finish, step_current))
        return result
    return None


def _without_range(line: str, today: int) -> str:
    """A header line without its date range ("**04/2006 – 07/2012** Engineer, from …")."""
    dated = date_range(line, today)
    if dated is None:
        return line
    return _clean(line[:dated[3].start()] + " " + line[dated[3].end():])


def _title_steps(title: str, patterns: FitPatterns, today: int, own: str = "") -> list[Post]:
    """The posts a title names when it turns to a later post and the month that began ("Quality
    Engineer, from 07.2011 Quality Lead"): the first is the post the role began with. [] for a
    title of one post."""
    parts = STEP_CUT_RE.split(title)
    if len(parts) < 2:
        return _listed_steps(title, patterns, own)
    posts = [Post(_clean(parts[0]), None, None, False, first=True)]
    for part in parts[1:]:
        lead = START_BEFORE_RE.match(part.strip())
        point = parse_point(lead.group("point")) if lead is not None else None
        if lead is None or point is None:
            return []
        posts.append(Post(_clean(part.strip()[lead.end():]), point, None, False))
    if any(not has_title(post.title, patterns) or YEAR_RE.search(post.title) for post in posts):
        return []
    return posts


def _listed_steps(title: str, patterns: FitPatterns, own: str = "") -> list[Post]:
    """The posts a title lists with a semicolon, each later one with the month it began
    ("Process Engineer; Senior Process Engineer from Jul 2006"): the first is the post the role
    began with. [] unless every later post is dated and every part is a title."""
    whole = re.fullmatch(r"\s*\(([^()]*)\)\s*", title)
    if whole is not None:
        title = whole.group(1)  # an aside that is the whole line: "(Joined as …; … in 2019)"
    pieces = [piece.strip() for piece in title.split(";")]
    if len(pieces) < 2 or any("(" in piece or ")" in piece for piece in pieces):
        return []
    posts = [Post(_unled(pieces[0]), None, None, False, first=True)]
    for piece in pieces[1:]:
        began = START_RE.search(piece)
        point = parse_point(began.group("point")) if began is not None else None
        if began is None or point is None:
            return []
        posts.append(Post(_unled(piece[:began.start()]), point, None, False))
    if any(not _titled(post.title, patterns, own) or YEAR_RE.search(post.title) for post in posts):
        return []
    return posts


def posts_in_block(title: str, start: Month, end: Month | None, current: bool, lines: list[str],
                   patterns: FitPatterns, today: int) -> list[Step] | None:
    """The posts one role's block names, earliest first, each with its dates; None when the block
    names no post of its own beyond the role's title, or its posts do not lie on one time line.

    ``lines`` are the block's lines that are no list item (title, employer, dates, asides)."""
    ordered = _ordered_ranges(title, lines, start, end, current, today)
    if ordered is not None:
        return ordered
    steps = _title_steps(title, patterns, today) or next(
        (found_steps for line in lines if (found_steps := _title_steps(
            _without_range(line, today), patterns, today, title))), [])
    found = list(steps)
    for line in lines:
        for part in _parts(line):
            post = post_of(part, patterns, today, title)
            if post is not None and (post.start is not None or post.first):
                found.append(post)
    if all(post.start is None or _whole_role(post, start, end, current) for post in found):
        return None  # no post of the block other than the role itself, named again
    seen: set[str] = set()
    posts: list[Post] = []
    # "elevated to GM in Apr'19" under "General Manager – HSE": the role's own post, shortened
    found = [Post(title, post.start, post.end, post.current, post.first)
             if _shortens(post.title, title) else post for post in found]
    for post in found:
        if post.title.lower() not in seen:
            seen.add(post.title.lower())
            posts.append(post)
    titled = [post for post in found if post in steps or (
        post.title == title and any(_shortens(step.title, title) for step in steps))]
    own_words = set().union(*(_words(post.title) for post in titled)) if titled else _words(title)
    named = set().union(*(_words(post.title) for post in posts))
    if own_words and own_words <= named and len(posts) >= 2:
        pass  # the title spells out the dated posts ("Developer (2011), Senior Developer (2013)")
    else:
        same = [number for number, post in enumerate(posts)
                if _words(post.title) and _words(post.title) <= own_words]
        if same:
            # "project manager from 2007" names the role's own post: its title as the header has it
            at = same[0]
            posts[at] = Post(title, posts[at].start, posts[at].end, posts[at].current, posts[at].first)
        else:
            posts.append(Post(title, None, end, current))
    high = today if current or end is None else (end.index if end.precise else end.year * 12 + 11)
    dated_ends = [post.end for post in posts if post.end is not None and post.title != title]
    laid: list[Post] = []
    for post in posts:
        begin = post.start
        if post.first and begin is None:
            begin = start
        if begin is None and post.title == title:
            inside = [point for point in dated_ends if point.index >= start.index - 11]
            if not inside:
                begin = start
            else:
                latest = max(inside, key=lambda point: point.index)
                begin = Month(latest.index + 1, True) if latest.precise else latest
        if begin is None:
            return None
        laid.append(Post(post.title, _year_start(begin, start), post.end, post.current, post.first))
    timeline = sorted(((post.start, post) for post in laid if post.start is not None),
                      key=lambda pair: pair[0].index)
    result: list[Step] = []
    for number, (begin, post) in enumerate(timeline):
        if begin.index > high or (number and result[-1][1].year > begin.year):
            return None
        finish, ongoing = post.end, post.current
        if number == len(timeline) - 1:
            if finish is None and not ongoing:
                finish, ongoing = end, current
            elif finish is not None and not ongoing:
                finish = _year_end(finish, end)
        elif finish is None:
            following = timeline[number + 1][0]
            finish = Month(following.index - 1, True) if following.precise else following
            ongoing = False
        result.append((post.title, begin, finish, ongoing))
    if len(result) < 2 or len({step[0].lower() for step in result}) < len(result):
        return None
    steps_read = _within_outer_range(result, lines, today)
    return steps_read if all(in_order(step) for step in steps_read) else None


def in_order(step: Step) -> bool:
    """True when a step ends on or after the month it starts (a year-only end ends the year)."""
    _title, begin, finish, _current = step
    if finish is None:
        return True
    last = finish.index if finish.precise else finish.year * 12 + 11
    first = begin.index if begin.precise else begin.year * 12
    return last >= first


def _within_outer_range(steps: list[Step], lines: list[str], today: int) -> list[Step]:
    """The steps with the months of a range the block writes around them all ("Manager (2009 –
    2013); Team Leader (2006 – 2009) – Acme | June 2006 – March 2013"): the first step starts and
    the last ends in the month that range gives, where their years agree."""
    first, last = steps[0], steps[-1]
    for line in lines:
        rest = line
        while (dated := date_range(rest, today)) is not None:
            rest = rest[dated[3].end():]
            begin, finish, ongoing = dated[0], dated[1], dated[2]
            if begin.year != first[1].year or ongoing != last[3]:
                continue
            if not ongoing and (finish is None or last[2] is None or finish.year != last[2].year):
                continue
            adjusted = list(steps)
            adjusted[0] = (first[0], _year_start(first[1], begin), first[2], first[3])
            tail = adjusted[-1]
            if finish is not None and tail[2] is not None:
                adjusted[-1] = (tail[0], tail[1], _year_end(tail[2], finish), tail[3])
            return adjusted
    return steps
