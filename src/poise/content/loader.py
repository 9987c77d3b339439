"""Read and cross-check every content file; either all of it loads or a ContentError lists each problem."""

from __future__ import annotations

import pickle
import threading
from collections import Counter
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from poise.content import cache, patterns, schema
from poise.content.schema.spoken_forms import SpokenForms
from poise.content.schema.word_classes import OutcomeWords
from poise.content.spoken_forms import SPOKEN_FORMS_FILE
from poise.content.word_classes import OUTCOME_WORDS_FILE
from poise.errors import ContentError

if TYPE_CHECKING:  # reading YAML is needed only when the content is not cached
    from poise.content.collect import Collector

MIN_QUESTIONS_PER_FAMILY = 8
MIN_QUESTIONS_PER_COMPETENCY = 3


def content_dir() -> Path:
    """The folder of the bundled content files."""
    return Path(str(resources.files("poise.content")))


AREAS = ("fit", "prep", "interview", "followup", "voice")
"""The content of the other core packages. A pickled knowledge base (the content cache) keeps
them packed apart and unpacks them on first use: the analyser never reads them, and unpacking them
imports their models (``content.schema``), about 30 ms of a cold `poise analyze`."""

_unpacking = threading.Lock()


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    """Everything Poise knows, validated and cross-referenced."""

    families: dict[str, schema.Family]
    questions: dict[str, schema.Question]
    competencies: dict[str, schema.Competency]
    formats: dict[str, schema.InterviewFormat]
    lexicons: dict[str, schema.Lexicon]
    questions_to_ask: schema.QuestionsToAskFile
    checklist: tuple[schema.ChecklistItem, ...]
    anchors: dict[str, schema.DimensionAnchors] = field(default_factory=dict)
    # the dimensions a phase is judged on, where it is not all of them ("candidate_question")
    phase_dimensions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    job_facts: tuple[schema.JobFact, ...] = ()
    rules: dict[str, schema.Rule] = field(default_factory=dict)
    # No defaults: a class attribute would answer for an area still packed (see AREAS).
    fit: schema.FitContent | None = field(kw_only=True)
    prep: schema.PrepContent | None = field(kw_only=True)
    interview: schema.InterviewContent | None = field(kw_only=True)
    followup: schema.FollowupContent | None = field(kw_only=True)
    voice: schema.VoiceContent | None = field(kw_only=True)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as the analyser's part and, packed apart, the other areas (see AREAS)."""
        core = {item.name: getattr(self, item.name) for item in fields(self)
                if item.name not in AREAS}
        areas = pickle.dumps({name: getattr(self, name) for name in AREAS},
                             protocol=pickle.HIGHEST_PROTOCOL)
        return _unpickle, (core, areas)

    if not TYPE_CHECKING:  # the type checker sees the fields above

        def __getattr__(self, name: str) -> Any:
            """An area of an unpickled knowledge base, unpacked now with every other area."""
            if name not in AREAS:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            with _unpacking:
                packed = self.__dict__.get("_packed")
                if packed is not None:
                    for area, value in pickle.loads(packed).items():
                        object.__setattr__(self, area, value)
                    del self.__dict__["_packed"]
            return self.__dict__[name]

    def questions_in(self, family: str) -> list[schema.Question]:
        """The questions of one family, in file order."""
        return [question for question in self.questions.values() if question.family == family]

    def find_questions(
        self,
        *,
        family: str | None = None,
        interview_format: str | None = None,
        competency: str | None = None,
    ) -> list[schema.Question]:
        """Questions matching every filter given (None means any)."""
        found = []
        for question in self.questions.values():
            if family and question.family != family:
                continue
            if interview_format and interview_format not in question.formats:
                continue
            if competency and competency not in question.competencies:
                continue
            found.append(question)
        return found


def _unpickle(core: dict[str, Any], areas: bytes) -> KnowledgeBase:
    """A knowledge base from its pickled parts, its areas left packed until first use."""
    kb = object.__new__(KnowledgeBase)
    for name, value in core.items():
        object.__setattr__(kb, name, value)
    object.__setattr__(kb, "_packed", areas)
    return kb


def load_knowledge_base(root: Path | None = None) -> KnowledgeBase:
    """Load and cross-check all content under ``root``; raise ContentError listing every problem."""
    from poise.content.collect import Collector

    root = root or content_dir()
    out = Collector(root)

    families_file = out.load(root / "families.yaml", schema.FamiliesFile)
    competencies_file = out.load(root / "competencies.yaml", schema.CompetenciesFile)
    formats_file = out.load(root / "formats.yaml", schema.FormatsFile)
    ask_file = out.load(root / "questions_to_ask.yaml", schema.QuestionsToAskFile)
    checklist_file = out.load(root / "checklist.yaml", schema.ChecklistFile)
    anchors_file = out.load(root / "anchors.yaml", schema.AnchorsFile)
    facts_file = out.load(root / "job_facts.yaml", schema.JobFactsFile)
    prep = _load_prep(root, out)

    questions, question_lines = _load_questions(root, out)
    lexicons = _load_lexicons(root, out)
    rules, rule_lines = _load_rules(root, out)
    fit = _load_fit(root, out)

    competencies = (
        {item.id: item for item in competencies_file[0].competencies} if competencies_file else {}
    )
    families = {item.id: item for item in families_file[0].families} if families_file else {}
    formats = {item.id.value: item for item in formats_file[0].formats} if formats_file else {}

    if families_file:
        _check_families(root / "families.yaml", families, out)
    if competencies_file:
        _check_questions(root, questions, question_lines, competencies, out)
    if formats_file and competencies_file:
        _check_formats(root / "formats.yaml", formats_file, competencies, out)
    _check_rules(root, rules, rule_lines, lexicons, out)
    _check_traps(root / "families.yaml", families, rules, out)
    interview = _load_interview(root, out, formats, questions, rules, lexicons)
    followup = _load_followup(root, out)
    voice_file = out.load(root / "voice" / "delivery.yaml", schema.VoiceContent)
    # the analyser reads it on its own (content.word_classes); checked here with the rest
    out.load(root / OUTCOME_WORDS_FILE, OutcomeWords)
    out.load(root / SPOKEN_FORMS_FILE, SpokenForms)  # read by the English pipeline (analysis.nlp)

    if out.problems:
        raise ContentError(out.problems)
    assert families_file and competencies_file and formats_file and ask_file and checklist_file
    assert anchors_file and facts_file
    return KnowledgeBase(
        families=families,
        questions=questions,
        competencies=competencies,
        formats=formats,
        lexicons=lexicons,
        questions_to_ask=ask_file[0],
        checklist=tuple(checklist_file[0].items),
        # a phase's own anchors are kept as "phase/dimension" ("concern_reply/structure"), and
        # those of an answer that states a position as "position/dimension"
        anchors={**{item.id: item for item in anchors_file[0].dimensions},
                 **{f"{phase.phase}/{item.id}": item for phase in anchors_file[0].phases
                    for item in phase.dimensions},
                 **{f"position/{item.id}": item for item in anchors_file[0].position}},
        phase_dimensions={phase.phase: tuple(phase.judged_on) for phase in anchors_file[0].phases
                          if phase.judged_on},
        job_facts=tuple(facts_file[0].facts),
        rules=rules,
        fit=fit,
        prep=prep,
        interview=interview,
        followup=followup,
        voice=voice_file[0] if voice_file else None,
    )


def _load_questions(
    root: Path, out: Collector
) -> tuple[dict[str, schema.Question], dict[str, tuple[Path, int]]]:
    questions: dict[str, schema.Question] = {}
    where: dict[str, tuple[Path, int]] = {}
    for path in sorted((root / "questions").glob("*.yaml")):
        loaded = out.read(path)
        if loaded is None:
            continue
        data, lines = loaded
        if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
            out.add(path, 1, "expected a mapping with 'family' and a 'questions' list",
                    "follow the layout of any other file in content/questions/")
            continue
        if data.get("family") != path.stem:
            out.add(path, lines.get(("family",), 1),
                    f"family is {data.get('family')!r} but the file is named {path.name}",
                    "name the file after its family")
        for item in data["questions"]:
            if isinstance(item, dict) and "family" not in item:
                item["family"] = data.get("family")
        parsed = out.validate(path, schema.QuestionFile, data, lines)
        if parsed is None:
            continue
        for index, question in enumerate(parsed.questions):
            line = lines.get(("questions", index), 1)
            if question.id in questions:
                first_path, first_line = where[question.id]
                out.add(path, line, f"duplicate question id {question.id!r}",
                        f"it is already used at {out.rel(first_path)}:{first_line}; rename one")
                continue
            questions[question.id] = question
            where[question.id] = (path, line)
    return questions, where


def _load_lexicons(root: Path, out: Collector) -> dict[str, schema.Lexicon]:
    """Every lexicons/*.yaml, with the shared fragments of lexicon_fragments.yaml written in."""
    fragments_path = root / "lexicon_fragments.yaml"
    shared = out.load(fragments_path, schema.LexiconFragments)
    fragments = shared[0].fragments if shared is not None else None
    used: set[str] = set()
    lexicons: dict[str, schema.Lexicon] = {}
    for path in sorted((root / "lexicons").glob("*.yaml")):
        loaded = out.load(path, schema.Lexicon, context={"fragments": fragments, "used": used})
        if loaded is None:
            continue
        lexicon, lines = loaded
        if lexicon.id != path.stem:
            out.add(path, lines.get(("id",), 1), f"lexicon id {lexicon.id!r} differs from file name",
                    f"set id to {path.stem!r}")
        lexicons[lexicon.id] = lexicon
    if shared is not None:
        for name in sorted(set(shared[0].fragments) - used):
            out.add(fragments_path, shared[1].get(("fragments", name), 1),
                    f"fragment {name!r} is used by no lexicon entry", "use it or remove it")
    return lexicons


def _load_rules(
    root: Path, out: Collector
) -> tuple[dict[str, schema.Rule], dict[str, tuple[Path, int]]]:
    rules: dict[str, schema.Rule] = {}
    where: dict[str, tuple[Path, int]] = {}
    for path in sorted((root / "rules").glob("*.yaml")):
        loaded = out.load(path, schema.RuleFile)
        if loaded is None:
            continue
        rule_file, lines = loaded
        for index, rule in enumerate(rule_file.rules):
            line = lines.get(("rules", index), 1)
            if not rule.id.startswith(path.stem + "."):
                out.add(path, line, f"rule id {rule.id!r} must start with {path.stem + '.'!r}",
                        "a rule's prefix is its file's name")
            if rule.id in rules:
                out.add(path, line, f"duplicate rule id {rule.id!r}", "rename one of them")
                continue
            rules[rule.id] = rule
            where[rule.id] = (path, line)
    return rules, where


def _load_fit(root: Path, out: Collector) -> schema.FitContent | None:
    """content/fit/: the cues, lexicons and concern templates that read jobs and résumés."""
    from poise.content.collect import parsed_values

    parts = out.load_parts(root / "fit", {
        "cues": ("cues.yaml", schema.FitCuesFile),
        "lexicons": ("lexicons.yaml", schema.FitLexiconsFile),
        "concerns": ("concerns.yaml", schema.FitConcernsFile),
        "questions": ("questions.yaml", schema.FitQuestionsFile),
        "currencies": ("currencies.yaml", schema.FitCurrenciesFile),
        "siblings": ("siblings.yaml", schema.FitSiblingsFile),
    })
    return schema.FitContent(**parsed_values(parts)) if parts is not None else None


def _check_families(path: Path, families: dict[str, schema.Family], out: Collector) -> None:
    for family_id in schema.FAMILY_IDS:
        if family_id not in families:
            out.add(path, 1, f"family {family_id!r} is not described", "add an entry for it")


def _check_traps(
    path: Path, families: dict[str, schema.Family], rules: dict[str, Any], out: Collector
) -> None:
    for family in families.values():
        for rule_id in family.traps:
            if rule_id not in rules:
                out.add(path, 1, f"family {family.id!r} names an unknown trap rule {rule_id!r}",
                        "use a rule id from content/rules/*.yaml")


def _check_questions(
    root: Path,
    questions: dict[str, schema.Question],
    where: dict[str, tuple[Path, int]],
    competencies: dict[str, schema.Competency],
    out: Collector,
) -> None:
    per_family = Counter(question.family for question in questions.values())
    for family_id in schema.FAMILY_IDS:
        if per_family[family_id] < MIN_QUESTIONS_PER_FAMILY:
            out.add(root / "questions" / f"{family_id}.yaml", 1,
                    f"family {family_id!r} has {per_family[family_id]} questions, "
                    f"fewer than {MIN_QUESTIONS_PER_FAMILY}",
                    "add questions until it has enough")
    per_competency: Counter[str] = Counter()
    for question in questions.values():
        path, line = where[question.id]
        for competency in question.competencies:
            if competency not in competencies:
                out.add(path, line, f"{question.id} probes unknown competency {competency!r}",
                        "use an id from competencies.yaml")
            per_competency[competency] += 1
    for competency_id in competencies:
        if per_competency[competency_id] < MIN_QUESTIONS_PER_COMPETENCY:
            out.add(root / "competencies.yaml", 1,
                    f"competency {competency_id!r} is probed by {per_competency[competency_id]} "
                    f"questions, fewer than {MIN_QUESTIONS_PER_COMPETENCY}",
                    "tag more questions with it")


def _check_formats(
    path: Path,
    formats_file: tuple[schema.FormatsFile, dict],
    competencies: dict[str, schema.Competency],
    out: Collector,
) -> None:
    parsed, lines = formats_file
    seen = {item.id for item in parsed.formats}
    for expected in schema.Format:
        if expected not in seen:
            out.add(path, 1, f"format {expected.value!r} is missing", "add it")
    for f_index, interview_format in enumerate(parsed.formats):
        for p_index, persona in enumerate(interview_format.personas):
            line = lines.get(("formats", f_index, "personas", p_index), 1)
            for competency in persona.competencies:
                if competency not in competencies:
                    out.add(path, line, f"persona {persona.id} names unknown competency {competency!r}",
                            "use an id from competencies.yaml")


def _check_rules(
    root: Path,
    rules: dict[str, schema.Rule],
    where: dict[str, tuple[Path, int]],
    lexicons: dict[str, schema.Lexicon],
    out: Collector,
) -> None:
    for rule in rules.values():
        path, line = where[rule.id]
        for lexicon_id in rule.lexicons():
            if lexicon_id not in lexicons:
                out.add(path, line, f"rule {rule.id} uses unknown lexicon {lexicon_id!r}",
                        "add content/lexicons/<id>.yaml or fix the name")
        for other in rule.supersedes:
            if other not in rules:
                out.add(path, line, f"rule {rule.id} supersedes unknown rule {other!r}",
                        "name an existing rule id")
        for other in rule.covers:
            if other not in rules:
                out.add(path, line, f"rule {rule.id} covers unknown rule {other!r}",
                        "name an existing rule id")
        for family_id in rule.applies_to:
            if family_id != "*" and family_id not in schema.FAMILY_IDS:
                out.add(path, line, f"rule {rule.id} applies to unknown family {family_id!r}",
                        "use a family id from families.yaml or '*'")


def _load_prep(root: Path, out: Collector) -> schema.PrepContent | None:
    """content/prep/: level calibration thresholds, salary and weakness templates."""
    from poise.content.collect import parsed_values

    parts = out.load_parts(root / "prep", {
        "levels": ("levels.yaml", schema.LevelsFile),
        "salary": ("salary.yaml", schema.SalaryFile),
        "weakness": ("weakness.yaml", schema.WeaknessFile),
        "company_facts": ("company_facts.yaml", schema.CompanyFactsFile),
    })
    return schema.PrepContent(**parsed_values(parts)) if parts is not None else None


def _load_interview(
    root: Path,
    out: Collector,
    formats: dict[str, schema.InterviewFormat],
    questions: dict[str, schema.Question],
    rules: dict[str, schema.Rule],
    lexicons: dict[str, schema.Lexicon],
) -> schema.InterviewContent | None:
    """content/interview/: the mock interviewer's policy, closing lines, case criteria,
    projective reading and generic concerns, cross-checked against the rest of the content."""
    from poise.content.collect import parsed_values

    folder = root / "interview"
    parts = out.load_parts(folder, {
        "engine": ("engine.yaml", schema.InterviewEngineFile),
        "closing": ("closing.yaml", schema.ClosingFile),
        "cases": ("case_criteria.yaml", schema.CaseCriteriaFile),
        "projective": ("projective_reading.yaml", schema.ProjectiveReadingFile),
        "concerns": ("generic_concerns.yaml", schema.GenericConcernsFile),
    })
    if parts is None:
        return None
    content = schema.InterviewContent(**parsed_values(parts))
    lines = (parts["engine"][1], parts["cases"][1], parts["projective"][1])
    _check_interview(folder, content, lines, formats, questions, rules, lexicons, out)
    return content


def _check_interview(
    folder: Path,
    content: schema.InterviewContent,
    lines: tuple[dict, dict, dict],
    formats: dict[str, schema.InterviewFormat],
    questions: dict[str, schema.Question],
    rules: dict[str, schema.Rule],
    lexicons: dict[str, schema.Lexicon],
    out: Collector,
) -> None:
    engine_lines, case_lines, reading_lines = lines
    engine_path = folder / "engine.yaml"
    personas = {persona.id for fmt in formats.values() for persona in fmt.personas}
    for index, opening in enumerate(content.engine.openings):
        line = engine_lines.get(("openings", index), 1)
        if formats and opening.persona not in personas:
            out.add(engine_path, line, f"opening names unknown persona {opening.persona!r}",
                    "use a persona id from formats.yaml")
        if questions and opening.asks not in questions:
            out.add(engine_path, line, f"opening asks unknown question {opening.asks!r}",
                    "use a question id from content/questions/")
    named_rules: list[tuple[str, tuple[str | int, ...]]] = []
    for index, gap in enumerate(content.engine.follow_ups.gaps):
        named_rules += [(rule_id, ("follow_ups", "gaps", index)) for rule_id in gap.rules]
    stress = content.engine.stress
    for index, trigger in enumerate(stress.triggers):
        named_rules += [(rule_id, ("stress", "triggers", index)) for rule_id in trigger.rules]
    named_rules += [(rule_id, ("stress", "composure_rules")) for rule_id in stress.composure_rules]
    named_rules += [(rule_id, ("stress", "reply_rules")) for rule_id in stress.reply_rules]
    for rule_id, where in named_rules:
        if rules and rule_id not in rules:
            out.add(engine_path, engine_lines.get(where, 1), f"unknown rule id {rule_id!r}",
                    "use a rule id from content/rules/")
    stress_format = formats.get("stress")
    if stress_format is not None:
        challenges = set(stress_format.challenges)
        lines_used: list[tuple[str, tuple[str | int, ...]]] = [
            (trigger.challenge, ("stress", "triggers", index))
            for index, trigger in enumerate(stress.triggers)
        ]
        lines_used += [(text, ("stress", "generic")) for text in stress.generic]
        lines_used.append((stress.warning, ("stress", "warning")))
        for text, where in lines_used:
            if text not in challenges:
                out.add(engine_path, engine_lines.get(where, 1),
                        f"stress line {text!r} is not one of the stress challenges in formats.yaml",
                        "copy the challenge's text exactly, or add it to formats.yaml")
    if lexicons:
        for index, criterion in enumerate(content.cases.criteria):
            if criterion.cues.lexicon and criterion.cues.lexicon not in lexicons:
                out.add(folder / "case_criteria.yaml", case_lines.get(("criteria", index), 1),
                        f"criterion {criterion.id} uses unknown lexicon {criterion.cues.lexicon!r}",
                        "name a lexicon from content/lexicons/")
        for index, signal in enumerate(content.projective.signals):
            for matcher in (signal.if_, signal.unless):
                if matcher is not None and matcher.lexicon and matcher.lexicon not in lexicons:
                    out.add(folder / "projective_reading.yaml",
                            reading_lines.get(("signals", index), 1),
                            f"signal {signal.id} uses unknown lexicon {matcher.lexicon!r}",
                            "name a lexicon from content/lexicons/")
    if questions:
        for question_id in content.cases.also:
            if question_id not in questions:
                out.add(folder / "case_criteria.yaml", case_lines.get(("also",), 1),
                        f"case question {question_id!r} is not in the bank",
                        "use a question id from content/questions/")
    if rules:
        for index, signal in enumerate(content.projective.signals):
            for rule_id in signal.rules:
                if rule_id not in rules:
                    out.add(folder / "projective_reading.yaml", reading_lines.get(("signals", index), 1),
                            f"signal {signal.id} names unknown rule {rule_id!r}",
                            "use a rule id from content/rules/")
        for index, note in enumerate(content.projective.rule_notes):
            if note.rule not in rules:
                out.add(folder / "projective_reading.yaml",
                        reading_lines.get(("rule_notes", index), 1),
                        f"rule note names unknown rule {note.rule!r}", "use a rule id from content/rules/")


def _load_followup(root: Path, out: Collector) -> schema.FollowupContent | None:
    """content/followup/: the thank-you letter's sentences and the follow-up schedule."""
    from poise.content.collect import parsed_values

    parts = out.load_parts(root / "followup", {
        "letter": ("letter.yaml", schema.LetterFile),
        "schedule": ("schedule.yaml", schema.ScheduleFile),
    })
    return schema.FollowupContent(**parsed_values(parts)) if parts is not None else None


@lru_cache(maxsize=4)
def knowledge_base(root: str | None = None) -> KnowledgeBase:
    """The loaded knowledge base, cached per folder (content files do not change at run time)
    and, when the edge configured a cache folder, across processes (see ``content.cache``)."""
    folder = Path(root) if root else content_dir()
    if cache.cache_folder() is None:
        return load_knowledge_base(folder)
    kept = cache.cached(folder, CachedContent, lambda: CachedContent.of(load_knowledge_base(folder)))
    patterns.use(kept.programs)
    return kept.kb


@dataclass(frozen=True, eq=False)
class CachedContent:
    """What the content cache keeps: the knowledge base, and the compiled program of every regex
    it holds (see ``content.patterns``)."""

    kb: KnowledgeBase
    programs: dict[tuple[str, int], patterns.Program]

    @classmethod
    def of(cls, kb: KnowledgeBase) -> CachedContent:
        """The knowledge base with its patterns compiled."""
        return cls(kb, patterns.programs_for(kb))
