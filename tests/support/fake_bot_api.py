"""A fake Telegram Bot API server for end-to-end tests: the real PTB talks HTTP to it.

It serves ``/bot{token}/{method}`` and ``/file/bot{token}/{path}`` on 127.0.0.1, answers
with realistic JSON, records every call, and can inject faults. Like Telegram it rejects
what a real bot must not send (bad HTML, texts over 4096 characters, oversized button data):
the rules live in ``telegram_oracle.py``, the records (calls, faults, topics) in
``fake_bot_api_state.py``; this module is the HTTP server.

Extend :data:`HANDLERS` (``method -> handler``) when a later issue needs a method; a test may
also change ``fake.handlers`` of one instance.

Forum topics behave like Telegram's: sending into a topic that does not exist (or that
:meth:`FakeBotApi.delete_topic` removed, as a mediator might) fails with "message thread not
found"; reopening an open topic or renaming it to its name is "TOPIC_NOT_MODIFIED". A request
the bot gives up on (a timeout, a killed process) before the fake answered is not carried out:
its call is recorded with status 499, as if it never reached Telegram.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import defaultdict, deque
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from aiohttp import web
from telegram.constants import MessageLimit

from tests.support.changes import Changes
from tests.support.fake_bot_api_state import (
    CLIENT_GONE,
    DROPPED,
    SEND_METHODS,
    ApiCall,
    Fault,
    Topic,
    UploadedFile,
)
from tests.support.telegram_oracle import ApiError, check_keyboard, checked_text, topic_name

BOT_ID = 123456
BOT_USERNAME = "ErstkontaktTestBot"
TEST_TOKEN = f"{BOT_ID}:TEST-token-for-the-fake-bot-api"

LONG_POLL_CAP_SECONDS = 1.0
"""getUpdates waits at most this long, whatever the bot asks: tests shut down quickly."""
DEFAULT_WAIT_SECONDS = 5.0
Found = TypeVar("Found")

# Parameters PTB sends JSON-encoded inside form fields; everything else stays a string.
JSON_FIELDS = frozenset(
    {
        "allowed_updates",
        "caption_entities",
        "commands",
        "entities",
        "link_preview_options",
        "media",
        "permissions",
        "reaction",
        "reply_markup",
        "reply_parameters",
        "scope",
    }
)
Handler = Callable[["FakeBotApi", dict[str, Any], dict[str, UploadedFile]], Any]


class FakeBotApi:
    """Start with ``await fake.start()`` (or ``async with FakeBotApi() as fake``)."""

    def __init__(self, token: str = TEST_TOKEN) -> None:
        self.token = token
        self.calls: list[ApiCall] = []
        self.files: dict[str, bytes] = {}
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids: defaultdict[str, itertools.count[int]] = defaultdict(
            lambda: itertools.count(1)
        )
        self._file_ids = itertools.count(1)
        self._topic_ids = itertools.count(100)
        self.topics: dict[tuple[str, int], Topic] = {}
        self._faults: defaultdict[str, deque[Fault]] = defaultdict(deque)
        self._blocked: set[str] = set()
        self.unavailable: set[str] = set()  # chats whose messages fail with 502 (an outage)
        self._stored: dict[tuple[str, int], dict[str, Any]] = {}
        self._file_paths: dict[str, str] = {}
        self._file_sizes: dict[str, int] = {}
        # A copy per fake: one test may add or replace a method without touching others.
        self.handlers: dict[str, Handler] = dict(HANDLERS)
        # Called with every successfully answered call: cheaper than wait_for for thousands
        # of concurrent waiters (benchmarks).
        self.observers: list[Callable[[ApiCall], None]] = []
        self.changes = Changes()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- life cycle ---------------------------------------------------------------------------

    async def start(self) -> FakeBotApi:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._on_api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._on_file)
        # Cancelled handlers: a request the bot abandoned is not carried out (see above).
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotApi:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """The value for ``TELEGRAM_API_BASE_URL`` (the token is appended by PTB)."""
        return f"http://127.0.0.1:{self.port}/bot"

    # -- scripting ------------------------------------------------------------------------------

    def next_update_id(self) -> int:
        return next(self._update_ids)

    async def enqueue_update(self, update: Mapping[str, Any]) -> dict[str, Any]:
        """Queue an update for getUpdates; gives it the next ``update_id`` unless it has one."""
        (queued,) = await self.enqueue_updates(update)
        return queued

    async def enqueue_updates(self, *updates: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Queue several updates at once: the bot gets them in one getUpdates answer."""
        queued = [dict(update) for update in updates]
        for update in queued:
            update.setdefault("update_id", self.next_update_id())
        self._updates.extend(queued)
        await self._notify()
        return queued

    def fail_next(
        self,
        method: str,
        *,
        times: int = 1,
        status: int = 502,
        retry_after: int | None = None,
        description: str = "Injected fault",
    ) -> None:
        """The next ``times`` calls of ``method`` fail: 429 with ``retry_after``, 502, ..."""
        for _ in range(times):
            self._faults[method].append(Fault(status, retry_after, description=description))

    def delay_next(self, method: str, seconds: float, *, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` are answered ``seconds`` late."""
        for _ in range(times):
            self._faults[method].append(Fault(delay=seconds))

    def drop_next(self, method: str, *, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` lose their connection before an answer."""
        for _ in range(times):
            self._faults[method].append(Fault(drop=True))

    def block(self, chat_id: str | int) -> None:
        """The person blocked the bot: sends to them fail with 403 like on Telegram."""
        self._blocked.add(str(chat_id))

    def add_topic(self, chat_id: str | int, name: str) -> int:
        """A topic that exists already (made by hand in the group); returns its thread id."""
        thread_id = next(self._topic_ids)
        self.topics[(str(chat_id), thread_id)] = Topic(name)
        return thread_id

    def delete_topic(self, chat_id: str | int, thread_id: int) -> None:
        """A mediator deletes a topic by mistake: sending into it fails from now on."""
        self.topics[(str(chat_id), thread_id)].deleted = True

    def topic_messages(self, chat_id: str | int, thread_id: int) -> list[ApiCall]:
        """What the bot put into one topic (sent or copied), in order."""
        return [
            call
            for call in self.calls
            if call.ok
            and call.method in SEND_METHODS
            and call.chat_id == str(chat_id)
            and str(call.params.get("message_thread_id")) == str(thread_id)
        ]

    def add_file(
        self, data: bytes, *, file_path: str | None = None, size: int | None = None
    ) -> str:
        """Make a file downloadable (getFile + /file route); returns its ``file_id``.

        ``size`` is what getFile reports instead of the real one (a file too big to fetch).
        """
        file_id = f"file-{next(self._file_ids)}"
        self.files[file_id] = data
        self._file_paths[file_id] = file_path or f"documents/{file_id}"
        if size is not None:
            self._file_sizes[file_id] = size
        return file_id

    # -- observing ------------------------------------------------------------------------------

    def calls_of(self, method: str) -> list[ApiCall]:
        return [call for call in self.calls if call.method == method]

    async def wait_for(
        self,
        method: str,
        predicate: Callable[[ApiCall], bool] | None = None,
        *,
        timeout: float = DEFAULT_WAIT_SECONDS,  # noqa: ASYNC109 - a deadline, checked each wake
        start: int = 0,
        arrived: bool = False,
    ) -> ApiCall:
        """The first successful call of ``method`` from index ``start`` on that matches
        (with ``arrived``: the first such request, answered or not, e.g. a long poll).

        Fails the test after ``timeout`` seconds, listing what the bot did call.
        """

        def find() -> ApiCall | None:
            for call in self.calls[start:]:
                if (
                    call.method == method
                    and (arrived or call.ok)
                    and (predicate is None or predicate(call))
                ):
                    return call
            return None

        found = await self.wait_until(find, timeout=timeout)
        if found is None:
            seen = [call.method for call in self.calls[start:]]
            raise AssertionError(f"no matching {method} within {timeout}s; calls: {seen}")
        return found

    async def wait_until(
        self,
        probe: Callable[[], Found],
        *,
        timeout: float = DEFAULT_WAIT_SECONDS,  # noqa: ASYNC109 - a deadline, checked each wake
    ) -> Found | None:
        """Re-run ``probe`` after every call until it returns something truthy (e.g. a call),
        or None once ``timeout`` passes."""
        return await self.changes.wait_until(probe, timeout=timeout)

    async def wait_quiet(
        self,
        seconds: float,
        *,
        timeout: float = DEFAULT_WAIT_SECONDS,  # noqa: ASYNC109 - a deadline, checked each wake
    ) -> None:
        """Return once no call came in for ``seconds`` (or ``timeout`` passed)."""
        await self.changes.wait_quiet(seconds, timeout=timeout)

    # -- HTTP -----------------------------------------------------------------------------------

    async def _on_api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params, files = await _read_params(request)
        handler = self.handlers.get(method)
        if handler is None:
            return _error(404, "Not Found: method not found")
        peer = request.transport.get_extra_info("peername") if request.transport else None
        call = ApiCall(method, params, files, client_port=peer[1] if peer else None)
        self.calls.append(call)
        await self._notify()
        fault = self._faults[method].popleft() if self._faults[method] else None
        try:
            if fault is not None and fault.delay:
                await asyncio.sleep(fault.delay)
        except asyncio.CancelledError:  # the bot gave up (timeout, killed): never carried out
            call.status = CLIENT_GONE
            await asyncio.shield(self._notify())
            raise
        if fault is not None and fault.drop:
            call.status = DROPPED
            await self._notify()
            if request.transport is not None:
                request.transport.close()
            return web.Response(status=DROPPED)  # never reaches the bot: the connection is gone
        try:
            if fault is not None and fault.status is not None:
                raise ApiError(fault.status, fault.description, fault.retry_after)
            result = handler(self, params, files)
            if asyncio.iscoroutine(result):
                result = await result
        except ApiError as error:
            call.status = error.status
            await self._notify()
            return _error(error.status, error.description, error.retry_after)
        call.result, call.status = result, 200
        for observer in self.observers:
            observer(call)
        await self._notify()
        return web.json_response({"ok": True, "result": result})

    async def _on_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        wanted = request.match_info["path"]
        for file_id, path in self._file_paths.items():
            if path == wanted:
                return web.Response(body=self.files[file_id])
        return web.Response(status=404)

    async def _notify(self) -> None:
        """Wake everyone waiting for a change in the record of calls."""
        await self.changes.notify()

    # -- methods --------------------------------------------------------------------------------

    def _bot_user(self) -> dict[str, Any]:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Erstkontakt",
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _message(self, params: Mapping[str, Any], **content: Any) -> dict[str, Any]:
        chat_id = str(params["chat_id"])
        if chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id in self.unavailable:
            raise ApiError(502, "Bad Gateway")
        numeric = int(chat_id)
        chat: dict[str, Any] = (
            {"id": numeric, "type": "supergroup", "title": "Staff", "is_forum": True}
            if numeric < 0
            else {"id": numeric, "type": "private", "first_name": "Person"}
        )
        message = {
            "message_id": next(self._message_ids[chat_id]),
            "date": int(time.time()),
            "chat": chat,
            "from": self._bot_user(),
            **content,
        }
        if "message_thread_id" in params:
            self._open_topic(chat_id, int(params["message_thread_id"]))
            message["message_thread_id"] = int(params["message_thread_id"])
            message["is_topic_message"] = True
        if params.get("reply_markup"):
            check_keyboard(params["reply_markup"])
            message["reply_markup"] = params["reply_markup"]
        self._stored[(chat_id, message["message_id"])] = message
        return message

    def _uploaded(
        self, files: Mapping[str, UploadedFile], params: Mapping[str, Any], name: str
    ) -> str:
        """The file_id for an uploaded file, or the file_id/URL the bot passed instead."""
        if name in files:
            file_id = f"file-{next(self._file_ids)}"
            self.files[file_id] = files[name].data
            self._file_paths[file_id] = f"uploads/{file_id}"
            return file_id
        if name in params:
            return str(params[name])
        raise ApiError(400, f"Bad Request: there is no {name} in the request")

    def _text_content(self, params: Mapping[str, Any], key: str, limit: int) -> dict[str, Any]:
        return checked_text(params, key, limit)

    def _send_message(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        content = self._text_content(params, "text", MessageLimit.MAX_TEXT_LENGTH)
        if not content.get("text", "").strip():
            raise ApiError(400, "Bad Request: message text is empty")
        return self._message(params, **content)

    def _send_venue(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        location = {"latitude": float(params["latitude"]), "longitude": float(params["longitude"])}
        venue = {"location": location, "title": params["title"], "address": params["address"]}
        return self._message(params, venue=venue, location=location)

    def _send_location(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        location = {"latitude": float(params["latitude"]), "longitude": float(params["longitude"])}
        return self._message(params, location=location)

    def _stored_message(self, params: Mapping[str, Any]) -> dict[str, Any]:
        key = (str(params.get("chat_id")), int(params.get("message_id", 0)))
        if key not in self._stored:
            raise ApiError(400, "Bad Request: message to edit not found")
        return self._stored[key]

    def _edit_text(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        message = self._stored_message(params)
        message.update(self._text_content(params, "text", MessageLimit.MAX_TEXT_LENGTH))
        message["edit_date"] = int(time.time())
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        else:
            message.pop("reply_markup", None)
        return message

    def _edit_markup(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        message = self._stored_message(params)
        if params.get("reply_markup"):
            check_keyboard(params["reply_markup"])
            message["reply_markup"] = params["reply_markup"]
        else:
            message.pop("reply_markup", None)
        return message

    async def _get_updates(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        offset = int(params.get("offset") or 0)
        wait = min(float(params.get("timeout") or 0), LONG_POLL_CAP_SECONDS)
        limit = int(params.get("limit") or 100)
        # Like Telegram: an offset confirms (forgets) every earlier update.
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        await self.changes.wait_until(lambda: self._updates, timeout=wait)
        return self._updates[:limit]

    def _copy_message(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        copied_from = {
            "chat_id": str(params["from_chat_id"]),
            "message_id": int(params["message_id"]),
        }
        return {
            "message_id": self._message(params, text="(copy)", copied_from=copied_from)[
                "message_id"
            ]
        }

    def _forward_message(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        return self._message(params, text="(forwarded)")

    def _send_media_group(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        return [self._message(params, text=item.get("type", "media")) for item in params["media"]]

    def _create_topic(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        name = topic_name(params)
        thread_id = next(self._topic_ids)
        self.topics[(str(params["chat_id"]), thread_id)] = Topic(name)
        return {
            "message_thread_id": thread_id,
            "name": name,
            "icon_color": int(params.get("icon_color") or 7322096),
        }

    def _open_topic(self, chat_id: str, thread_id: int) -> Topic:
        """The topic a call names; like Telegram, a deleted or unknown one is "not found"."""
        topic = self.topics.get((chat_id, thread_id))
        if topic is None or topic.deleted:
            raise ApiError(400, "Bad Request: message thread not found")
        return topic

    def _topic_call(self, params: Mapping[str, Any]) -> Topic:
        return self._open_topic(str(params["chat_id"]), int(params["message_thread_id"]))

    def _edit_topic(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        topic = self._topic_call(params)
        name = topic_name(params)
        if name == topic.name:
            raise ApiError(400, "Bad Request: TOPIC_NOT_MODIFIED")
        topic.name = name
        return True

    def _close_topic(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        return self._set_closed(params, closed=True)

    def _reopen_topic(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        return self._set_closed(params, closed=False)

    def _set_closed(self, params: Mapping[str, Any], *, closed: bool) -> Any:
        topic = self._topic_call(params)
        if topic.closed == closed:
            raise ApiError(400, "Bad Request: TOPIC_NOT_MODIFIED")
        topic.closed = closed
        return True

    def _delete_topic(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        self._topic_call(params).deleted = True
        return True

    def _get_file(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        file_id = str(params["file_id"])
        if file_id not in self.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": self._file_sizes.get(file_id, len(self.files[file_id])),
            "file_path": self._file_paths[file_id],
        }

    def _get_me(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        return self._bot_user()

    def _true(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        return True


def _file_sender(kind: str) -> Handler:
    """sendPhoto, sendAudio, ...: the upload (or a file_id) becomes the message's ``kind``."""

    def send(fake: FakeBotApi, params: dict[str, Any], files: dict[str, UploadedFile]) -> Any:
        file_id = fake._uploaded(files, params, kind)
        meta: Any = {"file_id": file_id, "file_unique_id": f"u{file_id}"}
        if kind == "photo":
            meta = [{**meta, "width": 640, "height": 480}]
        elif kind in {"audio", "voice"}:
            meta = {**meta, "duration": 3}
        elif kind == "document" and kind in files:
            meta = {**meta, "file_name": files[kind].filename}
        caption = fake._text_content(params, "caption", MessageLimit.CAPTION_LENGTH)
        return fake._message(params, **{kind: meta}, **caption)

    return send


HANDLERS: dict[str, Handler] = {
    "getMe": FakeBotApi._get_me,
    "getUpdates": FakeBotApi._get_updates,
    "deleteWebhook": FakeBotApi._true,
    "setWebhook": FakeBotApi._true,
    "setMyCommands": FakeBotApi._true,
    "deleteMyCommands": FakeBotApi._true,
    "answerCallbackQuery": FakeBotApi._true,
    "sendChatAction": FakeBotApi._true,
    "sendMessage": FakeBotApi._send_message,
    "editMessageText": FakeBotApi._edit_text,
    "editMessageReplyMarkup": FakeBotApi._edit_markup,
    "sendVenue": FakeBotApi._send_venue,
    "sendLocation": FakeBotApi._send_location,
    "sendPhoto": _file_sender("photo"),
    "sendAudio": _file_sender("audio"),
    "sendVoice": _file_sender("voice"),
    "sendDocument": _file_sender("document"),
    "sendMediaGroup": FakeBotApi._send_media_group,
    "copyMessage": FakeBotApi._copy_message,
    "forwardMessage": FakeBotApi._forward_message,
    "createForumTopic": FakeBotApi._create_topic,
    "editForumTopic": FakeBotApi._edit_topic,
    "closeForumTopic": FakeBotApi._close_topic,
    "reopenForumTopic": FakeBotApi._reopen_topic,
    "deleteForumTopic": FakeBotApi._delete_topic,
    "getFile": FakeBotApi._get_file,
}


async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
    """Form fields (url-encoded or multipart, as PTB posts them) or a JSON body."""
    params: dict[str, Any] = {}
    files: dict[str, UploadedFile] = {}
    if request.content_type == "application/json":
        body = await request.json()
        for name, value in body.items():
            params[name] = value if name in JSON_FIELDS else _as_form_value(value)
        return params, files
    if request.method == "GET":
        form: Mapping[str, Any] = request.query
    else:
        form = await request.post()
    for name, value in form.items():
        if isinstance(value, web.FileField):
            files[name] = UploadedFile(name, value.filename, value.content_type, value.file.read())
        elif name in JSON_FIELDS:
            params[name] = json.loads(value)
        else:
            params[name] = value
    return params, files


def _as_form_value(value: Any) -> Any:
    """JSON bodies carry numbers and booleans; keep them as the strings a form would hold."""
    if isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, int | float):
        return str(value)
    return value


def _error(status: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=status)


__all__ = [
    "BOT_ID",
    "BOT_USERNAME",
    "CLIENT_GONE",
    "DEFAULT_WAIT_SECONDS",
    "DROPPED",
    "HANDLERS",
    "SEND_METHODS",
    "TEST_TOKEN",
    "ApiCall",
    "FakeBotApi",
    "Fault",
    "Topic",
    "UploadedFile",
]
