"""WhatsApp's 24-hour customer service window, and the templates that may cross it.

A business may write freely only within 24 hours of the person's last message. After that,
only a template Meta approved beforehand goes out; the reply itself waits in the database
until the person writes again. Templates are configured per purpose and language:

    {"reminder": {"de": "erinnerung_de", "ro": {"name": "reminder_ro", "params": ["when"]}},
     "mediator_reply": {"de": "antwort_de", "rom": {"name": "answer_ro", "language": "ro"}},
     "notice": {"de": "nachricht_de"}}

``params`` name ``Reply.extras`` values filling the template's ``{{1}}``, ``{{2}}``, ...;
``language`` is WhatsApp's code when ours differs (Romani has none). ``notice`` serves any
purpose without its own template.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

SERVICE_WINDOW = timedelta(hours=24)
WINDOW_MARGIN = timedelta(minutes=10)
"""Close the window a little early: our clock and the moment Meta took the message differ."""
TEMPLATE_PAUSE = timedelta(hours=1)
"""At most one template per purpose and person in this time: three quick lines from a
mediator make one notice, not three."""
DEFAULT_PURPOSE = "notice"
MISSING_PARAMETER = "…"
"""Meta refuses empty template parameters."""


def window_open(last_inbound: datetime | None, now: datetime) -> bool:
    """Whether a free-form message may go to someone who last wrote at ``last_inbound``."""
    return last_inbound is not None and now < last_inbound + SERVICE_WINDOW - WINDOW_MARGIN


@dataclass(frozen=True)
class Template:
    name: str
    language: str
    params: tuple[str, ...] = ()

    def message(self, extras: Mapping[str, str]) -> dict[str, Any]:
        """The ``POST /messages`` body (without recipient) sending this template."""
        template: dict[str, Any] = {"name": self.name, "language": {"code": self.language}}
        if self.params:
            values = [
                {"type": "text", "text": extras.get(key) or MISSING_PARAMETER}
                for key in self.params
            ]
            template["components"] = [{"type": "body", "parameters": values}]
        return {"type": "template", "template": template}


class Templates:
    """Approved templates by purpose and language."""

    def __init__(self, table: Mapping[str, Mapping[str, Template]]) -> None:
        self._table = table

    def choose(self, purpose: str, languages: Sequence[str]) -> Template | None:
        """The template for ``purpose`` (else a ``notice``) in the first language that has one."""
        for wanted in (purpose, DEFAULT_PURPOSE):
            by_language = self._table.get(wanted, {})
            for language in languages:
                if language in by_language:
                    return by_language[language]
        return None


def load_templates(raw: str | None, base: Path) -> Templates:
    """``WHATSAPP_TEMPLATES``: JSON text, or a JSON/YAML file (relative to ``base``)."""
    if raw is None:
        return Templates({})
    try:
        if raw.lstrip()[:1] in ("{", "["):  # JSON text rather than a file name
            data = json.loads(raw)
        else:
            path = Path(raw) if Path(raw).is_absolute() else base / raw
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, yaml.YAMLError) as error:
        raise ValueError(f"WHATSAPP_TEMPLATES cannot be read: {type(error).__name__}") from error
    return Templates(_parse(data))


def _parse(data: Any) -> dict[str, dict[str, Template]]:
    if not isinstance(data, Mapping):
        raise ValueError("WHATSAPP_TEMPLATES: expected {purpose: {language: template}}")
    table: dict[str, dict[str, Template]] = {}
    for purpose, by_language in data.items():
        if not isinstance(by_language, Mapping):
            raise ValueError(f"WHATSAPP_TEMPLATES[{purpose!r}]: expected {{language: template}}")
        table[str(purpose)] = {
            str(language): _template(f"{purpose}.{language}", str(language), entry)
            for language, entry in by_language.items()
        }
    return table


def _template(where: str, language: str, entry: Any) -> Template:
    if isinstance(entry, str) and entry:
        return Template(entry, language)
    if isinstance(entry, Mapping) and isinstance(entry.get("name"), str):
        params = entry.get("params", [])
        if not isinstance(params, list) or not all(isinstance(p, str) for p in params):
            raise ValueError(f"WHATSAPP_TEMPLATES {where}: params must be a list of names")
        return Template(entry["name"], str(entry.get("language", language)), tuple(params))
    raise ValueError(f"WHATSAPP_TEMPLATES {where}: expected a name or {{name, language, params}}")
