"""Telegram updates as a person makes them, and a :class:`TelegramUser` to play conversations.

    ana = TelegramUser(fake, first_name="Ana", language_code="ro")
    await ana.send("/start")
    await ana.tap("Română")          # or: await ana.tap(action="lang:ro")
    replies = await ana.next_replies()

Updates go through ``deliver`` (the fake's getUpdates queue by default, or a webhook POST),
so the same conversation runs against polling and webhook mode.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Awaitable, Callable, Mapping
from http import HTTPStatus
from typing import Any

import aiohttp

from tests.support.fake_bot_api import DEFAULT_WAIT_SECONDS, SEND_METHODS, ApiCall, FakeBotApi

QUIET_SECONDS = 0.4
"""A reply is complete when the bot sent nothing more to the chat for this long."""

Update = dict[str, Any]
Deliver = Callable[[Update], Awaitable[Update]]

_user_ids = itertools.count(700_000_001)
_message_ids = itertools.count(1)
_callback_ids = itertools.count(1)


# -- update builders --------------------------------------------------------------------------


def user_json(user_id: int, first_name: str, language_code: str | None) -> dict[str, Any]:
    user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if language_code:
        user["language_code"] = language_code
    return user


def private_chat(user: Mapping[str, Any]) -> dict[str, Any]:
    return {"id": user["id"], "type": "private", "first_name": user["first_name"]}


def message_update(user: Mapping[str, Any], **content: Any) -> Update:
    """A new message in the person's private chat; ``content`` is e.g. ``text="hi"``."""
    return {"message": _message(user, **content)}


def text_update(user: Mapping[str, Any], text: str) -> Update:
    entities = []
    if text.startswith("/"):
        command = text.split(" ", 1)[0]
        entities = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    return message_update(user, text=text, **({"entities": entities} if entities else {}))


def sticker_update(user: Mapping[str, Any]) -> Update:
    sticker = {
        "file_id": "sticker-1",
        "file_unique_id": "usticker-1",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "emoji": "👍",
    }
    return message_update(user, sticker=sticker)


def voice_update(user: Mapping[str, Any], *, file_id: str = "voice-1") -> Update:
    voice = {"file_id": file_id, "file_unique_id": f"u{file_id}", "duration": 4}
    return message_update(user, voice=voice)


def photo_update(user: Mapping[str, Any], *, caption: str | None = None) -> Update:
    sizes = [
        {"file_id": "photo-small", "file_unique_id": "ups", "width": 90, "height": 90},
        {"file_id": "photo-large", "file_unique_id": "upl", "width": 1280, "height": 960},
    ]
    return message_update(user, photo=sizes, **({"caption": caption} if caption else {}))


def location_update(user: Mapping[str, Any], latitude: float, longitude: float) -> Update:
    return message_update(user, location={"latitude": latitude, "longitude": longitude})


def document_update(user: Mapping[str, Any], *, file_name: str = "brief.pdf") -> Update:
    document = {
        "file_id": f"doc-{file_name}",
        "file_unique_id": f"u{file_name}",
        "file_name": file_name,
    }
    return message_update(user, document=document)


def in_topic(update: Update, group_id: int, thread_id: int | None) -> Update:
    """The same message written in the staff group: in a topic, or (None) its general chat."""
    message = update["message"]
    message["chat"] = {"id": group_id, "type": "supergroup", "title": "Team", "is_forum": True}
    if thread_id is not None:
        message.update(message_thread_id=thread_id, is_topic_message=True)
    return update


def edited_text_update(user: Mapping[str, Any], text: str, *, message_id: int) -> Update:
    edited = _message(user, text=text)
    edited["message_id"] = message_id
    edited["edit_date"] = edited["date"] + 5
    return {"edited_message": edited}


def my_chat_member_update(user: Mapping[str, Any], *, blocked: bool) -> Update:
    """The person blocked (``kicked``) or unblocked (``member``) the bot."""
    bot = {"id": 123456, "is_bot": True, "first_name": "Erstkontakt"}
    kicked = {"user": bot, "status": "kicked", "until_date": 0}
    member_status = {"user": bot, "status": "member"}
    old, new = (member_status, kicked) if blocked else (kicked, member_status)
    member = {
        "chat": private_chat(user),
        "from": dict(user),
        "date": int(time.time()),
        "old_chat_member": old,
        "new_chat_member": new,
    }
    return {"my_chat_member": member}


def callback_update(
    user: Mapping[str, Any], data: str, message: Mapping[str, Any] | None
) -> Update:
    """A tap on an inline button of ``message`` (a message JSON the fake returned)."""
    query: dict[str, Any] = {
        "id": f"cbq-{next(_callback_ids)}",
        "from": dict(user),
        "chat_instance": f"ci-{user['id']}",
        "data": data,
    }
    if message is not None:
        query["message"] = dict(message)
    return {"callback_query": query}


def _message(user: Mapping[str, Any], **content: Any) -> dict[str, Any]:
    return {
        "message_id": next(_message_ids),
        "date": int(time.time()),
        "chat": private_chat(user),
        "from": dict(user),
        **content,
    }


# -- delivery ---------------------------------------------------------------------------------


async def post_to_webhook(url: str, update: Update, secret: str | None) -> int:
    """POST one update like Telegram does; returns the HTTP status."""
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, json=update, headers=headers) as response,
    ):
        return response.status


def webhook_delivery(fake: FakeBotApi, url: str, secret: str) -> Deliver:
    """Deliver updates to the bot's webhook (with the secret header) instead of getUpdates."""

    async def deliver(update: Update) -> Update:
        posted = dict(update)
        posted.setdefault("update_id", fake.next_update_id())
        status = await post_to_webhook(url, posted, secret)
        if status != HTTPStatus.OK:
            raise AssertionError(f"the webhook answered {status}")
        return posted

    return deliver


# -- the person -------------------------------------------------------------------------------


class TelegramUser:
    """One person in a private chat with the bot, seen through the fake Bot API."""

    def __init__(
        self,
        fake: FakeBotApi,
        *,
        first_name: str = "Ana",
        language_code: str | None = "ro",
        deliver: Deliver | None = None,
    ) -> None:
        self.fake = fake
        self.user = user_json(next(_user_ids), first_name, language_code)
        self.chat_id = str(self.user["id"])
        self._deliver = deliver or fake.enqueue_update
        self._cursor = len(fake.calls)

    # -- doing ----------------------------------------------------------------------------

    async def send(self, text: str) -> Update:
        return await self._deliver(text_update(self.user, text))

    async def onboard(self, language_label: str) -> None:
        """/start, tap the language, accept the privacy notice: ready for the menu."""
        await self.send("/start")
        await self.next_replies()
        await self.tap(language_label)
        await self.next_replies()
        await self.tap(action="consent:yes")
        await self.next_replies()

    async def send_update(self, update: Update) -> Update:
        """Deliver an update built with the functions above (sticker, voice, ...)."""
        return await self._deliver(update)

    async def tap(self, label: str | None = None, *, action: str | None = None) -> Update:
        """Tap a button on the newest message showing one whose label contains ``label``
        (case-insensitive) or whose callback data is ``action``."""

        def matches(button_label: str, data: str) -> bool:
            if action is not None:
                return data == action
            return label is not None and label.casefold() in button_label.casefold()

        for call in reversed(self._chat_messages(0)):
            found = [data for row in call.buttons for text, data in row if matches(text, data)]
            if len(found) > 1:
                raise AssertionError(f"{len(found)} buttons match {label or action!r}")
            if found:
                return await self._deliver(callback_update(self.user, found[0], call.result))
        raise AssertionError(f"no button {label or action!r}; buttons seen: {self.buttons_seen()}")

    async def tap_action(self, data: str) -> Update:
        """Tap a button carrying ``data`` on the newest message (even if no such button
        exists any more: a stale button)."""
        messages = self._chat_messages(0)
        # Telegram names a message it no longer has by its chat, with message_id and date 0.
        gone = {"message_id": 0, "date": 0, "chat": private_chat(self.user)}
        shown = messages[-1].result if messages else gone
        return await self._deliver(callback_update(self.user, data, shown))

    # -- seeing ---------------------------------------------------------------------------

    async def next_replies(
        self,
        *,
        until: Callable[[ApiCall], bool] | None = None,
        timeout: float = DEFAULT_WAIT_SECONDS,  # noqa: ASYNC109 - a deadline for every wait
        quiet: float = QUIET_SECONDS,
    ) -> list[ApiCall]:
        """What the bot sent to this chat since the last look, once it went quiet.

        Waits for a first message (or one matching ``until``), then until nothing new came
        for ``quiet`` seconds; every wait is bounded by ``timeout``.
        """
        deadline = time.monotonic() + timeout
        wanted = until or (lambda call: True)

        def arrived() -> ApiCall | None:
            return next((c for c in self._chat_messages(self._cursor) if wanted(c)), None)

        if await self.fake.wait_until(arrived, timeout=timeout) is None:
            raise AssertionError(f"the bot sent nothing (matching) within {timeout}s")
        await self.fake.wait_quiet(quiet, timeout=max(0.0, deadline - time.monotonic()))
        return self._take(len(self.fake.calls))

    async def replies_before_marker(self) -> list[ApiCall]:
        """Everything the bot sent for this person's earlier updates, without guessing a delay.

        Taps a marker button: the bot handles one chat's updates in order and answers a tap
        first thing, so all messages before that answer belong to earlier updates. The
        marker's own replies are consumed and not returned.
        """
        start = len(self.fake.calls)
        marker = await self.tap_action("marker:does-not-exist")
        query_id = marker["callback_query"]["id"]
        answer = await self.fake.wait_for(
            "answerCallbackQuery",
            lambda call: call.params.get("callback_query_id") == query_id,
            start=start,
        )
        answered_at = next(i for i, call in enumerate(self.fake.calls) if call is answer)
        before = self._take(answered_at)
        await self.next_replies()  # the marker's own answer
        return before

    def buttons_seen(self) -> list[str]:
        return [label for call in self._chat_messages(0) for label in call.button_labels]

    def _chat_messages(self, start: int, end: int | None = None) -> list[ApiCall]:
        return [
            call
            for call in self.fake.calls[start:end]
            if call.ok and call.method in SEND_METHODS and call.chat_id == self.chat_id
        ]

    def _take(self, end: int) -> list[ApiCall]:
        """This chat's messages from the cursor up to call index ``end``; moves the cursor,
        but never past a message to this chat still being sent (it is taken next time;
        another chat's, in a crowd, does not hold this one back)."""
        for index in range(self._cursor, end):
            call = self.fake.calls[index]
            if not call.answered and call.method in SEND_METHODS and call.chat_id == self.chat_id:
                end = index
                break
        taken = self._chat_messages(self._cursor, end)
        self._cursor = end
        return taken


class TelegramMediator:
    """A team member in the staff group (a forum: one topic per person), seen through the fake."""

    def __init__(self, fake: FakeBotApi, group_id: int, *, user_id: int, first_name: str) -> None:
        self.fake = fake
        self.group_id = group_id
        self.user = user_json(user_id, first_name, "de")

    async def write(self, thread_id: int | None, text: str) -> Update:
        return await self.send_update(thread_id, text_update(self.user, text))

    async def send_update(self, thread_id: int | None, update: Update) -> Update:
        """An update built for this person (photo_update(m.user), ...), sent in the topic."""
        return await self.fake.enqueue_update(in_topic(update, self.group_id, thread_id))

    async def tap(self, thread_id: int, label: str) -> Update:
        """Tap the button whose label contains ``label`` on the newest message in the topic."""
        for call in reversed(self.fake.topic_messages(self.group_id, thread_id)):
            found = [
                data
                for row in call.buttons
                for text, data in row
                if label.casefold() in text.casefold()
            ]
            if found:
                return await self.fake.enqueue_update(
                    callback_update(self.user, found[0], call.result)
                )
        raise AssertionError(f"no button {label!r} in topic {thread_id}")
