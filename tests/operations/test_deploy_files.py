"""The deployment recipe in deploy/, Dockerfile and compose.yaml, checked as far as this machine
can: it has no container runtime, so images are not built here. The Dockerfile's install steps
are the ones .ci/install-from-lock runs in a fresh venv; these tests hold the two together and
check every file with the tool that reads it (systemd-analyze, caddy, the shell)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.config import PROJECT_ROOT
from bot.storage.urls import normalise_database_url

DEPLOY = PROJECT_ROOT / "deploy"
ADMIN_PROGRAM = Path(sys.executable).parent / "erstkontakt"
INSTRUCTIONS = {
    "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL",
    "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
}  # fmt: skip


def test_compose_runs_the_bot_with_postgresql_16_and_caddy_on_volumes() -> None:
    compose = yaml.safe_load((PROJECT_ROOT / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]

    assert set(services) == {"bot", "db", "caddy"}
    assert services["db"]["image"] == "postgres:16"
    assert services["bot"]["build"] == "."
    named = set(compose["volumes"])
    mounts = {
        name: {v.split(":")[0]: v.split(":")[1] for v in service.get("volumes", [])}
        for name, service in services.items()
    }
    assert mounts["db"]["db"] == "/var/lib/postgresql/data" and "db" in named
    content = services["bot"]["environment"]["CONTENT_DIR"]
    assert mounts["bot"]["content"] == content and "content" in named
    url = re.sub(r"\$\{[^}]*\}", "pw", services["bot"]["environment"]["DATABASE_URL"])
    assert normalise_database_url(url).startswith("postgresql+asyncpg://erstkontakt:pw@db:5432/")
    caddyfile = mounts["caddy"]["./deploy/Caddyfile"]
    assert caddyfile == "/etc/caddy/Caddyfile" and (DEPLOY / "Caddyfile").is_file()
    assert services["caddy"]["environment"]["BOT_UPSTREAM"] == "bot:8080"


def test_the_image_is_non_root_has_the_flyer_libraries_and_installs_from_the_lock() -> None:
    import dockerfile  # BuildKit's parser reads the instructions as `docker build` does

    commands = dockerfile.parse_file(str(PROJECT_ROOT / "Dockerfile"))
    unknown = {c.cmd for c in commands} - INSTRUCTIONS
    assert not unknown, f"not Dockerfile instructions: {unknown}"
    ci = (PROJECT_ROOT / ".ci" / "install-from-lock").read_text(encoding="utf-8")
    final_stage = commands[max(i for i, c in enumerate(commands) if c.cmd == "FROM") :]
    final: dict[str, list[str]] = {c.cmd: [] for c in final_stage}
    for command in final_stage:
        final[command.cmd].append(" ".join(command.value))

    assert final["FROM"] == ["python:3.11-slim-bookworm"]
    assert final["USER"] and final["USER"][-1] not in {"root", "0"}, "the bot runs as non-root"
    runs = " ".join(final["RUN"])
    for package in ("fonts-dejavu-core", "libfribidi0", "postgresql-client-16"):
        assert package in runs, package
    # the image installs exactly as the CI step that is run and tested here
    steps = (
        r'pip"? install\b.*--require-hashes -r \S*requirements\.lock',
        r'pip"? install\b.*--no-deps \S*(erstkontakt|wheel)',
    )
    for step in steps:
        assert re.search(step, runs), step
        assert re.search(step, ci), step
    assert any("pip wheel" in " ".join(c.value) for c in commands)
    for command in commands:
        if command.cmd == "COPY" and not command.flags:
            for source in command.value[:-1]:
                assert (PROJECT_ROOT / source).exists(), f"Dockerfile copies missing {source}"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze missing")
def test_systemd_units_are_valid(tmp_path: Path) -> None:
    units = [DEPLOY / n for n in ("erstkontakt.service", "erstkontakt-backup.service",
                                  "erstkontakt-backup.timer")]  # fmt: skip
    for unit in units:
        shutil.copy(unit, tmp_path / unit.name)
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *[str(tmp_path / u.name) for u in units]],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    # the program is installed on the server, not here; anything else is a real error
    problems = [
        line
        for line in result.stderr.splitlines()
        if line.strip() and "/opt/erstkontakt/venv/bin/erstkontakt" not in line
    ]
    assert problems == [], result.stderr


@pytest.mark.skipif(shutil.which("caddy") is None, reason="caddy missing (apt install caddy)")
def test_caddy_proxies_to_the_bot_and_keeps_metrics_inside() -> None:
    result = subprocess.run(
        ["caddy", "adapt", "--config", str(DEPLOY / "Caddyfile"), "--adapter", "caddyfile"],
        env={**os.environ, "BOT_DOMAIN": "bot.example.org"},
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    config = json.loads(result.stdout)
    text = json.dumps(config)

    assert "bot.example.org" in text
    assert '"dial": "127.0.0.1:8080"' in text
    assert '"/metrics"' in text and '"status_code": 404' in text


def test_the_admin_wrapper_runs_commands_with_the_settings_file(tmp_path: Path) -> None:
    settings = tmp_path / "erstkontakt.env"
    settings.write_text(
        f"# as in deploy/erstkontakt.env.example\n"
        f"DATABASE_URL=sqlite:///{tmp_path / 'live.sqlite3'}\n"
        f"CONTENT_DIR={PROJECT_ROOT / 'content'}\n",
        encoding="utf-8",
    )
    env = {
        "PATH": os.environ["PATH"],
        "ERSTKONTAKT_USER": subprocess.run(
            ["id", "-un"], capture_output=True, text=True, check=True
        ).stdout.strip(),
        "ERSTKONTAKT_ENV_FILE": str(settings),
        "ERSTKONTAKT_BIN": str(ADMIN_PROGRAM),
        "ERSTKONTAKT_HOME": str(tmp_path),
    }
    admin = str(DEPLOY / "erstkontakt-admin")

    live = subprocess.run([admin, "migrate"], env=env, capture_output=True, text=True,
                          timeout=120, check=True)  # fmt: skip
    probe_url = f"DATABASE_URL=sqlite:///{tmp_path / 'probe.sqlite3'}"
    probe = subprocess.run([admin, probe_url, "migrate"], env=env, capture_output=True,
                           text=True, timeout=120, check=True)  # fmt: skip

    assert "empty ->" in live.stdout and "empty ->" in probe.stdout
    assert (tmp_path / "live.sqlite3").is_file() and (tmp_path / "probe.sqlite3").is_file()


def test_the_container_entrypoint_creates_the_content_folder_once(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()  # an empty volume
    env = {
        "PATH": f"{ADMIN_PROGRAM.parent}:{os.environ['PATH']}",
        "CONTENT_DIR": str(content),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
    }
    entrypoint = str(DEPLOY / "docker-entrypoint.sh")

    first = subprocess.run([entrypoint, "catalogue", "check"], env=env, capture_output=True,
                           text=True, timeout=120, check=False)  # fmt: skip
    (content / "offers.yaml").write_text(
        (content / "offers.yaml").read_text(encoding="utf-8") + "# staff edit\n", encoding="utf-8"
    )
    second = subprocess.run([entrypoint, "catalogue", "check"], env=env, capture_output=True,
                            text=True, timeout=120, check=False)  # fmt: skip

    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert (content / "offers.yaml").read_text(encoding="utf-8").endswith("# staff edit\n")
