"""Remarks aimed back at the interviewer, read from the parse: what a defensive reply says to
the person who asked instead of answering them.

Each function asks one grammatical question of one parsed sentence and returns the positions of
the words that answer it (empty when the sentence does not show it):
- ``feigned_curiosity``: the speaker says they wonder or would love to know how or why, and in
  the same breath gives the grounds that settle it ("since ...", "if ...") or asks why something
  did not happen: a rhetorical question put to the interviewer, not a wish to learn;
- ``implied_view_refused``: a thing the speaker denies being "the X you're implying" (a view the
  interviewer only implied, credited to them to be refused);
- ``view_questioned``: a question asking why the interviewer thinks or says so ("why do you say
  that?"), the challenge turned back on the one who made it;
- ``label_refused``: the question's word doubted or denied as "the word I'd use";
- ``quoted_word_judged``: a word in quotation marks doubted or denied as a fair description
  ("I'm not sure 'sloppy' is a fair characterisation");
- ``difficulty_denied``: what was put to the speaker said now not to be hard ("that's not a hard
  call"), the interviewer's test called easy;
- ``concern_denied``: the concern said not to exist, now ("I think there is no big gap");
- ``premise_denied``: what was put to the speaker said to happen to no one ("no one plans a
  shutdown that way"): the interviewer's scenario called unreal instead of answered.
Which replies are challenged the caller decides; the words of difficulty and of concern come
from content lexicons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from poise.analysis.grammar import clause_mood
from poise.analysis.meaning import SUBJECT_DEPS, children, negated, subtree

if TYPE_CHECKING:
    from poise.analysis.text import Sentence

WONDERING = frozenset({"wonder", "curious", "know"})
"""Words of wanting to know: "I wonder", "I'm curious", "I'd love to know"."""
WISHING = frozenset({"love", "like"})
WH_WORDS = frozenset({"how", "why", "what", "who"})
GROUNDS = frozenset({"since", "if", "given", "when", "considering"})
"""Marks of a clause giving the grounds that answer the speaker's own question."""
WOULD = frozenset({"would", "'d", "’d"})
IMPLYING = frozenset({"imply", "suggest", "paint", "picture", "make", "describe", "assume",
                      "think", "expect", "call"})
"""Verbs of a view the interviewer holds or implies ("the corner shop you're implying")."""
VIEW_VERBS = frozenset({"think", "say", "assume", "believe", "ask", "see"})
POINTING = frozenset({"that", "this", "so"})
WORD_NOUNS = frozenset({"word", "term", "label", "way", "description"})
USING = frozenset({"use", "choose", "pick", "call", "put", "say"})
DOUBTING = frozenset({"sure", "convinced", "certain"})
BE_FORMS = frozenset({"'s", "’s", "'re", "’re"})
SPEAKER_WORDS = frozenset({"i", "me", "my", "mine", "myself"})


def _is_be(sent: Sentence, verb: int) -> bool:
    token = sent.tokens[verb]
    return token.lemma == "be" or token.lower in BE_FORMS


def _subject_is(sent: Sentence, verb: int, words: frozenset[str]) -> bool:
    return any(sent.tokens[c].lower in words and sent.tokens[c].dep in SUBJECT_DEPS
               for c in children(sent, verb))


def feigned_curiosity(sent: Sentence) -> list[int]:
    """ "I'd love to know how that works, since they closed the office", "if anyone could have
    done it, I'm curious why our competitors didn't": the speaker's wonder now, over a how/why
    clause, with a clause of grounds ("since", "if") or a denied clause under it. A plain wish to
    learn ("I'd love to know how your team plans its year") gives no grounds and denies
    nothing."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in WONDERING:
            continue
        holder = position
        if token.lemma == "know":
            head = token.head
            if not (0 <= head < len(sent.tokens) and sent.tokens[head].lemma in WISHING):
                continue
            holder = head
            if not any(sent.tokens[c].lower in WOULD for c in children(sent, holder)):
                continue
        elif token.lemma == "curious":
            holder = token.head if token.dep == "acomp" and 0 <= token.head < len(sent.tokens) else position
        if not _subject_is(sent, holder, frozenset({"i"})) or negated(sent, holder):
            continue
        if clause_mood(sent, holder) in {"past", "question"}:
            continue
        for clause in {*children(sent, position), *children(sent, holder)}:
            inner = sent.tokens[clause]
            if inner.dep != "ccomp":
                continue
            below = subtree(sent, clause)
            if not any(sent.tokens[p].lower in WH_WORDS and p < clause for p in below):
                continue
            if negated(sent, clause) or _grounds_given(sent, holder):
                return [position, clause]
    return []


def _grounds_given(sent: Sentence, holder: int) -> bool:
    """A clause of grounds ("since ...", "if ...") under the speaker's wonder that tells a fact
    of the world, not the speaker's own interest ("since it matters to me")."""
    for place in subtree(sent, holder):
        mark = sent.tokens[place]
        if mark.dep != "mark" or mark.lower not in GROUNDS:
            continue
        clause = mark.head
        if not 0 <= clause < len(sent.tokens):
            continue
        if not any(sent.tokens[p].lower in SPEAKER_WORDS for p in subtree(sent, clause)):
            return True
    return False


def implied_view_refused(sent: Sentence) -> list[int]:
    """ "Two ships aren't quite the corner shop you're implying", "it wasn't the disaster you
    make out": a noun said not to be, in a denied "be", with a relative clause whose subject is
    "you" and whose verb is one of implying or holding a view. A correction with no view credited
    to the listener ("it was eighteen months, not two years") is not one."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.dep != "relcl" or token.lemma not in IMPLYING:
            continue
        if not _subject_is(sent, position, frozenset({"you"})):
            continue
        noun = token.head
        if not 0 <= noun < len(sent.tokens) or sent.tokens[noun].dep != "attr":
            continue
        verb = sent.tokens[noun].head
        if 0 <= verb < len(sent.tokens) and _is_be(sent, verb) and negated(sent, verb):
            return [noun, position]
    return []


def view_questioned(sent: Sentence) -> list[int]:
    """ "Why do you say that?", "why you think like this?": a question whose "why" asks after a
    verb of thinking or saying with "you" as subject and only a pointer back ("that", "this",
    "so") for what is thought. A question that goes on to a content ("why do you think I moved?
    Because...") sets up the speaker's own answer."""
    if not sent.parsed or not sent.text.rstrip(" \"'”’)").endswith("?"):
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in VIEW_VERBS or not _subject_is(sent, position, frozenset({"you"})):
            continue
        kids = children(sent, position)
        if not any(sent.tokens[c].lower == "why" for c in kids):
            continue
        if any(sent.tokens[c].dep in {"ccomp", "xcomp"} for c in kids):
            continue
        pointer = [p for c in kids for p in subtree(sent, c) if sent.tokens[p].lower in POINTING]
        if pointer:
            return [position, pointer[0]]
    return []


def label_refused(sent: Sentence) -> list[int]:
    """ "I'm not sure 'screw-up' is the word I'd use", "that's not the term I'd choose": a noun
    for a word ("word", "term", "label") as the predicate of a "be" that is denied or sits under
    the speaker's doubt, with a relative clause of the speaker's choosing ("I'd use"). Said of
    the question's word, it quarrels with the wording instead of answering. Granting the word
    ("failure is the word I'd use") refuses nothing."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in WORD_NOUNS or token.dep != "attr":
            continue
        if not any(sent.tokens[c].lower == "the" for c in children(sent, position)):
            continue  # "not a word I'd use lightly": the speaker's care, not the question's word
        chosen = [c for c in children(sent, position) if sent.tokens[c].dep == "relcl"
                  and sent.tokens[c].lemma in USING and _subject_is(sent, c, frozenset({"i"}))]
        if not chosen:
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or not _is_be(sent, verb):
            continue
        if negated(sent, verb) or _doubted(sent, verb):
            return [position, chosen[0]]
    return []


def _doubted(sent: Sentence, verb: int) -> bool:
    """The speaker's doubt over the clause at ``verb`` ("I'm not sure X is..."), whichever way
    the parse hung it: "sure" above the clause, or the doubting clause under it."""
    places = [verb, *children(sent, verb)]
    head = sent.tokens[verb].head
    if 0 <= head < len(sent.tokens):
        places.append(head)
    for place in places:
        kids = [sent.tokens[c] for c in children(sent, place)]
        # "sure" as the clause's complement, or hung by the parse on the next noun
        near = sent.tokens[place + 1:place + 4]
        if any(word.lower in DOUBTING for word in near) and negated(sent, place) and any(
                kid.lower == "i" and kid.dep in SUBJECT_DEPS for kid in kids):
            return True
    return False


def difficulty_denied(sent: Sentence, difficulty: frozenset[str]) -> list[int]:
    """ "That's not a hard call", "this isn't a difficult question": what was put to the speaker,
    pointed at with "that" or "this", said now not to be hard. A past difficulty denied ("it
    wasn't a hard decision at the time") is a story; a difficulty granted ("it's not an easy
    call") grants it."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.pos != "NOUN" or token.dep != "attr":
            continue
        hard = [c for c in children(sent, position) if sent.tokens[c].dep == "amod"
                and (sent.tokens[c].lemma in difficulty or sent.tokens[c].lower in difficulty)]
        if not hard:
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or not _is_be(sent, verb):
            continue
        if sent.tokens[verb].tag not in {"VBZ", "VBP"} or not negated(sent, verb):
            continue
        if _subject_is(sent, verb, POINTING):
            return [verb, hard[0], position]
    return []


def concern_denied(sent: Sentence, concern: frozenset[str]) -> list[int]:
    """ "I think there is no big gap", "there's no real problem there": a concern noun said,
    now, not to exist ("there is" with "no"). "There was no gap in cover" tells a past event;
    "there's no longer a gap" tells a gap closed."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.pos != "NOUN" or token.dep != "attr":
            continue
        if token.lemma not in concern and token.lower not in concern:
            continue
        if not any(sent.tokens[c].lower == "no" and sent.tokens[c].dep == "det"
                   for c in children(sent, position)):
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or not _is_be(sent, verb):
            continue
        kids = children(sent, verb)
        if sent.tokens[verb].tag not in {"VBZ", "VBP"} and sent.tokens[verb].lower not in BE_FORMS:
            continue
        if not any(sent.tokens[c].dep == "expl" for c in kids):
            continue
        if any(sent.tokens[c].lower in {"longer", "more"} for c in kids):
            continue
        return [verb, position]
    return []


NOBODY = frozenset({"nobody", "no-one"})
MANNER_POINTERS = frozenset({"that", "this"})


def premise_denied(sent: Sentence) -> list[int]:
    """ "Nobody runs a business like that", "no one plans a shutdown that way": "nobody" (or "no
    one"), with nothing that narrows it, as the subject of a present verb with no modal, whose
    manner points back at what was put to the speaker ("like that", "that way"). Said of a
    group the speaker knows ("nobody on my team works like that any more") or in a story
    ("nobody ran the plant like that before I came") it tells a fact, not a retort."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.dep not in SUBJECT_DEPS:
            continue
        universal = token.lower in NOBODY or (token.lower == "one" and any(
            sent.tokens[c].lower == "no" for c in children(sent, position)))
        if not universal or any(sent.tokens[c].dep in {"prep", "relcl", "acl"}
                                for c in children(sent, position)):
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or sent.tokens[verb].tag not in {"VBZ", "VBP"}:
            continue
        kids = children(sent, verb)
        if any(sent.tokens[c].dep in {"aux", "auxpass", "advcl"} for c in kids) or negated(sent, verb):
            continue
        if clause_mood(sent, verb) in {"conditional", "question"}:
            continue
        for place in subtree(sent, verb):
            word = sent.tokens[place]
            pointed = any(sent.tokens[c].lower in MANNER_POINTERS for c in children(sent, place))
            if word.lower == "like" and word.dep == "prep" and pointed:
                return [position, place]
            if word.lemma == "way" and word.dep == "npadvmod" and pointed:
                return [position, place]
    return []


DESCRIBING_NOUNS = WORD_NOUNS | frozenset({"characterisation", "characterization", "summary",
                                           "reading", "portrayal"})
"""Nouns for what a word does to the thing it is said of ("a fair description")."""
FITTING = frozenset({"fair", "accurate", "right", "just", "apt"})
QUOTE_TAGS = frozenset({"``", "''"})


def quoted_word_judged(sent: Sentence) -> list[int]:
    """ "I'm not sure 'sloppy' is a fair characterisation", "'Failure' is not the right word":
    a word set in quotation marks in the sentence, with a noun of describing ("description",
    "characterisation", "word") called fair, accurate or right under a "be" that is denied or
    sits under the speaker's doubt. The question's own word is taken up to be judged instead of
    answered. A figure corrected ("I'm not sure 'ten years' is accurate, it was eight") has no
    noun of describing, and "that's a fair description" grants the word."""
    if not sent.parsed or not any(token.tag in QUOTE_TAGS or token.text in {"'", "‘", "’", '"', "“", "”"}
                                  for token in sent.tokens):
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in DESCRIBING_NOUNS or token.dep != "attr":
            continue
        fitting = [c for c in children(sent, position) if sent.tokens[c].dep == "amod"
                   and sent.tokens[c].lemma in FITTING]
        verb = token.head
        if not fitting or not 0 <= verb < len(sent.tokens) or not _is_be(sent, verb):
            continue
        if negated(sent, verb) or _doubted(sent, verb):
            return [position, fitting[0]]
    return []
