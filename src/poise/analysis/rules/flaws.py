"""Code rules that find flaws by meaning (parse + sentiment lexicon), not by listed phrases.

Word classes (who counts as a third party, which nouns are the job, which words are private)
are content lexicons named in each rule's ``params``; the grammar lives in
``poise.analysis.meaning``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from poise.analysis import (
    advantage,
    aimed_reply,
    appearance,
    aside,
    attribution,
    behind_superior,
    belief_planted,
    claim_context,
    claims,
    composure,
    concealed_part,
    conduct,
    confidential,
    contrasted_other,
    deception,
    declined_ask,
    downplayed,
    excuse,
    falsified,
    gap_waved,
    grant,
    grievance,
    group_verdicts,
    indirect,
    inducement,
    judged_nouns,
    knowing_idiom,
    means,
    mere_form,
    misplaced_priority,
    mock_reply,
    named_cause,
    none_but_me,
    noun_head,
    others_habits,
    others_verdict,
    pushback,
    pushed_out,
    reality_after_claim,
    record_avoided,
    rival_terms,
    rule_broken,
    self_described,
    withheld,
    word_valence,
)
from poise.analysis.concern_moves import planned_step
from poise.analysis.grammar import (
    MODALS,
    TEAM_NOUNS,
    acts,
    carried_practice,
    clause_mood,
    noun_read_as_verb,
)
from poise.analysis.matching import find
from poise.analysis.meaning import (
    POSITIVE,
    WordClasses,
    children,
    feeling_denied,
    governing_verb,
    is_target,
    judged_targets,
    negated,
    negative_predicate,
    predicate_words,
    speaker_in,
    subtree,
    valence,
)
from poise.analysis.report import Evidence, Finding
from poise.analysis.rules import grounded, sensed
from poise.analysis.rules.base import RuleInput, make_finding
from poise.analysis.text import Sentence, Token
from poise.content.loader import KnowledgeBase
from poise.content.schema import CodeRule

OWNED_MISTAKE_RE = re.compile(
    r"\b(?:my (?:mistake|fault|error|responsibility|misjudg\w*|call|share|part in)|I (?:should have|"
    r"misjudged|underestimated|overestimated|got (?:it|that) wrong|was wrong|made (?:a|the) mistake|"
    r"own(?:ed)? (?:it|that|the (?:mistake|failure|miss)))|the (?:fault|mistake) was (?:partly |"
    r"mostly )?mine)\b",
    re.IGNORECASE,
)
CAUSE_MARKS = frozenset({"because", "since", "as", "cause", "'cause"})
CAUSE_PREPS = frozenset({"due", "owing", "thanks", "because"})
PRESENT_MOODS = frozenset({"present", "habitual"})


def _parsed_hits(data: RuleInput, test: Callable[[Sentence], bool]) -> list[int]:
    """Indices of the parsed sentences of the answer for which ``test`` holds."""
    hits = []
    for sent in data.answer.sentences:
        if sent.parsed and test(sent):
            hits.append(sent.index)
    return hits


def _speaker_verbs(data: RuleInput) -> Iterator[tuple[Sentence, int]]:
    """Each verb whose subject is "I" in the parsed sentences of the answer, with its sentence."""
    for sent in data.answer.sentences:
        if not sent.parsed:
            continue
        for token in sent.tokens:
            if token.lower == "i" and token.dep in SUBJECTS:
                yield sent, token.head


def lexicon_words(data: RuleInput, rule: CodeRule, name: str) -> frozenset[str]:
    """The lower-case words of the lexicons a rule names in ``params[name]`` (see ``_words``)."""
    return _words(data, rule, name)


def _words(data: RuleInput, rule: CodeRule, name: str) -> frozenset[str]:
    """Lower-case words of the lexicons (or literal words) a rule names in ``params[name]``,
    gathered once per knowledge base and rule (the content does not change under a loaded
    knowledge base; several rules ask for the same words at every answer)."""
    key = (id(data.kb), id(rule), name)
    kept = _WORDS.get(key)
    if kept is not None and kept[0] is data.kb and kept[1] is rule:
        return kept[2]
    words = _gather_words(data, rule, name)
    if len(_WORDS) >= WORDS_KEPT:
        _WORDS.clear()
    _WORDS[key] = (data.kb, rule, words)  # both kept alive, so their ids stay theirs
    return words


def kb_lexicon_words(kb: KnowledgeBase, names: tuple[str, ...]) -> frozenset[str]:
    """The lower-case words of the lexicons ``names``, gathered once per knowledge base (the
    same store as ``_words``, keyed without a rule)."""
    key = (id(kb), 0, "\0".join(names))
    kept = _WORDS.get(key)
    if kept is not None and kept[0] is kb:
        return kept[2]
    words = frozenset(entry.phrase.lower() for name in names if name in kb.lexicons
                      for entry in kb.lexicons[name].entries)
    if len(_WORDS) >= WORDS_KEPT:
        _WORDS.clear()
    _WORDS[key] = (kb, None, words)
    return words


_WORDS: dict[tuple[int, int, str], tuple[object, object, frozenset[str]]] = {}
WORDS_KEPT = 4096


def _gather_words(data: RuleInput, rule: CodeRule, name: str) -> frozenset[str]:
    value = rule.params.get(name, [])
    names = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    words: set[str] = set()
    for item in names:
        lexicon = data.kb.lexicons.get(str(item))
        if lexicon is None:
            words.add(str(item).lower())
            continue
        for entry in lexicon.entries:
            words.add(entry.phrase.lower())
    return frozenset(words)


def _classes(data: RuleInput, rule: CodeRule, targets: str = "targets") -> WordClasses:
    return WordClasses(
        targets=_words(data, rule, targets),
        negative=_words(data, rule, "negative"),
        positive=_words(data, rule, "positive"),
    )


def _state_word(token_lower: str, states: frozenset[str]) -> bool:
    """A feeling or a passing state ("frustrated", "struggling"), not a verdict on someone."""
    return token_lower in states or token_lower.endswith(("ed", "ing"))


def _quote(data: RuleInput, sentences: list[int]) -> tuple[Evidence, ...]:
    return data.quote_sentences(dict.fromkeys(sentences))


def judges_others(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """A negative verdict whose target is someone else: a boss, the owners, colleagues, a
    predecessor, one's own team, clients, a supplier ("was clueless", "never listened"), also
    through a noun said of them (``judged_nouns``, read by the learned head ``noun_head``) or
    a contrast with them (``contrasted_other``: "unlike the owners, who have never...")."""
    classes = _classes(data, rule)
    states = _words(data, rule, "states")
    verbs = _words(data, rule, "judgement_verbs")
    knowing = verbs | _words(data, rule, "knowing")
    polite = PoliteWords(
        leanings=_words(data, rule, "leanings"),
        roles=_words(data, rule, "roles"),
        warmth=_words(data, rule, "warmth"),
        candour=_words(data, rule, "candour"),
        capacities=_words(data, rule, "capacities"),
    )
    hits = []
    clear: set[int] = set()
    for original in data.answer.sentences:
        # a clause the speaker broke with an aside ("he was, I will say it plainly, careless")
        # is read as meant, without it (``analysis/aside.py``)
        sent = aside.without_aside(original) or original
        said_of = judged_nouns.noun_verdict(sent, classes, polite.roles, word_valence.estimate,
                                            states=states, reader=noun_head.judges) \
            or others_verdict.judged_other(
            sent, classes, states, word_valence.estimate) is not None
        if said_of and (judged_nouns.noun_verdict(sent, classes, polite.roles, word_valence.estimate,
                                                  states=states, rated_only=True)
                        or others_verdict.judged_other(sent, classes, states,
                                                       judged_nouns.no_estimate) is not None):
            # someone else is what the clause is about, and a trait or a noun the sentiment
            # lexicon rates judges them:
            # a verdict whatever the rest of the answer sounds like (``rules/grounded.py``)
            clear.add(original.index)
        for target, word in judged_targets(sent, classes, judgement_verbs=verbs):
            if others_verdict.said_of_things(sent, target, word, classes) \
                    or others_verdict.reaction_to_speaker(sent, word):
                continue  # "they're dangerous places", "he was impatient with me": no verdict
            if _ranked(word) and word.lower not in classes.negative \
                    and _measured_then_handled(data, original):
                break  # "his crew was the weakest on accuracy, at 94% against 99", then the fix
            if word.lemma in verbs or not _state_word(word.lower, states) or word.lower in classes.negative:
                hits.append(original.index)
                break
        else:
            if said_of or _veiled_verdict(sent, classes, polite) or group_verdicts.judged_group(
                    sent, classes, knowing, states) or others_verdict.understated_other(
                    sent, classes, word_valence.estimate) is not None \
                    or knowing_idiom.absurd_unknowing(sent) is not None \
                    or others_habits.faulted_habit(sent, classes.targets, knowing) is not None \
                    or misplaced_priority.misplaced_priority(sent, classes.targets) is not None \
                    or contrasted_other.contrasted_other(sent, classes) is not None:
                hits.append(original.index)
    grounded.mark(data, rule.id, clear)
    return [make_finding(rule, _quote(data, sorted(hits)))] if hits else []


HANDLED_AFTER = 2
"""The speaker's own past acts, in the sentences after a shortfall, that make it the set-up of a
story the speaker then handled (as for blame: ``blames_others``)."""


def _measured_then_handled(data: RuleInput, sent: Sentence) -> bool:
    """A shortfall of someone else's told with the figure that measures it ("his crew was the
    weakest on picking accuracy, at 94 percent against a target of 99") and followed by what the
    speaker did about it: a fair account of the problem the story answers, not a verdict on the
    person. The caller asks that the judging word rank ("the weakest", ``_ranked``); a bare
    verdict ("was useless", "hopeless") or a word of the rule's negative class stays one
    whatever follows."""
    if not any(_measure(token) for token in sent.tokens):
        return False
    later = data.answer.sentences[sent.index + 1:]
    return sum(_joined_actions(item) for item in later) >= HANDLED_AFTER


def _ranked(word: Token) -> bool:
    """A judging word that ranks against others on a measure ("the weakest", "slower"), which a
    figure can show, rather than a bare verdict ("useless")."""
    return word.tag in {"JJS", "JJR", "RBS", "RBR"}


def _measure(token: Token) -> bool:
    """A figure that can measure a performance: a percentage or a number in digits that is not a
    year ("94 percent", "3.1", "71%"); a count in words ("three hospitals") measures nothing."""
    text = token.text.rstrip("%")
    if token.tag != "CD" or not any(ch.isdigit() for ch in text):
        return False
    return not (len(text) == 4 and text.isdigit() and text.startswith(("19", "20")))


@dataclass(frozen=True)
class PoliteWords:
    """Word classes of polite criticism, from the rule's lexicons."""

    leanings: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    warmth: frozenset[str] = frozenset()
    candour: frozenset[str] = frozenset()
    capacities: frozenset[str] = frozenset()


def _veiled_verdict(sent: Sentence, classes: WordClasses, polite: PoliteWords) -> bool:
    """A verdict on a third party put politely (``poise.analysis.indirect``): a belittling
    comparison, an understatement marked by a parenthetical of saying, "and it showed", a
    standard they fall short of, faint praise, a "to be blunt" aside, a capacity denied them, or a
    fact left to speak against them ("which says something about...")."""
    return bool(indirect.belittling_comparison(sent, classes, polite.leanings)
                or indirect.understatement(sent, classes)
                or indirect.telling_remark(sent, classes)
                or indirect.verdict_left_to_show(sent, classes)
                or (polite.roles and indirect.falls_short(sent, classes, polite.roles))
                or (polite.warmth and indirect.faint_praise(sent, classes, polite.warmth))
                or (polite.candour and indirect.candour_aside(sent, classes, polite.candour))
                or (polite.capacities and indirect.denied_capacity(sent, classes, polite.capacities)))


def _failure(sent: Sentence, position: int, failures: frozenset[str], classes: WordClasses) -> bool:
    token = sent.tokens[position]
    if token.lemma in failures or token.lower in failures:
        return True
    return any(sent.tokens[p].lemma in failures or valence(sent.tokens[p], classes) <= -1.5
               for p in predicate_words(sent, position))


def blames_others(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """A failure put down to others or to circumstances ("we missed it because the supplier...",
    "the team let the date slip", "it was the market's fault"), when the speaker owns no share."""
    if _owns_a_mistake(data):
        return []
    hits = []
    sentences = data.answer.sentences
    for sent in sentences:
        placed = placed_outside(rule, data, sent)
        if placed is None:
            continue
        acted = sum(_joined_actions(later) for later in sentences[sent.index:])
        if placed or acted < 2:  # a setback the speaker then dealt with is context, not blame
            hits.append(sent.index)
    # what happened put past the speaker's own reach ("the delay was outside our control")
    # denies their share whatever the rest of the answer sounds like (``rules/grounded.py``)
    grounded.mark(data, rule.id, {index for index in hits
                                  if attribution.beyond_own_reach(sentences[index])})
    return [make_finding(rule, _quote(data, hits))] if hits else []


def placed_outside(rule: CodeRule, data: RuleInput, sent: Sentence) -> bool | None:
    """Whether ``sent`` puts a failure outside the speaker, read with the word classes the
    rule's params name (``targets``, ``people``, ``negative``, ``failures``, ``setbacks``,
    ``let_down``, ``conduct``): True when the speaker's share is denied or the failure placed
    wholly elsewhere, False when a failure is put on someone or something else, None when the
    sentence puts no failure outside the speaker."""
    if not sent.parsed or _plan_ahead(sent) or _maxim(sent):
        return None
    classes = _classes(data, rule)
    people = WordClasses(targets=_words(data, rule, "people"), negative=classes.negative)
    failures = _words(data, rule, "failures")
    let_down = _words(data, rule, "let_down")
    setbacks = _words(data, rule, "setbacks")
    conduct_words = _words(data, rule, "conduct")
    # the speaker's share denied outright, by contrast or by putting it beyond anyone's reach
    # (or past the speaker's own: "the delay was outside our control")
    denied = _denies_own_part(sent) or bool(attribution.share_denied(sent)) or bool(
        attribution.nothing_to_be_done(sent)) or bool(attribution.beyond_own_reach(sent)) or bool(
        # the outcome put down to the post: anyone would have come to the same
        attribution.anyone_alike(sent)) or bool(
        attribution.doomed(sent, classes, failures, ACHIEVE_LEMMAS)) or bool(
        conduct_words and attribution.cause_set_against_own(sent, conduct_words)) or bool(
        # the real cause named as something else, or the setback said not to have begun with
        # the speaker ("the real cause was the courier", "the problem did not start in my department")
        setbacks and (attribution.contrasted_cause(sent, setbacks)
                      or attribution.origin_denied(sent, setbacks)))
    placed = attribution.origin_placed(sent, classes, setbacks) if setbacks else []
    # placed wholly ("entirely because of the vendor", "squarely down to the provider"): no
    # share is left to the speaker, and what they did next does not make it context
    denied = denied or attribution.placed_wholly(sent, placed) or bool(
        attribution.fine_but_for_others(sent, classes))
    if denied:
        return True
    if (_caused_by_others(sent, classes, failures)
            or attribution.undone_by(sent, classes, failures)
            or _others_failed(sent, people, let_down) or _reason_is_others(sent, classes)
            or bool(placed)
            or attribution.reproached(sent, people)
            # the cause named as someone else ("the main reason was the supplier")
            or named_cause.cause_named(sent, classes, failures) is not None):
        return False
    return None


FUTURE_MODALS = frozenset({"would", "'d", "’d", "will", "'ll"})


def _owns_a_mistake(data: RuleInput) -> bool:
    """The speaker owns a mistake somewhere in the answer ("my fault", "I should have"), in a
    sentence that does not deny it: "that's hardly my fault" names the fault to refuse it."""
    return any(not attribution.share_refused_at(data.answer, match.start())
               for match in OWNED_MISTAKE_RE.finditer(data.text))


def _plan_ahead(sent: Sentence) -> bool:
    """A sentence about what the speaker would do or be, with nothing told in the past: "my plan
    would be to spend a day a week in a school, not in the office", "it's not like I'd be on my
    own". Blame puts a failure that happened on others; a plan has no failure yet. A share
    denied in a noun ("I wouldn't call it my failure") still speaks of the past."""
    if any(token.tag == "VBD" for token in sent.tokens):
        return False
    if any(token.tag == "VBN" and any(sent.tokens[c].lower == "have" for c in children(sent, position))
           for position, token in enumerate(sent.tokens)):
        return False  # "anybody in my position would have lost it": the past, looked back on
    if any(token.lemma in attribution.SHARE_NOUNS for token in sent.tokens):
        return False
    return any(token.lower in FUTURE_MODALS and token.tag == "MD" for token in sent.tokens)


def _maxim(sent: Sentence) -> bool:
    """A sentence that says what people of a kind do in general, with nothing told in the past:
    a bare plural as the subject of a verb in the present ("the biggest mistake managers make is
    ...", "suppliers respond to certainty"). Blame puts a failure that happened on someone; a
    rule of thumb about a kind of person names no one and no failure."""
    if any(token.tag == "VBD" for token in sent.tokens):
        return False
    for position, token in enumerate(sent.tokens):
        if token.dep != "nsubj" or token.tag != "NNS":
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or sent.tokens[verb].tag != "VBP":
            continue  # "managers have let us down": a perfect tells what happened
        if _bare_plural(sent, position):
            return True
    return False


def _bare_plural(sent: Sentence, noun: int) -> bool:
    """The plural at ``noun`` has no determiner, possessive or number of its own. A determiner
    before a singular noun the parse also hung from it ("the biggest mistake managers make":
    "the" and "mistake" under "managers") belongs to that noun, whose clause the plural opens."""
    kids = children(sent, noun)
    if any(sent.tokens[c].dep in {"poss", "nummod"} for c in kids):
        return False
    compounds = [c for c in kids if sent.tokens[c].dep == "compound" and sent.tokens[c].tag == "NN"]
    return all(any(c > det for c in compounds) for det in kids if sent.tokens[det].dep == "det")


def _joined_actions(sent: Sentence) -> int:
    """The speaker's past actions in a sentence, counting past verbs joined to one of them ("I
    re-planned the tests, told the board and..." is two)."""
    count = 0
    for verb in sent.own_past_actions:
        if not acts(verb):
            continue
        count += 1
        position = target_position(sent, verb)
        for child in children(sent, position) if position >= 0 else []:
            joined = sent.tokens[child]
            # a joined verb with a subject of its own counts unless that subject is another
            # person ("..., and they agreed"); the parser sometimes takes a noun of the first
            # clause as its subject ("I re-planned testing, told the board...")
            if joined.dep in {"conj", "dep"} and joined.tag == "VBD" and not any(
                sent.tokens[c].dep in SUBJECTS and sent.tokens[c].pos in {"PRON", "PROPN"}
                for c in children(sent, child)
            ):
                count += 1
    return count


def clause_mood_any(sent: Sentence, moods: set[str]) -> bool:
    for position, token in enumerate(sent.tokens):
        if token.dep == "ROOT" and clause_mood(sent, position) in moods:
            return True
    return False


def _caused_by_others(sent: Sentence, classes: WordClasses, failures: frozenset[str]) -> bool:
    """A failing clause whose stated cause names a third party or a circumstance."""
    for position, token in enumerate(sent.tokens):
        cause_root = None
        if token.lower in CAUSE_MARKS and token.dep == "mark":
            cause_root = token.head
        elif (token.lower in CAUSE_PREPS and token.dep in {"prep", "amod", "advmod", "mark"}) or (
            token.lemma in {"fault", "blame"}
        ):
            if token.pos == "VERB" and any(sent.tokens[c].lower == "you" and sent.tokens[c].dep == "nsubj"
                                           for c in children(sent, position)):
                continue  # "before you blame the vendor, check...": advice to anyone, not a story
            cause_root = position
        if cause_root is None or not 0 <= cause_root < len(sent.tokens):
            continue
        cause = subtree(sent, cause_root)
        if speaker_in(sent, [p for p in cause if sent.tokens[p].dep in {"nsubj", "poss", "pobj"}]):
            continue  # "because I underestimated it" owns the cause
        if not any(is_target(sent.tokens[p], classes) for p in _cause_agents(sent, cause_root, cause)):
            continue
        if valence(sent.tokens[cause_root], classes) > 0:
            continue  # "turnover dropped because people trusted what they were told": a good cause
        if token.lemma in {"fault", "blame"}:
            return True
        main = sent.tokens[cause_root].head if sent.tokens[cause_root].dep != "ROOT" else cause_root
        if main == cause_root or clause_mood(sent, main) not in {"past", "negated", "other"}:
            continue
        if clause_mood(sent, main) == "negated" and not _told(sent, main):
            continue  # "you can't let it fester, because the team sees it": a principle, not a story
        for head_position in _main_verbs(sent, main):
            head = sent.tokens[head_position]
            if head.lemma in failures or (negated(sent, head_position) and head.lemma in ACHIEVE_LEMMAS):
                return True  # "we missed the date because...", "it never launched because..."
    return False


def _cause_agents(sent: Sentence, root: int, cause: list[int]) -> list[int]:
    """The words of a cause that can name who caused it: not what the cause did to people ("because
    patients were adjusted": the passive subject is acted on), nor who is named in a clause of time
    or manner inside it ("... before they gave up on the device")."""
    nested = {position for child in children(sent, root) if sent.tokens[child].dep == "advcl"
              for position in subtree(sent, child)}
    return [position for position in cause
            if position not in nested and sent.tokens[position].dep != "nsubjpass"]


PAST_AUXES = frozenset({"did", "had", "was", "were", "could", "would"})


def _told(sent: Sentence, verb: int) -> bool:
    """A denied clause told of the past ("we didn't launch", "it never worked", "couldn't hit")."""
    return sent.tokens[verb].tag in {"VBD", "VBN"} or any(
        sent.tokens[c].lower in PAST_AUXES for c in children(sent, verb))


def _main_verbs(sent: Sentence, main: int) -> list[int]:
    """The main clause's verb and the verb it takes as a complement ("we had to withdraw the
    bid because...": had, withdraw)."""
    return [main, *(c for c in children(sent, main) if sent.tokens[c].dep == "xcomp")]


ACHIEVE_LEMMAS = frozenset({"deliver", "finish", "hit", "meet", "reach", "make", "launch",
                            "complete", "work", "succeed", "land", "close", "win", "happen"})


def _denies_own_part(sent: Sentence) -> bool:
    """ "It wasn't down to me", "that was never on me": the speaker's share denied."""
    for position, token in enumerate(sent.tokens):
        if not (token.lemma == "be" or token.lower in {"'s", "’s"}) or not negated(sent, position):
            continue
        for child in subtree(sent, position):
            word = sent.tokens[child]
            if attribution.denial_after(sent, position, child):
                continue  # "that's on me, not her": the denial falls on someone else
            if word.lower in {"me", "us"} and word.dep == "pobj" and 0 <= word.head < len(sent.tokens):
                prep = sent.tokens[word.head]
                # the share sits on the denied "be" itself: "it wasn't down to me" (to under
                # "down", a child of "was"), "that was never on me"; not a "to me" deeper in
                # another clause ("I was never fluent, but... how people talked to me")
                attached = prep.head == position or (
                    0 <= prep.head < len(sent.tokens) and sent.tokens[prep.head].head == position
                    and (sent.tokens[prep.head].pos in {"ADV", "ADP"}
                         or sent.tokens[prep.head].lemma == "due")
                )
                if attached and ((prep.lower == "to" and prep.head != position) or prep.lower == "on"):
                    return True
    return False


def _reason_is_others(sent: Sentence, classes: WordClasses) -> bool:
    """ "The only reason X is that my company never...": a stated reason whose clause has a
    third party or a circumstance as its subject and a denial."""
    for _position, token in enumerate(sent.tokens):
        if token.lemma != "reason" or token.dep not in SUBJECTS:
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or sent.tokens[verb].lemma != "be":
            continue  # "the reason is written down": not a reason stated
        for child in children(sent, verb):
            if sent.tokens[child].dep not in {"ccomp", "attr", "advcl"}:
                continue
            clause = subtree(sent, child)
            subjects = [p for p in clause if sent.tokens[p].dep in SUBJECTS]
            if any(is_target(sent.tokens[p], classes) for p in subjects) and not speaker_in(
                sent, subjects
            ) and any(negated(sent, p) for p in clause):
                return True
    return False


def _others_failed(sent: Sentence, classes: WordClasses, failures: frozenset[str]) -> bool:
    """A third party as the subject of a failing verb: "the supplier let us down". Not in a
    clause of time ("we caught seven tyres before they failed"), nor in a sentence where the
    speaker places themself in the same story ("two people missed; one had a book I'd assigned")."""
    if any(token.lower == "i" and token.dep in SUBJECTS for token in sent.tokens):
        return False
    for position, token in enumerate(sent.tokens):
        if not is_target(token, classes):
            continue
        verb = governing_verb(sent, position)
        if verb is None or clause_mood(sent, verb) not in {"past", "other"}:
            continue
        if speaker_in(sent, [c for c in children(sent, verb) if sent.tokens[c].dep in {"nsubj"}]):
            continue
        if any(sent.tokens[c].lower in TIME_MARKS and sent.tokens[c].dep == "mark"
               for c in children(sent, verb)):
            continue
        if sent.tokens[verb].lemma in failures:
            return True
    return False


TIME_MARKS = frozenset({"before", "until", "till", "after", "once", "when", "whenever"})


def job_complaint(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """A complaint about one's own current job: the work, pay or place judged negatively, the
    speaker's present frustration with it, or nobody listening there now; the work wearing the
    speaker down now, nobody heeding what it makes, it no longer being what was good about it,
    what it gives its holder withheld from the speaker, or the speaker over- or under-something
    now (analysis/grievance.py)."""
    classes = _classes(data, rule)
    feelings = _words(data, rule, "feelings")
    verbs = _words(data, rule, "judgement_verbs")
    rewards = _words(data, rule, "rewards")
    hits = []
    for sent in data.answer.sentences:
        if not sent.parsed:
            continue
        for target, _word in judged_targets(sent, classes, judgement_verbs=verbs):
            if _owned_by_another(sent, target_position(sent, target)):
                continue  # "your job is that same problem at three times the scale"
            verb = governing_verb(sent, target_position(sent, target))
            if verb is not None and clause_mood(sent, verb) in PRESENT_MOODS | {"past"} and (
                clause_mood(sent, verb) != "past" or _has_perfect(sent, verb)
            ):
                hits.append(sent.index)
                break
        else:
            if _speaker_fed_up(sent, classes, feelings) or _nobody_listens(sent, verbs) \
                    or _overloaded(sent, classes) or grievance.worn_down(sent) \
                    or grievance.nobody_heeds(sent) or grievance.stopped_being_good(sent) \
                    or grievance.withheld(sent, rewards) or grievance.strained(sent):
                hits.append(sent.index)
    return [make_finding(rule, _quote(data, hits))] if hits else []


OTHER_OWNERS = frozenset({"your", "his", "her", "their"})


def _owned_by_another(sent: Sentence, position: int) -> bool:
    """The work noun at ``position`` belongs to the person spoken to or to someone else ("your
    job", "her role", "their work"), so judging it is no complaint about the speaker's own job.
    A named owner ("Acme's culture") may be the speaker's employer and is not excused."""
    return any(sent.tokens[child].dep == "poss" and sent.tokens[child].lower in OTHER_OWNERS
               for child in children(sent, position))


COUNT_WORDS = frozenset({"two", "three", "four", "five", "several", "multiple"})


def _overloaded(sent: Sentence, classes: WordClasses) -> bool:
    """The speaker carrying several people's work as a standing load: "I was doing the job of
    three people", "I'm covering two people's roles" (a work noun the speaker does, owned by a
    count of people); not one push told as a feat ("I did the work of three people that week")."""
    for position, token in enumerate(sent.tokens):
        if token.lemma not in {"do", "cover"} or not _speaker_subject_i(sent, position):
            continue
        if token.tag not in {"VBG", "VBZ", "VBP"}:
            continue  # an ongoing load ("I was doing", "I cover"), not one push ("I did ... that weekend")
        for child in children(sent, position):
            work = sent.tokens[child]
            if work.dep != "dobj" or not is_target(work, classes):
                continue
            owners = [sent.tokens[p] for p in subtree(sent, child) if p != child]
            people = [p for p in owners if p.lemma in {"people", "person", "man", "woman"}]
            if people and any(o.lower in COUNT_WORDS or o.tag == "CD" for o in owners):
                return True
    return False


def _speaker_subject_i(sent: Sentence, verb: int) -> bool:
    return any(sent.tokens[c].lower == "i" and sent.tokens[c].dep in SUBJECTS
               for c in children(sent, verb))


def target_position(sent: Sentence, token: object) -> int:
    for position, item in enumerate(sent.tokens):
        if item is token:
            return position
    return -1


def _has_perfect(sent: Sentence, verb: int) -> bool:
    return any(sent.tokens[c].lower in {"has", "have", "'s", "'ve"} for c in children(sent, verb))


def _speaker_fed_up(sent: Sentence, classes: WordClasses, feelings: frozenset[str]) -> bool:
    """ "I am bored", "I feel undervalued", "I've grown tired of it" (now, not in a past story)."""
    for _position, token in enumerate(sent.tokens):
        if token.lower != "i" or token.dep not in {"nsubj", "nsubjpass"}:
            continue
        verb = token.head
        mood = clause_mood(sent, verb)
        if mood not in PRESENT_MOODS and not (mood == "past" and _has_perfect(sent, verb)):
            continue
        for p in predicate_words(sent, verb):
            word = sent.tokens[p]
            if (word.lower in feelings or word.lemma in feelings) and not feeling_denied(sent, verb, p):
                return True
    return False



def _nobody_listens(sent: Sentence, verbs: frozenset[str]) -> bool:
    for token in sent.tokens:
        if token.lower in {"nobody", "no-one"} or (token.lower == "one" and token.dep == "nsubj"):
            verb = token.head
            if token.dep == "nsubj" and sent.tokens[verb].lemma in verbs and clause_mood(
                sent, verb
            ) in PRESENT_MOODS:
                return True
    return False


def defensive(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Contradicting or dismissing the interviewer, minimising the concern, or a curt reply.

    The concern itself (the question's doubt) dismissed: a concern word as the subject of a
    verdict that is not an acknowledgement ("that worry is X"), or denied ("it's not a real
    issue"); the interviewer told they are wrong or do not understand; "it doesn't matter".
    """
    concern = _words(data, rule, "concern_words")
    fair = _words(data, rule, "acknowledging")
    cognition = _words(data, rule, "cognition")
    contest = _words(data, rule, "contest")
    terms = _words(data, rule, "terms")
    labels = _words(data, rule, "labels")
    ordinary = _words(data, rule, "ordinary")
    asked = question_words(data.question) if labels else frozenset()
    nouns = question_words(data.question, 3) if ordinary else frozenset()
    assent = _words(data, rule, "assent")
    kept = _words(data, rule, "kept")
    difficulty = _words(data, rule, "difficulty")
    slights = _words(data, rule, "slights")
    views = _words(data, rule, "views")
    mere = _words(data, rule, "mere")
    if any(sensed.GATES[name](data) for name in sensed.gates_of(rule)):
        # the interviewer's question judged is aimed at them whatever was asked
        hits = _parsed_hits(data, lambda sent: bool(kept and pushback.move_judged(sent, kept))
                            or bool(pushback.question_judged(sent))
                            or bool(slights and pushback.question_slighted(sent, slights)))
        hits = _not_declined(data, hits)
        return [make_finding(rule, _quote(data, hits))] if hits else []
    # what the concern raised: its words of doubt and the question's own nouns ("the degree")
    raised = concern | question_words(data.question, 3) if mere and data.phase == "concern_reply" \
        else frozenset()
    # a question tag turns a challenge back on the interviewer; elsewhere it is a way of talking
    challenged = data.interview_format == "stress" or data.phase == "concern_reply" or (
        data.family is not None and data.family.id == "stress_resistance")
    hits = _parsed_hits(data, lambda sent: _dismisses(sent, concern, fair)
                        or bool(challenged and assent and _composure_lapse(sent, assent, concern, fair))
                        or bool(challenged and downplayed.downplayed(sent, concern)
                                and not _granted(data, fair, besides=sent.index))
                        or bool(challenged and sent.index == 0 and mock_reply.mock_opening(sent))
                        or bool(challenged and pushback.tautology(sent))
                        or bool(kept and pushback.move_judged(sent, kept))
                        or bool(challenged and _sarcasm(sent))
                        or bool(challenged and views and composure.view_judged(sent, views))
                        or bool(challenged and _aimed_back(sent, difficulty))
                        or bool(challenged and aimed_reply.quoted_word_judged(sent))
                        or bool(aimed_reply.implied_view_refused(sent) or aimed_reply.label_refused(sent))
                        or bool(challenged and concern and aimed_reply.concern_denied(sent, concern)
                                and not _granted(data, fair))
                        or _contradicts(sent, cognition)
                        or bool(contest and pushback.contests_terms(sent, contest, terms))
                        or bool(pushback.question_judged(sent))
                        or bool(slights and pushback.question_slighted(sent, slights))
                        or bool(pushback.told_to_look(sent, cognition))
                        or bool(labels and (pushback.concern_minimised(sent, asked, fair | concern)
                                            or pushback.told_wrong(sent)
                                            or pushback.label_denied(sent, labels)
                                            or (challenged and pushback.tag_question(sent))))
                        or bool(ordinary and challenged and not _granted(data, fair)
                                and pushback.concern_normalised(sent, nouns, ordinary))
                        or bool(data.phase == "concern_reply" and gap_waved.waved(sent, concern)
                                and not _planned(data))
                        or bool(raised and mere_form.trivialised(sent, raised, mere)))
    hits = _not_declined(data, hits)
    curt_limit = int(rule.number("curt_words", 0))
    if not hits and curt_limit and data.answer.words < curt_limit and data.answer.sentences:
        hits = [sent.index for sent in data.answer.sentences]
        message = f"{rule.message} (a {data.answer.words}-word reply reads as curt)"
        return [make_finding(rule, _quote(data, hits), message=message)]
    return [make_finding(rule, _quote(data, hits))] if hits else []


def _not_declined(data: RuleInput, hits: list[int]) -> list[int]:
    """The hits less any sentence that refuses what the question ruled out ("don't tell me
    you're a perfectionist": "ha, no, you'll not get that from me"): going along with the
    interviewer, not pushing back (``analysis/declined_ask.py``)."""
    ruled = declined_ask.ruled_out(data.question)
    if not ruled:
        return hits
    return [index for index in hits if not declined_ask.declines(data.answer.sentences[index], ruled)]


def _planned(data: RuleInput) -> bool:
    """Whether the reply to a concern gives a step bounded by a date, outside any sentence that
    waves the gap away ("I'd pick that up in a few weeks" promises a speed, it plans nothing):
    a claim that the gap is small or carries over stands unbacked without one."""
    return any(planned_step(sent) and not gap_waved.quick_pickup(sent)
               for sent in data.answer.sentences)


def _composure_lapse(sent: Sentence, assent: frozenset[str], concern: frozenset[str],
                     granting: frozenset[str] = frozenset()) -> bool:
    """A lapse of composure in a reply to a challenge (``analysis/composure.py``): a grudging
    shrug, a view credited to the interviewer to mock it, what the speaker would have expected
    set against the question, a loss for what they want, the
    interviewer told to read more carefully, the concern talked down or judged."""
    return bool(composure.shrug(sent, assent) or composure.mocked_view(sent)
                or composure.counterfactual_reproach(sent)
                or composure.at_a_loss(sent) or composure.told_to_read(sent)
                or composure.concern_talked_down(sent, concern)
                or composure.point_judged(sent, concern, granting))


def _sarcasm(sent: Sentence) -> bool:
    """Sarcasm in a reply to a challenge: the interviewer told their push is not needed, a bare
    "and?", a mock apology, mock surprise or mock envy ("lucky you") (``analysis/pushback.py``,
    ``analysis/mock_reply.py``). Outside a challenge these are rarer and read otherwise."""
    return bool(pushback.told_not_needed(sent) or mock_reply.retort(sent)
                or mock_reply.mock_apology(sent) or mock_reply.mock_surprise(sent)
                or mock_reply.mock_envy(sent) or mock_reply.dare(sent))


def _aimed_back(sent: Sentence, difficulty: frozenset[str]) -> bool:
    """A remark turned back on the interviewer in a reply to a challenge
    (``analysis/aimed_reply.py``): curiosity feigned about what the speaker has already settled,
    a "why do you say that?", the scenario said to happen to no one, the test called easy."""
    return bool(aimed_reply.feigned_curiosity(sent) or aimed_reply.view_questioned(sent)
                or aimed_reply.premise_denied(sent)
                or (difficulty and aimed_reply.difficulty_denied(sent, difficulty)))


def _granted(data: RuleInput, fair: frozenset[str], besides: int = -1) -> bool:
    """Whether the reply opens by granting the question something in its first two sentences
    ("that's a fair point", "a reasonable worry", "I get why you'd ask": ``grant.grants``): an
    ordinary thing said after that explains, it does not wave the concern away. The sentence
    ``besides`` is not read ("it's less relevant than it looks" grants nothing)."""
    return any(grant.grants(sent, fair) for sent in data.answer.sentences[:2]
               if sent.index != besides)


QUESTION_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]+")


def question_words(question: str, shortest: int = 4) -> frozenset[str]:
    """The question's words of ``shortest`` letters or more, lower-cased, with a plural's
    singular: a noun of the reply found here is the question's own term ("tenure", "headcount";
    with 3, also "gap" and "job")."""
    found = {word.lower() for word in QUESTION_WORD_RE.findall(question) if len(word) >= shortest}
    return frozenset(found | {word[:-1] for word in found if word.endswith("s")})


def _dismisses(sent: Sentence, concern: frozenset[str], fair: frozenset[str]) -> bool:
    for position, token in enumerate(sent.tokens):
        if token.lemma == "matter" and token.pos == "VERB" and token.tag != "VBG" and negated(sent, position):
            return True  # "it doesn't matter"; not a gerund naming a feeling ("signs of not mattering")
        if (token.dep in {"acomp", "attr"} and token.lower in fair and token.lower not in SITUATION_VERDICTS
                and negated(sent, token.head)
                and clause_mood(sent, token.head) == "negated" and _points_at_question(sent, token.head)):
            return True  # "That's not really fair", "it isn't true"
        if token.lower in fair and token.lower not in SITUATION_VERDICTS \
                and _fairness_doubted(sent, position):
            return True  # "I'm not sure that's a fair summary", "that's not a fair reading"
        if token.lower not in concern and token.lemma not in concern:
            continue
        if token.pos != "NOUN" or (token.dep == "pobj" and 0 <= token.head < len(sent.tokens)
                                   and sent.tokens[token.head].lower in PHRASE_PREPS):
            continue  # "at this point", "to the point": a phrase, not the concern itself
        if any(sent.tokens[c].tag == "JJS" or sent.tokens[c].lower == "same"
               for c in children(sent, position)):
            continue  # "not the worst problem to have", "I don't see the same issue": own, not the question
        if token.dep not in {"attr", "acomp"} and any(
                sent.tokens[c].dep == "amod" and sent.tokens[c].lower in fair
                for c in children(sent, position)):
            continue  # "fair point, I haven't seen...": the concern granted in passing, not its subject
        if _denied_by_speaker(sent, position):
            return True  # "I don't see that as a real gap", "I don't think it's an issue"
        if token.dep in SUBJECTS:
            verb = token.head
            if not 0 <= verb < len(sent.tokens) or not (
                sent.tokens[verb].lemma == "be" or sent.tokens[verb].lower in {"'s", "’s"}
            ):
                continue
            pointed = {sent.tokens[c].lower for c in children(sent, position)
                       if sent.tokens[c].dep in {"det", "poss"}}
            if position > 0:  # "I think that worry is...": the parser may read "that" as a mark
                pointed.add(sent.tokens[position - 1].lower)
            if not pointed & {"that", "this", "your", "the"} or token.lemma in {"gap", "issue"}:
                continue
            predicate = [p for p in children(sent, verb) if sent.tokens[p].dep in {"acomp", "attr"}]
            if not predicate:
                continue
            word = sent.tokens[predicate[0]]
            if negated(sent, verb):
                return word.lower in fair or word.lower in concern or word.pos == "ADJ"
            if word.lower not in fair and word.pos == "ADJ" and word.tag != "JJR" and valence(
                word, WordClasses()
            ) <= 0:
                return True
        elif token.dep in {"attr", "acomp"} and negated(sent, token.head) and _points_at_question(
            sent, token.head
        ):
            return True  # "that's not really a concern"; not "it wasn't an ops problem" (a story)
    return False


SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PHRASE_PREPS = frozenset({"at", "to", "on", "in", "from", "beside"})
# "That's not good" owns a bad situation; "that's not fair/true/relevant" rejects the question.
SITUATION_VERDICTS = frozenset({"good", "great", "ideal", "ok", "okay", "acceptable"})
OPINION_VERBS = frozenset({"see", "think", "believe", "consider", "view", "regard", "feel"})


def _fairness_doubted(sent: Sentence, position: int) -> bool:
    """The fairness word at ``position`` is denied of what was just said: as the adjective of the
    clause's noun ("that's not a fair reading") or under the speaker's doubt ("I'm not sure
    that's a fair characterisation", "I'm not sure that's fair")."""
    token = sent.tokens[position]
    verb = token.head
    if token.dep == "amod" and 0 <= verb < len(sent.tokens) and sent.tokens[verb].dep == "attr":
        verb = sent.tokens[verb].head  # "a fair reading" -> "'s"
    elif token.dep not in {"acomp", "attr"}:
        return False
    if not 0 <= verb < len(sent.tokens) or not _points_at_question(sent, verb):
        return False
    if negated(sent, verb) and token.dep == "amod":
        return True
    return _doubted_by_speaker(sent, verb) or _opinion_denied(sent, verb)


def _opinion_denied(sent: Sentence, verb: int) -> bool:
    """The clause at ``verb`` is what the speaker says they do not think, now: "I don't think
    that comment is fair" (not "I didn't think it was fair", a story)."""
    head = sent.tokens[verb].head
    if sent.tokens[verb].dep != "ccomp" or not 0 <= head < len(sent.tokens):
        return False
    opinion = sent.tokens[head]
    return (opinion.lemma in OPINION_VERBS and opinion.tag in {"VB", "VBP"} and negated(sent, head)
            and not any(sent.tokens[c].lower in {"did", "had"} for c in children(sent, head))
            and any(sent.tokens[c].lower == "i" and sent.tokens[c].dep in SUBJECTS
                    for c in children(sent, head)))


def _doubted_by_speaker(sent: Sentence, verb: int) -> bool:
    """The clause at ``verb`` is what the speaker says they are not sure of: "I'm not sure
    that's ...", "I am not sure it is ..."."""
    head = sent.tokens[verb].head
    if sent.tokens[verb].dep != "ccomp" or not 0 <= head < len(sent.tokens):
        return False
    sure = sent.tokens[head]
    if sure.lower != "sure":
        return False
    holder = sure.head if sure.dep == "acomp" else head
    if not 0 <= holder < len(sent.tokens):
        return False
    return (negated(sent, head) or negated(sent, holder)) and any(
        sent.tokens[c].lower == "i" and sent.tokens[c].dep in SUBJECTS for c in children(sent, holder))


def _points_at_question(sent: Sentence, verb: int) -> bool:
    """The clause's subject is "that", "this" or "it" and its verb is in the present: it speaks
    of what was just said."""
    head = sent.tokens[verb]
    if not (head.lemma == "be" or head.lower in {"'s", "’s"}) or head.tag not in {"VBZ", "VBP"}:
        return False
    return any(sent.tokens[c].dep in SUBJECTS and (sent.tokens[c].lower in {"that", "this", "it"} or any(
        sent.tokens[d].dep == "det" and sent.tokens[d].lower in {"that", "this"}
        for d in children(sent, c))) for c in children(sent, verb))  # "that comment is ..."


def _denied_by_speaker(sent: Sentence, position: int) -> bool:
    """The concern word sits under the speaker's denied opinion: "I don't see it as a gap"."""
    current = sent.tokens[position].head
    seen = set()
    while 0 <= current < len(sent.tokens) and current not in seen:
        seen.add(current)
        verb = sent.tokens[current]
        past = any(sent.tokens[c].lower in {"did", "had"} or (
            sent.tokens[c].dep == "aux" and sent.tokens[c].lemma == "have") for c in children(sent, current))
        if verb.lemma in OPINION_VERBS and negated(sent, current) and not past and any(
            sent.tokens[c].lower == "i" and sent.tokens[c].dep in SUBJECTS
            for c in children(sent, current)
        ):
            return True
        if verb.head == current:
            break
        current = verb.head
    return False


WH_TAGS = frozenset({"WP", "WDT", "WRB"})
"""Wh-words: one of them ahead of the subject opens a clause about what anyone knows."""


def _contradicts(sent: Sentence, cognition: frozenset[str]) -> bool:
    for position, token in enumerate(sent.tokens):
        if token.lower != "you" or token.dep not in SUBJECTS:
            continue
        verb = token.head
        mood = clause_mood(sent, verb)
        if mood in {"conditional", "question"}:
            continue
        if sent.tokens[verb].dep in {"conj", "advcl", "relcl", "acl"}:
            continue  # "...and then you still don't know what was wrong": anyone, not the interviewer
        head = sent.tokens[verb]
        if head.dep != "csubj" and any(sent.tokens[c].tag in WH_TAGS and c < position
                                       for c in children(sent, verb)):
            # "don't hide what you don't know": a free relative, anyone's not knowing; "what you
            # don't understand is …" opens a sentence to tell the interviewer so
            continue
        generic = head.tag in {"VB", "VBP"} and any(
            sent.tokens[c].lower in {"never", "can", "ca", "cannot"} for c in children(sent, verb))
        received = head.lemma == "get" and any(sent.tokens[c].lower == "from" for c in children(sent, verb))
        if head.lemma in cognition and (negated(sent, verb) or head.lemma.startswith("mis")) and not generic \
                and not received:
            # "you don't understand", "you've misread"; not "you never really know", nor "you'll
            # not get that from me" (something received, not understood)
            return True
        if head.lemma == "be":
            for p in children(sent, verb):
                word = sent.tokens[p]
                if word.dep in {"acomp", "attr"} and word.lower in {"wrong", "mistaken", "unfair"}:
                    return True
        if head.lemma in {"ask", "want"} and mood == "past" and any(
            t.lower == "so" for t in sent.tokens
        ):
            return True  # "you asked for X, so that's what you got": the request thrown back
    return False


def overclaims(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Sweeping claims about oneself: "I am the best...", "I can fix any...", "I never fail"."""
    failures = _words(data, rule, "failures")
    lapses = _words(data, rule, "composure")
    listed = _praise_strings(data)
    hits: list[int] = [sent.index for sent in data.answer.sentences
                       if sent.index not in listed and (
                           claims.no_exception(sent) or claims.whole_credit(sent)
                           or claims.alone_above(sent) or claims.field_acclaim(sent)
                           or claims.result_owned(sent) or claims.spotless_record(sent)
                           or claims.first_in_field(sent) or claims.field_transformed(sent)
                           or claims.universal_record(sent) or claims.ranked_over_a_place(sent))]
    for sent, verb in _speaker_verbs(data):
        if sent.index in hits or sent.index in listed:
            continue
        if _superlative_self(sent, verb) or _any_object(sent, verb) or (
            negated(sent, verb)
            and any(sent.tokens[c].lower == "never" for c in children(sent, verb))
            and sent.tokens[verb].lemma in failures
            # "I would never let it be a surprise" is a principle, not a record
            and not any(sent.tokens[c].lower in MODALS for c in children(sent, verb))
            # "I never let her run a project": what someone else was allowed, not a failure
            # denied ("I never failed to hit a date" still is one)
            and not any(sent.tokens[c].dep == "ccomp" and any(
                sent.tokens[g].dep == "nsubj" for g in children(sent, c))
                for c in children(sent, verb))
            # "I've never missed a handover if I could help it": a record the speaker qualifies
            and not _own_condition(sent, verb)
            # "I've never been let go": something done to the speaker, not a record of theirs
            and not _done_to_speaker(sent, verb)
            # "I've never lost my temper": a temperament described, not a record of results
            and not claim_context.no_record_claimed(sent, lapses)
        ):
            hits.append(sent.index)
    return [make_finding(rule, _quote(data, sorted(hits)))] if hits else []


def sole_credit(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Sole credit or a rank above everyone, read from the parse (``claims.sole_credit``): a deed
    done single-handedly, a result that would not exist without the speaker, the speaker ranked
    above anyone or as the only one able, the best anyone has had, every result from them."""
    listed = _praise_strings(data)
    hits = [sent.index for sent in data.answer.sentences
            if sent.index not in listed and (claims.sole_credit(sent) or none_but_me.nobody_but_me(sent)
                                             or none_but_me.as_good_as_anyone(sent))]
    return [make_finding(rule, _quote(data, hits))] if hits else []


def _done_to_speaker(sent: Sentence, verb: int) -> bool:
    """The speaker is the passive subject of the verb: "I've never been let go"."""
    return any(sent.tokens[c].lower == "i" and sent.tokens[c].dep == "nsubjpass"
               for c in children(sent, verb))


CONDITION_MARKS = frozenset({"if", "unless"})
SPEAKER_SUBJECTS = frozenset({"i", "we"})


def _own_condition(sent: Sentence, verb: int) -> bool:
    """Whether the clause at ``verb`` carries a condition on the speaker's own doing ("... if I
    could help it", "... unless we had no choice"): a record qualified by its exceptions, not an
    absolute. A condition on someone else ("if you ask my team") qualifies nothing the speaker
    claims."""
    for clause in children(sent, verb):
        if sent.tokens[clause].dep != "advcl":
            continue
        kids = [sent.tokens[c] for c in children(sent, clause)]
        if any(kid.dep == "mark" and kid.lower in CONDITION_MARKS for kid in kids) and any(
                kid.dep in {"nsubj", "nsubjpass"} and kid.lower in SPEAKER_SUBJECTS for kid in kids):
            return True
    return False


def _praise_strings(data: RuleInput) -> set[int]:
    """Sentences that list the speaker's qualities (``claims.praise_string``) and take no credit
    from others in so many words: self-praise, which tone.self_praise names, not an overclaim."""
    return {sent.index for sent in data.answer.sentences
            if claims.praise_string(sent) and not claims.credit_taken(sent)}


def _superlative_self(sent: Sentence, verb: int) -> bool:
    if sent.tokens[verb].lemma != "be" or clause_mood(sent, verb) in {
        "negated", "hypothetical", "past_future", "conditional", "question"
    }:
        return False
    if sent.tokens[verb].dep in {"relcl", "acl"}:
        return False  # "the work I'm best at is...": a strength named, not a rank claimed
    for p in children(sent, verb):
        word = sent.tokens[p]
        if word.dep not in {"attr", "acomp"}:
            continue
        scope = subtree(sent, p)
        if any(sent.tokens[q].tag == "JJS" and _praising(sent.tokens[q]) and _determined(sent, q)
               for q in scope):
            return not any(sent.tokens[q].lower in {"one", "among", "of"} for q in scope)
    return False


def _determined(sent: Sentence, position: int) -> bool:
    """Whether the superlative at ``position`` ranks someone ("the best", "the calmest person",
    "their best hire"): it, or the noun it describes, takes a determiner or an owner. A bare one
    says when or how the speaker works best ("I'm best fresh, straight in"), no rank."""
    token = sent.tokens[position]
    ranked = [position]
    if token.dep == "amod" and 0 <= token.head < len(sent.tokens):
        ranked.append(token.head)
    return any(sent.tokens[child].dep in {"det", "poss"}
               for place in ranked for child in children(sent, place))


SUCCESS_LEMMAS = frozenset({"solve", "fix", "handle", "close", "win", "deliver", "turn", "hit",
                            "achieve", "beat", "crack", "sell", "manage", "lead", "motivate",
                            "convince", "persuade", "rescue", "transform", "succeed", "meet"})
# Verbs of a routine ("I run every Monday review") that claim success over all cases only with
# "can"/"could" ("I could run any terminal").
ABLE_ONLY_LEMMAS = frozenset({"run"})


PRAISING_SUPERLATIVES = frozenset({"best", "greatest", "strongest", "smartest", "finest",
                                   "brightest", "toughest", "fastest", "sharpest", "ablest"})


def _praising(token: Token) -> bool:
    """A superlative that praises ("the best", "the strongest"), not one that states a fact
    ("the youngest manager", "the largest site")."""
    from poise.analysis.meaning import sentiment_lexicon

    return token.lower in PRAISING_SUPERLATIVES or sentiment_lexicon().get(token.lower, 0.0) >= 1.5


def _any_object(sent: Sentence, verb: int) -> bool:
    """ "I can solve any problem", "I win every deal": a claim of success over all cases (not a
    routine: "I visit every site before we bid")."""
    token = sent.tokens[verb]
    # "I'm confident I could run any site": a claim made under an assurance of the speaker's
    assured = (token.dep == "ccomp" and 0 <= token.head < len(sent.tokens)
               and sent.tokens[token.head].pos == "ADJ")
    if (token.dep not in {"ROOT", "conj"} and not assured) or negated(sent, verb):
        return False
    if any(_any_object(sent, c) for c in children(sent, verb) if sent.tokens[c].dep == "conj"):
        return True  # "I could step in and run any terminal"
    lemma = token.lemma
    if lemma not in SUCCESS_LEMMAS and lemma not in ABLE_ONLY_LEMMAS:
        return False
    able = {"can", "could", "will", "'ll"}
    head = sent.tokens[verb].head
    # "I could step in and run any site": the modal sits on the first verb of the pair
    joined = sent.tokens[verb].dep == "conj" and 0 <= head < len(sent.tokens) and any(
        sent.tokens[c].lower in able for c in children(sent, head))
    if not joined and not any(sent.tokens[c].lower in able for c in children(sent, verb)) \
            and clause_mood(sent, verb) not in {"present", "habitual"}:
        return False
    if lemma in ABLE_ONLY_LEMMAS and not (joined or any(sent.tokens[c].lower in able - {"will", "'ll"}
                                                        for c in children(sent, verb))):
        return False
    for p in children(sent, verb):
        if sent.tokens[p].dep == "dobj" and any(
            sent.tokens[c].lower in {"any", "every"} and sent.tokens[c].dep == "det"
            for c in children(sent, p)
        ):
            return True
    return False


def self_praise(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """A string of flattering words about oneself with nothing that shows them: ``min_adjectives``
    or more distinct positive words predicated of the speaker (``self_praising``) in an answer
    that tells no result figure and fewer than two actions; or as many in one sentence (a list
    of qualities, "I'm very dedicated, very honest, very hardworking") with no action of the
    speaker's or result figure in it or in the ``params.backed_within`` sentences after it,
    whatever the rest of the answer tells: a story elsewhere does not show the qualities listed."""
    praise = self_praising(data, rule)
    minimum = int(rule.number("min_adjectives", 3))
    everywhere: dict[str, int] = {}
    for index, words in praise.items():
        for word in words:
            everywhere.setdefault(word, index)
    sentences = data.answer.sentences
    if len(everywhere) >= minimum and not (any(sent.outcome_numbers for sent in sentences) or sum(
            1 for sent in sentences for verb in sent.own_past_actions if acts(verb)) >= 2):
        return [make_finding(rule, _quote(data, list(everywhere.values())))]
    within = int(rule.number("backed_within", 1))
    listed = [index for index, words in praise.items() if len(words) >= minimum and not any(
        sent.outcome_numbers or any(acts(verb) for verb in sent.own_past_actions)
        for sent in sentences[index:index + within + 1])]
    return [make_finding(rule, _quote(data, listed))] if listed else []


def self_praising(data: RuleInput, rule: CodeRule) -> dict[int, set[str]]:
    """Per sentence, the distinct words that praise the speaker (``self_described.praising``:
    a valence of ``params.praise_valence`` or more; the rule's ``params.positive`` lexicons add
    words the sentiment lexicon lacks, and a word it does not list is read by its learned
    valence)."""
    classes = _classes(data, rule)
    least = rule.number("praise_valence", POSITIVE)
    praise: dict[int, set[str]] = {}
    for sent in data.answer.sentences:
        words = self_described.praising(sent, classes, least=least, estimate=word_valence.estimate)
        if words:
            praise[sent.index] = words
    return praise


def oversharing(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Health or private family matters told in an interview answer."""
    private = _words(data, rule, "targets")
    hits = []
    owned: set[int] = set()
    for sent in data.answer.sentences:
        for position, token in enumerate(sent.tokens):
            if (token.lower in private or token.lemma in private) and _own_private(sent, position):
                hits.append(sent.index)
                if _possessed_by_speaker(sent, position):
                    owned.add(sent.index)
                break
    # "my divorce", "my mother's diabetes": the matter is the speaker's by the parse itself,
    # whatever the rest of the answer sounds like (``grounded``)
    grounded.mark(data, rule.id, owned)
    return [make_finding(rule, _quote(data, hits))] if hits else []


def _possessed_by_speaker(sent: Sentence, position: int) -> bool:
    """Whether the private word is owned by "my" or by the speaker's relative ("my divorce", "my
    mother's diabetes")."""
    return sent.parsed and any(
        sent.tokens[child].dep == "poss" and (sent.tokens[child].lower == "my" or (
            sent.tokens[child].lower in FAMILY_WORDS and any(
                sent.tokens[grand].lower == "my" for grand in children(sent, child))))
        for child in children(sent, position))


FAMILY_WORDS = frozenset({"mother", "father", "mum", "mom", "dad", "wife", "husband", "partner",
                          "son", "daughter", "child", "children", "kids", "parents", "sister",
                          "brother", "family"})
HEALTH_VERBS = frozenset({"have", "go", "undergo", "start", "need", "be", "get", "diagnose",
                          "suffer", "recover", "take", "spend", "attend", "see", "fight"})


def _own_private(sent: Sentence, position: int) -> bool:
    """The private matter is the speaker's or their family's ("my divorce", "my husband's
    depression", "I was diagnosed", "I had a breakdown"), not a product or a client's
    ("our cancer drugs", "a therapy line")."""
    if not sent.parsed:
        return sent.has_self
    token = sent.tokens[position]
    for child in children(sent, position):
        owner = sent.tokens[child]
        if owner.dep == "poss":
            # "my divorce" is the speaker's; "the trust's surgery", "a client's divorce" are not
            return owner.lower == "my" or owner.lower in FAMILY_WORDS
    head = token.head
    if token.dep == "compound" and 0 <= head < len(sent.tokens) and sent.tokens[head].pos == "NOUN":
        # "the trust's cancer surgery", "a rehab clinic": the word names a kind of service, and
        # is private only when the whole is the speaker's ("my cancer treatment")
        return any(sent.tokens[c].dep == "poss" and (sent.tokens[c].lower == "my"
                                                     or sent.tokens[c].lower in FAMILY_WORDS)
                   for c in children(sent, head))
    if token.tag.startswith("VB") or token.dep in {"acomp", "attr"}:
        verb = position if token.tag.startswith("VB") else token.head
    else:
        verb = token.head
        while 0 <= verb < len(sent.tokens) and sent.tokens[verb].pos not in {"VERB", "AUX"}:
            if sent.tokens[verb].head == verb:
                break
            verb = sent.tokens[verb].head
    if not 0 <= verb < len(sent.tokens):
        return False
    subjects = [sent.tokens[c] for c in children(sent, verb) if sent.tokens[c].dep in SUBJECTS]
    if sent.tokens[verb].lemma in {"care", "look"} and token.lower not in FAMILY_WORDS:
        return False  # "I look after surgery": a department run, not a relative nursed
    return (sent.tokens[verb].lemma in HEALTH_VERBS | {"care", "look"} and any(
        item.lower == "i" for item in subjects
    )) or (sent.tokens[verb].lemma in {"diagnose"} and any(item.lower == "i" for item in subjects))


def undermining(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Conduct that goes around people or rules told as a win: going over someone's head or
    behind their back, acting without the approval the speaker needed, bypassing a process, a
    measure made to read other than it was or people judged not to need telling
    (analysis/appearance.py), something logged or split so a check never saw it, a rival's
    price passed on and undercut, news contained by a story told (analysis/advantage.py), another
    party's figure passed through the speaker's hands (analysis/confidential.py), a rival's bid
    shown to a seller, what a rival pays passed on or offered, a figure altered so it would look
    other than it was (analysis/rival_terms.py), a gift to the person who decides with the
    decision told after it (analysis/inducement.py), someone else's letterhead, stamp or login
    used by the speaker's side (analysis/falsified.py), something told or sent to a party that
    the party never knew was so, or a claim told against what the speaker has just said was
    really so (analysis/deception.py), another bidder's figures passed to a party so it could set
    its own afresh (analysis/rival_terms.py), only part of a record presented and the rest kept
    back (analysis/withheld.py), someone above the speaker not told of an occasion just told
    (``conduct.superior_not_told``), the speaker's hand in an act hidden from the one it was done
    against, a fact kept from a party with something else said in its place, or a thing altered
    so that it would pass as genuine (analysis/concealed_part.py), someone above the speaker,
    by role or by the name the answer set beside the role, not told of a contact the speaker
    made (analysis/behind_superior.py), care taken that an act left nothing in writing
    (analysis/record_avoided.py), a party led to believe a claim the same sentence says was not
    so (analysis/belief_planted.py), a record done away with while someone else's check of it
    was still to come (``conduct.erased_before_check``), a rule stated and then not followed by
    the speaker's side (analysis/rule_broken.py), an own act with the speaker's excuse for it
    (analysis/excuse.py), a claim told or a thing presented and then what was really so
    (analysis/reality_after_claim.py)."""
    verbs = _words(data, rule, "verbs")
    consent = _words(data, rule, "consent")
    process = _words(data, rule, "process")
    presenting = _words(data, rule, "presenting")
    discreet = _words(data, rule, "discreet")
    occasions = _words(data, rule, "occasions")
    superiors = _words(data, rule, "superiors")
    contacts = _words(data, rule, "contacts")
    recording = _words(data, rule, "recording")
    making = _words(data, rule, "making")
    documents = _words(data, rule, "documents")
    leaving = _words(data, rule, "leaving")
    formal = _words(data, rule, "formal")
    marks = _words(data, rule, "marks")
    hits = _parsed_hits(data, lambda sent: _goes_around(sent, verbs, consent, process)
                        or _misrepresents(sent) or _conceals(sent)
                        or bool(indirect.presented_despite(sent, presenting))
                        or bool(indirect.quiet_influence(sent, discreet, occasions))
                        or (conduct.goes_around(sent) and not conduct.confidence_kept(
                            sent, data.answer.sentences[sent.index - 1] if sent.index else None))
                        or conduct.superior_not_told(sent, superiors, contacts)
                        or deception.covert_taking(sent, discreet)
                        or deception.sign_off_avoided(sent)
                        or deception.taken_on_leaving(sent)
                        or deception.claim_known_untrue(sent)
                        or deception.put_forward_knowing_not(sent)
                        or concealed_part.own_part_unknown(sent)
                        or concealed_part.altered_to_pass(sent)
                        or appearance.looks_other_than_it_was(sent)
                        or appearance.kept_out_of_measure(sent)
                        or appearance.no_need_to_tell(sent)
                        or advantage.kept_off_record(sent)
                        or advantage.told_to_contain(sent)
                        or confidential.figure_passed(sent)
                        or rival_terms.rival_paying_passed(sent)
                        or rival_terms.figure_altered_to_look(sent)
                        or rival_terms.others_figures_passed_to_reset(sent)
                        or falsified.denied_in_passing(sent)
                        or bool(recording and falsified.recorded_off_truth(sent, recording))
                        or bool(recording and falsified.booked_in_another_period(sent, recording))
                        or bool(documents and falsified.fabricated(sent, making, documents))
                        or bool(documents and falsified.false_document_used(sent, documents))
                        or bool(marks and falsified.others_mark_used(sent, marks))
                        or bool(leaving and pushed_out.pushed_to_leave(sent, leaving)))
    sentences = data.answer.sentences
    hits += [sent.index for sent, after in itertools.pairwise(sentences)
             if deception.claim_then_denied(sent, after) and sent.index not in hits]
    # a claim told, then denied in the same words, bare or marked as the truth; a step of
    # choosing or checking kept for form after the speaker settled the outcome; disclosure
    # weighed against the party's refusing and the party then unaware: each plain on the
    # parse, so they stand whatever the answer read whole sounds like (``grounded``)
    steps = _words(data, rule, "steps")
    mere = _words(data, rule, "mere")
    clear = {sent.index for position, sent in enumerate(sentences)
             if deception.claim_echo_denied(sent, sentences[position + 1]
                                            if position + 1 < len(sentences) else None)
             or bool(steps and mere and mere_form.kept_for_form(sentences, position, steps, mere))
             or deception.fault_kept_after_weighing(sentences, position)}
    hits += sorted(clear - set(hits))
    # a claim told against what the speaker has just said was really so
    hits += [sent.index for before, sent in zip((None, *sentences[:-1]), sentences, strict=True)
             if sent.index not in hits and deception.claim_against_truth(sent, before)]
    # a claim told or a thing presented, then what was really so in the next sentence
    hits += [sent.index for sent, after in itertools.pairwise(sentences)
             if sent.index not in hits and reality_after_claim.claim_then_reality(sent, after)]
    # a fact kept from a party just after a shortfall was told, and something else said to it
    hits += [sent.index for before, sent in zip((None, *sentences[:-1]), sentences, strict=True)
             if sent.index not in hits and concealed_part.withheld_and_claimed(sent, before)]
    # only part of a record presented, the rest kept back
    records = _words(data, rule, "records")
    if records:
        hits += [sent.index for position, sent in enumerate(sentences)
                 if sent.index not in hits and withheld.shown_in_part(sentences, position, records)]
    # a gift of the speaker's to the person who decides, the decision told just after
    gifts = _words(data, rule, "gifts")
    deciders = _words(data, rule, "deciders")
    decisions = _words(data, rule, "decisions")
    if gifts and deciders and decisions:
        hits += [sent.index for position, sent in enumerate(sentences) if sent.index not in hits
                 and inducement.favour_bought(sentences, position, gifts, deciders, decisions)]
    # a rival's bid shown to a seller, named or a pronoun for the seller told just before
    hits += [sent.index for position, sent in enumerate(sentences)
             if sent.index not in hits and rival_terms.rival_bid_shown(sentences, position)]
    # another party's price passed on, then the speaker's own figure set just under it
    hits += [sent.index for before, sent in zip((None, *sentences[:-1]), sentences, strict=True)
             if sent.index not in hits and advantage.rival_figure_used(sent, before)]
    # someone's departure told beside the formal steps it spared, in that sentence or the next
    if leaving and formal:
        for position, sent in enumerate(sentences):
            moved = None if sent.index in hits else pushed_out.pushed_out_by_speaker(
                sentences, position, leaving, formal)
            if moved is None:
                continue
            # the speaker's own move that brought the departure about is the conduct quoted too
            hits += [item for item in dict.fromkeys((sent.index, sentences[moved].index))
                     if item not in hits]
    # people said not to have needed to know, after an act of the speaker's in that sentence or
    # the one before
    hits += [sent.index for before, sent in zip((None, *sentences[:-1]), sentences, strict=True)
             if sent.index not in hits and appearance.none_to_know(sent, before)]
    # someone above the speaker, by role or by the name the answer set beside the role, not
    # told of a contact the speaker made; care taken that an act left nothing in writing
    if superiors and contacts:
        names = behind_superior.superior_names(sentences, superiors)
        hits += [sent.index for position, sent in enumerate(sentences) if sent.index not in hits
                 and behind_superior.not_told_of_contact(sentences, position, superiors, contacts, names)]
    hits += [sent.index for sent in sentences
             if sent.index not in hits and record_avoided.kept_unwritten(sent)]
    # a party led to believe a claim the same sentence says was not so
    hits += [sent.index for sent in sentences
             if sent.index not in hits and sent.parsed and belief_planted.believed_against_truth(sent)]
    # a record done away with by the speaker's side, a check of it by someone else named
    hits += [sent.index for before, sent in zip((None, *sentences[:-1]), sentences, strict=True)
             if sent.index not in hits and conduct.erased_before_check(sent, before)]
    # a rule stated and the speaker's side then not doing what it demands, or doing, against a
    # contrast, what it forbids; an own act with the speaker's excuse for it
    for position, sent in enumerate(sentences):
        if sent.index not in hits and (rule_broken.required_not_done(sentences, position)
                                       or rule_broken.forbidden_but_done(sentences, position)):
            hits.append(sent.index)
        hits += [sentences[item].index for item in excuse.act_excused(sentences, position)
                 if sentences[item].index not in hits]
    # a miss the speaker takes as their own is an admission, not conduct told as a win
    hits = [index for index in hits if not conduct.owns_fault(data.answer.sentences[index])]
    # something told or sent to a party that the party then never knew was so, or would have
    # acted on had it known: the fault named there ("if they knew it was our error") is what
    # was kept from them, not owned to them
    hits += [sent.index for position, sent in enumerate(sentences)
             if sent.index not in hits and deception.kept_from_told(sentences, position)
             and not any(conduct.owns_fault(later) for later in sentences[position + 1:])]
    # a charge someone else made ("he reckoned I'd changed it without asking him") is answered,
    # not told as a win
    hits = [index for index in hits if not conduct.said_of_speaker(data.answer.sentences[index])]
    grounded.mark(data, rule.id, clear & set(hits))
    return [make_finding(rule, _quote(data, sorted(hits)))] if hits else []


SPEECH_LEMMAS = frozenset({"tell", "say", "claim", "report", "state", "assure", "promise", "quote",
                           "present", "imply", "suggest", "write", "put"})
TRUTH_WORDS = frozenset({"true", "accurate", "correct", "honest", "right", "case"})
NOTICE_LEMMAS = frozenset({"need", "know", "notice", "see", "spot", "find", "realise", "realize",
                           "check", "question", "catch", "hear", "require"})
NOBODY_WORDS = frozenset({"nobody", "neither", "no-one", "none", "noone", "nor"})
DISCLOSE_LEMMAS = frozenset({"mention", "disclose", "reveal", "flag", "draw", "report", "declare"})
GATED_LEMMAS = frozenset({"need", "require", "check"})  # hidden only when what is skipped is a check
SIGN_OFF_WORDS = frozenset({"approval", "approve", "sign", "signoff", "sign-off", "signature",
                            "permission", "authorisation", "authorization", "authorise", "authorize",
                            "consent", "review", "tender", "vote"})
DECIDE_LEMMAS = frozenset({"decide", "choose", "opt", "elect", "prefer", "make"})


def _speaker_subject(sent: Sentence, verb: int) -> bool:
    return any(sent.tokens[c].lower in {"i", "we"} and sent.tokens[c].dep in SUBJECTS
               for c in children(sent, verb))


def _misrepresents(sent: Sentence) -> bool:
    """The speaker's own claim called untrue in the same breath: "I told them the price had
    gone up, which wasn't quite true"; not the speaker reporting that something was untrue."""
    told = [p for p, token in enumerate(sent.tokens)
            if token.lemma in SPEECH_LEMMAS and _speaker_subject(sent, p)
            and clause_mood(sent, p) in {"past", "other"}]
    if not told:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma != "be" or position < told[0] or not negated(sent, position):
            continue
        subjects = [sent.tokens[c] for c in children(sent, position) if sent.tokens[c].dep in SUBJECTS]
        commented = any(item.lower == "which" for item in subjects) or (
            token.dep in {"conj", "parataxis", "ccomp"} and any(
                item.lower in {"that", "it", "which"} for item in subjects)
            and not any(position in subtree(sent, c) for verb in told for c in children(sent, verb)
                        if sent.tokens[c].dep == "ccomp")
        )
        if commented and any(sent.tokens[c].lower in TRUTH_WORDS for c in children(sent, position)
                             if sent.tokens[c].dep in {"acomp", "attr"}):
            return True
    return False


def _conceals(sent: Sentence) -> bool:
    """An action of the speaker's arranged so that someone would not see, know or need to
    approve it ("...so nobody had to sign it off", "...so the auditors wouldn't notice"), or a
    choice not to disclose ("I chose not to mention the delay")."""
    for position, token in enumerate(sent.tokens):
        if token.lemma in DISCLOSE_LEMMAS and token.dep == "xcomp" and negated(sent, position):
            head = token.head
            if 0 <= head < len(sent.tokens) and sent.tokens[head].lemma in DECIDE_LEMMAS \
                    and _speaker_subject(sent, head):
                return True  # "I decided not to mention it"
        if token.lemma not in NOTICE_LEMMAS or token.dep not in {"advcl", "conj", "ccomp"}:
            continue
        kids = [sent.tokens[c] for c in children(sent, position)]
        if not any(kid.lower == "so" and kid.dep in {"mark", "advmod", "cc"} for kid in kids) and not (
            position > 0 and sent.tokens[position - 1].lower == "so"
        ):
            continue
        nobody = any(kid.dep in SUBJECTS and (kid.lower in NOBODY_WORDS or any(
            sent.tokens[c].lower in NOBODY_WORDS for c in children(sent, sent.tokens.index(kid))
        )) for kid in kids)
        if not (nobody or negated(sent, position)):
            continue
        if any(kid.lower in {"i", "we"} and kid.dep in SUBJECTS for kid in kids):
            continue  # "so I didn't need to...": about the speaker, not hiding from someone
        if token.lemma in GATED_LEMMAS and not any(
            sent.tokens[q].lemma in SIGN_OFF_WORDS or sent.tokens[q].lower in SIGN_OFF_WORDS
            for q in subtree(sent, position) if q != position
        ):
            continue  # "so the nurses didn't need overtime" is a result, not a skipped check
        if token.lemma not in GATED_LEMMAS and any(
            kid.dep == "dobj" and kid.pos in {"NOUN", "PROPN"} for kid in kids
        ):
            continue  # "so customers wouldn't notice any downtime": a smooth change, not a secret
        if _told_how(sent, position):
            continue  # "so that nobody would hear it second-hand": everyone told, and directly
        head = token.head
        if 0 <= head < len(sent.tokens) and head != position and _speaker_subject(sent, head):
            return True
    return False


SPEAKER_OBJECTS = frozenset({"me", "us", "myself", "ourselves"})
SOURCE_PREPOSITIONS = frozenset({"from", "through", "via"})
DEGREE_ADVERBS = frozenset({"really", "actually", "possibly", "likely", "ever", "even", "quite"})


def _told_how(sent: Sentence, verb: int) -> bool:
    """The knowing at ``verb`` is qualified by how or from whom it comes ("hear it second-hand",
    "learn it from the press", "find out indirectly"): what is denied is that route, not the
    knowing, so the speaker made sure people were told."""
    for child in children(sent, verb):
        word = sent.tokens[child]
        if word.dep == "npadvmod" or (word.dep == "prep" and word.lower in SOURCE_PREPOSITIONS):
            return True
        if word.dep == "advmod" and word.lower.endswith("ly") and word.lower not in DEGREE_ADVERBS:
            return True
    return False


OBJECT_BOUND = frozenset({"bypass", "circumvent", "sidestep", "manipulate"})
GOING = frozenset({"go", "get", "work"})
"""Verbs that, with "around" or "round" a person, tell that person left out of the way."""
AROUND = frozenset({"around", "round"})
NOT_PEOPLE = frozenset({"it", "approval", "approvals"})
"""Of ``PEOPLE_OBJECTS``, those one may go around without leaving anyone out ("went round it")."""
PEOPLE_OBJECTS = frozenset({"him", "her", "them", "boss", "manager", "committee", "board", "director",
                            "team", "approval", "approvals", "it", "sign-off", "procurement", "hr",
                            "finance", "legal", "compliance", "ceo", "cfo", "panel", "regulator"})


def _around_person(sent: Sentence, verb: int) -> bool:
    """The verb at ``verb`` goes "around" or "round" a person or a body ("went around him",
    "went round my manager"), read as a preposition with its object or an adverb beside the
    verb's object; not a place or a thing ("went round the wards", "worked around it")."""
    tokens = sent.tokens
    for child in children(sent, verb):
        if tokens[child].lower not in AROUND:
            continue
        if tokens[child].dep == "prep":
            objects = [g for g in children(sent, child) if tokens[g].dep == "pobj"]
        elif tokens[child].dep in {"advmod", "prt"}:
            objects = [g for g in children(sent, verb) if tokens[g].dep == "dobj"]
        else:
            continue
        if any(tokens[g].lower in PEOPLE_OBJECTS - NOT_PEOPLE for g in objects):
            return True
    return False


def _goes_around(sent: Sentence, verbs: frozenset[str], consent: frozenset[str],
                 process: frozenset[str]) -> bool:
    speaker_verbs = set()
    for token in sent.tokens:
        if token.lower in {"i", "we"} and token.dep in SUBJECTS:
            speaker_verbs.add(token.head)
    for verb in list(speaker_verbs):
        for position, token in enumerate(sent.tokens):
            if token.dep == "conj" and token.head == verb and not noun_read_as_verb(sent, position):
                speaker_verbs.add(position)  # not "metering and leak detection"
    for verb in speaker_verbs:
        if clause_mood(sent, verb) in {"conditional", "question", "negated", "hypothetical",
                                       "past_future"}:
            continue
        head = sent.tokens[verb]
        if head.lemma in verbs:
            if head.lemma not in OBJECT_BOUND:
                return True  # "I backdated the order", "we fudged the figures"
            objects = [sent.tokens[c] for c in children(sent, verb) if sent.tokens[c].dep == "dobj"]
            if any(item.lower in process or item.lemma in process or item.lower in consent
                   or item.lower in PEOPLE_OBJECTS for item in objects):
                return True  # "I bypassed the committee"; not "we bypassed the bottleneck"
        if head.lemma in GOING and _around_person(sent, verb):
            return True  # "I went around him", "we went round my manager"
        # a "without" may hang from the object ("placed the order without approval"): the
        # parse cannot tell which it qualifies, and either way the act went without it
        held = [c for c in children(sent, verb) if sent.tokens[c].dep == "dobj"]
        for p in [*children(sent, verb), *(c for o in held for c in children(sent, o)
                                           if sent.tokens[c].lower == "without")]:
            token = sent.tokens[p]
            # "over my manager's head", "behind her back"
            if token.lower in {"over", "behind"} and token.dep == "prep" and not any(
                    sent.tokens[c].dep == "neg" for c in children(sent, p)):
                # "not over his head": the speaker says they did not go around him
                places = [c for c in children(sent, p) if sent.tokens[c].dep == "pobj"]
                if any(sent.tokens[c].lower in {"head", "heads", "back", "backs"} for c in places):
                    return True
            # "without asking", "without approval"
            if token.lower == "without" and token.dep == "prep":
                inner = subtree(sent, p)
                if any(sent.tokens[q].lower in SPEAKER_OBJECTS for q in inner):
                    continue  # "decisions are theirs, without asking me": the speaker lets go
                if any(sent.tokens[q].lemma in consent or sent.tokens[q].lower in consent
                       for q in inner):
                    return True
            # "ignored the policy", "bent the rules"
            if token.dep == "dobj" and token.head == verb and (
                token.lower in process or token.lemma in process
            ) and head.lemma in {"ignore", "bend", "break", "skip", "dodge", "work"}:
                return True
    return False


def unmeasured_goals(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Goals with nothing to measure them by: no number and no date anywhere in the answer."""
    from poise.analysis.text import TIME_RE

    if any(sent.numbers for sent in data.answer.sentences) or TIME_RE.search(data.text):
        return []
    goal_words = _words(data, rule, "goal_words")
    hits = [sent.index for sent in data.answer.sentences
            if any(token.lower in goal_words for token in sent.tokens)]
    if not hits:
        hits = [0] if data.answer.sentences else []
    return [make_finding(rule, _quote(data, hits))] if hits else []


def no_means(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """A plan with no means named: none of the levers the rule's patterns list (data, budget,
    pricing, partners...) and no acts of the speaker's on concrete things that name a plan's own
    means (``poise.analysis.means``: "I release the two units we hold, I ring the hospital at
    Loandjili")."""
    if rule.match is not None and find(data.compile(rule.match), data.text):
        return []
    if means.names_means(data.answer):
        return []
    return [make_finding(rule, data.missing_evidence("answer"))]


ROLE_AHEAD_RE = re.compile(
    r"(?i)\b(?:this|the|that)\s+(?:job|role|post|position)\b|\bfirst\s+(?:few\s+)?"
    r"(?:days|weeks|months|year|90|100)\b")
"""A weakness question about the job ahead ("Which part of this job would you find hardest in
your first months?"): a step planned for it, with its date, is the improvement it asks for."""


def no_improvement_steps(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """A weakness with nothing done about it: no step named (the rule's lexicon), no action of
    the speaker's, past or current practice, and no measured change after the first sentence."""
    from poise.analysis.matching import find

    if rule.match is not None and find(data.compile(rule.match), data.text):
        return []
    sentences = data.answer.sentences
    if any(sent.outcome_numbers for sent in sentences[1:]):
        return []  # a change measured since ("overdue actions went from thirty to five"): worked on
    if ROLE_AHEAD_RE.search(data.question) and any(planned_step(sent) for sent in sentences):
        return []  # the hard part of the job ahead met with a dated step: the step asked for
    for sent in sentences[1:]:
        if any(acts(verb) for verb in sent.own_past_actions):
            return []
        if sent.own_habitual and any(t.lower in {"now", "since", "every", "each", "started"}
                                     for t in sent.tokens):
            return []
    return [make_finding(rule, data.missing_evidence("last_sentence"))]


def predicate_is_negative(sent: Sentence, verb: int, classes: WordClasses) -> bool:
    return negative_predicate(sent, verb, classes) is not None


LESSON_TIME_WORDS = frozenset({"now", "since", "nowadays", "today", "always", "every", "each",
                               "anymore", "longer"})


def no_lesson_drawn(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """A failure story with no lesson: no lesson wording (the rule's lexicon) and no sentence where
    the speaker says what they do differently now ("I now review...", "since then I...", "I
    still do that check before any move": ``grammar.carried_practice``)."""
    from poise.analysis.matching import find

    if rule.match is not None and find(data.compile(rule.match), data.text):
        return []
    for sent in data.answer.sentences[1:]:
        if sent.parsed and carried_practice(sent):
            return []  # "I still walk the line before every change": the lesson, applied
        lowered = {token.lower for token in sent.tokens}
        if (sent.own_habitual or sent.own_past_actions) and lowered & LESSON_TIME_WORDS and (
            "now" in lowered or "since" in lowered or "nowadays" in lowered or "longer" in lowered
        ):
            return []
        if sent.own_hypothetical and lowered & {"next", "again", "differently"}:
            return []  # "next time I would..."
    return [make_finding(rule, data.missing_evidence("last_sentence"))]


DEED_LESS_VERBS = frozenset({"say", "think", "guess", "believe", "suppose", "feel", "reckon", "mean",
                           "know", "hope", "imagine", "be", "love", "like", "want"})
"""Root verbs of a way of speaking, an opinion or a state ("I'd say", "I think", "I'm a believer"):
a sentence built on one tells no deed of the speaker's."""


def _root(sent: Sentence) -> int | None:
    return next((p for p, token in enumerate(sent.tokens) if token.dep == "ROOT"), None)


def _own_deed(sent: Sentence) -> bool:
    """The sentence's main clause tells something the speaker did or had done to them: "I" as
    the subject of a root verb that is not a way of speaking, an opinion or a state."""
    root = _root(sent)
    if root is None or sent.tokens[root].lemma in DEED_LESS_VERBS:
        return False
    return any(sent.tokens[c].lower == "i" and sent.tokens[c].dep in SUBJECTS
               for c in children(sent, root))


def _others_act(sent: Sentence, people: frozenset[str]) -> bool:
    """Someone else is the subject of a clause: "my deputy ran the day shift", "we moved",
    "the team rebuilt", "my art director disagreed"."""
    for token in sent.tokens:
        if token.dep not in SUBJECTS:
            continue
        if token.lower in {"we", "they", "everyone", "everybody"}:
            return True
        if token.pos in {"NOUN", "PROPN"} and (token.lemma in people or token.lower in people):
            return True
    return False


def superhero(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """A story of deeds told all in "I", where nobody else acts: more than ``params.above`` of
    the sentences (of ``params.min_sentences`` or more) tell a deed of the speaker's, and no
    sentence has another person or group as the subject of a clause, nor credits others (the
    rule's ``unless`` lexicon). A sentence of opinion or speech ("I'd say", "I think") is no deed,
    and "my deputy" is not the speaker."""
    sentences = [sent for sent in data.answer.sentences if sent.parsed]
    if len(sentences) < int(rule.number("min_sentences", 5)):
        return []
    if rule.match is not None and find(data.compile(rule.match), data.text):
        return []
    people = _words(data, rule, "people") | TEAM_NOUNS
    if any(_others_act(sent, people) for sent in sentences):
        return []
    deeds = [sent.index for sent in sentences if _own_deed(sent)]
    if len(deeds) <= rule.number("above", 0.75) * len(sentences):
        return []
    return [make_finding(rule, data.quote_sentences(deeds))]
