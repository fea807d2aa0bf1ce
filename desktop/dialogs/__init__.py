"""Dialogs the pages open: each asks one question and returns the answer."""
