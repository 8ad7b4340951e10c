"""Telegram updates -> what the adapter should do with them (pure; no network).

Private chats reach the core; so do messages and button taps in groups (see
:class:`GroupActivity`), which the adapter passes on only from the configured staff group.
Everything else is named and ignored on purpose, so the adapter never guesses: edited messages
are not answered again (see :func:`parse_update`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from telegram import CallbackQuery, MaybeInaccessibleMessage, Message, Update
from telegram.constants import ChatMemberStatus, ChatType

from bot.messages import ChannelName, ChatId, Inbound, InboundKind, MessageRef, ThreadId, UserId

CHANNEL = ChannelName("telegram")


@dataclass(frozen=True)
class ToCore:
    """A private message for the core."""

    inbound: Inbound


@dataclass(frozen=True)
class ButtonTap:
    """A tapped inline button: answer the query first (stops the spinner), then ask the core."""

    query_id: str
    inbound: Inbound


@dataclass(frozen=True)
class BotBlocked:
    """The person blocked the bot in their private chat: never message them again."""

    chat_id: ChatId


@dataclass(frozen=True)
class GroupActivity:
    """A message or a button tap in a group; the adapter serves only the staff group.

    ``inbound`` names who wrote (``sender_id``), the topic (``thread_id``) and the message
    (``message_ref``, so a mediator's reply can be copied to the person).
    """

    inbound: Inbound
    query_id: str | None = None  # a tapped button: answer the query first


@dataclass(frozen=True)
class Ignored:
    """Nothing to do. ``reason`` is a fixed word for debug logs, never user content."""

    reason: str


Event = ToCore | ButtonTap | BotBlocked | GroupActivity | Ignored

_GROUP_TYPES = frozenset({ChatType.GROUP, ChatType.SUPERGROUP})


def parse_update(update: Update, bot_username: str | None) -> Event:
    """Decide what one update means for the bot.

    Edited messages are ignored on purpose: the original was already answered, and answering
    the edit again would repeat a flow (a second booking, a second consent) the person did not
    ask for. Someone who wants a new answer simply writes again.
    """
    return _stamped(_meaning(update, bot_username), str(update.update_id))


def _meaning(update: Update, bot_username: str | None) -> Event:
    chat = update.effective_chat
    if update.edited_message is not None:
        return Ignored("edited")
    if chat is not None and chat.type in _GROUP_TYPES:
        return _group(update, bot_username)
    if update.my_chat_member is not None:
        return _membership(update)
    if update.callback_query is not None:
        return _button_tap(update.callback_query)
    if update.message is not None and update.message.chat.type == ChatType.PRIVATE:
        return _message(update.message, bot_username)
    return Ignored("unsupported")


def _stamped(event: Event, update_id: str) -> Event:
    """The update's id goes with what reaches the core: a redelivery is then processed once
    (Telegram repeats a webhook post whose answer got lost, maybe to another process)."""
    match event:
        case ToCore(inbound):
            return ToCore(replace(inbound, update_id=update_id))
        case ButtonTap(query_id, inbound):
            return ButtonTap(query_id, replace(inbound, update_id=update_id))
        case GroupActivity(inbound, query_id):
            return GroupActivity(replace(inbound, update_id=update_id), query_id)
    return event


def _membership(update: Update) -> Event:
    member = update.my_chat_member
    assert member is not None  # checked by the caller
    if member.chat.type != ChatType.PRIVATE:
        return Ignored("membership")
    if member.new_chat_member.status == ChatMemberStatus.BANNED:
        return BotBlocked(ChatId(str(member.chat.id)))
    # Unblocking needs no action: the person's next message reaches the core as usual.
    return Ignored("membership")


def _button_tap(query: CallbackQuery) -> Event:
    if query.data is None:  # game buttons carry no data; we never send those
        return Ignored("callback-without-data")
    # In a private chat the chat id equals the user id, even when the message is gone.
    chat_id = query.message.chat.id if query.message is not None else query.from_user.id
    inbound = Inbound(
        channel=CHANNEL,
        chat_id=ChatId(str(chat_id)),
        kind=InboundKind.ACTION,
        action=query.data,
        language_hint=query.from_user.language_code,
        display_name=query.from_user.first_name,
    )
    return ButtonTap(query.id, inbound)


def _message(message: Message, bot_username: str | None) -> Event:
    kind, text, media_ref = _content(message, bot_username)
    if kind is None:
        return Ignored("service-message")
    user = message.from_user
    return ToCore(
        Inbound(
            channel=CHANNEL,
            chat_id=ChatId(str(message.chat.id)),
            kind=kind,
            text=text,
            language_hint=user.language_code if user else None,
            display_name=user.first_name if user else None,
            media_ref=media_ref,
            message_ref=MessageRef(str(message.message_id)),
        )
    )


def _group(update: Update, bot_username: str | None) -> Event:
    query = update.callback_query
    if query is not None:
        if query.data is None or query.message is None:
            return Ignored("callback-without-data")
        inbound = Inbound(
            channel=CHANNEL,
            chat_id=ChatId(str(query.message.chat.id)),
            kind=InboundKind.ACTION,
            action=query.data,
            display_name=query.from_user.first_name,
            sender_id=UserId(str(query.from_user.id)),
            thread_id=_topic(query.message),
        )
        return GroupActivity(inbound, query.id)
    message = update.message
    if message is None or message.from_user is None:
        return Ignored("group")
    kind, text, media_ref = _content(message, bot_username)
    if kind is None:
        return Ignored("service-message")  # a topic opened or closed, someone joined, ...
    inbound = Inbound(
        channel=CHANNEL,
        chat_id=ChatId(str(message.chat.id)),
        kind=kind,
        text=text,
        display_name=message.from_user.first_name,
        media_ref=media_ref,
        sender_id=UserId(str(message.from_user.id)),
        thread_id=_topic(message),
        message_ref=MessageRef(str(message.message_id)),
        reply_to_media=_replied_voice(message),
    )
    return GroupActivity(inbound)


def _replied_voice(message: Message) -> str | None:
    """The voice note or audio file a staff message answers (``/audio german-course rom``)."""
    replied = message.reply_to_message
    if replied is None:
        return None
    if replied.voice is not None:
        return replied.voice.file_id
    return replied.audio.file_id if replied.audio is not None else None


def _topic(message: MaybeInaccessibleMessage) -> ThreadId | None:
    """The forum topic of a message; None in the general chat (or for a deleted message)."""
    if (
        isinstance(message, Message)
        and message.is_topic_message
        and message.message_thread_id is not None
    ):
        return ThreadId(str(message.message_thread_id))
    return None


def _content(
    message: Message, bot_username: str | None
) -> tuple[InboundKind | None, str | None, str | None]:
    """The kind, the text (or caption) and the media reference of a message."""
    if message.text is not None:
        return InboundKind.TEXT, strip_bot_mention(message.text, bot_username), None
    caption = message.caption
    if message.sticker:
        return InboundKind.STICKER, None, message.sticker.file_id
    if message.photo:
        return InboundKind.PHOTO, caption, message.photo[-1].file_id  # the largest size
    if message.voice:
        return InboundKind.VOICE, caption, message.voice.file_id
    if message.audio:
        return InboundKind.AUDIO, caption, message.audio.file_id
    if message.video:
        return InboundKind.VIDEO, caption, message.video.file_id
    if message.video_note:
        return InboundKind.VIDEO, None, message.video_note.file_id
    if message.animation:  # checked before document: Telegram sets both for GIFs
        return InboundKind.OTHER, caption, message.animation.file_id
    if message.document:
        return InboundKind.DOCUMENT, caption, message.document.file_id
    location = message.venue.location if message.venue else message.location
    if location:
        # RFC 5870 geo URI: the coordinates travel without inventing a field in Inbound.
        return InboundKind.LOCATION, None, f"geo:{location.latitude},{location.longitude}"
    if message.contact:
        return InboundKind.CONTACT, None, None  # a phone number is not ours to pass around
    if message.effective_attachment is not None:  # poll, dice, game, story, ...
        return InboundKind.OTHER, None, None
    return None, None, None


def strip_bot_mention(text: str, bot_username: str | None) -> str:
    """``/start@ErstkontaktBot ro-x`` -> ``/start ro-x``; other text is returned unchanged."""
    if not text.startswith("/") or not bot_username:
        return text
    command, separator, rest = text.partition(" ")
    name, at, mention = command.partition("@")
    if at and mention.lower() == bot_username.lower():
        return f"{name}{separator}{rest}"
    return text
