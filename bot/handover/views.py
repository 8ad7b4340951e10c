"""What the person sees around a chat with a mediator, in their language.

Short sentences: many readers had little schooling. Every text goes through ``t._``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.catalogue.model import Catalogue
from bot.dialogue import actions
from bot.dialogue import views as dialogue_views
from bot.dialogue.turn import MenuEntry
from bot.i18n.translator import Translator
from bot.messages import PURPOSE, Button, Reply

MEDIATOR_REPLY = "mediator_reply"
"""``Reply.extras[PURPOSE]`` for what the bot passes on from a mediator or about the chat."""


def _end_button(t: Translator) -> Button:
    return Button("✖️ " + t._("End the chat with our team"), actions.END_HANDOVER)


@dataclass(frozen=True)
class NobodySpeaks:
    """Nobody in the team speaks the language the person reads or asked for: what to tell them.
    Every name is already in the person's language ("русский", "Deutsch")."""

    language: str
    answered_in: tuple[str, ...]  # the languages a person from the team will write in (0-2)
    translated: bool = False  # a machine puts the person's messages into German for the team


def waiting(
    t: Translator, answer_at: datetime | None, now: datetime, nobody: NobodySpeaks | None = None
) -> Reply:
    """Sent when the person asks for someone: who will answer, and when; and, when nobody in
    the team speaks their language, that plainly, and in which language they are answered
    (found in a trial: a Russian speaker was told "a person will answer you" and waited for
    someone who speaks Russian; there is nobody)."""
    when = _answer_when(t, answer_at, now)
    lines = ["🙋 " + when, *_nobody_speaks(t, nobody)]
    lines.append(t._("You can write now. Everything you send goes to our team."))
    return Reply(text="\n".join(lines), buttons=((_end_button(t),),), rtl=t.rtl)


def nobody_speaks_lines(t: Translator, nobody: NobodySpeaks | None) -> list[str]:
    """The lines that say nobody in the team speaks the person's language (none for None):
    also under the team's chat hours ("when are you there?")."""
    return _nobody_speaks(t, nobody)


def _nobody_speaks(t: Translator, nobody: NobodySpeaks | None) -> list[str]:
    if nobody is None:
        return []
    said = [t._("Nobody in our team speaks {language} yet.").format(language=nobody.language)]
    match nobody.answered_in:
        case (only,):
            said.append(t._("A person will answer you in {language}.").format(language=only))
        case (first, second, *_):
            said.append(
                t._("A person will answer you in {first} or {second}.").format(
                    first=first, second=second
                )
            )
        case _:
            said.append(t._("A person from our team will answer you in another language."))
    if nobody.translated:
        said.append(
            t._("You can still write in {language}. A computer translates it for our team.").format(
                language=nobody.language
            )
        )
    return ["🗣 " + said[0], *said[1:]]  # a sentence a line: easier for weak readers


def _answer_when(t: Translator, answer_at: datetime | None, now: datetime) -> str:
    if answer_at is None:
        return t._("A person from our team will answer you here as soon as possible.")
    if answer_at <= now:
        return t._("A person from our team will answer you here soon.")
    return t._(
        "Our team is not at work right now. A person will answer you here on {when}."
    ).format(when=t.isolate(t.when(answer_at)))


def still_waiting(
    t: Translator, answer_at: datetime | None, now: datetime, nobody: NobodySpeaks | None = None
) -> Reply:
    """A bare "ok" while nobody has taken the chat yet: the chat stays open, and when (and,
    as when it opened, that nobody speaks their language)."""
    lines = ["👌 " + t._("All right."), _answer_when(t, answer_at, now), *_nobody_speaks(t, nobody)]
    return Reply(text="\n".join(lines), buttons=((_end_button(t),),), rtl=t.rtl)


def team_sees_it_too(t: Translator, *, command: bool) -> Reply:
    """Under the bot's answer while nobody from the team has taken the chat yet."""
    if command:
        text = t._("Our team has not answered yet. You can still write to them here.")
    else:
        text = t._("Our team sees your message too and will answer you here.")
    return Reply(text="💬 " + text, buttons=((_end_button(t),),), rtl=t.rtl)


def still_with_team(t: Translator) -> Reply:
    """A button or command while a mediator has the chat: the bot stays out of the way."""
    text = "💬 " + t._("You are writing with our team. Your messages go to a person.")
    return Reply(text=text, buttons=((_end_button(t),),), rtl=t.rtl)


def mediator_joined(t: Translator, name: str | None) -> Reply:
    if name:
        text = t._("{name} from our team is answering you now.").format(name=name)
    else:
        text = t._("A person from our team is answering you now.")
    return Reply(text="🙋 " + text, rtl=t.rtl, extras={PURPOSE: MEDIATOR_REPLY})


def kept_by_the_team(t: Translator, *, days: int) -> list[str]:
    """For the privacy note and screen: ``days`` is RELAY_RETENTION_DAYS, after which the
    messages to and from the team and their topic are deleted."""
    return [
        t._("If you talk to a person, our team sees your first name and what you write to them."),
        t._("Only our team sees what you write to them. After {days} days it is deleted.").format(
            days=days
        ),
    ]


def ended(t: Translator, catalogue: Catalogue, entries: Sequence[MenuEntry]) -> Reply:
    """The chat is over: the bot is back, with its menu."""
    intro = (
        "✅ "
        + t._("The chat with our team has ended.")
        + "\n"
        + t._("What are you looking for? Tap a button or write your question.")
    )
    menu = dialogue_views.menu(t, catalogue, intro=intro, entries=entries)
    return Reply(
        text=menu.text, buttons=menu.buttons, rtl=menu.rtl, extras={PURPOSE: MEDIATOR_REPLY}
    )


def file_not_delivered(t: Translator) -> Reply:
    """A mediator's file could not be shown in the person's chat (too large, or lost)."""
    text = t._("Our team sent you a file that cannot be shown here. They will find another way.")
    return Reply(text="📎 " + text, rtl=t.rtl, extras={PURPOSE: MEDIATOR_REPLY})


def file_not_passed_on(t: Translator) -> Reply:
    """The person's own file could not reach the team (too large, or lost)."""
    text = t._(
        "Our team could not receive your file. Please send a smaller one, "
        "or write what it is about."
    )
    return Reply(text="📎 " + text, rtl=t.rtl, extras={PURPOSE: MEDIATOR_REPLY})


def file_in_terminal(t: Translator, name: str) -> Reply:
    """The terminal shows no files: the file's name, and a word why."""
    note = t._("(The terminal cannot show files.)")
    return Reply(text=f"{name}\n{note}", rtl=t.rtl, extras={PURPOSE: MEDIATOR_REPLY})
