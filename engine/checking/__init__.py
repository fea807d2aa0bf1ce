"""Check before sending: a profile's and a campaign's mail against the big mailbox providers'
sender rules (SPF, DKIM, DMARC and alignment, MX, PTR, TLS, one-click unsubscribe, the
message's own lint), looked up on the real DNS. Findings are codes; words live above."""
