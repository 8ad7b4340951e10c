"""A turn's transaction: the person's row, the ledger and the counts, without an ORM session
unless a feature asks for one.

Most turns (a command, a button, a question) read the person's row, claim their update in
the turn ledger and write the replies, the question log and the view counts: statements
whose SQL never changes. Run through an ORM session, a turn spent most of its CPU in
SQLAlchemy (opening the session, loading and tracking the person, flushing, closing) and
four trips to aiosqlite's thread. Here:

- the statements are SQLAlchemy Core statements, compiled once per database; on SQLite
  they run on the driver with SQLAlchemy's own type conversions (JSON, aware datetimes),
  skipping its per-statement machinery. On PostgreSQL they run through the connection, one
  by one, as before;
- BEGIN, the person's UPDATE ... RETURNING and the ledger claim go to aiosqlite's thread in
  one trip; the writes whose result the turn does not read (the replies, the question log,
  the view counts, the person's changed columns) wait and go with COMMIT in one more trip;
- the person is an ORM ``User`` built from the row, not tracked by a session: what the turn
  changed is found by comparing with the row as read (as the ORM's flush does) and written
  with one UPDATE.

The statements, the one transaction and the locks are those of before: the person's UPDATE
takes SQLite's write lock (``BEGIN IMMEDIATE``) or the row's lock on PostgreSQL first, the
claim follows, and nothing is committed unless the whole turn succeeded.

A feature that needs more (booking, the handover, "delete my data") reads ``session``: an
``AsyncSession`` on the same connection and transaction, created then. Before it does
anything, the writes waiting so far are sent and the person is handed to it with the
changes made so far, so the session sees the database exactly as the turn left it and every
statement keeps its order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, bindparam, event, insert, null, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm import configure_mappers, make_transient_to_detached
from sqlalchemy.orm.attributes import manager_of_class
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement
from sqlalchemy.util.concurrency import greenlet_spawn

from bot.messages import Reply
from bot.storage import ledger, reply_codec
from bot.storage.models import OfferView, QuestionLog, User
from bot.storage.sqlite_hops import OneTripConnection, run_together

if TYPE_CHECKING:
    from bot.storage.database import Database

_USERS: Table = User.__table__  # type: ignore[assignment]
_QUESTIONS: Table = QuestionLog.__table__  # type: ignore[assignment]
_VIEWS: Table = OfferView.__table__  # type: ignore[assignment]
_COLUMNS = tuple(column.key for column in _USERS.c)
_USER_CLASS = manager_of_class(User)
_USER_MAPPER = User.__mapper__

_TOUCH = (
    update(_USERS)
    .where(
        _USERS.c.channel == bindparam("b_channel"),
        _USERS.c.external_id == bindparam("b_external_id"),
    )
    .values(
        last_seen_at=bindparam("b_now", type_=_USERS.c.last_seen_at.type), unreachable_at=null()
    )
    .returning(*_USERS.c)
)
"""Marks the person seen (and reachable: they wrote) and returns their row; on PostgreSQL it
holds the row's lock until the turn ends."""


def _new_person(dialect: str) -> Any:
    """A new person, once: two processes meeting them at once create one row."""
    insert_into = pg_insert if dialect == "postgresql" else sqlite_insert
    return (
        insert_into(_USERS)
        .values(
            channel=bindparam("b_channel"),
            external_id=bindparam("b_external_id"),
            created_at=bindparam("b_now", type_=_USERS.c.created_at.type),
            last_seen_at=bindparam("b_now", type_=_USERS.c.last_seen_at.type),
            state=bindparam("b_state"),
            state_data=bindparam("b_state_data", type_=_USERS.c.state_data.type),
        )
        .on_conflict_do_nothing(index_elements=["channel", "external_id"])
    )


_NEW_PERSON = {dialect: _new_person(dialect) for dialect in ("sqlite", "postgresql")}


def _views(dialect: str, offers: int) -> Any:
    """Adds one view per row (an atomic upsert: two workers never lose a count); one
    statement for all of a turn's cards."""
    insert_into = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = insert_into(_VIEWS).values(
        [
            {
                "day": bindparam(f"day_{n}", type_=_VIEWS.c.day.type),
                "offer_id": bindparam(f"offer_{n}"),
                "language": bindparam(f"language_{n}"),
                "count": bindparam(f"count_{n}", type_=_VIEWS.c["count"].type),
            }
            for n in range(offers)
        ]
    )
    return statement.on_conflict_do_update(
        index_elements=["day", "offer_id", "language"],
        set_={"count": _VIEWS.c["count"] + statement.excluded["count"]},
    )


def _person_update(columns: tuple[str, ...]) -> Any:
    return (
        update(_USERS)
        .where(_USERS.c.id == bindparam("b_id"))
        .values({name: bindparam(f"v_{name}", type_=_USERS.c[name].type) for name in columns})
    )


def _question(columns: tuple[str, ...]) -> Any:
    return insert(_QUESTIONS).values(
        {name: bindparam(f"q_{name}", type_=_QUESTIONS.c[name].type) for name in columns}
    )


class _Compiled:
    """A statement compiled for one SQLite dialect: its SQL, its parameters in order with
    their type conversions, and the conversions of the columns it returns. Built once: what
    SQLAlchemy would redo (or look up in its cache) on every execution."""

    __slots__ = ("binds", "results", "sql")

    def __init__(self, statement: ClauseElement, dialect: Dialect) -> None:
        compiled = cast(SQLCompiler, statement.compile(dialect=dialect))
        self.sql = compiled.string
        self.binds = [
            (name, compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect))
            for name in compiled.positiontup or ()
        ]
        self.results = [
            column.type.dialect_impl(dialect).result_processor(dialect, None)
            for column in getattr(statement, "_returning", ())
        ]

    def parameters(self, values: dict[str, Any]) -> list[Any]:
        return [
            values[name] if convert is None else convert(values[name])
            for name, convert in self.binds
        ]

    def rows(self, raw: list[Any] | None) -> list[tuple[Any, ...]]:
        if not raw:
            return []
        results = self.results
        if not any(results):
            return [tuple(row) for row in raw]
        return [
            tuple(
                value if convert is None else convert(value)
                for value, convert in zip(row, results, strict=True)
            )
            for row in raw
        ]


class TurnTransaction:
    """One turn's transaction (see the module's docstring). Made by :meth:`Database.turn`."""

    def __init__(self, database: Database, connection: AsyncConnection) -> None:
        self._database = database
        self._connection = connection
        self._dialect = database.dialect
        self._session: AsyncSession | None = None
        self._waiting: list[tuple[Any, dict[str, Any]]] = []
        self.user: User | None = None
        self._as_read: dict[str, Any] = {}
        self._compiled = _compiled_for(database)

    # -- the turn's statements ------------------------------------------------------------

    async def _run(
        self, statements: Sequence[tuple[Any, dict[str, Any]]], *, commit: bool = False
    ) -> list[list[tuple[Any, ...]]]:
        """Run ``statements`` in order (on SQLite in one trip, with COMMIT after them when
        ``commit``); the rows each returned."""
        if self._dialect != "sqlite":
            results: list[list[tuple[Any, ...]]] = []
            for statement, values in statements:
                result = await self._connection.execute(statement, values)
                results.append([tuple(row) for row in result] if result.returns_rows else [])
            return results
        compiled = [self._compiled(statement) for statement, _ in statements]
        driver = self._connection.sync_connection.connection.dbapi_connection  # type: ignore[union-attr]
        assert isinstance(driver, OneTripConnection)
        raw = await run_together(
            driver,
            [
                (done.sql, done.parameters(values))
                for done, (_, values) in zip(compiled, statements, strict=True)
            ],
            commit=commit,
        )
        return [done.rows(rows) for done, rows in zip(compiled, raw, strict=True)]

    async def open(
        self, channel: str, external_id: str, update_id: str | None, chat_id: str, now: datetime
    ) -> tuple[User, bool]:
        """The person's row (created on first contact), marked seen and locked for the turn;
        and whether this turn claimed ``update_id`` in the ledger (False: processed before).
        Both in one trip to the database."""
        person = {"b_channel": channel, "b_external_id": external_id, "b_now": now}
        statements: list[tuple[Any, dict[str, Any]]] = [(_TOUCH, person)]
        claim = {"b_channel": channel, "b_update_id": update_id, "b_chat_id": chat_id, "b_now": now}
        if update_id is not None:
            statements.append((ledger._CLAIM[self._dialect], claim))
        results = await self._run(statements)
        rows = results[0]
        if not rows:
            created = {**person, "b_state": "new", "b_state_data": {}}
            rows = (await self._run([(_NEW_PERSON[self._dialect], created), (_TOUCH, person)]))[1]
        self.user = self._person(rows[0])
        return self.user, update_id is None or bool(results[-1])

    def _person(self, row: tuple[Any, ...]) -> User:
        if _USER_MAPPER.registry._new_mappers:  # the ORM sets its attributes up on first use
            configure_mappers()
        user: User = _USER_CLASS.new_instance()
        self._as_read = dict(zip(_COLUMNS, row, strict=True))
        user.__dict__.update(self._as_read)  # as the ORM's loader fills an object
        return user

    def keep_replies(self, channel: str, update_id: str, replies: Sequence[Reply]) -> None:
        """Store the turn's replies with its ledger row (sent with COMMIT)."""
        if replies:  # nothing owed: a redelivery finds no replies either way
            self._later(
                ledger._KEEP_REPLIES,
                {
                    "b_channel": channel,
                    "b_update_id": update_id,
                    "b_replies": reply_codec.to_json(replies),
                },
            )

    def log_question(self, entry: dict[str, object]) -> None:
        """One row of the question log (sent with COMMIT)."""
        columns = tuple(entry)
        self._later(_question_statement(columns), {f"q_{name}": entry[name] for name in columns})

    def count_views(self, day: date, language: str, offer_ids: Sequence[str]) -> None:
        """One view per offer id: one upsert for all of them (an offer shown twice adds two;
        PostgreSQL refuses to update a row twice in one statement). Sent with COMMIT."""
        views = Counter(offer_ids)
        if not views:
            return
        values: dict[str, Any] = {}
        for n, (offer_id, count) in enumerate(views.items()):
            values |= {f"day_{n}": day, f"offer_{n}": offer_id, f"language_{n}": language}
            values[f"count_{n}"] = count
        self._later(_views_statement(self._dialect, len(views)), values)

    def _later(self, statement: Any, values: dict[str, Any]) -> None:
        self._waiting.append((statement, values))

    # -- the session, for features that need more -----------------------------------------

    @property
    def session(self) -> AsyncSession:
        """An ORM session in this transaction, made when first asked for. The person is
        handed to it with the changes made so far, and whatever the session runs or
        flushes first sends the writes waiting until then, so statements keep their order."""
        if self._session is None:
            session = AsyncSession(bind=self._connection, expire_on_commit=False)
            if self.user is not None:
                self._hand_over(session, self.user)
            event.listen(session.sync_session, "do_orm_execute", self._send_waiting)
            event.listen(session.sync_session, "before_flush", self._send_waiting)
            self._session = session
        return self._session

    def _send_waiting(self, *_: Any) -> None:
        """Runs inside the session's own (greenlet) context: plain blocking-style calls."""
        waiting, self._waiting = self._waiting, []
        connection = self._connection.sync_connection
        assert connection is not None
        for statement, values in waiting:
            connection.execute(statement, values)

    def _hand_over(self, session: AsyncSession, user: User) -> None:
        """Make ``user`` the session's, its changes since it was read still pending."""
        changed = self._changes(user)
        user.__dict__.update(self._as_read)
        make_transient_to_detached(user)  # as if just loaded: no history
        session.add(user)
        for name, value in changed.items():
            setattr(user, name, value)

    def _changes(self, user: User) -> dict[str, Any]:
        """The columns the turn set to a new value (as the ORM's flush compares them)."""
        current = user.__dict__
        return {
            name: current[name]
            for name, read in self._as_read.items()
            if name in current and current[name] is not read and current[name] != read
        }

    async def _write(self) -> None:
        """Write what waits and the person's changes; on SQLite COMMIT in the same trip."""
        if self._session is not None:
            await self._session.flush()  # the person's changes too: the session has them
        elif self.user is not None and (changed := self._changes(self.user)):
            columns = tuple(sorted(changed))
            values = {f"v_{name}": changed[name] for name in columns}
            statement = _person_update_statement(columns)
            self._waiting.append((statement, {**values, "b_id": self.user.id}))
        waiting, self._waiting = self._waiting, []
        if waiting or self._dialect == "sqlite":
            # On SQLite COMMIT goes with them; with nothing sent since BEGIN there is nothing
            # to commit (sqlite_hops.py), and run_together sends nothing.
            await self._run(waiting, commit=self._dialect == "sqlite")

    async def _close_session(self) -> None:
        if self._session is not None:
            await self._session.close()


_PERSON_UPDATES: dict[tuple[str, ...], Any] = {}
_QUESTION_INSERTS: dict[tuple[str, ...], Any] = {}
_VIEW_UPSERTS: dict[tuple[str, int], Any] = {}


def _person_update_statement(columns: tuple[str, ...]) -> Any:
    statement = _PERSON_UPDATES.get(columns)
    if statement is None:
        statement = _PERSON_UPDATES[columns] = _person_update(columns)
    return statement


def _question_statement(columns: tuple[str, ...]) -> Any:
    statement = _QUESTION_INSERTS.get(columns)
    if statement is None:
        statement = _QUESTION_INSERTS[columns] = _question(columns)
    return statement


def _views_statement(dialect: str, offers: int) -> Any:
    statement = _VIEW_UPSERTS.get((dialect, offers))
    if statement is None:
        statement = _VIEW_UPSERTS[(dialect, offers)] = _views(dialect, offers)
    return statement


def _compiled_for(database: Database) -> Any:
    """Per database: each statement compiled once for its dialect (SQLite only)."""
    cache: dict[int, tuple[Any, _Compiled]] = database.__dict__.setdefault("_turn_statements", {})
    dialect = database.engine.dialect

    def compiled(statement: Any) -> _Compiled:
        found = cache.get(id(statement))
        if found is None or found[0] is not statement:
            found = cache[id(statement)] = (statement, _Compiled(statement, dialect))
        return found[1]

    return compiled


@asynccontextmanager
async def turn_transaction(database: Database) -> AsyncIterator[TurnTransaction]:
    """A turn's transaction: committed when the block ends, rolled back if it raises.
    Opening and ending each cost one hop into SQLAlchemy's synchronous side, not several."""
    connection = await greenlet_spawn(_begin, database)
    transaction = TurnTransaction(database, connection)
    done = False
    try:
        yield transaction
        await transaction._write()
        done = True
    finally:
        try:
            await transaction._close_session()
        finally:
            await greenlet_spawn(_end, connection, done)


def _begin(database: Database) -> AsyncConnection:
    sync = database.engine.sync_engine.connect()
    sync.begin()  # SQLite: BEGIN IMMEDIATE goes with the first statement (database.py)
    return AsyncConnection(database.engine, sync)


def _end(connection: AsyncConnection, done: bool) -> None:
    """COMMIT (on SQLite sent already, with the last writes) or ROLLBACK, and back to the pool."""
    sync = connection.sync_connection
    assert sync is not None
    try:
        if sync.in_transaction():
            if done:
                sync.commit()
            else:
                sync.rollback()
    finally:
        sync.close()
