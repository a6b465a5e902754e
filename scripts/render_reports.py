"""Render every report type in English, Russian and Kazakh from the acceptance set.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_reports.py [--dpi 80] [--out shots/reports]

Writes ``<kind>-<lang>.pdf`` and ``<kind>-<lang>-<page>.png`` (pdftoppm) under
``shots/reports/`` (git-ignored), then prints, for the Kazakh reports, which
of the Kazakh letters ә ғ қ ң ө ұ ү һ і ``pdftotext`` finds as text.
Uses a throwaway vault with cheap KDF parameters: demo data only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from fielddoc.crypto.kdf import TEST_PARAMS  # noqa: E402
from fielddoc.records.interchange import import_dataset, read_json_file  # noqa: E402
from fielddoc.records.service import Records  # noqa: E402
from fielddoc.reports import content, pdf  # noqa: E402
from fielddoc.store.vault import Vault  # noqa: E402

KAZAKH = "әғқңөұүһі"
JOBS = {
    "hearing": lambda rec, lang: content.hearing_report(rec, "hrg-zh-2012-03-28", lang),
    "hearing-verdict": lambda rec, lang: content.hearing_report(rec, "hrg-kozlov-2012-10-08", lang),
    "case": lambda rec, lang: content.case_summary(rec, "case-zhanaozen-37", lang),
    "case-kozlov": lambda rec, lang: content.case_summary(rec, "case-kozlov", lang),
    "period": lambda rec, lang: content.period_report(rec, "2011-10-01", "2012-12-31", lang),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "shots" / "reports"))
    ap.add_argument("--dpi", type=int, default=80)
    ap.add_argument("--only", help="one report kind (hearing, case, period, …)")
    ap.add_argument("--lang", action="append", help="en, ru, kk (default: all three)")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fielddoc-reports-") as tmp:
        vault = Vault.create(Path(tmp) / "vault", "correct horse battery staple", params=TEST_PARAMS)
        vault.idle_timeout = None
        rec = Records(vault)
        import_dataset(rec, read_json_file(ROOT / "tests" / "data" / "zhanaozen-2011-2012.json"))
        for kind, job in JOBS.items():
            if args.only and kind != args.only:
                continue
            for lang in args.lang or ["en", "ru", "kk"]:
                report = job(rec, lang)
                target = out / f"{kind}-{lang}.pdf"
                size = pdf.save_pdf(report, target)
                for old in out.glob(f"{kind}-{lang}-*.png"):
                    old.unlink()
                if shutil.which("pdftoppm"):
                    subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", str(target),
                                    str(out / f"{kind}-{lang}")], check=True)
                pages = len(list(out.glob(f"{kind}-{lang}-*.png")))
                line = f"{target.name}: {size} bytes, {pages} page(s), TLP:{report.tlp}"
                if lang == "kk" and shutil.which("pdftotext"):
                    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                                          check=True).stdout.lower()
                    line += f", Kazakh letters found: {''.join(c for c in KAZAKH if c in text)}"
                print(line)
        vault.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
