"""Settings found from an address alone: the SMTP, IMAP and POP3 servers of its domain.

Thunderbird's lookup order (``find.find_settings``): the offline table of common providers
(``providers.toml``, by the address's domain), the domain's own ``config-v1.1.xml``
(``autoconfig.<domain>``, then ``<domain>/.well-known/``), the MX host (the table again, by the
host the mail goes to, then the autoconfig of that host's base domain), and last a probe of
``smtp.``/``imap.``/``pop3.``/``mail.<domain>`` on the usual ports. What is found is a
suggestion: the window shows it, the user takes it with a click, and Test connection confirms
it. Every network step has a short timeout, and its places (URLs, resolver, hosts, ports) can
be given, so the tests talk to 127.0.0.1 only.
"""
