"""The public CSV edition (issue 12 §5): CSV respects publication consent and markings."""

from __future__ import annotations

from fielddoc.records.consent import PSEUDONYM_SETTING, pseudonym_code
from fielddoc.records.csv_export import write_csv_export


def _all_text(folder) -> str:
    return "\n".join(p.read_text(encoding="utf-8-sig") for p in sorted(folder.glob("*.csv")))


def test_public_csv_leaves_out_unconsented_sources_and_pseudonymises(loaded, tmp_path):
    p = loaded.get("per-sokolova")
    p["public_figure"] = False
    loaded.update("per-sokolova", p)
    loaded.create("source", {"id": "src-refused", "source_kind": "interview",
                             "title": "Interview with Zhakupova",
                             "confidentiality": "public",
                             "consent": {"given": True, "scopes": {"share_with_hq": True, "publish": "no"}}})
    internal = tmp_path / "internal"
    write_csv_export(loaded, internal)
    assert "Zhakupova" in _all_text(internal) and "Natalia Sokolova" in _all_text(internal)
    public = tmp_path / "public"
    result = write_csv_export(loaded, public, public=True)
    text = _all_text(public)
    for name in ("Zhakupova", "Sokolova", "Natalia", "ANON-001", "M-01", "src-refused,"):
        assert name not in text, name
    code = pseudonym_code(bytes.fromhex(loaded.store.get_setting(PSEUDONYM_SETTING)), "per-sokolova")
    assert f"Person {code}" in text and "Vladimir Kozlov" in text
    assert result.withheld >= 3
