"""The workloads the bench knows; each module defines one `WORKLOAD` (see `base.Workload`).

Planned, waiting for the API they measure (README, "Benchmarks"):
- `search`: `searchScripts` — variables: a fixed list of queries over the seeded vocabulary;
  floor: the same full-text (`search_vector @@ websearch_to_tsquery`) and pgvector SQL.
- `mutation_mix`: createScript / updateScript / addComment / favoriteScript as a signed-in
  user — needs a bearer token in wrk's headers and a floor of plain INSERT/UPDATE statements;
  equality is checked on the payload shape, not on ids.
- `subscriptions`: N websocket clients on `analysisProgress` while `analyzeScript` jobs run —
  wrk does not speak websockets, so this one needs its own driver (the `gql` client, as in the
  e2e tests) reporting events/s and enqueue-to-delivery latency, and has no SQL floor.
"""

from __future__ import annotations

from bench.workloads import detail_page, list_page, mutation_mix, search, subscriptions
from bench.workloads.base import Workload

WORKLOADS: dict[str, Workload] = {w.name: w for w in (list_page.WORKLOAD, detail_page.WORKLOAD, search.WORKLOAD, mutation_mix.WORKLOAD, subscriptions.WORKLOAD)}
