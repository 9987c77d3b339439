"""Flaws heard in a sentence by meaning: the shipped flaw model, not a list of phrases.

The model (``analysis/data/flaw_model.npz``, rebuilt by ``scripts/train_models.py flaws``) reads
each sentence's embedding and its hashed words and gives the probability that the sentence shows
each flaw a coach hears in one sentence: criticism of others, blame, a complaint about the job,
defensiveness, unethical conduct told as a win, hedging, overclaiming, self-praise, oversharing.
A model trained with parse facts (``analysis/sentence_features.py``: who is the subject, modal,
negated, how negative the words are) reads them from the sentence's parse as well.
A rule of kind ``code`` with ``function: sensed_flaw`` and ``params: {flaw: <id>}`` quotes every
sentence whose probability for that flaw reaches the flaw's threshold, shipped in the model
(chosen by leave-one-round-out evaluation, ``benchmarks/flaw_loro.py``), or the rule's own
``params.threshold`` when it sets one. For some flaws the model only proposes: the model also
names a fact of the sentence's parse that must confirm the hit (blame needs someone other than
the speaker as a subject, say), chosen the same way. With another embedding model the shipped model does not
apply and these rules stay silent.

Some flaws are the absence of something in the whole answer, heard in a sentence: a salary dodge
("let's see what you offer") is a flaw only when no figure is given anywhere; a story told only in
"the team did" only when the speaker never says what they did. ``params.unless`` names the
answer-level facts (``GATES``) that silence such a rule, ``measured`` drops a hit sentence that
itself carries a number or a date (a goal with a measure is not vague), ``hedges: N`` keeps only a
hit sentence with N qualifiers or more (``analysis/hedging.py``; ``hedged_answer: M`` keeps one
with a single qualifier when the whole answer carries M), and ``dealt_with: N`` drops
a hit sentence after which the speaker tells N or more actions of their own (a setback put down to
a supplier and then handled is the set-up of the story, not blame), and ``owned: drop`` drops a
hit sentence in which the speaker takes a miss as their own ("that one is on me") or tells their
own side falling short ("by then we were ten weeks behind"): an admission, not misconduct told as
a win (``analysis/conduct.py``); ``actor: speaker`` keeps only a hit sentence in which the speaker
or their team does something, or that tells an act around someone (``conduct.speaker_acts``):
conduct nobody in the sentence carries out ("I didn't go around him") is not theirs, and
``actor: speaker_told`` also drops one whose only act of the speaker's is imagined ("I would make
sure the officer had had clear warnings": ``conduct.only_imagined``), for conduct told as a win
is conduct told as done;
``disclosed: drop`` drops a hit sentence in which the speaker put the matter openly in front of
the people it concerned ("I reported it to the audit chair", ``conduct.discloses``): the opposite
of conduct an employer would worry about. ``proper: drop`` drops a hit sentence whose act the
parse shows to be proper or no win of the speaker's (``analysis/proper_act.py``): something
handed over because the party asked for it, a proposal the party then agreed to, a refusal, an
act done through or after a formal step named in the lexicons of ``due_process`` (a hearing, a
tender), or a miss the speaker owns anywhere in the answer; with it, the sentence the
whole-answer path would quote passes the same gates.
``norms: drop`` and ``reactions: drop`` drop a hit sentence that names no one the speaker worked
with (``without_norms``, ``analysis/general_remark.py``, read with the nouns for people of the
lexicons ``people`` names): what a kind of person ought to do ("a good director must be on the
floor"), or how someone took a particular thing ("the crews hated it"); the sentence the
whole-answer path would quote passes the same test.
``context: drop`` drops a hit sentence whose parse shows it is not the flaw it sounds like
(``analysis/claim_context.py``): a lack conceded is not overclaiming, a family member named as a
voice or a likeness is not oversharing, a sentence with no goal of its own beside a measured goal
is not a vague goal. The same test holds for the sentence the whole-answer path would quote.

The answer-level model also sets, for some flaws, a floor every finding of a rule naming that
flaw must clear: the probability that the whole answer shows the flaw (``answer_agrees``, applied
by the rule engine). One decision per flaw from both readings: a sentence that reads like the
flaw in an answer that, read whole, does not show it is not reported (floors chosen on rounds the
models did not see, ``scripts/train_models.py``).

When no sentence reaches its threshold, the answer-level model (``analysis/answer_flaws.py``)
may still hear the flaw in the whole answer of ``FLOOR_SENTENCES`` sentences or more (a reply of
a line or three is not one it learned from): the rule then quotes the sentence that shows it
most.
``params.whole_unless`` names the answer-level facts that silence that path alone (a weakness with
a step told about it, in any tense, is being worked on: ``step``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np

from poise.analysis import (
    accepted,
    answer_flaws,
    claim_context,
    conduct,
    declined_ask,
    failure_owner,
    fair_account,
    general_remark,
    grant,
    hedging,
    judged_nouns,
    learned,
    nlp,
    plain_praise,
    proper_act,
    self_described,
    sentence_features,
    word_valence,
)
from poise.analysis.asked import asks_plan, asks_shortcoming
from poise.analysis.asked import parsed_question as asked_question
from poise.analysis.example_asked import asks_past_example
from poise.analysis.grammar import PERFECT_AUXES, acts, clause_mood, told_actions
from poise.analysis.meaning import POSITIVE, WordClasses
from poise.analysis.outcome_told import outcome_told
from poise.analysis.pay_figure import pay_figures
from poise.analysis.report import Finding
from poise.analysis.rules.base import RuleInput, make_finding
from poise.analysis.structure import Role, figure_moved, told_result
from poise.analysis.text import MONEY_RE, TIME_RE, Sentence
from poise.content.loader import KnowledgeBase
from poise.content.schema import CodeRule

FLAW_MODEL = "flaw_model.npz"
PARSE_FACTS = "parse_facts"
MAX_QUOTES = 3
FLOOR_SENTENCES = 4
"""The fewest sentences an answer needs for the answer-level floors to judge it: the model
learned from whole answers, and a reply of a line or three is not one it has read."""


@lru_cache(maxsize=2)
def flaw_model(fingerprint: str) -> learned.LinearModel | None:
    """The shipped flaw model when it was trained on the embedding model with ``fingerprint``."""
    return learned.load(FLAW_MODEL, fingerprint)


def sentence_probabilities(data: RuleInput) -> tuple[learned.LinearModel, np.ndarray] | None:
    """The flaw model and its probabilities for every sentence of the answer (rows), or None;
    computed once per answer and shared by the nine rules that read it."""
    model = flaw_model(nlp.embedding_fingerprint())
    sentences = data.answer.sentences
    if model is None or not sentences:
        return None
    probabilities = data.answer.derived.get(FLAW_MODEL)
    if not isinstance(probabilities, np.ndarray):
        texts = [sent.text for sent in sentences]
        parse = parse_facts(data) if model.parse_dims else None
        probabilities = model.probabilities(
            model.features(texts, data.answer.sentence_embeddings, parse))
        data.answer.derived[FLAW_MODEL] = probabilities
    return model, probabilities


def parse_facts(data: RuleInput) -> np.ndarray:
    """The parse facts of every sentence of the answer (``sentence_features.parse_matrix``),
    computed once per answer."""
    facts = data.answer.derived.get(PARSE_FACTS)
    if not isinstance(facts, np.ndarray):
        facts = sentence_features.parse_matrix(data.answer.sentences)
        data.answer.derived[PARSE_FACTS] = facts
    return facts


def answer_level(data: RuleInput) -> frozenset[str]:
    """The flaws the answer-level model (``analysis/answer_flaws.py``) hears in the whole
    answer, computed once per answer; empty without the models or a sentence."""
    cached = data.answer.derived.get(answer_flaws.DERIVED)
    if isinstance(cached, frozenset):
        return cached
    heard: frozenset[str] = frozenset()
    chances: dict[str, float] = {}
    model = answer_flaws.answer_model(nlp.embedding_fingerprint())
    found = sentence_probabilities(data) if model is not None else None
    if model is not None and found is not None:
        sentence_model, probabilities = found
        families = tuple(sorted(data.kb.families))
        if model.reads(answer_flaws.width(len(families), len(sentence_model.labels))):
            vector = nlp.question_embedding(data.question)
            row = answer_flaws.features(
                family=data.family.id if data.family is not None else None, families=families,
                probabilities=probabilities, facts=parse_facts(data),
                question_sims=data.question_sims, answer_sim=data.answer_sim, question=vector,
                sentence_embeddings=data.answer.sentence_embeddings,
                centroid=data.answer.centroid, words=data.answer.words)
            heard = answer_flaws.flaws_heard(model, row)
            chances = dict(zip(model.labels, answer_flaws.probabilities(model, row)[0].tolist(),
                               strict=True))
    data.answer.derived[answer_flaws.DERIVED] = heard
    data.answer.derived[answer_flaws.CHANCES] = chances
    return heard


def answer_agrees(data: RuleInput, rule: str) -> bool:
    """Whether the answer-level model lets a finding of ``rule`` stand: the rule names a flaw
    whose floor (``learned.LinearModel.floors``) the model's probability that the whole answer
    shows it reaches, or the model sets no floor over that rule (or is not there). One decision
    per flaw from both readings: a sentence or a phrase that sounds like the flaw, in an answer
    that read whole does not show it, is not reported."""
    model = answer_flaws.answer_model(nlp.embedding_fingerprint())
    floored = model.floored(rule) if model is not None else None
    if floored is None or len(data.answer.sentences) < FLOOR_SENTENCES:
        return True
    answer_level(data)
    chances = data.answer.derived.get(answer_flaws.CHANCES)
    flaw, floor = floored
    if not isinstance(chances, dict) or flaw not in chances:
        return True
    return bool(chances[flaw] >= floor)


def answer_chance(data: RuleInput, flaw: str) -> float | None:
    """The answer-level model's probability that the whole answer shows ``flaw``; None without
    the model, the flaw, or an answer of ``FLOOR_SENTENCES`` sentences."""
    if len(data.answer.sentences) < FLOOR_SENTENCES:
        return None
    answer_level(data)
    chances = data.answer.derived.get(answer_flaws.CHANCES)
    if not isinstance(chances, dict) or flaw not in chances:
        return None
    return float(chances[flaw])


def heard_whole(rule: CodeRule, data: RuleInput, flaw: str) -> bool:
    """Whether the answer read whole bears out a finding of ``rule`` about ``flaw``: the rule's
    ``params.answer_floor``, when set, is reached by the answer-level probability (or the model
    cannot judge the answer). A structural absence ("no sentence tells an outcome") is reported
    only when the answer, read whole, also sounds like a story with no outcome."""
    given = rule.params.get("answer_floor")
    if not isinstance(given, int | float):
        return True
    chance = answer_chance(data, flaw)
    return chance is None or chance >= float(given)


PAY_LEXICON = "pay_words"
_LEXICON_WORDS: dict[tuple[int, str], tuple[KnowledgeBase, frozenset[str] | None]] = {}


def lexicon_words(kb: KnowledgeBase, name: str) -> frozenset[str] | None:
    """The lower-case entries of the lexicon ``name``, gathered once per loaded knowledge base
    (the gates ask for the same words at every answer); None when the lexicon is absent."""
    kept = _LEXICON_WORDS.get((id(kb), name))
    if kept is not None and kept[0] is kb:
        return kept[1]
    lexicon = kb.lexicons.get(name)
    words = None if lexicon is None else frozenset(entry.phrase.lower() for entry in lexicon.entries)
    if len(_LEXICON_WORDS) >= 64:
        _LEXICON_WORDS.clear()
    _LEXICON_WORDS[(id(kb), name)] = (kb, words)
    return words


def _gives_figure(data: RuleInput) -> bool:
    """A pay figure or range anywhere in the answer (``analysis/pay_figure.py``): a sum the
    speaker asks for or earns, not the budget they run or a saving told in the story. Without
    the lexicon, any sum of money."""
    pay = lexicon_words(data.kb, PAY_LEXICON)
    if pay is None or not data.answer.sentences:
        return bool(MONEY_RE.search(data.text))
    return bool(pay_figures(data.answer.sentences, pay))


NOT_ASKING_PAY = frozenset({"base", "range", "band", "bracket", "region", "neighbourhood",
                            "neighborhood", "figure", "ballpark"})
"""Words of the pay lexicon that a question uses of other things ("our product range", "the
customer base", "figure out"): a figure is asked for by the other words, or by the family."""


def _pay_unasked(data: RuleInput) -> bool:
    """No pay figure is asked for: the question is not of the salary family and names no word of
    the speaker's pay (``pay_words``, read as lemmas: "salary", "package", "comp", "earn"). A
    figure dodged needs a figure asked for; "where do you take it in three years?" asks none."""
    if data.family is not None and data.family.id == "salary":
        return False
    words = lexicon_words(data.kb, PAY_LEXICON)
    if words is None:
        return False
    pay = words - NOT_ASKING_PAY
    return not any(token.lemma in pay or token.lower in pay
                   for sent in asked_question(data.question).sentences for token in sent.tokens)


def _own_action(data: RuleInput) -> bool:
    """The speaker says what they did: "I" with an action verb in a clause that reports it."""
    return any(told_actions(sent) for sent in data.answer.sentences)


def _measured_outcome(data: RuleInput) -> bool:
    """A number attached to a result somewhere in the answer: one the figure reader ties to an
    outcome, or a figure the parse puts under a change told in the past (``figure_moved``)."""
    return any(sent.outcome_numbers or (sent.index > 0 and figure_moved(sent))
               for sent in data.answer.sentences)


def _told_result(data: RuleInput) -> bool:
    """A sentence the structure reads as a result that tells one in its own words (a time after
    which something stood, a change, how it came out, a measured consequence): the story does
    say what came of it, whatever its closing sentence adds."""
    if data.shape is None:
        return False
    return any(told_result(data.answer.sentences[index]) for index in data.shape.indices(Role.RESULTS))


def _step_told(data: RuleInput) -> bool:
    """A step about a weakness told anywhere in the answer, in any tense ("since then I...",
    "I've started...", "I'm learning to..."; ``accepted.worked_on``), or told as a sequence of
    the speaker's own steps ("then I'd go back and ask...", "then I pick one thing to change":
    ``accepted.steps_in_sequence``)."""
    return accepted.worked_on(data.answer, -1) or accepted.steps_in_sequence(data.answer)


def _plan_taken(data: RuleInput) -> bool:
    """Two steps or more the speaker has taken or takes now about the weakness ("Since then I
    have made two changes... I now sign off on a sample chapter": ``accepted.plan_taken``): a
    weakness worked on, whatever a sentence of it sounds like."""
    return accepted.plan_taken(data.answer)


def _outcome_told(data: RuleInput) -> bool:
    """The story tells how it came out: a figure measuring a result past the set-up, or a change
    told in the parse (``analysis/outcome_told.py``), not a result word on activity or effort."""
    return outcome_told(data.answer, data.shape, question=data.question)


STORY_SHARE = 0.75
"""A family whose bank questions are at least this share behavioural asks for a story whatever
its wording ("What's the piece of work you're proudest of?" is an achievements question)."""


def story_family(data: RuleInput) -> bool:
    """The question's family is one whose bank questions mostly ask for a story (``STORY_SHARE``
    of them behavioural: achievements, innovation, partners, international teams...), read from
    the question bank, not a list."""
    if data.family is None:
        return False
    asked = [question.behavioural for question in data.kb.questions.values()
             if question.family == data.family.id]
    return bool(asked) and sum(asked) >= STORY_SHARE * len(asked)


def story_asked(data: RuleInput) -> bool:
    """The question asks for a story: behavioural ("Tell me about a time..."), asking in other
    words what the speaker has done ("something new you brought in", ``example_asked``), or of
    a family that asks for one (``story_family``); never a scenario to reason about."""
    from poise.analysis.analyse import HYPOTHETICAL_QUESTION_RE

    if data.behavioural or asks_past_example(data.question):
        return True
    return story_family(data) and not HYPOTHETICAL_QUESTION_RE.search(data.question) \
        and not asks_plan(data.question)


def _no_story_asked(data: RuleInput) -> bool:
    return not story_asked(data)


WEAKNESS_FAMILIES = frozenset({"weaknesses", "development"})
"""Families whose questions ask what the speaker is working on about themself."""


def about_oneself(data: RuleInput) -> bool:
    """The question asks about the speaker themself: a family about weaknesses or development,
    or a shortcoming asked for in other words (``asked.asks_shortcoming``)."""
    family = data.family.id if data.family is not None else None
    return family in WEAKNESS_FAMILIES or asks_shortcoming(data.question)


def _weakness_unasked(data: RuleInput) -> bool:
    """No weakness of the speaker's is asked for and told: the question is not of a family about
    weaknesses or development and does not ask about a shortcoming in other words
    (``asked.asks_shortcoming``), or the answer says nothing of how the speaker is or what they
    do now (``accepted.names_shortcoming``). An answer to "why are you looking for a new role?"
    that complains about the job has no weakness to plan for."""
    return not (about_oneself(data) and accepted.names_shortcoming(data.answer))


CHALLENGING_FAMILIES = frozenset({"stress_resistance"})
"""Families whose questions put the speaker on the spot (a gap, a short tenure, a doubt)."""


def _unchallenged(data: RuleInput) -> bool:
    """Nothing puts the speaker on the spot: not a stress interview, not a reply to a stated
    concern, and the question is of a family that asks for an account, not a defence (a question
    whose family is unsure counts as challenging). Pushing back needs something to push against:
    an answer to "what have you introduced?" that doubts its own example is unsure, not
    defensive."""
    if data.interview_format == "stress" or data.phase == "concern_reply":
        return False
    return data.family is not None and data.family.id not in CHALLENGING_FAMILIES


GRANTING_LEXICON = "acknowledging"
GRANT_EXCEPT = frozenset({"real", "serious", "important", "good", "natural"})
"""Words of the acknowledging lexicon that describe a gap more often than they grant one ("a real
gap", "a serious issue"); the gate reads the rest ("fair", "reasonable", "right", "valid")."""
GRANT_SENTENCES = 2


def _granted(data: RuleInput) -> bool:
    """The reply opens by granting the point ("That's fair, and I'd ask it too", "You're right
    that I haven't worked in a school", "No, I get why it sounds that way") in one of its first
    two sentences, before any "but" (``grant.grants_before_but``).
    What a model half-hears as pushback after a grant is the answer to the point, not a refusal
    of it; the parse rules still read a dismissal that follows."""
    fair = granting_words(data.kb)
    return any(grant.grants_before_but(sent, fair) for sent in data.answer.sentences[:GRANT_SENTENCES])


def granting_words(kb: KnowledgeBase) -> frozenset[str]:
    """The words of the acknowledging lexicon that grant a point, less those that describe a gap
    more often than they grant one (``GRANT_EXCEPT``)."""
    words = lexicon_words(kb, GRANTING_LEXICON)
    return frozenset() if words is None else words - GRANT_EXCEPT


def _owned(data: RuleInput) -> bool:
    """The speaker takes the miss as their own, whole, somewhere in the answer (``owned_whole``):
    the causes told around it are the story of a failure owned, not blame put on them."""
    return any(owned_whole(sent) for sent in data.answer.sentences)


GATES: dict[str, Callable[[RuleInput], bool]] = {
    "granted": _granted,
    "pay_unasked": _pay_unasked,
    "figure": _gives_figure,
    "own_action": _own_action,
    "outcome": _measured_outcome,
    "result": _told_result,
    "step": _step_told,
    "plan": _plan_taken,
    "unchallenged": _unchallenged,
    "told": _outcome_told,
    "no_story_asked": _no_story_asked,
    "weakness_unasked": _weakness_unasked,
    "owned": _owned,
}


def _measured(sent: Sentence) -> bool:
    return bool(sent.numbers) or bool(TIME_RE.search(sent.text))


def _fair_account(data: RuleInput, index: int, dealt_with: int) -> bool:
    """Sentence ``index`` tells the shortfall of the person the question asks about
    (``fair_account``), with no verdict on them in a noun (``judged_nouns``), and the speaker
    then tells ``dealt_with`` actions or more: the answer asked for, not criticism."""
    sent = data.answer.sentences[index]
    return fair_account.about_asked_person(sent) and actions_after(data, index) >= dealt_with \
        and not judged_nouns.noun_verdict(sent, WordClasses(targets=fair_account.PERSON_PRONOUNS),
                                          frozenset(), word_valence.estimate)


def actions_after(data: RuleInput, index: int) -> int:
    """How many actions the speaker tells after sentence ``index``: a setback they then dealt
    with ("the supplier delivered late; I re-planned testing and told the board") is context,
    not blame."""
    return sum(1 for sent in data.answer.sentences[index + 1:] for verb in sent.own_past_actions
               if acts(verb))


def _past_state(sent: Sentence) -> bool:
    """Whether the sentence tells how things were, in the simple past ("Our problem was the
    failed deliveries: people work all day..."): its first clause, which frames what follows
    however the parse hangs it, is past; not how things are or have been till now ("the pay has
    not moved in three years")."""
    if not sent.parsed:
        return False
    told = [position for position in range(len(sent.tokens)) if any(
        sent.tokens[child].dep in {"nsubj", "nsubjpass", "expl"} for child in sent.child_map[position])]
    if not told or clause_mood(sent, told[0]) != "past":
        return False
    return not any(sent.tokens[child].dep == "aux" and sent.tokens[child].lower in PERFECT_AUXES
                   for child in sent.child_map[told[0]])


def _hedged(data: RuleInput, hits: list, density: int, answer_total: object) -> list:
    """The hit sentences that carry ``density`` qualifiers or more (``hedging.markers``): one
    "I think" in a careful answer is no hedging. When the answer as a whole carries
    ``answer_total`` qualifiers or more, a hit with one is kept too."""
    counts = [hedging.markers(sent) for sent in data.answer.sentences]
    spread = isinstance(answer_total, int) and sum(counts) >= answer_total
    return [index for index in hits if counts[int(index)] >= density or (spread and counts[int(index)] >= 1)]


def gates_of(rule: CodeRule, param: str = "unless") -> list[str]:
    """The answer-level facts that silence ``rule`` (its ``params.unless``; with ``param``
    "whole_unless", those that silence only what the answer-level model hears), checked by name."""
    given = rule.params.get(param, [])
    names = [given] if isinstance(given, str) else list(given) if isinstance(given, list) else []
    unknown = [name for name in names if name not in GATES]
    if unknown:
        raise ValueError(f"rule {rule.id}: unknown 'unless' {unknown}; known: {sorted(GATES)}")
    return names


COMPOSURE = "composure_lapses"
"""The lexicon of composure lapses: denied, they describe a temperament, not a record."""
CLAIM_FLAWS = frozenset({"self_praise", "overclaiming"})
"""Flaws of what the speaker claims about themself: a question claims nothing ("Am I a good
leader? On that, yes."), so it is never quoted as one."""


def _asks(sent: Sentence) -> bool:
    return sent.text.rstrip(" \"'”’)").endswith("?")


SHARED_OR_TURNED = frozenset({"but", "though", "although", "partly", "part", "some", "only",
                              "however", "yet"})


def owned_whole(sent: Sentence) -> bool:
    """The speaker takes the miss as their own, whole ("That was my decision and my fault"): not
    a share of it ("part of it was my fault"), not an owning turned by "but", and not one asked
    only to be denied ("this is my fault? No.")."""
    return conduct.owns_fault(sent) and "?" not in sent.text and not any(
        token.lower in SHARED_OR_TURNED for token in sent.tokens)


CONTEXT_TESTS: dict[str, Callable[[RuleInput, int], bool]] = {
    "overclaiming": lambda data, index: claim_context.conceded_lack(data.answer.sentences[index])
    or claim_context.no_record_claimed(data.answer.sentences[index],
                                       lexicon_words(data.kb, COMPOSURE) or frozenset()),
    "oversharing": lambda data, index: claim_context.family_as_context(
        data.answer.sentences[index]),
    "vague_goals": lambda data, index: claim_context.not_a_vague_goal(data.answer.sentences, index),
}
"""Per flaw, the parse test that shows a hit sentence is not that flaw (``context: drop``)."""


def _in_context(rule: CodeRule, data: RuleInput, flaw: str, index: int) -> bool:
    """The rule drops sentences shown not to be its flaw, and sentence ``index`` is one."""
    test = CONTEXT_TESTS.get(flaw)
    return rule.params.get("context") == "drop" and test is not None and test(data, index)


def _whole_answer_quote(rule: CodeRule, data: RuleInput, column: np.ndarray) -> int | None:
    """The sentence the whole-answer path quotes: the one the model hears the flaw in most. A
    rule with ``params.whole_needs: outside_failure`` quotes only a sentence whose parse puts a
    failure outside the speaker: on someone else failing or named as its cause
    (``failure_owner``), or by the tests of the parse rule for blame, with the word classes the
    rule's params name (``flaws.placed_outside``: a share denied, a cause placed elsewhere);
    with none, nothing is quoted. What the speaker did after it does not clear it here: the
    answer read whole still puts the miss elsewhere. Heard in a story whose failure has no
    owner but the speaker's side ("the seal failed; we had picked the film"), the model's
    hearing is not blame."""
    if rule.params.get("whole_needs") != "outside_failure":
        return int(np.argmax(column))
    from poise.analysis.rules.flaws import placed_outside  # the parse rules read this module

    people = lexicon_words(data.kb, THIRD_PARTIES) or frozenset()
    people |= lexicon_words(data.kb, ROLE_NOUNS) or frozenset()
    for index in np.argsort(-column):
        sent = data.answer.sentences[int(index)]
        if conduct.owns_fault(sent):
            continue
        if failure_owner.put_on_others(sent, people) or placed_outside(rule, data, sent) is not None:
            return int(index)
    return None


THIRD_PARTIES = "third_parties"
ROLE_NOUNS = "role_nouns"


def _improper_unshown(rule: CodeRule, data: RuleInput, index: int) -> bool:
    """For a rule that drops proper acts (``proper: drop``), the sentence the whole-answer path
    would quote is not the speaker's improper act: the same gates as a sentence past the
    threshold (an act owned, disclosed, nobody's, only imagined or proper)."""
    if rule.params.get("proper") != "drop":
        return False
    sent = data.answer.sentences[index]
    steps = frozenset().union(*(lexicon_words(data.kb, name) or frozenset()
                                for name in _names(rule.params.get("due_process"))))
    return (conduct.owns_fault(sent) or conduct.told_as_miss(sent) or conduct.discloses(sent)
            or not conduct.speaker_acts(sent) or conduct.only_imagined(sent)
            or _proper(data, index, steps))


def without_norms(rule: CodeRule, data: RuleInput, hits: list[int]) -> list[int]:
    """``hits`` without the sentences that name no one the speaker worked with: ``norms: drop``
    drops what a kind of person ought to do (``general_remark.norm_for_anyone``), ``reactions:
    drop`` how someone took a particular thing (``general_remark.told_reaction``), both read
    with the nouns for people of the lexicons ``params.people`` names."""
    norms, reactions = rule.params.get("norms") == "drop", rule.params.get("reactions") == "drop"
    if not (norms or reactions):
        return hits
    people = frozenset().union(*(lexicon_words(data.kb, name) or frozenset()
                                 for name in _names(rule.params.get("people"))))
    sentences = data.answer.sentences
    return [index for index in hits
            if not (norms and general_remark.norm_for_anyone(sentences[int(index)], people))
            and not (reactions and general_remark.told_reaction(sentences[int(index)], people))]


def without_praise(rule: CodeRule, data: RuleInput, hits: list[int]) -> list[int]:
    """``hits`` without the sentences that speak well of someone and hold nothing against
    anyone (``plain_praise``), with ``params.praise: drop``; the verdict words of
    ``params.negative`` and the candid asides of ``params.candour`` (lexicon names) are read."""
    if rule.params.get("praise") != "drop":
        return hits
    negative = frozenset().union(*(lexicon_words(data.kb, name) or frozenset()
                                   for name in _names(rule.params.get("negative"))))
    candour = frozenset().union(*(lexicon_words(data.kb, name) or frozenset()
                                  for name in _names(rule.params.get("candour"))))
    sentences = data.answer.sentences
    return [index for index in hits if not plain_praise.plain_praise(
        sentences[int(index)], negative=negative, candour=candour)]


def _names(value: object) -> list[str]:
    """A param naming lexicons, as a list of names."""
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value] if isinstance(value, list) else []


def _proper(data: RuleInput, index: int, steps: frozenset[str]) -> bool:
    """The act the model hears at sentence ``index`` is, by the parse, a proper one or no win of
    the speaker's (``analysis/proper_act.py``): handed over on request, agreed by the party it
    was put to, refused, set right in the open, done through a formal step, or a miss the speaker
    owns in the answer."""
    sentences = data.answer.sentences
    sent = sentences[index]
    return (proper_act.at_request(sent) or proper_act.agreed_after_told(sent)
            or proper_act.refused(sent) or proper_act.set_right(sent)
            or proper_act.through_process(sent, steps)
            or proper_act.owned_in_story(sentences))


def _declined(rule: CodeRule, data: RuleInput, index: int) -> bool:
    """With ``params.declined: drop``, sentence ``index`` refuses what the question ruled out
    ("don't tell me you're a perfectionist" answered "ha, no, you'll not get that from me"):
    going along with the interviewer, not pushing back (``analysis/declined_ask.py``)."""
    if rule.params.get("declined") != "drop":
        return False
    return declined_ask.declines(data.answer.sentences[index], declined_ask.ruled_out(data.question))


def _too_little_praise(rule: CodeRule, data: RuleInput) -> bool:
    """With ``params.praised_least``, the answer predicates fewer distinct praising words of the
    speaker than that (``self_described.praising`` at ``params.praise_valence``, with the
    lexicons ``params.positive`` names as praise): one "I'm a loyal person" or "I'm flexible"
    is a self-description, not the string of self-praise the model may hear in a confident
    answer."""
    least = rule.params.get("praised_least")
    if not isinstance(least, int) or least <= 0:
        return False
    positive = frozenset().union(*(lexicon_words(data.kb, name) or frozenset()
                                   for name in _names(rule.params.get("positive"))))
    classes = WordClasses(positive=positive)
    valence = rule.number("praise_valence", POSITIVE)
    words: set[str] = set()
    for sent in data.answer.sentences:
        words |= self_described.praising(sent, classes, least=valence, estimate=word_valence.estimate)
        if len(words) >= least:
            return False
    return True


def sensed_flaw(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Quote the sentences that show the flaw named in ``params.flaw``."""
    if any(GATES[name](data) for name in gates_of(rule)):
        return []
    if _too_little_praise(rule, data):
        return []
    found = sentence_probabilities(data)
    if found is None:
        return []
    model, probabilities = found
    flaw = str(rule.params.get("flaw", ""))
    if flaw not in model.labels:
        return []
    column = probabilities[:, model.labels.index(flaw)]
    given = rule.params.get("threshold")
    threshold = float(given) if isinstance(given, int | float) else model.threshold_of(flaw)
    hits = [index for index in np.argsort(-column) if column[index] >= threshold
            and not (flaw in CLAIM_FLAWS and _asks(data.answer.sentences[int(index)]))]
    fact = model.confirm_of(flaw)
    if fact:
        position = sentence_features.NAMES.index(fact)
        facts = parse_facts(data)
        hits = [index for index in hits if facts[int(index), position] > 0]
    density = rule.params.get("hedges")
    if isinstance(density, int) and density > 0:
        hits = _hedged(data, hits, density, rule.params.get("hedged_answer"))
    if rule.params.get("measured") == "drop":
        hits = [index for index in hits if not _measured(data.answer.sentences[int(index)])]
    if rule.params.get("owned") == "drop":
        hits = [index for index in hits if not conduct.owns_fault(data.answer.sentences[int(index)])
                and not conduct.told_as_miss(data.answer.sentences[int(index)])]
    if rule.params.get("disclosed") == "drop":
        hits = [index for index in hits if not conduct.discloses(data.answer.sentences[int(index)])]
    if rule.params.get("actor") in {"speaker", "speaker_told"}:
        hits = [index for index in hits if conduct.speaker_acts(data.answer.sentences[int(index)])]
    if rule.params.get("actor") == "speaker_told":
        hits = [index for index in hits if not conduct.only_imagined(data.answer.sentences[int(index)])]
    if rule.params.get("proper") == "drop":
        steps = frozenset().union(*(lexicon_words(data.kb, name) or frozenset()
                                    for name in _names(rule.params.get("due_process"))))
        hits = [index for index in hits if not _proper(data, int(index), steps)]
    acted = rule.params.get("dealt_with")
    if isinstance(acted, int) and acted > 0:
        hits = [index for index in hits if actions_after(data, int(index)) < acted]
    fixed = rule.params.get("fixed_after")
    if isinstance(fixed, int) and fixed > 0:
        hits = [index for index in hits if not (
            _past_state(data.answer.sentences[int(index)]) and actions_after(data, int(index)) >= fixed)]
    hits = [index for index in hits if not _in_context(rule, data, flaw, int(index))
            and not _declined(rule, data, int(index))]
    hits = without_norms(rule, data, hits)
    hits = without_praise(rule, data, hits)
    asked = rule.params.get("asked_person")
    if isinstance(asked, list) and data.family is not None and data.family.id in asked:
        dealt = int(rule.number("asked_dealt_with", 2))
        hits = [index for index in hits if not _fair_account(data, int(index), dealt)]
    if not hits and len(data.answer.sentences) >= FLOOR_SENTENCES and flaw in answer_level(
            data) and not any(
            GATES[name](data) for name in gates_of(rule, "whole_unless")):
        # heard in the whole answer, not in one sentence past its threshold: quote the sentence
        # that shows it most, unless that sentence asks rather than claims (``CLAIM_FLAWS``)
        best = _whole_answer_quote(rule, data, column)
        if best is not None and not (flaw in CLAIM_FLAWS and _asks(data.answer.sentences[best])) \
                and not _in_context(rule, data, flaw, best) and not _improper_unshown(rule, data, best) \
                and not _declined(rule, data, best) and without_norms(rule, data, [best]) \
                and without_praise(rule, data, [best]):
            hits = [best]
    if not hits or not heard_whole(rule, data, flaw):
        return []
    ordered = sorted(int(index) for index in hits[:MAX_QUOTES])
    return [make_finding(rule, data.quote_sentences(ordered, limit=MAX_QUOTES))]
