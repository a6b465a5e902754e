"""Argon2id passphrase key derivation, with on-machine calibration.

Production parameters are calibrated at vault creation to take roughly
0.5-1 s here, never below the floor of 64 MiB / t=3 (RFC 9106's second
recommended option is 64 MiB, t=3, p=4). Tests pass cheap parameters
explicitly; nothing here weakens the default for them.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from fielddoc.errors import KdfParameterRange

FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
DEFAULT_MEMORY_KIB = 256 * 1024
DEFAULT_ITERATIONS = 3
DEFAULT_LANES = 4
# What a header may ask for. Calibration never goes above 256 MiB and 16 iterations, and
# the CLI lets a user choose up to these; anything more is refused as a damaged header
# before Argon2id runs (a tampered header must not cost gigabytes and minutes per try).
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 16
MAX_LANES = 8
SALT_BYTES = 16
KEY_BYTES = 32
TARGET_SECONDS = (0.5, 1.0)


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = DEFAULT_MEMORY_KIB
    iterations: int = DEFAULT_ITERATIONS
    lanes: int = DEFAULT_LANES

    def below_floor(self) -> bool:
        return self.memory_kib < FLOOR_MEMORY_KIB or self.iterations < FLOOR_ITERATIONS

    def sane(self) -> bool:
        """Within what any FieldDoc would write (guards against a tampered header)."""
        return (
            8 <= self.memory_kib <= MAX_MEMORY_KIB
            and 1 <= self.iterations <= MAX_ITERATIONS
            and 1 <= self.lanes <= MAX_LANES
            and self.memory_kib >= 8 * self.lanes
        )


def describe(params: KdfParams) -> str:
    """``argon2id m=256 MiB t=3 p=4``; memory under 1 MiB (test vaults) in KiB."""
    m = params.memory_kib
    memory = f"{m // 1024} MiB" if m >= 1024 and m % 1024 == 0 else f"{m} KiB"
    return f"argon2id m={memory} t={params.iterations} p={params.lanes}"


def user_params(memory_mib: int | None, iterations: int | None, lanes: int) -> KdfParams:
    """Parameters a user asked for (CLI options), each checked against the allowed range.

    Missing values take the defaults; the result is never below the floor or above
    what a header may hold.
    """
    memory = DEFAULT_MEMORY_KIB // 1024 if memory_mib is None else memory_mib
    iterations = DEFAULT_ITERATIONS if iterations is None else iterations
    low, high = FLOOR_MEMORY_KIB // 1024, MAX_MEMORY_KIB // 1024
    if not low <= memory <= high:
        raise KdfParameterRange(
            msgid="Argon2id memory must be between {low} and {high} MiB (got {value}). Nothing was changed.",
            low=low, high=high, value=memory)
    if not FLOOR_ITERATIONS <= iterations <= MAX_ITERATIONS:
        raise KdfParameterRange(
            msgid="Argon2id iterations must be between {low} and {high} (got {value}). Nothing was changed.",
            low=FLOOR_ITERATIONS, high=MAX_ITERATIONS, value=iterations)
    if not 1 <= lanes <= MAX_LANES:
        raise KdfParameterRange(
            msgid="Argon2id lanes must be between {low} and {high} (got {value}). Nothing was changed.",
            low=1, high=MAX_LANES, value=lanes)
    return KdfParams(memory * 1024, iterations, lanes)


#: For tests only, always passed explicitly: a few milliseconds per derivation.
TEST_PARAMS = KdfParams(memory_kib=64, iterations=1, lanes=1)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 32-byte key-encryption key from a passphrase (NFC-normalised UTF-8)."""
    import unicodedata

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def _time(params: KdfParams) -> float:
    t0 = time.perf_counter()
    derive("calibration passphrase", b"\x00" * SALT_BYTES, params)
    return time.perf_counter() - t0


def calibrate(target: tuple[float, float] = TARGET_SECONDS) -> KdfParams:
    """Choose parameters that cost about ``target`` seconds on this machine.

    Starts from 256 MiB / t=3 / p=4; on a slow machine memory is lowered
    (never below 64 MiB), on a fast one iterations are raised.
    """
    lo, hi = target
    params = KdfParams()
    elapsed = _time(params)
    while elapsed > hi and params.memory_kib > FLOOR_MEMORY_KIB:
        params = KdfParams(max(FLOOR_MEMORY_KIB, params.memory_kib // 2), params.iterations, params.lanes)
        elapsed = _time(params)
    while elapsed < lo and params.iterations < MAX_ITERATIONS:
        per_pass = elapsed / params.iterations
        want = min(MAX_ITERATIONS, max(params.iterations + 1, int(lo / per_pass + 0.999)))
        if per_pass * want > hi and want > params.iterations + 1:
            want -= 1
        params = KdfParams(params.memory_kib, want, params.lanes)
        elapsed = _time(params)
    return params
