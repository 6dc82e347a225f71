"""The JSON Schema target: a strict and a lenient Draft 2020-12 bundle for every object."""

from __future__ import annotations

from axm_schema.bundles import bundle
from axm_schema.canonical import dumps
from axm_schema.model import Model, Profile
from axm_schema.plan import Plan


def bundle_path(name: str, profile: Profile) -> str:
    """Where the bundle of ``name`` under ``profile`` is written, relative to generated/."""
    return f"jsonschema/{profile}/{name}.schema.json"


def build(model: Model) -> Plan:
    """Every bundle, as canonical JSON text."""
    return {
        bundle_path(name, profile): dumps(bundle(model, name, profile))
        for name in model.names()
        for profile in Profile
    }
