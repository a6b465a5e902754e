"""schema.analyse / analyse_dataset: one walk that must agree with the separate functions.

Also the fast paths the bulk imports rely on: canonical hashes without building
dicts, cached date checks, the paused garbage collector, sorted full-text rows.
"""

from __future__ import annotations

import copy
import gc
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fielddoc.records import canonical, dates, schema
from fielddoc.records.schema_fields import COMMON, FIELDS
from fielddoc.records.service import paused_gc


def _p(problems):
    """Problems as comparable values (Problem has no __eq__)."""
    return [(p.record_id, p.field, p.problem, p.params) for p in problems]


def _separately(kind, doc, *, label=None, draft=None):
    """What analyse() must return, from the functions it replaces (one walk each)."""
    cols = schema.summary_columns(kind, doc)
    return {
        "problems": _p(schema.validate_record(kind, doc, record_label=label, draft=draft)),
        "refs": schema.references(kind, doc),
        "ids": schema.nested_ids(kind, doc),
        "unknown": schema.unknown_fields(kind, doc),
        "text": schema.text_of(kind, doc),
        "title": cols["title"] or "",
        "date_sort": cols["date_sort"],
        "case_id": cols["case_id"],
        "confidentiality": schema.effective_confidentiality(doc),
    }


def _together(kind, doc, *, label=None, draft=None):
    a = schema.analyse(kind, doc, label=label, draft=draft)
    assert a.summary == {"title": a.title, "date_sort": a.date_sort, "case_id": a.case_id}
    return {
        "problems": _p(a.problems),
        "refs": a.refs,
        "ids": a.ids,
        "unknown": a.unknown,
        "text": a.text,
        "title": a.title,
        "date_sort": a.date_sort,
        "case_id": a.case_id,
        "confidentiality": a.confidentiality,
    }


def _records(data):
    for key, docs in data.items():
        if key != "meta":
            for i, doc in enumerate(docs):
                yield key, i, schema.KINDS[key], doc


def test_analyse_agrees_on_the_acceptance_data(acceptance):
    n = 0
    for _key, _i, kind, doc in _records(acceptance):
        for draft in (None, True, False):
            assert _together(kind, doc, draft=draft) == _separately(kind, doc, draft=draft)
        n += 1
    assert n == 107


def test_analyse_agrees_on_broken_acceptance_records(acceptance):
    """Every record with a wrong value in each of its fields in turn."""
    bad_values = [None, 7, -1.5, True, "", "\x00", "not-a-code", [], {}, ["x"], {"value": "2012-13-01"},
                  "2012-02-30", "x" * 300, [{"a": None}]]
    checked = 0
    for _key, _i, kind, doc in _records(acceptance):
        for field in list(doc)[:12]:
            for bad in bad_values:
                broken = {**doc, field: bad}
                assert _together(kind, broken) == _separately(kind, broken)
                checked += 1
    assert checked > 5000


@pytest.mark.parametrize("doc", [None, 1, "x", [], [{"id": "a"}], {"id": 5}, {"id": "bad id!"}, {}])
@pytest.mark.parametrize("kind", ["person", "hearing", "involvement", "no-such-kind"])
def test_analyse_agrees_on_invalid_documents(kind, doc):
    for label in (None, "where[3]"):
        assert _together(kind, doc, label=label) == _separately(kind, doc, label=label)


def test_analyse_never_raises_and_reports_problems():
    a = schema.analyse("hearing", {"id": "h1", "date": "2012-02-30", "case_id": 5, "status": "nope"})
    assert {p.field for p in a.problems} >= {"date", "case_id", "status"}
    assert _p(a.problems) == _p(schema.validate_record(
        "hearing", {"id": "h1", "date": "2012-02-30", "case_id": 5, "status": "nope"}
    ))


def test_analyse_dataset_agrees_with_validate_dataset(acceptance):
    problems, analyses = schema.analyse_dataset(acceptance)
    assert problems == schema.validate_dataset(acceptance) == []
    keyed = {(key, i): (kind, doc) for key, i, kind, doc in _records(acceptance)}
    assert analyses.keys() == keyed.keys()
    for where, (kind, doc) in keyed.items():
        got = schema.analyse(kind, doc)
        assert got.problems == []
        assert analyses[where] == got


def test_analyse_dataset_with_problems(acceptance):
    data = copy.deepcopy(acceptance)
    data["persons"][0]["name"] = 12
    data["hearings"][0]["case_id"] = "no-such-case"
    data["cases"].append(copy.deepcopy(data["cases"][0]))  # a duplicate id
    problems, analyses = schema.analyse_dataset(data)
    assert problems and analyses == {}
    assert _p(problems) == _p(schema.validate_dataset(data))
    known = {"x": "person"}
    assert _p(schema.analyse_dataset(data, known)[0]) == _p(schema.validate_dataset(data, known))
    assert _p(schema.analyse_dataset([1, 2])[0]) == _p(schema.validate_dataset([1, 2]))


# -- property test: random documents ------------------------------------------------------------
_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["2012-03-28", "2012-02-30", "2011-12-16T10:00+05:00", "x y", "", "per-1", "case-1",
                     "organisation", "AMBER", "RED", "device_only", "held", "030000000000", "ru", "KZ"]),
)
_json = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def _docs(draw):
    kind = draw(st.sampled_from(sorted(FIELDS)))
    names = sorted({*COMMON, *FIELDS[kind]})
    doc = draw(st.dictionaries(st.one_of(st.sampled_from(names), st.text(max_size=6)), _json, max_size=8))
    if draw(st.booleans()):
        doc["id"] = draw(st.sampled_from(["r-1", "bad id", "", "x" * 129]))
    return kind, doc


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_docs(), st.sampled_from([None, True, False]))
def test_analyse_agrees_on_random_documents(kind_doc, draft):
    kind, doc = kind_doc
    assert _together(kind, doc, draft=draft) == _separately(kind, doc, draft=draft)
    # and a dataset made of it agrees with validate_dataset
    data = {schema.KEYS[kind]: [doc]}
    assert _p(schema.analyse_dataset(data)[0]) == _p(schema.validate_dataset(data))


# -- canonical hashes without building the dict ------------------------------------------------
def _slow_revision_hash(v, **k):
    head = canonical.encoder(v)({
        "v": v, "record_id": k["record_id"], "kind": k["kind"], "revision": k["revision"],
        "parent": k["parent_hash"], "op": k["op"], "device_id": k["device_id"], "author": k["author"],
        "at": k["at"],
    })  # fmt: skip
    return canonical.sha256_hex(head + b"\n" + k["doc_json"].encode("utf-8"))


def _slow_audit_hash(v, **k):
    return canonical.sha256_hex(canonical.encoder(v)({
        "v": v, "prev": k["prev_hash"], "seq": k["seq"], "at": k["at"], "device_id": k["device_id"],
        "actor": k["actor"], "action": k["action"], "record_id": k["record_id"],
        "revision_hash": k["revision_hash"], "detail": k["detail"],
    }))  # fmt: skip


def _outcome(fn, *args, **kw):
    try:
        return fn(*args, **kw)
    except ValueError as exc:  # CanonicalJSONError (an integer beyond 2**53 - 1 in version 2)
        return type(exc)


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=10)


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({
    "record_id": _text, "kind": _text, "revision": st.one_of(st.integers(), st.booleans()),
    "parent_hash": st.one_of(st.none(), _text), "op": _text, "device_id": _text, "author": _text,
    "at": _text, "doc_json": _text,
}), st.sampled_from([1, 2]))  # fmt: skip
def test_revision_hash_is_the_canonical_one(k, v):
    assert _outcome(canonical.revision_hash, v=v, **k) == _outcome(_slow_revision_hash, v, **k)


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({
    "prev_hash": _text, "seq": st.one_of(st.integers(), st.booleans()), "at": _text, "device_id": _text,
    "actor": _text, "action": _text, "record_id": st.one_of(st.none(), _text),
    "revision_hash": st.one_of(st.none(), _text), "detail": _text,
}), st.sampled_from([1, 2]))  # fmt: skip
def test_audit_hash_is_the_canonical_one(k, v):
    assert _outcome(canonical.audit_hash, v=v, **k) == _outcome(_slow_audit_hash, v, **k)


@given(_json)
@settings(max_examples=200, deadline=None)
def test_legacy_canonical_is_json_dumps(value):
    """Version 1 (docs/spec/canonical-json.md §5) is exactly what FieldDoc 0.1.0 wrote."""
    try:
        want = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                          allow_nan=False).encode("utf-8")
    except (ValueError, TypeError):
        with pytest.raises((ValueError, TypeError)):
            canonical.canonical_v1(value)
    else:
        assert canonical.canonical_v1(value) == want


def test_dumps_still_refuses_lone_surrogates():
    with pytest.raises(ValueError):
        canonical.dumps({"a": "\ud800"})
    with pytest.raises(ValueError):
        canonical.dumps_v1({"a": "\ud800"})


# -- cached date checks -----------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["2012-03-28", "2012-02-30", "0000", "2012-13", "x", "2011-12-16T10:00",
                                   "2011-12-16T25:00+05:00", "2012-03-28T10:00+05:00"])
def test_cached_date_checks_agree_and_hand_out_their_own_params(value):
    for precision in (None, "day", "month", "minute"):
        first = dates.check_edtf(value, precision)
        assert first == dates._check_edtf_uncached(value, precision)
        if first is not None:
            first.params["value"] = "changed"
            assert dates.check_edtf(value, precision) == dates._check_edtf_uncached(value, precision)
    assert dates.check_plain_date(value) == dates._check_plain_date_uncached(value)
    assert dates.sort_key(value) == dates._sort_key(value)


def test_long_strings_are_not_cached():
    dates._check_plain_date_cached.cache_clear()
    dates._sort_key_cached.cache_clear()
    dates._check_edtf_cached.cache_clear()
    huge = "2012-03-28" + "x" * 100_000
    assert dates.check_plain_date(huge) is not None and dates.sort_key(huge) is None
    assert dates.check_edtf(huge, "day") is not None
    for cached in (dates._check_plain_date_cached, dates._sort_key_cached, dates._check_edtf_cached):
        assert cached.cache_info().currsize == 0


def test_date_checks_of_non_strings_are_not_cached():
    class Text(str):
        pass

    assert dates.check_plain_date(Text("2012-03-28")) is None
    assert dates.check_edtf(["2012"]) is not None
    assert dates.sort_key({"value": "2012-03", "precision": "month"}) == "2012-03"


# -- the paused collector --------------------------------------------------------------------------
def test_paused_gc_nests_and_restores():
    was = gc.isenabled()  # off after GUI tests ran in this process (gui/gc_guard.py)
    gc.enable()
    try:
        _nests_and_restores()
    finally:
        (gc.enable if was else gc.disable)()


def _nests_and_restores():
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused_gc():
        raise RuntimeError
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()
    assert gc.isenabled()
