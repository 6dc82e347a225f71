"""Loading schema/*.yaml into the resolved Model, reporting every problem with its location."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from axm_schema.diagnostics import Diagnostic, SchemaError
from axm_schema.examples import load_examples, with_variants
from axm_schema.metacheck import check_meta
from axm_schema.model import (
    CONDITIONAL_KINDS,
    ArrayType,
    Condition,
    ConditionalRule,
    Endpoint,
    EnumValue,
    FreeObjectType,
    Location,
    Model,
    ObjectDef,
    Parameter,
    Property,
    RefType,
    Response,
    Rule,
    RuleKind,
    ScalarType,
    TypeExpr,
    Variant,
    split_path,
)
from axm_schema.rules import derive_rules, type_words
from axm_schema.source import JsonPath, SourceDoc, parse_yaml

_DEFS_PREFIX = "#/$defs/"
_RULE_ID = re.compile(
    r"^[A-Z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*(\.[a-z][a-z0-9]*(-[a-z0-9]+)*)$"
)
_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}


@dataclass(frozen=True)
class _Entry:
    """A named object as it stands in one source file, before resolution."""

    name: str
    doc: SourceDoc
    file_name: str
    raw: Any


def _close(word: str, choices: Iterable[str]) -> str:
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"did you mean {found[0]!r}? " if found else ""


def load(schema_dir: Path, display: str = "schema") -> Model:
    """Load and resolve every ``*.yaml`` file in ``schema_dir``; raise SchemaError listing all problems.

    File names in diagnostics are shown as ``{display}/{file name}``.
    """
    if not schema_dir.is_dir():
        raise SchemaError(
            [
                Diagnostic(
                    display, 1, 1, f"schema directory {display!r} not found; pass --schema-dir"
                )
            ]
        )
    paths = sorted(p for p in schema_dir.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    if not paths:
        raise SchemaError(
            [Diagnostic(display, 1, 1, "no *.yaml files found; add the source of truth here")]
        )
    problems: list[Diagnostic] = []
    docs: list[tuple[str, SourceDoc]] = []
    for path in paths:
        shown = f"{display}/{path.name}"
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Diagnostic(shown, 1, 1, f"cannot read file: {exc}; save it as UTF-8"))
            continue
        doc, parse_problems = parse_yaml(text, shown)
        problems.extend(parse_problems)
        if doc is not None:
            problems.extend(check_meta(doc))
            docs.append((path.name, doc))
    resolver = _Resolver(docs)
    model = resolver.resolve()
    problems.extend(resolver.problems)
    if problems:
        raise SchemaError(sorted(set(problems)))
    examples, example_problems = load_examples(
        model, schema_dir / "examples", f"{display}/examples"
    )
    if example_problems:
        raise SchemaError(example_problems)
    marked, variant_problems = with_variants(model, examples)
    if variant_problems:
        raise SchemaError(variant_problems)
    return replace(model, examples=marked)


class _Resolver:
    """Resolves parsed documents into a Model; tolerant of malformed parts so every problem is found."""

    def __init__(self, docs: list[tuple[str, SourceDoc]]) -> None:
        self.problems: list[Diagnostic] = []
        self.entries: dict[str, _Entry] = {}
        self.docs = docs
        self.variants = self._variants()
        for file_name, doc in docs:
            defs = doc.data.get("$defs") if isinstance(doc.data, dict) else None
            if not isinstance(defs, dict):
                continue
            for name, raw in defs.items():
                if name in self.entries:
                    first = self.entries[name].doc
                    where = first.key_mark(("$defs", name))
                    self.problems.append(
                        doc.at(
                            ("$defs", name),
                            f"object {name!r} is already defined at {first.file}:{where.line}:"
                            f"{where.column}; rename or remove one of them",
                            key=True,
                        )
                    )
                    continue
                self.entries[name] = _Entry(name, doc, file_name, raw)

    def resolve(self) -> Model:
        objects = [obj for e in self.entries.values() if (obj := self._object(e)) is not None]
        objects.sort(key=lambda o: o.name)
        rules: list[Rule] = []
        for obj in objects:
            rules.extend(derive_rules(obj))
        self._check_unique_rules(rules)
        rules.sort(key=lambda r: r.id)
        model = Model(tuple(objects), tuple(rules), variants=self.variants)
        self._check_rule_paths(model)
        return replace(model, endpoints=self._endpoints(model))

    # -- variants and endpoints ------------------------------------------------------------------

    def _variants(self) -> tuple[Variant, ...]:
        found: dict[str, Variant] = {}
        for _, doc in self.docs:
            raw = doc.data.get("x-variants") if isinstance(doc.data, dict) else None
            if not isinstance(raw, dict):
                continue
            for name, spec in raw.items():
                if not isinstance(spec, dict):
                    continue
                if name in found:
                    self.problems.append(
                        doc.at(
                            ("x-variants", name),
                            f"variant {name!r} is declared twice; declare each variant once",
                            key=True,
                        )
                    )
                    continue
                title, host, text = spec.get("title"), spec.get("host"), spec.get("description")
                if isinstance(title, str) and isinstance(host, str) and isinstance(text, str):
                    found[name] = Variant(name, title, host, text)
        return tuple(found[n] for n in sorted(found))

    def _endpoints(self, model: Model) -> tuple[Endpoint, ...]:
        found: list[Endpoint] = []
        names = model.names()
        for file_name, doc in self.docs:
            raw = doc.data.get("x-endpoints") if isinstance(doc.data, dict) else None
            for i, spec in enumerate(raw if isinstance(raw, list) else ()):
                path = ("x-endpoints", i)
                built = self._endpoint(doc, file_name, path, spec, names)
                if built is not None:
                    found.append(built)
        return tuple(sorted(found, key=lambda e: (e.path, e.method)))

    def _endpoint(
        self, doc: SourceDoc, file_name: str, path: JsonPath, spec: Any, names: tuple[str, ...]
    ) -> Endpoint | None:
        if not isinstance(spec, dict):
            return None
        ok = True

        def known(name: Any, where: JsonPath) -> bool:
            if isinstance(name, str) and name in names:
                return True
            self.problems.append(
                doc.at(
                    where,
                    f"{name!r} is not an object of the source; "
                    f"{_close(str(name), names)}name one of the objects in $defs",
                )
            )
            return False

        request = spec.get("request")
        if request is not None:
            ok = known(request, (*path, "request")) and ok
        responses = []
        raw_responses = spec.get("responses")
        for status, answer in (raw_responses if isinstance(raw_responses, dict) else {}).items():
            if not isinstance(answer, dict):
                return None
            ok = known(answer.get("object"), (*path, "responses", status, "object")) and ok
            responses.append(
                Response(str(status), str(answer.get("object")), str(answer.get("description")))
            )
        raw_params = spec.get("parameters")
        parameters = tuple(
            Parameter(str(k), str(v))
            for k, v in (raw_params if isinstance(raw_params, dict) else {}).items()
        )
        method, where, text = spec.get("method"), spec.get("path"), spec.get("description")
        if not ok or not (
            isinstance(method, str) and isinstance(where, str) and isinstance(text, str)
        ):
            return None
        return Endpoint(
            method,
            where,
            text,
            request if isinstance(request, str) else None,
            parameters,
            tuple(sorted(responses, key=lambda r: r.status)),
            f"schema/{file_name}",
            self._loc(doc, path),
        )

    # -- conditional rule paths ------------------------------------------------------------------

    def _check_rule_paths(self, model: Model) -> None:
        """Every conditional rule's property and condition lead to properties, through objects;
        the condition property is an enum that has the listed values; the property is optional."""
        for obj in model.objects:
            entry = self.entries[obj.name]
            raw_rules = entry.raw.get("x-rules") or []
            ids = [r.get("id") if isinstance(r, dict) else None for r in raw_rules]
            for rule in obj.conditional_rules:
                where: JsonPath = ("$defs", obj.name, "x-rules", ids.index(rule.id))
                subject = self._walk(model, entry, obj.name, rule.path, (*where, "property"))
                key = str(rule.kind)
                cond_at: JsonPath = (*where, key, rule.condition.property)
                condition = self._walk(model, entry, obj.name, rule.condition.path, cond_at)
                if subject is not None and subject.required:
                    self.problems.append(
                        entry.doc.at(
                            (*where, "property"),
                            f"property {rule.property!r} is required, so it cannot be present "
                            "only, or required only, under a condition; make it optional or "
                            "drop the rule",
                        )
                    )
                if rule.path == rule.condition.path:
                    self.problems.append(
                        entry.doc.at(
                            cond_at,
                            f"condition property {rule.condition.property!r} is the rule's own "
                            "property; name another property",
                            key=True,
                        )
                    )
                if condition is None or len(rule.condition.path) == 1:
                    continue  # a condition in the same object was checked while it was read
                expr = condition.type
                values = [v.value for v in expr.enum] if isinstance(expr, ScalarType) else []
                self._check_values(
                    entry.doc, cond_at, rule.condition.property, rule.condition.values, values
                )

    def _check_values(
        self,
        doc: SourceDoc,
        at: JsonPath,
        name: str,
        values: Iterable[str],
        known: list[str],
    ) -> bool:
        """Report the first condition value that ``name``'s enum (``known``) lacks; True if none.
        (An empty ``known``, a property without an enum, accepts any value.)"""
        for i, value in enumerate(values):
            if known and value not in known:
                self.problems.append(
                    doc.at(
                        (*at, i),
                        f"{value!r} is not a value of {name!r}; "
                        f"{_close(value, known)}use one of: {', '.join(known)}",
                    )
                )
                return False
        return True

    def _walk(
        self, model: Model, entry: _Entry, owner: str, path: tuple[str, ...], at: JsonPath
    ) -> Property | None:
        """The property at ``path`` from ``owner``, or None with the problem reported at ``at``."""
        current = owner
        for depth, key in enumerate(path):
            if current not in model.names():
                return None  # an object that did not resolve; its own problems are reported
            obj = model.object(current)
            names = [p.name for p in obj.properties]
            if key not in names:
                shown = ".".join(path[: depth + 1])
                self.problems.append(
                    entry.doc.at(
                        at,
                        f"{shown!r} leads nowhere: {key!r} is not a property of {current!r}; "
                        f"{_close(key, names)}name one of: {', '.join(names)}",
                        key=at[-1] != "property",
                    )
                )
                return None
            prop = obj.property(key)
            if depth == len(path) - 1:
                return prop
            if not isinstance(prop.type, RefType):
                self.problems.append(
                    entry.doc.at(
                        at,
                        f"{'.'.join(path)!r} goes through {key!r}, which is not an object; "
                        "a path may only step into properties that refer to an object",
                        key=at[-1] != "property",
                    )
                )
                return None
            current = prop.type.target
        return None

    def _check_unique_rules(self, rules: list[Rule]) -> None:
        """Report every explicit rule id used twice, or equal to a derived rule's id."""
        derived = {r.id for r in rules if r.kind not in CONDITIONAL_KINDS}
        reserved = {kind.value for kind in RuleKind if kind not in CONDITIONAL_KINDS}
        reserved |= {"type", "items"}
        first: dict[str, Diagnostic] = {}
        for entry in self.entries.values():
            raw_rules = entry.raw.get("x-rules") if isinstance(entry.raw, dict) else None
            if not isinstance(raw_rules, list):
                continue
            for i, raw in enumerate(raw_rules):
                rule_id = raw.get("id") if isinstance(raw, dict) else None
                if not isinstance(rule_id, str):
                    continue
                here = entry.doc.at(("$defs", entry.name, "x-rules", i, "id"), "")
                if rule_id in first:
                    seen = first[rule_id]
                    self.problems.append(
                        Diagnostic(
                            here.file,
                            here.line,
                            here.column,
                            f"duplicate rule id {rule_id!r} (first used at {seen.file}:"
                            f"{seen.line}:{seen.column}); give each rule its own id",
                        )
                    )
                elif rule_id in derived or rule_id.rsplit(".", 1)[-1] in reserved:
                    self.problems.append(
                        Diagnostic(
                            here.file,
                            here.line,
                            here.column,
                            f"rule id {rule_id!r} ends in a name kept for built-in rules "
                            f"({', '.join(sorted(reserved))}); choose another name",
                        )
                    )
                first.setdefault(rule_id, here)

    # -- objects -------------------------------------------------------------------------------

    def _object(self, entry: _Entry) -> ObjectDef | None:
        raw, doc, base = entry.raw, entry.doc, ("$defs", entry.name)
        if not isinstance(raw, dict):
            return None
        ok = True
        raw_props = raw.get("properties")
        props_raw: dict[str, Any] = raw_props if isinstance(raw_props, dict) else {}
        required_raw = raw.get("required", [])
        required: set[str] = set()
        if isinstance(required_raw, list):
            for i, name in enumerate(required_raw):
                if not isinstance(name, str):
                    continue
                if name not in props_raw:
                    ok = False
                    self.problems.append(
                        doc.at(
                            (*base, "required", i),
                            f"required property {name!r} is not defined in 'properties'; "
                            f"{_close(name, props_raw)}define it or remove it from 'required'",
                        )
                    )
                required.add(name)
        props: list[Property] = []
        for name, praw in props_raw.items():
            path = (*base, "properties", name)
            expr = self._type_expr(entry, path, praw)
            if expr is None or not isinstance(praw, dict):
                ok = False
                continue
            description = praw.get("description")
            if not isinstance(description, str):
                ok = False
                continue
            comment = praw.get("$comment")
            props.append(
                Property(
                    name,
                    description,
                    name in required,
                    expr,
                    self._loc(doc, path),
                    comment if isinstance(comment, str) else None,
                )
            )
        conditional = self._conditional_rules(entry, base, raw.get("x-rules"), props_raw, required)
        description = raw.get("description")
        if conditional is None or not ok or not isinstance(description, str) or not props_raw:
            return None
        comment = raw.get("$comment")
        return ObjectDef(
            entry.name,
            description,
            tuple(props),
            conditional,
            f"schema/{entry.file_name}",
            self._loc(doc, base),
            comment if isinstance(comment, str) else None,
        )

    @staticmethod
    def _loc(doc: SourceDoc, path: JsonPath) -> Location:
        mark = doc.key_mark(path)
        return Location(doc.file, mark.line, mark.column)

    # -- types ---------------------------------------------------------------------------------

    def _type_expr(self, entry: _Entry, path: JsonPath, raw: Any) -> TypeExpr | None:
        doc = entry.doc
        if not isinstance(raw, dict):
            return None
        if "$ref" in raw:
            extra = sorted(set(raw) - {"$ref", "description", "$comment"})
            if extra:
                self.problems.append(
                    doc.at(
                        (*path, extra[0]),
                        f"{extra[0]!r} cannot be combined with '$ref': the referenced object "
                        "defines the type; remove it",
                        key=True,
                    )
                )
                return None
            target = self._resolve_ref(entry, (*path, "$ref"), raw["$ref"])
            return RefType(target) if target is not None else None
        kind = raw.get("type")
        if kind is None:
            self.problems.append(
                doc.at(
                    path,
                    f"{path[-1]!r} has neither 'type' nor '$ref'; say what it is, e.g. "
                    "'type: string' or \"$ref: '#/$defs/Name'\"",
                    key=True,
                )
            )
            return None
        if not isinstance(kind, str):
            return None
        if "items" in raw and kind != "array":
            self._misplaced(doc, path, "items", "type: array")
            return None
        if "minItems" in raw and kind != "array":
            self._misplaced(doc, path, "minItems", "type: array")
            return None
        if kind == "array":
            return self._array(entry, path, raw)
        for keyword in ("format", "enum", "x-enum-descriptions", "x-enum-variants"):
            if keyword in raw and kind != "string":
                self._misplaced(doc, path, keyword, "type: string")
                return None
        if kind == "object":
            if "const" in raw:
                self._misplaced(doc, path, "const", "a scalar type")
                return None
            return FreeObjectType()
        return self._scalar(doc, path, raw, kind)

    def _misplaced(self, doc: SourceDoc, path: JsonPath, keyword: str, needs: str) -> None:
        self.problems.append(
            doc.at(
                (*path, keyword),
                f"{keyword!r} only applies to {needs}; remove it or change 'type'",
                key=True,
            )
        )

    def _array(self, entry: _Entry, path: JsonPath, raw: dict[str, Any]) -> TypeExpr | None:
        if "items" not in raw:
            self.problems.append(
                entry.doc.at(
                    (*path, "type"),
                    "an array needs 'items' saying what type its items have; add 'items'",
                )
            )
            return None
        items = self._type_expr(entry, (*path, "items"), raw["items"])
        min_items = raw.get("minItems")
        if items is None or (min_items is not None and not isinstance(min_items, int)):
            return None
        return ArrayType(items, min_items)

    def _scalar(
        self, doc: SourceDoc, path: JsonPath, raw: dict[str, Any], kind: str
    ) -> TypeExpr | None:
        ok = True
        const = raw.get("const")
        py_types = _PY_TYPES.get(kind, ())
        if const is not None and (
            not isinstance(const, py_types) or (isinstance(const, bool) and kind != "boolean")
        ):
            ok = False
            self.problems.append(
                doc.at(
                    (*path, "const"),
                    f"'const' is {const!r}, which is not of type {kind}; make it {type_words(ScalarType(kind))}",
                )
            )
        enum = self._enum(doc, path, raw)
        fmt = raw.get("format")
        if enum is None or not ok or not isinstance(fmt, str | None):
            return None
        return ScalarType(kind, fmt, enum, const)

    def _enum(
        self, doc: SourceDoc, path: JsonPath, raw: dict[str, Any]
    ) -> tuple[EnumValue, ...] | None:
        values = raw.get("enum")
        described = raw.get("x-enum-descriptions")
        if values is None:
            orphans = [k for k in ("x-enum-descriptions", "x-enum-variants") if k in raw]
            for keyword in orphans:
                self.problems.append(
                    doc.at(
                        (*path, keyword),
                        f"{keyword!r} without 'enum'; add 'enum' listing the values",
                        key=True,
                    )
                )
            return None if orphans else ()
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            return None
        if described is None:
            self.problems.append(
                doc.at(
                    (*path, "enum"),
                    "enum values have no descriptions; add 'x-enum-descriptions' with one entry "
                    f"per value ({', '.join(map(repr, values))})",
                    key=True,
                )
            )
            return None
        if not isinstance(described, dict):
            return None
        ok = True
        for key in described:
            if key not in values:
                ok = False
                self.problems.append(
                    doc.at(
                        (*path, "x-enum-descriptions", key),
                        f"description for {key!r}, which is not in 'enum'; "
                        f"{_close(key, values)}add {key!r} to 'enum' or remove this description",
                        key=True,
                    )
                )
        for i, value in enumerate(values):
            if value not in described:
                ok = False
                self.problems.append(
                    doc.at(
                        (*path, "enum", i),
                        f"enum value {value!r} has no description; add it to 'x-enum-descriptions'",
                    )
                )
        if not ok or not all(isinstance(d, str) for d in described.values()):
            return None
        variants = self._enum_variants(doc, path, raw.get("x-enum-variants"), values)
        if variants is None:
            return None
        return tuple(EnumValue(v, described[v], variants.get(v, ())) for v in values)

    def _enum_variants(
        self, doc: SourceDoc, path: JsonPath, raw: Any, values: list[str]
    ) -> dict[str, tuple[str, ...]] | None:
        """``x-enum-variants``: the values only some API variants have, and those variants."""
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            return None
        declared = [v.name for v in self.variants]
        found: dict[str, tuple[str, ...]] = {}
        ok = True
        for value, names in raw.items():
            if value not in values:
                ok = False
                self.problems.append(
                    doc.at(
                        (*path, "x-enum-variants", value),
                        f"{value!r} is not in 'enum'; {_close(value, values)}"
                        "name a value of this enum",
                        key=True,
                    )
                )
                continue
            if not isinstance(names, list):
                return None
            for i, name in enumerate(names):
                if name not in declared:
                    ok = False
                    self.problems.append(
                        doc.at(
                            (*path, "x-enum-variants", value, i),
                            f"unknown variant {name!r}; {_close(str(name), declared)}"
                            + (
                                f"declared variants: {', '.join(declared)}"
                                if declared
                                else "declare it under 'x-variants' first"
                            ),
                        )
                    )
            found[value] = tuple(sorted(str(n) for n in names))
        return found if ok else None

    def _resolve_ref(self, entry: _Entry, path: JsonPath, ref: Any) -> str | None:
        if not isinstance(ref, str):
            return None
        file_part, sep, pointer = ref.partition("#")
        name = ("#" + pointer)[len(_DEFS_PREFIX) :] if sep else ""
        target = self.entries.get(name) if ("#" + pointer).startswith(_DEFS_PREFIX) else None
        in_file = file_part or entry.file_name
        if target is not None and target.file_name == in_file:
            return name
        refs = [
            (
                _DEFS_PREFIX + n
                if e.file_name == entry.file_name
                else f"{e.file_name}{_DEFS_PREFIX}{n}"
            )
            for n, e in sorted(self.entries.items())
        ]
        hint = _close(ref, refs)
        if target is not None:
            hint = f"{target.name!r} is defined in {target.file_name}; write " + (
                f"'{_DEFS_PREFIX}{name}'? "
                if target.file_name == entry.file_name
                else f"'{target.file_name}{_DEFS_PREFIX}{name}'? "
            )
        self.problems.append(
            entry.doc.at(
                path,
                f"$ref {ref!r} points to nothing; {hint}refer to an object as "
                f"'{_DEFS_PREFIX}Name' (same file) or 'file.yaml{_DEFS_PREFIX}Name'",
            )
        )
        return None

    # -- conditional rules ---------------------------------------------------------------------

    def _conditional_rules(
        self,
        entry: _Entry,
        base: JsonPath,
        raw: Any,
        props: dict[str, Any],
        required: set[str],
    ) -> tuple[ConditionalRule, ...] | None:
        if raw is None:
            return ()
        if not isinstance(raw, list):
            return None
        found: list[ConditionalRule] = []
        ok = True
        for i, rule in enumerate(raw):
            path = (*base, "x-rules", i)
            if not isinstance(rule, dict):
                ok = False
                continue
            built = self._conditional(entry, path, rule, props, required)
            if built is not None:  # a broken rule is reported; the others are still checked
                found.append(built)
        return tuple(found) if ok else None

    def _conditional(
        self,
        entry: _Entry,
        path: JsonPath,
        rule: dict[str, Any],
        props: dict[str, Any],
        required: set[str],
    ) -> ConditionalRule | None:
        doc, ok = entry.doc, True
        rule_id, subject = rule.get("id"), rule.get("property")
        description = rule.get("description")
        kinds = [k for k in CONDITIONAL_KINDS if k.value in rule]
        if len(kinds) != 1:
            names = " or ".join(repr(k.value) for k in CONDITIONAL_KINDS)
            self.problems.append(
                doc.at(
                    path,
                    f"a rule needs exactly one of {names}"
                    + (f", not {len(kinds)}" if kinds else "")
                    + "; say when the property may (or must) be present",
                )
            )
            return None
        kind = kinds[0]
        well_formed = isinstance(rule_id, str) and _RULE_ID.match(rule_id) is not None
        if well_formed and isinstance(rule_id, str) and not rule_id.startswith(entry.name + "."):
            ok = False
            self.problems.append(
                doc.at(
                    (*path, "id"),
                    f"rule id {rule_id!r} must start with its object's name "
                    f"'{entry.name}.'; write e.g. '{entry.name}.<property>.<rule-name>'",
                )
            )
        if isinstance(subject, str):
            head = split_path(subject)[0]
            if head not in props:
                ok = False
                self.problems.append(
                    doc.at(
                        (*path, "property"),
                        f"rule property {subject!r} is not a property of {entry.name!r}; "
                        f"{_close(head, props)}name one of: {', '.join(props)}",
                    )
                )
            elif subject in required:
                ok = False
                self.problems.append(
                    doc.at(
                        (*path, "property"),
                        f"property {subject!r} is required, so it cannot be present only, or "
                        "required only, under a condition; make it optional or drop the rule",
                    )
                )
        condition = self._condition(doc, (*path, kind.value), rule[kind.value], props, subject)
        if (
            not ok
            or condition is None
            or not isinstance(rule_id, str)
            or not isinstance(subject, str)
            or not isinstance(description, str)
        ):
            return None
        comment = rule.get("$comment")
        return ConditionalRule(
            rule_id,
            description,
            subject,
            condition,
            self._loc(doc, path),
            comment if isinstance(comment, str) else None,
            kind,
        )

    def _condition(
        self, doc: SourceDoc, path: JsonPath, when: Any, props: dict[str, Any], subject: Any
    ) -> Condition | None:
        if not isinstance(when, dict) or len(when) != 1:
            return None
        ((other, values),) = when.items()
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            return None
        head = split_path(other)[0]
        if head not in props or other == subject:
            self.problems.append(
                doc.at(
                    (*path, other),
                    f"condition property {other!r} is not another property of this object; "
                    f"{_close(head, props)}name one of: {', '.join(props)}",
                    key=True,
                )
            )
            return None
        raw_enum = props[head].get("enum") if isinstance(props[head], dict) else None
        # A condition in this object is checked here; a path, once every object is resolved.
        known = raw_enum if other == head and isinstance(raw_enum, list) else []
        if not self._check_values(doc, (*path, other), other, values, known):
            return None
        return Condition(other, tuple(values))
