"""TLS towards the relay: connect, EHLO, and see whether STARTTLS is offered and used (or
the connection is TLS from the start). Mail handed over in the clear fails Gmail's 4.7.29."""

from __future__ import annotations

import smtplib
import ssl

from engine.checking.report import Finding
from engine.network import tls_context


def check_tls(host: str, port: int, security: str, verify_certificate: bool,
              timeout: float = 10.0) -> Finding:
    params: dict[str, str | int | float | bool | None] = {"host": host, "port": port}
    context = tls_context(verify_certificate)
    try:
        if security == "ssl":
            with smtplib.SMTP_SSL(host, port, timeout=timeout, context=context) as smtp:
                smtp.ehlo()
            return Finding("tls", "pass", "tls_implicit", params)
        with smtplib.SMTP(host, port, timeout=timeout) as smtp:
            smtp.ehlo()
            offered = smtp.has_extn("starttls")
            if offered and security == "starttls":
                smtp.starttls(context=context)
                smtp.ehlo()
                return Finding("tls", "pass", "tls_starttls", params)
    except (TimeoutError, OSError, smtplib.SMTPException, ssl.SSLError) as exc:
        return Finding("tls", "unknown", "tls_unreachable",
                       {**params, "detail": str(exc) or type(exc).__name__})
    if offered:
        return Finding("tls", "fail", "tls_offered_unused", params)
    return Finding("tls", "fail", "tls_not_offered", params)
