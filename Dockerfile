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
COPY pyproject.toml ./
RUN python -c "import tomllib; print(*tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies'], sep='\n')" \
        > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt && rm /tmp/requirements.txt pyproject.toml
# Then the package itself, a plain (non-editable) install: the migrations ship inside it
# (`psscript_graphql.migrations`, see setup.py), so the source tree is not kept in the image.
COPY pyproject.toml setup.py README.md /tmp/src/
COPY psscript_graphql /tmp/src/psscript_graphql
COPY migrations /tmp/src/migrations
RUN pip install --no-deps /tmp/src && rm -rf /tmp/src \
    && python -c "from psscript_graphql.db.migrate import head_revision; print(head_revision())"

USER psscript
EXPOSE 4000
# /healthz answers while the process serves; readiness (database reachable and migrated) is /readyz.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f\"http://127.0.0.1:{os.environ.get('PORT', '4000')}/healthz\", timeout=2)"]
# SIGTERM (docker stop) drains requests for up to GRACEFUL_SHUTDOWN_TIMEOUT_S and closes websockets with 1001.
STOPSIGNAL SIGTERM
CMD ["psscript-graphql", "serve"]
