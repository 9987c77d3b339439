"""Indirect judgements read from the parse: polite criticism of a third party, misconduct told as a win.

Criticism in an interview is rarely a plain "my boss was useless". It hides in the shape of a
sentence: a third party is the subject and the predicate belittles by comparison ("was keener on
A than on B"), a verdict is left to an intransitive "it showed" after a remark about them, or a
parenthetical of saying ("let us put it this way", "shall I say") marks an understatement about
them. Misconduct is told the same way: the speaker presented something as what it was not, and a
concessive clause in the same sentence admits it ("reported the pilot as a success, although
...").

Each function asks one grammatical question of one parsed sentence and returns the positions of
the words that answer it (empty when the sentence does not show it). Word classes (who counts as
a third party, which verbs present a thing as something) are passed in by the rule, from content
lexicons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from poise.analysis.grammar import acts, clause_mood
from poise.analysis.meaning import (
    SUBJECT_DEPS,
    WordClasses,
    children,
    governing_verb,
    is_target,
    negated,
    speaker_in,
    subtree,
    valence,
)

if TYPE_CHECKING:
    from poise.analysis.text import Sentence, Token

COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
COMPARATIVE_WORDS = frozenset({"more", "less", "better", "keener", "happier"})
NOT_COMPARED = frozenset({"me", "i", "us", "we", "him", "her", "them", "before", "ever", "expected",
                          "planned", "usual", "last", "previous", "that", "this", "it", "anyone",
                          "anybody", "everyone", "others", "average", "budget", "target", "year"})
REPORTED = frozenset({"past", "present", "habitual", "background", "other"})
REPORTED_OR_DENIED = REPORTED | {"negated"}
CONCESSIVE_MARKS = frozenset({"though", "although", "whereas"})
QUALIFIED = frozenset({"partial", "partly", "qualified", "mixed", "limited", "modest", "incomplete",
                       "provisional", "draft", "interim"})
UNFINISHED = frozenset({"still", "yet", "only", "never", "not", "n't", "no"})
SAYING = frozenset({"say", "put"})
VIEW_LEMMAS = frozenset({"find", "think", "believe", "feel", "guess", "suppose", "reckon", "notice"})
TIME_WORDS = frozenset({"year", "years", "before", "last", "previous", "usual", "expected", "planned"})


def third_party_clauses(sent: Sentence, classes: WordClasses,
                        moods: frozenset[str] = REPORTED) -> list[int]:
    """The verbs of reported clauses whose subject is a third party (not the speaker, not in a
    condition or a question): "the board preferred...", "my predecessor was...". A passive
    subject counts ("the managers had been promoted for..."): the clause still describes them, and
    so does a relative pronoun that stands for one ("the brokers, who are never...",
    ``_person_named``). Worked out once per sentence, word classes and moods (six readings of
    criticism ask for the same clauses)."""
    if not sent.parsed:
        return []
    key = (_THIRD_PARTY, id(classes), moods)
    kept = sent.memo.get(key)
    if isinstance(kept, tuple) and kept[0] is classes:
        return list(kept[1])
    verbs = _third_party_clauses(sent, classes, moods)
    sent.memo[key] = (classes, tuple(verbs))  # the classes kept alive, so their id stays theirs
    return verbs


_THIRD_PARTY = "third_party_clauses"


def _third_party_clauses(sent: Sentence, classes: WordClasses, moods: frozenset[str]) -> list[int]:
    verbs: list[int] = []
    for position, token in enumerate(sent.tokens):
        if not is_target(token, classes) and not _person_named(sent, position, classes):
            continue
        verb = governing_verb(sent, position)
        if verb is None or verb in verbs:
            continue
        subjects = [c for c in children(sent, verb) if sent.tokens[c].dep in SUBJECT_DEPS]
        if speaker_in(sent, subjects) or clause_mood(sent, verb) not in moods:
            continue
        verbs.append(verb)
    return verbs


RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})


def _antecedent(sent: Sentence, position: int) -> Token:
    """The noun a relative pronoun subject stands for ("the brokers, who were...": the brokers),
    or the token itself."""
    token = sent.tokens[position]
    if token.lower in RELATIVE_SUBJECTS and token.dep in SUBJECT_DEPS \
            and 0 <= token.head < len(sent.tokens):
        verb = sent.tokens[token.head]
        if verb.dep == "relcl" and 0 <= verb.head < len(sent.tokens):
            return sent.tokens[verb.head]
    return token


def _person_named(sent: Sentence, position: int, classes: WordClasses) -> bool:
    """A relative pronoun subject that stands for a third party: one of the target class ("the
    board, which...") or any people at all when the pronoun is "who" ("the surveyors, who...":
    "who" is said only of people), not the speaker's own side."""
    token = sent.tokens[position]
    if token.lower not in RELATIVE_SUBJECTS:
        return False  # no relative pronoun: asked of every word, most fail here
    noun = _antecedent(sent, position)
    if noun is token:
        return False
    if is_target(noun, classes):
        return True
    return token.lower == "who" and noun.pos in {"NOUN", "PROPN"} and noun.lower not in SPEAKER_SIDE


SPEAKER_SIDE = frozenset({"i", "we", "me", "us"})


def belittling_comparison(sent: Sentence, classes: WordClasses,
                          leanings: frozenset[str] = frozenset()) -> list[int]:
    """A third party's clause whose predicate ranks one concern of theirs above another: a
    comparative adjective said of them ("keener", "more taken", "less good") with a "than" that
    sets an activity or a place against it ("more taken with the golf days than with the
    accounts", "happier in meetings than on the shop floor"). A comparison of amounts, with a
    person or with a time ("better than before") is not one, nor the set-up of something the
    speaker did in the same sentence ("..., so I rebuilt the plan"), nor a view the speaker offers
    ("I find clients are more ... than ..."). When ``leanings`` is given, the compared word must be
    one of them (words of where someone's interest or ease lies: "interested", "keen", "at home"),
    so a plain preference between two things ("happier with the second draft than the first")
    is not read as a verdict."""
    if any(acts(verb) for verb in sent.own_past_actions):
        return []  # "the client cared more about cost than the date, so I rebuilt the plan": set-up
    found: list[int] = []
    for verb in third_party_clauses(sent, classes):
        head = sent.tokens[verb]
        if negated(sent, verb) or (head.dep == "ccomp" and _speaker_view(sent, head.head)):
            continue
        predicates = [c for c in children(sent, verb)
                      if sent.tokens[c].dep in {"acomp", "attr", "advmod", "prep"}]
        for predicate in predicates:
            word = sent.tokens[predicate]
            comparative = word.tag in COMPARATIVE_TAGS or any(
                sent.tokens[c].lower in COMPARATIVE_WORDS and sent.tokens[c].dep == "advmod"
                for c in children(sent, predicate))
            if not comparative:
                continue
            said = subtree(sent, predicate)
            if leanings and not any(sent.tokens[p].lower in leanings or sent.tokens[p].lemma in leanings
                                    for p in said):
                continue
            # "than" under the comparative, or beside it on the verb ("were more at home ... than")
            for than in [*said, *children(sent, verb)]:
                if sent.tokens[than].lower == "than" and _compared_activity(sent, than):
                    found.append(than)
    return found[:1]


def _speaker_view(sent: Sentence, position: int) -> bool:
    """The clause at ``position`` is the speaker's view ("I find", "I think") of what follows."""
    if not 0 <= position < len(sent.tokens) or sent.tokens[position].lemma not in VIEW_LEMMAS:
        return False
    holders = [position, sent.tokens[position].head]  # "I tend to find that...": the subject of "tend"
    return any(0 <= holder < len(sent.tokens) and speaker_in(
        sent, [c for c in children(sent, holder) if sent.tokens[c].dep in SUBJECT_DEPS])
        for holder in holders)


def _compared_activity(sent: Sentence, than: int) -> bool:
    """What follows "than" is an activity or a place: a preposition, a "what" clause or a
    gerund ("than in the numbers", "than what happens", "than running it")."""
    if than + 1 >= len(sent.tokens):
        return False
    following = sent.tokens[than + 1]
    if following.lower in NOT_COMPARED or following.tag == "CD":
        return False
    if following.pos == "ADP" and any(sent.tokens[p].lower in TIME_WORDS for p in subtree(sent, than + 1)):
        return False  # "more involved than in previous years": a change over time
    return following.pos == "ADP" or following.lower in {"what", "anywhere", "anything"} or (
        following.tag == "VBG")


def verdict_left_to_show(sent: Sentence, classes: WordClasses) -> list[int]:
    """A remark about a third party closed by an intransitive "it showed" / "that showed": the
    verdict is left for the listener to draw, and it is always a poor one."""
    if not third_party_clauses(sent, classes):
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma != "show" or clause_mood(sent, position) not in REPORTED:
            continue
        kids = [sent.tokens[c] for c in children(sent, position)]
        subject = [kid for kid in kids if kid.dep in SUBJECT_DEPS]
        if not subject or subject[0].lower not in {"it", "that", "this"}:
            continue
        if any(kid.dep in {"dobj", "ccomp", "xcomp", "attr", "prep", "advcl", "acomp"} for kid in kids):
            continue  # "it showed a 9% rise", "it showed in the results": a report, not a verdict
        return [position]
    return []


def understatement(sent: Sentence, classes: WordClasses) -> list[int]:
    """A parenthetical of saying inside a remark about a third party: a verb of saying with no
    content of its own ("..., shall we say, ...", "..., to put it politely, ...") in the clause
    whose subject is the third party, which marks what follows as a politer word for something
    worse. Not the speaker's own saying ("I have to say"), not a search for a word ("how to say")
    and not a saying with content ("let's say a customer calls")."""
    for verb in third_party_clauses(sent, classes):
        for position in subtree(sent, verb):
            token = sent.tokens[position]
            if token.lemma not in SAYING or position == verb:
                continue
            kids = [sent.tokens[c] for c in children(sent, position)]
            if any(kid.dep in {"ccomp", "dative"} or kid.lower in {"how", "i"} for kid in kids):
                continue
            objects = [kid for kid in kids if kid.dep == "dobj"]
            if token.lemma == "put" and not (objects and objects[0].lower == "it"):
                continue  # "put" marks only as "to put it ...": not "he put the budget..."
            if token.lemma == "say" and (objects or token.dep in {"xcomp", "relcl", "acl"}):
                continue  # "I have to say", "a lot to say": a saying that belongs to a clause
            infinitive = any(kid.lower == "to" and kid.dep == "aux" for kid in kids)
            invited = any(kid.lower in {"shall", "let", "'s", "us", "we"} for kid in kids) or (
                0 <= token.head < len(sent.tokens) and sent.tokens[token.head].lower == "let"
            )
            if infinitive or invited:
                return [position]
    return []


CAUSING = frozenset({"have", "get", "make", "ask", "tell", "instruct", "let", "persuade",
                     "convince", "direct", "push"})
"""Verbs by which the speaker has someone else do a thing ("I had the team mark it", "I got
finance to book it", "I asked the clerks to log it"): the act is the speaker's doing."""
CAUSED_DEPS = frozenset({"ccomp", "xcomp", "advcl"})


def _subjects(sent: Sentence, verb: int) -> list[int]:
    """The subjects of ``verb``, or of the verb it is conjoined to when it has none of its own
    ("I rang the brokers and booked them": "booked" shares "I")."""
    seen: set[int] = set()
    while 0 <= verb < len(sent.tokens) and verb not in seen:
        seen.add(verb)
        found = [c for c in children(sent, verb) if sent.tokens[c].dep in SUBJECT_DEPS]
        if found or sent.tokens[verb].dep != "conj":
            return found
        verb = sent.tokens[verb].head
    return []


def speaker_does(sent: Sentence, verb: int) -> bool:
    """The speaker is the subject of ``verb``, or has someone else do it: ``verb`` is the
    complement of a verb of causing (``CAUSING``) whose subject is the speaker, in a clause that
    reports what happened (not "if I had asked them to..."). A verb conjoined to another shares
    its subject."""
    if speaker_in(sent, _subjects(sent, verb)):
        return True
    token = sent.tokens[verb]
    head = token.head
    infinitive = any(sent.tokens[c].lower == "to" and sent.tokens[c].dep == "aux"
                     for c in children(sent, verb))
    if infinitive and token.dep in {"relcl", "acl"} and 0 <= head < len(sent.tokens) \
            and sent.tokens[head].dep == "dobj":
        head = sent.tokens[head].head  # "got finance to book it" read as "finance (to book it)"
    elif token.dep not in CAUSED_DEPS:
        return False
    if not 0 <= head < len(sent.tokens) or head == verb:
        return False
    if sent.tokens[head].lemma not in CAUSING or clause_mood(sent, head) not in REPORTED:
        return False
    if token.dep == "advcl" and not infinitive:
        return False  # "I got there as it closed": a clause of time, not a thing caused
    return speaker_in(sent, _subjects(sent, head))


def presented_despite(sent: Sentence, presenting: frozenset[str]) -> list[int]:
    """The speaker presented something as what it was not and admits it in a concessive clause
    of the same sentence: a speaker's verb of presenting with an "as" complement ("I reported
    the trial as finished", "we described it as signed", "as live" hanging from a modifier) and,
    after it, a "though"/"although" clause that says the thing was not so (negated, or "still",
    "yet", "only": "although two sites were still on paper"). The speaker may have had someone
    else present it ("I had the clerks log it as done", ``speaker_does``). A concession of
    opinion ("although the team thought it could be done") is not an admission."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in presenting or clause_mood(sent, position) not in REPORTED:
            continue
        kids = children(sent, position)
        if not speaker_does(sent, position):
            continue
        holders = [position, *(c for c in kids if sent.tokens[c].dep in {"dobj", "advcl", "advmod",
                                                                         "acomp", "oprd"})]
        marks = [c for holder in holders for c in children(sent, holder)
                 if sent.tokens[c].lower == "as" and sent.tokens[c].dep in {"prep", "mark", "advmod"}]
        if not marks:
            continue  # "reported it as done", "described the pilot as finished"
        claimed = {sent.tokens[p].lower for mark in marks for p in subtree(sent, mark)}
        if claimed & QUALIFIED:
            continue  # "described it as a partial success, although...": the claim already concedes
        for other in range(position + 1, len(sent.tokens)):
            word = sent.tokens[other]
            if word.lower in CONCESSIVE_MARKS and word.dep in {"mark", "advmod"} \
                    and _admits_not_so(sent, word.head):
                return [position, other]
    return []


def _admits_not_so(sent: Sentence, clause: int) -> bool:
    """The concessive clause at ``clause`` says something was not (yet) the case."""
    if not 0 <= clause < len(sent.tokens):
        return False
    return negated(sent, clause) or any(
        sent.tokens[c].lower in UNFINISHED for c in children(sent, clause))


def quiet_influence(sent: Sentence, discreet: frozenset[str], occasions: frozenset[str]) -> list[int]:
    """The speaker acted out of sight to shape a decision that belonged to others: an action of
    theirs in a discreet manner (a ``discreet`` word on the verb: "privately", "informally")
    timed before the occasion where the decision was due ("before the board met", "ahead of the
    vote": an ``occasions`` word under a "before"/"ahead" on the verb). A private word with a
    report about their own work, with no decision pending, is not one."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if not token.tag.startswith("VB") or clause_mood(sent, position) not in REPORTED:
            continue
        kids = children(sent, position)
        if not speaker_in(sent, [c for c in kids if sent.tokens[c].dep in SUBJECT_DEPS]):
            continue
        verbs = [position, *(c for c in kids if sent.tokens[c].dep == "conj")]
        manner = [c for v in verbs for c in children(sent, v)
                  if sent.tokens[c].dep == "advmod" and sent.tokens[c].lower in discreet]
        if not manner:
            continue
        for v in verbs:
            for c in children(sent, v):
                if sent.tokens[c].lower not in {"before", "ahead"}:
                    continue
                if any(sent.tokens[p].lemma in occasions or sent.tokens[p].lower in occasions
                       for p in subtree(sent, c)):
                    return [manner[0], c]
    return []


STANDARD_MODALS = frozenset({"should", "need", "needs", "needed", "ought", "must"})
STANDARD_PLACES = frozenset({"where", "as"})
SINCERITY = frozenset({"really", "exactly", "truly", "quite", "much"})


def falls_short(sent: Sentence, classes: WordClasses, roles: frozenset[str]) -> list[int]:
    """A third party said not to meet a standard, politely: a denied clause about them that
    measures them against what they should be ("weren't where they needed to be", "wasn't as
    sharp as it should have been"), denies them a superlative ("not the most motivated
    group", "it's not the most patient crowd": a group of people named in the predicate stands for
    the third party), or denies them their role ("wasn't really a manager", "isn't a numbers person").
    Not the set-up of something the speaker did in the same sentence ("the plan wasn't where it
    needed to be, so I rebuilt it")."""
    if any(acts(verb) for verb in sent.own_past_actions):
        return []
    for verb in [*third_party_clauses(sent, classes, REPORTED_OR_DENIED), *_group_clauses(sent)]:
        if not negated(sent, verb) or not _is_be(sent.tokens[verb]):
            continue
        said = [p for p in subtree(sent, verb) if p != verb]
        kids = children(sent, verb)
        words = {sent.tokens[p].lower for p in said}
        if words & STANDARD_PLACES and words & STANDARD_MODALS:
            return [verb]  # "not where it needs to be", "not as sharp as it should have been"
        for child in kids:
            attr = sent.tokens[child]
            if attr.dep not in {"attr", "acomp"}:
                continue
            mods = [sent.tokens[c] for c in children(sent, child)]
            if (any(mod.tag == "JJS" or (mod.lower == "most" and mod.dep == "advmod") for mod in mods)
                    or any(sent.tokens[c].lower == "most" for m in children(sent, child)
                           for c in children(sent, m) if sent.tokens[m].tag == "JJ")) \
                    and not _set_phrase_or_member(attr, mods):
                return [verb, child]  # "not the most motivated bunch", "not the sharpest"
            if attr.dep == "attr" and (attr.lemma in roles or attr.lower in roles) and (
                any(sent.tokens[c].lower in SINCERITY for c in kids)
                or any(mod.dep == "compound" for mod in mods)
            ):
                return [verb, child]  # "wasn't really a manager", "not a manufacturing person"
    return []


def _set_phrase_or_member(attr: Token, mods: list[Token]) -> bool:
    """A denied superlative that judges no one: on "one", it ranks a member of a set the
    sentence names ("a candidate who was not the most senior one"); on a noun with no
    determiner, it is a set phrase for a relation, not a rank ("they're not best friends"),
    where a verdict ranks with "the" ("not the most motivated bunch")."""
    if attr.lower == "one":
        return True
    return attr.pos == "NOUN" and not any(mod.dep in {"det", "poss"} for mod in mods)


GROUP_NOUNS = frozenset({"bunch", "crowd", "group", "lot", "people", "outfit", "team", "set",
                         "folk", "folks", "crew"})
"""Nouns for a group of people: "it's not the most motivated bunch" is a verdict on them."""
POINTING_SUBJECTS = frozenset({"it", "this", "that", "they"})


def _group_clauses(sent: Sentence) -> list[int]:
    """The "be" clauses whose subject points ("it", "that", "they") and whose complement is a
    group of people ("it's not the most motivated bunch"): a clause about a third party though
    no lexicon word names them."""
    found = []
    for position, token in enumerate(sent.tokens):
        if not _is_be(token) or clause_mood(sent, position) not in REPORTED_OR_DENIED:
            continue
        kids = children(sent, position)
        if not any(sent.tokens[c].dep in SUBJECT_DEPS and sent.tokens[c].lower in POINTING_SUBJECTS
                   for c in kids):
            continue
        if any(sent.tokens[c].dep == "attr" and sent.tokens[c].lemma in GROUP_NOUNS for c in kids):
            found.append(position)
    return found


BE_FORMS = frozenset({"'s", "'re", "'m", "is", "are", "was", "were", "am"})


def _is_be(token: Token) -> bool:
    """ "be" in any form, the clitic "'s" included (its lemma is not always "be")."""
    return token.lemma == "be" or token.lower in BE_FORMS


TELLING_VERBS = frozenset({"say", "tell", "speak"})
TELLING_OBJECTS = frozenset({"something", "volumes", "plenty", "lot", "everything", "much"})
SUPPOSING_MARKS = frozenset({"if", "whether", "unless"})
FACT_SUBJECTS = frozenset({"it", "that", "which", "this", "what"})
OWN_POSSESSORS = frozenset({"my", "our", "me", "us", "myself", "ourselves"})
THIRD_PERSONS = frozenset({"him", "her", "them", "they", "he", "she"})


def telling_remark(sent: Sentence, classes: WordClasses) -> list[int]:
    """A fact left to speak against someone: a fact ("it", "that", "which") as the subject of
    "say"/"tell" with "something", "volumes" or "a lot" and an "about" ("which says something
    about the priorities before I arrived", "that tells you a lot about how the place was run").
    The verdict is implied, never said. Not a person saying something ("she said something about
    the budget": reported speech), not a fact about the speaker's own side ("says a lot about my
    team"), not praise ("says a lot about their commitment": a positive word in it) and not the
    set-up of what the speaker then did in the same sentence ("..., so I brought in two
    temporary counters")."""
    if not sent.parsed or any(acts(verb, sent) for verb in sent.own_past_actions):
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in TELLING_VERBS or not token.tag.startswith("VB") \
                or sent.text.rstrip().endswith("?") or negated(sent, position):
            continue
        kids = children(sent, position)
        if any(sent.tokens[c].lower in SUPPOSING_MARKS for c in kids):
            continue  # "if it says something about them": a case put, not a remark
        subjects = [c for c in kids if sent.tokens[c].dep in SUBJECT_DEPS]
        if not subjects or sent.tokens[subjects[0]].lower not in FACT_SUBJECTS:
            continue
        told = [c for c in kids if sent.tokens[c].lower in TELLING_OBJECTS
                and sent.tokens[c].dep in {"dobj", "npadvmod", "advmod"}]
        if not told:
            continue
        about = [c for holder in (position, *told) for c in children(sent, holder)
                 if sent.tokens[c].lower == "about" and sent.tokens[c].dep == "prep"]
        if not about:
            continue
        said = subtree(sent, about[0])
        objects = [c for c in children(sent, about[0]) if sent.tokens[c].dep in {"pobj", "pcomp"}]
        if any(sent.tokens[p].lower in OWN_POSSESSORS for o in objects
               for p in [o, *children(sent, o)] if sent.tokens[p].dep in {"poss", "pobj"}):
            continue  # "says a lot about my team", "about us"
        if any(sent.tokens[o].pos == "PRON" and sent.tokens[o].lower not in THIRD_PERSONS
               for o in objects):
            continue  # "how you do it says a lot about you": anyone, not someone
        if any(valence(sent.tokens[p], classes) > 0.5 for p in said):
            continue  # "about their commitment": praise
        return [position, about[0]]
    return []


def faint_praise(sent: Sentence, classes: WordClasses, warmth: frozenset[str]) -> list[int]:
    """A kind word about a third party's person followed by "but" and a clause of its own: "my
    predecessor was a lovely man, but...", "the manager there is nice enough but he...". The
    kind word is a courtesy that announces the criticism after it."""
    for verb in third_party_clauses(sent, classes):
        if negated(sent, verb):
            continue
        kind_word = [p for p in subtree(sent, verb) if (
            sent.tokens[p].lower in warmth and sent.tokens[p].dep in {"acomp", "amod", "attr"}
        )]
        if not kind_word:
            continue
        for child in children(sent, verb):
            if sent.tokens[child].lower != "but" or sent.tokens[child].dep != "cc":
                continue
            clauses = [c for c in children(sent, verb) if c > child and sent.tokens[c].dep == "conj"]
            if any(any(sent.tokens[s].dep in SUBJECT_DEPS for s in children(sent, c)) for c in clauses):
                return [kind_word[0], child]
    return []


def candour_aside(sent: Sentence, classes: WordClasses, candour: frozenset[str]) -> list[int]:
    """A parenthetical "to be blunt", "to be generous", "to put it kindly" in a sentence that
    remarks on a third party: it flags the remark as a verdict the speaker is softening or
    sharpening."""
    if not third_party_clauses(sent, classes):
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in {"be", "put"}:
            continue
        kids = [sent.tokens[c] for c in children(sent, position)]
        if not any(kid.lower == "to" and kid.dep == "aux" for kid in kids):
            continue
        if any(kid.dep in SUBJECT_DEPS for kid in kids):
            continue
        if any(kid.lower in candour and kid.dep in {"acomp", "advmod", "attr"} for kid in kids):
            return [position]
    return []


REAL = frozenset({"real", "any", "genuine", "much", "proper", "slightest", "faintest"})
SCARCE = frozenset({"little", "few"})
"""Quantities that deny what they count when no article makes them "some" ("very little
understanding of it", not "a little understanding")."""
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def referents(sent: Sentence, subjects: list[int]) -> list[int]:
    """The subjects, with a relative pronoun's noun beside it: in "my predecessor, who had ...",
    "who" stands for "predecessor"."""
    found = list(subjects)
    for position in subjects:
        token = sent.tokens[position]
        clause = token.head
        if token.lower not in RELATIVE_PRONOUNS or not 0 <= clause < len(sent.tokens) \
                or sent.tokens[clause].dep != "relcl":
            continue
        noun = sent.tokens[clause].head
        if 0 <= noun < len(sent.tokens) and noun not in found:
            found.append(noun)
    return found


def scarce(sent: Sentence, position: int) -> bool:
    """The noun at ``position`` is counted as scarce: "little" or "few" with no article ("very
    little understanding"), not "a little" or "a few", which grant some."""
    kids = [sent.tokens[c] for c in children(sent, position)]
    return any(kid.lower in SCARCE and kid.dep == "amod" for kid in kids) and not any(
        kid.dep == "det" and kid.lower in {"a", "an"} for kid in kids) and not any(
        sent.tokens[g].lower in {"a", "an"} for kid_position in children(sent, position)
        if sent.tokens[kid_position].lower in SCARCE for g in children(sent, kid_position))

SPEECH_STANCE = frozenset({"never", "really", "frankly", "honestly", "simply", "just"})


def denied_capacity(sent: Sentence, classes: WordClasses, capacities: frozenset[str]) -> list[int]:
    """A third party denied a capacity a job needs: "the owners had no real interest in the
    plant", "nobody there had a clue", "they never had the discipline to..." (a capacity noun as
    the object of a denied "have", pointed by "real", "any", "never" or "frankly"). Not the
    set-up of something the speaker did ("the client had no real grasp of cloud, so I ran a
    workshop"), nor a plain lack of facts ("they had no idea it was coming" is pointed only with
    "real" or a stance word)."""
    for position, token in enumerate(sent.tokens):
        if token.lemma not in capacities or token.dep != "dobj":
            continue
        if any(acts(verb) and sent.tokens.index(verb) > position for verb in sent.own_past_actions):
            continue  # "...had no real grasp of cloud, so I ran a workshop": the set-up of an act
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or sent.tokens[verb].lemma != "have":
            continue
        subjects = referents(sent, [c for c in children(sent, verb)
                                    if sent.tokens[c].dep in SUBJECT_DEPS])
        nobody = any(sent.tokens[c].lower in {"nobody", "no-one", "noone"} for c in subjects)
        if not nobody and not any(is_target(sent.tokens[c], classes) for c in subjects):
            continue
        if speaker_in(sent, subjects) or clause_mood(sent, verb) not in REPORTED_OR_DENIED:
            continue
        mods = [sent.tokens[c] for c in children(sent, position)]
        denied = nobody or negated(sent, verb) or any(m.lower == "no" and m.dep == "det" for m in mods) \
            or scarce(sent, position)
        pointed = any(m.lower in REAL for m in mods) or any(
            sent.tokens[c].lower in SPEECH_STANCE for c in children(sent, verb)
        ) or token.lower == "clue"
        if denied and pointed:
            return [position]
    return []
