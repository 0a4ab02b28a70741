"""Cache keys: derived from the normalised arguments and the viewer's visibility scope.

The old platform built keys from some of the filters and served one combination's page for
another. Here every argument that shapes a result goes into the key, normalised first (lists
sorted and de-duplicated, unset values dropped, enums by value), then hashed.
"""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date, datetime
from enum import Enum
from typing import Any

import orjson

PREFIX = "psscript:cache"


def normalise(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = {field.name: getattr(value, field.name) for field in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): normalise(v) for k, v in sorted(value.items()) if v is not None and not _unset(v)}
    if isinstance(value, list | tuple | set | frozenset):
        items = [normalise(item) for item in value]
        return sorted(set(items), key=repr) if all(isinstance(i, str | int) for i in items) else items
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _unset(value: Any) -> bool:
    return type(value).__name__ == "UnsetType"


def key(generation: int, kind: str, *, scope: str = "-", args: Any = None) -> str:
    digest = hashlib.sha256(orjson.dumps(normalise(args), option=orjson.OPT_SORT_KEYS)).hexdigest()[:32] if args is not None else "-"
    return f"{PREFIX}:{generation}:{kind}:{scope}:{digest}"
