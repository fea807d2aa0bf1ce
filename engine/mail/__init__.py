"""Message building and reading shared by sending and bounces: tokens, merge, headers, MIME."""
