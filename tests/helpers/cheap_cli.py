"""The ``fielddoc`` CLI for tests run as a subprocess, with cheap Argon2id parameters.

usage: python -m tests.helpers.cheap_cli COMMAND [ARGS]   (from the repository root)

Calibration is replaced, in this process only, by the test parameters
(``fielddoc.crypto.kdf.TEST_PARAMS``), so ``init`` and ``passwd`` make cheap vaults
without any option or environment variable of the installed CLI: the production
command has no way to make a vault below the floor.
"""

from __future__ import annotations

from fielddoc.crypto import kdf


def _cheap(*_args: object, **_kwargs: object) -> kdf.KdfParams:
    return kdf.TEST_PARAMS


kdf.calibrate = _cheap

if __name__ == "__main__":
    from fielddoc.cli.main import main

    raise SystemExit(main())
