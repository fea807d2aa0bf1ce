"""Collecting bounces: read the bounce mailbox (IMAP, POP3) or saved files, classify each
message once, record it, apply the bounce rules, then delete or move what was recorded."""
