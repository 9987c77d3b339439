"""Pushing back on the interviewer, read from the parse: the question contested or judged.

A defensive reply rarely says "you are wrong". It contests the question's terms ("I'd push back
on the word failure", "I'd challenge the premise"), judges the question by denying it a good
quality ("I'm not sure that's a very useful question"), or tells the interviewer they would know
better had they looked ("if you'd read my CV you'd see...").

Each function asks one grammatical question of one parsed sentence and returns the positions of
the words that answer it (empty when the sentence does not show it). Word classes (verbs of
contesting, nouns for the question's terms) are passed in by the rule, from content lexicons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from poise.analysis.grammar import clause_mood, verb_above
from poise.analysis.meaning import (
    SUBJECT_DEPS,
    WordClasses,
    children,
    negated,
    speaker_in,
    subtree,
    valence,
)

if TYPE_CHECKING:
    from poise.analysis.text import Sentence, Token

NOW_MOODS = frozenset({"present", "habitual", "hypothetical", "past_future", "other"})
"""Moods of the reply itself; a past contest ("I challenged the plan") is a story."""
WOULD = frozenset({"would", "'d", "will", "'ll", "must", "let"})
DOUBT_HEADS = frozenset({"sure", "convinced", "certain"})
QUESTION_NOUNS = frozenset({"question", "questioning", "line"})
DILIGENT = frozenset({"properly", "actually", "really", "closely", "carefully", "fully"})
"""Adverbs that turn "if you had read it" into a reproach of the reader's care."""
EFFORT = frozenset({"trouble", "time", "effort", "care", "bother"})
"""Nouns of the effort the interviewer is told they did not take ("if you had taken the trouble
to look")."""


def _speaker_now(sent: Sentence, verb: int) -> bool:
    """ "I" is the verb's subject and the clause is the reply itself (present, "I'd...")."""
    kids = [sent.tokens[c] for c in children(sent, verb)]
    if not any(kid.lower == "i" and kid.dep in SUBJECT_DEPS for kid in kids):
        return False
    if clause_mood(sent, verb) not in NOW_MOODS:
        return False
    return sent.tokens[verb].tag in {"VB", "VBP", "VBZ"} or any(kid.lower in WOULD for kid in kids)


def contests_terms(sent: Sentence, contest: frozenset[str], terms: frozenset[str]) -> list[int]:
    """The speaker contests the question's terms now: a verb of contesting ("push back",
    "challenge", "question", "dispute") whose object, or the object of its preposition, is a word
    for the question's terms ("the word", "the premise", "the framing"), or a "how much" /
    "whether" clause ("I'd question how much of a gap that is"). A contest told in a story ("I
    challenged the budget in the steering group") is not one."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in contest or not token.tag.startswith("VB"):
            continue
        if token.lemma == "push" and not any(sent.tokens[c].lower == "back"
                                             for c in children(sent, position)):
            continue  # "push" contests only as "push back"
        if not _speaker_now(sent, position):
            continue
        for child in children(sent, position):
            kid = sent.tokens[child]
            if kid.dep == "dobj" and (kid.lemma in terms or kid.lower in terms):
                return [position, child]
            if kid.dep == "prep":
                for grandchild in subtree(sent, child):
                    word = sent.tokens[grandchild]
                    if word.dep in {"pobj", "compound"} and (word.lemma in terms or word.lower in terms):
                        return [position, grandchild]  # "on the word failure", "with the premise"
            if kid.dep in {"ccomp", "dobj"} and any(sent.tokens[p].lower in {"how", "whether"}
                                                    for p in subtree(sent, child)[:2]):
                return [position, child]  # "I'd question how much of a gap that is"
    return []


def question_judged(sent: Sentence) -> list[int]:
    """The question denied a good quality: "that's not a very useful question", "I'm not sure
    it's a particularly productive line of questioning". A question noun with a positive
    adjective, in a clause that is denied or doubted by the speaker."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in QUESTION_NOUNS or token.dep not in {"attr", "nsubj"}:
            continue
        if token.lemma == "line" and not any(sent.tokens[p].lower == "questioning"
                                             for p in subtree(sent, position)):
            continue
        good = [c for c in children(sent, position) if sent.tokens[c].dep == "amod"
                and valence(sent.tokens[c], WordClasses()) > 0]
        if not good:
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or not (
            sent.tokens[verb].lemma == "be" or sent.tokens[verb].lower in {"'s", "’s"}
        ):
            continue
        if sent.tokens[verb].tag not in {"VBZ", "VBP"}:
            continue  # "it was not a useful question to ask the board": a story
        if negated(sent, verb) or _doubted(sent, verb):
            return [position]
    return []


def _doubted(sent: Sentence, verb: int) -> bool:
    """The clause sits under the speaker's doubt: "I'm not sure that...", "I don't think..."."""
    head = sent.tokens[verb].head
    if not 0 <= head < len(sent.tokens) or head == verb:
        return False
    word = sent.tokens[head]
    holder = head
    if word.lower in DOUBT_HEADS:
        holder = word.head if 0 <= word.head < len(sent.tokens) else head
    elif word.lemma not in {"think", "believe"}:
        return False
    return negated(sent, holder) and any(
        sent.tokens[c].lower == "i" and sent.tokens[c].dep in SUBJECT_DEPS for c in children(sent, holder)
    )


def told_to_look(sent: Sentence, cognition: frozenset[str]) -> list[int]:
    """The interviewer told they would know better had they looked: "if you'd read my CV
    properly you'd see...", "if you had been on that site you would know..." (a counterfactual
    "if you had..." and "you would" with a verb of understanding)."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in cognition or token.lower == "get":
            continue
        kids = [sent.tokens[c] for c in children(sent, position)]
        if not any(kid.lower == "you" and kid.dep in SUBJECT_DEPS for kid in kids):
            continue
        if not any(kid.lower in {"would", "'d"} for kid in kids):
            continue
        for child in children(sent, position):
            if sent.tokens[child].dep != "advcl":
                continue
            inner = [sent.tokens[c] for c in children(sent, child)]
            pointed = [sent.tokens[p] for p in subtree(sent, child)]
            if any(w.lower == "if" for w in inner) and any(w.lower == "you" for w in inner) and any(
                w.lower in {"had", "'d"} for w in inner
            ) and any(w.lower in DILIGENT or w.lower == "my" or w.lower in EFFORT for w in pointed):
                return [child, position]  # not a generic "if you had asked the users, you'd know"
    return []


EXCESS_PREFIX = "over"
POINTING = frozenset({"that", "this", "it"})
VALIDITY = frozenset({"point", "correct", "accurate", "test", "issue", "concern", "problem"})
"""Words of soundness or of a concern; denied of the question's own term ("tenure is not the
issue") they reject the question rather than answer it."""
YARDSTICKS = frozenset({"measure", "way", "metric", "yardstick", "lens", "benchmark", "indicator", "proxy",
                        "gauge"})
"""Words for a way of judging; a noun said not to be one ("store count is not the right way to
look at it") rejects the question's way of judging rather than answering it."""


def _excess(word: Token) -> bool:
    """A participle of excess: "over-" and a past participle ("overstated", "overblown",
    "overrated"); not "overall", "overseas" or "overconfident" (no participle)."""
    lower = word.lower
    return lower.startswith(EXCESS_PREFIX) and len(lower) > len(EXCESS_PREFIX) + 3 and (
        word.tag == "VBN" or lower.endswith(("ed", "wn", "ne"))) and word.tag != "VBG"


def concern_minimised(sent: Sentence, question_words: frozenset[str],
                      valid: frozenset[str] = frozenset()) -> list[int]:
    """The concern the question raised minimised now, in the present: called overstated ("I
    think it's kind of overblown", "that is slightly overrated as a concern": a participle of
    excess said of "that", "this", "it" or of a noun the question used), or the question's own
    term denied its standing ("headcount's not really the measure", "store count is not the
    right way to look at it": a noun from the question as the subject of a denied "be" whose
    predicate is a word of soundness, from ``valid`` or ``VALIDITY``). A past verdict ("the
    forecast was overstated") tells a story, not the reply; the speaker's own words about
    themselves ("I'm not the right person") are not the question's."""
    if not sent.parsed:
        return []
    sound = valid | VALIDITY
    for position, token in enumerate(sent.tokens):
        if token.dep not in SUBJECT_DEPS:
            continue
        noun = token.pos in {"NOUN", "PROPN"}
        echoed = noun and any(sent.tokens[p].lemma in question_words or sent.tokens[p].lower in question_words
                              for p in subtree(sent, position))
        if not noun and token.lower not in POINTING:
            continue
        verb = token.head
        if 0 <= verb < len(sent.tokens) and sent.tokens[verb].dep in {"aux", "auxpass"}:
            verb = sent.tokens[verb].head  # "that is, uh, slightly overrated": the subject hung on "is"
        if not 0 <= verb < len(sent.tokens):
            continue
        head = sent.tokens[verb]
        passive_now = head.tag == "VBN" and any(
            sent.tokens[c].dep == "auxpass" and sent.tokens[c].tag in {"VBZ", "VBP"}
            for c in children(sent, verb))
        if head.tag not in {"VBZ", "VBP"} and not passive_now:
            continue
        if clause_mood(sent, verb) in {"conditional", "question", "past"}:
            continue
        predicates = [c for c in children(sent, verb) if sent.tokens[c].dep in {"attr", "acomp", "oprd"}]
        if passive_now:
            predicates.append(verb)
        for predicate in predicates:
            word = sent.tokens[predicate]
            if _excess(word) and not negated(sent, verb) and (echoed or token.lower in POINTING):
                return [position, predicate]
            if not noun or token.lemma in YARDSTICKS or speaker_in(sent, subtree(sent, position)):
                continue  # "the way things are done there isn't the right way here": a comparison of ways
            if negated(sent, verb) and (word.lemma in YARDSTICKS or (
                    echoed and (word.lemma in sound or word.lower in sound))):
                return [position, predicate]  # "headcount's not really the measure"
            if word.lemma in YARDSTICKS and not negated(sent, verb) and any(
                sent.tokens[c].dep == "amod" and valence(sent.tokens[c], WordClasses()) <= -1.0
                for c in children(sent, predicate)
            ):
                return [position, predicate]  # "tenure is a crude way to judge a leader"
    return []


UNCOMMON = frozenset({"unusual", "uncommon", "rare", "strange"})
"""Words for the unusual: they call the thing ordinary only when denied ("not unusual")."""


def concern_normalised(sent: Sentence, question_words: frozenset[str],
                       ordinary: frozenset[str]) -> list[int]:
    """The thing the question raised called ordinary, in the reply now: a noun the question used
    (or a gerund clause holding one) as the subject of a present "be" whose predicate calls it
    normal ("four jobs in five years is pretty normal in this sector", "changing jobs every two
    years is the norm there") or denies it is unusual
    ("that kind of gap isn't unusual"). Not the speaker's own words about themselves, not a past
    fact ("turnover was normal that year"), not a condition or a question, and not an ordinary
    thing of the speaker's own choosing ("a twelve-week tender is standard": no word of the
    question in it)."""
    if not sent.parsed or not question_words:
        return []
    for position, token in enumerate(sent.tokens):
        clausal = token.dep == "csubj" and token.tag == "VBG"  # "changing jobs every year is..."
        if not clausal and (token.dep not in SUBJECT_DEPS or token.pos not in {"NOUN", "PROPN"}):
            continue
        words = subtree(sent, position)
        if speaker_in(sent, words) or not any(
                sent.tokens[p].lemma in question_words or sent.tokens[p].lower in question_words
                for p in words if sent.tokens[p].pos in {"NOUN", "PROPN"}):
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens):
            continue
        head = sent.tokens[verb]
        if head.lemma != "be" or head.tag not in {"VBZ", "VBP"}:
            continue
        if clause_mood(sent, verb) in {"conditional", "question", "past"}:
            continue
        for predicate in children(sent, verb):
            word = sent.tokens[predicate]
            if word.dep not in {"attr", "acomp"}:
                continue
            named = [predicate, *(p for p in children(sent, predicate)
                                  if sent.tokens[p].dep in {"amod", "pobj", "prep"})]
            lemmas = {sent.tokens[p].lemma for p in named} | {sent.tokens[p].lower for p in named}
            if word.lower == "nothing" or word.lemma == "nothing":
                inner = {sent.tokens[p].lemma for p in subtree(sent, predicate)}
                if inner & UNCOMMON:
                    return [position, predicate]  # "four moves is nothing unusual"
                continue
            if lemmas & UNCOMMON & ordinary:
                if negated(sent, verb):
                    return [position, predicate]  # "that kind of gap isn't unusual"
                continue
            if lemmas & (ordinary - UNCOMMON) and not negated(sent, verb):
                return [position, predicate]
    return []


WRONG = frozenset({"wrong", "backwards", "mistaken", "muddled"})


def told_wrong(sent: Sentence) -> list[int]:
    """The interviewer told they have it wrong: "you've got the story wrong", "you have it
    backwards" ("you" as the subject of "get"/"have" with a word of error in what follows), said
    now, not in a condition or a question."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lower != "you" or token.dep not in SUBJECT_DEPS:
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or sent.tokens[verb].lemma not in {"get", "have"}:
            continue
        if clause_mood(sent, verb) in {"conditional", "question"}:
            continue
        wrong = [p for p in subtree(sent, verb) if sent.tokens[p].lower in WRONG]
        if wrong:
            return [position, wrong[0]]
    return []


CALLED_DEPS = frozenset({"oprd", "attr", "ccomp", "xcomp", "dobj"})


def label_denied(sent: Sentence, labels: frozenset[str]) -> list[int]:
    """The question's label for what happened refused: "I wouldn't call it a failure", "I think
    it is not correct to call it a failure" ("call" with a setback noun from ``labels`` as what
    it is called, under a negation of "call" or of the word that governs it), as the reply now
    (not "we called it a failure at the time")."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma != "call" or not token.tag.startswith("VB"):
            continue
        named = [p for c in children(sent, position) if sent.tokens[c].dep in CALLED_DEPS
                 for p in subtree(sent, c) if sent.tokens[p].lemma in labels and sent.tokens[p].pos == "NOUN"]
        if not named:
            continue
        if clause_mood(sent, position) == "past" and not negated(sent, position):
            continue
        chain = [position]
        head = token.head
        if token.dep in {"xcomp", "ccomp", "advcl"} and 0 <= head < len(sent.tokens):
            chain.append(head)
            if sent.tokens[head].dep in {"acomp", "attr"}:
                chain.append(sent.tokens[head].head)
        if any(0 <= c < len(sent.tokens) and negated(sent, c) for c in chain) and (
            sent.tokens[position].tag != "VBD"
        ):
            return [position, named[0]]
    return []


TAG_PRONOUNS = frozenset({"i", "you", "it", "they", "we", "he", "she", "that"})


def tag_question(sent: Sentence) -> list[int]:
    """A statement closed by a question tag that asks the interviewer to agree: "I'd hardly make
    them up in an interview, would I?", "loyalty's not a weakness, is it?" (an auxiliary or a
    modal, perhaps with "n't", then a pronoun, then "?", after a statement of at least three
    words). A spoken "right?" or "no?" is a filler, not a tag; a real question ("could you say
    more?") has no statement before it."""
    if not sent.parsed:
        return []
    words = [(p, t) for p, t in enumerate(sent.tokens) if t.pos != "PUNCT" or t.text == "?"]
    if len(words) < 6 or words[-1][1].text != "?":
        return []
    (pronoun_at, pronoun), (aux_at, aux) = words[-2], words[-3]
    if aux.lower in {"n't", "not"} and len(words) > 6:
        aux_at, aux = words[-4]
    if pronoun.lower not in TAG_PRONOUNS or not (aux.pos == "AUX" or aux.tag == "MD"):
        return []
    if not any(t.text == "," for t in sent.tokens[max(0, aux_at - 2):aux_at]):
        return []  # the tag is set off by a comma from the statement it closes
    return [aux_at, pronoun_at]


PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def tautology(sent: Sentence) -> list[int]:
    """A thing said to be itself, in the present: "leadership is leadership", "a plant is a
    plant". Said back to a doubt, it waves the difference the interviewer raised away instead
    of answering it. Not a thing said to be something else ("leadership is listening"), not a
    denial ("a plant is not just a plant") and not a story ("the fix was the fix we had
    planned")."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.tag == "VBG" and _itself_as_progressive(sent, position):
            return [position]  # "manufacturing is manufacturing" read as a verb in progress
        if token.lemma != "be" or token.tag not in PRESENT_TAGS or negated(sent, position):
            continue
        kids = children(sent, position)
        subjects = [c for c in kids if sent.tokens[c].dep in SUBJECT_DEPS
                    and sent.tokens[c].pos == "NOUN"]
        said = [c for c in kids if sent.tokens[c].dep in {"attr", "acomp"} and sent.tokens[c].pos == "NOUN"]
        for subject in subjects:
            for attr in said:
                if sent.tokens[subject].lemma == sent.tokens[attr].lemma \
                        and _bare(sent, subject) and _bare(sent, attr):
                    return [subject, attr]
    return []


def _bare(sent: Sentence, noun: int) -> bool:
    """The noun at ``noun`` has nothing of its own but an article ("a plant", "leadership"): a
    noun with a modifier ("the regional role is one role") says something of it."""
    return all((sent.tokens[c].dep == "det" and sent.tokens[c].lower in {"a", "an", "the"})
               or sent.tokens[c].dep == "punct" for c in children(sent, noun))


def _itself_as_progressive(sent: Sentence, verb: int) -> bool:
    """The parse read a noun said to be itself as a verb in progress ("manufacturing is
    manufacturing": subject "manufacturing", auxiliary "is", verb "manufacturing")."""
    kids = children(sent, verb)
    aux = [c for c in kids if sent.tokens[c].dep == "aux" and sent.tokens[c].lemma == "be"
           and sent.tokens[c].tag in PRESENT_TAGS]
    subjects = [c for c in kids if sent.tokens[c].dep in SUBJECT_DEPS]
    objects = [c for c in kids if sent.tokens[c].dep in {"dobj", "prep", "prt", "xcomp", "ccomp"}]
    return bool(aux) and not objects and not negated(sent, verb) and any(
        sent.tokens[c].lower == sent.tokens[verb].lower for c in subjects)


DIMINISHERS = frozenset({"bit", "kind", "sort", "pretty", "little", "rather", "somewhat", "slightly",
                         "touch"})
"""Degree words that soften a verdict ("a bit of a", "kind of a", "pretty", "a little"): said of
the interviewer's question, the softening is the sarcasm, not politeness."""
MOVE_VERBS = frozenset({"say", "ask", "put", "open", "start", "raise", "suggest", "look", "judge",
                        "count", "measure", "read", "bring"})
"""Verbs of the interviewer's move, in an infinitive that names it ("a thing to say", "a shot to
open with", "a way to look at a CV")."""
POINTERS = frozenset({"that", "this"})


def move_judged(sent: Sentence, kept: frozenset[str]) -> list[int]:
    """The interviewer's question or move given a softened verdict: "that's a bit of a stock
    question", "this is a rather cheap line to open with", "to judge by tenure is a slightly dated
    way to read a CV". A present "be" whose subject points back ("that", "this") or is a clause,
    with an indefinite noun for the move (a question, or a noun with an infinitive of saying,
    asking or reading) qualified by a word of its own under a degree word of softening. A
    quality that grants the question (positive, or from ``kept``: "fair", "hard", "big")
    weighs it, it does not judge it; a bare "that's a hard question" is no verdict at all."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.pos != "NOUN" or not _move_noun(sent, position):
            continue
        attr = position
        if token.dep == "pobj" and sent.tokens[token.head].lower == "of":
            attr = sent.tokens[token.head].head  # "a bit of a stock question"
        if not 0 <= attr < len(sent.tokens) or sent.tokens[attr].dep != "attr":
            continue
        verb = sent.tokens[attr].head
        if not 0 <= verb < len(sent.tokens) or sent.tokens[verb].tag not in {"VBZ", "VBP"} or not (
                sent.tokens[verb].lemma == "be" or sent.tokens[verb].lower in {"'s", "’s"}):
            continue
        if negated(sent, verb) or not _pointed_or_clausal(sent, verb):
            continue
        kids = [sent.tokens[c] for c in children(sent, position)]
        if not any(kid.dep == "det" and kid.lower in {"a", "an"} for kid in kids):
            continue  # "that's the obvious question": singled out, not judged
        quality = [kid for kid in kids if kid.dep in {"amod", "compound"} and kid.pos in {"ADJ", "NOUN"}
                   and kid.tag not in {"JJS", "JJR"}]
        if not quality or any(kid.lemma in kept or kid.lower in kept
                              or valence(kid, WordClasses()) > 0 for kid in quality):
            continue
        span = range(verb + 1, position)
        if any(sent.tokens[p].lower in DIMINISHERS for p in span):
            return [verb, position]
    return []


def _move_noun(sent: Sentence, noun: int) -> bool:
    """A noun for the interviewer's move: "question", or any noun with an infinitive of saying,
    asking or reading hung on it ("a thing to say to me", "a way to look at a CV")."""
    if sent.tokens[noun].lemma in QUESTION_NOUNS:
        return True
    for child in children(sent, noun):
        verb = sent.tokens[child]
        if verb.dep in {"relcl", "acl"} and verb.lemma in MOVE_VERBS and verb.tag == "VB" and any(
                sent.tokens[c].lower == "to" for c in children(sent, child)):
            return True
    return False


def _pointed_or_clausal(sent: Sentence, verb: int) -> bool:
    """The subject of "be" points back at what was said ("that", "this"), is a clause ("to count
    the months is..."), or the parse hung the clause elsewhere and left "be" with no subject."""
    subjects = [sent.tokens[c] for c in children(sent, verb)
                if sent.tokens[c].dep in SUBJECT_DEPS or sent.tokens[c].dep == "csubj"]
    if not subjects:
        return sent.tokens[verb].dep == "ccomp" and verb > 0 and any(
            sent.tokens[p].tag == "VB" and sent.tokens[p].dep == "xcomp" for p in range(verb))
    return any(s.lower in POINTERS or s.dep == "csubj" for s in subjects)


NEEDING = frozenset({"need", "have"})
SPEAKER_OBJECTS = frozenset({"me", "us"})


def told_not_needed(sent: Sentence) -> list[int]:
    """The interviewer told their move on the speaker is not needed: "you don't need to push
    me", "you don't have to keep reminding me", "you needn't lean on us". "You" as the subject of
    a denied "need" or "have to", now, over a verb whose object (or the object of its
    preposition) is the speaker. The generic "you" of advice ("you don't need to micromanage a
    good team") acts on no one present."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in NEEDING or not negated(sent, position):
            continue
        if clause_mood(sent, position) in {"past", "conditional", "question"}:
            continue
        kids = children(sent, position)
        if not any(sent.tokens[c].lower == "you" and sent.tokens[c].dep in SUBJECT_DEPS for c in kids):
            continue
        for verb in kids:
            if sent.tokens[verb].dep != "xcomp":
                continue
            acted_on = [p for p in subtree(sent, verb) if sent.tokens[p].lower in SPEAKER_OBJECTS
                        and sent.tokens[p].dep in {"dobj", "pobj"}]
            if acted_on:
                return [position, acted_on[0]]
    return []


REMARK_NOUNS = frozenset({"question", "comment", "remark", "jibe", "dig", "quip", "insinuation"})
"""Nouns for what the interviewer has just said to the speaker."""
SOUND = frozenset({"fair", "reasonable", "relevant", "appropriate", "accurate", "right", "valid"})
"""Qualities of a sound remark; denied of the interviewer's remark they take offence at it."""
IGNORING = frozenset({"ignore", "disregard", "overlook"})
"""Verbs of passing over a remark as unworthy of an answer."""
NOW_TAGS = frozenset({"VBZ", "VBP"})


def _told_now(sent: Sentence, noun: int) -> bool:
    """The remark noun at ``noun`` is judged in the reply itself: under a present "be" ("that's
    a daft question", "that comment is not fair") or in a sentence without a verb ("Bit of a
    daft question, if I'm honest"); not in a story ("he asked a silly question at the time")."""
    current = noun
    for _step in range(4):
        head = sent.tokens[current].head
        if head == current or not 0 <= head < len(sent.tokens):
            break
        current = head
        word = sent.tokens[current]
        if word.pos in {"VERB", "AUX"}:
            return (word.lemma == "be" or word.lower in {"'s", "’s"}) and word.tag in NOW_TAGS
    return not any(token.pos in {"VERB", "AUX"} and token.dep == "ROOT" for token in sent.tokens)


def _determined_no(sent: Sentence, noun: int) -> bool:
    return any(sent.tokens[c].lower in {"no", "any"} and sent.tokens[c].dep == "det"
               for c in children(sent, noun))


def question_slighted(sent: Sentence, slights: frozenset[str]) -> list[int]:
    """The interviewer's question or remark belittled now: a slighting word on it ("that's a
    silly question", "bit of a daft question"), said of it ("that comment is unfair"), a sound
    quality denied of it ("I don't think that comment is fair") or the remark passed over ("I
    will ignore that remark"). A slight told in a story, "there are no silly questions" and "a
    fair question" are none."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in REMARK_NOUNS or _determined_no(sent, position):
            continue
        head = token.head
        passed_over = verb_above(sent, position)
        if passed_over is not None and sent.tokens[passed_over].lemma in IGNORING \
                and _speaker_now(sent, passed_over) and not negated(sent, passed_over):
            return [position]
        slighting = [c for c in children(sent, position)
                     if sent.tokens[c].dep in {"amod", "compound"} and sent.tokens[c].lower in slights]
        if slighting and _told_now(sent, position) and not (
                0 <= head < len(sent.tokens) and negated(sent, head)):
            return [position]
        if token.dep != "nsubj" or not 0 <= head < len(sent.tokens):
            continue
        verb = sent.tokens[head]
        if verb.lemma != "be" or verb.tag not in NOW_TAGS:
            continue
        said = [sent.tokens[c] for c in children(sent, head) if sent.tokens[c].dep == "acomp"]
        if any(word.lower in slights for word in said) and not negated(sent, head):
            return [position]
        if any(word.lower in SOUND for word in said) and (negated(sent, head) or _doubted(sent, head)):
            return [position]
    return []
