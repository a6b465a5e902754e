"""Outside text never disguises what FieldDoc shows (findings F1 and F2 of the security review).

A recipient card's name and an enrolment file's label holding control characters, bidi
overrides or markup are refused when the file is read, and when such a name is typed;
the CLI prints every outside text (names and labels stored before this rule, file names,
record text) with its control characters as visible escapes, so an ESC sequence cannot
forge the fingerprint line. The GUI side is in ``tests/gui/test_display_safety_gui.py``.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import update

from fielddoc.bundle.cards import CARD_CONTEXT, ENROL_CONTEXT, Enrolment, RecipientCard
from fielddoc.bundle.device import add_recipient, device_fingerprint, enrolment
from fielddoc.bundle.errors import CardInvalid, EnrolmentInvalid
from fielddoc.bundle.writer import export_bundle
from fielddoc.cli.main import main
from fielddoc.crypto import signing
from fielddoc.crypto.kdf import TEST_PARAMS
from fielddoc.errors import FieldDocError
from fielddoc.hq import devices as hq_devices
from fielddoc.hq.store import init_hq
from fielddoc.i18n import translate
from fielddoc.records.canonical import canonical
from fielddoc.records.service import Records
from fielddoc.store.schema_sync import hq_devices as hq_devices_table
from tests.test_bundle_support import PASSPHRASE, make_field

#: Names an attacker would put on a card or an enrolment file.
HOSTILE = [
    "HQ<br><!--",
    "<b>x</b>",
    "HQ Almaty\x1b[2K\r    AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH",
    "HQ \u202eytamlA",
    "HQ\nIts fingerprint is: AAAA",
    "HQ \u2066Almaty\u2069",
    "HQ\x85Almaty",
    "HQ\x7f",
    "HQ &lt;Almaty&gt;",
    "HQ \u200fAlmaty",
    "HQ\u2028Almaty",
]
#: Names that stay fine: letters of every script, punctuation, a bare ampersand.
PLAIN = ["HQ Almaty", "Штаб «Алматы»", "Қазақстан штабы", "R&D / HQ (Astana) #2: 100%"]
#: What must never reach a terminal raw.
RAW = ["\x1b", "\x9b", "\x85", "\x7f", "\r", "\u202e", "\u2066", "\u2069", "\u200f", "\u2028"]


def _no_raw(text: str) -> None:
    found = [f"U+{ord(c):04X}" for c in RAW if c in text]
    assert found == [], text


@pytest.fixture
def hq(tmp_path):
    store = init_hq(tmp_path / "hq", PASSPHRASE, params=TEST_PARAMS, name="HQ Almaty")
    yield store
    store.lock()


@pytest.fixture
def field(tmp_path):
    v = make_field(tmp_path / "field", "monitor-a")
    yield v
    v.lock()


@pytest.fixture
def run(monkeypatch, capsys):
    monkeypatch.setenv("FIELDDOC_PASSPHRASE", PASSPHRASE)

    def _run(*args: object, rc: int = 0) -> str:
        got = main([str(a) for a in args])
        captured = capsys.readouterr()
        assert got == rc, captured.err + captured.out
        return captured.out + captured.err

    return _run


def signed_card(hq, name: str) -> RecipientCard:
    """HQ's real card with another name, correctly self-signed (anyone can make one)."""
    unsigned = dataclasses.replace(hq.card(), name=name, signature=b"")
    sig = signing.sign(hq.vault.signing_key(), CARD_CONTEXT + canonical(unsigned.body()))
    return dataclasses.replace(unsigned, signature=sig)


def signed_enrolment(vault, label: str) -> Enrolment:
    unsigned = dataclasses.replace(enrolment(vault), label=label, signature=b"")
    sig = signing.sign(vault.signing_key(), ENROL_CONTEXT + canonical(unsigned.body()))
    return dataclasses.replace(unsigned, signature=sig)


# -- names and labels are refused where they are read or typed -----------------------------------
@pytest.mark.parametrize("name", HOSTILE)
def test_a_card_whose_name_holds_controls_or_markup_is_refused(hq, tmp_path, name):
    path = tmp_path / "card.json"
    path.write_text(signed_card(hq, name).to_json(), "utf-8")
    with pytest.raises(CardInvalid) as caught:
        RecipientCard.load(path)
    assert caught.value.code == "unsafe_name"
    english = caught.value.render()
    assert "control character or markup" in english and str(path) in english
    assert caught.value.render(lambda m: translate(m, "ru")) != english  # translated
    assert caught.value.render(lambda m: translate(m, "kk")) != english


@pytest.mark.parametrize("name", PLAIN)
def test_plain_names_are_accepted(hq, tmp_path, name):
    path = tmp_path / "card.json"
    path.write_text(signed_card(hq, name).to_json(), "utf-8")
    assert RecipientCard.load(path).name == name


@pytest.mark.parametrize("label", HOSTILE)
def test_an_enrolment_file_whose_label_holds_controls_or_markup_is_refused(field, tmp_path, label):
    path = tmp_path / "enrolment.json"
    path.write_text(signed_enrolment(field, label).to_json(), "utf-8")
    with pytest.raises(EnrolmentInvalid) as caught:
        Enrolment.load(path)
    assert caught.value.code == "unsafe_name" and "control character or markup" in caught.value.render()


@pytest.mark.parametrize("name", ["HQ<br><!--", "HQ\x1b[2K", "HQ \u202eA", "HQ\nB"])
def test_typed_names_and_labels_are_refused_before_anything_is_made(hq, field, tmp_path, name):
    with pytest.raises(FieldDocError) as caught:
        init_hq(tmp_path / "hq2", PASSPHRASE, params=TEST_PARAMS, name=name)
    assert caught.value.code == "unsafe_name" and not (tmp_path / "hq2").exists()
    with pytest.raises(FieldDocError) as caught:
        enrolment(field, name)  # the monitor's label in the enrolment file
    assert caught.value.code == "unsafe_name"
    with pytest.raises(FieldDocError) as caught:  # the label HQ types when it enrols a device
        hq_devices.enrol(hq, enrolment(field), device_fingerprint(field), label=name)
    assert caught.value.code == "unsafe_name" and hq_devices.list_devices(hq) == []


def test_escape_controls_makes_every_control_visible_and_keeps_json_valid():
    from fielddoc.textsafe import escape_controls, name_problem

    assert (escape_controls("HQ\x1b[2K\u202eA\x85\x7f\nB\tC")
            == "HQ\\u001b[2K\\u202eA\\u0085\\u007f\\u000aB\\u0009C")
    assert escape_controls("a\nb\tc", keep_newlines=True) == "a\nb\\u0009c"
    assert escape_controls("Штаб «Алматы» & <b>") == "Штаб «Алматы» & <b>"  # markup is the GUI's job
    value = {"name": "x\u202ey\x85z\u2028"}
    dumped = json.dumps(value, ensure_ascii=False)
    assert json.loads(escape_controls(dumped, keep_newlines=True)) == value
    assert name_problem("HQ Almaty") is None and name_problem("HQ\u202e") == "U+202E"
    assert name_problem("a<b") == "“<”" and name_problem("R&D") is None and name_problem("&amp;") == "“&”"


def test_error_messages_show_their_parameters_escaped():
    from fielddoc.errors import InputFileError, Problem, ValidationError

    message = InputFileError(path="in\x1b[2K\u202e.json", reason="not UTF-8").render(translate)
    assert "in\\u001b[2K\\u202e.json" in message and "\x1b" not in message
    problem = Problem("per-\x85", "name", "{value} is not allowed here", value="x\x1b]0;t\x07")
    rendered = ValidationError([problem]).render()
    assert "per-\\u0085" in rendered and "x\\u001b]0;t\\u0007" in rendered
    _no_raw(rendered)


# -- the CLI prints outside text escaped -------------------------------------------------------------
def _legacy_label(hq, device_id: str, label: str) -> None:
    """A label stored before labels were checked (or written to the database by other means)."""
    with hq.engine.begin() as conn:
        conn.execute(update(hq_devices_table).where(hq_devices_table.c.device_id == device_id)
                     .values(label=label))


def test_hq_devices_list_escapes_a_stored_label(hq, field, run, tmp_path):
    hq_devices.enrol(hq, enrolment(field), device_fingerprint(field), label="Aktau")
    forged = "\x1b[2K\r" + "A" * 32 + "  active  \u202e"
    _legacy_label(hq, field.device_id, forged)
    hq.lock()
    shown = run("hq", "devices", "list", "--vault", tmp_path / "hq")
    _no_raw(shown)
    assert "\\u001b[2K\\u000d" + "A" * 32 in shown and "\\u202e" in shown
    as_json = run("hq", "devices", "list", "--vault", tmp_path / "hq", "--json")
    _no_raw(as_json)
    assert json.loads(as_json)[0]["label"] == forged  # still valid JSON with the same value


def test_recipients_add_refuses_a_hostile_card_and_list_escapes_a_stored_name(hq, field, run, tmp_path):
    card = signed_card(hq, "HQ Almaty\x1b[2K\rFingerprint: AAAA\u202e")
    path = tmp_path / "card\x1b[31m.json"
    path.write_text(card.to_json(), "utf-8")
    field.lock()
    shown = run("recipients", "add", "--vault", tmp_path / "field", path, "--fingerprint", card.fingerprint,
                rc=2)
    _no_raw(shown)
    assert "control character or markup" in shown and "card\\u001b[31m.json" in shown
    # a name stored before this rule is printed escaped
    from fielddoc.store.vault import Vault

    vault = Vault.open(tmp_path / "field", PASSPHRASE)
    try:
        add_recipient(vault, card, card.fingerprint)
    finally:
        vault.lock()
    shown = run("recipients", "list", "--vault", tmp_path / "field")
    _no_raw(shown)
    assert "HQ Almaty\\u001b[2K\\u000dFingerprint: AAAA\\u202e" in shown


def test_hq_devices_enrol_refuses_hostile_labels(hq, field, run, tmp_path):
    path = tmp_path / "enrolment.json"
    path.write_text(signed_enrolment(field, "Aktau\x1b]0;owned\x07\u202e").to_json(), "utf-8")
    hq.lock()
    fpr = device_fingerprint(field)
    shown = run("hq", "devices", "enrol", "--vault", tmp_path / "hq", path, "--fingerprint", fpr, rc=2)
    _no_raw(shown)
    assert "control character or markup" in shown and "\x07" not in shown
    good = tmp_path / "good.json"
    good.write_text(enrolment(field).to_json(), "utf-8")
    shown = run("hq", "devices", "enrol", "--vault", tmp_path / "hq", good, "--fingerprint", fpr,
                "--label", "Aktau\u202e", rc=2)
    _no_raw(shown)
    assert "U+202E" in shown
    assert "Aktau" in run("hq", "devices", "enrol", "--vault", tmp_path / "hq", good, "--fingerprint", fpr,
                          "--label", "Aktau")


def test_record_text_and_file_names_are_printed_escaped(hq, field, run, tmp_path):
    name = "Kozlov\x1b[2K\rHIDDEN\u202edetailed\x9b31m"
    Records(field).create("person", {"id": "per-esc", "name": name})
    card = hq.card()
    add_recipient(field, card, card.fingerprint)
    hq_devices.enrol(hq, enrolment(field), device_fingerprint(field), label="Aktau")
    out = tmp_path / "out"
    out.mkdir()
    bundle = export_bundle(field, out).path
    field.lock()
    hq.lock()
    vault = tmp_path / "field"
    for args in (("list", "--type", "person"), ("search", "Kozlov"), ("history", "per-esc")):
        shown = run(*args, "--vault", vault)
        _no_raw(shown)
    assert "Kozlov\\u001b[2K\\u000dHIDDEN\\u202edetailed\\u009b31m" in run("list", "--vault", vault)
    shown = run("show", "per-esc", "--vault", vault)
    _no_raw(shown)
    assert json.loads(shown)["record"]["name"] == name  # still JSON, the same text
    hostile = out / "bundle\x1b[2K\r\u202e.age"
    shutil.copy(bundle, hostile)
    shown = run("hq", "import", "--vault", tmp_path / "hq", hostile)
    _no_raw(shown)
    assert "bundle\\u001b[2K\\u000d\\u202e.age" in shown
    broken = out / "broken\x1b[31m.age"
    broken.write_bytes(Path(bundle).read_bytes()[:100])
    shown = run("hq", "import", "--vault", tmp_path / "hq", broken, rc=2)
    _no_raw(shown)
    assert "broken\\u001b[31m.age" in shown
