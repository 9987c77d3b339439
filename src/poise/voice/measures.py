"""Delivery measures over a timed transcript: pace, filled pauses, silences, verbal fillers and
hedges, duration and trailing off. Pure: the bands and word lists come in as content data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from poise.analysis.matching import compile_matcher, find
from poise.content.schema import Lexicon, Matcher, VoiceContent
from poise.voice.model import DeliveryFinding, DeliveryReport, Mark, PaceWindow, Recording, Span, Word, clock

PUNCTUATION = ".,;:!?\"'“”‘’()-…"
SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*$")
RESULT_ROLES = frozenset({"results", "lesson"})
MIN_SENTENCES_FOR_ENDING = 3
WORDLESS_VOICE = (0.15, 1.5)
"""A voiced stretch this long (seconds) with no recognised word is taken for a filled pause."""


@dataclass(frozen=True)
class Ending:
    """How the transcript ends, as the analyser labelled it: the last sentence and its role."""

    sentences: int
    last_sentence: str
    last_role: str


def normalised(token: str) -> str:
    """A word without its punctuation, in lower case."""
    return token.strip().strip(PUNCTUATION).lower()


def filled_pause_pattern(content: VoiceContent) -> re.Pattern[str]:
    """One regex matching a whole word that is a filled pause ("um", "uhh", "erm")."""
    return re.compile("(?:" + "|".join(content.filled_pauses.sounds) + ")", re.IGNORECASE)


def is_filled_pause(word: Word, pattern: re.Pattern[str]) -> bool:
    """True when the word is only a hesitation sound."""
    token = normalised(word.text)
    return bool(token) and pattern.fullmatch(token) is not None


def measure_delivery(
    recording: Recording,
    *,
    content: VoiceContent,
    lexicons: dict[str, Lexicon],
    time_limit: int | None = None,
    ending: Ending | None = None,
) -> DeliveryReport:
    """Every delivery measure of one spoken answer, with a finding for each that needs work."""
    pattern = filled_pause_pattern(content)
    fillers = [word for word in recording.words if is_filled_pause(word, pattern)]
    spoken = [word for word in recording.words if word.text.strip() and not is_filled_pause(word, pattern)]
    voiced = _voiced(recording)
    filled_marks = [Mark("filled_pause", word.start, word.end, word.text.strip(" ,.")) for word in fillers]
    filled_marks += [Mark("filled_pause", span.start, span.end, "(wordless sound)")
                     for span in _wordless(voiced, recording.words)]
    filled_marks.sort(key=lambda mark: mark.start)

    start, end = _speaking_bounds(voiced, recording.words)
    speaking = max(end - start, 0.0)
    minutes = speaking / 60 if speaking > 0 else 0.0
    wpm = round(len(spoken) / minutes) if minutes > 0 else 0
    windows = _windows(spoken, start, end, content)
    silences = _silences(voiced, recording.words, start, content)
    verbal = _verbal(recording, lexicons, pattern)
    limit = time_limit or content.answer_time_s
    filled_rate = round(len(filled_marks) / minutes, 1) if minutes > 0 else 0.0

    findings: list[DeliveryFinding] = []
    findings += _pace_findings(wpm, len(spoken), windows, content)
    findings += _filler_findings(filled_marks, filled_rate, content)
    findings += _silence_findings(silences, content)
    findings += _verbal_findings(verbal, minutes, content)
    if end > limit:
        findings.append(_finding(content, "over_time", "medium", at=float(limit),
                                 seconds=round(end), limit=limit))
    if ending is not None and ending.sentences >= MIN_SENTENCES_FOR_ENDING \
            and ending.last_role not in RESULT_ROLES:
        last = recording.words[-1].end if recording.words else None
        findings.append(_finding(content, "trailing_off", "medium", at=last, quote=ending.last_sentence))
    findings.sort(key=lambda item: (item.at if item.at is not None else 1e9, item.id))

    low = content.confidence.low_word_probability
    unsure = tuple(index for index, word in enumerate(recording.words)
                   if word.text.strip() and word.probability < low and not is_filled_pause(word, pattern))
    marks = sorted(filled_marks + silences + verbal, key=lambda mark: mark.start)
    return DeliveryReport(
        duration=recording.duration, speaking_time=speaking, words=len(spoken), wpm=wpm,
        pace_band=(content.pace.low_wpm, content.pace.high_wpm), filled_pauses=len(filled_marks),
        filled_per_minute=filled_rate, verbal_fillers=len(verbal), time_limit=limit,
        windows=windows, marks=tuple(marks), findings=tuple(findings), low_confidence=unsure,
    )


def _voiced(recording: Recording) -> list[Span]:
    """The voiced stretches: from voice-activity detection, else from the words themselves."""
    if recording.speech:
        return sorted(recording.speech, key=lambda span: span.start)
    spans: list[Span] = []
    for word in recording.words:
        if spans and word.start <= spans[-1].end:
            spans[-1] = Span(spans[-1].start, max(spans[-1].end, word.end))
        else:
            spans.append(Span(word.start, word.end))
    return spans


def _speaking_bounds(voiced: list[Span], words: tuple[Word, ...]) -> tuple[float, float]:
    """From the first voiced moment to the last (the thinking pause before is not speaking time)."""
    if voiced:
        return voiced[0].start, voiced[-1].end
    if words:
        return words[0].start, words[-1].end
    return 0.0, 0.0


def _wordless(voiced: list[Span], words: tuple[Word, ...]) -> list[Span]:
    """Short voiced stretches that no recognised word overlaps: hesitation sounds the recogniser dropped."""
    found = []
    low, high = WORDLESS_VOICE
    for span in voiced:
        if not low <= span.length <= high:
            continue
        if not any(word.start < span.end and word.end > span.start for word in words):
            found.append(span)
    return found


def _windows(spoken: list[Word], start: float, end: float, content: VoiceContent) -> tuple[PaceWindow, ...]:
    band = content.pace
    windows = []
    at = start
    while at < end:
        stop = min(at + band.window_s, end)
        if end - stop < band.window_s / 2:
            stop = end  # a short remainder joins the last window rather than being judged alone
        count = sum(1 for word in spoken if at <= (word.start + word.end) / 2 < stop
                    or (stop == end and (word.start + word.end) / 2 == end))
        length = stop - at
        wpm = round(count * 60 / length) if length > 0 else 0
        if count < band.min_window_words or length < band.window_s / 2:
            state = "unjudged"
        elif wpm < band.low_wpm:
            state = "slow"
        elif wpm > band.high_wpm:
            state = "fast"
        else:
            state = "ok"
        windows.append(PaceWindow(at, stop, count, wpm, state))
        at = stop
    return tuple(windows)


def _silences(
    voiced: list[Span], words: tuple[Word, ...], start: float, content: VoiceContent
) -> list[Mark]:
    """Every gap in the voice worth a name: the pause before the first word, stalls, gaps between
    sentences."""
    rules = content.silences
    continuing = set(rules.continuation_words.lower().split())
    marks = []
    if start >= rules.min_gap_s:
        marks.append(Mark("thinking", 0.0, start))
    for before, after in pairwise(voiced):
        gap = after.start - before.end
        if gap < rules.min_gap_s:
            continue
        previous = [word for word in words if word.start < before.end and word.text.strip()]
        following = [word for word in words if word.start >= before.end and word.text.strip()]
        ended = bool(previous) and SENTENCE_END.search(previous[-1].text.strip()) is not None
        if previous and normalised(previous[-1].text) in continuing:
            ended = False
        if following and following[0].text.strip()[:1].islower():
            ended = False
        quote = previous[-1].text.strip() if previous else ""
        marks.append(Mark("pause" if ended else "stall", before.end, after.start, quote))
    return marks


def _verbal(recording: Recording, lexicons: dict[str, Lexicon], pattern: re.Pattern[str]) -> list[Mark]:
    """Verbal fillers and hedges from the lexicons, placed in time by the words they cover."""
    text = recording.text()
    offsets = recording.offsets()
    names = [name for name in ("fillers", "hedges") if name in lexicons]
    marks = []
    for name in names:
        patterns = compile_matcher(Matcher(lexicon=name), lexicons)
        for match in find(patterns, text):
            tokens = [normalised(token) for token in match.quote.split() if normalised(token)]
            if all(pattern.fullmatch(token) for token in tokens):
                continue  # a hesitation sound: counted as a filled pause, not twice
            covered = [index for index, (left, right) in enumerate(offsets)
                       if left < match.end and right > match.start]
            if not covered:
                continue
            first, last = recording.words[covered[0]], recording.words[covered[-1]]
            marks.append(Mark("filler" if name == "fillers" else "hedge", first.start, last.end,
                              match.quote.strip(" ,")))
    marks.sort(key=lambda mark: mark.start)
    return marks


def _finding(content: VoiceContent, key: str, severity: str, *, at: float | None = None, quote: str = "",
             **values: object) -> DeliveryFinding:
    text = content.findings[key]
    filled = {name: value for name, value in values.items()}
    if at is not None:
        filled.setdefault("at", clock(at))
    sources = {
        "pace": content.pace.source, "window": content.pace.source,
        "filler": content.filled_pauses.source, "thinking": content.silences.source,
        "stall": content.silences.source, "lost": content.silences.source,
        "verbal": content.verbal_fillers.source,
    }
    source = text.source or sources.get(key.split("_")[0], "")
    return DeliveryFinding(key, severity, text.message.format(**filled), text.why, text.fix, source,
                           at, quote)


def _pace_findings(wpm: int, words: int, windows: tuple[PaceWindow, ...],
                   content: VoiceContent) -> list[DeliveryFinding]:
    band = content.pace
    if words < band.min_window_words * 2:
        return []  # too little speech to judge a pace
    if wpm < band.low_wpm or wpm > band.high_wpm:
        key = "pace_slow" if wpm < band.low_wpm else "pace_fast"
        return [_finding(content, key, "medium", wpm=wpm, low=band.low_wpm, high=band.high_wpm)]
    found = []
    fast = [window for window in windows if window.state == "fast"]
    slow = [window for window in windows if window.state == "slow"]
    if fast:
        worst = max(fast, key=lambda window: window.wpm)
        found.append(_finding(content, "window_fast", "low", at=worst.start, wpm=worst.wpm))
    if slow:
        worst = min(slow, key=lambda window: window.wpm)
        found.append(_finding(content, "window_slow", "low", at=worst.start, wpm=worst.wpm))
    return found


def _filler_findings(marks: list[Mark], rate: float, content: VoiceContent) -> list[DeliveryFinding]:
    rules = content.filled_pauses
    found = []
    index = 0
    while index < len(marks):
        group = [mark for mark in marks[index:] if mark.start - marks[index].start <= rules.burst_window_s]
        if len(group) >= rules.burst_count:
            quote = " … ".join(mark.quote for mark in group)
            found.append(_finding(content, "filler_burst", "medium", at=group[0].start, quote=quote,
                                  count=len(group), seconds=round(group[-1].end - group[0].start)))
            index += len(group)
        else:
            index += 1
    if rate > rules.per_minute_ok and len(marks) >= rules.burst_count * 2:
        found.append(_finding(content, "filler_rate", "medium", rate=rate, count=len(marks)))
    return found


def _silence_findings(marks: list[Mark], content: VoiceContent) -> list[DeliveryFinding]:
    rules = content.silences
    found = []
    for mark in marks:
        seconds = round(mark.end - mark.start, 1)
        if mark.kind == "thinking" and seconds > rules.thinking_start_s:
            found.append(_finding(content, "thinking_long", "low", at=0.0, seconds=seconds))
        elif mark.kind == "stall" and seconds >= rules.stall_s:
            found.append(_finding(content, "stall", "medium", at=mark.start, quote=mark.quote,
                                  seconds=seconds))
        elif mark.kind == "pause" and seconds >= rules.between_sentences_s:
            found.append(_finding(content, "lost_listener", "low", at=mark.start, quote=mark.quote,
                                  seconds=seconds))
    return found


def _verbal_findings(marks: list[Mark], minutes: float, content: VoiceContent) -> list[DeliveryFinding]:
    if not marks or minutes <= 0:
        return []
    rate = round(len(marks) / max(minutes, 0.5), 1)
    if rate <= content.verbal_fillers.per_minute_ok:
        return []
    quote = ", ".join(dict.fromkeys(mark.quote.lower() for mark in marks))
    return [_finding(content, "verbal_fillers", "low", at=marks[0].start, quote=quote,
                     count=len(marks), rate=rate)]
