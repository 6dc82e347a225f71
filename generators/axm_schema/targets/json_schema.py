"""The JSON Schema target: a strict and a lenient Draft 2020-12 bundle for every object; one per
API variant for the objects whose contract depends on the variant."""

from __future__ import annotations

from axm_schema.bundles import bundle
from axm_schema.canonical import dumps
from axm_schema.model import Model, Profile
from axm_schema.plan import Plan
from axm_schema.variants import views


def bundle_path(name: str, profile: Profile, variant: str | None = None) -> str:
    """Where the bundle of ``name`` under ``profile`` (and a variant) is written, relative to
    generated/."""
    return f"jsonschema/{profile}/{variant + '/' if variant else ''}{name}.schema.json"


def build(model: Model) -> Plan:
    """Every bundle, as canonical JSON text."""
    return {
        bundle_path(name, profile, view.name): dumps(bundle(view.model, name, profile))
        for view in views(model)
        for name in view.names
        for profile in Profile
    }
