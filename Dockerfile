# The API server (and, with `psscript-graphql worker` as the command, the analysis worker).
# Build: docker build -t psscript-graphql .   Run: see docker-compose.yml.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HOST=0.0.0.0 \
    PORT=4000 \
    PSSCRIPT_PRODUCTION=true \
    LOG_FORMAT=json

RUN groupadd --system --gid 10001 psscript \
    && useradd --system --uid 10001 --gid psscript --home-dir /app --shell /usr/sbin/nologin psscript

WORKDIR /app
# Dependencies first, in their own layer: code changes do not reinstall them.
COPY pyproject.toml README.md ./
RUN mkdir psscript_graphql && touch psscript_graphql/__init__.py \
    && pip install . && pip uninstall -y psscript-graphql && rm -rf psscript_graphql build
# An editable install keeps `migrations/` next to the package, where `psscript-graphql serve` looks for it.
COPY psscript_graphql ./psscript_graphql
COPY migrations ./migrations
RUN pip install --no-deps -e . && chmod -R a+rX /app

USER psscript
EXPOSE 4000
# /healthz answers while the process serves; readiness (database reachable and migrated) is /readyz.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f\"http://127.0.0.1:{os.environ.get('PORT', '4000')}/healthz\", timeout=2)"]
# SIGTERM (docker stop) drains requests for up to GRACEFUL_SHUTDOWN_TIMEOUT_S and closes websockets with 1001.
STOPSIGNAL SIGTERM
CMD ["psscript-graphql", "serve"]
