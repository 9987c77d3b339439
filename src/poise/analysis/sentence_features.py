"""A few facts of a sentence's parse, as numbers a learned model reads beside its embedding.

The sentence embedding blurs who does what and how it is said: "the supplier let us down" and
"I let the supplier down" sit close together. These features say it outright, from the
dependency parse and the VADER sentiment lexicon (read by ``meaning.sentiment_lexicon``):
whether the speaker, the team, the listener or a third party (anyone or anything else: "the
vendor", "they", "the market") is a subject, whether the clause is
modal, conditional, negated, habitual, past or present, how negative and how positive its words
are, and whether it carries a number. Each value lies in 0..1; the same function runs when the
flaw model is trained (``scripts/train_models.py flaws``) and when an answer is analysed, so the
model always sees what it was trained on.

A linear model cannot tell "a third party is a subject" and "a negative word" from the two held
in one clause, so some facts are read per clause (``CLAUSE_NAMES``): a third party as the subject
of a negated or negative predicate ("he never really understood the numbers"), of a verb of
failure ("the supplier missed the date"), or of a comparison that ranks one thing above another
("more interested in being liked than in checking"); the speaker as the subject of a negative
predicate ("I am bored"); the speaker acting around someone or without them ("I went around
her", "without telling him", "without her knowing", keeping a matter out of what someone is
told). Criticism in polite words has its own facts: an aside set off by commas between a third
party and what is said of it (the speaker winking at the listener: "the committee, how shall I
put it, was ..."), and a third party that "could" or "should have" done more (a comparative or
a perfect after the modal: "the partners could be quicker"). Defensiveness: the speaker
disputing what was just put to them ("I don't think that's ...", "I'd dispute that",
"that's a harsh way to see it"). Overclaiming: the speaker as the one without whom nothing
would have happened, or above everyone ("without me", "no one else could", a superlative said
of oneself, "never a single ...").

A relative pronoun stands for the noun its clause hangs from ("engineers who never ..."
is said of the engineers). More facts of criticism and complaint: nobody or nothing as the
subject of a clause in the present ("nobody answers"), a negative word anywhere in what a
clause says of a third party, however deep ("was close to useless"), and the listener as the
subject of an "if" (setting terms for the interviewer). Four facts hold two facts together,
which a linear model cannot do from each alone: a third party as a subject in a sentence with
negative words, or with a negation; the speaker as a subject in the present with negative
words; the team as a subject with the speaker nowhere one.

Some flaws are the absence of something in the whole answer, so the last facts
(``ANSWER_NAMES``) are the answer's, the same on every row of it: the speaker or the team tells
an action in the past, a result is told (a number on an outcome, a state that changed), the
first without the second, whether the row is the answer's closing sentence, and the closing
sentence of a story with actions and no result.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from poise.analysis.grammar import (
    CHANGE_LEMMAS,
    CONDITION_MARKS,
    HABITUAL_ADVERBS,
    MODALS,
    NEGATIONS,
    clause_mood,
)
from poise.analysis.meaning import (
    WordClasses,
    children,
    negated,
    negative_predicate,
    sentiment_lexicon,
    subtree,
)
from poise.analysis.structure import changed_state
from poise.analysis.text import Sentence, Token

SENTENCE_NAMES = (
    "speaker_subject", "team_subject", "listener_subject", "third_party_subject", "modal",
    "conditional", "negated", "habitual", "past", "present", "negative_words", "positive_words",
    "number",
)
CLAUSE_NAMES = ("third_party_denied", "third_party_negative", "third_party_failed",
                "third_party_compared", "speaker_negative", "speaker_goes_around",
                "third_party_aside", "third_party_wanting", "speaker_disputes", "speaker_sole",
                "nobody_acts", "third_party_judged_deep", "listener_if", "third_party_sour",
                "third_party_not", "speaker_sour_now", "team_not_speaker")
ANSWER_NAMES = ("answer_acted", "answer_result", "acted_no_result", "closing", "closes_without_result")
NAMES = (*SENTENCE_NAMES, *CLAUSE_NAMES, *ANSWER_NAMES)
DIMS = len(NAMES)
ROW_DIMS = len(SENTENCE_NAMES) + len(CLAUSE_NAMES)
"""The facts of a sentence alone (``parse_features``); the answer's facts follow them."""
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
SPEAKER = frozenset({"i"})
TEAM = frozenset({"we"})
LISTENER = frozenset({"you"})
THIRD_PARTY_PRONOUNS = frozenset({"he", "she", "they"})
THIRD_PARTY_POS = frozenset({"NOUN", "PROPN"})
NOT_THIRD_PARTY = frozenset({"i", "we", "you", "it", "this", "that", "there", "what", "which",
                             "who", "one", "me", "us"})
COMPARATIVES = frozenset({"JJR", "RBR"})
AROUND_PREPS = frozenset({"around", "round", "behind", "without"})
"""A speaker's act done around someone, behind them or without them (a consent skipped)."""
FAILING_VALENCE = -0.8
"""A verb this negative or more in VADER (word or lemma) reports a failure: "missed", "stalled"."""
SENTIMENT_SCALE = 4.0
"""A sum of VADER valences (each -4..4) of this size or more counts as fully negative/positive."""


def _subject_kinds(sent: Sentence) -> tuple[bool, bool, bool, bool]:
    speaker = team = listener = third = False
    for token in sent.tokens:
        if token.dep not in SUBJECTS:
            continue
        if token.lower in SPEAKER:
            speaker = True
        elif token.lower in TEAM:
            team = True
        elif token.lower in LISTENER:
            listener = True
        elif token.lower in THIRD_PARTY_PRONOUNS or token.pos in THIRD_PARTY_POS:
            third = True
    return speaker, team, listener, third


def _root(sent: Sentence) -> int | None:
    for position, token in enumerate(sent.tokens):
        if token.dep == "ROOT":
            return position
    return None


def _third_party(token: Token) -> bool:
    return token.lower not in NOT_THIRD_PARTY and (
        token.lower in THIRD_PARTY_PRONOUNS or token.pos in THIRD_PARTY_POS)


RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})


def _antecedent(sent: Sentence, subject: Token) -> Token:
    """The subject a clause is about: a relative pronoun stands for the noun its clause hangs
    from ("engineers who did not know" is about the engineers), anything else for itself."""
    if subject.lower not in RELATIVE_SUBJECTS or subject.dep != "nsubj" \
            or not 0 <= subject.head < len(sent.tokens):
        return subject
    verb = sent.tokens[subject.head]
    if verb.dep == "relcl" and 0 <= verb.head < len(sent.tokens):
        return sent.tokens[verb.head]
    return subject


def _clauses(sent: Sentence) -> tuple[tuple[int, Token], ...]:
    """(verb position, subject) for every clause with a subject in the parse, a relative
    pronoun read as the noun it stands for; a verb joined to another ("I rang her and walked
    her through it") shares its subject. Worked out once per sentence (five readings ask)."""
    kept = sent.memo.get(_CLAUSES)
    if not isinstance(kept, tuple):
        kept = sent.memo[_CLAUSES] = tuple(_find_clauses(sent))
    return kept


_CLAUSES = "sentence_features.clauses"


def _find_clauses(sent: Sentence) -> list[tuple[int, Token]]:
    found = []
    for token in sent.tokens:
        if token.dep in CLAUSE_SUBJECTS and 0 <= token.head < len(sent.tokens):
            found.append((token.head, _antecedent(sent, token)))
    shared = dict(found)
    for position, token in enumerate(sent.tokens):
        if token.dep == "conj" and token.pos in {"VERB", "AUX"} and position not in shared \
                and token.head in shared:
            shared[position] = shared[token.head]
            found.append((position, shared[token.head]))
    return found


def _compares(sent: Sentence, verb: int) -> bool:
    """The clause ranks one thing above another: a comparative with "than" under the verb."""
    inside = subtree(sent, verb)
    words = {sent.tokens[position].lower for position in inside}
    ranked = "than" in words and (
        any(sent.tokens[position].tag in COMPARATIVES for position in inside)
        or bool(words & {"more", "less", "rather"}))
    return ranked


def _someone(sent: Sentence, position: int) -> bool:
    """A person named by the parse alone: a personal pronoun other than "it", a proper name, or a
    noun with a possessive ("my director", "their manager")."""
    token = sent.tokens[position]
    if token.tag == "PRP" or token.lower in {"anyone", "anybody", "everyone", "nobody"}:
        return token.lower not in {"it", "itself", "i", "me", "myself", "we", "us"}
    if token.pos == "PROPN":
        return True
    return token.pos == "NOUN" and any(sent.tokens[child].dep == "poss"
                                       for child in children(sent, position))


def _goes_around(sent: Sentence, verb: int) -> bool:
    """The verb is done around, behind or without someone: "around my manager", "behind their
    backs", or "without" and an act on a person ("without telling her", "without asking my
    director"); not "around the problem" or "without extra budget"."""
    for child in children(sent, verb):
        token = sent.tokens[child]
        if token.dep != "prep" or token.lower not in AROUND_PREPS:
            continue
        for inner in children(sent, child):
            if token.lower != "without" and sent.tokens[inner].dep == "pobj" \
                    and _someone(sent, inner):
                return True
            if sent.tokens[inner].dep == "pcomp" and any(
                    sent.tokens[item].dep in {"dobj", "dative"} and _someone(sent, item)
                    for item in children(sent, inner)):
                return True
    return False


def _keeps_out(sent: Sentence, verb: int) -> bool:
    """The verb is done without someone knowing ("without my director knowing": a person as the
    subject of the act under "without"), or keeps a matter out of something a person is told
    ("kept the figure out of the report to the board")."""
    for child in children(sent, verb):
        token = sent.tokens[child]
        if token.dep != "prep":
            continue
        inside = subtree(sent, child)
        if any(sent.tokens[prep].lower == "without" and any(
                sent.tokens[item].pos in {"VERB", "AUX"} and any(
                    sent.tokens[inner].dep in CLAUSE_SUBJECTS and _third_party(sent.tokens[inner])
                    for inner in children(sent, item))
                for item in children(sent, prep)) for prep in inside):
            return True
        if token.lower == "out" and any(
                sent.tokens[item].lower == "to" and sent.tokens[item].dep == "prep"
                and any(_someone(sent, inner) for inner in children(sent, item))
                for item in inside):
            return True
    return False


RELATIVES = frozenset({"who", "whom", "whose", "which", "that", "where", "when", "as", "if",
                       "because", "since", "while", "although", "though", "so", "and", "but",
                       "or", "then"})
"""A comma span opening with one of these is a clause of its own, not an aside to the listener."""
FILLER_VERBS = frozenset({"know", "mean", "suppose", "guess", "reckon"})
"""An aside with one of these ("you know", "I mean", "I suppose"), or an opinion verb ("the board,
I think, ..."), is a filler or a hedge, not a wink."""
ASIDE_LENGTH = (2, 6)
"""An aside between commas is this many tokens long (at least, at most)."""


def _aside_on_third_party(sent: Sentence) -> bool:
    """An aside set off by commas, holding a verb, right after a third party or the verb of a
    clause whose subject is one ("the board, bless them, were", "he was, let us say, ..."): the
    speaker stepping out of the sentence to wink at the listener about someone."""
    tokens = sent.tokens
    commas = [position for position, token in enumerate(tokens) if token.text == ","]
    for opening, closing in pairwise(commas):
        length = closing - opening - 1
        if not ASIDE_LENGTH[0] <= length <= ASIDE_LENGTH[1] or opening == 0:
            continue
        span = tokens[opening + 1:closing]
        verbs = [token for token in span if token.pos == "VERB"]
        if span[0].lower in RELATIVES or not verbs or any(
                token.lemma in OPINION_LEMMAS | FILLER_VERBS for token in verbs):
            continue
        before = tokens[opening - 1]
        if _third_party(before) and before.dep in CLAUSE_SUBJECTS:
            return True
        if before.pos == "AUX" or before.pos == "VERB":
            subjects = [tokens[child] for child in children(sent, opening - 1)
                        if tokens[child].dep in CLAUSE_SUBJECTS]
            if any(_third_party(subject) for subject in subjects):
                return True
    return False


WANTING_MODALS = frozenset({"could", "should", "might", "ought"})


def _third_party_wanting(sent: Sentence) -> bool:
    """A third party that could or should have done more: its verb under "could", "should" or
    "might" with a comparative ("the delivery could move faster") or a perfect ("they should
    have known"), the criticism a modal makes polite."""
    for verb, subject in _clauses(sent):
        if not _third_party(subject) or subject.lower in NOBODY:
            continue
        kids = [sent.tokens[child] for child in children(sent, verb)]
        if not any(kid.lower in WANTING_MODALS for kid in kids):
            continue
        perfect = any(kid.lower == "have" and kid.dep == "aux" for kid in kids)
        inside = subtree(sent, verb)
        if perfect or any(sent.tokens[item].tag in COMPARATIVES for item in inside):
            return True
    return False


OPINION_LEMMAS = frozenset({"think", "believe", "see", "agree", "accept", "buy", "sure", "feel"})
"""The speaker's view or assent: denied ("I don't think", "I'm not sure") it disputes."""
POINTERS = frozenset({"that", "this", "it"})
DIRECT_SPEECH = frozenset({"you", "your", "yours"})


def _points_back(sent: Sentence, positions: list[int]) -> bool:
    """Among ``positions``: "that"/"this" standing alone for what was said (a pronoun object,
    not a determiner of a noun), "that"/"this"/"it" as the subject of a clause in the present
    ("that's not so"), or the listener as the subject of a clause ("whether you have read",
    "what you mean"), not "report to you"."""
    for position in positions:
        token = sent.tokens[position]
        if token.lower in POINTERS - {"it"} and token.dep in {"dobj", "pobj"}:
            return True
        if token.dep in {"nsubj", "nsubjpass"} and 0 <= token.head < len(sent.tokens) and (
                token.lower in DIRECT_SPEECH
                or (token.lower in POINTERS and _present(sent, token.head))):
            return True
    return False


def _present(sent: Sentence, verb: int) -> bool:
    """The clause is in the present or the present perfect (it speaks of now)."""
    tags = [sent.tokens[verb].tag] + [sent.tokens[child].tag for child in children(sent, verb)
                                      if sent.tokens[child].dep in {"aux", "auxpass"}]
    return any(tag in {"VBZ", "VBP"} for tag in tags) and "VBD" not in tags \
        and "MD" not in tags


def _objects(sent: Sentence, verb: int, *, direct: bool = True) -> list[int]:
    """What the verb itself acts on: its object (unless not ``direct``: "I'd call that ..."
    plans, it does not dispute), its preposition's object, the subject of its clausal
    complement ("push back on that", "question whether you ...")."""
    found = []
    for child in children(sent, verb):
        dep = sent.tokens[child].dep
        if dep == "dobj" and direct:
            found.append(child)
        elif dep in {"prep", "ccomp"}:
            found += [inner for inner in children(sent, child)
                      if sent.tokens[inner].dep in {"pobj", "nsubj"}]
    return found


def _disputes(sent: Sentence) -> bool:
    """The speaker disputing what was put to them: their view or assent denied, or a "would"
    verb of their own, over "that", "it" or the listener ("I don't think that's so", "I'm not
    sure what you mean", "I'd dispute that"); or "that"/"it" judged in negative words under
    the speaker's opinion ("I think that's a harsh reading")."""
    lexicon = sentiment_lexicon()
    for verb, subject in _clauses(sent):
        if subject.lower not in SPEAKER:
            continue
        head = sent.tokens[verb]
        kids = [sent.tokens[child] for child in children(sent, verb)]
        opinion = head.lemma in OPINION_LEMMAS or any(
            kid.dep == "acomp" and kid.lemma in OPINION_LEMMAS for kid in kids)
        would = any(kid.dep == "aux" and kid.lower in {"would", "'d", "’d"} for kid in kids)
        if opinion and negated(sent, verb) and _points_back(sent, [
                item for item in subtree(sent, verb) if item != verb
                and sent.tokens[item] is not subject]):
            return True
        if would and head.pos == "VERB" and head.tag == "VB" \
                and _points_back(sent, _objects(sent, verb, direct=False)) \
                and not any(kid.dep in {"mark", "advcl"} for kid in kids):
            return True
        if opinion and head.lemma in {"think", "feel", "believe"} and not negated(sent, verb):
            for child in children(sent, verb):
                clause = sent.tokens[child]
                if clause.dep != "ccomp" or not any(
                        sent.tokens[c].dep == "nsubj" and sent.tokens[c].lower in POINTERS
                        for c in children(sent, child)):
                    continue
                words = [sent.tokens[item] for item in subtree(sent, child)
                         if sent.tokens[item].pos == "ADJ"]
                if any(lexicon.get(word.lower, lexicon.get(word.lemma, 0.0)) < 0 for word in words):
                    return True
    return False


ABSOLUTES = frozenset({"single", "anywhere", "ever", "once"})
NOBODY = frozenset({"nobody", "no-one", "none", "noone"})


def _would(sent: Sentence, verb: int) -> bool:
    """The verb is under "would" (a counterfactual: "would have closed", "would never exist")."""
    return 0 <= verb < len(sent.tokens) and any(
        sent.tokens[child].lower in {"would", "'d", "’d", "wouldn't"} for child in children(sent, verb))


def _sole(sent: Sentence) -> bool:
    """The speaker as the one without whom nothing happens, or above everyone: "without me";
    "nobody else could", or nobody "before us"; a superlative said of the speaker; the
    speaker's own record denied even once ("never a single ...")."""
    tokens = sent.tokens
    lowers = [token.lower for token in tokens]
    beside = any(token.lower in {"me", "us"} and token.dep == "pobj" and 0 <= token.head < len(tokens)
                 and tokens[token.head].lower in {"before", "than"} for token in tokens)
    for position, token in enumerate(tokens):
        if token.lower in {"me", "myself"} and token.dep == "pobj" and 0 <= token.head < len(tokens) \
                and tokens[token.head].lower == "without" and _would(sent, tokens[token.head].head):
            return True  # "it would never have happened without me"; not "approve it without me"
        nobody = token.lower in NOBODY or (token.lower == "one" and position > 0
                                           and lowers[position - 1] == "no")
        if nobody and token.dep in CLAUSE_SUBJECTS and (beside or (
                "else" in lowers and any(tokens[child].tag == "MD"
                                         for child in children(sent, token.head)))):
            return True
    for verb, subject in _clauses(sent):
        if subject.lower not in SPEAKER:
            continue
        head = tokens[verb]
        if head.lemma == "be" and any(_praising_superlative(sent, item)
                                      for item in subtree(sent, verb)):
            return True
        near = [child for child in children(sent, verb)]
        near += [inner for child in near if tokens[child].dep == "dobj"
                 for inner in children(sent, child)]
        if negated(sent, verb) and any(tokens[item].lower in ABSOLUTES for item in near):
            return True
    return False


def _praising_superlative(sent: Sentence, position: int) -> bool:
    """A superlative of praise ("the best", "the most effective"), not of age or size ("the
    youngest"): the word, or the adjective "most" grades, is positive in VADER."""
    token = sent.tokens[position]
    if token.tag not in {"JJS", "RBS"}:
        return False
    head = sent.tokens[token.head] if 0 <= token.head < len(sent.tokens) else token
    if not (token.dep == "attr" or (token.dep == "amod" and head.dep == "attr")):
        return False  # "the part I'm proudest of" tells a feeling, not a rank
    lexicon = sentiment_lexicon()
    graded = sent.tokens[token.head] if 0 <= token.head < len(sent.tokens) else token
    return max(lexicon.get(token.lower, 0.0), lexicon.get(token.lemma, 0.0),
               lexicon.get(graded.lower, 0.0) if token.lower in {"most", "best"} else 0.0) > 0


def _failing(token: Token) -> bool:
    """A verb that reports a failure (VADER valence of the word or its lemma), not a change
    verb that reports a result ("cut", "reduced")."""
    if token.pos not in {"VERB", "AUX"} or token.lemma in CHANGE_LEMMAS:
        return False
    lexicon = sentiment_lexicon()
    return min(lexicon.get(token.lower, 0.0), lexicon.get(token.lemma, 0.0)) <= FAILING_VALENCE


NEGATIVE_QUANTIFIERS = frozenset({"nobody", "nothing", "none", "no-one", "noone"})
"""A subject that denies the act of everyone ("nobody listens"), unlike "no" before a noun."""


def _nobody_acts(sent: Sentence, verb: int, subject: Token) -> bool:
    """A negative quantifier as the subject of a clause in the present ("nobody answers",
    "nothing moves"): what others never do, told as the way things are."""
    position = next((index for index, token in enumerate(sent.tokens) if token is subject), -1)
    quantifier = subject.lower in NEGATIVE_QUANTIFIERS or (
        subject.lower == "one" and position > 0 and sent.tokens[position - 1].lower == "no")
    return quantifier and _present(sent, verb)


CLAUSE_MARKS = frozenset({"relcl", "advcl", "ccomp", "csubj", "conj", "parataxis"})


def _judged_deep(sent: Sentence, verb: int) -> bool:
    """A negative word (VADER) anywhere in what the clause says of its subject, however deep
    ("was close to useless", "turned into a bit of a mess"), but not in a clause of its own."""
    lexicon = sentiment_lexicon()
    stack = [child for child in children(sent, verb) if sent.tokens[child].dep not in CLAUSE_MARKS
             and sent.tokens[child].dep not in SUBJECTS]
    while stack:
        position = stack.pop()
        token = sent.tokens[position]
        if token.pos in {"ADJ", "NOUN", "ADV"} and not negated(sent, position) and min(
                lexicon.get(token.lower, 0.0), lexicon.get(token.lemma, 0.0)) <= -1.0:
            return True
        stack += [child for child in children(sent, position)
                  if sent.tokens[child].dep not in CLAUSE_MARKS]
    return False


def _listener_if(sent: Sentence) -> bool:
    """The listener as the subject of a condition ("if you had looked", "if you think"): the
    speaker setting terms for the interviewer instead of answering."""
    for verb, subject in _clauses(sent):
        if subject.lower in LISTENER and any(
                sent.tokens[child].dep == "mark" and sent.tokens[child].lower in CONDITION_MARKS
                for child in children(sent, verb)):
            return True
    return False


def clause_features(sent: Sentence) -> tuple[bool, ...]:
    """Per clause: a third party denied an act, judged negatively, failing or ranked in a
    comparison; the speaker judged negatively; the speaker acting around someone
    (``CLAUSE_NAMES``); then the facts of polite criticism, of disputing and of overclaiming;
    then nobody acting, a third party judged deep in its predicate, the listener under "if"."""
    denied = judged = failed = compared = sour = around = nobody = deep = False
    if not sent.parsed:
        return (False,) * (len(CLAUSE_NAMES) - 4)
    plain = WordClasses()
    for verb, subject in _clauses(sent):
        reported = clause_mood(sent, verb) not in {"conditional", "question", "hypothetical",
                                                   "past_future"}
        if not reported or any(sent.tokens[child].lower in CONDITION_MARKS
                               for child in children(sent, verb)):
            continue
        nobody = nobody or _nobody_acts(sent, verb, subject)
        if _third_party(subject) and subject.dep != "nsubjpass":
            denied = denied or negated(sent, verb)
            judged = judged or negative_predicate(sent, verb, plain) is not None
            deep = deep or _judged_deep(sent, verb)
            failed = failed or (_failing(sent.tokens[verb]) and not negated(sent, verb))
            compared = compared or _compares(sent, verb)
        elif subject.lower in SPEAKER:
            sour = sour or negative_predicate(sent, verb, plain) is not None
            around = around or _goes_around(sent, verb) or _keeps_out(sent, verb)
    return (denied, judged, failed, compared, sour, around, _aside_on_third_party(sent),
            _third_party_wanting(sent), _disputes(sent), _sole(sent), nobody, deep,
            _listener_if(sent))


def parse_features(sent: Sentence) -> np.ndarray:
    """The sentence's own parse facts (``SENTENCE_NAMES`` and ``CLAUSE_NAMES``), each 0..1."""
    speaker, team, listener, third = _subject_kinds(sent)
    lowers = [token.lower for token in sent.tokens]
    lexicon = sentiment_lexicon()
    negative = positive = 0.0
    for token in sent.tokens:
        value = lexicon.get(token.lower, lexicon.get(token.lemma, 0.0))
        if value < 0:
            negative -= value
        else:
            positive += value
    root = _root(sent)
    root_tag = sent.tokens[root].tag if root is not None else ""
    auxes = [token.tag for token in sent.tokens if token.dep in {"aux", "auxpass"}]
    past = root_tag == "VBD" or "VBD" in auxes
    present = not past and (root_tag in {"VBZ", "VBP"} or any(tag in {"VBZ", "VBP"} for tag in auxes))
    values = (
        speaker, team, listener, third,
        any(word in MODALS for word in lowers),
        any(word in CONDITION_MARKS for word in lowers),
        any(token.dep == "neg" or token.lower in NEGATIONS for token in sent.tokens),
        any(word in HABITUAL_ADVERBS for word in lowers),
        past, present,
        min(negative / SENTIMENT_SCALE, 1.0),
        min(positive / SENTIMENT_SCALE, 1.0),
        bool(sent.numbers),
        *clause_features(sent),
    )
    # facts held together, which a linear model cannot form from the facts alone: someone else
    # as the subject of a sentence in negative words or a negation, the speaker in negative
    # words about now, the team acting with the speaker nowhere a subject
    values += (
        third and min(negative / SENTIMENT_SCALE, 1.0),
        third and any(token.dep == "neg" or token.lower in NEGATIONS for token in sent.tokens),
        speaker and present and min(negative / SENTIMENT_SCALE, 1.0),
        team and not speaker,
    )
    return np.array([float(value) for value in values], dtype=np.float32)


def _result_told(sent: Sentence) -> bool:
    """A number on an outcome, or a state told as changed ("complaints stopped")."""
    return bool(sent.outcome_numbers) or changed_state(sent)


def answer_features(sentences: list[Sentence] | tuple[Sentence, ...]) -> np.ndarray:
    """The answer's facts (``ANSWER_NAMES``), one row per sentence; all zero for an answer of one
    sentence, which tells no more of an answer than a training sentence alone does."""
    rows = np.zeros((len(sentences), len(ANSWER_NAMES)), dtype=np.float32)
    if len(sentences) < 2:
        return rows
    acted = any(sent.own_past_actions or sent.team_past_actions for sent in sentences)
    result = any(_result_told(sent) for sent in sentences)
    rows[:, 0] = acted
    rows[:, 1] = result
    rows[:, 2] = acted and not result
    rows[-1, 3] = 1.0
    rows[-1, 4] = acted and not result
    return rows


def parse_matrix(sentences: list[Sentence] | tuple[Sentence, ...]) -> np.ndarray:
    """The parse facts of each sentence of one answer (``NAMES``), one row each."""
    if not sentences:
        return np.zeros((0, DIMS), dtype=np.float32)
    own = np.stack([parse_features(sent) for sent in sentences])
    return np.hstack([own, answer_features(sentences)])
