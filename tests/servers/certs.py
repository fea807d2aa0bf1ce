"""A throwaway self-signed certificate for the loopback test servers.

One certificate serves every server in a session: CN=localhost with SANs for the name
`localhost` and the address 127.0.0.1, so a client may connect by either and still verify.
`Certificate.client_context()` trusts exactly this certificate, which lets a test exercise
"verify the certificate" both ways: a default context refuses it, this one accepts it.
"""

from __future__ import annotations

import datetime
import ipaddress
import ssl
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Certificate:
    cert_path: Path
    key_path: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert_path, self.key_path)
        return context

    def client_context(self) -> ssl.SSLContext:
        """A verifying client context whose only trust anchor is this certificate."""
        return ssl.create_default_context(cafile=str(self.cert_path))


def make_certificate(directory: Path, common_name: str = "localhost") -> Certificate:
    """Write `cert.pem` and `key.pem` into `directory` and return their paths.

    An EC P-256 key: generating it takes milliseconds where RSA-2048 takes a noticeable
    fraction of a second, and every TLS library the tests touch accepts it.
    """
    directory.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        # Back-dated a little so a clock a few seconds apart never makes it "not yet valid".
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [
                    x509.DNSName(common_name),
                    x509.IPAddress(ipaddress.IPv4Address("127.0.0.1")),
                ]
            ),
            critical=False,
        )
        # The leaf is also its own trust anchor, shaped like `openssl req -x509` makes it
        # (CA:TRUE, key identifiers, keyCertSign) so that the stricter checks newer Pythons
        # turn on by default (VERIFY_X509_STRICT) accept it too.
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    cert_path = directory / "cert.pem"
    key_path = directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    # Dovecot reads the key as root before dropping privileges; 0644 on the certificate lets
    # any unprivileged server process read it too.
    key_path.chmod(0o600)
    cert_path.chmod(0o644)
    return Certificate(cert_path, key_path)
