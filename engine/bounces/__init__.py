"""Bounce classification: from a raw message to who failed, with which code, hard or soft."""
