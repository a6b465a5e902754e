"""Vectors of the key rotation statement (docs/spec/cards.md §6) and of briefings (docs/spec/briefing.md).

Part of scripts/spec_vectors_layouts.py (which calls :func:`build` with itself, for its helpers:
the JCS encoder, frames, preamble, key ids, Bech32), written from the spec alone: it imports
nothing from fielddoc. tests/test_spec_layouts.py makes FieldDoc's code read every vector.
"""

from __future__ import annotations

import hashlib
import json
from types import ModuleType
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

ROTATION_CONTEXT = b"FieldDoc key rotation v1\x00"
BRIEFING_CONTEXT = b"FieldDoc briefing manifest v1\x00"


def _sign(seed: bytes, msg: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(seed).sign(msg)


def rotation_vectors(L: ModuleType) -> None:
    """cards.md §6: one statement, signed by the device's old key and its new one."""
    old_seed, new_seed = L.DEVICE, L.fixed("rotation new device key", 32)
    old, new = L.pub_of(old_seed), L.pub_of(new_seed)
    xpub = X25519PrivateKey.from_private_bytes(L.fixed("rotation new age identity", 32)).public_key()
    recipient = L.bech32("age", xpub.public_bytes_raw())
    device = L.key_id(old)

    def fpr(pub: bytes) -> str:
        return L.groups(hashlib.sha256(b"fielddoc/v1/fingerprint\x00" + pub).digest())

    def body(**over: Any) -> dict[str, Any]:
        b: dict[str, Any] = {
            "type": "fielddoc-key-rotation", "version": 1, "device": device,
            "old_signing_key": L.b64(old), "new_signing_key": L.b64(new), "new_age_recipient": recipient,
            "from_sequence": 2, "created_at": L.AT, "old_fingerprint": fpr(old), "new_fingerprint": fpr(new),
        }
        b.update(over)
        return b

    def statement(b: dict[str, Any], old_seed: bytes = old_seed, new_seed: bytes = new_seed,
                  context: bytes = ROTATION_CONTEXT) -> tuple[str, bytes, bytes, bytes]:
        msg = context + L.sv.jcs(b).encode("utf-8")
        s_old, s_new = _sign(old_seed, msg), _sign(new_seed, msg)
        signed = {**b, "old_signature": L.b64(s_old), "new_signature": L.b64(s_new)}
        return json.dumps(signed, indent=1, ensure_ascii=False) + "\n", msg, s_old, s_new

    text, msg, s_old, s_new = statement(body())
    L.put("rotation", "statement", {
        "comment": "the device of tests/data/bundle-vectors/keys.json (device_enrolled) rotates to a new "
        "key from its bundle 2 on; both keys sign the same message. HQ of keys.json applies it",
        "expect": "ok", "old_seed_b64": L.KEYS["device_enrolled"], "new_seed_hex": new_seed.hex(),
        "old_public_hex": old.hex(), "new_public_hex": new.hex(), "device_id": device,
        "new_x25519_public_hex": xpub.public_bytes_raw().hex(), "new_age_recipient": recipient,
        "old_fingerprint": fpr(old), "new_fingerprint": fpr(new), "from_sequence": 2,
        "body": L.sv.jcs(body()), "signed_message_hex": msg.hex(),
        "old_signature_hex": s_old.hex(), "new_signature_hex": s_new.hex(), "file": text,
        "hq_applies": "ok",
    })

    def fail(name: str, file: str, error: str, comment: str, **extra: Any) -> None:
        L.put("rotation", f"fail-{name}", {"comment": comment, "expect": "error", "error": error,
                                           "file": file, **extra})

    signed = json.loads(text)
    for which in ("old", "new"):
        bad = {**signed, f"{which}_signature": L.b64(bytes([s_old[0] ^ 1]) + s_old[1:] if which == "old"
                                                     else bytes([s_new[0] ^ 1]) + s_new[1:])}
        fail(f"bad-{which}-signature", json.dumps(bad, indent=1), "RotationInvalid",
             f"one bit of the {which} key's signature flipped", detail=f"not signed by the {which} key")
    other = L.fixed("other device", 32)
    fail("not-signed-by-old-key", statement(body(), old_seed=other)[0], "RotationInvalid",
         "the old signature is by another key than old_signing_key", detail="not signed by the old key")
    fail("enrolment-context", statement(body(), context=b"FieldDoc enrolment v1\x00")[0], "RotationInvalid",
         "both signatures over the enrolment context instead of the rotation context",
         detail="not signed by the old key")
    fail("new-key-is-old-key", statement(body(new_signing_key=L.b64(old), new_fingerprint=fpr(old)),
                                         new_seed=old_seed)[0],
         "RotationInvalid", "new_signing_key equals old_signing_key (both signatures valid)",
         detail="the new key is the old key")
    fail("wrong-fingerprint", statement(body(new_fingerprint=fpr(old)))[0], "RotationInvalid",
         "signed, but new_fingerprint is the old key's",
         detail="fingerprints do not match")
    fail("unknown-member", statement(body(note="x"))[0], "RotationInvalid",
         "a member version 1 does not define", detail="unexpected fields")
    missing = body()
    del missing["created_at"]
    fail("missing-member", statement(missing)[0], "RotationInvalid", "created_at left out (and not signed)")
    fail("from-sequence-zero", statement(body(from_sequence=0))[0], "RotationInvalid", "from_sequence 0")
    fail("from-sequence-too-large", statement(body(from_sequence=2**31))[0], "RotationInvalid",
         "from_sequence 2^31")
    fail("wrong-type", statement(body(type="fielddoc-enrolment"))[0], "RotationInvalid",
         "type is not fielddoc-key-rotation")
    fail("unpadded-base64", json.dumps({**signed, "old_signing_key": L.b64(old).rstrip("=")}, indent=1),
         "RotationInvalid", "a key without its base64 padding")
    fail("truncated", text[: len(text) // 2], "RotationInvalid", "the file cut in half (not JSON)")
    # what HQ does with a statement that reads (bundle-format.md §1)
    fail("hq-unknown-device", statement(body(device=L.key_id(L.pub_of(other))))[0], "UnknownDeviceId",
         "a valid statement for a device id HQ never enrolled", stage="hq")
    stranger = L.pub_of(other)
    fail("hq-old-key-not-registered",
         statement(body(old_signing_key=L.b64(stranger), old_fingerprint=fpr(stranger)), old_seed=other)[0],
         "RotationRefused", "valid, but its old key is not the key HQ has for the device", stage="hq",
         detail="its old key is not the key HQ has")
    fail("hq-holds-later-bundle", statement(body(from_sequence=1))[0], "RotationRefused",
         "HQ already holds bundle 1 (bundle/export.json), which the old key signed: from_sequence 1 "
         "would hand it to the new key", stage="hq", hq_holds="bundle/export.json",
         detail="already holds bundle 1")


def briefing_vectors(L: ModuleType) -> None:
    """briefing.md: kind 3, HQ's key, one device, a numbered chain."""
    hq_pub = L.pub_of(L.HQ_SIGNING)
    hq_id = L.key_id(hq_pub)
    device = L.key_id(L.pub_of(L.DEVICE))
    r1, v1 = L.record("per-brief-1", "person", {"id": "per-brief-1", "name": "A defendant",
                                                "confidentiality": "organisation"}, hq_id)
    r2, v2 = L.record("case-brief-1", "case", {"id": "case-brief-1", "title": "A case",
                                               "confidentiality": "organisation"}, hq_id)
    frames = [L.frame(1, r1), L.frame(1, r2)]
    end = L.frame(3, b"")

    def manifest(**over: Any) -> dict[str, Any]:
        m: dict[str, Any] = {
            "format": "fielddoc-bundle", "version": 1, "type": "briefing",
            "briefing_id": "01900000-0000-7000-8000-00000000bb01", "hq": L.HQ_FP, "device": device,
            "monitor_id": "p-mon", "sequence": 1, "previous": None, "created_at": L.AT,
            "counts": {"revisions": 2}, "revisions": [v1["revision_hash"], v2["revision_hash"]],
            "records_sha256": hashlib.sha256(b"".join(frames)).hexdigest(), "extra_parents": [],
            "hearings": [], "vocabularies": None, "software": "fielddoc spec vectors",
        }
        m.update(over)
        return m

    def plain(m: dict[str, Any], body: list[bytes], *, seed: bytes = L.HQ_SIGNING, kind: int = 3,
              context: bytes = BRIEFING_CONTEXT, flip: bool = False) -> tuple[bytes, bytes, bytes, bytes]:
        mb = L.sv.jcs(m).encode("utf-8")
        msg = context + hashlib.sha256(mb).digest()
        sig = _sign(seed, msg)
        if flip:
            sig = bytes([sig[0] ^ 1]) + sig[1:]
        return L.preamble(kind, L.pub_of(seed), sig, len(mb)) + mb + b"".join(body), mb, msg, sig

    full = frames + [end]
    p, mb, msg, sig = plain(manifest(), full)
    first = hashlib.sha256(mb).hexdigest()
    keys = {"hq_signing_seed_b64": L.KEYS["hq_signing_key"], "hq_public_hex": hq_pub.hex(),
            "hq_card_fingerprint": L.HQ_FP, "device_id": device}
    L.put("briefing", "briefing", {
        "comment": "HQ of tests/data/bundle-vectors/keys.json briefs the device device_enrolled: "
        "2 RECORD frames (revisions by HQ), END. The plaintext is sealed with age to the device",
        "expect": "ok", **keys, "records": [v1, v2], "records_sha256_input_hex": b"".join(frames).hex(),
        "manifest": mb.decode("utf-8"), "signed_message_hex": msg.hex(), "signature_hex": sig.hex(),
        "briefing_hash": first, "preamble_hex": p[:110].hex(), "plaintext_hex": p.hex(),
        "chain_before": None, "chain_after": {"sequence": 1, "hash": first},
    })

    def ok(name: str, m: dict[str, Any], chain: dict[str, Any] | None, comment: str, **extra: Any) -> None:
        pt, mb2, _, _ = plain(m, full)
        h = hashlib.sha256(mb2).hexdigest()
        L.put("briefing", name, {"comment": comment, "expect": "ok", **keys, "briefing_hash": h,
                                 "plaintext_hex": pt.hex(), "chain_before": chain, **extra})

    ok("already-imported", manifest(), {"sequence": 1, "hash": first},
       "the same briefing again: read to the end, nothing changes", already_imported=True,
       chain_after={"sequence": 1, "hash": first})
    third = manifest(sequence=3, previous="ab" * 32, briefing_id="01900000-0000-7000-8000-00000000bb03")
    ok("gap", third, {"sequence": 1, "hash": first}, "briefing 3 after briefing 1: accepted, one reported "
       "missing (previous is not checked across a gap)", missing=1,
       chain_after={"sequence": 3, "hash": hashlib.sha256(L.sv.jcs(third).encode()).hexdigest()})

    # §3.1: vocabulary updates, applied to a device that holds nothing yet (no case uses a tag)
    kg = {"id": "KG-CC-2021", "country": "KG", "kind": "criminal",
          "title": {"en": "Criminal Code of the Kyrgyz Republic (2021)",
                    "ru": "Уголовный кодекс Кыргызской Республики (2021)"},
          "in_force_from": "2021-12-01", "in_force_to": None}
    shipped = {"id": "KZ-CC-2014", "country": "KZ", "kind": "criminal",
               "title": {"en": "Not the shipped title"}, "in_force_from": None, "in_force_to": None}
    vocab = {"tags": ["zhanaozen", "Trade union"], "legal_codes": [kg, shipped]}
    with_vocab = manifest(vocabularies=vocab)
    ok("vocabularies", with_vocab, None, "briefing 1 with vocabulary updates: two tags, a new legal code "
       "(added) and one of the registry FieldDoc ships (its shipped entry is kept, HQ's ignored)",
       chain_after={"sequence": 1, "hash": hashlib.sha256(L.sv.jcs(with_vocab).encode()).hexdigest()},
       vocabulary_after={"tags": ["zhanaozen", "Trade union"], "legal_codes": {"KG-CC-2021": kg}},
       vocabulary_report={"tags_added": ["zhanaozen", "Trade union"], "codes_added": ["KG-CC-2021"],
                          "codes_updated": [], "codes_kept": ["KZ-CC-2014"]})

    def fail(name: str, pt: bytes, error: str, comment: str, **extra: Any) -> None:
        L.put("briefing", f"fail-{name}", {"comment": comment, "expect": "error", "error": error,
                                           "plaintext_hex": pt.hex(), "chain_before": None, **keys, **extra})

    second = manifest(sequence=2, previous=first, briefing_id="01900000-0000-7000-8000-00000000bb02")
    fail("bad-signature", plain(manifest(), full, flip=True)[0], "SignatureInvalid",
         "one bit of the signature flipped")
    fail("export-context", plain(manifest(), full, context=L.CONTEXT[1])[0], "SignatureInvalid",
         "signed with the export-bundle context")
    fail("receipt-context", plain(manifest(), full, context=L.CONTEXT[2])[0], "SignatureInvalid",
         "signed with the receipt context")
    fail("export-kind", plain(manifest(), full, kind=1, context=L.CONTEXT[1])[0], "BriefingRejected",
         "kind byte 1 (an export bundle), correctly signed as one", detail="not a briefing")
    other = L.fixed("other device", 32)
    fail("not-hq-key", plain(manifest(), full, seed=other)[0], "BriefingRejected",
         "signed by a key that is not on any of the device's recipient cards",
         detail="not signed by the key of any of your HQ recipient cards")
    fail("other-device", plain(manifest(device=L.key_id(L.pub_of(other))), full)[0], "BriefingRejected",
         "manifest.device names another device",
         detail="written for another device")
    fail("other-hq-card", plain(manifest(hq="AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA"), full)[0],
         "BriefingRejected", "manifest.hq is not the fingerprint of a card of the signing key",
         detail="the HQ card it names is not a card of the key that signed it")
    fail("not-for-this-device", plain(manifest(), full)[0], "BriefingRejected",
         "a valid briefing sealed to another age recipient", sealed_to="another device",
         detail="not encrypted to this device")
    fail("replay", plain(second, full)[0], "BriefingReplay",
         "briefing 2 when the device already imported briefing 2 (another file)",
         chain_before={"sequence": 2, "hash": "cd" * 32})
    fail("fork", plain(second, full)[0], "BriefingFork",
         "briefing 2 whose previous is not the hash of the briefing 1 the device holds",
         chain_before={"sequence": 1, "hash": "cd" * 32})
    fail("unknown-frame", plain(manifest(), frames + [L.frame(4, b"x"), end])[0], "BundleCorrupt",
         "a frame of type 4 before END")
    fail("file-frame", plain(manifest(), frames + [L.frame(2, b"x"), end])[0], "BundleCorrupt",
         "a FILE frame (a briefing has none)")
    fail("missing-end", plain(manifest(), frames)[0], "BundleCorrupt", "no END frame")
    fail("truncated", plain(manifest(), full)[0][:-12], "BundleCorrupt", "cut inside the last RECORD frame")
    fail("after-end", plain(manifest(), full + [b"\x00"])[0], "BundleCorrupt", "a byte after END")
    fail("records-reordered", plain(manifest(), [frames[1], frames[0], end])[0], "ContentMismatch",
         "the two RECORD frames swapped")
    fail("records-sha256", plain(manifest(records_sha256="0" * 64), full)[0], "ContentMismatch",
         "records_sha256 does not match the RECORD frames")
    fail("unknown-manifest-key", plain(manifest(x_extra=1), full)[0], "MalformedContent",
         "a manifest key version 1 does not define")
    fail("manifest-count", plain(manifest(counts={"revisions": 3}), full)[0], "MalformedContent",
         "counts.revisions differs from the length of revisions")
    fail("export-type", plain(manifest(type="export"), full)[0], "MalformedContent",
         "type 'export' in a kind 3 file")
    fail("vocabularies-unknown-member", plain(manifest(vocabularies={"tags": ["a"], "courts": []}), full)[0],
         "MalformedContent", "vocabularies has a member version 1 does not define")
    fail("vocabularies-duplicate-tag", plain(manifest(vocabularies={"tags": ["Labour", "labour"]}), full)[0],
         "MalformedContent", "the same tag twice (compared case-insensitively)")
    fail("vocabularies-code-extra-key",
         plain(manifest(vocabularies={"legal_codes": [{**kg, "extremist": True}]}), full)[0],
         "MalformedContent", "a legal code with a key version 1 does not define")


def build(L: ModuleType) -> None:
    rotation_vectors(L)
    briefing_vectors(L)
