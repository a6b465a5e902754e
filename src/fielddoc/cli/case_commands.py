"""``fielddoc case defendants CASE_ID`` and ``fielddoc detained --on DATE`` (issue 12)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from fielddoc.cli.common import out, shown
from fielddoc.errors import FieldDocError
from fielddoc.records import dates, vocab
from fielddoc.records.defendants import case_defendants, detained_on


class NotADay(FieldDocError):
    msgid = "'{value}' is not a day; write it as YYYY-MM-DD, e.g. 2012-03-07."


def _vault_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument("--vault", metavar="DIR", help="vault folder (default: FIELDDOC_HOME or the "
                   "per-user data folder)")
    p.add_argument("--passphrase-file", metavar="FILE",
                   help="read the passphrase from FILE (else FIELDDOC_PASSPHRASE, else a prompt)")
    p.add_argument("--read-only", action="store_true", help="open the vault read-only")
    p.add_argument("--json", action="store_true", help="print JSON")


def register(sub: Any) -> None:
    cp = sub.add_parser("case", help="views of one case")
    csub = cp.add_subparsers(dest="case_view", metavar="VIEW", required=True)
    p = csub.add_parser("defendants", help="every defendant across the case's hearings: presence, custody, "
                        "counsel, charges, torture allegations, verdict")
    _vault_opt(p)
    p.add_argument("case_id")
    p.set_defaults(func=cmd_case_defendants)
    p = sub.add_parser("detained", help="people in detention on a given day")
    _vault_opt(p)
    p.add_argument("--on", required=True, metavar="YYYY-MM-DD", help="the day")
    p.add_argument("--case", metavar="CASE_ID", help="only detentions of this case")
    p.set_defaults(func=cmd_detained)


def _name(rec: Any, rid: str) -> str:
    try:
        doc = rec.get(rid)
    except Exception:  # noqa: BLE001 - a dangling reference shows as its id
        return rid
    return str(doc.get("name") or doc.get("title") or rid)


def cmd_case_defendants(args: Any) -> int:
    from fielddoc.cli.commands import _open_reader

    vault, rec = _open_reader(args)
    try:
        rows = case_defendants(rec, args.case_id)
        table = []
        for d in rows:
            verdict = d.verdict or {}
            table.append({
                "person_id": d.person_id,
                "name": _name(rec, d.person_id),
                "hearings": len(d.hearings),
                "presence": d.presence_counts(),
                "in_custody": d.custody,
                "counsel": [_name(rec, c) for c in d.counsel_ids] + d.counsel_descriptions,
                "charges": [" ".join(str(c.get(k) or "") for k in ("code", "article", "part")).strip()
                            for c in d.charges],
                "torture_allegations": len(d.allegations),
                "court_responses": [a.get("court_response") or "" for a in d.allegations],
                "verdict": verdict.get("result") or "",
                "verdict_date": verdict.get("date") or "",
                "detentions": d.detention_ids,
            })
    finally:
        vault.lock()
    if args.json:
        out(json.dumps(table, ensure_ascii=False, indent=1))
        return 0
    for r in table:
        presence = ", ".join(f"{vocab.label('presence', k)} {n}" for k, n in r["presence"].items())
        out(f"{shown(r['name'])} ({shown(r['person_id'])})")
        out(f"  hearings: {r['hearings']}  presence: {shown(presence) or '-'}  "
            f"in custody: {shown(vocab.label('in_custody', r['in_custody'])) if r['in_custody'] else '-'}")
        out(f"  counsel: {shown(', '.join(r['counsel'])) or '-'}")
        out(f"  charges: {shown('; '.join(r['charges'])) or '-'}")
        responses = ", ".join(vocab.label("court_response", c) for c in r["court_responses"] if c)
        extra = f" ({shown(responses)})" if responses else ""
        out(f"  torture allegations: {r['torture_allegations']}{extra}")
        verdict = vocab.label("verdict_result", r["verdict"]) if r["verdict"] else "-"
        out(f"  verdict: {shown(verdict)} {shown(r['verdict_date'])}".rstrip())
    out(f"({len(table)} defendants)")
    return 0


def cmd_detained(args: Any) -> int:
    from fielddoc.cli.commands import _open_reader

    day = dates.sort_key(args.on)
    if not day or len(day) < 10 or "T" in args.on or dates.check_when(args.on):
        raise NotADay(value=args.on)
    vault, rec = _open_reader(args)
    try:
        found = detained_on(rec, day[:10], case_id=args.case)
        rows = [{"detention_id": d.get("id"), "person_id": d.get("person_id"),
                 "name": _name(rec, str(d.get("person_id"))) if d.get("person_id") else "",
                 "case_id": d.get("case_id") or d.get("related_case_id") or "",
                 "procedure": d.get("procedure") or ""} for d in found]
    finally:
        vault.lock()
    if args.json:
        out(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        out(f"{shown(str(r['detention_id'])):36} {shown(r['name']):30} {shown(str(r['case_id']))}")
    out(f"({len(rows)} detained on {day[:10]})")
    return 0
