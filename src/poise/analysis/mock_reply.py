"""A sarcastic opening to a challenged reply: "Well, I suppose they'd all be wrong, then",
"Well, you could ring them, I suppose", "Oh, right, we're doing it like that, are we."

Read from the parse of the reply's first sentence, which must open with an interjection (a
discourse opener: "well", "oh"). After it, one of:
- a mock concession: the speaker's verb of supposing ("I suppose", "I guess") over, or beside,
  a clause with a modal ("they wouldn't", "everybody must be wrong", "you could ring them"):
  the question's doubt granted as a possibility to mock it. The speaker's own "I would ..."
  answers a question; a modal perfect ("I guess we could
  have hired slower") looks back at one's own miss and is no mockery; a plain verb ("I suppose
  the honest answer is...") answers;
- a closing "then" on a clause of granting ("..., then."): the conclusion drawn mockingly;
- a question tag closed as a statement ("..., are we."), thrown back without asking.
Which replies are challenged (a stress interview, a stress question, a concern reply) the
caller decides; elsewhere an opener is a way of talking.

Read in any sentence of a challenged reply: a bare retort ("..., and?", "So?") that asks the
interviewer what of it instead of answering; a mock apology ("sorry it wasn't exciting enough
for you"); and, after an opener, mock surprise at the interviewer's tone ("Well, I didn't know
we were in court"); and a dare to say the remark again in the hard case ("I'd love to see you
tell that to my crew at 3 a.m.").
"""

from __future__ import annotations

from poise.analysis.meaning import children, negated
from poise.analysis.text import Sentence

SUPPOSING = frozenset({"suppose", "guess"})
MODALS = frozenset({"would", "'d", "could", "must", "might", "should", "ca", "can", "will"})
TAG_PRONOUNS = frozenset({"we", "you", "i", "it", "they", "he", "she"})
OPENER_DEPS = frozenset({"intj", "discourse"})
SPEAKERS = frozenset({"i", "we"})
VIEWS = frozenset({"say", "tell", "describe", "think", "call", "see", "find", "expect"})


def _opens_with_interjection(sent: Sentence) -> bool:
    first = next((token for token in sent.tokens if token.pos != "PUNCT"), None)
    return first is not None and (first.pos == "INTJ" or first.dep in OPENER_DEPS) and any(
        token.text == "," for token in sent.tokens[1:3])


def _modal_clause(sent: Sentence, verb: int) -> bool:
    """The clause at ``verb`` speaks with a modal and no perfect "have" ("they wouldn't", "you
    could ring them"; not "we could have hired slower")."""
    token = sent.tokens[verb]
    auxes = [sent.tokens[c] for c in children(sent, verb) if sent.tokens[c].dep == "aux"]
    if any(aux.lower == "have" for aux in auxes):
        return False
    if any(sent.tokens[c].dep == "nsubj" and sent.tokens[c].lower in SPEAKERS
           for c in children(sent, verb)):
        return False  # "I guess I would start with the data": the speaker's own answer
    if token.lemma in VIEWS:
        return False  # "I suppose the board would say I was cautious": a view the question asks for
    return token.lower in MODALS or any(aux.lower in MODALS for aux in auxes)


def _mock_concession(sent: Sentence) -> bool:
    for position, token in enumerate(sent.tokens):
        if token.lemma not in SUPPOSING or not any(
                sent.tokens[c].lower == "i" and sent.tokens[c].dep == "nsubj"
                for c in children(sent, position)):
            continue
        clauses = [c for c in children(sent, position) if sent.tokens[c].dep == "ccomp"]
        if token.dep in {"parataxis", "ccomp"} and 0 <= token.head < len(sent.tokens):
            clauses.append(token.head)  # "you could ring them, I suppose"
            if sent.tokens[token.head].dep == "conj":
                clauses.append(sent.tokens[token.head].head)
        if any(_modal_clause(sent, clause) for clause in clauses):
            return True
    return False


def _closing_then(sent: Sentence) -> bool:
    words = [token for token in sent.tokens if token.pos != "PUNCT"]
    return len(words) > 3 and words[-1].lower == "then" and words[-1].dep == "advmod" and (
        sent.tokens[words[-1].head].lemma == "be" or sent.tokens[words[-1].head].tag == "VB")


def _statement_tag(sent: Sentence) -> bool:
    words = [token for token in sent.tokens if token.pos != "PUNCT"]
    if len(words) < 5 or sent.text.rstrip().endswith("?"):
        return False
    aux, pronoun = words[-2], words[-1]
    return aux.pos == "AUX" and aux.dep == "ROOT" and pronoun.lower in TAG_PRONOUNS and any(
        sent.tokens[c].dep == "ccomp" for c in children(sent, sent.tokens.index(aux)))


def mock_opening(sent: Sentence) -> bool:
    """Whether the sentence (a reply's first) opens sarcastically (see above)."""
    if not sent.parsed or not _opens_with_interjection(sent):
        return False
    return _mock_concession(sent) or _closing_then(sent) or _statement_tag(sent)


RETORTS = frozenset({"and", "so"})
NOTICING = frozenset({"realise", "realize", "know", "notice"})
DEGREES = frozenset({"enough", "too"})


def retort(sent: Sentence) -> bool:
    """The sentence ends in a bare "and?" or "so?" ("Thirty percent, yes, and?", "So?"): the
    point conceded and thrown back without an answer. Not a question that goes on after the
    conjunction ("and what did you do then?")."""
    if not sent.parsed or not sent.text.rstrip().endswith("?"):
        return False
    words = [token for token in sent.tokens if token.pos != "PUNCT"]
    return bool(words) and words[-1].lower in RETORTS and words[-1].pos in {"CCONJ", "ADV", "SCONJ"}


def mock_apology(sent: Sentence) -> bool:
    """An apology for not being enough for the interviewer: "sorry it wasn't dramatic enough for
    you", "sorry if that's too plain for you". "Sorry" over a clause whose predicate carries a
    degree ("enough", "too") measured against "you". A real apology ("sorry, I lost my thread",
    "sorry it took me so long") measures nothing against the listener."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lower != "sorry":
            continue
        scope = _below(sent, position)
        if token.dep in {"intj", "advmod", "dep"} and 0 <= token.head < len(sent.tokens):
            scope = _below(sent, token.head)  # "well, sorry it wasn't...": "sorry" hung on the clause
        for inner in scope:
            word = sent.tokens[inner]
            if word.lower not in DEGREES:
                continue
            scale = word.head if word.dep == "advmod" else inner
            if any(sent.tokens[p].lower == "you" and sent.tokens[p].dep == "pobj"
                   and sent.tokens[sent.tokens[p].head].lower == "for"
                   for p in _below(sent, scale)):
                return True
    return False


def mock_surprise(sent: Sentence) -> bool:
    """After an opener ("well", "oh"), the speaker says they had not noticed a state they are
    in: "Well, gosh, I didn't realise I was on trial", "Oh, I didn't know we were being timed".
    A denied past verb of noticing whose subject is the speaker, over a clause whose subject is
    the speaker (or "we") with a past "be": the interviewer's tone named by feigned surprise.
    "I didn't realise the backlog was that big" is about the work, not the speaker."""
    if not sent.parsed or not _opens_with_interjection(sent):
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in NOTICING or not negated(sent, position):
            continue
        kids = children(sent, position)
        if not any(sent.tokens[c].lower == "i" and sent.tokens[c].dep == "nsubj" for c in kids):
            continue
        if not any(sent.tokens[c].lower == "did" for c in kids):
            continue
        for clause in kids:
            inner = sent.tokens[clause]
            if inner.dep != "ccomp":
                continue
            subjects = [sent.tokens[c].lower for c in children(sent, clause)
                        if sent.tokens[c].dep in {"nsubj", "nsubjpass"}]
            been = (inner.lemma == "be" and inner.tag == "VBD") or any(
                sent.tokens[c].lemma == "be" and sent.tokens[c].tag == "VBD"
                for c in children(sent, clause))
            if been and subjects and subjects[0] in SPEAKERS:
                return True
    return False


def _below(sent: Sentence, position: int) -> list[int]:
    """Every word under ``position`` in the parse, itself excluded."""
    found: list[int] = []
    stack = list(children(sent, position))
    while stack:
        current = stack.pop()
        if current in found:
            continue
        found.append(current)
        stack.extend(children(sent, current))
    return found


FORTUNE = frozenset({"lucky", "fortunate"})
"""Adjectives of good fortune: said verbless of the listener ("lucky you"), envy put on to mock."""


def mock_envy(sent: Sentence) -> bool:
    """The listener called lucky in a phrase with no verb: "..., lucky you", "Fortunate you.":
    the interviewer's point put down to their never having faced the trouble. "You were lucky
    with the weather" is a clause that tells something, not a jibe."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lower not in FORTUNE or token.pos != "ADJ":
            continue
        head = token.head
        if token.dep == "amod" and 0 <= head < len(sent.tokens) and sent.tokens[head].lower == "you":
            return True  # "Lucky you.", parsed as the pronoun qualified
        kids = children(sent, position)
        if any(sent.tokens[c].lower == "you" for c in kids) and not any(
                sent.tokens[c].pos in {"AUX", "VERB"} or sent.tokens[c].dep in {"nsubj", "cop"}
                for c in kids):
            return True
    return False


WISHING = frozenset({"love", "like"})
WATCHING = frozenset({"see", "watch"})
SAYING_BACK = frozenset({"tell", "say", "call"})
"""Verbs of saying the interviewer's remark again ("tell that to my crew", "then tell me")."""
SAID_BACK = frozenset({"that", "it", "so", "me"})
"""What is said again: the remark pointed back to, or the speaker it was made to."""


def dare(sent: Sentence) -> bool:
    """The interviewer dared to meet the hard case and say their remark again there: "I'd love
    to see you tell that to my crew at 3 a.m.", "I'd like to see you do a night on the river and
    then tell me about easy": the speaker's wish ("I'd love", "I'd like") to watch "you" act,
    with a verb of saying whose object points back to the remark or to the speaker. An
    invitation ("I'd love to see you visit the plant and tell me what you think") asks for a
    view, and a view asked for is a clause, which this is not."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in WISHING or token.pos != "VERB":
            continue
        kids = children(sent, position)
        if not any(sent.tokens[c].lower in SPEAKERS and sent.tokens[c].dep == "nsubj" for c in kids):
            continue
        if not any(sent.tokens[c].lower in MODALS and sent.tokens[c].dep == "aux" for c in kids):
            continue
        watched = [c for c in kids if sent.tokens[c].lemma in WATCHING and sent.tokens[c].dep == "xcomp"]
        acts = [g for w in watched for g in children(sent, w) if sent.tokens[g].dep in {"ccomp", "xcomp"}
                and any(sent.tokens[s].lower == "you" for s in children(sent, g))]
        if not acts:
            continue
        # the saying: the act watched itself, or a verb joined to it, to the watching or the wish
        sayings = [a for a in acts if sent.tokens[a].lemma in SAYING_BACK]
        sayings += [c for head in (*acts, *watched, position) for c in children(sent, head)
                    if sent.tokens[c].dep == "conj" and sent.tokens[c].lemma in SAYING_BACK]
        for saying in sayings:
            said = children(sent, saying)
            if any(sent.tokens[c].dep in {"ccomp", "xcomp"} for c in said):
                continue  # "tell me what you think": a view asked for
            if any(sent.tokens[c].lower in SAID_BACK and sent.tokens[c].dep in {"dobj", "dative"}
                   for c in said):
                return True
    return False
