"""Machine translation for mediators, through a self-hosted LibreTranslate (optional)."""
