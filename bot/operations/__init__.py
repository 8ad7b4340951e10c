"""Running the bot on a server: content folder, migrations, backup and restore."""
