"""What people can see and erase about themselves, and what the bot deletes on its own."""
