"""An answer that opens by announcing it will tell the speaker's own record in place of an answer.

A coach hears "you answered another question" when the speaker, before anything else, offers
to tell something of their own instead and gives a reason for the swap: "let me tell you about
the project I'm proudest of, because it shows who I am", "the best way to answer that is to
tell you what I did at my last firm, because it's relevant", "maybe I can explain what I did
with the budget, since it's the strongest thing on my CV". Read from the parse of the first
sentences (``OPENING``):

- a verb of telling (``TELLING``: tell, say, explain, describe...) offered by the speaker: the
  subject of "let me ...", or "I" with a modal ("I can explain", "I'll tell you"), or the
  complement of "the way to answer ... is to ...";
- what it tells is the speaker's own record: its object (not the listener it is told to, nor
  the reason) holds the speaker in the first person singular ("what I did", "my background",
  "the project I am most proud of") and nothing ahead ("how I'd want to be measured" is a
  view); "I'll tell you what she would say" tells another's words;
- and a reason clause ("because", "since", "as", "'cause") hangs on the offer: the story is
  put forward as standing for the answer.

An opening that ties the story to what is asked ("let me start with what I did, because my
plan builds on it") is a preface, not a swap: a reason clause that speaks of the future or of
a plan of the speaker ("would", "will", "plan", "approach") is not read as one. A question that
asks for an occasion of the speaker's own ("tell me about a time...") is answered by a story,
so the rule that reads this module does not ask it there.

``offered_own`` reads the offer alone, reason or none, for a reply to a concern, where what is
offered is then set against the gap the interviewer named (``gap_named``): besides the shapes
above it hears "what I'd point to is my record" (a "be" whose subject is the speaker telling or
pointing) and an offer carried by a wish ("I'd like to take the chance to explain what I
built", "I want to say something about my background"). What is offered must be a thing or
a wh-clause ("my background", "how I run a site");
a claim told ("let me say that I never left for money") is an answer, not an offer.

``offered_doing`` reads a cleft whose subject is the speaker offering ("what I can say is...",
"what I'd want you to know is...") and whose complement has the speaker doing something ("that
at the depot I run two shifts", "how I run things"), not being or seeming ("that I'm like an
owl") nor anything ahead; ``turned_to_record`` finds either offer in the first half of an answer,
for a question that asks for a picture of the speaker rather than a story.
"""

from __future__ import annotations

from poise.analysis.meaning import be_clauses, subtree
from poise.analysis.text import AnalysedText, Sentence

OPENING = 2
"""How many sentences of the answer the announcement may come in."""
TELLING = frozenset({"tell", "say", "explain", "describe", "talk", "share", "give", "walk",
                     "start", "begin", "answer"})
"""Verbs of offering something to hear ("let me tell you", "I can explain", "let me start")."""
MODALS = frozenset({"can", "could", "will", "'ll", "would", "'d", "may", "might", "shall"})
FIRST_SINGULAR = frozenset({"i", "my", "me", "myself", "mine"})
REASON_MARKS = frozenset({"because", "since", "as", "'cause", "cause", "cos", "coz"})
AHEAD = frozenset({"would", "'d", "will", "'ll", "plan", "approach", "going"})
"""Words of a reason that ties the story to something ahead (the plan asked for): a preface."""
WH = frozenset({"what", "how", "why", "where", "when", "which", "who"})
"""Words that open a clause naming a thing told ("what I did", "how I run a site")."""
CLIMB = frozenset({"xcomp", "acl", "dobj"})
"""Links from a telling verb up to the offer it completes: "like to take the chance to explain"."""
POINTING = frozenset({"point", "offer", "show", "bring", "add"})
"""Verbs of putting something forward, read in "what I'd point to is ..."."""
WISHING = frozenset({"want", "wish"})
"""Verbs of wishing that carry an offer to tell as a modal does ("I want to say something about
my background"), reached by climbing from the telling verb they complete."""
LET_ME = frozenset({"lemme"})
"""The spoken "let me" written as one word, which the parser takes for the subject of the verb."""
SKIP = frozenset({"advcl", "dative"})
"""What is not the thing told: the reason clause, the listener it is told to."""


def _offered(sent: Sentence, verb: int, *, climb: int = 0) -> bool:
    """The speaker offers the telling: "let me tell", "I can explain", "the way to answer is to
    tell"; with ``climb``, also through up to that many verbs or nouns it completes ("I would
    like to take the chance to explain")."""
    if _offered_here(sent, verb):
        return True
    position = verb
    for _ in range(climb):
        token = sent.tokens[position]
        if token.dep not in CLIMB or not 0 <= token.head < len(sent.tokens) or token.head == position:
            return False
        position = token.head
        if sent.tokens[position].pos in {"VERB", "AUX"} and _offered_here(sent, position):
            return True
    return False


def _offered_here(sent: Sentence, verb: int) -> bool:
    token = sent.tokens[verb]
    kids = sent.child_map[verb]
    head = token.head
    if 0 <= head < len(sent.tokens) and head != verb:
        governor = sent.tokens[head]
        if governor.lemma == "let" and any(sent.tokens[kid].lower == "me" for kid in kids):
            return True
        if governor.lemma == "be" and token.dep == "xcomp":
            # "the (best) way to answer (that) is to tell you ..."
            for subject in sent.child_map[head]:
                if sent.tokens[subject].dep == "nsubj" and any(
                        sent.tokens[kid].lemma == "answer" for kid in sent.child_map[subject]):
                    return True
    if any(sent.tokens[kid].lower in LET_ME for kid in kids):
        return True  # "lemme tell you": the tagger reads the spoken "let me" as a subject
    subject = any(sent.tokens[kid].lower == "i" and sent.tokens[kid].dep == "nsubj" for kid in kids)
    modal = any(sent.tokens[kid].lower in MODALS and sent.tokens[kid].dep == "aux" for kid in kids)
    # "I want to say something about...": a wish carries the offer as a modal does
    return subject and (modal or token.lemma in WISHING)


def _reason(sent: Sentence, verb: int, *, climb: int = 3) -> int | None:
    """The reason clause on the offer, on the "let" that carries it, or on a verb the telling
    completes, up to ``climb`` steps ("I would like to start with my journey, because it
    explains...": the reason hangs on "like")."""
    holders = [verb]
    head = sent.tokens[verb].head
    if 0 <= head < len(sent.tokens) and head != verb and sent.tokens[head].lemma in {"let", "be"}:
        holders.append(head)
    position = verb
    for _ in range(climb):
        token = sent.tokens[position]
        if token.dep not in CLIMB or not 0 <= token.head < len(sent.tokens) or token.head == position:
            break
        position = token.head
        holders.append(position)
    for holder in holders:
        for kid in sent.child_map[holder]:
            if sent.tokens[kid].dep != "advcl":
                continue
            if any(sent.tokens[mark].lower in REASON_MARKS and sent.tokens[mark].dep == "mark"
                   for mark in sent.child_map[kid]):
                return kid
    return None


def _own_thing(sent: Sentence, verb: int) -> bool:
    """What is told holds the speaker in the first person singular ("what I did"), and is not
    what they would do ("how I'd want to be measured" tells a plan or a view, not a record)."""
    told = [position for kid in sent.child_map[verb]
            if sent.tokens[kid].dep not in SKIP and sent.tokens[kid].lower not in {"you", "me"}
            and sent.tokens[kid].dep not in {"nsubj", "aux", "punct", "advmod"}
            for position in subtree(sent, kid, skip=SKIP)]
    words = {sent.tokens[position].lower for position in told}
    return bool(words & FIRST_SINGULAR) and not words & AHEAD


def _told(sent: Sentence, verb: int) -> list[int]:
    """The positions of what the telling verb at ``verb`` tells, when it is a thing or a wh-
    clause ("my background", "about the project", "what I did", "how I run it"), not a claim
    ("that I never..."): its objects and clauses, not its subject, the listener, nor a
    reason."""
    told: list[int] = []
    for kid in sent.child_map[verb]:
        token = sent.tokens[kid]
        if token.dep in SKIP | {"nsubj", "aux", "punct", "advmod"} or token.lower in {"you", "me"}:
            continue
        below = subtree(sent, kid, skip=SKIP)
        if token.pos in {"VERB", "AUX"} and sent.tokens[below[0]].lower not in WH:
            continue  # a claim told ("that I never...", "I have more...")
        told.extend(below)
    return told


def _cleft(sent: Sentence, root: int) -> list[int]:
    """What "what I'd point to is ..." / "what I can tell you is ..." puts forward: the
    complement of the "be" whose subject is a clause of the speaker telling or pointing."""
    for kid in sent.child_map[root]:
        if sent.tokens[kid].dep != "csubj" or not _offering_clause(sent, kid):
            continue
        return [position for other in sent.child_map[root]
                if sent.tokens[other].dep == "attr" or (
                    sent.tokens[other].dep == "ccomp"
                    and sent.tokens[subtree(sent, other)[0]].lower in WH)
                for position in subtree(sent, other, skip=SKIP)]
    return []


def offered_own(sent: Sentence) -> list[int]:
    """The positions of the speaker's own record the sentence offers to tell, reason or none:
    "let me tell you how I run a site", "what I'd point to is my record", "I'd like to take
    the chance to explain what I built"; empty when it offers none, or what it offers holds
    something ahead ("how I'd approach it")."""
    if not sent.parsed:
        return []
    for verb, token in enumerate(sent.tokens):
        told: list[int] = []
        if token.lemma in TELLING and token.pos in {"VERB", "AUX"} and _offered(sent, verb, climb=3):
            told = _told(sent, verb)
        elif token.lemma == "be" and token.dep == "ROOT":
            told = _cleft(sent, verb)
        words = {sent.tokens[position].lower for position in told}
        if words & FIRST_SINGULAR and not words & AHEAD:
            return told
    return []


HEARING = frozenset({"know", "hear", "see", "remember", "understand"})
"""What the speaker may want the listener to do with what they offer ("what I'd want you to know
is ...")."""
STATING = frozenset({"be", "like", "seem", "feel", "think", "say", "suppose", "guess"})
"""Verbs of being or saying: a clause of the speaker built on them states a view or a likeness
("that I'm a bit like an owl"), it tells nothing the speaker does."""


def _offering_clause(sent: Sentence, clause: int) -> bool:
    """The clause at ``clause`` is the speaker offering: "I" telling or pointing ("what I can
    say", "what I'd point to"), or "I" wanting the listener to know or hear ("what I'd want you
    to know")."""
    token = sent.tokens[clause]
    kids = sent.child_map[clause]
    if not any(sent.tokens[kid].lower == "i" and sent.tokens[kid].dep == "nsubj" for kid in kids):
        return False
    if token.lemma in TELLING | POINTING:
        return True
    return token.lemma in {"want", "like"} and any(
        sent.tokens[kid].dep in {"xcomp", "ccomp"} and sent.tokens[kid].lemma in HEARING | TELLING
        for kid in kids)


def offered_cleft(sent: Sentence) -> list[int]:
    """The positions of whatever the speaker offers in a cleft, thing or claim: "what I'd
    really like you to know about is the maintenance side", "what I can tell you is that the
    fleet is sound", "what I'd want to tell you about is my time at the depot"; empty when the
    sentence holds no such cleft. Its subject is the speaker offering (``_offering_clause``);
    the parse may hang the "be" under that clause ("what I'd like you to know is ...")."""
    if not sent.parsed:
        return []
    for root, token in enumerate(sent.tokens):
        if token.lemma != "be":
            continue
        kids = sent.child_map[root]
        if token.dep in {"ROOT", "conj"}:
            # "Em, but what I'd want you to know is ...": the parse may join it to an aside
            if not any(sent.tokens[kid].dep == "csubj" and _offering_clause(sent, kid) for kid in kids):
                continue
        elif not _cleft_under_offer(sent, root):
            continue
        told = [position for kid in kids if sent.tokens[kid].dep in {"attr", "ccomp"}
                for position in subtree(sent, kid, skip=SKIP)]
        if told:
            return told
    return []


SETTING_ASIDE = frozenset({"really", "actually", "rather", "instead", "anyway", "anyways"})
"""Words by which the speaker sets aside what came before for what they would rather speak of
("what I'd really like you to know about is...", "anyway, what I'd want to tell you is...")."""


def turned_cleft(sent: Sentence) -> list[int]:
    """The positions of what a cleft of offering puts forward (``offered_cleft``) when the words
    before it set aside what came before (``SETTING_ASIDE``): "anyway, what I'd really like you
    to know about is the maintenance side"; a plain "what I can tell you is..." leads into an
    answer as often as away from one, so it is not read."""
    told = offered_cleft(sent)
    if not told or not any(token.lower in SETTING_ASIDE for token in sent.tokens[:told[0]]):
        return []
    return told


TURNING_ASIDE = frozenset({"actually", "anyway", "anyways", "incidentally"})
"""Words that open a turn away from what was being said ("actually, I must tell you about...",
"anyway, let me tell you about...")."""
OBLIGED = frozenset({"must", "should", "have", "got", "need"})
"""Verbs by which the speaker says they are bound to tell something ("I must tell you", "I have
to tell you about")."""


def _obliged(sent: Sentence, verb: int) -> bool:
    """The speaker says they must tell: "I must tell you", "I have to tell you", "I should tell
    you"."""
    tokens = sent.tokens
    kids = sent.child_map[verb]
    if any(tokens[kid].lower in OBLIGED and tokens[kid].dep == "aux" for kid in kids):
        return any(tokens[kid].lower == "i" and tokens[kid].dep == "nsubj" for kid in kids)
    head = tokens[verb].head
    return (tokens[verb].dep == "xcomp" and 0 <= head < len(tokens) and head != verb
            and tokens[head].lemma in OBLIGED and any(
                tokens[kid].lower == "i" and tokens[kid].dep == "nsubj" for kid in sent.child_map[head]))


def turned_telling(sent: Sentence) -> list[int]:
    """The positions of what the speaker turns aside to tell outright: the sentence opens with a
    word of turning (``TURNING_ASIDE``) before a verb of telling a story (``TELLING_PLAIN``)
    that the speaker offers ("let me", "I'll") or says they must ("I must tell you about the
    big storm of 2019"), the word of turning hanging on the telling or on what carries it, and
    what it tells is a thing or a wh-clause, not a claim; empty otherwise. "I'd actually say it
    was a success" makes a claim, and in "I actually had this happen, so I can tell you" the
    turn belongs to another clause."""
    if not sent.parsed:
        return []
    for verb, token in enumerate(sent.tokens):
        if token.lemma not in TELLING_PLAIN or token.pos not in {"VERB", "AUX"}:
            continue
        if not (_offered(sent, verb, climb=3) or _obliged(sent, verb)):
            continue
        holders = {verb, sent.tokens[verb].head}  # "actually, I must tell", "anyway, let me tell"
        if not any(item.lower in TURNING_ASIDE and item.head in holders and position < verb
                   for position, item in enumerate(sent.tokens)):
            continue
        told = _told(sent, verb)
        if told:
            return told
    return []


ADDING = frozenset({"mention"})
"""Verbs by which the speaker adds a thing of their own beside what they were saying ("I should
mention my record", "let me mention that I...")."""


def added_mention(sent: Sentence) -> list[int]:
    """The positions of what the speaker says they must or would add ("I should mention my own
    programming record", "let me also mention that I have been following your expansion"): a
    verb of adding (``ADDING``) that the speaker offers or says they must, and what it adds, a
    thing or a claim (its objects and clauses, not its subject nor the listener); empty
    otherwise. "They mentioned the budget" is someone else's act, "I mentioned it to my boss"
    a past act of the story; whether what is added is what was asked the caller decides."""
    if not sent.parsed:
        return []
    tokens = sent.tokens
    for verb, token in enumerate(tokens):
        if token.lemma not in ADDING or token.pos != "VERB":
            continue
        if not (_offered(sent, verb, climb=3) or _obliged(sent, verb)):
            continue
        added = [position for kid in sent.child_map[verb]
                 if kid > verb and tokens[kid].dep in {"dobj", "ccomp", "prep"}
                 and tokens[kid].lower not in {"you", "me", "to"}
                 for position in subtree(sent, kid, skip=SKIP)]
        if added:
            return sorted(added)
    return []


def offered_doing(sent: Sentence) -> list[int]:
    """The positions of what the speaker offers in a cleft (``offered_cleft``: "what I can say
    is that at the depot I run...", "what I'd want you to know about me is how I run things")
    when it tells something the speaker does: "I" the subject of a verb that is not one of
    being or saying ("that I'm like an owl" states a likeness, it offers no record)."""
    told = offered_cleft(sent)
    if told:
        for position in told:
            subject = sent.tokens[position]
            if subject.lower != "i" or subject.dep != "nsubj" or not 0 <= subject.head < len(sent.tokens):
                continue
            verb = sent.tokens[subject.head]
            if verb.lemma not in STATING and verb.lower not in AHEAD and not any(
                    sent.tokens[kid].lower in AHEAD for kid in sent.child_map[subject.head]):
                return told
    return []


def _cleft_under_offer(sent: Sentence, be: int) -> bool:
    """The "be" of a cleft the parser hung under its own subject clause ("what I'd like you to
    know is how I..." read with "want" or "like" as the root and "is" as its clausal complement,
    or as an unlabelled dependent when a dialect word follows it: "is me time at the pool"):
    the "be" completes an offering clause whose object, or its hearing verb's ("know"), is
    "what"."""
    token = sent.tokens[be]
    head = token.head
    if token.dep not in {"ccomp", "dep"} or not 0 <= head < len(sent.tokens) or head == be:
        return False
    if not _offering_clause(sent, head):
        return False
    holders = {head} | {kid for kid in sent.child_map[head] if sent.tokens[kid].lemma in HEARING | TELLING}
    return any(token.lower == "what" and token.dep == "dobj" and token.head in holders
               for token in sent.tokens[:be])


RETURNING = frozenset({"go", "come", "get", "jump", "skip"})
"""Verbs that, with "back to", take the speaker back to something ("can I go back to...")."""
EARLIER = frozenset({"earlier", "before", "previously", "already"})
"""Words that place what the speaker goes back to in an earlier part of the interview."""
POINTING_BACK = frozenset({"that", "this", "it", "those", "these", "so"})
"""Words by which what is offered points back at what was just said ("a time I did that"), when
they stand alone (not "this role", nor a "that" opening a clause)."""


def _speaker_does(sent: Sentence, verb: int) -> bool:
    """The speaker is the one who does ``verb``: its subject is "I" or "let me"/"lemme" carries
    it, directly or through the clause it completes ("can I use this to go back")."""
    position = verb
    for _ in range(3):
        kids = sent.child_map[position]
        if any(sent.tokens[kid].lower in {"i"} | LET_ME and sent.tokens[kid].dep == "nsubj" for kid in kids):
            return True
        token = sent.tokens[position]
        head = token.head
        if not 0 <= head < len(sent.tokens) or head == position:
            return False
        if sent.tokens[head].lemma == "let" and any(sent.tokens[kid].lower == "me" for kid in kids):
            return True
        if token.dep not in {"xcomp", "ccomp", "advcl"}:
            return False
        position = head
    return False


def goes_back_earlier(sent: Sentence) -> bool:
    """The speaker takes the answer back to something from earlier in the interview: "can I use
    this to go back to something from earlier?", "let me come back to the budget question from
    before"; a "back to" with nothing earlier ("let me come back to the owl") is the answer
    returning to itself."""
    if not sent.parsed:
        return False
    if not any(token.lower in EARLIER for token in sent.tokens):
        return False
    for verb, token in enumerate(sent.tokens):
        if token.pos != "VERB":
            continue
        back = token.lemma == "return" or (token.lemma in RETURNING and any(
            sent.tokens[kid].lower == "back" for kid in sent.child_map[verb]))
        if back and _speaker_does(sent, verb):
            return True
    return False


def offered_other_thing(sent: Sentence, said: frozenset[str]) -> list[int]:
    """The positions of a thing the speaker offers to tell outright ("lemme tell you about the
    pier job") when none of its nouns is among ``said`` (the lemmas of the question and of the
    answer before it: the picture given) and nothing in it points back at what was said ("a
    time I did that"); empty otherwise. Read for a question that asks for a picture, where a
    story offered on something else leaves the picture behind."""
    if not sent.parsed:
        return []
    for verb, token in enumerate(sent.tokens):
        if token.lemma not in TELLING_PLAIN or token.pos not in {"VERB", "AUX"}:
            continue
        if not _offered(sent, verb, climb=3):
            continue
        told = _told(sent, verb)
        nouns = {sent.tokens[position].lemma for position in told
                 if sent.tokens[position].pos in {"NOUN", "PROPN"}}
        words = {sent.tokens[position].lower for position in told}
        if not nouns or words & WH or _points_back(sent, told) or nouns & said:
            continue
        return told
    return []


def _points_back(sent: Sentence, told: list[int]) -> bool:
    """Something in what is offered points back at what was just said ("a time I did that"),
    standing alone: not "this role", nor a "that" opening a clause."""
    return any(sent.tokens[position].lower in POINTING_BACK
               and sent.tokens[position].dep not in {"mark", "det"} for position in told)


def turned_to_record(answer: AnalysedText, question: AnalysedText | None = None) -> list[int]:
    """The index of a sentence in the first half of the answer (or its first ``OPENING`` + 1)
    that offers the speaker's own record or doing, reason or none (``offered_own``, unless what
    it offers points back at the picture just given: "let me tell you about a time I did that";
    ``offered_doing``), takes the answer back to something from earlier in the interview
    (``goes_back_earlier``), or, past the first sentence, offers to tell outright of a thing
    neither the question nor the answer before it named (``offered_other_thing``); empty when
    none does."""
    within = max(OPENING + 1, len(answer.sentences) // 2)
    said: set[str] = set()
    if question is not None:
        said.update(token.lemma for sent in question.sentences for token in sent.tokens)
    for sent in answer.sentences[:within]:
        own = offered_own(sent)
        if (own and not _points_back(sent, own)) or offered_doing(sent) or goes_back_earlier(sent):
            return [sent.index]
        if sent.index > 0 and offered_other_thing(sent, frozenset(said)):
            return [sent.index]
        said.update(token.lemma for token in sent.tokens)
    return []


def announcement(sent: Sentence) -> bool:
    """The sentence offers to tell the speaker's own record, with a reason that does not tie
    it to anything ahead (see the module doc), and what it offers does not point back at the
    thing asked ("how I did it", ``_points_back``)."""
    if not sent.parsed:
        return False
    for verb, token in enumerate(sent.tokens):
        if token.lemma not in TELLING or token.pos not in {"VERB", "AUX"} or not _offered(
                sent, verb, climb=3):
            continue  # "let me tell", "I can explain", "I would like to start with..."
        reason = _reason(sent, verb)
        if reason is None or not _own_thing(sent, verb):
            continue
        if _points_back(sent, _told(sent, verb)):
            continue  # "I'll give you how I did it this year": the thing asked, told as done
        if any(sent.tokens[position].lower in AHEAD for position in subtree(sent, reason)):
            continue  # "because my plan builds on it": a preface to what is asked
        return True
    return False


def announced_record(answer: AnalysedText) -> list[int]:
    """The index of the opening sentence that announces the speaker's own record in place of
    an answer, or nothing."""
    for sent in answer.sentences[:OPENING]:
        if announcement(sent):
            return [sent.index]
    return []


TELLING_PLAIN = frozenset({"tell", "talk"})
"""Verbs of telling a story outright ("let me tell you about my path"), not of starting from
something ("I'd start from what I did") or describing oneself ("I'd describe myself as")."""


def offers_telling_own(sent: Sentence) -> bool:
    """The speaker offers to tell their own record outright, reason or none: "let me tell you
    about my path", "the best way to answer is to tell you what I bring", "let me explain what
    I did at the plant", a fragment that names it ("first, a little context on where I'm coming
    from"), or the listener told they must know it first ("you need to understand where I come
    from"); not "I'll tell you how I'd approach it" (something ahead), "let me explain what I
    mean" (a view) nor "why I applied" (a reason, which answers)."""
    if not sent.parsed:
        return False
    for verb, token in enumerate(sent.tokens):
        if token.pos not in {"VERB", "AUX"}:
            continue
        if token.lemma in TELLING_PLAIN and _offered(sent, verb, climb=3):
            words = {sent.tokens[position].lower for position in _told(sent, verb)}
            if words & FIRST_SINGULAR and not words & AHEAD:
                return True
        if token.lemma in EXPLAINING and _offered(sent, verb, climb=3) and _own_past(
                sent, _told(sent, verb)):
            return True
        if token.lemma in HEARING and _listener_must(sent, verb) and _own_past(
                sent, [position for kid in sent.child_map[verb] if sent.tokens[kid].dep not in SKIP
                       for position in subtree(sent, kid, skip=SKIP)], origin=True):
            return True
    return _named_fragment(sent)


EXPLAINING = frozenset({"explain"})
"""Verbs of setting something out, read as an offer of the record only when what they set out is
the speaker's past ("let me explain what I did"), not what they mean."""
MUST = frozenset({"need", "have", "must", "should"})


def _own_past(sent: Sentence, told: list[int], *, origin: bool = False) -> bool:
    """What is told is a wh-clause (not "why") or a thing of the speaker's past: a verb in the past
    with "I" as its subject ("what I did", "how I got here"); with ``origin``, also a clause of
    where the speaker comes from ("where I come from"). Nothing ahead in it."""
    words = {sent.tokens[position].lower for position in told}
    if not told or words & AHEAD or "why" in words:
        return False
    for position in told:
        subject = sent.tokens[position]
        if subject.lower != "i" or subject.dep != "nsubj" or not 0 <= subject.head < len(sent.tokens):
            continue
        verb = sent.tokens[subject.head]
        if verb.lemma in STATING | {"mean", "believe", "want"}:
            continue
        if verb.tag in {"VBD", "VBN"} or any(sent.tokens[kid].lower in {"'ve", "have"}
                                           for kid in sent.child_map[subject.head]):
            return True
        if origin and verb.lemma == "come" and "where" in words:
            return True
    return False


def _listener_must(sent: Sentence, verb: int) -> bool:
    """The hearing verb at ``verb`` is one the listener is told they must do first: "you need to
    understand", "you have to know"."""
    head = sent.tokens[verb].head
    if sent.tokens[verb].dep != "xcomp" or not 0 <= head < len(sent.tokens) or head == verb:
        return False
    return sent.tokens[head].lemma in MUST and any(
        sent.tokens[kid].lower == "you" and sent.tokens[kid].dep == "nsubj" for kid in sent.child_map[head])


def _named_fragment(sent: Sentence) -> bool:
    """A verbless opening that names the speaker's own story as what comes: "first, a little
    context on where I'm coming from", "some background on how I got here"."""
    roots = [position for position, token in enumerate(sent.tokens) if token.dep == "ROOT"]
    if len(roots) != 1 or sent.tokens[roots[0]].pos != "NOUN":
        return False
    for prep in sent.child_map[roots[0]]:
        if sent.tokens[prep].dep != "prep" or sent.tokens[prep].lower not in {"on", "about"}:
            continue
        if _own_past(sent, subtree(sent, prep)[1:], origin=True):
            return True
    return False


def offered_telling(answer: AnalysedText) -> list[int]:
    """The index of an opening sentence that offers to tell the speaker's own record outright
    (``offers_telling_own``), or nothing: read where the question asks for a plan, what the
    speaker knows of the listener, or how they grow, so any story offered stands in its place."""
    for sent in answer.sentences[:OPENING]:
        if offers_telling_own(sent):
            return [sent.index]
    return []


IMPORTANCE = frozenset({"matter", "count", "important", "relevant", "key", "crucial", "essential",
                        "critical", "significant"})
"""Words of mattering: "what matters more is...", "what's more important is..."."""
COMPARING = frozenset({"JJR", "RBR"})


MATTERING_NAMED = frozenset({"attr", "acomp", "ccomp", "xcomp"})
"""Where a clause of "be" names what matters more ("is the calm of the nurses")."""


def put_before(sent: Sentence) -> list[int]:
    """The positions of what a clause of "be" says matters more than what was raised: "what
    matters far more on a ward is the calm of the nurses", "what's more important
    really is the product". Its subject holds a word of mattering compared ("more", not "the
    most important", which ranks without setting anything aside); empty otherwise."""
    if not sent.parsed:
        return []
    for subject, told in be_clauses(sent, MATTERING_NAMED):
        if not {sent.tokens[position].lemma for position in subject} & IMPORTANCE:
            continue
        if not any(sent.tokens[position].tag in COMPARING or sent.tokens[position].lower == "more"
                   for position in subject):
            continue
        if told:
            return told
    return []
