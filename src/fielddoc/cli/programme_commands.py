"""``fielddoc allegations`` and ``fielddoc hq allegations``: torture allegations by court response (issue 12).

Thin: parse, call :func:`fielddoc.records.allegation_counts.allegation_counts`, print the rows the
period report shows (reports.allegations.response_rows), in ``--lang`` (default: the interface language).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from fielddoc.cli.common import out
from fielddoc.i18n import LANGUAGES, language


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--case", metavar="CASE_ID", help="only the hearings of this case")
    p.add_argument("--from", dest="date_from", metavar="DATE",
                   help="first hearing day (2012, 2012-03, 2012-03-28)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last hearing day")
    p.add_argument("--lang", choices=LANGUAGES,
                   help="language of the output (default: the interface language)")
    p.add_argument("--json", action="store_true", help="print JSON (codes, not words)")


HELP = "torture allegations per court response: allegations and distinct persons"


def register(sub: Any, vault_opt: Any) -> None:
    p = sub.add_parser("allegations", help=HELP + " (this vault)")
    vault_opt(p)
    p.add_argument("--read-only", action="store_true", help="open the vault read-only")
    _filters(p)
    p.set_defaults(func=cmd_allegations)


def register_hq(hsub: Any, hq_opt: Any) -> None:
    p = hsub.add_parser("allegations", help=HELP + " (HQ's records)")
    hq_opt(p)
    _filters(p)
    p.set_defaults(func=cmd_hq_allegations)


def _print(args: Any, counts: Any) -> int:
    from fielddoc.reports.allegations import response_rows
    from fielddoc.reports.strings import t

    if args.json:
        out(json.dumps({
            "case_id": args.case, "from": args.date_from, "to": args.date_to,
            "allegations": counts.allegations, "persons": counts.persons,
            "hearings": counts.hearings, "hearings_with_allegations": counts.hearings_with,
            "by_response": {r.response or "not_recorded": {"allegations": r.allegations, "persons": r.persons}
                            for r in counts.rows},
        }, ensure_ascii=False, indent=1))
        return 0
    lang = args.lang or language()
    out(t("al.title", lang))
    for label, n, persons, of in response_rows(counts, lang):
        out("  " + t("al.line", lang, label=label, n=n, persons=persons, of=of))
    return 0


def cmd_allegations(args: Any) -> int:
    from fielddoc.cli.commands import _open_reader
    from fielddoc.records.allegation_counts import allegation_counts

    vault, rec = _open_reader(args)
    try:
        counts = allegation_counts(rec, case_id=args.case, date_from=args.date_from, date_to=args.date_to)
    finally:
        vault.lock()
    return _print(args, counts)


def cmd_hq_allegations(args: Any) -> int:
    from fielddoc.cli.store_args import open_hq_of
    from fielddoc.records.allegation_counts import allegation_counts
    from fielddoc.records.service import Records

    hq = open_hq_of(args)
    try:
        counts = allegation_counts(Records(hq), case_id=args.case, date_from=args.date_from,
                                   date_to=args.date_to)
    finally:
        hq.lock()
    return _print(args, counts)
