"""A rival's terms moved to another party, or a figure altered so it would read other than it
was, by the speaker and told as a win, read from the parse.

Three shapes, each told plainly without a judging word:

- a rival's price shown to a party selling to the speaker: the speaker showed, sent or passed a
  bid or quote named for another bidder (a named firm before it, "the competitor's quote") to a
  seller, named or a pronoun whose nearest earlier party in the answer is a seller ("I rang the
  old supplier and showed them the other firm's bid");
- what a rival pays passed on or offered: the speaker shared, gave or told someone, or told them
  they would, what a competitor was paying or bidding ("I told him I would share what our
  competitor was paying");
- a figure altered to read other than it was: the speaker changed a figure (a price, a number,
  a date) and the same sentence gives the purpose as a look of amount ("..., so it looked
  eleven percent cheaper").

A buyer seeing the bids it asked for is ordinary business, and so is a speaker showing their
own side's figures or the bids to their own board ("I showed the board the three bids"). A
refusal ("I refused to pass on their quote"), a denial and a request made of the speaker by
others are not the speaker's act. The words are classes of the parse's lemmas (passing on,
paying, altering, sellers), not phrases.
"""

from __future__ import annotations

from collections.abc import Sequence

from poise.analysis import conduct
from poise.analysis.advantage import BELOW, PASSING, PRICES, SETTING, so_before_subject
from poise.analysis.grammar import clause_mood
from poise.analysis.meaning import children, negated, subtree
from poise.analysis.text import Sentence

SPEAKERS = conduct.SPEAKERS
SUBJECTS = conduct.SUBJECTS
RIVALS = frozenset({"competitor", "competitors", "rival", "rivals", "competition", "bidder",
                    "bidders", "tenderer", "tenderers"})
"""Nouns for another party in the same contest as the speaker's side or a seller."""
SELLERS = frozenset({"supplier", "suppliers", "vendor", "vendors", "contractor", "contractors",
                     "incumbent", "bidder", "bidders", "tenderer", "agent", "provider",
                     "distributor", "wholesaler", "manufacturer", "haulier", "subcontractor",
                     "caterer", "printer", "firm", "company"})
"""Parties who sell to the speaker's side: a rival seller's figure shown to one is leverage
taken from another's confidence."""
PAYING = frozenset({"pay", "bid", "tender", "spend", "quote", "offer"})
"""Verbs of a figure a party keeps to itself: what it pays, bids or quotes (not what it
charges, which it publishes)."""
ALTERING = frozenset({"change", "alter", "edit", "amend", "tweak", "doctor", "adjust", "bump",
                      "inflate", "massage", "fiddle", "fudge", "round", "swap", "replace"})
FIGURE_WORDS = PRICES | frozenset({"figures", "numbers", "total", "totals", "date", "dates",
                                   "amount", "amounts", "percentage", "score", "scores", "sum",
                                   "digit", "digits", "decimal", "value"})
LOOKING = frozenset({"look", "seem", "appear", "read", "show", "sound"})
AMOUNT_LEMMAS = frozenset({"cheap", "high", "low", "big", "small", "large", "much", "many",
                           "little", "few", "good", "bad", "expensive", "strong", "weak",
                           "costly", "long", "short", "early", "late", "well"})
"""Comparatives of amount: what a figure, not a layout, is made to look."""
REFUSING = frozenset({"refuse", "decline", "reject", "resist", "avoid", "stop", "prevent",
                      "report", "flag", "escalate", "consider", "tempt", "ask", "urge",
                      "pressure", "push"})
"""Verbs above a passing verb that make it no act of the speaker's: a refusal, a temptation
resisted, a request made of them ("he asked me to show him the other bids")."""
OFFERING = frozenset({"tell", "promise", "say", "offer", "assure", "agree"})
"""Verbs of the speaker's telling under which a "would" is an offer made, not a wish."""
PERSONS = frozenset({"him", "her", "them"})
"""A person told something as the verb's object ("told him what ...")."""
PARTY_REACH = 2
"""How many sentences back a pronoun's party is looked for."""


def _speaker_does(sent: Sentence, verb: int) -> bool:
    """The act at ``verb`` is the speaker's: "I" or "we" its subject, or the subject of the verb
    it is joined to; not one the speaker was asked to do, refused or only considered."""
    path, subjects = conduct.subject_climb(sent, verb, joins=frozenset({"conj", "advcl"}))
    if any(negated(sent, position) for position in path):
        return False
    return any(sent.tokens[c].lower in conduct.SPEAKERS for c in subjects)


def _done_or_offered(sent: Sentence, verb: int) -> bool:
    """The passing at ``verb`` was done, or offered in a told promise ("I told him that, if he
    came down, I would share..."): not a wish, a question or a refusal."""
    mood = clause_mood(sent, verb)
    if mood in {"past", "other", "past_future"}:
        return True
    head = sent.tokens[verb].head
    return sent.tokens[verb].dep == "ccomp" and 0 <= head < len(sent.tokens) \
        and sent.tokens[head].lemma in OFFERING and sent.tokens[head].tag == "VBD" \
        and any(sent.tokens[c].lower in {"i", "we"} and sent.tokens[c].dep in SUBJECTS
                for c in children(sent, head))


def _refused_above(sent: Sentence, verb: int) -> bool:
    """A verb of refusing, resisting or being asked stands above the passing ("I refused to
    forward the quote", "she asked me to send their bid")."""
    current = verb
    for _ in range(3):
        head = sent.tokens[current].head
        if head == current or not 0 <= head < len(sent.tokens):
            return False
        if sent.tokens[head].lemma in REFUSING:
            return True
        current = head
    return False


def _receivers(sent: Sentence, verb: int) -> list[int]:
    """Who the passing at ``verb`` went to: its indirect object, or the object of "to" or
    "with"."""
    found = []
    for child in children(sent, verb):
        token = sent.tokens[child]
        if token.dep == "dative" and token.lower != "to":
            found.append(child)
        elif token.dep in {"prep", "dative"} and token.lower in {"to", "with"}:
            found += [g for g in children(sent, child) if sent.tokens[g].dep == "pobj"]
        elif token.dep == "dobj" and token.lower in PERSONS:
            found.append(child)  # "tell him what they were paying"
    return found


def _outside(sent: Sentence, receiver: int) -> bool:
    """A receiver who is not the speaker's own side: a pronoun for someone else, or a noun not
    owned by the speaker that is not a person on the speaker's own side."""
    token = sent.tokens[receiver]
    return token.lower not in SPEAKERS and token.lower not in {"everyone", "everybody"}


def _party_before(sentences: Sequence[Sentence], index: int, position: int) -> str | None:
    """The nearest party noun told before ``position`` in the sentence at ``index`` (or the
    ``PARTY_REACH`` sentences before it): the noun a "them" or "him" most likely stands for."""
    for back in range(index, max(index - 1 - PARTY_REACH, -1), -1):
        sent = sentences[back]
        if not sent.parsed:
            continue
        end = position if back == index else len(sent.tokens)
        for at in range(end - 1, -1, -1):
            token = sent.tokens[at]
            if token.pos == "NOUN" and token.dep in SUBJECTS | {"dobj", "pobj", "dative"} \
                    and token.lower not in PRICES:
                return token.lower
    return None


def _seller_receiver(sentences: Sequence[Sentence], index: int, receiver: int) -> bool:
    """The receiver is a seller: named so, or a pronoun whose nearest earlier party is one."""
    sent = sentences[index]
    token = sent.tokens[receiver]
    if token.lower in SELLERS or token.lemma in SELLERS:
        return True
    if token.lower in PERSONS:
        return _party_before(sentences, index, receiver) in SELLERS
    return False


def _rivals_figure(sent: Sentence, figure: int) -> bool:
    """The price word at ``figure`` is named for another bidder: a firm's name or a rival noun
    before it ("the Acme bid", "the competitor's quote"), not the speaker's own ("our bid")."""
    for child in children(sent, figure):
        token = sent.tokens[child]
        if token.dep == "poss":
            return token.lower not in SPEAKERS and (token.pos == "PROPN" or token.lower in RIVALS
                                                    or token.lemma in RIVALS)
        if token.dep in {"compound", "amod", "nmod"} and (
                token.pos == "PROPN" or token.lower in RIVALS or token.lemma in {"compete", "rival"}):
            return True
    return False


def _passed_by_speaker(sent: Sentence) -> list[int]:
    """The verbs of passing ("showed", "sent", "told") whose doer is the speaker, told as done or
    offered and not refused."""
    return [verb for verb, token in enumerate(sent.tokens)
            if token.lemma in PASSING and token.pos == "VERB" and _speaker_does(sent, verb)
            and _done_or_offered(sent, verb) and not _refused_above(sent, verb)]


def rival_bid_shown(sentences: Sequence[Sentence], index: int) -> bool:
    """The speaker showed or passed a rival's bid or quote to a seller (see the module)."""
    sent = sentences[index]
    if not sent.parsed:
        return False
    for verb in _passed_by_speaker(sent):
        figures = [c for c in children(sent, verb) if sent.tokens[c].dep == "dobj"
                   and sent.tokens[c].lower in PRICES]
        if not any(_rivals_figure(sent, figure) for figure in figures):
            continue
        if any(_outside(sent, r) and _seller_receiver(sentences, index, r)
               for r in _receivers(sent, verb)):
            return True
    return False


def _rival_paying_clause(sent: Sentence, verb: int) -> bool:
    """Under the verb at ``verb``, a "what ... was paying" clause whose payer is another party
    ("what our competitor was paying", "what Acme had bid")."""
    for child in children(sent, verb):
        clause = sent.tokens[child]
        if clause.dep not in {"ccomp", "dobj"} or clause.lemma not in PAYING:
            continue
        if not any(sent.tokens[g].tag == "WP" for g in children(sent, child)):
            continue
        payers = [g for g in children(sent, child) if sent.tokens[g].dep in SUBJECTS]
        if any(sent.tokens[p].lower in RIVALS or sent.tokens[p].lemma in RIVALS
               or sent.tokens[p].pos == "PROPN" for p in payers):
            return True
    return False


def rival_paying_passed(sent: Sentence) -> bool:
    """The speaker passed on, or offered to pass on, what a rival pays or bids (see the
    module)."""
    if not sent.parsed:
        return False
    for verb in _passed_by_speaker(sent):
        if not any(_outside(sent, r) for r in _receivers(sent, verb)):
            continue
        if _rival_paying_clause(sent, verb):
            return True
    return False


def _amount_look(sent: Sentence, verb: int) -> bool:
    """The looking clause at ``verb`` gives an amount: a comparative of amount or a number in
    it ("looked eleven percent cheaper", "seemed higher")."""
    for position in subtree(sent, verb):
        token = sent.tokens[position]
        if token.tag in {"JJR", "RBR"} and (token.lemma in AMOUNT_LEMMAS or token.lower in {
                "more", "less", "fewer", "better", "worse"}):
            return True
        if token.tag in {"JJR", "RBR"} and _base(token.lower) in AMOUNT_LEMMAS:
            return True
    return False


def _base(comparative: str) -> str:
    """A comparative's plain form where the lemma keeps it ("bigger" → "big", "costlier" →
    "costly")."""
    stem = comparative.removesuffix("er")
    if stem.endswith("i"):
        return stem[:-1] + "y"
    if len(stem) > 2 and stem[-1] == stem[-2]:
        return stem[:-1]
    return stem


def figure_altered_to_look(sent: Sentence) -> bool:
    """The speaker changed a figure, and the same sentence gives the purpose as a look of
    amount (see the module)."""
    if not sent.parsed:
        return False
    tokens = sent.tokens
    altered = [p for p, token in enumerate(tokens)
               if token.lemma in ALTERING and token.pos == "VERB" and _speaker_does(sent, p)
               and clause_mood(sent, p) in {"past", "other"} and not _refused_above(sent, p)
               and any(tokens[c].dep == "dobj" and tokens[c].lower in FIGURE_WORDS
                       for c in children(sent, p))]
    if not altered:
        return False
    for position, token in enumerate(tokens):
        if token.lemma not in LOOKING or token.pos not in {"VERB", "AUX"} or position < altered[0]:
            continue
        if negated(sent, position) or not _so_marked(sent, position):
            continue
        if _amount_look(sent, position):
            return True
    return False


def _so_marked(sent: Sentence, verb: int) -> bool:
    """The clause at ``verb`` is opened by "so" (or "so that"): a purpose or result."""
    if any(sent.tokens[c].lower == "so" and sent.tokens[c].dep in {"mark", "advmod", "cc"}
           for c in children(sent, verb)):
        return True
    first = min(subtree(sent, verb), default=verb)
    return (first > 0 and sent.tokens[first - 1].lower == "so") or (
        first > 1 and sent.tokens[first - 1].lower == "that" and sent.tokens[first - 2].lower == "so"
    ) or so_before_subject(sent, verb)


OTHER_MARKS = frozenset({"other", "competing", "compete", "rival", "remaining"})
"""Words that make a bid or price another bidder's ("the other offers", "the competing bids")."""
RESETTING = SETTING | frozenset({"match", "beat", "lower", "revise", "sharpen", "reprice",
                                 "reduce", "rework", "improve", "be"})
"""Verbs of a party setting its own figure afresh ("so he could adjust", "so they could match
it", "so she could be just under")."""


def _others_figure(sent: Sentence, figure: int) -> bool:
    """The price word at ``figure`` is another bidder's: named so ("the Acme bid"), marked
    "other" or "competing" ("the other bids"), or the figure of such bids ("the prices of the
    other offers")."""
    if _rivals_figure(sent, figure) or any(
            sent.tokens[c].dep == "amod" and (sent.tokens[c].lower in OTHER_MARKS
                                              or sent.tokens[c].lemma in OTHER_MARKS)
            for c in children(sent, figure)):
        return True
    for child in children(sent, figure):
        if sent.tokens[child].dep != "prep" or sent.tokens[child].lower != "of":
            continue
        if any(_price_word(sent.tokens[g].lower) and _others_figure(sent, g)
               for g in children(sent, child) if sent.tokens[g].dep == "pobj"):
            return True
    return False


def _price_word(word: str) -> bool:
    return word in PRICES or word.removesuffix("s") in PRICES


def _bidder(sent: Sentence, receiver: int) -> bool:
    """The receiver may be a bidder: a person pronoun, a seller noun, or someone of a seller
    ("the director of the other company"); not the speaker's board or team."""
    token = sent.tokens[receiver]
    if token.lower in PERSONS or token.lower in SELLERS or token.lemma in SELLERS:
        return True
    return any(sent.tokens[g].lower in SELLERS for c in children(sent, receiver)
               if sent.tokens[c].dep == "prep" and sent.tokens[c].lower == "of"
               for g in children(sent, c) if sent.tokens[g].dep == "pobj")


def _reset_by_receiver(sent: Sentence, verb: int) -> bool:
    """Beside the passing at ``verb``, a "so" clause in which someone other than the speaker sets
    their figure afresh ("..., so he could adjust and come in just under"), hung under the
    passing or, as the parse sometimes has it, above it."""
    clauses = [c for c in children(sent, verb) if sent.tokens[c].dep in {"advcl", "ccomp", "conj"}]
    top = verb  # "I rang him and told him ...": the clause the passing is joined to
    while sent.tokens[top].dep == "conj" and 0 <= sent.tokens[top].head < top:
        top = sent.tokens[top].head
    head = sent.tokens[top].head
    if sent.tokens[top].dep in {"ccomp", "advcl"} and verb < head < len(sent.tokens):
        clauses.append(head)
    for clause in clauses:
        if not _so_marked(sent, clause):
            continue
        subjects = [c for c in children(sent, clause) if sent.tokens[c].dep in SUBJECTS]
        if not subjects or any(sent.tokens[c].lower in SPEAKERS for c in subjects):
            continue
        verbs = [clause, *(c for c in children(sent, clause) if sent.tokens[c].dep == "conj")]
        for item in verbs:
            if negated(sent, item):
                continue
            under = any(sent.tokens[c].lower in BELOW for c in children(sent, item))
            if sent.tokens[item].lemma in RESETTING and (sent.tokens[item].lemma != "be" or under):
                return True
    return False


def others_figures_passed_to_reset(sent: Sentence) -> bool:
    """The speaker passed another bidder's figures to a party so that the party could set its
    own afresh: "I told him the prices of the other offers, so he could adjust" (a tender's
    bids leaked to one bidder). The bids shown to the speaker's own board so it could choose,
    or a refusal, are none."""
    if not sent.parsed:
        return False
    for verb in _passed_by_speaker(sent):
        objects = [c for c in children(sent, verb) if sent.tokens[c].dep == "dobj"]
        # "sent the incumbent the other quotes": of two objects, the first is who was sent them
        receivers = _receivers(sent, verb) + objects[:1] * (len(objects) > 1)
        if not any(_outside(sent, r) and _bidder(sent, r) for r in receivers):
            continue
        figures = [c for c in objects if _price_word(sent.tokens[c].lower)]
        if any(_others_figure(sent, f) for f in figures) and _reset_by_receiver(sent, verb):
            return True
    return False
