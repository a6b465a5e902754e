"""``fielddoc demo --hq``: a throwaway HQ to try the exchange screens on.

Builds, under one folder and with the published demo passphrase:

* ``hq/``: an HQ vault that has imported monitor A's bundle (the acceptance
  data, with A's notes on the first Zhanaozen hearing);
* ``inbox/``: monitor B's bundle, not yet imported. B edited the same hearing
  differently and is not enrolled, so importing it (Exchange → Import bundles…)
  asks to trust B's fingerprint, then shows one conflict to resolve;
* ``field-a/``, ``field-b/``: the two monitors' vaults.

Demo data only; nothing here is real.
"""

from __future__ import annotations

from pathlib import Path

from fielddoc.bundle.device import add_recipient, device_fingerprint, enrolment
from fielddoc.bundle.writer import export_bundle
from fielddoc.crypto import kdf
from fielddoc.hq import devices
from fielddoc.hq.importer import import_bundle
from fielddoc.hq.store import HQStore, init_hq
from fielddoc.records import interchange
from fielddoc.records.service import Records
from fielddoc.store.vault import Vault

HEARING = "hrg-zh-2012-03-28"
NOTES = {
    "monitor-a": "Monitor A: the defendants were kept in a glass cage for the whole session; "
                 "three relatives were turned away at the door.",
    "monitor-b": "Monitor B: the session opened 40 minutes late; the presiding judge refused the "
                 "defence's motion to admit the press.",
}


def _params() -> kdf.KdfParams:
    return kdf.KdfParams(kdf.FLOOR_MEMORY_KIB, kdf.FLOOR_ITERATIONS, kdf.DEFAULT_LANES)


def _monitor(folder: Path, author: str, data: dict, passphrase: str) -> Vault:
    vault = Vault.create(folder, passphrase, params=_params(), author=author)
    vault.idle_timeout = None
    rec = Records(vault)
    interchange.import_dataset(rec, data)
    doc = rec.get(HEARING)
    rec.update(HEARING, {**doc, "narrative": NOTES[author]})
    return vault


def build_hq_demo(folder: Path, data_file: Path, passphrase: str) -> tuple[HQStore, Path]:
    """The HQ (unlocked) and the inbox folder holding monitor B's bundle."""
    data = interchange.read_json_file(data_file)
    hq = init_hq(folder / "hq", passphrase, params=_params(), name="Demo HQ")
    card = hq.card()
    inbox = folder / "inbox"
    sent = folder / "sent"
    for path in (inbox, sent):
        path.mkdir(parents=True, exist_ok=True)
    a = _monitor(folder / "field-a", "monitor-a", data, passphrase)
    b = _monitor(folder / "field-b", "monitor-b", data, passphrase)
    try:
        for v in (a, b):
            add_recipient(v, card, card.fingerprint)
        devices.enrol(hq, enrolment(a), device_fingerprint(a), label="Monitor A (demo)")
        res_a = export_bundle(a, sent)
        res_b = export_bundle(b, inbox)
        if res_a is None or res_b is None:  # pragma: no cover - both vaults hold records
            raise RuntimeError("the demo monitors had nothing to export")
        import_bundle(hq, res_a.path)
    finally:
        a.lock()
        b.lock()
    return hq, inbox
