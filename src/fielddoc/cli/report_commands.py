"""``fielddoc report hearing|case|period`` (PDF) and ``fielddoc export-csv`` (analyst tables).

The report's content is gathered with the vault open; the vault is locked
before Qt renders the PDF in memory, and the bytes are written only to the
file the user named. Qt is imported inside the command, through
:mod:`fielddoc.reports.pdf`, never at module level (see the import contract).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from fielddoc.cli.common import UsageError, out, warn_cloud
from fielddoc.i18n import LANGUAGES, language


def _vault_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument("--vault", metavar="DIR", help="vault folder (default: FIELDDOC_HOME or the "
                   "per-user data folder)")
    p.add_argument("--passphrase-file", metavar="FILE",
                   help="read the passphrase from FILE (else FIELDDOC_PASSPHRASE, else a prompt)")


def _disclosure_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--include-device-only", action="store_true",
                   help="also show device-only records (the output is then marked TLP:RED)")
    p.add_argument("--include-contact", action="store_true", help="also show people's contact details")
    p.add_argument("--force", action="store_true", help="overwrite the output if it exists")


def register(sub: Any) -> None:
    rp = sub.add_parser("report", help="write a PDF report (hearing, case summary, period)")
    rsub = rp.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    for kind, helptext in (("hearing", "one hearing: parties, access, checklist, narrative, attachments"),
                           ("case", "a case: charges, timeline, fair-trial concerns by right, verdicts")):
        p = rsub.add_parser(kind, help=helptext)
        _vault_opt(p)
        p.add_argument("id", help=f"the {kind}'s record id")
        _report_opts(p)
    p = rsub.add_parser("period", help="hearings, incidents and detentions in a date range, with charts")
    _vault_opt(p)
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first day (2012, 2012-03, 2012-03-28)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last day")
    _report_opts(p)
    case_filter_opts(p)

    p = sub.add_parser("export-csv", help="write one CSV per record type and a codebook (PLAINTEXT)")
    _vault_opt(p)
    p.add_argument("folder", metavar="DIR")
    p.add_argument("--edition", choices=("internal", "public", "partners"), default="internal",
                   help="public: only TLP:CLEAR records, no unconsented sources or contacts, pseudonyms for "
                   "people who did not consent to publication; partners: the same up to TLP:GREEN, sources "
                   "whose consent allows sharing with partners (docs/csv-format.md)")
    _disclosure_opts(p)
    case_filter_opts(p)
    p.set_defaults(func=cmd_export_csv)


def case_filter_opts(p: argparse.ArgumentParser) -> None:
    """Only some cases, and their records (records.case_selection; the filters of ``fielddoc list``)."""
    g = p.add_argument_group("only some cases (and their hearings, detentions, ...)")
    g.add_argument("--tag", help="cases with this tag")
    g.add_argument("--monitoring-status", metavar="CODE", help="cases with this monitoring status "
                   "(HURIDOCS list 43 code)")
    g.add_argument("--priority", help="cases of this priority: high, medium, low")
    g.add_argument("--selection-criterion", metavar="CODE", help="cases selected for this reason "
                   "(hrd_defendant, journalist_defendant, mass_trial, ...)")
    g.add_argument("--offence-family", metavar="FAMILY", help="cases with a charge in this offence family "
                   "under any code (incitement_of_discord, mass_riots, ...; docs/legal-codes.md)")
    g.add_argument("--extremist", action="store_true",
                   help="cases with a charge under an article flagged as an extremist offence")


def _selection(args: Any) -> Any:
    """The case selection of the options, checked before any passphrase is asked (None: every case)."""
    from fielddoc.records.case_selection import from_args

    sel = from_args(args)
    if not sel.active:
        return None
    sel.check()
    return sel


def _report_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to save the PDF")
    p.add_argument("--lang", choices=LANGUAGES, help="report language (default: the interface language)")
    p.add_argument("--edition", choices=("internal", "public", "partners"), default="internal",
                   help="public: a TLP:CLEAR edition without records above CLEAR, unconsented sources, "
                   "contacts and device-only records, with pseudonyms for people who did not consent to "
                   "publication; partners: the same for partner organisations, up to TLP:GREEN, obeying "
                   "share_with_partners (docs/reports.md)")
    _disclosure_opts(p)
    p.set_defaults(func=cmd_report)


def cmd_report(args: Any) -> int:
    from fielddoc.cli.commands import _open_reader
    from fielddoc.reports import content

    target = Path(args.out)
    if target.exists() and not args.force:
        raise UsageError(detail=f"{target} exists; use --force to overwrite it.")
    if not target.parent.is_dir():
        raise UsageError(detail=f"The folder {target.parent} does not exist.")
    if args.report_kind == "period" and not (args.date_from or args.date_to):
        raise UsageError(detail="A period report needs --from, --to or both.")
    if args.report_kind == "period":
        from fielddoc.records.query import check_range

        check_range(args.date_from, args.date_to)
    selection = _selection(args) if args.report_kind == "period" else None
    lang = args.lang or language()
    edition = getattr(args, "edition", "internal")
    public = edition in ("public", "partners")
    if public and (args.include_device_only or args.include_contact):
        raise UsageError(detail=f"A {edition} edition never shows device-only records or contact details; "
                         "leave out --include-device-only and --include-contact.")
    opts = {"include_device_only": args.include_device_only, "include_contact": args.include_contact,
            "edition": edition if public else "internal"}
    vault, rec = _open_reader(args)
    try:
        if args.report_kind == "hearing":
            report = content.hearing_report(rec, args.id, lang, **opts)
        elif args.report_kind == "case":
            report = content.case_summary(rec, args.id, lang, **opts)
        else:
            report = content.period_report(rec, args.date_from, args.date_to, lang, selection=selection,
                                           **opts)
        from fielddoc.reports import pdf  # Qt, only now

        size = pdf.save_pdf(report, target)  # logs a custody entry per attachment shown
    finally:
        vault.lock()
    sys.stderr.write(f"WARNING: {target} is NOT encrypted (marked TLP:{report.tlp}). "
                     "Keep it only where it is safe.\n")
    warn_cloud(target)
    if public:
        out(f"{edition.capitalize()} edition: {report.withheld} record(s) left out; page 1 lists what and "
            "how many.")
    elif report.withheld:
        sys.stderr.write(f"{report.withheld} device-only record(s) were left out "
                         "(--include-device-only shows them).\n")
    out(f"Wrote {target} ({size} bytes, TLP:{report.tlp})")
    return 0


def cmd_export_csv(args: Any) -> int:
    from fielddoc.cli.commands import _open_reader
    from fielddoc.records.csv_export import existing_outputs, export_csv

    folder = Path(args.folder)
    if folder.exists() and not folder.is_dir():
        raise UsageError(detail=f"{folder} is a file, not a folder.")
    clash = existing_outputs(folder)
    if clash and not args.force:
        raise UsageError(detail=f"{folder} already holds {clash[0].name}; use --force to overwrite "
                         "the CSV files there.")
    public = args.edition in ("public", "partners")
    if public and (args.include_device_only or args.include_contact):
        raise UsageError(detail=f"A {args.edition} edition never holds device-only records or contact "
                         "details; leave out --include-device-only and --include-contact.")
    selection = _selection(args)
    vault, rec = _open_reader(args)
    try:
        paths = export_csv(rec, folder, include_device_only=args.include_device_only,
                           include_contact=args.include_contact, edition=args.edition, selection=selection)
    finally:
        vault.lock()
    sys.stderr.write(f"WARNING: the CSV files in {folder} are NOT encrypted. Keep them only where it is "
                     "safe.\n")
    warn_cloud(folder)
    out(f"Wrote {len(paths)} files to {folder} (see codebook.csv)")
    return 0
