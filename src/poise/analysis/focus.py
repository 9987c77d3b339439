"""Whose thing the question asks about, against whose thing the answer's clauses tell of.

A coach hears "you answered another question" when the answer stays on the topic but changes
its owner: asked what the speaker does for themselves ("develop yourself", "you personally",
"your own job", "goals for yourself, not for the organisation"), the answer tells what they did
for their team or their organisation, clause after clause, and never what they did for
themselves. Both sides are read from the parse:

- the question's focus is the speaker themselves when a reflexive "yourself" is the object of
  what they are asked to do ("develop yourself", "keep yourself going", "goals for yourself"),
  or "yourself" / "personally" stresses them ("grow as a leader yourself", "what are you
  personally working on"), or a thing is "your own" ("your own development"), or the question
  sets them against their people ("you, not your team"); a verb of presenting oneself ("tell me
  about yourself", "how would you describe yourself") is not such a focus;
- each sentence of the answer is the speaker's own side when it holds the speaker as the one a
  thing is done to or for ("a coach for myself", "my mentor told me", "my own reading") or the
  speaker learning; it is the people's side when it holds people of the speaker's line as
  theirs ("my supervisors", "every analyst", "forty of my staff", "the team").

The rule (``relevance.answers_another``) fires when the people's side fills two sentences or
more and most of the sentences that have a side, and the speaker's side none.
"""

from __future__ import annotations

from dataclasses import dataclass

from poise.analysis import asked
from poise.analysis.meaning import children, negated
from poise.analysis.text import AnalysedText, Sentence, Token

PRESENTING_SELF = frozenset({
    "tell", "talk", "describe", "introduce", "see", "rate", "consider", "call", "sell",
    "present", "picture", "imagine", "compare", "position", "define", "judge", "assess", "think",
    "find", "say", "explain", "summarise", "summarize", "characterise", "characterize", "score",
})
"""Verbs of showing or judging oneself: "tell me about yourself" asks for the speaker, not for
what they do for themselves."""
OWN_NOT = frozenset({"word", "words", "term", "terms", "view", "opinion", "way"})
"""Things "your own" that name a manner of speaking, not a thing of the speaker's: "in your own
words"."""
EMPHATIC = frozenset({"npadvmod", "advmod", "appos", "attr", "dep", "oprd"})
"""Where an emphatic "yourself"/"personally" sits: "grow as a leader yourself"."""
PEOPLE_SIDE = frozenset({"team", "teams", "organisation", "organization", "company", "business",
                         "staff", "people", "department", "service", "board", "firm"})
"""What "not your ..." sets the speaker against: "you, not your team"."""
SPEAKERS = frozenset({"i", "we"})
SELF_OBJECTS = frozenset({"myself", "me"})
OWN_THINGS = asked.OWN_GROWTH | frozenset({
    "coach", "mentor", "mba", "degree", "diploma", "qualification", "style", "habit", "habits",
    "leadership", "feedback", "confidence", "knowledge", "weakness", "weaknesses", "reading",
    "network", "goals", "goal", "target", "targets", "health", "sleep", "routine",
})
"""Things of a person's own growth or aims, read as the speaker's when they are "my" ones."""
OWN_LEARNING = asked.LEARNING | frozenset({"practise", "practice", "reflect", "shadow", "seek",
                                           "relearn", "unlearn", "realise", "realize", "discover"})
"""Verbs of the speaker's own learning ("I practised", "I realised")."""
PARTAKING = frozenset({"do", "take", "attend", "complete", "finish", "join", "enrol", "enroll",
                       "sign", "follow", "pass", "get", "earn", "gain", "have", "hire", "find",
                       "go", "use", "pay", "plan", "book", "buy"})
"""Verbs of taking part in a way of learning: "I did a programme", "I went on a course"."""
PERSON_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ee", "ees")
"""Endings of nouns for a person by what they do (manager, administrator, technician, trainee)."""
NOT_PERSONS = frozenset({
    "number", "numbers", "order", "orders", "paper", "papers", "quarter", "quarters", "center",
    "centre", "matter", "matters", "chapter", "corner", "border", "letter", "letters", "error",
    "errors", "sector", "sectors", "factor", "factors", "floor", "floors", "minor", "major",
    "member", "members", "customer", "customers", "supplier", "suppliers", "partner", "partners",
    "fee", "fees", "committee", "committees", "degree", "degrees", "register", "water", "power",
    "winter", "summer", "december", "november", "october", "september", "year", "years",
    "indicator", "indicators", "monitor", "monitors", "computer", "computers", "calendar",
})
"""Nouns with a person's ending that are not people of the speaker's line (members are, but
"members of the board" are not: they are read only through the team nouns)."""
ASPECTS = frozenset({
    "develop", "development", "grow", "growth", "learn", "learning", "improve", "better", "skill",
    "goal", "target", "objective", "keep", "cope", "recharge", "motivate", "study", "adjust",
})
"""Lemmas of what a question asks the speaker to do for themselves: grow, learn, get better, set
goals, keep going. A focus on the speaker counts only beside one of them ("the innovation you
personally drove" asks for the speaker's part, which other rules read)."""
SHARES = frozenset({"all", "each", "most", "many", "some", "half", "percent", "majority", "rest",
                    "several", "few", "both", "none", "one", "two", "three", "four"})
"""Words that count out a share of a group: "70 percent of the team", "half of them"."""
THEIRS = frozenset({"my", "our", "every", "each", "all", "both"})
MOVING = frozenset({"get", "keep", "drive", "motivate", "excite", "energise", "energize",
                    "inspire", "make", "give", "fulfil", "fulfill", "move", "push"})
"""Verbs of what stirs or keeps a person going: "it keeps me learning", "what gets me up"."""
THING_SUBJECTS = frozenset({"it", "that", "this", "what", "which", "these", "those"})
"""Subjects that are a thing or a clause, not a person who does something for the speaker."""
"""Words that make people the speaker's own line: "my supervisors", "every analyst"."""


@dataclass(frozen=True)
class Focus:
    """The question's focus: the words that show it asks about the speaker themselves."""

    words: str


def _head(tokens: tuple[Token, ...], token: Token) -> Token | None:
    return tokens[token.head] if 0 <= token.head < len(tokens) and tokens[token.head] is not token else None


def _span(tokens: tuple[Token, ...], first: Token, last: Token) -> str:
    """The words from ``first`` to ``last`` as they stand, or the two joined by "..." when more
    than four words part them."""
    low, high = sorted((tokens.index(first), tokens.index(last)))
    if high - low > 5:
        return f"{tokens[low].text} ... {tokens[high].text}"
    text = ""
    for token in tokens[low:high + 1]:
        gap = " " if text and token.start > len(text) + tokens[low].start else ""
        text += gap + token.text
    return text


def _yourself(tokens: tuple[Token, ...], token: Token) -> str | None:
    """The words of a "yourself" that makes the speaker the focus, or None."""
    head = _head(tokens, token)
    if head is None:
        return None
    verb = head
    if token.dep == "pobj":
        verb = _head(tokens, head) or head  # "goals for yourself", "about yourself"
        if verb.pos in {"NOUN", "PROPN"}:
            verb = _head(tokens, verb) or verb  # "set goals for yourself"
    if verb.lemma in PRESENTING_SELF or head.lemma in PRESENTING_SELF:
        return None
    if token.dep in {"dobj", "dative", "pobj", "nsubj"} | EMPHATIC and verb.pos in {"VERB", "AUX", "NOUN"}:
        above = _head(tokens, verb)
        if token.dep == "nsubj" and above is not None and verb.dep in {"ccomp", "xcomp"}:
            return _span(tokens, above, verb)  # "keep yourself going"
        return _span(tokens, verb, token)
    return None


def asks_own_side(question: str) -> Focus | None:
    """The focus words when the question asks what the speaker does for themselves (grow, learn,
    set goals, keep going), set apart from their people or their organisation; None otherwise,
    and when it asks the speaker to present or judge themselves."""
    for sent in asked.parsed_question(question).sentences:
        tokens = sent.tokens
        if not any({token.lemma, token.lower, token.lower.removesuffix("s")} & ASPECTS for token in tokens):
            continue
        for position in range(len(tokens)):
            found = _self_focus(sent, position)
            if found:
                return Focus(found)
    return None


def _self_focus(sent: Sentence, position: int) -> str | None:
    """The words of a focus on the speaker at ``position``: "develop yourself", "you
    personally", "your own job", "not your team"."""
    tokens = sent.tokens
    token = tokens[position]
    if token.lower == "yourself":
        return _yourself(tokens, token)
    if token.lower == "personally" and token.dep in EMPHATIC:
        head = _head(tokens, token)
        if head is not None and (head.lower == "you" or any(
                tokens[c].lower == "you" for c in children(sent, tokens.index(head)))):
            return "you personally"
    if token.lower == "own" and token.dep == "amod":
        noun = _head(tokens, token)
        if noun is not None and noun.lower not in OWN_NOT | asked.LINE_PEOPLE and any(
                tokens[c].lower == "your" for c in children(sent, tokens.index(noun))):
            return f"your own {noun.text}"
    if token.lower == "not" and position + 2 < len(tokens) and tokens[position + 1].lower == "your" \
            and tokens[position + 2].lower in PEOPLE_SIDE | asked.LINE_PEOPLE:
        return f"not your {tokens[position + 2].text}"
    return None


def _person(token: Token, people: frozenset[str]) -> bool:
    """A noun for people of a line: a team noun, a lexicon job title, or a noun ending like one
    (administrator, technician, trainee), not a known thing."""
    words = {token.lower, token.lemma}
    if token.pos not in {"NOUN", "PROPN"} or words & (asked.NOT_GROWN | NOT_PERSONS - {"member", "members"}):
        return False
    if words & (asked.LINE_PEOPLE | people):
        return True
    last = token.lower.rsplit("-", 1)[-1]
    return last.endswith(PERSON_ENDINGS) and last not in NOT_PERSONS and len(last) > 4


def _theirs(sent: Sentence, position: int) -> bool:
    """The people are the speaker's: "my/our/every/each/all" on them, a number ("eleven of my
    team", "forty-one chefs") or "the team"."""
    tokens = sent.tokens
    marks = [tokens[c] for c in children(sent, position)]
    if any(mark.lower in THEIRS or mark.dep == "nummod" for mark in marks):
        return True
    head = _head(tokens, tokens[position])
    if head is not None and head.dep == "pobj" and head.lower == "of":
        return True
    if head is not None and head.lower == "of":
        owner = _head(tokens, head)
        return owner is not None and (owner.pos == "NUM" or owner.lower in SHARES)
    return tokens[position].lower in {"team", "staff", "teams"} and any(mark.lower == "the" for mark in marks)


def peoples_side(sent: Sentence, people: frozenset[str] = frozenset()) -> bool:
    """The sentence holds people of the speaker's line as theirs: "my supervisors", "every
    analyst", "forty-one chefs", "the team"."""
    return any(_person(token, people) and _theirs(sent, position)
               for position, token in enumerate(sent.tokens))


def _lesson(sent: Sentence, verb: int) -> bool:
    """ "I learned that...", "what I learned is...": a lesson drawn, not learning done."""
    return any(sent.tokens[c].dep == "ccomp" or sent.tokens[c].lower in {"what", "that"}
               for c in children(sent, verb))


def _speaker_subject(sent: Sentence, verb: int) -> bool:
    tokens = sent.tokens
    return any(tokens[c].lower in SPEAKERS and tokens[c].dep == "nsubj" for c in children(sent, verb))


def _takes_part(sent: Sentence, verb: int) -> bool:
    """The speaker takes part in something to learn: "I did a programme", "I've had a mentor",
    "I went on a course", "I enrolled in a master's"."""
    tokens = sent.tokens
    if tokens[verb].lemma not in PARTAKING:
        return False
    for child in children(sent, verb):
        kid = tokens[child]
        words = [kid] + ([tokens[g] for g in children(sent, child)] if kid.dep == "prep" else [])
        if any(word.lower in asked.LEARNING_NOUNS and word.dep in {"dobj", "pobj"} for word in words):
            return True
    return False


def _done_to_me(sent: Sentence, position: int) -> bool:
    """ "me" after a preposition of a thing or an action ("a 360 on me", "a coach for me"), not of
    a judgement ("important to me", "for me, the best way...")."""
    tokens = sent.tokens
    token = tokens[position]
    if token.lower != "me" or token.dep != "pobj":
        return False
    prep = _head(tokens, token)
    owner = _head(tokens, prep) if prep is not None else None
    return owner is not None and prep is not None and prep.lower in {"on", "for", "with"} and (
        (owner.pos == "NOUN" and owner.dep in {"dobj", "pobj", "conj", "appos"})
        or (owner.pos == "VERB" and owner.lemma not in {"be", "matter"}))


def _moves_me(sent: Sentence, position: int) -> bool:
    """ "me" as the one a thing stirs, not the one something is done for: "that's what gets me
    out of bed", "it keeps me learning", "seeing them grow drives me": a verb of moving or
    keeping (``MOVING``) whose subject is a thing ("it", "what", "that", a clause), not a person
    ("my coach pushed me")."""
    tokens = sent.tokens
    verb = tokens[position].head
    if not 0 <= verb < len(tokens) or tokens[verb].lemma not in MOVING:
        return False
    subjects = [tokens[c] for c in children(sent, verb) if tokens[c].dep in {"nsubj", "csubj"}]
    return not subjects or all(subject.dep == "csubj" or subject.lower in THING_SUBJECTS
                               for subject in subjects)


def own_side(sent: Sentence) -> bool:
    """The sentence holds the speaker as the one a thing is done to or for, or learning: "a
    coach for myself", "my mentor told me", "my own reading", "I practised", "I did a course",
    "my style"; not "important for me" nor a lesson drawn ("I learned that...")."""
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if (token.lower == "myself" and token.dep in {"dobj", "dative", "pobj"}) or (
                token.lower == "me" and token.dep in {"dobj", "dative"} and not _moves_me(sent, position)
        ) or _done_to_me(sent, position):
            return True
        if token.lower == "personally" and any(
                later.lower in SPEAKERS and later.dep == "nsubj" for later in tokens[position + 1:]):
            return True  # "Personally, I keep steady with routine"
        if token.lower == "own" and 0 <= token.head < len(tokens) and any(
                tokens[c].lower == "my" for c in children(sent, token.head)):
            return True
        if token.lower in OWN_THINGS and any(tokens[c].lower == "my" and tokens[c].dep == "poss"
                                             for c in children(sent, position)):
            return True
        if token.pos not in {"VERB", "AUX"} or negated(sent, position):
            continue
        if not _speaker_subject(sent, position):
            continue
        if (token.lemma in OWN_LEARNING and not _lesson(sent, position)) or _takes_part(sent, position):
            return True
    return False


def others_told(answer: AnalysedText, people: frozenset[str] = frozenset(), least: int = 2,
                share: float = 0.3) -> list[int]:
    """The sentences on the people's side when the answer has ``least`` or more of them, they are
    ``share`` or more of its sentences, and no sentence is on the speaker's own side; else
    empty."""
    theirs: list[int] = []
    sentences = [sent for sent in answer.sentences if sent.parsed]
    for sent in sentences:
        if own_side(sent):
            return []
        if peoples_side(sent, people):
            theirs.append(sent.index)
    if len(theirs) < least or len(theirs) < share * len(sentences):
        return []
    return theirs
