"""The merge rule at HQ as a pure function: heads of a record's revision set."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from fielddoc.hq.merge import Rev, heads


def rev(h, dev, n, parent=None, at=None, op="update"):
    return Rev(
        hash=h,
        parent=parent,
        device_id=dev,
        revision=n,
        at=at or f"2026-01-0{n}T00:00:00+00:00",
        op=op,
        kind="case",
    )


def docs(mapping):
    return lambda h: mapping.get(h, h)


def test_linear_history_has_one_head():
    revs = [rev("a1", "A", 1, op="create"), rev("a2", "A", 2, "a1"), rev("a3", "A", 3, "a2")]
    assert [h.hash for h in heads(revs, {}, docs({}))] == ["a3"]


def test_withheld_revision_does_not_split():
    revs = [rev("a1", "A", 1, op="create"), rev("a3", "A", 3, "a2-withheld")]
    assert [h.hash for h in heads(revs, {}, docs({}))] == ["a3"]


def test_two_devices_two_heads_latest_shown_first():
    revs = [
        rev("a1", "A", 1, op="import", at="2026-01-01T00:00:00+00:00"),
        rev("a2", "A", 2, "a1", at="2026-01-03T00:00:00+00:00"),
        rev("b1", "B", 1, op="import", at="2026-01-01T00:00:00+00:00"),
        rev("b2", "B", 2, "b1", at="2026-01-02T00:00:00+00:00"),
    ]
    assert [h.hash for h in heads(revs, {}, docs({}))] == ["a2", "b2"]


def test_unchanged_import_copy_is_not_a_conflict():
    revs = [rev("a1", "A", 1, op="import"), rev("a2", "A", 2, "a1"), rev("b1", "B", 1, op="import")]
    same = docs({"a1": "D0", "b1": "D0", "a2": "D1"})
    assert [h.hash for h in heads(revs, {}, same)] == ["a2"]
    both_untouched = [rev("a1", "A", 1, op="import"), rev("b1", "B", 1, op="import")]
    assert len(heads(both_untouched, {}, docs({"a1": "D0", "b1": "D0"}))) == 1
    differ = docs({"a1": "D0", "b1": "DX", "a2": "D1"})
    assert len(heads(revs, {}, differ)) == 2


def test_resolution_merges_heads_and_later_edit_conflicts_again():
    base = [
        rev("a1", "A", 1, op="import"),
        rev("a2", "A", 2, "a1"),
        rev("b1", "B", 1, op="import"),
        rev("b2", "B", 2, "b1"),
    ]
    resolved = base + [rev("h3", "HQ", 3, "a2", at="2026-02-01T00:00:00+00:00", op="resolve")]
    extra = {"h3": ["b2"]}
    d = docs({"a1": "D0", "b1": "D0"})
    assert [h.hash for h in heads(resolved, extra, d)] == ["h3"]
    later = resolved + [rev("a3", "A", 3, "a2", at="2026-01-05T00:00:00+00:00")]
    assert {h.hash for h in heads(later, extra, d)} == {"h3", "a3"}


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 4), st.integers(1, 4), st.integers(0, 2**32), st.booleans())
def test_heads_do_not_depend_on_order(na, nb, seed, same_base):
    rng = random.Random(seed)
    revs = []
    for dev, n in (("A", na), ("B", nb)):
        prev = None
        for i in range(1, n + 1):
            h = f"{dev.lower()}{i}"
            revs.append(
                rev(
                    h,
                    dev,
                    i,
                    prev,
                    at=f"2026-01-{rng.randint(10, 28)}T00:00:00+00:00",
                    op="import" if i == 1 else "update",
                )
            )
            prev = h
    mapping = {"a1": "D0", "b1": "D0" if same_base else "D9"}
    want = [h.hash for h in heads(list(revs), {}, docs(mapping))]
    for _ in range(5):
        rng.shuffle(revs)
        assert [h.hash for h in heads(list(revs), {}, docs(mapping))] == want
