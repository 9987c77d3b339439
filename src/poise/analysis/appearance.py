"""Acts told to make a measure read other than it was, or to keep people from being told, read
from the parse.

- ``looks_other_than_it_was``: the speaker did something so that a thing would look (seem,
  appear) larger, better or smaller than it really was: "..., so the savings looked larger than
  they really were". The purpose ("so") after an act of the speaker's, and a comparison with
  what the thing "really" or "actually" was.
- ``kept_out_of_measure``: the speaker did something so that items dropped (fell, disappeared)
  out of a measure or a record: "..., so they dropped out of the average", "so the late orders
  fell off the dashboard".
- ``no_need_to_tell``: the speaker judged that the people concerned need not be told or troubled:
  "there was no need to worry the client with the detail", "I decided the board didn't need to
  know". A plain "no need to worry" said to reassure (no one troubled by it) is none.

- ``none_to_know``: after an act of the speaker's in the same sentence, the people it concerned
  are said not to have needed to know: "I read their exchange on the server, no one needed to
  know", "..., but he didn't need to know that" (or in the sentence before). What someone did
  not need to know how to do ("nobody needed to know how to code") is a fact of the work, not a
  secret kept.

The words are classes (appearing, leaving, measures, telling), not phrases; each test is a pure
function of one parsed sentence. Each asks that the act be told, not denied: "we made sure the
figures did not look better than they were" is the opposite.
"""

from __future__ import annotations

from poise.analysis import conduct
from poise.analysis.meaning import children, negated, subtree
from poise.analysis.text import Sentence

LOOKING = frozenset({"look", "seem", "appear", "read", "show", "sound"})
REALLY = frozenset({"really", "actually", "truly"})
LEAVING = frozenset({"drop", "fall", "disappear", "vanish", "slip", "stay", "come"})
OUT_OF = frozenset({"out", "off", "outside"})
MEASURES = frozenset({"average", "averages", "total", "totals", "count", "figures", "numbers",
                      "report", "reports", "dashboard", "metric", "metrics", "statistics",
                      "stats", "books", "ledger", "score", "scorecard", "kpi", "kpis", "tally",
                      "league", "data", "return", "returns", "sample"})
"""What a count or a record is kept in: items taken out of it change what it says."""
FIGURES = frozenset({"figures", "numbers", "metrics", "statistics", "stats", "score", "scores",
                     "kpi", "kpis", "savings", "results", "totals", "averages", "margins", "rates"})
"""Figures reported: made to "look" better, they were shown other than they were."""
TROUBLING = frozenset({"tell", "inform", "worry", "bother", "trouble", "burden", "alarm",
                       "involve", "consult", "update", "brief", "notify", "mention", "flag",
                       "loop", "concern", "distract"})
"""Verbs of telling or troubling someone with a matter."""
PEOPLE_PRONOUNS = frozenset({"them", "him", "her", "anyone", "anybody", "everyone"})
KNOWING = frozenset({"know", "hear", "see", "learn", "find"})
JUDGING = frozenset({"decide", "think", "feel", "figure", "reckon", "judge", "take", "conclude",
                     "felt", "thought", "believe"})
"""Verbs of a view the speaker formed ("I decided", "I took the view")."""


def _purpose_marked(sent: Sentence, verb: int) -> bool:
    """The clause at ``verb`` is introduced by "so" (its own mark or adverb, or the word just
    before its subject): a purpose or result of what came before."""
    if any(sent.tokens[c].lower == "so" and sent.tokens[c].dep in {"mark", "advmod", "cc"}
           for c in children(sent, verb)):
        return True
    first = min(subtree(sent, verb), default=verb)
    return first > 0 and sent.tokens[first - 1].lower == "so"




def looks_other_than_it_was(sent: Sentence) -> bool:
    """A thing made to look other than it was: "..., so the savings looked larger than they
    really were"."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in LOOKING or token.pos not in {"VERB", "AUX"} or negated(sent, position):
            continue
        if not _purpose_marked(sent, position) or not conduct.speaker_acted_before(sent, position):
            continue
        compared = [g for c in children(sent, position) if sent.tokens[c].tag in {"JJR", "RBR"}
                    or sent.tokens[c].dep in {"acomp", "oprd", "attr"}
                    for g in subtree(sent, c)]
        if any(sent.tokens[g].lower == "than" for g in compared) and any(
                sent.tokens[g].lower in REALLY for g in compared):
            return True
        if _figures_made_to_look(sent, position, compared):
            return True
    return False


def _figures_made_to_look(sent: Sentence, verb: int, compared: list[int]) -> bool:
    """Figures whose look, not their level, the speaker's act changed: "..., so the numbers
    looked stronger". A figure as the subject of the verb of looking, a comparative as what it
    looked; not the figures being better ("so the numbers were better")."""
    if sent.tokens[verb].lemma not in {"look", "seem", "appear"}:
        return False
    subjects = [c for c in children(sent, verb) if sent.tokens[c].dep in conduct.SUBJECTS]
    if not any(sent.tokens[c].lower in FIGURES for c in subjects):
        return False
    return any(sent.tokens[g].tag in {"JJR", "RBR"} or sent.tokens[g].lower == "more"
               for g in compared)


def kept_out_of_measure(sent: Sentence) -> bool:
    """Items made to leave a measure: "..., so they dropped out of the average"."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in LEAVING or negated(sent, position):
            continue
        if not _purpose_marked(sent, position) or not conduct.speaker_acted_before(sent, position):
            continue
        for child in children(sent, position):
            if sent.tokens[child].lower not in OUT_OF:
                continue
            reached = [g for g in subtree(sent, child) if g != child]
            if any(sent.tokens[g].lower in MEASURES for g in reached):
                return True
    return False


def no_need_to_tell(sent: Sentence) -> bool:
    """The speaker's view that the people concerned need not be told or troubled: "there was no
    need to worry them with the detail", "I decided the board didn't need to know"."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma != "need":
            continue
        if token.pos == "NOUN" and any(sent.tokens[c].lower == "no" for c in children(sent, position)):
            for verb in children(sent, position):
                if sent.tokens[verb].lemma in TROUBLING and _troubles_someone(sent, verb) \
                        and conduct._speaker_led(sent, position):
                    return True
        if token.pos == "VERB" and negated(sent, position) and token.dep in {"ccomp", "conj"}:
            subjects = [c for c in children(sent, position) if sent.tokens[c].dep in conduct.SUBJECTS]
            if any(sent.tokens[s].lower in conduct.SPEAKERS for s in subjects) or not subjects:
                continue  # "I didn't need to tell them twice": the speaker's own need
            known = [c for c in children(sent, position) if sent.tokens[c].dep == "xcomp"
                     and sent.tokens[c].lemma in KNOWING]
            head = token.head
            if known and 0 <= head < len(sent.tokens) and sent.tokens[head].lemma in JUDGING \
                    and conduct._speaker_led(sent, head):
                return True
    return False


def _troubles_someone(sent: Sentence, verb: int) -> bool:
    """The verb at ``verb`` has a person as its object: "worry them", "tell the client"."""
    for child in children(sent, verb):
        word = sent.tokens[child]
        if word.dep not in {"dobj", "dative"}:
            continue
        if word.lower in PEOPLE_PRONOUNS or word.pos == "PROPN":
            return True
        if word.pos == "NOUN" and word.lower not in MEASURES:
            return True
    return False


NO_ONE = frozenset({"nobody", "no-one", "noone"})


def _nobody(sent: Sentence, subject: int) -> bool:
    """The subject is no one at all: "nobody", "no one"."""
    word = sent.tokens[subject]
    return word.lower in NO_ONE or (word.lower == "one" and any(
        sent.tokens[c].lower == "no" for c in children(sent, subject)))


def none_to_know(sent: Sentence, before: Sentence | None = None) -> bool:
    """Someone other than the speaker, or no one, did not need to know, said after an act of the
    speaker's in the same sentence or in the sentence ``before`` it (see the module)."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma != "need" or token.pos not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in children(sent, position) if sent.tokens[c].dep in conduct.SUBJECTS]
        if not subjects or any(sent.tokens[s].lower in conduct.SPEAKERS for s in subjects):
            continue
        if not (negated(sent, position) or any(_nobody(sent, s) for s in subjects)):
            continue
        # "needed to know": the parser hangs "to know" as xcomp, or as advcl after "nobody"
        known = [c for c in children(sent, position) if sent.tokens[c].dep in {"xcomp", "advcl"}
                 and sent.tokens[c].lemma in KNOWING
                 and any(sent.tokens[a].lower == "to" for a in children(sent, c))]
        if any(sent.tokens[g].lower == "how" for clause in known for g in subtree(sent, clause)):
            continue  # "nobody needed to know how to code": a skill, not a secret
        if known and (conduct.speaker_acted_before(sent, position) or (
                before is not None and before.parsed
                and conduct.speaker_acted_before(before, len(before.tokens)))):
            return True
    return False
