"""Offline list cleanup: read a spreadsheet of addresses, check each row, write a clean list."""
