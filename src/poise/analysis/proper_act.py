"""Whether an act that sounds like misconduct is, by the parse, a proper one of the speaker's.

The flaw model hears the meaning of a sentence: a dismissal, a supplier dropped, a document
sent, a person shown figures all sound close to the conduct an employer worries about. What
makes such an act improper is who did it, to whom, with whose consent and how it is told, and
that is read here from the dependency parse, one sentence at a time:

- ``at_request``: what the speaker sent, showed or gave was asked for by the party it went to
  ("I sent the documents they asked for", "I forwarded the file because she asked for it",
  "as requested");
- ``agreed_after_told``: the party told then agreed, approved or signed ("He agreed after I
  showed him we could recover part of it"), or took what the speaker wrote into its own
  decision ("I wrote the criteria, and the director added them to the contract"): a decision
  made in the open by the person it was put to;
- ``refused``: the speaker refused, declined or turned down the act ("I refused to backdate
  the certificate"), or said no to someone who asked for it;
- ``set_right``: the speaker corrected, amended or retracted what was wrong ("so I corrected it
  and sent them the right one"), told the party the truth ("I told them the truth"), or filed
  the report a rule asked for ("I filed the report that day"); not a correction made so that
  something would look other than it was ("corrected the baseline so the savings looked
  larger"), nor a thing filed as or under something else;
- ``through_process``: the speaker's act is told as done through, after or under a formal step
  (``params.due_process``, words such as a hearing, a tender, a review): "we dismissed him after
  a full disciplinary hearing", "we moved the contract after a fair tender"; not one the step
  was spared ("without a hearing", "no tender");
- ``owned_in_story``: a sentence of the answer takes a miss as the speaker's own ("that one is
  on me"): the story is a mistake owned, not conduct told as a win.

Each is a pure function of parsed sentences; the words are classes of lemmas (asking, agreeing,
refusing) and the rule's lexicon of formal steps, not phrases.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from poise.analysis import conduct
from poise.analysis.meaning import children, negated, subtree
from poise.analysis.text import Sentence

SPEAKERS = conduct.SPEAKERS
SUBJECTS = conduct.SUBJECTS
HANDING = frozenset({"send", "forward", "share", "show", "give", "pass", "provide", "hand",
                     "submit", "supply", "email", "copy", "release", "attach", "upload", "post"})
"""Verbs of handing something over."""
ASKING = frozenset({"ask", "request", "require", "want", "need", "demand", "order"})
"""Verbs by which the party handed something asked for it."""
AGREEING = frozenset({"agree", "approve", "accept", "sign", "consent", "endorse", "authorise",
                      "authorize", "support", "back", "okay", "ok"})
"""Verbs of a party's consent to what was put to it."""
TOLD = conduct.DISCLOSING | frozenset({"propose", "explain", "put", "present", "walk", "take",
                                       "ask", "pitch", "suggest"})
"""Verbs of putting something to a person: what the person then agreed to was open to them."""
TAKING_UP = frozenset({"adopt", "add", "include", "use", "publish", "implement", "sign"})
"""Verbs of a party taking what it was given into its own decision or document."""
MAKING = frozenset({"write", "draft", "prepare", "draw", "design", "build"})
"""Verbs of the speaker making what a party then took up."""
BACK_POINTERS = frozenset({"it", "them", "this", "these", "that", "those"})
REFUSING = frozenset({"refuse", "decline", "reject", "resist", "turn", "push", "say"})
"""Verbs of the speaker's refusal ("refused to", "turned it down", "pushed back", "said no")."""
STEP_MARKS = frozenset({"through", "after", "following", "under", "via", "per", "by", "in"})
"""Prepositions that tell an act done through or after a formal step."""
SPARING = frozenset({"without", "no", "before", "instead", "around", "outside"})
"""Words that tell the step did not happen, or came only after the act."""
ASKED_MARKS = frozenset({"because", "as", "since", "when", "after", "once"})
"""Marks of a clause telling the party asked first ("because she asked for it", "as requested")."""
REQUEST_NOUNS = frozenset({"request", "instruction", "instructions", "requirement"})
REQUEST_MARKS = frozenset({"at", "on", "per", "following"})
"""Nouns of a request ("at the owner's request", "on their instruction")."""


CLAUSE_JOINS = frozenset({"conj", "xcomp", "ccomp"})
"""Joins through which a verb's act stays the speaker's ("we let him go", "I had to drop them")."""


def _speakers_act(sent: Sentence, verb: int) -> bool:
    """The act at ``verb`` is the speaker's and not denied."""
    return not negated(sent, verb) and conduct.speaker_subject(sent, verb, joins=CLAUSE_JOINS)


def _under_speaker(sent: Sentence, verb: int) -> bool:
    """The clause at ``verb``, or one it hangs from through ``CLAUSE_JOINS``, is the speaker's
    act ("we let him go after a hearing": the going hangs from the speaker's letting)."""
    current = verb
    for _step in range(3):
        if _speakers_act(sent, current):
            return True
        head = sent.tokens[current].head
        if sent.tokens[current].dep not in CLAUSE_JOINS or head == current \
                or not 0 <= head < len(sent.tokens):
            return False
        current = head
    return False


def _speakers_verbs(sent: Sentence, lemmas: frozenset[str]) -> Iterator[int]:
    """The positions of the verbs of ``lemmas`` whose act is the speaker's and not denied."""
    if not sent.parsed:
        return
    for verb, token in enumerate(sent.tokens):
        if token.lemma in lemmas and token.pos == "VERB" and _speakers_act(sent, verb):
            yield verb


def _others_subject(sent: Sentence, verb: int) -> bool:
    """The verb at ``verb`` has a subject that is not the speaker."""
    subjects = [sent.tokens[c] for c in children(sent, verb) if sent.tokens[c].dep in SUBJECTS]
    return bool(subjects) and not any(item.lower in SPEAKERS for item in subjects)


def _others_consent(sent: Sentence, verb: int) -> bool:
    """A party other than the speaker is the one who agrees at ``verb``: its active subject
    ("he agreed"), or the agent of a passive ("it was approved by the board"). A passive with
    no agent ("the permit was signed") names the thing, not who consented."""
    kids = [sent.tokens[c] for c in children(sent, verb)]
    if any(kid.dep in {"nsubjpass", "auxpass"} for kid in kids):
        agents = [sent.tokens[g] for c in children(sent, verb) if sent.tokens[c].dep == "agent"
                  for g in children(sent, c)]
        return bool(agents) and not any(item.lower in SPEAKERS for item in agents)
    return _others_subject(sent, verb)


def _others_thing(sent: Sentence, thing: int) -> bool:
    """The thing at ``thing`` is named as a third party's ("the rival's bid"): handed over on
    request, it is still not the speaker's to hand."""
    return any(sent.tokens[c].dep == "poss" and sent.tokens[c].tag != "PRP$"
               for c in children(sent, thing))


def at_request(sent: Sentence) -> bool:
    """The speaker handed over what the party it went to asked for (see the module)."""
    tokens = sent.tokens
    for verb in _speakers_verbs(sent, HANDING):
        if any(_others_thing(sent, c) for c in children(sent, verb) if sent.tokens[c].dep == "dobj"):
            continue
        for child in children(sent, verb):
            kid = tokens[child]
            # "the documents they asked for": a clause of asking on the thing handed
            if kid.dep in {"dobj", "dative"} and not _others_thing(sent, child) and any(
                    tokens[g].dep in {"relcl", "acl"} and tokens[g].lemma in ASKING
                    and (_others_subject(sent, g) or tokens[g].tag == "VBN")
                    for g in children(sent, child)):
                return True
            # "because she asked for it", "as requested", "when the auditor asked"
            if kid.dep == "advcl" and kid.lemma in ASKING and not negated(sent, child) and any(
                    tokens[g].lower in ASKED_MARKS and tokens[g].dep in {"mark", "advmod"}
                    for g in children(sent, child)) and (
                    _others_subject(sent, child) or kid.tag == "VBN"):
                return True
        # "at the owner's request", "on their instruction", wherever the parse hangs it
        if any(tokens[p].dep == "prep" and tokens[p].lower in REQUEST_MARKS and any(
                tokens[g].lower in REQUEST_NOUNS for g in children(sent, p))
                for p in subtree(sent, verb)):
            return True
    return False


def agreed_after_told(sent: Sentence) -> bool:
    """A party other than the speaker agreed, approved or signed, and the speaker's putting the
    matter to them is a clause of the same sentence ("He agreed after I showed him...", "I put
    it to the board and they approved it")."""
    if not sent.parsed:
        return False
    tokens = sent.tokens
    for verb, token in enumerate(tokens):
        if token.lemma not in AGREEING or token.pos != "VERB" or negated(sent, verb) \
                or not _others_consent(sent, verb):
            continue
        linked = [c for c in children(sent, verb) if tokens[c].dep in {"advcl", "conj"}]
        head = token.head
        if token.dep in {"conj", "advcl"} and 0 <= head < len(tokens) and head != verb:
            linked.append(head)
        if any(tokens[c].lemma in TOLD and _speakers_act(sent, c) for c in linked):
            return True
    return taken_up(sent)


def taken_up(sent: Sentence) -> bool:
    """A party other than the speaker took what the speaker wrote or put to them into its own
    decision, in a clause joined to the speaker's ("I wrote the criteria, and the director added
    them to the contract"): the party's verb of taking up has a pronoun pointing back to the
    speaker's work as its object."""
    tokens = sent.tokens
    for verb, token in enumerate(tokens):
        if token.lemma not in AGREEING | TAKING_UP or token.pos != "VERB" or negated(sent, verb) \
                or not _others_subject(sent, verb) or token.dep != "conj":
            continue
        head = token.head
        if not 0 <= head < len(tokens) or tokens[head].lemma not in TOLD | MAKING \
                or not _speakers_act(sent, head):
            continue
        if any(tokens[c].dep == "dobj" and tokens[c].lower in BACK_POINTERS
               for c in children(sent, verb)):
            return True
    return False


def refused(sent: Sentence) -> bool:
    """The speaker refused or turned down the act: "I refused to backdate it", "I declined the
    hospitality", "I turned the offer down", "I said no to the request"."""
    tokens = sent.tokens
    for verb in _speakers_verbs(sent, REFUSING):
        token = tokens[verb]
        kids = children(sent, verb)
        if token.lemma == "turn" and not any(
                tokens[c].lower == "down" and tokens[c].dep == "prt" for c in kids):
            continue  # "turned it down", not "turned to"
        if token.lemma == "push" and not any(
                tokens[c].lower == "back" and tokens[c].dep in {"prt", "advmod"} for c in kids):
            continue  # "pushed back"
        if token.lemma == "say" and not any(
                tokens[c].lower == "no" and tokens[c].dep in {"dobj", "intj", "ccomp", "advmod"}
                for c in kids):
            continue  # "said no"
        return True
    return False


CORRECTING = frozenset({"correct", "amend", "retract", "rectify", "restate", "withdraw"})
"""Verbs of setting a wrong right."""
TELLING_TRUTH = frozenset({"tell", "give", "say", "explain"})
TRUTH_NOUNS = frozenset({"truth"})
FILING = frozenset({"file", "submit", "lodge", "raise"})
REPORT_NOUNS = frozenset({"report", "notification", "return", "disclosure", "declaration"})
"""What is filed when a rule asks for it to be reported."""
RECASTING = frozenset({"as", "under"})
"""Prepositions that put a thing down as something else ("filed it under maintenance")."""
PURPOSE_MARKS = frozenset({"so", "that"})


def _made_to_look(sent: Sentence, verb: int) -> bool:
    """The act has a purpose clause ("... so the savings looked larger") or recasts its object
    ("... as maintenance")."""
    for child in children(sent, verb):
        token = sent.tokens[child]
        if token.dep == "advcl" and any(sent.tokens[g].lower in PURPOSE_MARKS
                                        for g in children(sent, child)):
            return True
        if token.dep == "prep" and token.lower in RECASTING:
            return True
    return False


def set_right(sent: Sentence) -> bool:
    """The speaker set a wrong right in the open: corrected it, told the truth, or filed the
    report."""
    tokens = sent.tokens
    for verb in _speakers_verbs(sent, CORRECTING | TELLING_TRUTH | FILING):
        token = tokens[verb]
        if _made_to_look(sent, verb):
            continue
        objects = {tokens[c].lemma for c in children(sent, verb) if tokens[c].dep == "dobj"}
        if token.lemma in CORRECTING or (token.lemma in TELLING_TRUTH and objects & TRUTH_NOUNS) \
                or (token.lemma in FILING and objects & REPORT_NOUNS):
            return True
    return False


def through_process(sent: Sentence, steps: frozenset[str]) -> bool:
    """The speaker's act is told as done through, after or under one of ``steps`` (a hearing,
    a tender, a review), not with the step spared or put after the act."""
    if not sent.parsed or not steps:
        return False
    tokens = sent.tokens
    for verb, token in enumerate(tokens):
        if token.pos != "VERB" or not _under_speaker(sent, verb):
            continue
        for child in children(sent, verb):
            kid = tokens[child]
            if kid.dep != "prep" or kid.lower not in STEP_MARKS:
                continue
            for noun in children(sent, child):
                if tokens[noun].dep != "pobj" or not _names_step(sent, noun, steps):
                    continue
                around = {tokens[g].lower for g in subtree(sent, child)}
                if not around & SPARING:
                    return True
    return False


def _names_step(sent: Sentence, noun: int, steps: frozenset[str]) -> bool:
    """The noun the preposition governs is a step, or is qualified as one ("a disciplinary
    process"); a step named deeper inside it ("a friend on the evaluation committee") is not
    what the act went through."""
    tokens = sent.tokens
    return tokens[noun].lower in steps or tokens[noun].lemma in steps or any(
        tokens[c].dep in {"compound", "amod"} and tokens[c].lower in steps
        for c in children(sent, noun))


def owned_in_story(sentences: Sequence[Sentence]) -> bool:
    """A sentence of the answer takes a miss as the speaker's own (``conduct.owns_fault``): what
    the model hears around it is the mistake being told, before or after the owning."""
    return any(conduct.owns_fault(sent) for sent in sentences)
