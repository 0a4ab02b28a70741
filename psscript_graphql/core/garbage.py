"""Garbage-collector settings for a serving process.

The bench (`python -m bench profile`, docs/performance.md) found the cyclic collector taking
about half of the list page's CPU time: every few requests a collection walked the whole heap
— the schema, SQLAlchemy's metadata, the analyzer's tables — although none of it ever becomes
garbage. Freezing what exists once the app has started moves it out of the collector's sight,
and a larger first-generation threshold makes collections of the per-request garbage rarer.
Reference counting still frees almost everything at once; only cycles wait for a collection.
"""

from __future__ import annotations

import gc

# Allocations (minus deallocations) of container objects between young collections; CPython's
# default of 700 triggers several collections per GraphQL request.
YOUNG_GENERATION_THRESHOLD = 10_000


def tune_for_serving() -> None:
    """Call once per process after startup, before serving."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_GENERATION_THRESHOLD, middle, old)
