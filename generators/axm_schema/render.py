"""The Jinja environment every template is rendered with: strict about undefined names, HTML
autoescaped, no trailing-whitespace surprises."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


@cache
def environment() -> Environment:
    """The shared, cached environment loading ``axm_schema/templates``."""
    return Environment(
        loader=PackageLoader("axm_schema", "templates"),
        undefined=StrictUndefined,
        autoescape=select_autoescape(
            ["html", "htm", "html.jinja"], default_for_string=False, default=False
        ),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(template: str, **context: Any) -> str:
    """Render ``template`` with ``context``."""
    return environment().get_template(template).render(**context)
