"""DKIM: the profile's key pair, the TXT record to publish, and signing rendered messages.

Keys are generated here and only the private half's text goes to the keyring: RSA 2048 as a
PKCS#1 PEM, Ed25519 as the base64 of its 32-byte seed (RFC 8463, the form dkimpy reads).

The signer does relaxed/relaxed canonicalisation itself and signs through OpenSSL
(`cryptography`): dkimpy's RSA is pure Python and costs 12-13 ms a message here, four times
the time a whole message takes to render and send, where OpenSSL takes 0.5 ms. dkimpy stays
the reference: every signature the tests make is verified with `dkim.verify` against a key
served by a real DNS server. What is constant for a campaign (the key, the tag list up to
``bh=``) is prepared once; per message only the body hash, the chosen headers and the
signature are computed.
"""

from __future__ import annotations

import base64
import hashlib
import multiprocessing
import re
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from engine.config import DkimAlgorithm, SmtpProfile
from engine.errors import ConfigError

# The headers a receiver shows or acts on, in the order they are listed in h=. From is listed a
# second time (over-signed) so that a From added in transit breaks the signature.
SIGNED_HEADERS = ("from", "to", "subject", "date", "message-id", "list-unsubscribe",
                  "list-unsubscribe-post")
RSA_BITS = 2048
TXT_CHUNK = 255

_WSP_RUN = re.compile(rb"[ \t]+")
_FIELD_START = re.compile(rb"\r\n(?![ \t])")
_UNFOLD = re.compile(rb"\r\n(?=[ \t])")


def generate_key(algorithm: DkimAlgorithm) -> tuple[str, str]:
    """A new key pair: (the private key's text for the keyring, the TXT record's value)."""
    if algorithm == "ed25519":
        ed_key = ed25519.Ed25519PrivateKey.generate()
        seed = ed_key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
        public = ed_key.public_key().public_bytes(serialization.Encoding.Raw,
                                                  serialization.PublicFormat.Raw)
        return base64.b64encode(seed).decode("ascii"), _txt_value("ed25519", public)
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    pem = rsa_key.private_bytes(serialization.Encoding.PEM,
                                serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption())
    der = rsa_key.public_key().public_bytes(serialization.Encoding.DER,
                                            serialization.PublicFormat.SubjectPublicKeyInfo)
    return pem.decode("ascii"), _txt_value("rsa", der)


def public_txt_value(algorithm: DkimAlgorithm, private: str) -> str:
    """The TXT record's value for a stored private key (the page shows it again later)."""
    key = _load_key(algorithm, private)
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return _txt_value("ed25519", key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw))
    return _txt_value("rsa", key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo))


def _txt_value(kind: str, public: bytes) -> str:
    return f"v=DKIM1; k={kind}; p={base64.b64encode(public).decode('ascii')}"


def record_name(selector: str, domain: str) -> str:
    return f"{selector.strip()}._domainkey.{domain.strip().rstrip('.')}"


def txt_record(selector: str, domain: str, value: str) -> str:
    """The record as a zone file line: a 2048-bit key is longer than one TXT string may be
    (255 characters), so it is split into several, which a resolver joins again."""
    parts = [value[i:i + TXT_CHUNK] for i in range(0, len(value), TXT_CHUNK)] or [""]
    quoted = " ".join(f'"{p}"' for p in parts)
    return f"{record_name(selector, domain)}. IN TXT ( {quoted} )"


PrivateKey = rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey


def _load_key(algorithm: DkimAlgorithm, private: str) -> PrivateKey:
    try:
        if algorithm == "ed25519":
            seed = base64.b64decode(private.strip(), validate=True)
            return ed25519.Ed25519PrivateKey.from_private_bytes(seed)
        key = serialization.load_pem_private_key(private.encode("ascii"), password=None)
    except (ValueError, TypeError, UnicodeError) as exc:
        raise ConfigError("The stored DKIM key cannot be read; generate a new one.",
                          "dkim_algorithm", code="dkim_key_unreadable",
                          params={"algorithm": algorithm}) from exc
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ConfigError("The stored DKIM key is not an RSA key; generate a new one.",
                          "dkim_algorithm", code="dkim_key_unreadable",
                          params={"algorithm": algorithm})
    return key


def canonical_body(body: bytes) -> bytes:
    """RFC 6376 3.4.4 relaxed: runs of blanks become one space, none at line ends, no empty
    lines at the end."""
    # The renderer's quoted-printable bodies seldom hold a tab or two spaces in a row: the
    # regular expression (half a millisecond on 8 KB) runs only when there is work for it.
    if b"\t" in body or b"  " in body:
        body = _WSP_RUN.sub(b" ", body)
    body = body.replace(b" \r\n", b"\r\n").rstrip(b"\r\n")
    return body + b"\r\n" if body else b""


def _canonical_field(field: bytes) -> tuple[bytes, bytes]:
    """RFC 6376 3.4.2 relaxed: (the lower-case name, "name:value\\r\\n")."""
    name, _, value = field.partition(b":")
    name = name.strip().lower()
    value = _WSP_RUN.sub(b" ", _UNFOLD.sub(b"", value)).strip(b" ")
    return name, name + b":" + value + b"\r\n"


@dataclass(frozen=True)
class _Split:
    head: bytes
    body: bytes


def _split(data: bytes) -> _Split:
    at = data.find(b"\r\n\r\n")
    if at < 0:
        return _Split(data if data.endswith(b"\r\n") else data + b"\r\n", b"")
    return _Split(data[:at + 2], data[at + 4:])


class Signer:
    """Signs one profile's messages; build it once per job (it holds the loaded key)."""

    def __init__(self, domain: str, selector: str, algorithm: DkimAlgorithm, private: str,
                 *, clock: Callable[[], float] = time.time) -> None:
        self.domain = domain.strip().rstrip(".").lower()
        self.selector = selector.strip()
        self.algorithm = algorithm
        self._key = _load_key(algorithm, private)
        self._private = private  # for a signing process of its own (`SigningPool`)
        self._clock = clock
        a = "ed25519-sha256" if algorithm == "ed25519" else "rsa-sha256"
        self._lead = f"v=1; a={a}; c=relaxed/relaxed; d={self.domain}; s={self.selector};"

    def sign(self, data: bytes) -> bytes:
        """``data`` (CRLF line ends) with a DKIM-Signature header in front."""
        part = _split(data)
        body_hash = base64.b64encode(hashlib.sha256(canonical_body(part.body)).digest())
        fields: dict[bytes, list[bytes]] = {}
        for field in _FIELD_START.split(part.head[:-2]):
            name, canonical = _canonical_field(field)
            fields.setdefault(name, []).append(canonical)
        names = [n for n in SIGNED_HEADERS if n.encode("ascii") in fields] + ["from"]
        hashed: list[bytes] = []
        for header in names:
            # A name listed twice takes the instances from the bottom up (RFC 6376 5.4.2);
            # one listed more often than present hashes nothing, which blocks an added one.
            instances = fields.get(header.encode("ascii"), [])
            if instances:
                hashed.append(instances.pop())
        value = (f"{self._lead} t={int(self._clock())};\r\n\th={':'.join(names)};\r\n"
                 f"\tbh={body_hash.decode('ascii')};\r\n\tb=")
        _, unsigned = _canonical_field(b"DKIM-Signature:" + value.encode("ascii"))
        to_sign = b"".join(hashed) + unsigned[:-2]
        if isinstance(self._key, ed25519.Ed25519PrivateKey):
            signature = self._key.sign(hashlib.sha256(to_sign).digest())
        else:
            signature = self._key.sign(to_sign, padding.PKCS1v15(), hashes.SHA256())
        b = base64.b64encode(signature).decode("ascii")
        folded = "\r\n\t ".join(b[i:i + 72] for i in range(0, len(b), 72))
        return b"DKIM-Signature: " + (value + folded).encode("ascii") + b"\r\n" + data


_process_signer: Signer | None = None


def _start_process_signer(domain: str, selector: str, algorithm: DkimAlgorithm,
                          private: str) -> None:
    global _process_signer  # one signer per pool process, set when it starts
    _process_signer = Signer(domain, selector, algorithm, private)


def _sign_in_process(datas: list[bytes]) -> list[bytes]:
    assert _process_signer is not None
    return [_process_signer.sign(data) for data in datas]


class SigningPool:
    """Signs on another core: RSA holds the GIL for its half millisecond a message, which
    the sending thread needs for rendering and the database. The key travels to the process
    through its start-up pipe, never through a file. Ed25519 is cheap enough to sign in place.

    ``submit`` returns at once; the connection thread that sends the message waits for it.
    """

    def __init__(self, signer: Signer, *, processes: int = 1) -> None:
        self.signer = signer
        self._pool: ProcessPoolExecutor | None = None
        if signer.algorithm == "rsa":
            self._pool = ProcessPoolExecutor(
                max_workers=processes, mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_process_signer,
                initargs=(signer.domain, signer.selector, signer.algorithm, signer._private))

    def submit(self, datas: list[bytes]) -> list[Future[bytes]]:
        """One future per message; the messages go to the process together, as one task, for
        a task's own cost (pickling, the pool's queue thread) is near a signature's."""
        futures: list[Future[bytes]] = [Future() for _ in datas]
        if self._pool is None:
            for future, data in zip(futures, datas, strict=True):
                future.set_result(self.signer.sign(data))
            return futures
        if datas:
            self._pool.submit(_sign_in_process, datas).add_done_callback(
                lambda task: _hand_out(task, futures))
        return futures

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> SigningPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _hand_out(task: Future[list[bytes]], futures: list[Future[bytes]]) -> None:
    error = task.exception()
    if error is not None:
        for future in futures:
            future.set_exception(error)
        return
    for future, signed in zip(futures, task.result(), strict=True):
        future.set_result(signed)


def signer_for(profile: SmtpProfile, private: str | None) -> Signer | None:
    """The profile's signer, None when it does not sign; no key when it should is an error,
    never an unsigned message (the user chose signing)."""
    if not profile.dkim_enabled:
        return None
    if not private:
        raise ConfigError(
            f"{profile.name}: DKIM signing is on but its key is not in the keyring; generate "
            "a key on the profile's DKIM tab.", "dkim_algorithm", code="dkim_key_missing",
            params={"profile": profile.name})
    return Signer(profile.dkim_domain, profile.dkim_selector, profile.dkim_algorithm, private)
