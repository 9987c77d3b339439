"""The content cache: a hit skips validation, any content change rebuilds, a damaged file or an
unwritable folder never breaks loading, and broken YAML is still reported with file and line."""

from __future__ import annotations

import pickle
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from poise.content import cache, patterns
from poise.content.loader import (
    CachedContent,
    KnowledgeBase,
    content_dir,
    knowledge_base,
    load_knowledge_base,
)
from poise.errors import ContentError

QUESTION_FILE = Path("questions") / "failures.yaml"


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled content, laid out like the package."""
    target = tmp_path / "src" / "poise" / "content"
    shutil.copytree(content_dir(), target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return target


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """The cache folder in use for the test; the previous configuration is restored after it."""
    before = cache.cache_folder()
    target = tmp_path / "cache"
    cache.configure(target)
    knowledge_base.cache_clear()
    yield target
    cache.configure(before)
    knowledge_base.cache_clear()


class Counting:
    """A knowledge-base builder that counts how often it really reads the files."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.calls = 0

    def __call__(self) -> KnowledgeBase:
        self.calls += 1
        return load_knowledge_base(self.root)


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{cache.PREFIX}*{cache.SUFFIX}"))


def test_second_load_is_read_from_the_cache_and_equal(folder: Path, content_copy: Path) -> None:
    build = Counting(content_copy)
    first = cache.cached(content_copy, KnowledgeBase, build)
    second = cache.cached(content_copy, KnowledgeBase, build)
    assert build.calls == 1
    assert second is not first
    assert second.questions == first.questions
    assert second.rules == first.rules
    assert second.lexicons == first.lexicons
    assert second.interview == first.interview and second.fit == first.fit
    assert len(cache_files(folder)) == 1
    assert not list(folder.glob(".*.tmp")), "the temporary file is renamed into place"


def test_knowledge_base_uses_the_configured_cache(folder: Path) -> None:
    kb = knowledge_base()
    assert len(cache_files(folder)) == 1
    knowledge_base.cache_clear()
    again = knowledge_base()
    assert again is not kb
    assert again.questions == kb.questions


def test_changing_a_content_file_rebuilds(folder: Path, content_copy: Path) -> None:
    build = Counting(content_copy)
    before = cache.cached(content_copy, KnowledgeBase, build)
    path = content_copy / QUESTION_FILE
    first_question = next(iter(before.questions_in("failures")))
    text = path.read_text(encoding="utf-8")
    assert first_question.text in text
    path.write_text(text.replace(first_question.text, "Tell me about a plan that went wrong.", 1),
                    encoding="utf-8")
    after = cache.cached(content_copy, KnowledgeBase, build)
    assert build.calls == 2
    assert after.questions[first_question.id].text == "Tell me about a plan that went wrong."
    assert len(cache_files(folder)) == 2


def test_a_new_content_file_changes_the_key(content_copy: Path) -> None:
    before = cache.fingerprint(content_copy)
    (content_copy / "lexicons" / "extra.yaml").write_text("id: extra\n", encoding="utf-8")
    assert cache.fingerprint(content_copy) != before


def test_a_new_cache_format_changes_the_key(content_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = cache.fingerprint(content_copy)
    monkeypatch.setattr(cache, "CACHE_FORMAT", cache.CACHE_FORMAT + 1)
    assert cache.fingerprint(content_copy) != before


def test_broken_yaml_is_still_reported_after_a_cached_load(folder: Path, content_copy: Path) -> None:
    build = Counting(content_copy)
    cache.cached(content_copy, KnowledgeBase, build)
    path = content_copy / QUESTION_FILE
    path.write_text(path.read_text(encoding="utf-8") + "\n  broken: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        cache.cached(content_copy, KnowledgeBase, build)
    assert any("failures.yaml" in problem.file for problem in caught.value.problems)
    assert any("broken YAML" in problem.what for problem in caught.value.problems)
    assert len(cache_files(folder)) == 1, "nothing is cached for content that does not load"


@pytest.mark.parametrize("damage", [b"", b"not a pickle at all", pickle.dumps({"a": "dict"})[:7],
                                    pickle.dumps({"a": "dict"})])
def test_damaged_cache_file_is_rebuilt(folder: Path, content_copy: Path, damage: bytes) -> None:
    build = Counting(content_copy)
    good = cache.cached(content_copy, KnowledgeBase, build)
    [path] = cache_files(folder)
    path.write_bytes(damage)
    rebuilt = cache.cached(content_copy, KnowledgeBase, build)
    assert build.calls == 2
    assert rebuilt.questions == good.questions
    with path.open("rb") as handle:
        assert isinstance(pickle.load(handle), KnowledgeBase), "the damaged file was replaced"
    assert cache.cached(content_copy, KnowledgeBase, build).rules == good.rules
    assert build.calls == 2


def test_unwritable_cache_folder_loads_without_cache(tmp_path: Path, content_copy: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    before = cache.cache_folder()
    cache.configure(blocker / "cache")
    try:
        build = Counting(content_copy)
        first = cache.cached(content_copy, KnowledgeBase, build)
        second = cache.cached(content_copy, KnowledgeBase, build)
    finally:
        cache.configure(before)
    assert build.calls == 2
    assert second.questions == first.questions
    assert blocker.read_text(encoding="utf-8").startswith("a file")


def test_no_folder_configured_means_no_cache(tmp_path: Path, content_copy: Path) -> None:
    before = cache.cache_folder()
    cache.configure(None)
    try:
        build = Counting(content_copy)
        cache.cached(content_copy, KnowledgeBase, build)
        cache.cached(content_copy, KnowledgeBase, build)
    finally:
        cache.configure(before)
    assert build.calls == 2


def test_old_cache_files_are_pruned(folder: Path, content_copy: Path) -> None:
    path = content_copy / QUESTION_FILE
    original = path.read_text(encoding="utf-8")
    for number in range(cache.KEEP + 2):
        path.write_text(original + f"\n# edit {number}\n", encoding="utf-8")
        cache.cached(content_copy, KnowledgeBase, Counting(content_copy))
    files = cache_files(folder)
    assert len(files) == cache.KEEP
    newest = folder / f"{cache.PREFIX}{cache.fingerprint(content_copy)}{cache.SUFFIX}"
    assert newest in files


def test_cached_content_keeps_a_program_for_every_pattern(folder: Path) -> None:
    kb = knowledge_base()
    [path] = cache_files(folder)
    with path.open("rb") as handle:
        kept = pickle.load(handle)
    assert isinstance(kept, CachedContent)
    sources = patterns.sources(kb)
    assert len(sources) > 300
    assert {source for source, _ in kept.programs} == sources


def test_a_pattern_from_its_program_is_the_compiled_pattern() -> None:
    kb = load_knowledge_base()
    programs = patterns.programs_for(kb)
    text = ("Honestly, we basically did what we could; I'd say it was, um, like, a team effort and "
            "the market was to blame. I think I led 40 people and cut costs by 12% in 2022.")
    for (source, flags), program in list(programs.items())[:400]:
        patterns._programs.pop((source, flags), None)
        expected = patterns.compile_pattern(source, flags)
        patterns.use({(source, flags): program})
        got = patterns.compile_pattern(source, flags)
        assert got.pattern == expected.pattern and got.flags == expected.flags
        assert got.groupindex == expected.groupindex
        assert [m.span() for m in got.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_a_program_from_another_regex_engine_is_not_used() -> None:
    source = patterns.phrase_regex("turned around")
    program = patterns.program_of(source)
    assert program is not None
    stale = (program[0] + 1, *program[1:])
    patterns.use({(source, patterns.MATCH_FLAGS): stale})  # type: ignore[dict-item]
    compiled = patterns.compile_pattern(source)
    assert compiled.search("We turned  around the depot.")
    assert (source, patterns.MATCH_FLAGS) not in patterns._programs


def test_a_broken_program_falls_back_to_the_compiler() -> None:
    source = patterns.phrase_regex("cut costs")
    program = patterns.program_of(source)
    assert program is not None
    broken = (program[0], program[1], [999999], *program[3:])
    patterns.use({(source, patterns.MATCH_FLAGS): broken})
    assert patterns.compile_pattern(source).search("We cut costs by a tenth.")


def test_a_cache_file_others_can_write_is_not_read(folder: Path, content_copy: Path) -> None:
    build = Counting(content_copy)
    cache.cached(content_copy, KnowledgeBase, build)
    [path] = cache_files(folder)
    path.chmod(0o666)
    cache.cached(content_copy, KnowledgeBase, build)
    assert build.calls == 2, "a file anyone could have replaced is not unpickled"
    assert path.stat().st_mode & 0o077 == 0, "the rebuilt file is private again"
    cache.cached(content_copy, KnowledgeBase, build)
    assert build.calls == 2


def test_a_pickled_knowledge_base_unpacks_the_other_areas_on_first_use() -> None:
    """The analyser's part is unpickled at once; fit, prep, interview, follow-up and voice
    content stay packed until one of them is read, and are then equal to what was pickled."""
    from poise.content.loader import AREAS

    kb = knowledge_base()
    copy = pickle.loads(pickle.dumps(kb, protocol=pickle.HIGHEST_PROTOCOL))
    assert "_packed" in vars(copy) and not set(AREAS) & set(vars(copy))
    assert copy.rules == kb.rules and copy.lexicons == kb.lexicons
    assert copy.interview == kb.interview
    assert "_packed" not in vars(copy)
    for area in AREAS:
        assert getattr(copy, area) == getattr(kb, area) is not None
    again = pickle.loads(pickle.dumps(copy))
    assert again.fit == kb.fit and again.questions == kb.questions
    with pytest.raises(AttributeError):
        _ = copy.no_such_area
