"""Running uvicorn for `serve`: our own listening socket, one or N processes, and stop signals
that stop everything `serve` started.

- The socket is bound before anything else starts, so a busy port is one line with the fix
  (`port 4000 is in use: pass --port or set PORT`), not uvicorn's `[Errno 98]` after start-up.
- uvicorn handles SIGINT and SIGTERM by draining, then *re-raises* the signal with the handler
  that was installed before it. With Python's default SIGTERM handler that kills the process on
  the spot, `finally` blocks and atexit hooks never run, and the embedded PostgreSQL is left
  running. `stop_signals()` installs handlers that unwind instead (SystemExit), and makes SIGHUP
  (a closed terminal) mean the same as SIGTERM.
"""

from __future__ import annotations

import contextlib
import errno
import inspect
import signal
import socket
from collections.abc import Iterator
from types import FrameType
from typing import Any

import uvicorn
from uvicorn.supervisors.multiprocess import Multiprocess

from psscript_graphql.db.bootstrap import StartupError


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening-ready socket on (host, port), or `StartupError` saying what to change."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # uvicorn's choice: restarts do not wait TIME_WAIT
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        if error.errno == errno.EADDRINUSE:
            raise StartupError(f"port {port} is in use: pass --port or set PORT") from None
        if error.errno == errno.EACCES:
            raise StartupError(f"no permission to listen on port {port}: pass --port or set PORT (1024 or above)") from None
        if error.errno == errno.EADDRNOTAVAIL or isinstance(error, socket.gaierror):
            raise StartupError(f"cannot listen on {host!r}, not an address of this machine: pass --host or set HOST") from None
        raise StartupError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    sock.set_inheritable(True)  # worker processes serve on it too
    return sock


def _unwind(signum: int, frame: FrameType | None) -> None:
    # SystemExit unwinds through every `finally` (stopping the embedded servers) and exits 0:
    # a requested stop is not a failure.
    raise SystemExit(0)


def _hangup(signum: int, frame: FrameType | None) -> None:
    # Whoever handles SIGTERM at this moment (uvicorn while serving, `_unwind` otherwise) stops us.
    signal.raise_signal(signal.SIGTERM)


@contextlib.contextmanager
def stop_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP stop `serve` cleanly, also before and after uvicorn runs (SIGINT already
    does: its default handler raises KeyboardInterrupt)."""
    previous = {signal.SIGTERM: signal.signal(signal.SIGTERM, _unwind), signal.SIGHUP: signal.signal(signal.SIGHUP, _hangup)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


class _Supervisor(Multiprocess):
    """uvicorn's worker supervisor, except that SIGHUP stops (uvicorn restarts the workers): for
    `serve`, a hang-up is the terminal going away, and the workers get it too."""

    def handle_hup(self) -> None:
        self.handle_term()


def run_uvicorn(app: Any, sock: socket.socket, *, workers: int, **options: Any) -> None:
    """Serve on `sock` until stopped. `app` is an app, or (workers > 1) an import string of a factory."""
    config = uvicorn.Config(app, workers=workers, factory=workers > 1, **options)
    server = uvicorn.Server(config)
    if workers > 1:
        # Older uvicorn releases take the target each worker runs; newer ones build it themselves.
        takes_target = "target" in inspect.signature(Multiprocess.__init__).parameters
        extra = {"target": server.run} if takes_target else {}
        _Supervisor(config, sockets=[sock], **extra).run()
        return
    server.run(sockets=[sock])
    if not server.started:  # the application failed to start; uvicorn logged why
        raise StartupError("the server did not start; see the log above")
