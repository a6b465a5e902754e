"""``fielddoc evidence export``: a court evidence package (docs/spec/evidence-package.md).

On a device vault, or with ``--hq`` on an HQ (with the HQ options of ``fielddoc hq``).
The package holds the attachments DECRYPTED, so the command asks for confirmation
(``--yes`` in scripts); the export is a custody event ``evidence_export`` of every
attachment and an audit entry of the vault.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from fielddoc.cli.common import UsageError, out, shown
from fielddoc.i18n import translate


def _confirm(args: Any) -> None:
    from fielddoc.evidence.errors import EvidenceNotConfirmed

    out(translate("The evidence package holds the attachments DECRYPTED (exact copies of the originals), "
                  "not encrypted: keep it safe."))
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise UsageError(detail=translate("Add --yes to confirm writing attachments unencrypted."))
    if input(translate("Type 'yes' to write it: ")).strip().lower() != "yes":
        raise EvidenceNotConfirmed()


def cmd_evidence_export(args: Any) -> int:
    from fielddoc.cli.store_args import open_hq_of, open_vault_of
    from fielddoc.evidence.package import _check_target, export_package

    target = Path(args.out)
    _check_target(target)  # before the passphrase: nothing to unlock for a refusal
    _confirm(args)
    store = open_hq_of(args) if args.hq else open_vault_of(args)
    try:
        res = export_package(store, list(args.record_ids), target)
    finally:
        store.lock()
    out(translate("Evidence package written to {folder}: {records} records, {attachments} attachments, "
                  "{files} files.").format(folder=shown(str(res.folder)), records=res.records,
                                           attachments=res.attachments, files=res.files))
    out(translate("Signer's fingerprint (give it to the recipient separately, e.g. by phone):"))
    out(f"\n    {res.fingerprint}\n")
    out(translate("Check it any time with: python verify.py (inside the folder)."))
    return 0


def register(sub: Any) -> None:
    from fielddoc.cli.store_args import hq_opt

    ev = sub.add_parser("evidence", help="court evidence packages")
    esub = ev.add_subparsers(dest="evidence_command", metavar="EVIDENCE_COMMAND")
    p = esub.add_parser("export", help="write records, their history, custody log and DECRYPTED attachments, "
                        "signed, with verify.py, into a new folder")
    hq_opt(p)
    p.add_argument("record_ids", nargs="+", metavar="RECORD_ID")
    p.add_argument("--out", required=True, metavar="DIR", help="a new (or empty) folder")
    p.add_argument("--hq", action="store_true", help="export from an HQ (signed by HQ's key)")
    p.add_argument("--yes", action="store_true", help="confirm writing attachments unencrypted")
    p.set_defaults(func=cmd_evidence_export)
