"""Property-based tests of the JSON importer: any input is either imported whole
or refused with a FieldDoc error, and a refusal writes nothing (security test 21)."""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from fielddoc import errors
from fielddoc.records import interchange
from tests.conftest import ACCEPTANCE

BASE = json.loads(ACCEPTANCE.read_text("utf-8"))
KEYS = [k for k in BASE if k != "meta"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children,
                                                                      max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_parse_random_bytes(raw):
    try:
        interchange.parse_json_bytes(raw)
    except errors.InputFileError:
        pass


def _mutations():
    key = st.sampled_from(KEYS)
    return st.tuples(key, st.integers(0, 1000), st.text(max_size=20), json_values)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(muts=st.lists(_mutations(), min_size=1, max_size=3))
def test_mutated_acceptance_set_imports_whole_or_not_at_all(rec, vault, muts):
    data = copy.deepcopy(BASE)
    for key, idx, field, value in muts:
        records = data[key]
        r = records[idx % len(records)]
        if field:
            r[field] = value
        else:
            r.pop("id", None)
    with vault.engine.connect() as conn:
        before = conn.execute(text("select count(*) from revisions")).scalar()
    try:
        interchange.import_dataset(rec, data)
    except errors.ValidationError as exc:
        assert exc.problems
        assert all(p.record_id and p.field for p in exc.problems)
        with vault.engine.connect() as conn:
            assert conn.execute(text("select count(*) from revisions")).scalar() == before
        return
    # Accepted: what went in comes back out.
    out = interchange.export_dataset(rec)
    for key in KEYS:
        by_id = {r.get("id"): r for r in out.get(key, [])}
        for r in data[key]:
            if "id" in r:
                assert by_id[r["id"]] == r


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=json_values)
def test_arbitrary_top_level_refused_cleanly(rec, doc):
    try:
        interchange.import_dataset(rec, doc)
    except errors.ValidationError:
        pass
