"""Moved to :mod:`bot.messages`, the ground floor every layer may import; this name stays so
existing imports keep working."""

from bot.messages import *  # noqa: F403
