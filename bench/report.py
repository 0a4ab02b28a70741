"""The results as markdown: throughput/latency table, statements per request, targets."""

from __future__ import annotations

from typing import Any

LIST_RATIO_TARGET, LIST_P99_TARGET_MS, P50_TARGET_MS, TARGET_CLIENTS = 0.5, 50.0, 20.0, 50


def _ms(us: float) -> str:
    return f"{us / 1000:.1f}"


def _side(run: dict[str, Any] | None) -> list[str]:
    if run is None:
        return ["–"] * 5
    cpu = run.get("server_cpu_ms_per_request")
    return [f"{run['rps']:.0f}", _ms(run["p50_us"]), _ms(run["p95_us"]), _ms(run["p99_us"]),
            "–" if cpu is None else f"{cpu:.2f}"]


def markdown(results: dict[str, Any]) -> str:
    s = results["settings"]
    lines = [
        f"# Benchmark {results['started_at']} (commit {results['commit']})",
        "",
        f"{results['machine']['cpus']} CPUs, {results['machine']['platform']}, Python {results['machine']['python']}; "
        f"{s['workers']} uvicorn workers per server, DB_POOL_MAX={s['db_pool_max']}; "
        f"{s['duration_s']} s per cell after {s['warmup_s']} s warm-up; CPU ms/req = CPU time of the server's "
        "processes during the cell ÷ requests (steadier than req/s on a shared machine); dataset: "
        + ", ".join(f"{k} {v:,}" for k, v in results["setup"]["dataset"].items()),
        *_live_site(results),  # first: the number a deployment gets
    ]
    main = [
        "",
        "| workload | clients | GraphQL req/s | p50 ms | p95 ms | p99 ms | CPU ms/req | floor req/s | p50 ms | p95 ms "
        "| p99 ms | CPU ms/req | GraphQL/floor req/s | floor/GraphQL CPU | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, entry in results["workloads"].items():
        for run in entry["runs"]:
            graphql, floor = run["graphql"], run.get("floor")
            ratio = f"{graphql['rps'] / floor['rps']:.2f}" if floor else "–"
            g_cpu, f_cpu = graphql.get("server_cpu_ms_per_request"), (floor or {}).get("server_cpu_ms_per_request")
            cpu_ratio = f"{f_cpu / g_cpu:.2f}" if g_cpu and f_cpu else "–"
            errors = graphql["errors"] + (floor["errors"] if floor else 0)
            main.append(
                f"| {name} | {run['connections']} | " + " | ".join(_side(graphql)) + " | "
                + " | ".join(_side(floor)) + f" | {ratio} | {cpu_ratio} | {errors} |"
            )
    if len(main) > 3:  # a run of driven workloads only has no rows for it
        lines += main
    lines += _cached_table(results)
    statements = ["", "SQL statements per request (pg_stat_statements; queries + transaction control/pings):", "",
                  "| workload | GraphQL queries | GraphQL control | floor queries | floor control | GraphQL queries at first=1/20/100 (most per request) |",
                  "| --- | ---: | ---: | ---: | ---: | --- |"]
    for name, entry in results["workloads"].items():
        if "subscriptions" in entry or "live_site" in entry:
            continue  # driven by its own client: statements are not counted per request
        st = entry.get("statements")
        if not st:
            statements.append(f"| {name} | n/a (pg_stat_statements not available) | | | | |")
            continue
        floor = st.get("floor", {})
        by_size = entry.get("statements_by_page_size")
        sizes = " / ".join(f"{v:g}" for v in by_size.values()) if by_size else "–"
        statements.append(
            f"| {name} | {st['graphql']['queries']:g} | {st['graphql']['control']:g} | "
            f"{floor.get('queries', '–'):g} | {floor.get('control', '–'):g} | {sizes} |"
            if floor else f"| {name} | {st['graphql']['queries']:g} | {st['graphql']['control']:g} | – | – | {sizes} |"
        )
    if len(statements) > 5:
        lines += statements
    lines += _subscriptions(results)
    notes = [f"- {name}: {entry['floor_note']}" for name, entry in results["workloads"].items() if entry.get("floor_note")]
    if notes:
        lines += ["", "Floors:", "", *notes]
    lines += ["", "Targets:", ""] + [f"- {line}" for line in targets(results)]
    return "\n".join(lines) + "\n"


def _cached_table(results: dict[str, Any]) -> list[str]:
    rows = []
    for name, entry in results["workloads"].items():
        for run in entry["runs"]:
            cached, floor = run.get("cached"), run.get("floor")
            if cached is None:
                continue
            ratio = f"{cached['rps'] / floor['rps']:.2f}" if floor else "–"
            rows.append(f"| {name} | {run['connections']} | " + " | ".join(_side(cached)) + " | "
                        + (f"{floor['rps']:.0f}" if floor else "–") + f" | {ratio} | {cached['errors']} |")
    if not rows:
        return []
    return ["", "With the caches on, as production runs several workers (row, list and response caches shared "
            "through Redis; CPU includes Redis's; reads only — every body was answered once before the cell, so "
            "these are hits):", "",
            "| workload | clients | GraphQL req/s | p50 ms | p95 ms | p99 ms | CPU ms/req | floor req/s "
            "| GraphQL/floor req/s | errors |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |", *rows]


def _subscriptions(results: dict[str, Any]) -> list[str]:
    rows = []
    for name, entry in results["workloads"].items():
        sub = entry.get("subscriptions")
        if not sub:
            continue
        delivery, end_to_end = sub["final_event_delivery"], sub["trigger_to_final_event"]

        def cell(p: dict[str, float]) -> str:
            return " / ".join(f"{p[k]:.1f}" for k in ("p50_ms", "p95_ms", "p99_ms")) if p else "–"

        jobs = sub["jobs_per_second"]
        rows.append(f"| {name} | {sub['clients']} | {sub['jobs_per_round']} × {sub['rounds']} | {sub['events_received']} | "
                    f"{sub['final_events_received']} | {cell(delivery)} | {cell(end_to_end)} | "
                    + ("–" if jobs is None else f"{jobs:.1f}") + " |")
    if not rows:
        return []
    return ["", "Subscriptions (websocket clients; no floor):", "",
            "| workload | clients | jobs × rounds | events received | final events | final event delivery p50 / p95 / p99 ms "
            "(job.finishedAt → receipt) | trigger → final event p50 / p95 / p99 ms | completed jobs/s |",
            "| --- | ---: | ---: | ---: | ---: | --- | --- | ---: |", *rows]


def _live_site(results: dict[str, Any]) -> list[str]:
    rows = []
    for name, entry in results["workloads"].items():
        live = entry.get("live_site")
        if not live:
            continue
        for run in live["runs"]:
            compiled, resolvers = run["compiled"], run["resolvers"]
            for side, label in (("compiled", "compiled reads on"), ("resolvers", "compiled reads off")):
                cell = run[side]
                rate, share = cell["cache_hit_rate"], cell["compiled_share"]
                rows.append(f"| {name} | {run['connections']} | {label} | " + " | ".join(_side(cell)) + " | "
                            + ("–" if rate is None else f"{rate:.1%}") + " | "
                            + ("–" if share is None else f"{share:.1%}") + f" | {cell['errors']} |")
            ratio = compiled["rps"] / resolvers["rps"] if resolvers["rps"] else None
            rows.append(f"| {name} | {run['connections']} | on/off req/s | "
                        + ("–" if ratio is None else f"{ratio:.2f}×") + " | | | | | | | |")
    if not rows:
        return []
    mix = next(e["live_site"]["mix"] for e in results["workloads"].values() if e.get("live_site"))
    return ["", f"Live site (caches on, each server with its own Redis; {mix['bodies']} bodies: "
            f"{mix['list_pages']:.0%} list pages ({' and '.join(mix['orderings'])}, {mix['tag_filtered']:.0%} of them "
            f"tag-filtered, up to {mix['pages_per_list']} pages deep), {mix['script_pages']:.0%} script pages, "
            f"{mix['writes']:.0%} writes, {mix['signed_in']:.0%} signed in; hit rate = response-cache hits ÷ lookups, "
            "compiled = answers by compiled SQL ÷ executed reads (cache misses), both from /metrics):", "",
            "| workload | clients | server | req/s | p50 ms | p95 ms | p99 ms | CPU ms/req | response-cache hit rate "
            "| executed reads compiled | errors |",
            "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |", *rows]


def _at(entry: dict[str, Any], clients: int) -> dict[str, Any] | None:
    return next((run for run in entry["runs"] if run["connections"] == clients), None)


SIDES = {"graphql": "executed (caches off)", "cached": "caches on, as in production"}


def targets(results: dict[str, Any]) -> list[str]:
    """Each target for each GraphQL server measured: executing every request, and with the
    response cache as production runs."""
    out = []
    workloads = results["workloads"]
    list_page = workloads.get("list_page")
    run = _at(list_page, TARGET_CLIENTS) if list_page else None
    for side, label in SIDES.items():
        if not (run and run.get("floor") and run.get(side)):
            continue
        ratio = run[side]["rps"] / run["floor"]["rps"]
        p99 = run[side]["p99_us"] / 1000
        out.append(f"list page ≥ {LIST_RATIO_TARGET}× floor at {TARGET_CLIENTS} clients, {label}: {ratio:.2f}× — "
                   + ("met" if ratio >= LIST_RATIO_TARGET else "MISSED"))
        out.append(f"list page p99 < {LIST_P99_TARGET_MS:g} ms at {TARGET_CLIENTS} clients, {label}: {p99:.1f} ms — "
                   + ("met" if p99 < LIST_P99_TARGET_MS else "MISSED"))
    for name, entry in workloads.items():
        by_size = entry.get("statements_by_page_size")
        if by_size:
            constant = len(set(by_size.values())) == 1
            out.append(f"{name} statements constant in page size: " + ("met" if constant else f"MISSED {by_size}"))
    for name, entry in workloads.items():
        for side, label in SIDES.items():
            runs = [run for run in entry["runs"] if run.get(side)]
            if not runs:
                continue
            worst = max(runs, key=lambda r: r[side]["p50_us"])
            p50 = worst[side]["p50_us"] / 1000
            out.append(f"{name} p50 ≤ {P50_TARGET_MS:g} ms at every concurrency, {label} (worst: {p50:.1f} ms at "
                       f"{worst['connections']} clients) — " + ("met" if p50 <= P50_TARGET_MS else "MISSED"))
    return out
