"""Load YAML safely while remembering the line of every key and item, for file:line errors."""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

Path = tuple[str | int, ...]
# libyaml's parser when available (ten times faster), else the pure-Python one; both are "safe".
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlSyntaxError(ValueError):
    """The text is not valid YAML; ``line`` is 1-based."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def load_with_lines(text: str) -> tuple[Any, dict[Path, int]]:
    """Parse ``text`` with the safe loader; return the data and a map from path to 1-based line."""
    loader = _SafeLoader(text)
    try:
        node = loader.get_single_node()
        lines: dict[Path, int] = {}
        if node is None:
            return None, lines
        _record(node, (), lines)
        return loader.construct_document(node), lines
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise YamlSyntaxError(f"{exc.problem or 'invalid YAML'} ({exc.context or 'syntax'})", line) from exc
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(str(exc), 1) from exc
    finally:
        loader.dispose()


def _record(node: Node, path: Path, lines: dict[Path, int]) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode):
                key_path = (*path, str(key_node.value))
                _record(value_node, key_path, lines)
                lines[key_path] = key_node.start_mark.line + 1
    elif isinstance(node, SequenceNode):
        for index, item in enumerate(node.value):
            _record(item, (*path, index), lines)


def line_of(path: Path, lines: dict[Path, int]) -> int:
    """The line of the deepest known prefix of ``path`` (pydantic locations may go deeper)."""
    for end in range(len(path), -1, -1):
        prefix = tuple(path[:end])
        if prefix in lines:
            return lines[prefix]
    return 1
