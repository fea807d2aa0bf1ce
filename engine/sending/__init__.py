"""Sending mail: SMTP connections, messages, campaigns."""
