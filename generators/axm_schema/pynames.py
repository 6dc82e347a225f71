"""Python names for schema names, computed once so templates never fix names up."""

from __future__ import annotations

import keyword
import re
from typing import NewType

ClassName = NewType("ClassName", str)
PythonIdentifier = NewType("PythonIdentifier", str)

# Names a pydantic model field must not take: keywords, soft keywords and BaseModel's own members.
_RESERVED = frozenset(
    {
        "self",
        "copy",
        "dict",
        "json",
        "schema",
        "construct",
        "validate",
        "fields",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "from_orm",
        "update_forward_refs",
        "schema_json",
    }
)


def class_name(name: str) -> ClassName:
    """``OrgDeviceActivity.Attributes`` -> ``OrgDeviceActivityAttributes``."""
    return ClassName("".join(part[:1].upper() + part[1:] for part in name.split(".")))


def enum_class_name(object_name: str, property_name: str) -> ClassName:
    """The enum class of a property: its object's class name and the property, PascalCase."""
    return ClassName(class_name(object_name) + property_name[:1].upper() + property_name[1:])


def field_name(name: str) -> PythonIdentifier:
    """Apple's property name when Python allows it, else the name with a trailing underscore."""
    if (
        keyword.iskeyword(name)
        or keyword.issoftkeyword(name)
        or name in _RESERVED
        or name.startswith("model_")
        or not name.isidentifier()
    ):
        cleaned = re.sub(r"\W", "_", name)
        return PythonIdentifier(cleaned + "_")
    return PythonIdentifier(name)


def member_name(value: str) -> PythonIdentifier:
    """An enum member name for a value (``IN_PROGRESS`` stays ``IN_PROGRESS``)."""
    cleaned = re.sub(r"\W", "_", value).upper()
    if not cleaned or cleaned[0].isdigit() or keyword.iskeyword(cleaned):
        cleaned = "V_" + cleaned
    return PythonIdentifier(cleaned)
