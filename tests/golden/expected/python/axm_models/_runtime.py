# generated from schema/ by axm-schema; do not edit
"""Runtime support shared by the generated models.

Exact RFC 3339 date-times and RFC 3986 URIs, optional properties that may be left out but are
never ``null`` (strict), documented conditional rules, and validation errors that name the rule id
they break.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Self

from pydantic import BaseModel, ConfigDict, GetCoreSchemaHandler, ValidationError
from pydantic_core import CoreSchema, InitErrorDetails, PydanticCustomError, core_schema

DATE_TIME_PATTERN = "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]+)?(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])"
DATE_TIME_CANONICAL_PATTERN = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.(?:00[1-9]|0[1-9][0-9]|[1-9][0-9]{2})|\\.[0-9]{3}(?:00[1-9]|0[1-9][0-9]|[1-9][0-9]{2}))?(?:Z|[+-](?:0[1-9]|1[0-9]|2[0-3]):[0-5][0-9]|[+-]00:(?:0[1-9]|[1-5][0-9]))"
URI_PATTERN = "[A-Za-z][A-Za-z0-9+.-]*:(?://(?:(?:[A-Za-z0-9._~\\-!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:\\[(?:(?:(?:[0-9A-Fa-f]{1,4}:){6}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|::(?:[0-9A-Fa-f]{1,4}:){5}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|(?:[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){4}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|(?:(?:[0-9A-Fa-f]{1,4}:){0,1}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){3}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|(?:(?:[0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){2}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|(?:(?:[0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})?::[0-9A-Fa-f]{1,4}:(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|(?:(?:[0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|(?:(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})?::[0-9A-Fa-f]{1,4}|(?:(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})?::)|[vV][0-9A-Fa-f]+\\.[A-Za-z0-9._~\\-!$&'()*+,;=:]+)\\]|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])|(?:[A-Za-z0-9._~\\-!$&'()*+,;=]|%[0-9A-Fa-f]{2})*)(?::[0-9]*)?(?:/(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*|/(?:(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})+(?:/(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*)?|(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})+(?:/(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*|)(?:\\?(?:(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})|[/?])*)?(?:#(?:(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})|[/?])*)?"
URI_REFERENCE_PATTERN = "(?:[A-Za-z][A-Za-z0-9+.-]*:(?://(?:(?:[A-Za-z0-9._~\\-!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:\\[(?:(?:(?:[0-9A-Fa-f]{1,4}:){6}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|::(?:[0-9A-Fa-f]{1,4}:){5}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|(?:[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){4}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|(?:(?:[0-9A-Fa-f]{1,4}:){0,1}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){3}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|(?:(?:[0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){2}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|(?:(?:[0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})?::[0-9A-Fa-f]{1,4}:(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|(?:(?:[0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|(?:(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})?::[0-9A-Fa-f]{1,4}|(?:(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})?::)|[vV][0-9A-Fa-f]+\\.[A-Za-z0-9._~\\-!$&'()*+,;=:]+)\\]|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])|(?:[A-Za-z0-9._~\\-!$&'()*+,;=]|%[0-9A-Fa-f]{2})*)(?::[0-9]*)?(?:/(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*|/(?:(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})+(?:/(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*)?|(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})+(?:/(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*|)(?:\\?(?:(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})|[/?])*)?(?:#(?:(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})|[/?])*)?|(?://(?:(?:[A-Za-z0-9._~\\-!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:\\[(?:(?:(?:[0-9A-Fa-f]{1,4}:){6}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|::(?:[0-9A-Fa-f]{1,4}:){5}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|(?:[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){4}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|(?:(?:[0-9A-Fa-f]{1,4}:){0,1}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){3}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|(?:(?:[0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){2}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|(?:(?:[0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})?::[0-9A-Fa-f]{1,4}:(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|(?:(?:[0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9]))|(?:(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})?::[0-9A-Fa-f]{1,4}|(?:(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})?::)|[vV][0-9A-Fa-f]+\\.[A-Za-z0-9._~\\-!$&'()*+,;=:]+)\\]|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])|(?:[A-Za-z0-9._~\\-!$&'()*+,;=]|%[0-9A-Fa-f]{2})*)(?::[0-9]*)?(?:/(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*|/(?:(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})+(?:/(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*)?|(?:[A-Za-z0-9._~\\-!$&'()*+,;=@]|%[0-9A-Fa-f]{2})+(?:/(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*|)(?:\\?(?:(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})|[/?])*)?(?:#(?:(?:[A-Za-z0-9._~\\-!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})|[/?])*)?)"

DATE_TIME_MESSAGE = (
    "Input should be an RFC 3339 date-time with a time zone, such as 2025-05-01T18:22:27.106Z"
)


class DescribedEnum(StrEnum):
    """A string enumeration whose members say what they mean (``member.description``)."""

    __axm_descriptions__: ClassVar[Mapping[str, str]] = {}

    @property
    def description(self) -> str:
        """What this value means."""
        return type(self).__axm_descriptions__[str(self)]


class Timestamp(datetime):
    """A datetime that remembers the RFC 3339 text it was read from, so it is written back as is."""

    __slots__ = ("text",)
    text: str


def _timestamp(text: str) -> Timestamp:
    date, _, rest = text.upper().partition("T")
    clock, zone = rest[:8], rest[8:]
    fraction = ""
    if zone.startswith("."):
        end = 1
        while end < len(zone) and zone[end].isdigit():
            end += 1
        fraction, zone = zone[: min(end, 7)], zone[end:]
    zone = "+00:00" if zone == "Z" else zone
    try:
        value = Timestamp.fromisoformat(f"{date}T{clock}{fraction}{zone}")
    except ValueError as exc:
        raise PydanticCustomError("date_time_format", DATE_TIME_MESSAGE) from exc
    value.text = text
    return value


def _aware(value: datetime) -> datetime:
    if value.utcoffset() is None:
        raise PydanticCustomError("date_time_format", DATE_TIME_MESSAGE)
    return value


def format_date_time(value: datetime) -> str:
    """The RFC 3339 text of a datetime: the text it was read from, else a canonical spelling."""
    text = getattr(value, "text", None)
    if isinstance(text, str):
        return text
    result = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.microsecond % 1000:
        result += f".{value.microsecond:06d}"
    elif value.microsecond:
        result += f".{value.microsecond // 1000:03d}"
    offset = value.utcoffset()
    minutes = int(offset.total_seconds()) // 60 if offset is not None else 0
    if minutes == 0:
        return result + "Z"
    sign = "+" if minutes > 0 else "-"
    return f"{result}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


class DateTimeFormat:
    """Core schema of an RFC 3339 date-time: the canonical spelling is parsed in Rust, any other
    valid spelling in Python (keeping its text), and Python code may pass aware datetimes."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        canonical = core_schema.chain_schema(
            [
                core_schema.str_schema(pattern=f"^(?:{DATE_TIME_CANONICAL_PATTERN})$"),
                core_schema.datetime_schema(tz_constraint="aware"),
            ]
        )
        other = core_schema.chain_schema(
            [
                core_schema.str_schema(pattern=f"^(?:{DATE_TIME_PATTERN})$"),
                core_schema.no_info_plain_validator_function(_timestamp),
            ]
        )
        instance = core_schema.no_info_after_validator_function(
            _aware, core_schema.is_instance_schema(datetime)
        )
        return core_schema.union_schema(
            [canonical, other, instance],
            mode="left_to_right",
            custom_error_type="date_time_format",
            custom_error_message=DATE_TIME_MESSAGE,
            serialization=core_schema.plain_serializer_function_ser_schema(
                format_date_time, when_used="json"
            ),
        )


@dataclass(frozen=True)
class PatternFormat:
    """Core schema of a string that must match a format's pattern exactly."""

    pattern: str

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return core_schema.str_schema(pattern=f"^(?:{self.pattern})$", strict=True)


DateTime = Annotated[datetime, DateTimeFormat()]
Uri = Annotated[str, PatternFormat(URI_PATTERN)]
UriReference = Annotated[str, PatternFormat(URI_REFERENCE_PATTERN)]


@dataclass(frozen=True)
class NotNull:
    """An optional property that may be left out but is never ``null``: validates as ``inner``."""

    inner: Any

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return handler.generate_schema(self.inner)


@dataclass(frozen=True)
class OpenEnum:
    """A documented enum that also keeps values added later, as plain strings."""

    enum: type[StrEnum]

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return core_schema.union_schema(
            [handler.generate_schema(self.enum), core_schema.str_schema(strict=True)],
            mode="left_to_right",
            custom_error_type="string_type",
        )


@dataclass(frozen=True)
class OnlyWhen:
    """A conditional rule: the property may be present only while ``condition`` is one of
    ``values``. Checked against properties validated before it; not judged if that one is absent."""

    condition: str
    values: tuple[str, ...]
    rule: str
    message: str

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return core_schema.with_info_after_validator_function(self._check, handler(source))

    def _check(self, value: Any, info: core_schema.ValidationInfo) -> Any:
        current = info.data.get(self.condition)
        if current is not None and current not in self.values:
            raise PydanticCustomError(
                "conditional_rule", "{message}", {"message": self.message, "rule": self.rule}
            )
        return value


_ABSENT = object()


def _member(value: Any, key: str) -> Any:
    """The member ``key`` (a JSON name) of a validated model, or _ABSENT when it is left out."""
    if not isinstance(value, BaseModel):
        return _ABSENT
    for name, info in type(value).model_fields.items():
        if (info.alias or name) == key:
            found = getattr(value, name)
            return _ABSENT if found is None else found
    return _ABSENT


def _at(value: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        value = _member(value, key)
    return value


@dataclass(frozen=True)
class Conditional:
    """A conditional rule between members of nested objects, checked once the object that owns
    it is validated: the property at ``path`` is required while (``required``), or present only
    while (not ``required``), the property at ``condition`` is one of ``values``. Not judged when
    the condition property or the property's object is absent."""

    path: tuple[str, ...]
    condition: tuple[str, ...]
    values: tuple[str, ...]
    required: bool
    rule: str
    message: str

    def check(self, owner: BaseModel) -> None:
        """Raise a ValidationError located at the property when ``owner`` breaks the rule."""
        current = _at(owner, self.condition)
        holder = _at(owner, self.path[:-1])
        if current is _ABSENT or not isinstance(holder, BaseModel):
            return
        met = current in self.values
        present = _member(holder, self.path[-1]) is not _ABSENT
        if (met and not present) if self.required else (present and not met):
            error = PydanticCustomError(
                "conditional_rule", "{message}", {"message": self.message, "rule": self.rule}
            )
            raise ValidationError.from_exception_data(
                type(owner).__name__, [{"type": error, "loc": self.path, "input": current}]
            )


def check_conditional(owner: Any) -> Any:
    """The after-validator of models with ``__axm_conditional__`` rules."""
    for rule in type(owner).__axm_conditional__:
        rule.check(owner)
    return owner


class AxmModel(BaseModel):
    """Base of every generated model: immutable, Apple's property names, and validation errors
    that carry the rule id they break (``error["ctx"]["rule"]``, and ``[rule …]`` in the text)."""

    model_config = ConfigDict(frozen=True, populate_by_name=True)

    __axm_object__: ClassVar[str] = ""
    __axm_optional__: ClassVar[tuple[str, ...]] = ()
    __axm_formats__: ClassVar[tuple[str, ...]] = ()
    __axm_arrays__: ClassVar[tuple[str, ...]] = ()
    __axm_nested__: ClassVar[Mapping[str, str]] = {}
    __axm_rule_ids__: ClassVar[frozenset[str]] = frozenset()
    __axm_conditional__: ClassVar[tuple[Conditional, ...]] = ()

    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise with_rule_ids(type(self), exc) from None

    # Tell pydantic this __init__ adds no behaviour of its own, so nested validation inside
    # pydantic-core does not call it (it only adds rule ids when a model is built directly).
    setattr(__init__, "__pydantic_base_init__", True)  # noqa: B010

    @classmethod
    def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> Self:
        """Validate Python data (a decoded JSON payload); errors name the rule they break."""
        try:
            if args or kwargs:
                return super().model_validate(obj, *args, **kwargs)
            result: Self = cls.__pydantic_validator__.validate_python(obj)  # the fast path
            return result
        except ValidationError as exc:
            raise with_rule_ids(cls, exc) from None

    @classmethod
    def model_validate_json(
        cls, json_data: str | bytes | bytearray, *args: Any, **kwargs: Any
    ) -> Self:
        """Validate a JSON document; errors name the rule they break."""
        try:
            if args or kwargs:
                return super().model_validate_json(json_data, *args, **kwargs)
            result: Self = cls.__pydantic_validator__.validate_json(json_data)  # the fast path
            return result
        except ValidationError as exc:
            raise with_rule_ids(cls, exc) from None


def _nested(cls: type[AxmModel], field: str) -> type[AxmModel] | None:
    name = cls.__axm_nested__.get(field)
    if name is None:
        return None
    found = getattr(sys.modules[cls.__module__], name)
    assert isinstance(found, type) and issubclass(found, AxmModel)
    return found


def _kind(error: Mapping[str, Any], optional: bool, is_format: bool) -> str:
    error_type, value = error["type"], error["input"]
    if error_type == "missing":
        return "required"
    if value is None and optional:
        return "not-null"
    if error_type == "enum":
        return "enum" if isinstance(value, str) else "type"
    if error_type == "literal_error":
        expected = str((error.get("ctx") or {}).get("expected", ""))
        if expected.startswith(("'", '"')):
            return "const" if isinstance(value, str) else "type"
        return "const" if isinstance(value, int | float) and not isinstance(value, bool) else "type"
    if error_type == "too_short":
        return "min-items"
    if is_format and isinstance(value, str | datetime):
        return "format"
    return "type"


def rule_of(
    cls: type[AxmModel], loc: tuple[int | str, ...], error: Mapping[str, Any]
) -> str | None:
    """The rule id that ``error``, at ``loc`` inside a ``cls`` payload, breaks."""
    error_type, value = error["type"], error["input"]
    name = cls.__axm_object__
    if not loc:
        return f"{name}.type"
    field, rest = str(loc[0]), loc[1:]
    if error_type == "extra_forbidden" and not rest:
        return f"{name}.unknown-property"
    items = field in cls.__axm_arrays__ and bool(rest) and isinstance(rest[0], int)
    if items:
        rest = rest[1:]
    nested = _nested(cls, field)
    if nested is not None and rest:
        return rule_of(nested, rest, error)
    if nested is not None and (items or field not in cls.__axm_arrays__):
        if not items and error_type == "missing":
            return f"{name}.{field}.required"
        if not items and value is None and field in cls.__axm_optional__:
            return f"{name}.{field}.not-null"
        return f"{nested.__axm_object__}.type"
    optional = field in cls.__axm_optional__ and not items
    kind = _kind(error, optional, field in cls.__axm_formats__)
    rule = f"{name}.{field}{'.items' if items else ''}.{kind}"
    return rule if rule in cls.__axm_rule_ids__ else None


def with_rule_ids(cls: type[AxmModel], exc: ValidationError) -> ValidationError:
    """``exc`` with the rule id of every error added to its context and its message."""
    details: list[InitErrorDetails] = []
    for error in exc.errors(include_url=False):
        context = dict(error.get("ctx") or {})
        rule = context.get("rule") or rule_of(cls, tuple(error["loc"]), error)
        message = error["msg"] if "[rule " in error["msg"] else f"{error['msg']} [rule {rule}]"
        context.update(message=message, rule=rule)
        details.append(
            {
                "type": PydanticCustomError(error["type"], "{message}", context),
                "loc": error["loc"],
                "input": error["input"],
            }
        )
    return ValidationError.from_exception_data(exc.title, details)
