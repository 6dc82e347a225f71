"""Reading YAML source files into plain JSON-like data while keeping the line and column of every node."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from axm_schema.diagnostics import Diagnostic

JsonPath = tuple[str | int, ...]

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_ALLOWED_TAGS = _SCALAR_TAGS | {_TIMESTAMP_TAG, "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
_MAX_DEPTH = 200


@dataclass(frozen=True)
class Mark:
    """A 1-based line and column in a source file."""

    line: int
    column: int


@dataclass(frozen=True)
class SourceDoc:
    """One parsed YAML file: its data and the marks of every value and every mapping key."""

    file: str
    data: Any
    value_marks: Mapping[JsonPath, Mark]
    key_marks: Mapping[JsonPath, Mark]
    scalar_texts: Mapping[JsonPath, str]

    def value_mark(self, path: JsonPath) -> Mark:
        """The mark of the value at ``path``, or of its nearest ancestor that has one."""
        return _nearest(self.value_marks, path)

    def key_mark(self, path: JsonPath) -> Mark:
        """The mark of the mapping key that names ``path``, falling back to its value's mark."""
        if path in self.key_marks:
            return self.key_marks[path]
        return self.value_mark(path)

    def at(self, path: JsonPath, message: str, *, key: bool = False) -> Diagnostic:
        """A diagnostic located at the value (or, with ``key``, the key) of ``path``."""
        mark = self.key_mark(path) if key else self.value_mark(path)
        return Diagnostic(self.file, mark.line, mark.column, message)


def _nearest(marks: Mapping[JsonPath, Mark], path: JsonPath) -> Mark:
    while path not in marks and path:
        path = path[:-1]
    return marks.get(path, Mark(1, 1))


def _mark(node: yaml.Node) -> Mark:
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


class _Builder:
    """Turns a composed YAML node tree into plain data, collecting marks and problems."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.value_marks: dict[JsonPath, Mark] = {}
        self.key_marks: dict[JsonPath, Mark] = {}
        self.scalar_texts: dict[JsonPath, str] = {}
        self.problems: list[Diagnostic] = []
        self._constructor = yaml.SafeLoader("")

    def problem(self, node: yaml.Node, message: str) -> None:
        mark = _mark(node)
        self.problems.append(Diagnostic(self.file, mark.line, mark.column, message))

    def build(self, node: yaml.Node, path: JsonPath, depth: int = 0) -> Any:
        self.value_marks[path] = _mark(node)
        if depth > _MAX_DEPTH:
            self.problem(node, f"nesting deeper than {_MAX_DEPTH} levels; flatten the structure")
            return None
        if node.tag not in _ALLOWED_TAGS:
            self.problem(node, f"unsupported YAML tag {node.tag!r}; write plain YAML data")
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        if node.tag == _TIMESTAMP_TAG:
            return str(node.value)
        self.scalar_texts[path] = str(node.value)
        return self._constructor.construct_object(node)

    def _mapping(self, node: yaml.MappingNode, path: JsonPath, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_seen: dict[str, Mark] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != "tag:yaml.org,2002:str":
                shown = key_node.value if isinstance(key_node, yaml.ScalarNode) else "<collection>"
                kind = key_node.tag.rsplit(":", 1)[-1]
                self.problem(
                    key_node,
                    f"mapping key {shown!r} is not a string (YAML reads it as {kind}); "
                    f"quote it: '{shown}'",
                )
                continue
            key = str(key_node.value)
            if key in first_seen:
                first = first_seen[key]
                self.problem(
                    key_node,
                    f"duplicate key {key!r} (first defined at line {first.line}, "
                    f"column {first.column}); keep only one of them",
                )
                continue
            first_seen[key] = _mark(key_node)
            self.key_marks[(*path, key)] = _mark(key_node)
            result[key] = self.build(value_node, (*path, key), depth + 1)
        return result


def parse_yaml(text: str, file: str) -> tuple[SourceDoc | None, list[Diagnostic]]:
    """Parse one YAML document with the safe loader; return it (or None) and every problem found."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        if exc.problem and exc.context and exc.context_mark is not None:
            start = exc.context_mark
            problem += (
                f" ({exc.context} that starts at line {start.line + 1}, column {start.column + 1})"
            )
        hint = "; check indentation, quoting and the ':' after each key"
        return None, [Diagnostic(file, line, column, f"YAML syntax error: {problem}{hint}")]
    except yaml.YAMLError as exc:
        return None, [Diagnostic(file, 1, 1, f"YAML error: {exc}")]
    if node is None:
        return None, [Diagnostic(file, 1, 1, "file is empty; add a '$defs' mapping of objects")]
    builder = _Builder(file)
    data = builder.build(node, ())
    doc = SourceDoc(file, data, builder.value_marks, builder.key_marks, builder.scalar_texts)
    return doc, builder.problems
