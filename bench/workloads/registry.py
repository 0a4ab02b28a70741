"""The workloads the bench knows. To add one (search, mutation mix, subscriptions — see the
README's Benchmarks section), write a module with a `WORKLOAD` and list it here."""

from __future__ import annotations

from bench.workloads import detail_page, list_page
from bench.workloads.base import Workload

WORKLOADS: dict[str, Workload] = {w.name: w for w in (list_page.WORKLOAD, detail_page.WORKLOAD)}
