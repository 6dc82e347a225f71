"""The docs target: reference pages for every object, as Markdown (GitHub, MkDocs) and as a static
HTML site that works offline, with a picture of how the objects nest."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from axm_schema.cases import cases_for
from axm_schema.model import (
    ArrayType,
    ConditionalRule,
    Endpoint,
    FreeObjectType,
    Model,
    ObjectDef,
    Property,
    RefType,
    Rule,
    RuleKind,
    ScalarType,
    TypeExpr,
    referenced_objects,
)
from axm_schema.plan import Plan
from axm_schema.render import render
from axm_schema.variants import for_variant, variant_words

MD_HEADER = "<!-- generated from schema/ by axm-schema; do not edit -->"
HTML_HEADER = "generated from schema/ by axm-schema; do not edit"
_EXAMPLE_CASES = ("only the required properties", "every optional property present")


@dataclass(frozen=True)
class _Node:
    """A box of the nesting picture."""

    name: str
    x: int
    y: int
    width: int


def md_text(text: str) -> str:
    """Plain text made safe for a Markdown table cell (no raw HTML, no column breaks)."""
    cleaned = " ".join(text.split())
    return (
        cleaned.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
    )


def html_text(text: str) -> Markup:
    """Text escaped for HTML, with Markdown-style `code` spans as <code> elements."""
    parts = " ".join(text.split()).split("`")
    if len(parts) % 2 == 0:  # an unpaired backtick stays a backtick
        parts = [*parts[:-2], parts[-2] + "`" + parts[-1]]
    return Markup("").join(
        Markup("<code>{}</code>").format(part) if i % 2 else escape(part)
        for i, part in enumerate(parts)
    )


def anchor(kind: str, *parts: str) -> str:
    """An HTML id such as ``prop-status`` or ``enum-status-COMPLETED``."""
    return "-".join([kind, *parts])


def page_name(name: str, ext: str) -> str:
    """The file of an object's page."""
    return f"{name}.{ext}"


def type_text(expr: TypeExpr) -> tuple[str, str | None]:
    """The type in words, and the object it links to (if any)."""
    if isinstance(expr, RefType):
        return expr.target, expr.target
    if isinstance(expr, ArrayType):
        inner, link = type_text(expr.items)
        return f"array of {inner}", link
    if isinstance(expr, FreeObjectType):
        return "object (free-form)", None
    text = expr.json_type
    if expr.format:
        text += f" ({expr.format})"
    if expr.const is not None:
        text += f", always {json.dumps(expr.const)}"
    elif expr.enum:
        text += ", enum"
    return text, None


def governing(model: Model, obj: ObjectDef, prop: Property) -> list[tuple[str, ConditionalRule]]:
    """The conditional rules about ``prop`` of ``obj``, with the object that owns each (a rule
    may be written on an enclosing object, with a path down to the property)."""
    found = []
    for owner in model.objects:
        for rule in owner.conditional_rules:
            if rule.path[-1] == prop.name and model.target(owner.name, rule.path[:-1]) == obj.name:
                found.append((owner.name, rule))
    return found


def presence(model: Model, obj: ObjectDef, prop: Property) -> str:
    """When the property is present."""
    if prop.required:
        return "always"
    rules = governing(model, obj, prop)
    if not rules:
        return "optional"
    parts = []
    for owner, rule in rules:
        values = " or ".join(f"`{v}`" for v in rule.condition.values)
        where = f" in the enclosing `{owner}`" if owner != obj.name else ""
        when = f"`{rule.condition.property}`{where} is {values}"
        if rule.kind is RuleKind.REQUIRED_WHEN:
            parts.append(f"required when {when}, else optional")
        else:
            parts.append(f"only when {when}")
    return "; ".join(parts)


VariantWording = list[tuple[str, dict[str, str]]]
"""Each variant's title and its rule id -> requirement table."""


def variant_wording(model: Model) -> VariantWording:
    """The rule tables of every variant, built once for all pages."""
    return [
        (v.title, {r.id: r.requirement for r in for_variant(model, v.name).rules})
        for v in model.variants
    ]


def requirement_text(rule: Rule, wording: VariantWording) -> str:
    """What a rule requires; per variant where the variants word it differently (an enum rule
    whose values differ), and saying where it does not exist."""
    texts = [(title, table.get(rule.id, "does not apply")) for title, table in wording]
    if all(text == rule.requirement for _, text in texts):
        return rule.requirement
    return "; ".join(f"{title}: {text}" for title, text in texts)


def _object_view(model: Model, obj: ObjectDef, wording: VariantWording) -> dict[str, Any]:
    props = []
    for prop in obj.properties:
        text, link = type_text(prop.type)
        expr = prop.type.items if isinstance(prop.type, ArrayType) else prop.type
        enum_anchor = (
            anchor("enum", prop.name) if isinstance(expr, ScalarType) and expr.enum else None
        )
        props.append(
            {
                "enum_anchor": enum_anchor,
                "name": prop.name,
                "anchor": anchor("prop", prop.name),
                "type": text,
                "link": link,
                "required": "required" if prop.required else "optional",
                "description": " ".join(prop.description.split()),
                "presence": presence(model, obj, prop),
            }
        )
    enums = []
    for prop in obj.properties:
        expr = prop.type.items if isinstance(prop.type, ArrayType) else prop.type
        only = variant_words(prop, model.variants)
        if isinstance(expr, ScalarType) and expr.enum:
            enums.append(
                {
                    "property": prop.name,
                    "anchor": anchor("enum", prop.name),
                    "rows": [
                        {
                            "value": v.value,
                            "anchor": anchor("enum", prop.name, v.value),
                            "meaning": " ".join(v.description.split())
                            + (f" ({only[v.value]}.)" if v.value in only else ""),
                        }
                        for v in expr.enum
                    ],
                }
            )
    rules = [
        {
            "id": r.id,
            "anchor": anchor("rule", r.id),
            "requirement": requirement_text(r, wording),
            "profiles": "strict only" if r.strict_only() else "strict and lenient",
        }
        for r in model.rules_of(obj.name)
    ]
    examples = [
        {"title": case.description, "json": json.dumps(case.data(), indent=2, ensure_ascii=False)}
        for case in cases_for(model, obj.name)
        if case.rule is None and (case.source or case.description in _EXAMPLE_CASES)
    ]
    contains = sorted({t for p in obj.properties for t in referenced_objects(p.type)})
    return {
        "name": obj.name,
        "summary": " ".join(obj.description.split()),
        "source": obj.source_file,
        "note": " ".join((obj.comment or "").split()),
        "properties": props,
        "enums": enums,
        "rules": rules,
        "examples": examples,
        "contains": contains,
        "contained_in": list(model.referrers(obj.name)),
        "used_by": used_by(model, obj.name),
        "mermaid": mermaid(model, obj.name),
    }


def _edges(model: Model, names: list[str]) -> list[tuple[str, str, str]]:
    edges = []
    for name in names:
        for prop in model.object(name).properties:
            for target in referenced_objects(prop.type):
                if target in names:
                    edges.append((name, prop.name, target))
    return edges


def mermaid(model: Model, focus: str | None = None) -> str:
    """A Mermaid flowchart of how objects nest (around ``focus``, or all of them)."""
    if focus is None:
        names = list(model.names())
    else:
        names = sorted(set(model.closure(focus)) | set(model.referrers(focus)))
    ids = {name: f"n{i}" for i, name in enumerate(names)}
    lines = ["flowchart TD"]
    lines += [f'  {ids[n]}["{n}"]' for n in names]
    lines += [f"  {ids[a]} -->|{p}| {ids[b]}" for a, p, b in _edges(model, names)]
    return "\n".join(lines)


def _layers(model: Model) -> list[list[str]]:
    """Objects by depth: those no object contains first."""
    depth: dict[str, int] = {}
    roots = [n for n in model.names() if not model.referrers(n)]
    pending = [(n, 0) for n in roots]
    while pending:
        name, level = pending.pop(0)
        if depth.get(name, -1) >= level:
            continue
        depth[name] = level
        for prop in model.object(name).properties:
            pending.extend((t, level + 1) for t in referenced_objects(prop.type) if t != name)
    for name in model.names():
        depth.setdefault(name, 0)
    layers: list[list[str]] = [[] for _ in range(max(depth.values()) + 1)]
    for name in model.names():
        layers[depth[name]].append(name)
    return layers


def svg(model: Model, link_ext: str = "html") -> Markup:
    """An inline SVG picture of how objects nest, each box linking to its page."""
    layers = _layers(model)
    nodes: dict[str, _Node] = {}
    box_h, gap_x, gap_y, pad = 34, 24, 70, 16
    widths = {n: 16 + 8 * len(n) for n in model.names()}
    row_widths = [sum(widths[n] for n in row) + gap_x * (len(row) - 1) for row in layers]
    total_w = max(row_widths) + 2 * pad
    for level, row in enumerate(layers):
        x = pad + (total_w - 2 * pad - row_widths[level]) // 2
        for name in row:
            nodes[name] = _Node(name, x, pad + level * (box_h + gap_y), widths[name])
            x += widths[name] + gap_x
    total_h = pad * 2 + len(layers) * box_h + (len(layers) - 1) * gap_y
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {total_w} {total_h}" '
        f'role="img" aria-label="How the objects nest" class="nesting">'
    ]
    for a, prop, b in _edges(model, list(model.names())):
        start, end = nodes[a], nodes[b]
        x1, y1 = start.x + start.width // 2, start.y + box_h
        x2, y2 = end.x + end.width // 2, end.y
        parts.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" class="edge"/>')
        parts.append(
            f'<text x="{(x1 + x2) // 2 + 4}" y="{(y1 + y2) // 2}" class="edge-label">{escape(prop)}</text>'
        )
    for node in nodes.values():
        href = escape(page_name(node.name, link_ext))
        parts.append(
            f'<a href="{href}"><rect x="{node.x}" y="{node.y}" width="{node.width}" '
            f'height="{box_h}" rx="6" class="box"/><text x="{node.x + node.width // 2}" '
            f'y="{node.y + 22}" text-anchor="middle" class="box-label">{escape(node.name)}</text></a>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def endpoint_anchor(endpoint: Endpoint) -> str:
    """The HTML id of an endpoint's section, such as ``endpoint-get-v1-orgDeviceActivities-id``."""
    return anchor("endpoint", endpoint.method.lower(), *re.findall(r"\w+", endpoint.path))


def used_by(model: Model, name: str) -> list[dict[str, str]]:
    """The endpoints that send or answer with object ``name``, and how."""
    found = []
    for endpoint in model.endpoints:
        roles = ["request body"] if endpoint.request == name else []
        statuses = [r.status for r in endpoint.responses if r.object == name]
        if statuses:
            roles.append(f"response{'s' if len(statuses) > 1 else ''} {', '.join(statuses)}")
        if roles:
            found.append(
                {
                    "title": f"{endpoint.method} {endpoint.path}",
                    "anchor": endpoint_anchor(endpoint),
                    "role": "; ".join(roles),
                }
            )
    return found


def _endpoints_view(model: Model) -> dict[str, Any]:
    """The endpoints page: each operation with its address on every variant's host, its
    parameters, request body and responses by status code."""
    hosts = [(v.title, v.host) for v in model.variants]
    endpoints = []
    for endpoint in model.endpoints:
        endpoints.append(
            {
                "title": f"{endpoint.method} {endpoint.path}",
                "anchor": endpoint_anchor(endpoint),
                "description": " ".join(endpoint.description.split()),
                "urls": [
                    {"variant": title, "url": f"https://{host}{endpoint.path}"}
                    for title, host in hosts
                ],
                "parameters": [
                    {"name": p.name, "description": " ".join(p.description.split())}
                    for p in endpoint.parameters
                ],
                "request": endpoint.request,
                "responses": [
                    {
                        "status": r.status,
                        "object": r.object,
                        "description": " ".join(r.description.split()),
                    }
                    for r in endpoint.responses
                ],
                "source": endpoint.source_file,
            }
        )
    return {"endpoints": endpoints}


def build(model: Model) -> Plan:
    """The Markdown and HTML pages."""
    wording = variant_wording(model)
    views = [_object_view(model, obj, wording) for obj in model.objects]
    index = {
        "objects": [{"name": v["name"], "summary": v["summary"]} for v in views],
        "mermaid": mermaid(model),
        "has_endpoints": bool(model.endpoints),
        "variants": [{"title": v.title, "host": v.host} for v in model.variants],
    }
    plan: dict[str, str] = {
        "docs/md/index.md": render("docs_index.md.jinja", header=MD_HEADER, md=md_text, **index),
        "docs/html/index.html": render(
            "docs_index.html.jinja", header=HTML_HEADER, svg=svg(model), text=html_text, **index
        ),
    }
    if model.endpoints:
        endpoints = _endpoints_view(model)
        plan["docs/md/endpoints.md"] = render(
            "docs_endpoints.md.jinja", header=MD_HEADER, md=md_text, page=page_name, **endpoints
        )
        plan["docs/html/endpoints.html"] = render(
            "docs_endpoints.html.jinja",
            header=HTML_HEADER,
            page=page_name,
            text=html_text,
            **endpoints,
        )
    for view in views:
        plan[f"docs/md/{page_name(view['name'], 'md')}"] = render(
            "docs_object.md.jinja", header=MD_HEADER, md=md_text, page=page_name, **view
        )
        plan[f"docs/html/{page_name(view['name'], 'html')}"] = render(
            "docs_object.html.jinja", header=HTML_HEADER, page=page_name, text=html_text, **view
        )
    return plan
