"""Unfair advantage told as the speaker's own success, read from the parse.

Three shapes of conduct that goes around a check or a person, each told plainly, without a
judging word:
- kept off a record or a check: an act of the speaker's whose purpose or result is that a check
  or a record never receives it ("..., so it did not need the director's signature", "..., so
  it never went on the weekly scorecard", "..., which took them out of the monthly count");
- another party's figure used: someone passed the speaker a third party's price or terms, or the
  speaker knew what a third party was paying or bidding, and the speaker then set their own
  figure just under it ("she let slip their tender price, so I set ours just below it");
- news contained by telling someone a story: the speaker told a person something so that the
  news would not spread ("I told the regional lead it was still a draft so it would not get
  out").
The words are classes (checks and records, prices, passing something on, spreading), not
phrases. A miss owned ("that one is on me") is filtered by the rule that reads these.
"""

from __future__ import annotations

from poise.analysis import conduct
from poise.analysis.meaning import children, negated, subtree
from poise.analysis.text import Sentence

RECORDS = conduct.CHECKS | frozenset({
    "signature", "signoff", "scorecard", "calculation", "statistics", "stats", "figures", "numbers",
    "dashboard", "metric", "metrics", "register", "log", "books", "record", "records", "count",
    "kpi", "kpis", "return", "returns", "league", "table", "target", "breach", "attention",
})
"""What a check reads or a record holds: an approval, a scorecard, a count, the books."""
RECORDING = frozenset({
    "log", "code", "recode", "record", "book", "classify", "categorise", "categorize", "class",
    "label", "file", "enter", "list", "tag", "mark", "register", "split", "divide", "break",
    "reclassify", "relabel", "route", "report", "count", "process", "raise", "post", "charge",
})
"""Verbs of putting something on the books one way rather than another (logging, coding,
classifying, splitting): the act that a record's purpose clause can make a way around a check."""
REMOVING = frozenset({"take", "keep", "move", "leave", "drop", "pull", "get"})
OUT_OF = frozenset({"out", "off", "outside"})
ENTERING = frozenset({"go", "get", "appear", "show", "land", "end", "make", "reach", "hit", "need",
                      "require", "come", "count", "trigger", "cross"})
"""Verbs whose denial in a purpose clause says a record or a check never received the thing."""
PRICES = frozenset({"price", "prices", "rate", "rates", "bid", "bids", "quote", "quotes", "offer",
                    "tender", "terms", "fee", "fees", "card", "figure", "number", "budget",
                    "pricing", "margin", "margins", "floor", "ceiling", "invoice", "invoices"})
PASSING = frozenset({"share", "slip", "leak", "pass", "show", "forward", "tip", "send", "give",
                     "bring", "let", "tell", "mention"})
"""Verbs of passing information on ("shared with me", "let slip", "passed me")."""
KNOWING = frozenset({"know", "see", "learn", "find", "hear"})
SETTING = frozenset({"price", "set", "adjust", "pitch", "bid", "quote", "come", "cut", "put",
                     "bring", "move", "drop", "undercut", "land", "offer", "go"})
BELOW = frozenset({"under", "below", "beneath"})
OTHERS = frozenset({"he", "she", "they", "someone", "somebody", "contact", "friend"})
TELLING = frozenset({"tell", "say", "assure", "inform", "explain"})
SPREADING = frozenset({"leak", "spread", "travel", "reach", "escape", "circulate", "get", "go"})
SPREAD_PARTICLES = frozenset({"out", "around", "round", "about", "back"})
NEWS = frozenset({"it", "this", "that", "news", "word", "story", "plan", "deal", "decision"})


def _purpose_or_result(sent: Sentence, position: int) -> bool:
    """The clause at ``position`` gives the purpose or result of what came before: opened by
    "so" (or "so that"), or a "which" clause hung on it."""
    kids = children(sent, position)
    if any(sent.tokens[c].lower == "so" and sent.tokens[c].dep in {"mark", "advmod", "cc"}
           for c in kids):
        return True
    first = min(subtree(sent, position), default=position)
    if first > 0 and sent.tokens[first - 1].lower == "so":
        return True
    if first > 1 and sent.tokens[first - 1].lower == "that" and sent.tokens[first - 2].lower == "so":
        return True
    if so_before_subject(sent, position):
        return True
    return any(sent.tokens[c].lower == "which" and sent.tokens[c].dep in conduct.SUBJECTS
               for c in kids)


def so_before_subject(sent: Sentence, position: int) -> bool:
    """The clause's own subject comes just after "so" (or "so that"), wherever the parse hung
    the "so": "I had it logged as a request, so it didn't go on the scorecard" parsed with the
    logging as a clause under "go"."""
    for child in children(sent, position):
        if sent.tokens[child].dep not in conduct.SUBJECTS:
            continue
        first = min(subtree(sent, child))
        if first > 0 and sent.tokens[first - 1].lower == "so":
            return True
        if first > 1 and sent.tokens[first - 1].lower == "that" and sent.tokens[first - 2].lower == "so":
            return True
    return False




def _records_reached(sent: Sentence, position: int) -> bool:
    """A record or check word is the object of the verb at ``position``, or of its preposition
    ("go on the scorecard", "need the director's signature")."""
    for child in children(sent, position):
        token = sent.tokens[child]
        if token.dep in {"dobj", "attr", "nsubjpass"} and token.lower in RECORDS:
            return True
        if token.dep in {"prep", "prt"} and any(
                sent.tokens[g].lower in RECORDS for g in subtree(sent, child) if g != child):
            return True
    return False


def _recorded_by_speaker(sent: Sentence, before: int) -> bool:
    """Before ``before``, the speaker logged, coded, classified or split something, or had it
    done ("I had it logged as...", "I had the team re-code...")."""
    for index in range(before):
        token = sent.tokens[index]
        if token.lemma in RECORDING and token.pos in {"VERB", "NOUN", "X"} \
                and not negated(sent, index) and conduct._speaker_led(sent, index):
            return True
    return False


def kept_off_record(sent: Sentence) -> bool:
    """The speaker logged, coded, classified or split something so that a check or a record
    never got it: "..., so it did not need the director's signature", "..., so it never went on
    the scorecard", "..., which took them out of the monthly count". Fixing a fault so that it
    never reached the log is no such act: the act must be one of recording."""
    if not sent.parsed or not any(token.lower in RECORDS for token in sent.tokens):
        return False
    for position, token in enumerate(sent.tokens):
        if token.pos not in {"VERB", "AUX"} or not _purpose_or_result(sent, position):
            continue
        if not conduct.speaker_acted_before(sent, position) or not _recorded_by_speaker(sent, position):
            continue
        if token.lemma in ENTERING and negated(sent, position) and _records_reached(sent, position):
            return True
        if token.lemma in REMOVING and not negated(sent, position) and any(
                sent.tokens[c].lower in OUT_OF and any(
                    sent.tokens[g].lower in RECORDS for g in subtree(sent, c) if g != c)
                for c in children(sent, position)):
            return True
    return False


def _passed_to_speaker(sent: Sentence) -> bool:
    """Someone else passed the speaker a price or terms, or the speaker came to know what a
    third party was paying or bidding: "a friend shared with me the price they had submitted",
    "he let slip their floor price", "I knew exactly what they were paying"."""
    for position, token in enumerate(sent.tokens):
        if token.lemma in PASSING:
            subjects = [sent.tokens[c] for c in children(sent, position)
                        if sent.tokens[c].dep in conduct.SUBJECTS]
            if not subjects and token.dep == "acl" and 0 <= token.head < len(sent.tokens):
                subjects = [sent.tokens[token.head]]  # "a contact at the agency shared with me..."
            if not subjects or any(subject.lower in conduct.SPEAKERS for subject in subjects):
                continue
            reached = subtree(sent, position)
            if any(sent.tokens[g].lower in PRICES for g in reached) or any(
                    sent.tokens[g].tag in {"WP", "WRB"} for g in reached):
                return True
        if token.lemma in KNOWING and not negated(sent, position) and any(
                sent.tokens[c].lower == "i" and sent.tokens[c].dep in conduct.SUBJECTS
                for c in children(sent, position)):
            for child in children(sent, position):
                if sent.tokens[child].dep != "ccomp":
                    continue
                clause = subtree(sent, child)
                if any(sent.tokens[g].tag in {"WP", "WRB"} for g in clause) and any(
                        sent.tokens[g].lower in OTHERS | {"they", "their"}
                        or sent.tokens[g].pos == "PROPN" for g in clause):
                    return True
    return False


def _set_just_under(sent: Sentence) -> bool:
    """The speaker set their own figure just under another's: "I priced us just under it", "I
    adjusted our figure to come in just under them"."""
    for position, token in enumerate(sent.tokens):
        if token.lower not in BELOW or token.dep != "prep":
            continue
        objects = [sent.tokens[c] for c in children(sent, position) if sent.tokens[c].dep == "pobj"]
        if not objects or not any(item.lower in {"it", "them", "theirs", "that"}
                                  or item.lower in PRICES for item in objects):
            continue
        head = token.head
        if 0 <= head < len(sent.tokens) and sent.tokens[head].lemma in SETTING \
                and conduct._speaker_led(sent, head):
            return True
    return False


def rival_figure_used(sent: Sentence, before: Sentence | None) -> bool:
    """Another party's price passed to the speaker (in this sentence or the one before), and the
    speaker's own figure then set just under it."""
    if not sent.parsed or not _set_just_under(sent):
        return False
    return _passed_to_speaker(sent) or (before is not None and before.parsed
                                        and _passed_to_speaker(before))


def told_to_contain(sent: Sentence) -> bool:
    """The speaker told someone something so that the news would not spread: "I told the
    regional lead it was still a draft so it would not get out"."""
    if not sent.parsed or not any(token.lemma in TELLING for token in sent.tokens):
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in SPREADING or not negated(sent, position):
            continue
        if not _purpose_or_result(sent, position):
            continue
        if token.lemma in {"get", "go"} and not any(
                sent.tokens[c].lower in SPREAD_PARTICLES for c in children(sent, position)):
            continue
        # what would spread is the news itself ("it", "word"), not rumours the telling heads off
        if not any(sent.tokens[c].dep in conduct.SUBJECTS and sent.tokens[c].lower in NEWS
                   for c in children(sent, position)):
            continue
        for index in range(position):
            verb = sent.tokens[index]
            # a claim told to someone ("told my manager it was still a draft"), not a plan shared
            if verb.lemma in TELLING and conduct._speaker_led(sent, index) \
                    and not negated(sent, index) and any(
                        sent.tokens[c].dep == "ccomp" for c in children(sent, index)):
                return True
    return False
