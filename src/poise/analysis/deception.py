"""Deception and covert taking told by the speaker, read from the parse: the speaker's own act,
something that makes it deceit or a taking (a claim the next breath calls untrue, a covert manner
with what belongs to someone else, a sign-off arranged away), told without taking it back.

- ``claim_then_denied``: the speaker tells someone a fact ("I told the board the unit was
  already sold") and the next sentence opens by denying it ("It wasn't." "Which was not
  true, ..."). A promise that later failed ("I told them we would finish by May. We didn't.")
  is a missed date, not a lie: a claim with "will" or "would" in it is left alone; a denial in
  which the speaker corrects or admits it is coming clean.
- ``covert_taking``: the speaker (or someone the speaker asked) moves, copies or shows what
  belongs to another party ("the other bidder's figures", "their customer files") in a covert
  manner ("quietly", "privately", "not officially").
- ``taken_on_leaving``: the speaker copies or takes records out of a system or files that
  belong to the employer they are leaving, in a clause of leaving ("Before I left the firm I
  exported my contact list from their CRM").
- ``claim_known_untrue``: the speaker tells someone a fact and, in the same sentence, says they
  knew it was not so ("I told them the price was about to fall, which I knew was not decided");
  a claim the speaker knew to be true, or knew someone would dislike, is none.
- ``kept_from_told``: the speaker told, sent or showed something to another party, and then
  says that party did not know, or would have acted had it known ("... and sent them that
  certificate. They never knew."; "I told the agency it was the weather, because if they knew
  it was our error they would have cancelled"): what the party was given was kept from it. A
  party that never knew of a fault fixed before it reached them, with nothing told to it, is
  a smooth recovery; the truth told ("I told them the truth") is none.
- ``put_forward_knowing_not``: the speaker puts something or someone forward ("I listed three
  senior engineers in the bid", "I decided to put their CVs in the proposal") while conceding
  that they knew it was not so ("even though I knew none of them would work on it"); what
  the speaker knew about how it would be received ("even though I knew it would not be
  popular") or about their own chances is no deceit.
- ``sign_off_avoided``: a purpose of the speaker's act is that someone would not have to approve
  or check it ("...so my manager wouldn't have to sign it off").

Each test is a pure function of parsed sentences; the words are classes (saying, moving
information, approving), not phrases.
"""

from __future__ import annotations

from collections.abc import Sequence

from poise.analysis import conduct
from poise.analysis.advantage import PRICES
from poise.analysis.meaning import children, negated, subtree
from poise.analysis.text import Sentence

SPEAKERS = conduct.SPEAKERS
SUBJECTS = conduct.SUBJECTS
CLAIMING = frozenset({"tell", "say", "claim", "assure", "inform", "report", "state", "insist",
                      "mention"})
"""Verbs of telling someone a fact."""
PROMISING = frozenset({"will", "would", "'ll", "’ll", "'d", "’d", "shall", "could", "can"})
"""Modals that make a told thing a promise or a plan rather than a fact."""
POINTERS = frozenset({"which", "that", "it", "this", "none", "neither"})
TRUTH = frozenset({"true", "accurate", "correct", "right", "case", "real", "so"})
CORRECTING = frozenset({"correct", "fix", "apologise", "apologize", "admit", "retract", "withdraw",
                        "clarify", "own", "confess"})
"""What a speaker does who comes clean about a claim ("... and I corrected it the next day")."""
DENIAL_LENGTH = 8
BREAKS = frozenset({"—", "–", "-", "--", ":", ";"})
"""Marks that set a bare denial off from what follows it ("We didn't — ...")."""
"""The most words a denial that stands alone has ("Which was not completely true.")."""
MOVING = frozenset({"export", "copy", "download", "forward", "show", "share", "send", "pass",
                    "print", "photograph", "screenshot", "access", "pull", "leak", "lift",
                    "hand", "circulate"})
"""Verbs that move, copy or show information to someone."""
OWN_POSSESSIVES = frozenset({"my", "our", "your"})
OFFICIAL = frozenset({"officially", "formally", "openly"})
"""Manners that, denied ("not officially"), say the act was covert."""
APPROVING = frozenset({"sign", "approve", "authorise", "authorize", "vet", "clear", "ratify",
                       "endorse"})
"""What someone is spared having to do when a sign-off is arranged away (not a routine check
made lighter: "so the nurses wouldn't have to count the stock twice" is an efficiency)."""


def _speaker_subject(sent: Sentence, verb: int) -> bool:
    return any(sent.tokens[c].lower in SPEAKERS and sent.tokens[c].dep in SUBJECTS
               for c in children(sent, verb))


def claim_then_denied(said: Sentence, after: Sentence | None) -> bool:
    """``said`` tells someone a fact in the speaker's voice, and ``after`` (the next sentence)
    is a short denial of it: "It wasn't.", "We didn't.", "Which was not true."."""
    if after is None or not said.parsed or not after.parsed:
        return False
    told = [p for p, token in enumerate(said.tokens)
            if token.lemma in CLAIMING and token.tag == "VBD" and _speaker_subject(said, p)
            and not negated(said, p)]
    claims = [c for p in told for c in told_clauses(said, p)]
    if not claims:
        return False  # "I told the board." tells no claim
    if any(said.tokens[c].lower in PROMISING and said.tokens[c].dep == "aux"
           for claim in claims for c in children(said, claim)):
        return False  # a promise or a plan that failed is a missed date, not a lie
    if conduct.owns_fault(said) or conduct.owns_fault(after) or any(
            token.lemma in CORRECTING and _speaker_subject(after, p)
            for p, token in enumerate(after.tokens)):
        return False  # taken back: an admission, not deceit told as a win
    return _denial(after)


def told_clauses(sent: Sentence, verb: int) -> list[int]:
    """The verbs of what the speaker told at ``verb``: its clause ("told them it was sold"),
    or a clause the parse hung from the one told ("told the board it was sold" read as a
    clause of "the board")."""
    found = []
    for child in children(sent, verb):
        token = sent.tokens[child]
        if token.dep == "ccomp" and token.pos in {"VERB", "AUX"}:
            found.append(child)
        if token.dep in {"dobj", "dative"}:
            found += [g for g in children(sent, child) if sent.tokens[g].dep in {"relcl", "ccomp"}
                      and sent.tokens[g].pos in {"VERB", "AUX"}]
    return found


def _denial(sent: Sentence) -> bool:
    """A sentence that opens by denying what came before: a pointer that opens it said not to
    be true ("Which was not true, we had ...", "That wasn't quite accurate"; not "It was not
    true that ...", which points ahead) or, standing alone, a bare negated auxiliary ("We
    didn't.", "It wasn't.")."""
    for verb in range(len(sent.tokens)):
        kids = children(sent, verb)
        if not negated(sent, verb) or not any(
                sent.tokens[c].dep in {"acomp", "attr"} and sent.tokens[c].lower in TRUTH
                for c in kids):
            continue
        opens = any(sent.tokens[c].dep in SUBJECTS and sent.tokens[c].lower in POINTERS and c <= 1
                    for c in kids)
        if opens and not any(sent.tokens[c].dep == "ccomp" for c in kids):
            return True
    if _opens_with_bare_denial(sent) or _corrected_down(sent):
        return True
    roots = [p for p, token in enumerate(sent.tokens) if token.dep == "ROOT"]
    if not roots or len(sent.tokens) > DENIAL_LENGTH or not negated(sent, roots[0]):
        return False
    root = roots[0]
    bare = sent.tokens[root].pos == "AUX" or sent.tokens[root].lemma in {"do", "have", "be"}
    rest = [c for c in children(sent, root)
            if sent.tokens[c].dep not in {"nsubj", "expl", "neg", "punct", "advmod", "aux"}]
    return bare and not rest


REALLY = frozenset({"actually", "really", "truly"})
"""Adverbs that set what was so against what was said ("we'd actually only had a call")."""
RESTRICTING = frozenset({"only", "just", "merely", "barely"})
"""Adverbs that make what was so less than what was claimed."""


def _corrected_down(sent: Sentence) -> bool:
    """A sentence whose main clause tells what was really so, and less than claimed: the
    speaker's side as its subject, in the past, with "actually" (or "really") and "only" (or
    "just", "merely") on its verb: "We'd actually only had an exploratory call". Not a negated
    verb (a bare denial reads that), and not in the present ("we actually only need two")."""
    for root, token in enumerate(sent.tokens):
        if token.dep != "ROOT" or negated(sent, root):
            continue
        kids = children(sent, root)
        words = {sent.tokens[c].lower for c in kids if sent.tokens[c].dep == "advmod"}
        past = token.tag == "VBD" or (token.tag == "VBN" and any(
            sent.tokens[c].lower in {"had", "'d", "’d"} for c in kids))
        if past and words & REALLY and words & RESTRICTING and _speaker_subject(sent, root):
            return True
    return False


def _opens_with_bare_denial(sent: Sentence) -> bool:
    """The sentence opens with a bare negated auxiliary set off by a dash, colon or semicolon
    before it goes on: "We didn't — we'd had one call — but...", "It wasn't; the date had
    already gone". Not a negated verb with its own complement ("We didn't finish on time")."""
    for position, token in enumerate(sent.tokens[:3]):
        if token.pos != "AUX" or not negated(sent, position):
            continue
        after = position + 1
        while after < len(sent.tokens) and sent.tokens[after].dep == "neg":
            after += 1
        if after >= len(sent.tokens) or sent.tokens[after].text not in BREAKS:
            return False
        return all(sent.tokens[c].dep in {"nsubj", "expl", "neg"}
                   for c in children(sent, position) if c < after)
    return False


def covert_taking(sent: Sentence, discreet: frozenset[str]) -> bool:
    """The speaker, or someone acting on the speaker's request, moves or shows what belongs to
    another party in a covert manner: "I quietly exported their client list", "I showed him the
    other bidder's figures, not officially"."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        covert = token.lower in discreet or (token.lower in OFFICIAL and negated(sent, position))
        if not covert:
            continue
        verb = _verb_above(sent, position)
        if verb is None or sent.tokens[verb].lemma not in MOVING or negated(sent, verb):
            continue
        if not conduct._speaker_led(sent, verb) or conduct.owns_fault(sent):
            continue
        if _others_thing(sent, verb):
            return True
    return False


LEAVING = frozenset({"leave", "resign", "quit", "depart", "exit"})
"""Verbs of leaving an employer."""
AT_THE_TIME = frozenset({"before", "as", "when", "while"})
TAKING = MOVING | frozenset({"take", "extract", "save", "keep"})
"""Verbs by which records are taken: the verbs of moving information and taking out."""


def taken_on_leaving(sent: Sentence) -> bool:
    """The speaker takes or copies records out of what belongs to someone else ("from their
    CRM", "the firm's client files") in a clause of the time the speaker left: "Before I left my
    previous firm I exported my contact list from their CRM". Not taking what was one's own
    from one's own place ("before I left I copied my notes from my laptop") and not a leaving
    without a taking ("before I left I handed over my files")."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in TAKING or negated(sent, position) \
                or not _speaker_subject(sent, position):
            continue
        kids = children(sent, position)
        leaving = any(sent.tokens[c].dep == "advcl" and sent.tokens[c].lemma in LEAVING
                      and _speaker_subject(sent, c)
                      and any(sent.tokens[m].lower in AT_THE_TIME and sent.tokens[m].dep in {"mark", "advmod"}
                              for m in children(sent, c))
                      for c in kids)
        if not leaving:
            continue
        sources = [g for c in kids if sent.tokens[c].dep == "prep" and sent.tokens[c].lower in
                   {"from", "out"} for g in children(sent, c) if sent.tokens[g].dep == "pobj"]
        if _others_thing(sent, position) or any(_owned_by_others(sent, item) for item in sources):
            return True
    return False


def _owned_by_others(sent: Sentence, item: int) -> bool:
    """The noun at ``item`` has an owner other than the speaker ("their CRM", "the firm's
    drive")."""
    return any(sent.tokens[kid].dep == "poss" and sent.tokens[kid].lower not in OWN_POSSESSIVES
               for kid in children(sent, item))


def _verb_above(sent: Sentence, position: int) -> int | None:
    """The nearest verb the word at ``position`` hangs from (itself excluded)."""
    seen: set[int] = set()
    current = sent.tokens[position].head
    while 0 <= current < len(sent.tokens) and current not in seen:
        seen.add(current)
        if sent.tokens[current].pos == "VERB":
            return current
        if sent.tokens[current].head == current:
            return None
        current = sent.tokens[current].head
    return None


def _others_thing(sent: Sentence, verb: int) -> bool:
    """What the verb moves or shows has an owner other than the speaker: a possessive that is
    not "my"/"our"/"your" on its object ("both managers' emails", "their files")."""
    objects = [c for c in children(sent, verb) if sent.tokens[c].dep in {"dobj", "dative"}]
    objects += [g for c in objects for g in children(sent, c) if sent.tokens[g].dep == "appos"]
    for item in objects:
        for kid in children(sent, item):
            owner = sent.tokens[kid]
            if owner.dep == "poss" and owner.lower not in OWN_POSSESSIVES \
                    and sent.tokens[item].dep != "dative":
                return True
    return False


def sign_off_avoided(sent: Sentence) -> bool:
    """A purpose of the speaker's act is that someone would not have to approve it: "...so my
    director wouldn't have to sign it off", "...so that finance didn't need to approve it" (a
    clause of "so" joined to it counts as well)."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in {"have", "need"} or not negated(sent, position):
            continue
        spared = [c for c in children(sent, position) if sent.tokens[c].dep == "xcomp"
                  and sent.tokens[c].lemma in APPROVING]
        if not spared:
            continue
        if any(sent.tokens[c].lower in SPEAKERS and sent.tokens[c].dep in SUBJECTS
               for c in children(sent, position)):
            continue  # "so I didn't have to check it again": about the speaker
        if not _purpose(sent, position):
            continue
        if conduct._speaker_led(sent, position) and not conduct.owns_fault(sent):
            return True
    return False


def _purpose(sent: Sentence, position: int) -> bool:
    """The clause at ``position`` is a purpose ("so", "so that"), or joined to one."""
    current = position
    for _ in range(3):
        kids = [sent.tokens[c] for c in children(sent, current)]
        if any(kid.lower == "so" and kid.dep in {"mark", "advmod", "cc"} for kid in kids) or (
                current > 0 and sent.tokens[current - 1].lower == "so"):
            return True
        if sent.tokens[current].dep != "conj":
            return False
        current = sent.tokens[current].head
    return False


KNOWING = frozenset({"know", "realise", "realize"})
"""Verbs of the speaker knowing what they had told was not so."""
TOLD_THING = frozenset({"which", "it", "that", "this"})
"""Subjects or objects that point back at what was told ("which I knew was not decided")."""


def claim_known_untrue(sent: Sentence) -> bool:
    """The speaker tells someone a fact ("I told them the agency was cutting its price") and,
    after it, that they knew it was not so: a verb of knowing with "I" as subject over a denied
    clause about the told thing ("which I knew was not decided", "which I knew it had not").
    Knowing it true ("which I knew was true"), or knowing how someone would take it ("which I
    knew they would not like"), is no deceit."""
    if not sent.parsed:
        return False
    told = [p for p, token in enumerate(sent.tokens)
            if token.lemma in CLAIMING and _speaker_subject(sent, p) and not negated(sent, p)]
    if not told:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in KNOWING or position < told[0] or not _speaker_subject(sent, position):
            continue
        for clause in children(sent, position):
            if sent.tokens[clause].dep != "ccomp" or not negated(sent, clause):
                continue
            pointers = [c for c in children(sent, clause) if sent.tokens[c].lower in TOLD_THING
                        and sent.tokens[c].dep in SUBJECTS | {"dobj"}]
            others = [c for c in children(sent, clause) if sent.tokens[c].dep in SUBJECTS
                      and sent.tokens[c].lower not in TOLD_THING]
            if pointers and not others:
                return True
    return False


GIVING = CLAIMING | frozenset({"send", "show", "give", "hand", "present", "issue", "quote",
                               "submit", "provide", "write"})
"""Verbs by which the speaker passes something told or written to another party."""
KNOWING = frozenset({"know", "realise", "realize", "notice", "suspect", "spot", "discover",
                     "learn", "find"})
"""Verbs of a party coming to know ("find" with "out")."""
OTHER_PARTIES = frozenset({"they", "he", "she"})
TRUTH_TOLD = frozenset({"truth", "fact", "facts", "everything", "news", "honestly", "openly",
                        "straight", "upfront"})
"""Words by which a telling is the truth told, not a claim kept from someone."""
EARLIER = frozenset({"before", "until", "till", "previously", "earlier", "beforehand"})
"""Words that date a party's not knowing before the telling ("never knew it before that")."""
WINDOW = 2
"""How many sentences after the party was told its not knowing may be said."""


def _party_given(sent: Sentence) -> set[str]:
    """The parties (pronouns in their subject form, or a noun's lemma) the speaker told, sent
    or showed something to in ``sent``; none for the truth told."""
    found: set[str] = set()
    subject_form = {"them": "they", "him": "he", "her": "she"}
    for verb, token in enumerate(sent.tokens):
        if token.lemma not in GIVING or token.tag != "VBD" or negated(sent, verb) \
                or not conduct.speaker_subject(sent, verb):
            continue  # an act told as done; "what I can show" is an offer
        kids = children(sent, verb)
        if any(sent.tokens[c].lower in TRUTH_TOLD for c in kids) or any(
                sent.tokens[g].lower in TRUTH_TOLD for c in kids for g in children(sent, c)):
            continue
        for child in kids:
            item = sent.tokens[child]
            if item.dep in {"dative", "dobj"} and (item.lower in subject_form
                                                    or item.pos in {"NOUN", "PROPN"}):
                found.add(subject_form.get(item.lower, item.lemma))
            if item.dep == "prep" and item.lower == "to":
                found |= {subject_form.get(sent.tokens[g].lower, sent.tokens[g].lemma)
                          for g in children(sent, child) if sent.tokens[g].dep == "pobj"}
    found.discard("i")
    found.discard("we")
    found.discard("it")
    return found


def _not_knowing(sent: Sentence, parties: set[str], *, conditional_only: bool) -> bool:
    """A party of ``parties`` (or "they" for any party named) is the subject of a verb of
    coming to know that is negated ("they never knew", "he didn't find out") or, with
    ``conditional_only``, put under "if" ("if they knew it was our error")."""
    for verb, token in enumerate(sent.tokens):
        if token.lemma not in KNOWING:
            continue
        kids = children(sent, verb)
        if token.lemma == "find" and not any(sent.tokens[c].lower == "out" for c in kids):
            continue
        subjects = [sent.tokens[c] for c in kids if sent.tokens[c].dep in SUBJECTS]
        if not any(item.lower in parties or item.lemma in parties
                   or (item.lower in OTHER_PARTIES and bool(parties)) for item in subjects):
            continue
        if any(sent.tokens[c].lower == "had" and sent.tokens[c].dep == "aux" for c in kids) or any(
                sent.tokens[c].lower in EARLIER for c in kids):
            continue  # "they had not known about it", "never knew it before that": the state
            # before the telling, not after
        conditional = any(sent.tokens[c].lower == "if" and sent.tokens[c].dep == "mark"
                          for c in kids)
        if conditional or (not conditional_only and negated(sent, verb)
                           and _main_clause(sent, verb)):
            return True
    return False


def _main_clause(sent: Sentence, verb: int) -> bool:
    """The verb is the sentence's own statement, or joined to it by "and"/"but": not a clause
    someone reports or feels ("he said he was embarrassed he did not know the tools")."""
    position = verb
    for _step in range(6):
        token = sent.tokens[position]
        if token.dep in {"ROOT", ""} or token.head == position:
            return True
        if token.dep != "conj" or not 0 <= token.head < len(sent.tokens):
            return False
        position = token.head
    return False


def kept_from_told(sentences: Sequence[Sentence], position: int) -> bool:
    """The sentence at ``position`` tells the speaker giving a party something that the same
    sentence says the party would act on if it knew, or that one of the next ``WINDOW``
    sentences says the party never knew (see the module doc)."""
    sent = sentences[position]
    if not sent.parsed:
        return False
    parties = _party_given(sent)
    if not parties:
        return False
    if _not_knowing(sent, parties, conditional_only=True):
        return True
    return any(after.parsed and _not_knowing(after, parties, conditional_only=False)
               and not conduct.owns_fault(after)
               for after in sentences[position + 1: position + 1 + WINDOW])


PUTTING_FORWARD = frozenset({"put", "list", "include", "name", "propose", "offer", "submit",
                             "present", "enter", "send", "show", "give", "quote", "write", "claim"})
"""Verbs by which the speaker puts something or someone forward to another party."""
CONCEDING = frozenset({"even", "though", "although"})
"""Words that make a clause a concession ("even though I knew...")."""
AWARE = frozenset({"know", "realise", "realize"})
RECEPTION = frozenset({"popular", "welcome", "like", "love", "happy", "approve", "agree", "accept",
                       "enjoy", "easy", "pleasant", "thank", "appreciate", "want", "win", "get"})
"""What a concession may know about how a thing would be taken or fare ("even though I knew it
would not be popular"): no fact about the thing put forward."""
NONE_SUBJECTS = frozenset({"none", "nobody", "neither", "nothing"})
POINTING_BACK = frozenset({"they", "it", "he", "she", "which", "those", "these"})


def _denied_fact(sent: Sentence, clause: int) -> bool:
    """The clause at ``clause`` (or one joined to it) denies a fact about someone or something
    other than the speaker: "they ... will not do this job", "none of them would work on it";
    not how it would be taken ("it would not be popular") nor the speaker's own chances."""
    shared = [c for c in children(sent, clause) if sent.tokens[c].dep in SUBJECTS]
    for verb in [clause, *(c for c in children(sent, clause) if sent.tokens[c].dep == "conj")]:
        kids = children(sent, verb)
        # a joined clause with no subject of its own shares the first one's ("they are busy and
        # will not do it")
        subjects = [c for c in kids if sent.tokens[c].dep in SUBJECTS] or shared
        if any(sent.tokens[c].lower in SPEAKERS for c in subjects):
            continue
        words = [verb, *kids]
        if any(sent.tokens[q].lemma in RECEPTION for q in words):
            continue
        # the denied fact is about what was put forward: a pronoun pointing back at it ("they",
        # "none of them"), not a party newly named ("the client would not read it")
        if not any(sent.tokens[c].lower in POINTING_BACK | NONE_SUBJECTS for c in subjects):
            continue
        if negated(sent, verb) or any(sent.tokens[c].lower in NONE_SUBJECTS for c in subjects):
            return True
    return False


def put_forward_knowing_not(sent: Sentence) -> bool:
    """The speaker puts something or someone forward and concedes, in the same sentence, that
    they knew it was not so (see the module)."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in AWARE or token.dep != "advcl" or not _speaker_subject(sent, position) \
                or negated(sent, position):
            continue
        kids = children(sent, position)
        if not any(sent.tokens[c].lower in CONCEDING and sent.tokens[c].dep in {"advmod", "mark"}
                   for c in kids):
            continue
        act = token.head
        if not 0 <= act < len(sent.tokens) or not _speaker_subject(sent, act) or negated(sent, act):
            continue
        acts = [act, *(c for c in children(sent, act) if sent.tokens[c].dep == "xcomp")]
        if not any(sent.tokens[a].lemma in PUTTING_FORWARD for a in acts):
            continue
        if any(sent.tokens[c].dep == "ccomp" and _denied_fact(sent, c) for c in kids):
            return True
    return False


CONTRASTING = frozenset({"but", "yet", "still", "however", "nevertheless", "anyway"})
"""Words that set a claim against what was just said to be so ("..., but I told them ...")."""
IN_TRUTH = frozenset({"reality", "fact", "truth"})
"""Nouns of "in reality", "in fact": what follows is what was really so."""


def _really_denied(sent: Sentence, verb: int) -> bool:
    """The clause at ``verb`` says, in the past, that something was really not so: negated, or
    with "none" or "neither" as its subject, and marked as the truth by "actually", "really" or
    "in fact" ("Neither bid was actually lower", "In reality we had no offer")."""
    token = sent.tokens[verb]
    kids = children(sent, verb)
    past = token.tag == "VBD" or any(sent.tokens[c].dep == "aux" and sent.tokens[c].tag == "VBD"
                                     for c in kids)
    denied = negated(sent, verb) or any(sent.tokens[c].dep in SUBJECTS
                                        and sent.tokens[c].lower in NONE_SUBJECTS for c in kids)
    if not past or not denied:
        return False
    # "actually" on the verb or on what it says ("was really lower")
    marked = [*kids, *(g for c in kids if sent.tokens[c].dep in {"acomp", "attr"}
                       for g in children(sent, c))]
    if any(sent.tokens[c].lower in REALLY and sent.tokens[c].dep == "advmod" for c in marked):
        return True
    return any(sent.tokens[c].lower == "in" and sent.tokens[c].dep == "prep" and any(
        sent.tokens[g].lower in IN_TRUTH for g in children(sent, c)) for c in kids)


def _stem(word: str) -> str:
    return word.removesuffix("s")


PRICE_STEMS = frozenset(_stem(word) for word in PRICES)


def _nouns(sent: Sentence, positions: Sequence[int]) -> set[str]:
    """The nouns at ``positions``, plural or not, and any word of price or offer whatever the
    tagger made of it."""
    return {_stem(sent.tokens[p].lower) for p in positions if sent.tokens[p].pos == "NOUN"
            or _stem(sent.tokens[p].lower) in PRICE_STEMS}


def _promised(sent: Sentence, claim: int) -> bool:
    """The told clause is a promise or a plan ("we would finish"): a modal on it, "'d" counting
    only before a bare verb ("we'd had a quote", a past form, is "we had had")."""
    return any(sent.tokens[c].lower in PROMISING and sent.tokens[c].dep == "aux"
               and not (sent.tokens[c].lower in {"'d", "’d"} and sent.tokens[claim].tag in {"VBN", "VBD"})
               for c in children(sent, claim))


def _claims_told(sent: Sentence) -> list[tuple[int, list[int]]]:
    """The speaker's past tellings of a fact in ``sent`` and the clauses told: not negated, not
    a promise or a plan ("told them we would ...")."""
    found = []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in CLAIMING or token.tag != "VBD" or not _speaker_subject(sent, position) \
                or negated(sent, position):
            continue
        claims = told_clauses(sent, position)
        if claims and not any(_promised(sent, claim) for claim in claims):
            found.append((position, claims))
    return found


def _about_the_same(truth: Sentence, denied: int, told: Sentence, claims: list[int]) -> bool:
    """The denied clause and the told one speak of the same kind of thing: a noun in common, or
    a noun of price or offer in each ("neither bid was lower" against "we had an offer")."""
    said = _nouns(truth, subtree(truth, denied, skip=frozenset({"conj"})))
    claimed = {word for claim in claims for word in _nouns(told, subtree(told, claim))}
    return bool(said & claimed or (PRICE_STEMS & said and PRICE_STEMS & claimed))


def claim_against_truth(sent: Sentence, before: Sentence | None = None) -> bool:
    """The speaker first says what was really so, denied ("Neither of the other bids was actually
    lower", "In fact we had no offer") and then, set against it by "but" or "yet", tells someone
    a fact about the same thing ("but I told the supplier we had an offer below theirs"): a
    claim told knowing it untrue. The denial may close the sentence before ("We had no other
    offer, in reality. But I told them ..."). A promise told ("but I told them we would
    match it"), or a claim about something else ("It wasn't actually my call, but I told the
    director the data backed it") is none."""
    if not sent.parsed:
        return False
    for told, claims in _claims_told(sent):
        # in the same sentence: the telling joined to a denied clause before it, with "but"
        head = sent.tokens[told].head
        if sent.tokens[told].dep == "conj" and 0 <= head < told and _really_denied(sent, head) \
                and any(sent.tokens[c].lower in CONTRASTING and head < c < told
                        for c in children(sent, head)) \
                and _about_the_same(sent, head, sent, claims):
            return True
        # the sentence before closes on the denial; this one opens with "but"
        if before is None or not before.parsed or not any(
                token.lower in CONTRASTING and position < told
                for position, token in enumerate(sent.tokens[:3])):
            continue
        for root, token in enumerate(before.tokens):
            if token.dep == "ROOT" and _really_denied(before, root) \
                    and _about_the_same(before, root, sent, claims):
                return True
    return False


DENIAL_FILLERS = frozenset({"nsubj", "neg", "aux", "advmod", "punct", "cc", "intj", "prep", "npadvmod"})
"""What a bare denial carries besides its verb ("we hadn't", "we never had, really")."""
TRUTH_NOUNS = IN_TRUTH | frozenset({"truth", "honesty"})
"""Nouns that mark what follows as what was really so ("truth is, ...", "in reality")."""
HEARSAY = CLAIMING | KNOWING | frozenset({"think", "believe", "guess", "suppose", "feel", "worry"})
"""Verbs over a clause that make it someone's saying or belief, not the speaker's account."""


def _marked_true(sent: Sentence, verb: int) -> bool:
    """The clause at ``verb`` is marked as what was really so: "actually" or "really" on it, or
    it hangs from "truth is", "the reality was", "in fact"."""
    kids = children(sent, verb)
    if any(sent.tokens[c].lower in REALLY and sent.tokens[c].dep == "advmod" for c in kids):
        return True
    if any(sent.tokens[c].lower == "in" and any(sent.tokens[g].lower in TRUTH_NOUNS
                                                for g in children(sent, c)) for c in kids):
        return True
    head = sent.tokens[verb].head
    return 0 <= head < len(sent.tokens) and head != verb and sent.tokens[head].lemma == "be" and any(
        sent.tokens[c].lower in TRUTH_NOUNS and sent.tokens[c].dep in SUBJECTS
        for c in children(sent, head))


def _echo_denials(sent: Sentence, start: int, subject: str, lemma: str) -> bool:
    """A past, negated verb of ``lemma`` with ``subject`` as its subject from ``start`` on, bare
    ("we hadn't") or marked as the truth ("truth is, we hadn't had one"), and not a clause
    someone else said or believed."""
    for verb in range(start, len(sent.tokens)):
        token = sent.tokens[verb]
        if token.lemma != lemma or token.pos not in {"VERB", "AUX"} or not negated(sent, verb):
            continue
        kids = children(sent, verb)
        if not any(sent.tokens[c].lower == subject and sent.tokens[c].dep in SUBJECTS for c in kids):
            continue
        past = token.tag == "VBD" or any(sent.tokens[c].tag == "VBD" and sent.tokens[c].dep == "aux"
                                         for c in kids)
        if not past:
            continue
        head = token.head
        if 0 <= head < len(sent.tokens) and head != verb and sent.tokens[head].lemma in HEARSAY:
            continue  # "they said we hadn't": someone else's account
        bare = all(sent.tokens[c].dep in DENIAL_FILLERS for c in kids)
        if bare or _marked_true(sent, verb):
            return True
    return False


def claim_echo_denied(sent: Sentence, after: Sentence | None = None) -> bool:
    """The speaker tells a party a fact ("I told their rep we'd had a quote") and, later in the
    same sentence or in the next one, denies that very fact in the same words, bare or marked
    as the truth ("— truth is, we hadn't", "In reality we had not."): the claim was known to be
    untrue when told. A promise told, a denial someone else made ("they said we hadn't"), a
    different act denied ("we hadn't skipped a step") or a claim taken back is none."""
    if not sent.parsed:
        return False
    if conduct.owns_fault(sent) or (after is not None and after.parsed and conduct.owns_fault(after)):
        return False
    for _told, claims in _claims_told(sent):
        for claim in claims:
            if negated(sent, claim):
                continue
            subjects = [sent.tokens[c].lower for c in children(sent, claim)
                        if sent.tokens[c].dep in SUBJECTS and sent.tokens[c].pos == "PRON"]
            if not subjects:
                continue
            lemma = sent.tokens[claim].lemma
            end = max(subtree(sent, claim)) + 1
            if _echo_denials(sent, end, subjects[0], lemma):
                return True
            if after is not None and after.parsed and not any(
                    token.lemma in CORRECTING and _speaker_subject(after, p)
                    for p, token in enumerate(after.tokens)) \
                    and _echo_denials(after, 0, subjects[0], lemma):
                return True
    return False


DISCLOSING = frozenset({"declare", "disclose", "tell", "say", "report", "admit", "inform",
                        "mention", "reveal", "flag", "notify"})
"""Verbs of making a fault known to the party it concerns."""
LOSING = frozenset({"refuse", "reject", "cancel", "terminate", "lose", "drop", "walk", "penalise",
                    "penalize", "fine", "return", "stop", "withdraw", "leave", "sue"})
"""What a party could do to the speaker's side on learning of a fault, or what the side loses."""
PERCEIVING = KNOWING | frozenset({"see", "notice", "spot", "detect", "catch", "tell"})
"""Verbs of a party perceiving a difference or a fault ("the client did not see the difference")."""
HYPOTHETICAL = frozenset({"could", "would", "might", "will", "'ll", "’ll", "can", "'d", "’d"})
BARELY = frozenset({"merely", "barely"})
"""Words that say a telling fell short of telling, on the verb itself ("we barely mentioned it")."""
MANNER_PREPS = frozenset({"as", "in"})
"""Prepositions of the way a thing was told ("as a note", "in a footnote", "in passing")."""
RISK = frozenset({"danger", "risk", "jeopardy"})
"""Nouns of a state in which something may be lost ("the contract was at risk")."""
WEIGHED_WINDOW = 3
"""How many sentences after the weighing the party's not perceiving may be said."""


def _disclosure_weighed(sent: Sentence) -> bool:
    """The speaker weighs making something known against what the party would then do: "if we
    declared it, the client could refuse the lot"; a disclosure under "if" with the speaker's
    side as its subject, hung on a clause of loss with a modal."""
    for verb, token in enumerate(sent.tokens):
        if token.lemma not in DISCLOSING or not conduct.speaker_subject(sent, verb) \
                or negated(sent, verb):
            continue
        kids = children(sent, verb)
        if not any(sent.tokens[c].lower == "if" and sent.tokens[c].dep == "mark" for c in kids):
            continue
        if any(sent.tokens[c].lower in TRUTH_TOLD for c in kids):
            continue  # "if we told them the truth" weighs honesty itself, read elsewhere
        main = token.head
        if not 0 <= main < len(sent.tokens) or main == verb:
            continue
        if _at_risk(sent, main):
            return True  # "if we reported this, the renewal was in danger": a state of loss
        if sent.tokens[main].lemma not in LOSING:
            continue
        if any(sent.tokens[c].lower in HYPOTHETICAL and sent.tokens[c].dep == "aux"
               for c in children(sent, main)):
            return True
    return False


def _at_risk(sent: Sentence, main: int) -> bool:
    """The clause says something of the speaker's side stands to be lost: "be" with "in danger",
    "at risk", "in jeopardy" (the state says the loss is possible, with or without a modal)."""
    if sent.tokens[main].lemma != "be" or negated(sent, main):
        return False
    return any(sent.tokens[grand].lemma in RISK and sent.tokens[grand].dep == "pobj"
               for child in children(sent, main) if sent.tokens[child].dep == "prep"
               for grand in children(sent, child))


def _party_unaware(sent: Sentence) -> bool:
    """Someone other than the speaker did not perceive or know, in the sentence's own statement:
    "The client did not see the difference", "nobody noticed"."""
    for verb, token in enumerate(sent.tokens):
        if token.lemma not in PERCEIVING or token.pos != "VERB":
            continue
        kids = children(sent, verb)
        subjects = [sent.tokens[c] for c in kids if sent.tokens[c].dep in SUBJECTS]
        if not subjects or any(item.lower in SPEAKERS for item in subjects):
            continue
        denied = negated(sent, verb) or any(item.lower in NONE_SUBJECTS for item in subjects)
        if denied and (_main_clause(sent, verb) or _spliced(sent, verb)) and not any(
                sent.tokens[c].lower in EARLIER for c in kids):
            return True
    return False


def _spliced(sent: Sentence, verb: int) -> bool:
    """A clause the parse hung on a later one across a comma ("The client did not see the
    difference, the boxes were used"): a statement of its own, not one reported after "said"."""
    head = sent.tokens[verb].head
    return sent.tokens[verb].dep == "ccomp" and verb < head < len(sent.tokens) \
        and sent.tokens[head].lemma not in HEARSAY


def fault_kept_after_weighing(sentences: Sequence[Sentence], position: int) -> bool:
    """The speaker weighed disclosing a fault against the party's refusing or cancelling ("If
    we declared it, the client could refuse the lot") and one of the next sentences says the
    party did not see or know ("The client did not see the difference"): the fault kept from
    the party on purpose, told as a win. A disclosure made after all (the fault owned or told),
    or no party left unaware, is none."""
    sent = sentences[position]
    if not sent.parsed or not _disclosure_weighed(sent):
        return False
    later = [after for after in sentences[position + 1: position + 1 + WEIGHED_WINDOW] if after.parsed]
    for after in later:
        if conduct.owns_fault(after):
            return False  # owned
        if _told_in_passing(after):
            return True  # "I mentioned the broken boats only as a small note"
        if _disclosed(after):
            return False  # told after all
        if _party_unaware(after):
            return True
    return False


def _told_in_passing(sent: Sentence) -> bool:
    """The speaker made something known only in a restricted way, told as done: "I mentioned
    the delay only as a footnote", "we merely noted it in passing": a word of restriction on
    the phrase that says how it was told ("only as", "only in"), or "merely", "barely" on the
    telling verb ("just told them" and "only told them after" say other things). After a
    disclosure weighed against a loss, that is the fault played down, not told."""
    for verb, token in enumerate(sent.tokens):
        if token.lemma not in DISCLOSING or token.tag != "VBD" or negated(sent, verb) \
                or not conduct.speaker_subject(sent, verb):
            continue
        kids = children(sent, verb)
        if any(sent.tokens[c].lower in BARELY and sent.tokens[c].dep == "advmod" for c in kids):
            return True
        # "only as a note", on the verb or, as the parser often has it, on what was told
        heads = [verb, *(c for c in kids if sent.tokens[c].dep == "dobj")]
        ways = [c for head in heads for c in children(sent, head)
                if sent.tokens[c].dep == "prep" and sent.tokens[c].lower in MANNER_PREPS]
        if any(sent.tokens[c].lower in RESTRICTING and sent.tokens[c].dep == "advmod"
               for way in ways for c in children(sent, way)):
            return True
    return False


def _disclosed(sent: Sentence) -> bool:
    """The speaker made something known, told as done: "so I told them that afternoon"."""
    return any(token.lemma in DISCLOSING and token.tag == "VBD" and not negated(sent, verb)
               and conduct.speaker_subject(sent, verb)
               and not any(sent.tokens[c].lower == "if" for c in children(sent, verb))
               for verb, token in enumerate(sent.tokens))
