"""Label each sentence Circumstances / Actions / Results / Lesson / Other and judge the answer's shape."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from poise.analysis.matching import CompiledPattern, matches_any
from poise.analysis.meaning import subtree
from poise.analysis.text import AnalysedText, Sentence, Token
from poise.content.word_classes import outcome_words

MEASURED_RE = re.compile(
    r"\d\s?(?:%|percent|per cent|points?\b|x\b)|[$€£]\s?\d|\d\s?(?:k|m|bn|million|billion|thousand)\b|"
    r"\bfrom\b[^.;]{0,40}\bto\b\s*[$€£]?\d",
    re.IGNORECASE,
)
_APPROX = r"(?:(?:about|around|roughly|nearly|almost|some|just over|just under) )?"
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d+)"
_UNIT = r"(?:days?|weeks?|months?|quarters?|years?)\b"
OUTCOME_OPENING_RE = re.compile(
    rf"^\W*(?:(?:within|after|by|over|in) {_APPROX}(?:{_COUNT}|the next|the first|the end of the) "
    rf"{_UNIT}|{_APPROX}{_COUNT} {_UNIT} later\b)",
    re.IGNORECASE,
)
"""A sentence that opens on the time after which something stood: "Within six months...",
"Over about ten months...", "About a year later..."."""
# A sentence about life outside work is a digression only if it is also this far from the
# question, so one that still answers it is left alone.
DIGRESSION_MAX_QUESTION_SIM = 0.35


class Role(StrEnum):
    """What a sentence does in the story."""

    CIRCUMSTANCES = "circumstances"
    ACTIONS = "actions"
    RESULTS = "results"
    LESSON = "lesson"
    OTHER = "other"


@dataclass(frozen=True)
class Cues:
    """Compiled cue lexicons the labeller reads (built once from content)."""

    result: tuple[CompiledPattern, ...]
    lesson: tuple[CompiledPattern, ...]
    context: tuple[CompiledPattern, ...]
    outcome: tuple[CompiledPattern, ...] = ()
    personal: tuple[CompiledPattern, ...] = ()


@dataclass(frozen=True)
class SentenceRole:
    """One labelled sentence with its offsets."""

    index: int
    start: int
    end: int
    role: Role


@dataclass(frozen=True)
class Shape:
    """The structure of an answer: sentence roles and the judgements drawn from them."""

    roles: tuple[SentenceRole, ...]
    circumstances_share: float
    actions_share: float
    has_actions: bool
    has_result: bool
    result_near_end: bool
    has_lesson: bool
    past_example: bool
    hypothetical_sentences: tuple[int, ...]
    habitual_sentences: tuple[int, ...]

    def indices(self, role: Role) -> list[int]:
        """Indices of the sentences with this role."""
        return [item.index for item in self.roles if item.role is role]


SCENE_LEMMAS = frozenset({
    "join", "take", "inherit", "become", "start", "arrive", "move", "appoint", "hire", "promote",
    "ask", "run", "lead", "manage", "head", "work", "oversee", "spend",
})


def _real_actions(sent: Sentence) -> list:
    """Past actions other than the scene-setting ones ("I joined", "I was running")."""
    return [verb for verb in sent.own_past_actions if verb.lemma not in SCENE_LEMMAS]


def _is_result(sent: Sentence, cues: Cues, *, acted: bool, last: int) -> bool:
    """An outcome: a result phrase, or an outcome word or a number once the actions have begun."""
    lowered = sent.text.lower()
    if matches_any(cues.outcome, sent.text):
        return True
    if acted and OUTCOME_OPENING_RE.search(sent.text):
        return True
    cue = matches_any(cues.result, sent.text)
    measured = bool(MEASURED_RE.search(sent.text))
    if cue and (measured or not sent.own_past_actions):
        return acted or measured
    if acted and sent.numbers and not sent.own_past_actions and not sent.own_hypothetical:
        return True
    if cue and acted and sent.index >= last - 1 and not sent.own_hypothetical:
        return True  # an outcome word closing the story: "I took it live six months later"
    if acted and not sent.own_past_actions and not sent.own_hypothetical and changed_state(sent):
        return True  # "Approvals became much faster", "complaints stopped", "churn fell"
    if acted and _nothing_since(sent):
        return True  # "We have not lost a shift since."
    if acted and settled(sent):
        return True  # "We ended up shipping half of it", "it turned out cheaper"
    if acted and not sent.own_past_actions and not sent.own_hypothetical and compared_state(sent):
        return True  # "the team seemed more engaged than before"
    if acted and none_lost(sent):
        return True  # "We did not miss a single deadline that month"
    return cue and acted and " from " in lowered


OTHER_CLAUSES = frozenset({"conj", "advcl", "ccomp", "relcl", "parataxis", "csubj"})
"""Dependencies that join a clause of its own to a verb."""


def changed_state(sent: Sentence) -> bool:
    """A clause in the past whose subject is not the speaker and whose verb reports a change:
    a verb of change ("fell", "stopped", "doubled") or "became/got" with a comparative."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.dep not in {"ROOT", "conj"} or token.tag not in {"VBD", "VBN"}:
            continue
        subjects = [sent.tokens[c] for c in sent.child_map[position] if sent.tokens[c].dep == "nsubj"]
        if not subjects or any(item.lower in {"i", "we"} for item in subjects):
            continue
        if token.lemma in STATE_CHANGE_LEMMAS:
            return True
        # the comparative is the verb's own complement, not one in a clause joined to it ("it
        # was a long month and I spent more time on it than on my own site")
        if token.lemma in {"become", "get", "grow", "be"} and any(
            sent.tokens[c].tag in {"JJR", "RBR"} for p in sent.child_map[position]
            if sent.tokens[p].dep not in OTHER_CLAUSES
            for c in (p, *sent.child_map[p])
        ):
            return True
    return False


def _nothing_since(sent: Sentence) -> bool:
    """A lasting outcome told as an absence: "not one complaint since", "we have not lost a
    shift since"."""
    lowered = [token.lower for token in sent.tokens]
    if "since" not in lowered[-3:]:
        return False
    return any(token.lower in {"not", "n't", "no", "never", "none", "nothing"} for token in sent.tokens)


def nothing_since(sent: Sentence) -> bool:
    """A lasting outcome told as an absence ("not one complaint since")."""
    return _nothing_since(sent)


def told_result(sent: Sentence) -> bool:
    """Whether a sentence tells a result in its own words, not by a cue word alone: a time after
    which something stood ("Within six months..."), a change ("churn fell"), how things came out
    ("we ended up..."), a measured consequence, or a number attached to an outcome."""
    return bool(OUTCOME_OPENING_RE.search(sent.text) or changed_state(sent) or settled(sent)
                or consequence(sent) or compared_state(sent) or none_lost(sent) or sent.outcome_numbers)


LINKING_LEMMAS = frozenset({"seem", "look", "feel", "appear", "sound", "become", "get", "grow", "be"})


def _occasion_noun(token: Token) -> bool:
    """The noun names an occasion the work was made of (outcome_words.yaml ``occasion_nouns``)."""
    nouns = outcome_words().occasion_nouns
    return token.pos == "NOUN" and any(form in nouns for form in (
        token.lower, token.lower.removesuffix("s"), token.lemma))


def compared_state(sent: Sentence) -> bool:
    """A state told in the past as compared with before, of someone other than the speaker:
    "the team seemed more engaged", "customers felt better looked after" (a linking verb whose
    complement is a comparative)."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in LINKING_LEMMAS or token.tag != "VBD":
            continue
        kids = sent.child_map[position]
        if any(sent.tokens[kid].dep == "nsubj" and sent.tokens[kid].lower in {"i", "we"} for kid in kids):
            continue
        for kid in kids:
            complement = sent.tokens[kid]
            if complement.dep not in {"acomp", "oprd", "attr", "xcomp"}:
                continue
            # "more" on an occasion counts the work ("there were more meetings"), no state
            if complement.tag in {"JJR", "RBR"} or (not _occasion_noun(complement) and any(
                    sent.tokens[grand].lower in {"more", "less"} for grand in sent.child_map[kid])):
                return True
    return False


LOSS_LEMMAS = frozenset({"lose", "miss", "drop", "have", "get", "see", "record", "break", "breach",
                         "fail", "cancel", "suffer", "incur", "receive", "need"})
"""Verbs whose denial with "a single" tells a result: nothing lost, missed, broken or received
("not a single complaint received"), not a thing the speaker left undone ("I didn't call one")."""


def none_lost(sent: Sentence) -> bool:
    """A result told as nothing lost: a denied past verb whose object is "a single" or "one"
    of something ("we did not miss a single deadline", "we didn't lose one client")."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in LOSS_LEMMAS or not any(sent.tokens[kid].dep == "neg"
                                                     for kid in sent.child_map[position]):
            continue
        if not (token.tag == "VBD" or any(sent.tokens[kid].lower in {"did", "had"}
                                          for kid in sent.child_map[position])):
            continue
        for kid in sent.child_map[position]:
            if sent.tokens[kid].dep == "dobj" and any(
                    sent.tokens[grand].lower in {"single", "one"} for grand in sent.child_map[kid]):
                return True
    return False


SETTLING_PHRASALS = frozenset({("end", "up"), ("turn", "out"), ("pay", "off"), ("work", "out")})
"""Verbs with a particle that tell how things came out: "we ended up", "it turned out", "it paid
off", "it worked out"."""


def settled(sent: Sentence) -> bool:
    """A clause in the past that tells how things came out: a verb of settling with its particle
    ("ended up", "turned out", "paid off", "worked out"), not negated, not under a condition."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        kids = [sent.tokens[child] for child in sent.child_map[position]]
        past = token.tag == "VBD" or (token.tag == "VBN" and not any(kid.dep in {"aux", "auxpass"}
                                                                      for kid in kids))
        if not past or token.dep not in {"ROOT", "conj", "ccomp"}:
            continue  # a bare participle is the tagger's past ("the pilot paid off")
        if any(kid.dep in {"neg", "dobj"} or (kid.dep == "mark" and kid.lower in {"if", "unless", "whether"})
               for kid in kids):
            continue  # denied, conditional, or done to something ("turned the lights out")
        following = sent.tokens[position + 1] if position + 1 < len(sent.tokens) else None
        particles = {kid.lower for kid in kids if kid.dep == "prt"}
        if following is not None and following.head == position:
            particles.add(following.lower)  # "paid off" read as a preposition
        if any((token.lemma, particle) in SETTLING_PHRASALS for particle in particles):
            return True
    return False


def consequence(sent: Sentence) -> bool:
    """A measured consequence told in a clause hung on an action: "I renegotiated the slot, which
    brought the start forward eight months", "..., which cut the queue by a third". The clause's
    subject is the act itself (a relative or a pronoun), its verb is past and moves something
    (a verb of change, or a direction word: forward, down, up, back) by a figure."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.tag != "VBD" or token.dep not in {"relcl", "advcl", "conj", "ccomp"}:
            continue
        kids = [sent.tokens[child] for child in sent.child_map[position]]
        if not any(kid.dep == "nsubj" and kid.lower in ACT_PRONOUNS for kid in kids):
            continue
        directed = any(kid.lower in DIRECTIONS and kid.dep in {"advmod", "prt"} for kid in kids)
        if not (token.lemma in STATE_CHANGE_LEMMAS or token.lemma in CUTTING_LEMMAS
                or (directed and token.lemma in MOVING_LEMMAS)):
            continue
        if any(sent.tokens[item].tag == "CD" or sent.tokens[item].lower in FRACTION_WORDS
               for item in subtree(sent, position)):
            return True
    return False


def figure_moved(sent: Sentence) -> bool:
    """A figure that measures a change, in the parse rather than by its digits: a number (spelled
    or not, not a year) under a verb of change told in the past ("turnarounds went from
    seventy-nine to eighty-eight percent", "which freed roughly 300 hours", "cases rose to 97
    percent"), or a share moved "from" one figure "to"/"up"/"down" ("97 percent, up from 60").
    A figure that names an aim ("a target of 30%, up from 12%") or hangs on a participle that
    describes a thing ("a defect raised at six") is no result."""
    if not sent.parsed or any(token.lemma in AIM_LEMMAS for token in sent.tokens):
        return False
    lowered = [token.lower for token in sent.tokens]
    share = any(word in SHARE_WORDS for word in lowered)
    for position, token in enumerate(sent.tokens):
        if token.tag != "CD" or YEAR_RE.match(token.lower):
            continue
        if share and "from" in lowered[max(0, position - 2):position] \
                and any(word in {"to", "up", "down"} for word in lowered):
            return True
        for above in _heads(sent, position):
            verb = sent.tokens[above]
            if verb.pos not in {"VERB", "AUX"}:
                continue
            # the nearest verb above the figure is the one it measures ("with 200 guests
            # watching" measures the watching, not the cut)
            changed = verb.lemma in STATE_CHANGE_LEMMAS or verb.lemma in CUTTING_LEMMAS \
                or verb.lemma in FREEING_LEMMAS
            past = verb.tag == "VBD" or (verb.tag == "VBN" and any(
                sent.tokens[kid].dep == "aux" and sent.tokens[kid].lemma == "have"
                for kid in sent.child_map[above]))
            if changed and past and verb.dep not in {"acl", "amod"}:
                return True
            break
    return False


def _heads(sent: Sentence, position: int, *, depth: int = 6) -> list[int]:
    """The tokens above ``position`` in the parse, nearest first (at most ``depth``)."""
    found: list[int] = []
    while len(found) < depth:
        head = sent.tokens[position].head
        if not 0 <= head < len(sent.tokens) or head == position:
            break
        found.append(head)
        position = head
    return found


YEAR_RE = re.compile(r"(?:19|20)\d\d")
SHARE_WORDS = frozenset({"%", "percent", "per", "cent", "pct"})
AIM_LEMMAS = frozenset({"target", "goal", "aim", "objective"})
FREEING_LEMMAS = frozenset({"free", "gain", "win"})
"""Verbs that measure what an act yielded ("which freed 300 hours", "gained 40 accounts")."""


ACT_PRONOUNS = frozenset({"which", "that", "this", "it"})
DIRECTIONS = frozenset({"forward", "down", "up", "back", "forwards"})
FRACTION_WORDS = frozenset({"half", "third", "quarter", "double", "twice"})
CUTTING_LEMMAS = frozenset({"cut", "save", "reduce", "raise", "lift", "shorten", "lower", "boost"})
MOVING_LEMMAS = frozenset({"bring", "take", "push", "pull", "move", "get"})



STATE_CHANGE_LEMMAS = frozenset({
    "rise", "fall", "drop", "grow", "shrink", "double", "triple", "halve", "stop", "improve",
    "increase", "decrease", "decline", "climb", "jump", "recover", "disappear", "vanish", "ease",
})


def label_sentences(
    answer: AnalysedText,
    cues: Cues,
    *,
    question_sims: np.ndarray | None = None,
    personal_ok: bool = False,
) -> Shape:
    """Label every sentence; ``question_sims`` (sentence-to-question cosine) enables digressions.

    ``personal_ok`` says the question invites talk of life outside work, so hobbies and family
    are not detours there.
    """
    sentences = answer.sentences
    count = len(sentences)
    roles: list[Role | None] = [None] * count
    acted = False
    for sent in sentences:
        is_context = matches_any(cues.context, sent.text)
        if matches_any(cues.lesson, sent.text):
            roles[sent.index] = Role.LESSON
        elif _is_result(sent, cues, acted=acted, last=count - 1) and (acted or not is_context):
            roles[sent.index] = Role.RESULTS
        elif is_context and not acted and (
            # the opening sets the scene, unless it already tells two things the speaker did
            # ("In 2022 I rewrote the script and retrained the handlers myself")
            (sent.index == 0 and len(_real_actions(sent)) < 2)
            or not (_real_actions(sent) or sent.team_past_actions)
        ):
            roles[sent.index] = Role.CIRCUMSTANCES
        elif sent.own_past_actions or sent.team_past_actions or sent.own_hypothetical:
            roles[sent.index] = Role.ACTIONS
            acted = True
        elif is_context:
            roles[sent.index] = Role.CIRCUMSTANCES

    digressions = (
        _digressions(answer, question_sims, cues, personal_ok=personal_ok)
        if question_sims is not None
        else set()
    )
    seen_action = False
    for sent in sentences:
        role = roles[sent.index]
        if role is Role.ACTIONS:
            seen_action = True
        if sent.index in digressions and not (role is Role.RESULTS and MEASURED_RE.search(sent.text)):
            roles[sent.index] = Role.OTHER  # a detour even if it "taught me" something
        elif role is None:
            roles[sent.index] = Role.ACTIONS if seen_action else Role.CIRCUMSTANCES

    labelled = tuple(
        SentenceRole(sent.index, sent.start, sent.end, roles[sent.index] or Role.OTHER)
        for sent in sentences
    )
    return _shape(answer, labelled)


def _digressions(
    answer: AnalysedText, question_sims: np.ndarray, cues: Cues, *, personal_ok: bool
) -> set[int]:
    """Sentences about life outside work (family, pets, hobbies, holidays) that are far from the
    question, when the question does not invite them. Never the opening sentence.

    Similarity alone is not enough: with short questions, on-topic sentences that share no words
    with the question score as low as real detours. Nor are markers such as "By the way" or
    "Anyway": speakers use them for on-topic asides and setbacks too.
    """
    if personal_ok:
        return set()
    return {
        sent.index
        for sent in answer.sentences[1:]
        if question_sims[sent.index] < DIGRESSION_MAX_QUESTION_SIM
        and matches_any(cues.personal, _without_address(sent))
    }


ADDRESS_DEPS = frozenset({"npadvmod", "appos", "intj", "vocative"})
"""Relations the parser gives a phrase of address set off by commas ("I tell him, my brother, go
ahead")."""


def _without_address(sent: Sentence) -> str:
    """The sentence's text with any phrase of address blanked out: "my brother" spoken to
    someone between commas ("I will tell him, my brother, go ahead") names no family member of
    the speaker's, so it is no detour into family life."""
    if not sent.parsed:
        return sent.text
    text = sent.text
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.pos != "NOUN" or token.dep not in ADDRESS_DEPS or position < 2:
            continue
        if tokens[position - 1].lower != "my" or tokens[position - 2].text not in {",", "—", "-"}:
            continue
        if position + 1 < len(tokens) and tokens[position + 1].pos != "PUNCT":
            continue
        start = tokens[position - 1].start - sent.start
        end = token.end - sent.start
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _shape(answer: AnalysedText, roles: tuple[SentenceRole, ...]) -> Shape:
    words_by_role: dict[Role, int] = dict.fromkeys(Role, 0)
    for item in roles:
        words_by_role[item.role] += answer.sentences[item.index].words
    total = max(sum(words_by_role.values()), 1)
    result_indices = [item.index for item in roles if item.role is Role.RESULTS]
    count = len(roles)
    result_near_end = bool(result_indices) and result_indices[-1] >= count - 3
    past = False
    hypothetical, habitual = [], []
    for sent in answer.sentences:
        if sent.own_past_actions or sent.team_past_actions:
            past = True
        if sent.own_hypothetical:
            hypothetical.append(sent.index)
        if sent.own_habitual:
            habitual.append(sent.index)
    return Shape(
        roles=roles,
        circumstances_share=words_by_role[Role.CIRCUMSTANCES] / total,
        actions_share=words_by_role[Role.ACTIONS] / total,
        # An outcome sentence may carry the action too: "I warned him, and of course it didn't".
        has_actions=any(
            item.role is Role.ACTIONS
            or (item.role is Role.RESULTS and _real_actions(answer.sentences[item.index]))
            for item in roles
        ),
        has_result=bool(result_indices),
        result_near_end=result_near_end,
        has_lesson=any(item.role is Role.LESSON for item in roles),
        past_example=past,
        hypothetical_sentences=tuple(hypothetical),
        habitual_sentences=tuple(habitual),
    )
