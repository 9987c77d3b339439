"""Things made to differ from what was so, told by the speaker as their own doing, read from the
parse.

- ``denied_in_passing``: the speaker tells someone a fact ("I told the buyer we had a second
  offer") and the same sentence, after a dash, colon or semicolon, denies it with a bare negated
  auxiliary ("— we didn't, really —"). A told promise that later failed ("I told them we would
  finish by May; we didn't") is a missed date, not a lie, and a denial the speaker owns as a
  fault is an admission.
- ``recorded_off_truth``: a record written by the speaker, or by people the speaker had do it,
  with a comparison against what really was ("had them log it later than it really was").
- ``fabricated``: the speaker made up, faked or falsified a document or a piece of evidence
  ("I made up a bid", "we faked the sign-off sheet"). Making up a shortfall or lost time is
  catching up, not inventing: only a made thing of the given classes counts.

The words are classes passed in from the content (verbs of recording, of fabricating, kinds of
document), not phrases.
"""

from __future__ import annotations

from poise.analysis import conduct
from poise.analysis.deception import told_clauses
from poise.analysis.meaning import children, negated, subtree
from poise.analysis.text import Sentence

SPEAKERS = conduct.SPEAKERS
SUBJECTS = conduct.SUBJECTS
CLAIMING = frozenset({"tell", "say", "claim", "assure", "inform", "report", "state", "insist",
                      "mention", "promise"})
"""Verbs of telling someone a fact."""
PROMISING = frozenset({"will", "would", "'ll", "’ll", "'d", "’d", "shall", "could", "can"})
"""Modals that make a told thing a promise or a plan rather than a fact."""
BREAKS = frozenset({"—", "–", "-", "--", ":", ";"})
"""Marks that set a denial off inside a sentence."""
POINTERS = frozenset({"it", "that", "this", "which", "there"})
REALLY = frozenset({"really", "actually", "truly"})
"""Adverbs that set what was so against what is claimed or recorded."""
BARE_KIDS = frozenset({"nsubj", "neg", "punct", "advmod", "expl", "cc"})
TOLD_TAGS = frozenset({"VBD", "VBN"})


def _speaker_subject(sent: Sentence, verb: int) -> bool:
    return any(sent.tokens[c].lower in SPEAKERS and sent.tokens[c].dep in SUBJECTS
               for c in children(sent, verb))


def _told_claims(sent: Sentence) -> list[int]:
    """The telling verbs by which the speaker told someone a clause of fact (not a promise)."""
    found = []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in CLAIMING or token.tag not in TOLD_TAGS \
                or not _speaker_subject(sent, position) or negated(sent, position):
            continue
        for child in told_clauses(sent, position):
            if negated(sent, child):
                continue
            if any(sent.tokens[c].lower in PROMISING and sent.tokens[c].dep == "aux"
                   for c in children(sent, child)):
                continue  # a promise or a plan that later failed is a missed date
            found.append(position)
    return found


def _bare_denial_after(sent: Sentence, start: int) -> int | None:
    """A bare negated auxiliary after ``start`` that opens a part set off by a break ("— we
    didn't, really"): the auxiliary has the speaker or a pointer as subject and nothing it does
    or says of its own (no object, no complement)."""
    tokens = sent.tokens
    for position in range(start + 1, len(tokens)):
        token = tokens[position]
        if token.pos != "AUX" or not negated(sent, position):
            continue
        subjects = [c for c in children(sent, position) if tokens[c].dep in SUBJECTS]
        if len(subjects) != 1 or subjects[0] != position - 1:
            continue
        subject = tokens[subjects[0]].lower
        if subject not in SPEAKERS and subject not in POINTERS:
            continue
        opener = subjects[0] - 1
        if opener < 0 or tokens[opener].text not in BREAKS:
            continue
        # what comes before the break may be hung from the denial by the parse ("I told them
        # X — we didn't": "told" under "did"); only what follows it, up to the next break, must
        # be bare, and a clause joined after it with its own subject is a new clause
        closing = next((p for p in range(position + 1, len(tokens)) if tokens[p].text in BREAKS),
                       len(tokens))
        if all(tokens[c].dep in BARE_KIDS or _new_clause(sent, c)
               for c in children(sent, position) if opener < c < closing):
            return position
    return None


def _new_clause(sent: Sentence, position: int) -> bool:
    """A clause joined with its own subject ("..., but it ended the argument")."""
    return sent.tokens[position].dep == "conj" and any(
        sent.tokens[c].dep in SUBJECTS for c in children(sent, position))


def denied_in_passing(sent: Sentence) -> bool:
    """The speaker told someone a fact and the same sentence denies it after a break: "I told
    their buyer we had a written offer from a rival — we didn't, really — and let him wait"."""
    if not sent.parsed or conduct.owns_fault(sent):
        return False
    return any(_bare_denial_after(sent, telling) is not None for telling in _told_claims(sent))


CAUSING = frozenset({"have", "get", "make", "tell", "ask", "let", "instruct"})
"""Verbs by which the speaker has someone else do a thing ("I had them write it down")."""


def _by_speaker(sent: Sentence, verb: int) -> bool:
    """The act at ``verb`` is the speaker's: "I" or "we" as its subject, or joined to a verb
    with one, or done by people the speaker had, got or told to do it ("I had the clerks log
    it"). Not an act of someone else's the speaker found or heard about ("I found that a lead
    had logged it")."""
    tokens = sent.tokens
    current = verb
    for _ in range(4):
        subjects = [c for c in children(sent, current) if tokens[c].dep in SUBJECTS]
        if subjects:
            if any(tokens[c].lower in SPEAKERS for c in subjects):
                return True
            head = tokens[current].head
            return tokens[current].dep in {"ccomp", "xcomp"} and 0 <= head < len(tokens) \
                and tokens[head].lemma in CAUSING and _speaker_subject(sent, head)
        head = tokens[current].head
        if tokens[current].dep not in {"conj", "xcomp", "advcl"} or head == current \
                or not 0 <= head < len(tokens):
            return False
        current = head
    return False


FALSE_WORDS = frozenset({"fake", "forged", "false", "bogus", "phony", "phoney", "counterfeit",
                         "fabricated", "doctored", "sham"})
"""Words that call a document not what it passes for."""
FINDING = frozenset({"find", "spot", "catch", "discover", "detect", "notice", "uncover", "report",
                     "flag", "reject", "refuse", "decline", "return", "expose", "identify"})
"""Verbs of meeting someone else's false document, not of using one."""


def false_document_used(sent: Sentence, documents: frozenset[str]) -> bool:
    """A document called fake or forged that the speaker got, made or used in a told act: "I asked
    a friend to send me a fake offer on their letterhead". Not one the speaker found, refused or
    reported ("I spotted a forged invoice and reported it")."""
    if not sent.parsed:
        return False
    tokens = sent.tokens
    if any(token.lemma in FINDING for token in tokens):
        return False
    for position, token in enumerate(tokens):
        if token.lemma not in documents or token.pos != "NOUN":
            continue
        if not any(tokens[c].lower in FALSE_WORDS and tokens[c].dep == "amod"
                   for c in children(sent, position)):
            continue
        verb = token.head
        if token.dep not in {"dobj", "ccomp"} or not 0 <= verb < len(tokens) or negated(sent, verb):
            continue
        if _by_speaker(sent, verb) or _asked_of_someone(sent, verb):
            return True
    return False


def _asked_of_someone(sent: Sentence, verb: int) -> bool:
    """The act at ``verb`` is one the speaker had or asked someone to do, reached up through the
    person's own description ("I asked a friend who works there to send me...")."""
    tokens = sent.tokens
    current = verb
    for _ in range(5):
        head = tokens[current].head
        if not 0 <= head < len(tokens) or head == current:
            return False
        if tokens[current].dep == "relcl" and tokens[head].dep in {"dobj", "nsubj"}:
            head = tokens[head].head  # the person described: go on to what the speaker did
            if not 0 <= head < len(tokens):
                return False
        elif tokens[current].dep not in {"advcl", "xcomp", "ccomp", "conj"}:
            return False
        if tokens[head].lemma in CAUSING and _speaker_subject(sent, head) \
                and tokens[head].tag in TOLD_TAGS:
            return True
        current = head
    return False


def recorded_off_truth(sent: Sentence, recording: frozenset[str]) -> bool:
    """A record made by the speaker, or by people the speaker had make it, set against what
    really was: a verb of recording whose clause holds a comparison ("later", "higher") with a
    "than" clause that says what really or actually was ("had them write it down later than it
    really was"). A comparison with what the speaker wanted ("later than I really wanted") is
    no record bent."""
    if not sent.parsed:
        return False
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.lemma not in recording or negated(sent, position) \
                or not _by_speaker(sent, position):
            continue
        for inner in subtree(sent, position):
            word = tokens[inner]
            if word.lower != "than" or word.dep != "mark":
                continue
            verb = word.head
            if not 0 <= verb < len(tokens) or tokens[verb].lemma != "be":
                continue
            if any(tokens[c].lower in REALLY for c in children(sent, verb)):
                return True
    return False


def fabricated(sent: Sentence, making: frozenset[str], documents: frozenset[str]) -> bool:
    """The speaker made up, faked or falsified a document or a piece of evidence, in a told act
    (past, not denied): "I made up a bid", "we faked the sign-off sheet". Not making up a
    shortfall ("we made up the lost days") and not a denial ("I never faked a number")."""
    if not sent.parsed:
        return False
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.tag not in TOLD_TAGS or negated(sent, position) \
                or not _by_speaker(sent, position):
            continue
        kids = children(sent, position)
        made_up = token.lemma == "make" and any(
            tokens[c].lower == "up" and tokens[c].dep == "prt" for c in kids)
        if not made_up and token.lemma not in making:
            continue
        if any(tokens[c].dep == "dobj" and tokens[c].lemma in documents for c in kids):
            return True
    return False


FORMER = frozenset({"old", "former", "previous", "last", "ex"})
"""Words that put a mark's owner in the past: a former employer's letterhead is not the speaker's."""
USING = frozenset({"use", "borrow", "reuse", "take", "keep"})
"""Verbs by which a mark is used directly ("I used the old company letterhead")."""
CONSENTED = frozenset({"permission", "agree", "approve", "authorise", "authorize", "consent",
                       "blessing", "request", "instruction", "instruct"})
"""Words of the owner's leave: a mark used with it is used by right."""
MARK_PREPOSITIONS = frozenset({"on", "with", "under", "using", "onto", "in"})
OWN_MARKS = SPEAKERS | frozenset({"my", "our", "your"})
REFUSING = frozenset({"refuse", "decline", "reject", "resist", "avoid", "tempt", "consider",
                      "ask", "want", "tell", "urge", "pressure", "push"})
"""Verbs above an act that make it no act of the speaker's: a refusal, a temptation, a request
("my director told me to use her login")."""
ASKING = frozenset({"ask", "want", "tell", "urge", "pressure", "push"})
"""Of ``REFUSING``, the verbs of asking: the speaker's own asking is the speaker's act."""


def _refused(sent: Sentence, verb: int) -> bool:
    """A verb of refusing, considering or being asked stands above the act at ``verb``, with
    someone other than the speaker asking or the speaker refusing."""
    current = verb
    for _ in range(3):
        head = sent.tokens[current].head
        if head == current or not 0 <= head < len(sent.tokens) \
                or sent.tokens[current].dep not in {"xcomp", "ccomp", "conj"}:
            return False
        if sent.tokens[head].lemma in REFUSING:
            asked = sent.tokens[head].lemma in ASKING
            return not asked or not _speaker_subject(sent, head)
        current = head
    return False


def _others_mark(sent: Sentence, mark: int) -> bool:
    """The mark at ``mark`` belongs to someone else: a possessive not the speaker's ("their",
    "the agency's"), or a former owner named before it ("the old company letterhead")."""
    for child in children(sent, mark):
        token = sent.tokens[child]
        if token.dep == "poss":
            return token.lower not in OWN_MARKS
        if token.dep == "compound" and any(sent.tokens[g].lower in FORMER
                                           for g in children(sent, child)):
            return True
        if token.dep == "amod" and token.lower in FORMER:
            return True
    return False


def _speakers_own_doer(sent: Sentence, verb: int) -> bool:
    """The act at ``verb`` is done by the speaker, or by one of the speaker's own people whom
    the speaker had do it ("I had our designer redo it"): not by an outside party the speaker
    asked, whose own mark it may be."""
    tokens = sent.tokens
    subjects = [c for c in children(sent, verb) if tokens[c].dep in SUBJECTS]
    if any(tokens[c].lower in SPEAKERS for c in subjects):
        return True
    doers = subjects or [c for c in children(sent, tokens[verb].head)
                         if tokens[c].dep == "dobj" and 0 <= tokens[verb].head < len(tokens)]
    if not doers:
        return _by_speaker(sent, verb)
    own = all(any(tokens[g].lower in {"my", "our"} and tokens[g].dep == "poss"
                  for g in children(sent, d)) for d in doers)
    return own and _by_speaker(sent, verb)


def others_mark_used(sent: Sentence, marks: frozenset[str]) -> bool:
    """Someone else's letterhead, stamp, seal or login used by the speaker or their own people,
    in a told act without the owner's leave: "I used the old company letterhead for the
    reference", "I had our designer redo the quote on their letterhead". Not a party issuing on
    its own paper ("the supplier reissued it on their letterhead"), not with leave given."""
    if not sent.parsed or any(token.lemma in CONSENTED for token in sent.tokens):
        return False
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.lemma not in marks or token.pos != "NOUN" or not _others_mark(sent, position):
            continue
        head = token.head
        if token.dep == "pobj" and 0 <= head < len(tokens) and tokens[head].lower in MARK_PREPOSITIONS:
            head = tokens[head].head
        elif token.dep != "dobj" or not 0 <= head < len(tokens) or tokens[head].lemma not in USING:
            continue
        for _ in range(3):  # "a version of it on their letterhead": up to the verb that made it
            if not 0 <= head < len(tokens) or tokens[head].pos in {"VERB", "AUX"}:
                break
            head = tokens[head].head
        if not 0 <= head < len(tokens) or tokens[head].pos not in {"VERB", "AUX"}:
            continue
        if negated(sent, head) or tokens[head].tag not in TOLD_TAGS | {"VB"}:
            continue
        if tokens[head].tag == "VB" and tokens[head].dep not in {"ccomp", "xcomp"}:
            continue
        if _speakers_own_doer(sent, head) and not _refused(sent, head):
            return True
    return False


MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
PERIODS = frozenset({"quarter", "month", "year", "week", "period", "q1", "q2", "q3", "q4",
                     "half", "season"})
PERIOD_MARKS = frozenset({"next", "last", "previous", "following", "this", "current", "prior"})
INTO = frozenset({"in", "into", "to", "under", "against", "as"})


def _period(sent: Sentence, position: int) -> str | None:
    """The period a noun names or is named for: "December", "next quarter's", "the January
    orders" (a month before it), "this year"; None when it names none."""
    token = sent.tokens[position]
    if token.lower in MONTHS and token.pos == "PROPN":
        return token.lower
    if token.lower in PERIODS:
        marks = [sent.tokens[c].lower for c in children(sent, position)
                 if sent.tokens[c].lower in PERIOD_MARKS]
        return f"{marks[0]} {token.lower}" if marks else None
    for child in children(sent, position):
        if sent.tokens[child].dep in {"compound", "poss", "nmod", "amod"}:
            found = _period(sent, child)
            if found:
                return found
    return None


def booked_in_another_period(sent: Sentence, recording: frozenset[str]) -> bool:
    """The speaker counted, booked or logged what belongs to one period in another: "I counted
    the January orders in December", "we booked next quarter's sales into this one". Not a
    period's own items counted in it, and not an act someone else did or the speaker refused."""
    if not sent.parsed:
        return False
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.lemma not in recording or token.pos != "VERB" or negated(sent, position) \
                or token.tag not in TOLD_TAGS or not _by_speaker(sent, position) \
                or _refused(sent, position):
            continue
        kids = children(sent, position)
        owned = [_period(sent, c) for c in kids if tokens[c].dep in {"dobj", "nsubjpass"}]
        placed = [_period(sent, g) for c in kids if tokens[c].dep == "prep"
                  and tokens[c].lower in INTO for g in children(sent, c) if tokens[g].dep == "pobj"]
        own = {item for item in owned if item}
        into = {item for item in placed if item}
        if own and into and not own & into:
            return True
    return False
