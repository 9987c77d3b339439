"""Reading content files for the loader: YAML with line numbers, validated against a schema,
every problem collected with its file and line so the user sees all of them at once."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from poise.content.yaml_lines import YamlSyntaxError, line_of, load_with_lines
from poise.errors import ContentProblem

ModelT = TypeVar("ModelT", bound=BaseModel)


class Collector:
    """Gathers problems across files so the user sees all of them at once."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[ContentProblem] = []

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root.parent.parent.parent))
        except ValueError:
            return str(path)

    def add(self, path: Path, line: int, what: str, todo: str = "") -> None:
        self.problems.append(ContentProblem(self.rel(path), line, what, todo))

    def read(self, path: Path) -> tuple[Any, dict[tuple[str | int, ...], int]] | None:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self.add(path, 1, "file is missing", "restore it from version control")
            return None
        except UnicodeDecodeError:
            self.add(path, 1, "file is not UTF-8 text", "save it as UTF-8")
            return None
        try:
            return load_with_lines(text)
        except YamlSyntaxError as exc:
            self.add(path, exc.line, f"broken YAML: {exc}", "fix the indentation or quoting there")
            return None

    def validate(
        self, path: Path, model: type[ModelT], data: Any, lines: dict[tuple[str | int, ...], int],
        context: dict[str, Any] | None = None,
    ) -> ModelT | None:
        try:
            return model.model_validate(data, context=context)
        except ValidationError as exc:
            for error in exc.errors():
                loc = tuple(error["loc"])
                self.add(path, line_of(loc, lines), *_explain(error, loc))
            return None

    def load(
        self, path: Path, model: type[ModelT], context: dict[str, Any] | None = None
    ) -> tuple[ModelT, dict] | None:
        loaded = self.read(path)
        if loaded is None:
            return None
        data, lines = loaded
        parsed = self.validate(path, model, data, lines, context)
        return (parsed, lines) if parsed is not None else None


    def load_parts(
        self, folder: Path, parts: Mapping[str, tuple[str, type[BaseModel]]]
    ) -> dict[str, tuple[Any, dict]] | None:
        """Every part of a content folder (name → file, schema), each with its line map; None
        when any of them failed (its problems are collected)."""
        loaded = {name: self.load(folder / file, model) for name, (file, model) in parts.items()}
        found: dict[str, tuple[Any, dict]] = {}
        for name, part in loaded.items():
            if part is None:
                return None
            found[name] = part
        return found


def load_file(path: Path, model: type[ModelT]) -> ModelT:
    """One content file read on its own (not by the knowledge base's loader), validated by
    ``model``; raise ContentError listing every problem with its line."""
    from poise.errors import ContentError

    out = Collector(path.parent)
    loaded = out.load(path, model)
    if loaded is None or out.problems:
        raise ContentError(out.problems)
    return loaded[0]


def parsed_values(parts: Mapping[str, tuple[Any, dict]]) -> dict[str, Any]:
    """The parsed parts of a folder by name, without their line maps."""
    return {name: part[0] for name, part in parts.items()}


def _explain(error: Any, loc: tuple[Any, ...]) -> tuple[str, str]:
    where = ".".join(str(part) for part in loc) or "file"
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"unknown key '{loc[-1]}' at {where}", "remove it or correct its spelling"
    if kind == "missing":
        return f"missing key '{loc[-1]}' at {where}", "add it (see content/schema/)"
    return f"{where}: {error['msg']}", "correct the value"
