"""The staff web desk: server-rendered German pages on the bot's own web server (``/web``)."""
