"""The workloads the bench knows; each module defines one `WORKLOAD` (see `base.Workload`).

list_page, detail_page and search are compared as equal JSON; mutation_mix by payload shape;
subscriptions drives websockets itself and has no floor; live_site drives two servers of its own
(caches on, compiled reads on and off) and has no floor (bench/README.md).
"""

from __future__ import annotations

from bench.workloads import detail_page, list_page, live_site, mutation_mix, search, subscriptions
from bench.workloads.base import Workload

WORKLOADS: dict[str, Workload] = {
    w.name: w
    for w in (list_page.WORKLOAD, detail_page.WORKLOAD, search.WORKLOAD, mutation_mix.WORKLOAD, subscriptions.WORKLOAD,
              live_site.WORKLOAD)
}
