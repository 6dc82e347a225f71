"""The registry of output targets: each is a pure function from the Model to a Plan.

Adding a target means adding one module here and one line to TARGETS; the CLI needs no change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from axm_schema.model import Model
from axm_schema.plan import Plan
from axm_schema.targets import docs, fixtures, json_schema, python, validator

Target = Callable[[Model], Plan]

TARGETS: Mapping[str, Target] = {
    "docs": docs.build,
    "fixtures": fixtures.build,
    "jsonschema": json_schema.build,
    "python": python.build,
    "validator": validator.build,
}


def build_all(model: Model) -> dict[str, str]:
    """The merged plan of every registered target; each target writes below its own directory."""
    merged: dict[str, str] = {}
    for name, target in sorted(TARGETS.items()):
        for rel, text in target(model).items():
            if not rel.startswith(f"{name}/"):
                raise ValueError(f"target {name!r} produced {rel!r} outside {name}/")
            merged[rel] = text
    return dict(sorted(merged.items()))
