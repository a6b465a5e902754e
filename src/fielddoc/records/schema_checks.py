"""Building blocks of the record schema: size limits and field checkers.

A *checker* is ``check(value, ctx, path) -> None``: it reports problems to the
:class:`Ctx`, and while it walks it also collects what the rest of the
application needs from a record: references (``*_id`` / ``*_ids``), nested
ids (Acts), human text for the full-text index, and the paths of fields the
schema does not know. One walk serves validation, ``references()`` and
``text_of()`` (``schema.analyse()`` returns all of it at once). Checkers never
raise on any input.

Limits (documented constants, applied inside every record):

- ids: 1–128 characters of ``[A-Za-z0-9._:-]``;
- strings: at most 1 MiB of UTF-8, no NUL, no lone surrogates; object keys at
  most 256 characters;
- arrays: at most 10,000 items;
- nesting: at most 16 levels of objects/arrays, the record itself being level 1;
- numbers: finite, at most 2**53 - 1 in magnitude (exact in RFC 8785 canonical JSON);
- ``null`` for an optional field means "not recorded / unknown" and is accepted.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from fielddoc.errors import Problem
from fielddoc.records import dates, huridocs, vocab

MAX_ID_CHARS = 128
MAX_STRING_BYTES = 1 << 20
MAX_KEY_CHARS = 256
MAX_ITEMS = 10_000
MAX_DEPTH = 16
#: Numbers must fit RFC 8785 canonical JSON exactly (ECMAScript's Number.MAX_SAFE_INTEGER).
MAX_INT = (1 << 53) - 1
MAX_PROBLEMS = 1000

ID_RE = re.compile(r"\A[A-Za-z0-9._:-]{1,128}\Z")
_BAD_CHARS = re.compile("[\x00\ud800-\udfff]")
LANG_RE = re.compile(r"\A[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*\Z")
_COUNTRY_RE = re.compile(r"\A[A-Z]{2}\Z")
_SUBDIV_RE = re.compile(r"\A[A-Z]{2}-[A-Z0-9]{1,3}\Z")
_SHA256_RE = re.compile(r"\A[0-9a-fA-F]{64}\Z")
_SHA512_RE = re.compile(r"\A[0-9a-fA-F]{128}\Z")
_MIME_RE = re.compile(r"\A[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(;.*)?\Z")

Kinds = frozenset[str] | None


class Ref(NamedTuple):
    path: str
    target: str
    kinds: Kinds  # record kinds the reference may point to (None: any)


class Sink:
    """Collects problems up to a limit (shared by all records of a dataset)."""

    def __init__(self, limit: int = MAX_PROBLEMS, keep: bool = True) -> None:
        self.problems: list[Problem] = []
        self.limit = limit
        self.keep = keep
        self.count = 0

    @property
    def full(self) -> bool:
        return self.count >= self.limit

    def add(self, problem: Problem) -> None:
        self.count += 1
        if self.keep and len(self.problems) < self.limit:
            self.problems.append(problem)


@dataclass
class Ctx:
    rid: str
    sink: Sink = field(default_factory=Sink)
    refs: list[Ref] = field(default_factory=list)
    ids: list[tuple[str, str, str]] = field(default_factory=list)  # (path, id, kind)
    texts: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    depth: int = 0
    failed: bool = False
    #: check HURIDOCS codes for membership in their list (False: only their 12-digit form, for
    #: signed revisions that travel as written; docs/data-model.md §1.2)
    members: bool = True

    def add(self, path: str, problem: str, **params: Any) -> None:
        self.failed = True
        self.sink.add(Problem(self.rid, path or "(record)", problem, **params))


Check = Callable[[Any, Ctx, str], None]


def described(check: Check, text: str, **shape: Any) -> Check:
    """Attach what ``check`` accepts, for docs/data-model.md (records/schema_doc.py renders it).

    ``text`` is the reader's description; ``shape`` holds the structure the renderer walks
    (``fields``/``required`` of an object, ``item`` of a list, ``vocab`` of a code list).
    """
    setattr(check, "fd_doc", text)  # noqa: B010 - functions take attributes; Callable types do not say so
    setattr(check, "fd_shape", shape)  # noqa: B010
    return check


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def short(value: object) -> str:
    """A value fit for a Problem parameter: at most 40 characters."""
    text = value if isinstance(value, str) else type_name(value)
    return text if len(text) <= 40 else text[:39] + "…"


def type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a non-JSON value"


def _allowed(codes: tuple[str, ...]) -> str:
    if len(codes) <= 16:
        return ", ".join(codes)
    return ", ".join(codes[:12]) + f", … ({len(codes)} in all)"


def wrong_type(ctx: Ctx, path: str, expected: str, value: object) -> None:
    ctx.add(path, "must be {expected}, not {got}", expected=expected, got=type_name(value))


# -- strings and generic JSON ---------------------------------------------------
def string_ok(s: str, ctx: Ctx, path: str, max_bytes: int = MAX_STRING_BYTES) -> bool:
    if len(s) * 4 <= max_bytes and _BAD_CHARS.search(s) is None:
        return True  # the usual case: clean, and short enough whatever its UTF-8 size
    bad = _BAD_CHARS.search(s)
    if bad is not None:
        if bad.group() == "\x00":
            ctx.add(path, "contains a NUL character, which is not allowed in text")
        else:
            ctx.add(path, "contains an invalid character (a lone UTF-16 surrogate)")
        return False
    if len(s) * 4 > max_bytes:
        size = len(s.encode("utf-8"))
        if size > max_bytes:
            ctx.add(path, "is {size} bytes long; at most {max} are allowed", size=size, max=max_bytes)
            return False
    return True


def want_str(value: object, ctx: Ctx, path: str) -> bool:
    if not isinstance(value, str):
        wrong_type(ctx, path, "a string", value)
        return False
    return string_ok(value, ctx, path)


def number_ok(value: object, ctx: Ctx, path: str) -> bool:
    if isinstance(value, float) and not math.isfinite(value):
        ctx.add(path, "must be a finite number")
        return False
    if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) > MAX_INT:
        ctx.add(path, "is too large (at most {max} in magnitude)", max=MAX_INT)
        return False
    return True


def _enter(ctx: Ctx, path: str) -> bool:
    ctx.depth += 1
    if ctx.depth > MAX_DEPTH:
        ctx.add(path, "is nested more than {max} levels deep", max=MAX_DEPTH)
        ctx.depth -= 1
        return False
    return True


def key_ok(key: object, ctx: Ctx, path: str) -> bool:
    if not isinstance(key, str):
        ctx.add(path, "object keys must be strings")
        return False
    if len(key) > MAX_KEY_CHARS:
        ctx.add(path, "has a key of {size} characters; at most {max} are allowed", size=len(key),
                max=MAX_KEY_CHARS)
        return False
    return string_ok(key, ctx, path)


def json_value(value: Any, ctx: Ctx, path: str, collect: bool = False) -> None:
    """Any JSON value within the limits (used for fields the schema does not know)."""
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, str):
        if string_ok(value, ctx, path) and collect and value.strip():
            ctx.texts.append(value)
    elif isinstance(value, int | float):
        number_ok(value, ctx, path)
    elif isinstance(value, list):
        if not _list_len_ok(value, ctx, path) or not _enter(ctx, path):
            return
        for i, item in enumerate(value):
            json_value(item, ctx, f"{path}[{i}]", collect)
        ctx.depth -= 1
    elif isinstance(value, dict):
        if not _enter(ctx, path):
            return
        for k, v in value.items():
            if key_ok(k, ctx, path):
                json_value(v, ctx, join(path, k), collect)
        ctx.depth -= 1
    else:
        ctx.add(path, "is not a JSON value ({got})", got=type(value).__name__[:40])


def ANY(value: Any, ctx: Ctx, path: str) -> None:  # noqa: N802 - checker constant style
    """Any JSON value, not indexed (e.g. encrypted contact data, EXIF)."""
    json_value(value, ctx, path)


def _list_len_ok(value: list[Any], ctx: Ctx, path: str) -> bool:
    if len(value) > MAX_ITEMS:
        ctx.add(path, "has {count} items; at most {max} are allowed", count=len(value), max=MAX_ITEMS)
        return False
    return True


# -- combinators ------------------------------------------------------------------
def obj(
    fields: Mapping[str, Check],
    required: tuple[str, ...] = (),
    after: Callable[[dict[str, Any], Ctx, str], None] | None = None,
) -> Check:
    """An object with known ``fields``; unknown keys are kept, checked as JSON, indexed as text."""
    fields = dict(fields)
    for name in fields:  # a known field name is a valid key: key_ok() need not look at it again
        if not (isinstance(name, str) and len(name) <= MAX_KEY_CHARS and not _BAD_CHARS.search(name)):
            raise ValueError(f"bad field name in the schema: {name!r}")

    def check(value: Any, ctx: Ctx, path: str) -> None:
        if not isinstance(value, dict):
            wrong_type(ctx, path, "an object", value)
            return
        if not _enter(ctx, path):
            return
        for key in required:
            if value.get(key) is None:
                ctx.add(join(path, key), "is required")
        for k, v in value.items():
            checker = fields.get(k)
            if checker is not None:  # a known field (str, a valid key)
                if v is not None:
                    checker(v, ctx, f"{path}.{k}" if path else k)
                continue
            if not key_ok(k, ctx, path):
                continue
            sub = join(path, k)
            ctx.unknown.append(sub)
            json_value(v, ctx, sub, collect=True)
        if after is not None:
            after(value, ctx, path)
        ctx.depth -= 1

    return described(check, "object", fields=fields, required=required)


def list_of(item: Check) -> Check:
    def check(value: Any, ctx: Ctx, path: str) -> None:
        if not isinstance(value, list):
            wrong_type(ctx, path, "a list", value)
            return
        if not _list_len_ok(value, ctx, path) or not _enter(ctx, path):
            return
        for i, v in enumerate(value):
            item(v, ctx, f"{path}[{i}]")
        ctx.depth -= 1

    return described(check, "list", item=item)


def dict_of(value_check: Check, key_regex: re.Pattern[str], key_hint: str) -> Check:
    """An object used as a map, e.g. ``names_i18n`` {language tag: name}."""

    def check(value: Any, ctx: Ctx, path: str) -> None:
        if not isinstance(value, dict):
            wrong_type(ctx, path, "an object", value)
            return
        if not _enter(ctx, path):
            return
        for k, v in value.items():
            if not key_ok(k, ctx, path):
                continue
            if key_regex.match(k) is None:
                ctx.add(path, "'{value}' is not {hint}", value=short(k), hint=key_hint)
            elif v is not None:
                value_check(v, ctx, join(path, k))
        ctx.depth -= 1

    return described(check, f"object whose keys are {key_hint}", item=value_check)


def any_of(expected: str, *checks: Check) -> Check:
    """The first checker that accepts the value wins; otherwise one 'must be …' problem."""

    def check(value: Any, ctx: Ctx, path: str) -> None:
        for c in checks:
            trial = Ctx(ctx.rid, Sink(limit=1, keep=False), depth=ctx.depth)
            c(value, trial, path)
            if not trial.failed:
                ctx.refs += trial.refs
                ctx.ids += trial.ids
                ctx.texts += trial.texts
                ctx.unknown += trial.unknown
                return
        wrong_type(ctx, path, expected, value)

    return described(check, expected)


# -- scalar checkers ----------------------------------------------------------------
def STR(value: Any, ctx: Ctx, path: str) -> None:  # noqa: N802
    want_str(value, ctx, path)


def TEXT(value: Any, ctx: Ctx, path: str) -> None:  # noqa: N802
    """Human text: also goes to the full-text index."""
    if want_str(value, ctx, path) and value.strip():
        ctx.texts.append(value)


def ID(value: Any, ctx: Ctx, path: str) -> None:  # noqa: N802
    if not isinstance(value, str):
        wrong_type(ctx, path, "a string id", value)
    elif ID_RE.match(value) is None:
        ctx.add(path, "'{value}' is not a valid id: use 1-128 letters, digits, '.', '_', ':' or '-'",
                value=short(value))


def ref(*kinds: str) -> Check:
    allowed: Kinds = frozenset(kinds) if kinds else None

    def check(value: Any, ctx: Ctx, path: str) -> None:
        before = ctx.failed
        ctx.failed = False
        ID(value, ctx, path)
        if not ctx.failed:
            ctx.refs.append(Ref(path, value, allowed))
        ctx.failed = ctx.failed or before

    article = "an" if kinds and kinds[0][0] in "aeiou" else "a"
    return described(check, f"id of {article} {' or '.join(kinds)} record" if kinds else "id of any record")


def refs(*kinds: str) -> Check:
    return list_of(ref(*kinds))


def nested_id(kind: str) -> Check:
    """The id of a record nested inside another (an Act inside an Incident)."""

    def check(value: Any, ctx: Ctx, path: str) -> None:
        before = ctx.failed
        ctx.failed = False
        ID(value, ctx, path)
        if not ctx.failed:
            ctx.ids.append((path, value, kind))
        ctx.failed = ctx.failed or before

    return described(check, f"id of this nested {kind} (unique across the data set)")


def BOOL(value: Any, ctx: Ctx, path: str) -> None:  # noqa: N802
    if isinstance(value, bool):
        return
    if isinstance(value, str) and value.strip().lower() == "unknown":
        ctx.add(path, "must be true, false or null: write null for 'unknown', not the string")
    else:
        wrong_type(ctx, path, "true, false or null", value)


def COUNT(value: Any, ctx: Ctx, path: str) -> None:  # noqa: N802
    if isinstance(value, bool) or not isinstance(value, int):
        wrong_type(ctx, path, "a whole number of 0 or more", value)
    elif number_ok(value, ctx, path) and value < 0:
        ctx.add(path, "must be 0 or more, not {value}", value=value)


def number(lo: float | None = None, hi: float | None = None) -> Check:
    def check(value: Any, ctx: Ctx, path: str) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            wrong_type(ctx, path, "a number", value)
            return
        if not number_ok(value, ctx, path):
            return
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            ctx.add(path, "{value} is outside the allowed range {lo} to {hi}", value=value,
                    lo="-∞" if lo is None else lo, hi="∞" if hi is None else hi)

    lo_text = "" if lo is None else f" ≥ {lo}"
    hi_text = "" if hi is None else f" ≤ {hi}"
    return described(check, f"number{lo_text}{',' if lo_text and hi_text else ''}{hi_text}")


def _code_checker(accept: Callable[[str], bool], template: str, allowed: str, doc: str = "code",
                  vocab_name: str | None = None) -> Check:
    """A vocabulary value: a bare code, or ``{scheme, code}`` (docs/data-model.md §1)."""

    def check_code(value: Any, ctx: Ctx, path: str) -> None:
        if not isinstance(value, str):
            wrong_type(ctx, path, "a code (string)", value)
        elif not accept(value):
            ctx.add(path, template, value=short(value), allowed=allowed)

    def check(value: Any, ctx: Ctx, path: str) -> None:
        if isinstance(value, dict):
            obj({"scheme": STR, "code": check_code}, required=("code",))(value, ctx, path)
        else:
            check_code(value, ctx, path)

    return described(check, doc, vocab=vocab_name)


def vocab_of(name: str) -> Check:
    codes = frozenset(vocab.VOCABS[name])  # vocab.is_code(name, v) for the strings check_code passes
    if name == "fair_trial_item":
        return _code_checker(codes.__contains__,
                             "'{value}' is not a fair-trial checklist item; item ids look like "
                             "'ft.public.public_admitted' (docs/data-model.md §6)", "",
                             doc=f"code from `{name}`", vocab_name=name)
    return _code_checker(codes.__contains__, "'{value}' is not one of: {allowed}",
                         _allowed(vocab.VOCABS[name]), doc=f"code from `{name}`", vocab_name=name)


HURIDOCS = _code_checker(vocab.is_huridocs_code,
                         "'{value}' is not a HURIDOCS code (12 digits, e.g. '030000000000')", "",
                         doc="HURIDOCS code (12 digits)")


def huridocs_in(list_no: str) -> Check:
    """A HURIDOCS code that is a member of list ``list_no`` as FieldDoc ships it.

    With ``ctx.members`` false (revisions carried in bundles and briefings, signed as they were
    written) only the 12-digit form is checked."""

    def check_code(value: Any, ctx: Ctx, path: str) -> None:
        if not isinstance(value, str):
            wrong_type(ctx, path, "a code (string)", value)
        elif not vocab.is_huridocs_code(value):
            ctx.add(path, "'{value}' is not a HURIDOCS code (12 digits, e.g. '030000000000')",
                    value=short(value))
        elif ctx.members and not huridocs.is_member(list_no, value):
            ctx.add(path, "'{value}' is not a code of HURIDOCS list {allowed}", value=short(value),
                    allowed=list_no)

    def check(value: Any, ctx: Ctx, path: str) -> None:
        if isinstance(value, dict):
            obj({"scheme": STR, "code": check_code}, required=("code",))(value, ctx, path)
        else:
            check_code(value, ctx, path)

    return described(check, f"code of HURIDOCS list {list_no}")


def huridocs_or(name: str) -> Check:
    """A HURIDOCS code (open) or one of the app's word codes for the same list."""
    codes = frozenset(vocab.VOCABS[name])
    return _code_checker(lambda v: vocab.is_huridocs_code(v) or v in codes,
                         "'{value}' is neither a HURIDOCS code (12 digits) nor one of: {allowed}",
                         _allowed(vocab.VOCABS[name]), doc=f"HURIDOCS code (12 digits) or code from `{name}`",
                         vocab_name=name)


def _pattern(regex: re.Pattern[str], template: str, doc: str) -> Check:
    def check(value: Any, ctx: Ctx, path: str) -> None:
        if want_str(value, ctx, path) and regex.match(value) is None:
            ctx.add(path, template, value=short(value))

    return described(check, doc)


LANG = _pattern(LANG_RE, "'{value}' is not a language tag such as 'ru', 'kk' or 'kk-Cyrl-KZ'",
                 "language tag (BCP 47), e.g. `ru`, `kk-Cyrl-KZ`")
COUNTRY = _pattern(_COUNTRY_RE, "'{value}' is not an ISO 3166-1 country code such as 'KZ'",
                    "ISO 3166-1 alpha-2 country code, e.g. `KZ`")
SUBDIVISION = _pattern(_SUBDIV_RE, "'{value}' is not an ISO 3166-2 code such as 'KZ-47'",
                        "ISO 3166-2 code, e.g. `KZ-47`")
SHA256 = _pattern(_SHA256_RE, "'{value}' is not a SHA-256 digest (64 hexadecimal characters)",
                   "SHA-256 digest, 64 lowercase or uppercase hex digits")
SHA512 = _pattern(_SHA512_RE, "'{value}' is not a SHA-512 digest (128 hexadecimal characters)",
                   "SHA-512 digest, 128 hex digits")
MIME = _pattern(_MIME_RE, "'{value}' is not a media type such as 'image/jpeg'",
                 "media type, e.g. `image/jpeg`")


_DATE_OBJECT = obj({"value": ANY, "precision": ANY, "is_estimate": ANY})


def _dated(fn: Callable[[Any], list[dates.DateIssue]], doc: str, objects: bool = False) -> Check:
    def check(value: Any, ctx: Ctx, path: str) -> None:
        if isinstance(value, dict) and objects:
            # keys besides value/precision/is_estimate are kept: check them as JSON
            _DATE_OBJECT(value, ctx, path)
        elif isinstance(value, str):
            if not string_ok(value, ctx, path):
                return
        elif not objects:
            wrong_type(ctx, path, "a string", value)
            return
        for issue in fn(value):
            ctx.add(join(path, issue.field) if issue.field else path, issue.problem, **issue.params)

    return described(check, doc)


def _one(fn: Callable[[Any], dates.DateIssue | None]) -> Callable[[Any], list[dates.DateIssue]]:
    def run(value: Any) -> list[dates.DateIssue]:
        issue = fn(value)
        return [issue] if issue else []

    return run


DATE = _dated(dates.check_when, "date (§1.3: object, `YYYY[-MM[-DD]]` or date-time)", objects=True)
DATETIME = _dated(_one(dates.check_datetime), "date-time with offset, `YYYY-MM-DDTHH:MM[:SS[.f]](Z|±HH:MM)`")
TIME = _dated(_one(dates.check_time_of_day), "time of day `HH:MM[:SS]`, or a date-time with offset")
TZ = _dated(_one(dates.check_timezone), "IANA time zone name, e.g. `Asia/Almaty`")
OFFSET = _dated(_one(dates.check_offset), "UTC offset, `Z` or `±HH:MM`")

for _check, _doc in ((ANY, "any JSON value (kept, not searched)"), (STR, "string"),
                     (TEXT, "text (searched)"), (ID, "id (1–128 of `A-Z a-z 0-9 . _ : -`)"),
                     (BOOL, "`true` or `false`"), (COUNT, "whole number ≥ 0")):
    described(_check, _doc)
