"""age X25519 keys: Bech32 encoding of identities and recipients.

An identity is ``AGE-SECRET-KEY-1...`` (Bech32, HRP ``age-secret-key-``, 32
bytes); its recipient is ``age1...`` (HRP ``age``, the 32-byte X25519 public
key). Bech32 is BIP 173 without its 90-character limit, as the age spec says;
strings must be all lowercase or all uppercase.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from fielddoc.bundle.age_errors import AgeKeyError, AgeUnsupportedRecipient

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHARSET_REV = {c: i for i, c in enumerate(_CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_MAX_KEY_STRING = 4096  # hybrid PQ recipients are ~2000 chars; nothing valid is longer

IDENTITY_HRP = "age-secret-key-"
RECIPIENT_HRP = "age"

#: Bech32 HRPs of age key types FieldDoc recognises but does not support.
_UNSUPPORTED_HRPS = {
    "age-secret-key-pq-": "mlkem768x25519",
    "age1pq": "mlkem768x25519",
    "age1tag": "p256tag",
    "age1tagpq": "mlkem768p256tag",
}


# Any clamped scalar times a point of the small-order subgroup gives the all-zero
# output, which OpenSSL refuses: one exchange with a throwaway key tells whether
# a point is low-order for *every* key.
_PROBE = X25519PrivateKey.generate()


def is_low_order(point: bytes) -> bool:
    """True if X25519 with this 32-byte point yields the all-zero secret for any key."""
    try:
        _PROBE.exchange(X25519PublicKey.from_public_bytes(point))
    except ValueError:
        return True
    return False


def _polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            chk ^= _GENERATOR[i] if (top >> i) & 1 else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = 0
    bits = 0
    out: list[int] = []
    maxv = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & maxv)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & maxv)
    elif bits >= from_bits or ((acc << (to_bits - bits)) & maxv):
        raise ValueError("non-zero or excess Bech32 padding")
    return out


def bech32_encode(hrp: str, data: bytes) -> str:
    """Encode ``data`` as lowercase Bech32 with human-readable part ``hrp``."""
    hrp = hrp.lower()
    values = _convert_bits(data, 8, 5, pad=True)
    poly = _polymod(_hrp_expand(hrp) + values + [0] * 6) ^ 1
    checksum = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[v] for v in values + checksum)


def bech32_decode(text: str) -> tuple[str, bytes]:
    """Decode a Bech32 string into (lowercase HRP, data); ValueError if invalid."""
    if len(text) > _MAX_KEY_STRING:
        raise ValueError("too long")
    if any(not 33 <= ord(c) <= 126 for c in text):
        raise ValueError("invalid character")
    if text.lower() != text and text.upper() != text:
        raise ValueError("mixed case")
    text = text.lower()
    sep = text.rfind("1")
    if sep < 1 or sep + 7 > len(text):
        raise ValueError("missing separator or checksum")
    hrp = text[:sep]
    try:
        values = [_CHARSET_REV[c] for c in text[sep + 1 :]]
    except KeyError:
        raise ValueError("invalid data character") from None
    if _polymod(_hrp_expand(hrp) + values) != 1:
        raise ValueError("bad checksum")
    return hrp, bytes(_convert_bits(values[:-6], 5, 8, pad=False))


def _decode_key(text: str, want_hrp: str, kind: str) -> bytes:
    if not isinstance(text, str):
        raise AgeKeyError(kind=kind, detail="not a text string")
    text = text.strip()
    try:
        hrp, data = bech32_decode(text)
    except ValueError as exc:
        raise AgeKeyError(kind=kind, detail=f"Bech32 decoding failed ({exc})") from None
    if hrp != want_hrp:
        if hrp in _UNSUPPORTED_HRPS:
            raise AgeUnsupportedRecipient(type=_UNSUPPORTED_HRPS[hrp])
        if want_hrp == RECIPIENT_HRP and hrp.startswith("age1"):
            raise AgeUnsupportedRecipient(type="plugin " + hrp[4:])
        raise AgeKeyError(kind=kind, detail="wrong key type")
    if len(data) != 32:
        raise AgeKeyError(kind=kind, detail="wrong key length")
    return data


def parse_identity(identity: str | X25519PrivateKey) -> X25519PrivateKey:
    """Parse ``AGE-SECRET-KEY-1...`` (or pass an X25519PrivateKey through)."""
    if isinstance(identity, X25519PrivateKey):
        return identity
    raw = _decode_key(identity, IDENTITY_HRP, "HQ secret key")
    return X25519PrivateKey.from_private_bytes(raw)


def parse_recipient(recipient: str) -> X25519PublicKey:
    """Parse an ``age1...`` X25519 recipient string."""
    raw = _decode_key(recipient, RECIPIENT_HRP, "recipient key")
    if is_low_order(raw):
        raise AgeKeyError(kind="recipient key", detail="it is a low-order point")
    return X25519PublicKey.from_public_bytes(raw)


def format_identity(key: X25519PrivateKey) -> str:
    return bech32_encode(IDENTITY_HRP, key.private_bytes_raw()).upper()


def format_recipient(key: X25519PublicKey) -> str:
    return bech32_encode(RECIPIENT_HRP, key.public_bytes_raw())


def generate_identity() -> tuple[str, str]:
    """A fresh X25519 identity: (``AGE-SECRET-KEY-1...``, ``age1...``)."""
    key = X25519PrivateKey.generate()
    return format_identity(key), format_recipient(key.public_key())


def recipient_of(identity: str | X25519PrivateKey) -> str:
    """The ``age1...`` recipient string of an identity."""
    return format_recipient(parse_identity(identity).public_key())
