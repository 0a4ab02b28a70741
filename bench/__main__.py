"""`python -m bench run | profile | executor | analyzer` — see bench/README.md."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from bench import run as bench_run
from bench.workloads.registry import WORKLOADS


def _ints(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description="Throughput and latency against the SQL floor.")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="fresh database, seed, both servers, verify, measure, write bench/results/")
    run.add_argument("--size", choices=bench_run.sizes(), default="large", help="seed size (large: 2,000 users, 50,000 scripts)")
    run.add_argument("--seed", type=int, default=42, help="random seed of the dataset")
    run.add_argument("--reuse", action="store_true", help="reuse the database seeded by an earlier run (faster iterations)")
    run.add_argument("--workloads", default=",".join(WORKLOADS), help=f"comma-separated, of: {', '.join(WORKLOADS)}")
    run.add_argument("--concurrency", type=_ints, default=[1, 10, 50], help="wrk connections, e.g. 1,10,50")
    run.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    run.add_argument("--warmup", type=int, default=3, help="seconds of unrecorded load per server and workload")
    run.add_argument("--workers", type=int, default=bench_run.default_workers(), help="uvicorn workers per server (default: CPUs)")
    run.add_argument("--pool-max", type=int, default=10, help="DB_POOL_MAX per worker, for both servers")
    run.add_argument("--out", type=Path, default=bench_run.RESULTS, help="where results go")

    profile = commands.add_parser("profile", help="profile one workload in process with pyinstrument")
    profile.add_argument("--workload", default="list_page", choices=list(WORKLOADS))
    profile.add_argument("--requests", type=int, default=300)
    profile.add_argument("--concurrency", type=int, default=10)
    profile.add_argument("--out", type=Path, default=bench_run.RESULTS)
    profile.add_argument("--measure-only", action="store_true", help="print CPU ms per request, skip the profile")
    profile.add_argument("--operation", help="only the bodies of this operationName (one mutation kind of mutation_mix)")

    executor = commands.add_parser("executor", help="CPU of graphql-core alone executing the list page from memory")
    executor.add_argument("--requests", type=int, default=2_000)

    analyzer = commands.add_parser("analyzer", help="CPU seconds to analyse a 1 MiB script (budget: 2 s)")
    analyzer.add_argument("--repeat", type=int, default=5, help="measurements per mode")
    analyzer.add_argument("--out", type=Path, default=bench_run.RESULTS, help="where analyzer.json goes")

    args = parser.parse_args(argv)
    if args.command == "profile":
        try:
            import pyinstrument  # noqa: F401 — the bench extra; without it, say so in one line
        except ModuleNotFoundError:
            raise SystemExit("bench: `profile` needs pyinstrument: .venv/bin/pip install -e '.[bench]'") from None
    logging.basicConfig(level=logging.INFO, format="%(asctime)s bench: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    if args.command == "run":
        unknown = [name for name in args.workloads.split(",") if name not in WORKLOADS]
        if unknown:
            parser.error(f"unknown workloads: {', '.join(unknown)}")
        bench_run.run(bench_run.Options(
            size=args.size, seed=args.seed, reuse=args.reuse, workloads=args.workloads.split(","),
            concurrency=args.concurrency, duration=args.duration, warmup=args.warmup, workers=args.workers,
            pool_max=args.pool_max, out=args.out,
        ))
        return 0
    if args.command == "analyzer":
        from bench import analyzer as bench_analyzer

        bench_analyzer.run(args.repeat, args.out)
        return 0
    if args.command == "executor":
        from bench import executor_floor

        executor_floor.run(args.requests)
        return 0
    from bench import profile as bench_profile

    bench_profile.run(
        args.workload, requests=args.requests, concurrency=args.concurrency, out=args.out, measure_only=args.measure_only,
        operation=args.operation,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
