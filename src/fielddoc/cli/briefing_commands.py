"""CLI of briefings (HQ -> field): ``fielddoc hq brief`` and ``fielddoc briefing import``.

Registered from :func:`fielddoc.cli.sync_commands.register`. Thin: parse, call the core, print.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fielddoc.bundle import format as fmt
from fielddoc.cli.common import out, shown


def cmd_hq_brief(args: Any) -> int:
    from fielddoc.cli.store_args import open_hq_of
    from fielddoc.hq.briefing import load_vocabularies, make_briefing
    from fielddoc.hq.devices import find_device

    vocabularies = load_vocabularies(args.vocabulary) if args.vocabulary else None
    hq = open_hq_of(args)
    try:
        res = make_briefing(
            hq, find_device(hq, args.device), Path(args.out), monitor_id=args.monitor,
            tlp_ceiling=args.tlp_ceiling, vocabularies=vocabularies,
        )
    finally:
        hq.lock()
    out(
        f"Briefing {res.sequence} for device {res.device} (monitor {shown(res.monitor_id)}): "
        f"{res.hearings} hearings, {res.records} records ({res.revisions} revisions)."
    )
    out(f"Written to {res.path}. Only that device can open it; give it to the monitor.")
    return 0


def cmd_briefing_import(args: Any) -> int:
    from fielddoc.bundle.briefing import import_briefing
    from fielddoc.cli.store_args import open_vault_of

    vault = open_vault_of(args)
    try:
        res = import_briefing(vault, Path(args.file))
    finally:
        vault.lock()
    if res.already_imported:
        out(f"Briefing {res.sequence} from {shown(res.hq_name)} was already imported; nothing changed.")
        return 0
    out(
        f"Imported briefing {res.sequence} from {shown(res.hq_name)} ({res.hq}): {res.records} records, "
        f"{res.new_revisions} new revisions."
    )
    if res.missing:
        out(f"Warning: {res.missing} earlier briefing(s) from this HQ never arrived here; ask HQ.")
    for rid in res.conflicts:
        out(
            f"Conflict: {shown(rid)} was changed here and at HQ; both versions are kept (see its history). "
            "Send your version to HQ with the next export."
        )
    v = res.vocabulary
    if v.tags_added:
        out(f"Vocabulary from HQ: {len(v.tags_added)} new tag(s): "
            + ", ".join(shown(t) for t in v.tags_added))
    if v.codes_added:
        out(f"Vocabulary from HQ: {len(v.codes_added)} new legal code(s): "
            + ", ".join(shown(c) for c in v.codes_added))
    if v.codes_updated:
        out(f"Vocabulary from HQ: {len(v.codes_updated)} legal code(s) updated by HQ: "
            + ", ".join(shown(c) for c in v.codes_updated))
    if v.codes_kept:
        out(f"Vocabulary from HQ: {len(v.codes_kept)} legal code(s) FieldDoc already has, kept as they are: "
            + ", ".join(shown(c) for c in v.codes_kept))
    if not res.assignments:
        out("No hearing is assigned to you in this briefing.")
    for a in res.assignments:
        mark = "NEW " if a.new else "    "
        when = a.scheduled_start or a.date or "?"
        out(
            f"{mark}{shown(when)}  hearing {shown(a.hearing_id)}  case {shown(a.case_id or '-')}  "
            f"court {shown(a.court_id or '-')}  {shown(a.mode or '-')}  {shown(a.status or '-')}"
            + (f"  (hearing {shown(a.hearing_status)})" if a.hearing_status != "scheduled" else "")
        )
    return 0


def cmd_hq_coverage(args: Any) -> int:
    import json

    from fielddoc.cli.store_args import open_hq_of
    from fielddoc.hq.coverage import coverage

    hq = open_hq_of(args)
    try:
        cov = coverage(hq, args.by)
    finally:
        hq.lock()
    if args.json:
        out(json.dumps({
            "by": cov.by,
            "rows": [{"key": r.key, "label": r.label, "hearings": r.hearings, "held": r.held,
                      "monitored": r.monitored, "scheduled": r.scheduled, "assigned": r.assigned}
                     for r in cov.rows],
            "total": {"hearings": cov.total.hearings, "held": cov.total.held,
                      "monitored": cov.total.monitored, "scheduled": cov.total.scheduled,
                      "assigned": cov.total.assigned},
            "workload": [{"monitor_id": w.monitor_id, "name": w.name, **w.by_status,
                          "attended_held": w.attended_held, "upcoming": w.upcoming} for w in cov.workload],
        }, ensure_ascii=False, indent=1))
        return 0
    out(f"Coverage by {cov.by}: hearings held and monitored")
    for r in [*cov.rows, cov.total]:
        label = "TOTAL" if r is cov.total else (shown(r.label) or "(none recorded)")
        share = "-" if r.share is None else f"{round(100 * r.share)}%"
        out(f"  {label}: held {r.held}, monitored {r.monitored} ({share}); scheduled {r.scheduled}, "
            f"with an assignment {r.assigned}; hearings {r.hearings}")
    out("Monitor workload")
    for w in cov.workload:
        counts = ", ".join(f"{k} {v}" for k, v in w.by_status.items())
        out(f"  {shown(w.name)} ({shown(w.monitor_id)}): {counts}; present at held hearings "
            f"{w.attended_held}; upcoming {w.upcoming}")
    return 0


def register(sub: Any, hsub: Any, vault_opt: Any, hq_opt: Any) -> None:
    p = hsub.add_parser("brief", help="write a briefing for a device: its monitor's scheduled hearings")
    hq_opt(p)
    p.add_argument("--device", required=True, help="the device (id or fingerprint)")
    p.add_argument("--out", required=True, help="a folder (random file name) or a new file")
    p.add_argument("--monitor", help="the monitor's person record id (remembered for the device)")
    p.add_argument("--tlp-ceiling", default=fmt.DEFAULT_CEILING, choices=fmt.EXPORTABLE_CEILINGS,
                   help="records marked above this stay at HQ (the hearings themselves always go)")
    p.add_argument("--vocabulary", metavar="FILE.json",
                   help="vocabulary updates to send: tags and legal codes (docs/spec/briefing.md §3.1)")
    p.set_defaults(func=cmd_hq_brief)

    from fielddoc.hq.coverage import GROUPINGS

    p = hsub.add_parser("coverage", help="hearings held vs monitored (per case, court or month); workload")
    hq_opt(p)
    p.add_argument("--by", default="case", choices=GROUPINGS)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_hq_coverage)

    b = sub.add_parser("briefing", help="HQ briefings: scheduled hearings and assignments")
    bsub = b.add_subparsers(dest="briefing_command", metavar="BRIEFING_COMMAND")
    p = bsub.add_parser("import", help="verify and merge a briefing from HQ; show your assignments")
    vault_opt(p)
    p.add_argument("file")
    p.set_defaults(func=cmd_briefing_import)
