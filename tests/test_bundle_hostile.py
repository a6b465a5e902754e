"""Security tests 18 and 21: hostile content inside validly signed bundles, in bounded time
and memory with nothing written outside the store; Hypothesis fuzzing of every parser of
outside input (manifests, record frames, cards, enrolment files, receipts, whole bundles)."""

from __future__ import annotations

import io
import json
import time
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fielddoc.bundle import age
from fielddoc.bundle import format as fmt
from fielddoc.bundle.cards import Enrolment, RecipientCard
from fielddoc.bundle.errors import BundleFailure, MalformedContent
from fielddoc.bundle.reader import BodyReader, open_bundle
from fielddoc.crypto import signing
from fielddoc.errors import BundleError
from fielddoc.hq.importer import import_bundle
from tests.test_bundle_support import (
    entry,
    link,
    make_field,
    make_hq,
    raw_manifest,
    raw_plaintext,
    seal,
    snapshot,
)

MEMORY_LIMIT = 48 << 20


@pytest.fixture
def env(tmp_path):
    cleanups: list = []
    hq = make_hq(tmp_path / "hq", "sqlcipher", cleanups)
    field = make_field(tmp_path / "field")
    link(field, hq)
    yield hq, field, tmp_path
    field.lock()
    for fn in cleanups:
        fn()


def _files(root):
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if "hq" not in p.relative_to(root).parts)


def _import(hq, tmp_path, plain: bytes, name: str = "hostile.age"):
    """Import a sealed plaintext; returns (exception, seconds, peak bytes traced)."""
    path = tmp_path / name
    path.write_bytes(seal(plain, [age.recipient_of(hq.identities()[0])]))
    del plain
    before = snapshot(hq)
    outside = _files(tmp_path)
    tracemalloc.start()
    start = time.monotonic()
    try:
        import_bundle(hq, path)
    except BundleFailure as exc:
        error = exc
    else:
        error = None
    seconds = time.monotonic() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert snapshot(hq) == before
    assert _files(tmp_path) == outside  # nothing written outside the store
    path.unlink()
    return error, seconds, peak


def test_huge_field_is_named(env):
    hq, field, tmp = env
    key = field.signing_key()
    rec = entry(key, "per-huge", {"name": "A", "notes": "x" * (2 << 20)})
    err, secs, peak = _import(
        hq, tmp, raw_plaintext(key, raw_manifest(key, [hq.fingerprint()], [rec]), [rec[0]])
    )
    assert isinstance(err, MalformedContent)
    assert "per-huge" in str(err) and "notes" in str(err)
    assert secs < 5 and peak < MEMORY_LIMIT


def test_oversized_record_frame_refused_before_reading(env):
    hq, field, tmp = env
    key = field.signing_key()
    rec = entry(key, "per-big", {"name": "A", "notes": "y" * (9 << 20)})
    err, secs, peak = _import(
        hq, tmp, raw_plaintext(key, raw_manifest(key, [hq.fingerprint()], [rec]), [rec[0]])
    )
    assert err is not None and err.code == "corrupt" and "more than" in str(err)
    assert secs < 5 and peak < MEMORY_LIMIT


def test_a_million_revisions_listed_in_the_manifest(env):
    """A real signed manifest listing 10^6 revisions (68 MB): refused from its length alone."""
    hq, field, tmp = env
    key = field.signing_key()
    m = raw_manifest(key, [hq.fingerprint()], [])
    m["revisions"] = [f"{i:064x}" for i in range(1_000_000)]
    m["counts"]["revisions"] = 1_000_000
    err, secs, peak = _import(hq, tmp, raw_plaintext(key, m, []))
    assert isinstance(err, MalformedContent) and "manifest" in str(err)
    assert secs < 5 and peak < MEMORY_LIMIT


def test_a_million_record_frames(env):
    hq, field, tmp = env
    key = field.signing_key()
    recs = [entry(key, f"per-{i}", {"name": "N"}) for i in range(2)]
    m = raw_manifest(key, [hq.fingerprint()], recs)
    tiny = fmt.frame_header(fmt.F_RECORD, 2) + b"{}"
    plain = raw_plaintext(key, m, [b for b, _ in recs], extra=tiny * 1_000_000)
    err, secs, peak = _import(hq, tmp, plain)
    assert err is not None and err.code == "tampered" and "more records" in str(err)
    assert secs < 5 and peak < MEMORY_LIMIT


@pytest.mark.parametrize("name", ["../../outside.txt", "/etc/passwd", "a\x00b", "..", "C:\\x\\..\\y", "a\nb"])
def test_hostile_attachment_names(env, name):
    hq, field, tmp = env
    key = field.signing_key()
    data = b"content"
    import hashlib

    sha = hashlib.sha256(data).hexdigest()
    rec = entry(
        key,
        "att-1",
        {"title": "T", "files": [{"role": "original", "file_name": name, "sha256": sha}]},
        kind="attachment",
    )
    files = [
        {
            "attachment_id": "att-1",
            "role": "original",
            "size": len(data),
            "sha256": sha,
            "created_at": "2026-01-01T00:00:00Z",
        }
    ]
    m = raw_manifest(key, [hq.fingerprint()], [rec], files)
    err, _, _ = _import(hq, tmp, raw_plaintext(key, m, [rec[0]], [data]))
    assert isinstance(err, MalformedContent) and "file_name" in str(err)
    assert not (tmp / "outside.txt").exists()


@pytest.mark.parametrize(
    "body",
    [
        b"\xff\xfe\x00",
        b'{"a":1,"a":2}',
        b"[" * 200_000,
        b"NaN",
        b'{"x": Infinity}',
        b"",
        b"\x00" * 100,
        b'{"record_id":"per-1"}',
        b'"a string"',
    ],
)
def test_malformed_record_frames(env, body):
    hq, field, tmp = env
    key = field.signing_key()
    m = raw_manifest(key, [hq.fingerprint()], [(body, "1" * 64)])
    err, secs, peak = _import(hq, tmp, raw_plaintext(key, m, [body]))
    assert isinstance(err, MalformedContent)
    assert secs < 5 and peak < MEMORY_LIMIT


def test_error_messages_carry_no_record_text(env):
    hq, field, tmp = env
    key = field.signing_key()
    rec = entry(key, "per-1", {"name": "SECRET-CANARY-NAME", "date_of_birth": "SECRET-CANARY-DOB"})
    err, _, _ = _import(hq, tmp, raw_plaintext(key, raw_manifest(key, [hq.fingerprint()], [rec]), [rec[0]]))
    assert err is not None and "SECRET-CANARY" not in err.render()


# -- Hypothesis: every parser of outside input ----------------------------------------------
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _manifest_like():
    base = raw_manifest(signing.generate()[0], ["AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA"], [])
    return st.builds(lambda k, v: {**base, k: v}, st.sampled_from(sorted(base) + ["extra"]), json_values)


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=300),
        json_values.map(lambda v: json.dumps(v).encode()),
        _manifest_like().map(lambda m: json.dumps(m).encode()),
    )
)
def test_fuzz_manifest_parsers(raw):
    for parse in (fmt.parse_export_manifest, fmt.parse_receipt_manifest):
        try:
            parse(raw)
        except BundleError:
            pass


KEY = signing.generate()[0]
SIGNER = signing.key_id(signing.public_of(KEY))


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=300),
        json_values.map(lambda v: json.dumps(v).encode()),
        st.builds(
            lambda k, v: json.loads(entry(KEY, "per-1", {"name": "x"})[0]) | {k: v},
            st.sampled_from(
                [
                    "record_id",
                    "kind",
                    "revision",
                    "parent",
                    "op",
                    "device_id",
                    "author",
                    "at",
                    "doc",
                    "draft",
                    "id_generated",
                    "x",
                ]
            ),
            json_values,
        ).map(lambda d: json.dumps(d).encode()),
    )
)
def test_fuzz_record_entries(raw):
    try:
        fmt.parse_entry(raw, 0, expected_hash="0" * 64, signer=SIGNER)
    except BundleError:
        pass


@FUZZ
@given(st.one_of(st.binary(max_size=400), json_values.map(lambda v: json.dumps(v).encode())))
def test_fuzz_cards_and_enrolments(raw):
    for cls in (RecipientCard, Enrolment):
        try:
            cls.load(raw=raw)
        except BundleError:
            pass


def test_fuzz_card_mutations():
    card = RecipientCard.make("HQ", age.generate_identity()[1], signing.generate()[0]).to_json().encode()

    @FUZZ
    @given(st.integers(0, len(card) - 1), st.integers(1, 255))
    def check(pos, x):
        data = bytearray(card)
        data[pos] ^= x
        try:
            RecipientCard.load(raw=bytes(data))
        except BundleError:
            return
        # accepted only if the change did not touch anything signed (JSON whitespace)
        assert json.loads(bytes(data)) == json.loads(card)

    check()


IDENTITY, RECIPIENT = age.generate_identity()


@settings(max_examples=120, deadline=None)
@given(st.binary(max_size=600))
def test_fuzz_whole_plaintext(plain):
    """Any plaintext inside a valid age file: the reader fails cleanly or reads a real bundle."""
    data = age.encrypt_bytes(fmt.MAGIC + plain if plain[:1] == b"\x01" else plain, [RECIPIENT])
    try:
        opened = open_bundle(io.BytesIO(data), [IDENTITY])
        opened.verify()
    except BundleError:
        return
    raise AssertionError("random bytes passed a signature check")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_fuzz_frames_after_a_valid_manifest(tail):
    """Frames are fuzzed behind a genuinely signed manifest: the body reader fails cleanly."""
    recs = [entry(KEY, "per-1", {"name": "x"})]
    m = raw_manifest(KEY, ["AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA"], recs)
    plain = raw_plaintext(KEY, m, [], end=b"") + tail
    opened = open_bundle(io.BytesIO(age.encrypt_bytes(plain, [RECIPIENT])), [IDENTITY])
    opened.verify()
    manifest = fmt.parse_export_manifest(opened.manifest_bytes)
    reader = BodyReader(opened, manifest)
    try:
        for i, body in reader.records():
            fmt.parse_entry(body, i, expected_hash=manifest.revisions[i], signer=SIGNER)
        reader.finish()
    except BundleError:
        return
    raise AssertionError("fuzzed frames were accepted")
