"""Turn the URLs people write (postgres://, postgresql://) into SQLAlchemy asyncpg URLs."""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url


def async_url(raw: str) -> URL:
    """`postgres://u@h/db` → `postgresql+asyncpg://u@h/db`; other drivers are replaced."""
    url = make_url(raw)
    if url.get_backend_name() not in {"postgresql", "postgres"}:
        raise ValueError(f"not a PostgreSQL URL: {url.render_as_string(hide_password=True)}")
    return url.set(drivername="postgresql+asyncpg")


def describe(url: URL) -> str:
    """The URL without its password, for logs and error lines."""
    return url.render_as_string(hide_password=True)
