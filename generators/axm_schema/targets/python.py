"""The python target: pydantic v2 models of every object, in a strict and a lenient module, with
shared enums, the rule table and the runtime they need (``generated/python/axm_models``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from axm_schema import formats
from axm_schema.model import (
    ArrayType,
    ConditionalRule,
    FreeObjectType,
    Model,
    ObjectDef,
    Profile,
    Property,
    RefType,
    RuleKind,
    ScalarType,
    TypeExpr,
)
from axm_schema.plan import Plan
from axm_schema.pynames import class_name, enum_class_name, field_name, member_name
from axm_schema.render import render
from axm_schema.variants import View, views

PACKAGE = "python/axm_models"
HEADER = "# generated from schema/ by axm-schema; do not edit"
_LINE = 100
_SCALARS = {
    "string": "StrictStr",
    "integer": "StrictInt",
    "number": "StrictFloat",
    "boolean": "StrictBool",
}
_FORMATS = {"date-time": "DateTime", "uri": "Uri", "uri-reference": "UriReference"}


@dataclass(frozen=True)
class _Enum:
    """An enum property's class: its name, docstring and members."""

    name: str
    doc: str
    members: tuple[dict[str, str], ...]


def docstring(text: str) -> str:
    """``text`` made safe to place between triple double quotes."""
    cleaned = " ".join(text.split()).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return cleaned + " " if cleaned.endswith('"') else cleaned


def literal(value: Any) -> str:
    """A Python literal of a JSON scalar or a string."""
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return repr(value)


def wrap(
    head: str,
    items: list[str],
    tail: str,
    *,
    indent: int = 4,
    opener: str = "(",
    collection: bool = True,
) -> str:
    """``head`` + bracketed ``items`` + ``tail`` laid out as ruff formats it: on one line if it fits,
    else the items on one indented line, else one item a line with a trailing comma."""
    closer = {"(": ")", "[": "]", "{": "}"}[opener]
    pad, inner = " " * indent, " " * (indent + 4)
    one = f"{head}{opener}{', '.join(items)}{closer}{tail}"
    if len(pad + one) <= _LINE:
        return one
    joined = ", ".join(items)
    if not collection and len(inner + joined) <= _LINE:
        return f"{head}{opener}\n{inner}{joined}\n{pad}{closer}{tail}"
    body = "".join(f"{inner}{item},\n" for item in items)
    return f"{head}{opener}\n{body}{pad}{closer}{tail}"


def tuple_literal(items: Sequence[str]) -> str:
    """A one-line tuple of Python expressions: ``()``, ``(a,)`` or ``(a, b)``."""
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


def tuple_assignment(head: str, items: Sequence[str], *, indent: int = 4) -> str:
    """``head = (items)`` as ruff formats it: on one line if it fits, else one item a line."""
    one = f"{head} = {tuple_literal(items)}"
    if len(" " * indent + one) <= _LINE:
        return one
    return wrap(f"{head} = ", list(items), "", indent=indent)


def import_line(module: str, names: Iterable[str]) -> str:
    """``from module import names`` as ruff formats it."""
    ordered = sorted(set(names), key=lambda n: (not n.isupper(), not n[:1].isupper(), n))
    line = f"from {module} import {', '.join(ordered)}"
    if len(line) <= _LINE:
        return line
    return f"from {module} import (\n" + "".join(f"    {n},\n" for n in ordered) + ")"


def _enums(model: Model, names: tuple[str, ...]) -> list[_Enum]:
    found = []
    for obj in (model.object(n) for n in names):
        for prop in obj.properties:
            expr = prop.type.items if isinstance(prop.type, ArrayType) else prop.type
            if isinstance(expr, ScalarType) and expr.enum:
                members = tuple(
                    {
                        "name": member_name(v.value),
                        "value": literal(v.value),
                        "doc": docstring(v.description),
                        "description": literal(" ".join(v.description.split())),
                    }
                    for v in expr.enum
                )
                found.append(
                    _Enum(
                        enum_class_name(obj.name, prop.name), docstring(prop.description), members
                    )
                )
    return sorted(found, key=lambda e: e.name)


def _ordered(model: Model, names: tuple[str, ...]) -> list[ObjectDef]:
    """Objects with every referenced object before the objects that use it."""
    done: list[str] = []

    def visit(name: str) -> None:
        if name in done:
            return
        for prop in model.object(name).properties:
            expr = prop.type.items if isinstance(prop.type, ArrayType) else prop.type
            if isinstance(expr, RefType) and expr.target != name:
                visit(expr.target)
        done.append(name)

    for name in names:
        visit(name)
    return [model.object(n) for n in done if n in names]


def field_level(rule: ConditionalRule) -> bool:
    """Whether a rule is checked on its property alone (pydantic field validator, the fast way):
    "present only when" between two members of one object. Other rules are checked once the
    owning object is validated."""
    return (
        rule.kind is RuleKind.PRESENT_ONLY_WHEN
        and len(rule.path) == 1
        and len(rule.condition.path) == 1
    )


class _Module:
    """The computed strings of one models module (strict or lenient) of one package: the shared
    ``axm_models`` or a variant's ``axm_models.<variant>``."""

    def __init__(self, view: View, profile: Profile) -> None:
        self.view = view
        self.model = view.model
        self.profile = profile
        self.package = package_of(view)
        self.uses: set[tuple[str, str]] = set()
        self.constants: list[str] = []
        self.constant_names: list[str] = []

    def use(self, module: str, name: str) -> str:
        self.uses.add((module, name))
        return name

    def base(self, obj: ObjectDef, prop: Property, expr: TypeExpr) -> str:
        if isinstance(expr, RefType):
            if expr.target in self.view.names:
                return class_name(expr.target)
            return self.use(f"axm_models.{self.profile}", class_name(expr.target))
        if isinstance(expr, ArrayType):
            inner = f"list[{self.base(obj, prop, expr.items)}]"
            if expr.min_items:
                self.use("typing", "Annotated")
                return f"Annotated[{inner}, {self.use('pydantic', 'Field')}(min_length={expr.min_items})]"
            return inner
        if isinstance(expr, FreeObjectType):
            return f"dict[str, {self.use('typing', 'Any')}]"
        if expr.const is not None:
            return f"{self.use('typing', 'Literal')}[{literal(expr.const)}]"
        if expr.enum:
            enum = self.use(f"{self.package}.enums", enum_class_name(obj.name, prop.name))
            if self.profile is Profile.STRICT:
                return enum
            self.use("typing", "Annotated")
            return f"Annotated[{enum} | str, {self.use('axm_models._runtime', 'OpenEnum')}({enum})]"

        if expr.format is not None:
            return self.use("axm_models._runtime", _FORMATS[expr.format])
        return self.use("pydantic", _SCALARS[expr.json_type])

    def declaration(self, obj: ObjectDef, prop: Property) -> str:
        text = self._declaration(obj, prop)
        head, sep, rest = text.partition(": Annotated[")
        if not sep or len("    " + text) <= _LINE or "\n" in text:
            return text
        inner, _, tail = rest.rpartition("]")
        return wrap(f"{head}: Annotated", _split(inner), tail, opener="[", collection=False)

    def _declaration(self, obj: ObjectDef, prop: Property) -> str:
        name = field_name(prop.name)
        base = self.base(obj, prop, prop.type)
        alias = name != prop.name
        if prop.required:
            if alias:
                return (
                    f"{name}: {base} = {self.use('pydantic', 'Field')}(alias={literal(prop.name)})"
                )
            return f"{name}: {base}"
        default = (
            f"{self.use('pydantic', 'Field')}(default=None, alias={literal(prop.name)})"
            if alias
            else "None"
        )
        if self.profile is Profile.LENIENT:
            return f"{name}: {base} | None = {default}"
        parts = [f"{base} | None", f"{self.use('axm_models._runtime', 'NotNull')}({base})"]
        parts += [
            self.rule_constant(obj, rule)
            for rule in obj.conditional_rules
            if field_level(rule) and rule.property == prop.name
        ]
        self.use("typing", "Annotated")
        single = f"{name}: Annotated[{', '.join(parts)}] = {default}"
        if len(single) + 4 <= _LINE:
            return single
        inner = "".join(f"        {part},\n" for part in parts)
        return f"{name}: Annotated[\n{inner}    ] = {default}"

    def rule_constant(self, obj: ObjectDef, rule: ConditionalRule) -> str:
        """The module constant that carries one conditional rule; its name."""
        name = (
            "_"
            + rule.id.rsplit(".", 2)[-2].upper()
            + "_"
            + rule.id.rsplit(".", 1)[-1].upper().replace("-", "_")
        )
        if name in self.constant_names:
            name = f"{name}_{class_name(obj.name).upper()}"
        self.constant_names.append(name)
        message = literal(" ".join(rule.description.split()))
        values = tuple_literal([literal(v) for v in rule.condition.values])
        if field_level(rule):
            kind = self.use("axm_models._runtime", "OnlyWhen")
            args = [
                f"condition={literal(rule.condition.property)}",
                f"values={values}",
            ]
        else:
            kind = self.use("axm_models._runtime", "Conditional")
            args = [
                f"path={tuple_literal([literal(k) for k in rule.path])}",
                f"condition={tuple_literal([literal(k) for k in rule.condition.path])}",
                f"values={values}",
                f"required={rule.kind is RuleKind.REQUIRED_WHEN}",
            ]
        args += [f"rule={literal(rule.id)}", f"message={message}"]
        self.constants.append(f"{name} = {kind}(\n" + "".join(f"    {a},\n" for a in args) + ")")
        return name

    def model_view(self, obj: ObjectDef) -> dict[str, Any]:
        def names(var: str, props: Iterable[Property]) -> str:
            items = sorted(literal(p.name) for p in props)
            return tuple_assignment(f"{var}: ClassVar[tuple[str, ...]]", items)

        nested = {}
        for prop in obj.properties:
            expr = prop.type.items if isinstance(prop.type, ArrayType) else prop.type
            if isinstance(expr, RefType):
                nested[prop.name] = class_name(expr.target)
        fields = [
            {"declaration": self.declaration(obj, prop), "doc": docstring(prop.description)}
            for prop in _field_order(obj)
        ]
        whole = [
            self.rule_constant(obj, rule)
            for rule in obj.conditional_rules
            if not field_level(rule) and self.profile is Profile.STRICT
        ]
        checks = []
        if whole:
            checks = [
                tuple_assignment("__axm_conditional__: ClassVar[tuple[Conditional, ...]]", whole),
                f'_check_rules = {self.use("pydantic", "model_validator")}(mode="after")'
                f"({self.use('axm_models._runtime', 'check_conditional')})",
            ]
        return {
            "name": class_name(obj.name),
            "doc": docstring(obj.description),
            "object": _assignment("__axm_object__: ClassVar[str]", literal(obj.name)),
            "optional": names("__axm_optional__", (p for p in obj.properties if not p.required)),
            "formats": names("__axm_formats__", (p for p in obj.properties if _has_format(p))),
            "arrays": names(
                "__axm_arrays__", (p for p in obj.properties if isinstance(p.type, ArrayType))
            ),
            "nested": wrap(
                "__axm_nested__: ClassVar[dict[str, str]] = ",
                [f"{literal(k)}: {literal(v)}" for k, v in sorted(nested.items())],
                "",
                opener="{",
            ),
            "fields": fields,
            "checks": checks,
        }

    def render(self) -> str:
        self.use("typing", "ClassVar")
        self.use("pydantic", "ConfigDict")
        self.use("axm_models._runtime", "AxmModel")
        self.use(f"{self.package}.rules", "RULE_IDS")
        models = [self.model_view(obj) for obj in _ordered(self.model, self.view.names)]
        contract = (
            "the documented contract exactly."
            if self.profile is Profile.STRICT
            else "what a robust consumer accepts; unknown properties and enum values are kept."
        )
        scope = (
            f" The objects whose contract differs in {self.view.variant.title}, as it documents "
            "them; the others are in the shared module."
            if self.view.variant
            else ""
        )
        return render(
            "python_models.py.jinja",
            header=HEADER,
            module_doc=f"The {self.profile} models: {contract}{scope}",
            imports=self._imports(),
            exports=sorted(m["name"] for m in models),
            extra="forbid" if self.profile is Profile.STRICT else "allow",
            constants=self.constants,
            models=models,
        )

    def _imports(self) -> list[str]:
        first_party = sorted(
            {m for m, _ in self.uses if m.startswith("axm_models")},
            key=lambda m: m.split("."),
        )
        groups = (["datetime", "typing"], ["pydantic"], first_party)
        lines: list[str] = []
        for group in groups:
            block = [
                import_line(module, [n for m, n in self.uses if m == module])
                for module in group
                if any(m == module for m, _ in self.uses)
            ]
            if block:
                lines.extend([*block, ""])
        return lines[:-1]


def _assignment(head: str, value: str) -> str:
    """``head = value`` as ruff formats it inside a class body (parenthesised when too long)."""
    one = f"{head} = {value}"
    return one if len("    " + one) <= _LINE else f"{head} = (\n        {value}\n    )"


def package_of(view: View) -> str:
    """The import name of the package a view's modules go in."""
    return f"axm_models.{view.name}" if view.name else "axm_models"


def _split(text: str) -> list[str]:
    """Top-level comma-separated parts of ``text``."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += char in "([{"
        depth -= char in ")]}"
        if char == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return parts


def _has_format(prop: Property) -> bool:
    expr = prop.type.items if isinstance(prop.type, ArrayType) else prop.type
    return isinstance(expr, ScalarType) and expr.format is not None


def _field_order(obj: ObjectDef) -> list[Property]:
    """Source order, except that a field-level rule's condition comes before the property it
    governs (the rule is checked against properties validated before it)."""
    order = list(obj.properties)
    for rule in obj.conditional_rules:
        if not field_level(rule):
            continue
        subject = obj.property(rule.property)
        condition = obj.property(rule.condition.property)
        if order.index(condition) > order.index(subject):
            order.remove(condition)
            order.insert(order.index(subject), condition)
    return order


def _rules_module(view: View) -> str:
    """The rule table of a view; a variant's adds its own rules to the shared table."""
    rules = [r for r in view.model.rules if r.object in view.names]
    return render(
        "python_rules.py.jinja",
        header=HEADER,
        variant=view.variant.title if view.variant else "",
        rules=[{"id": literal(r.id), "requirement": literal(r.requirement)} for r in rules],
        strict_only=[literal(r.id) for r in rules if r.strict_only()],
    )


def _package(view: View) -> dict[str, str]:
    """The modules of one view: enums, rules, strict and lenient models."""
    folder = PACKAGE + (f"/{view.name}" if view.name else "")
    package = package_of(view)
    plan = {
        f"{folder}/enums.py": render(
            "python_enums.py.jinja", header=HEADER, enums=_enums(view.model, view.names)
        ),
        f"{folder}/rules.py": _rules_module(view),
        f"{folder}/strict.py": _Module(view, Profile.STRICT).render(),
        f"{folder}/lenient.py": _Module(view, Profile.LENIENT).render(),
    }
    if view.variant:
        plan[f"{folder}/__init__.py"] = render(
            "python_variant_init.py.jinja",
            header=HEADER,
            package=package,
            title=view.variant.title,
            names=", ".join(f"``{n}``" for n in view.names),
        )
    return plan


def build(model: Model) -> Plan:
    """The axm_models package: shared modules, and a subpackage per API variant for the
    objects whose contract depends on the variant."""
    all_views = list(views(model))
    plan = {
        f"{PACKAGE}/__init__.py": render(
            "python_init.py.jinja",
            header=HEADER,
            variants=[
                {"name": v.name or "", "title": v.variant.title if v.variant else ""}
                for v in all_views
                if v.variant
            ],
        ),
        f"{PACKAGE}/_runtime.py": render(
            "python_runtime.py.jinja",
            header=HEADER,
            date_time_pattern=literal(formats.DATE_TIME),
            date_time_canonical_pattern=literal(formats.DATE_TIME_CANONICAL),
            uri_pattern=literal(formats.URI),
            uri_reference_pattern=literal(formats.URI_REFERENCE),
        ),
        f"{PACKAGE}/py.typed": "",
    }
    for view in all_views:
        plan.update(_package(view))
    return plan
