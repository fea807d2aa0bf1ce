"""The one-click unsubscribe web service: verifies signed per-recipient links, records the
requests, and lets the desktop pull them. Runs on a server without Qt (no import of desktop)."""
