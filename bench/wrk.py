"""Drive a server with wrk (Debian package `wrk`) and parse the result line our Lua script prints."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

LUA = Path(__file__).parent / "lua" / "post_bodies.lua"
# Replaced by the Lua script with a number unique to each request (titles, comments, content
# of the mutation mix must not repeat: a repeated script content is a duplicate, not a create).
UNIQUE_MARK = "__N__"
INSTALL_HINT = "wrk is not installed: `sudo apt-get install -y wrk` (Debian/Ubuntu) or `brew install wrk` (macOS)."


def require_wrk() -> str:
    path = shutil.which("wrk")
    if path is None:
        raise SystemExit(f"bench: {INSTALL_HINT}")
    return path


def body_line(body: dict[str, Any]) -> str:
    """One line of the bodies file: the JSON, after `TOKEN<tab>` when it is sent signed in
    (JSON never holds a raw tab, so the first tab, if any, ends the token)."""
    payload = {k: v for k, v in body.items() if k != "token"}
    line = json.dumps(payload, separators=(",", ":"))
    return f"{body['token']}\t{line}" if "token" in body else line


def write_bodies(path: Path, bodies: list[dict[str, Any]]) -> Path:
    path.write_text("".join(body_line(body) + "\n" for body in bodies))
    return path


def run(url: str, bodies_file: Path, *, connections: int, duration_s: int, threads: int = 1) -> dict[str, Any]:
    """Closed-loop load: `connections` clients each sending the next body as soon as the last answer arrives."""
    command = [
        require_wrk(), "-t", str(min(threads, connections)), "-c", str(connections), "-d", f"{duration_s}s",
        "--timeout", "10s", "-s", str(LUA), url, "--", str(bodies_file),
    ]
    done = subprocess.run(command, capture_output=True, text=True)
    out = done.stdout
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr.strip() or out.strip()}")
    for line in out.splitlines():
        if line.startswith("WRK_RESULT "):
            result = json.loads(line.removeprefix("WRK_RESULT "))
            result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
            result["errors"] = sum(result[k] for k in (
                "connect_errors", "read_errors", "write_errors", "status_errors", "timeouts", "graphql_errors"))
            return result
    raise RuntimeError(f"wrk printed no result line:\n{out}")
