"""Rows in every table of the schema, made from the models: new tables are covered by
themselves. For backup round trips (tests) and backup timings (bench)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Column, MetaData, String, Table, insert, select

from bot.storage.database import Database
from bot.storage.models import Base, UTCDateTime

TEXT = "Zamfira: cand e cursul? курс по немски، درس آلمانی ș"
WHEN = datetime(2026, 12, 3, 9, 30, 15, 123000, tzinfo=UTC)
BATCH = 2_000


def _value(column: Column[Any], row: int) -> Any:
    """Row ``row``'s value: unique per row where it could be a key, the same text elsewhere."""
    for key in column.foreign_keys:
        return row + 1 if key.column.type.python_type is int else f"{row}"
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return WHEN
    if isinstance(kind, JSON):
        return {"text": TEXT, "list": [row, "zwei"]}
    python = kind.python_type
    if python is bool:
        return row % 2 == 0
    if python is int:
        return row + 1
    if python is float:
        return row + 0.25
    if python is date:
        return WHEN.date()
    if python is datetime:
        return WHEN
    if python is str:
        length = getattr(kind, "length", None) or 200
        return f"{row}-{TEXT}"[:length]
    raise AssertionError(f"no example value for {column}")


async def fill_every_table(url: str, rows: int = 1) -> None:
    """Migrate ``url`` and put ``rows`` rows in every table (row i refers to row i)."""
    database = Database(url)
    await database.start()
    try:
        for table in Base.metadata.sorted_tables:
            for start in range(0, rows, BATCH):
                values = [
                    {column.name: _value(column, i) for column in table.columns}
                    for i in range(start, min(rows, start + BATCH))
                ]
                async with database.session() as session:
                    await session.execute(insert(table), values)
    finally:
        await database.close()


def _alembic_version() -> Table:
    return Table("alembic_version", MetaData(), Column("version_num", String, primary_key=True))


async def every_row(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (and the schema revision), in key order."""
    database = Database(url)
    try:
        async with database.session() as session:
            found = {}
            for table in [*Base.metadata.sorted_tables, _alembic_version()]:
                order = list(table.primary_key.columns) or list(table.columns)
                result = await session.execute(select(table).order_by(*order))
                found[table.name] = [tuple(row) for row in result]
            return found
    finally:
        await database.close()
