"""Sub-keys derived from the vault's data key, and small key helpers.

Every key FieldDoc uses at rest is derived from the one random 32-byte data
key (wrapped in the vault header) with HKDF-SHA256 (RFC 5869)::

    derive_key(data_key, purpose, context) =
        HKDF-SHA256(IKM = data_key, salt = none (32 zero bytes),
                    info = b"fielddoc/v1/" + purpose + b"\\x00" + context, L = 32)

Purposes in use: ``"sqlcipher"`` (the SQLCipher raw key, empty context),
``"attachment-wrap"`` (the key that wraps every attachment's random file key,
empty context) and ``"attachment"`` (legacy: the derived key of an attachment
file written by FieldDoc 0.1.0, context = the file's random 16-byte id; such
files are re-encrypted under a random key when the vault is opened).

Attachment file keys (format 0.2) are random, so deleting the database row
that holds one (wrapped) erases the file cryptographically::

    wrapped = nonce (12 random bytes) || AES-256-GCM(K_wrap, nonce, file key,
              AD = b"fielddoc/v1/attachment-key" 0x00 file id)   (60 bytes)
    K_wrap  = derive_key(data_key, "attachment-wrap")

The purpose is ASCII without NUL, so the ``0x00`` separator
makes ``(purpose, context)`` -> ``info`` injective: no two distinct purposes or
contexts can ever yield the same key. **Changing anything here makes existing
vaults unreadable**; a new scheme needs a new ``v2`` label.
"""

from __future__ import annotations

import hmac
import os
import re
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fielddoc.errors import IntegrityError

KEY_BYTES = 32
INFO_PREFIX = b"fielddoc/v1/"

#: Purposes FieldDoc derives keys for today (documentation; any name of the form
#: :data:`_PURPOSE_RE` is accepted, so a new purpose needs no change here).
PURPOSES = frozenset({"sqlcipher", "attachment", "attachment-wrap", "audit"})
_PURPOSE_RE = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")


def random_key() -> bytes:
    """A fresh 32-byte key from the operating system's CSPRNG."""
    return secrets.token_bytes(KEY_BYTES)


def derive_key(data_key: bytes, purpose: str, context: bytes = b"") -> bytes:
    """Derive the 32-byte sub-key for ``purpose`` (and ``context``) from ``data_key``.

    ``data_key`` must be the 32-byte vault data key. ``purpose`` names what the
    key is for (lower-case ASCII letters, digits, ``_.-``; see :data:`PURPOSES`);
    ``context`` separates keys of the same purpose (for attachments, the file's
    16-byte id). Raises ``ValueError`` on misuse (programming errors, never
    user input).
    """
    if not isinstance(data_key, bytes | bytearray | memoryview) or len(data_key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    if not isinstance(purpose, str) or not _PURPOSE_RE.fullmatch(purpose):
        raise ValueError(f"invalid key purpose {purpose!r}")
    info = INFO_PREFIX + purpose.encode("ascii") + b"\x00" + bytes(context)
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info)
    return hkdf.derive(bytes(data_key))


FILE_KEY_AD = b"fielddoc/v1/attachment-key\x00"
WRAPPED_FILE_KEY_BYTES = 12 + KEY_BYTES + 16


def wrap_file_key(data_key: bytes, file_id: bytes, file_key: bytes) -> bytes:
    """Wrap an attachment's random ``file_key`` for its database row (60 bytes)."""
    if len(file_key) != KEY_BYTES or len(file_id) != 16:
        raise ValueError("a file key is 32 bytes and a file id 16")
    nonce = os.urandom(12)
    aead = AESGCM(derive_key(data_key, "attachment-wrap"))
    return nonce + aead.encrypt(nonce, bytes(file_key), FILE_KEY_AD + bytes(file_id))


def unwrap_file_key(data_key: bytes, file_id: bytes, wrapped: bytes) -> bytes:
    """The file key in ``wrapped``; :class:`IntegrityError` if it does not authenticate."""
    wrapped = bytes(wrapped)
    if len(wrapped) != WRAPPED_FILE_KEY_BYTES:
        raise IntegrityError(detail="the stored key of an attachment file is damaged")
    aead = AESGCM(derive_key(data_key, "attachment-wrap"))
    try:
        return aead.decrypt(wrapped[:12], wrapped[12:], FILE_KEY_AD + bytes(file_id))
    except InvalidTag:
        raise IntegrityError(detail="the stored key of an attachment file is damaged") from None


def file_key_of(data_key: bytes, file_id_hex: str, wrapped: bytes | None) -> bytes:
    """The key of an attachment file from its row: unwrapped, or derived for a 0.1.0 file."""
    file_id = bytes.fromhex(file_id_hex)
    if wrapped is None:
        return derive_key(data_key, "attachment", file_id)
    return unwrap_file_key(data_key, file_id, wrapped)


def constant_time_eq(a: bytes | str, b: bytes | str) -> bool:
    """Compare two byte strings (or two ASCII strings) without a timing side channel.

    The comparison time depends on the lengths, never on where the values differ.
    Mixing ``bytes`` and ``str`` returns ``False``.
    """
    if isinstance(a, str) and isinstance(b, str):
        try:
            return hmac.compare_digest(a.encode("ascii"), b.encode("ascii"))
        except UnicodeEncodeError:
            return False
    if isinstance(a, str) or isinstance(b, str):
        return False
    return hmac.compare_digest(a, b)
