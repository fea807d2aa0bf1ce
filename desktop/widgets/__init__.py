"""Widgets shared by the pages: form fields with their errors, passwords, network actions."""
