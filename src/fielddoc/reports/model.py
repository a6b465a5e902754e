"""What a report shows, as plain data: a title, a TLP marking and a list of blocks.

Builders (:mod:`fielddoc.reports.content`) produce it from the records,
already translated and already stripped of what must not be shown; renderers
(:mod:`fielddoc.reports.pdf`) only lay it out. Tests read it directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

#: Row tones: how a table row is shaded (the meaning the data gives it, never decoration).
TONES = ("violation", "concern", "differs", "ok", "muted")


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "body"  # body | muted | narrative


@dataclass(frozen=True)
class Fields:
    """Label/value pairs (a two-column list); empty values are left out by the builder."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] = ()  # relative widths, one per column
    mono: tuple[int, ...] = ()  # columns in a monospaced font (hashes)
    tones: tuple[str | None, ...] = ()  # one per row, from TONES


@dataclass(frozen=True)
class Chart:
    """A horizontal stacked bar chart (``bars``) or a column chart (``columns``)."""

    title: str
    kind: str  # bars | columns
    categories: tuple[str, ...]
    series: tuple[str, ...]
    values: tuple[tuple[int, ...], ...]  # [category][series]
    tones: tuple[str, ...] = ()  # one per series, from TONES; else the palette
    empty_text: str = ""

    @property
    def total(self) -> int:
        return sum(sum(v) for v in self.values)


Block = Heading | Paragraph | Fields | Table | Chart


@dataclass
class Report:
    kind: str  # hearing | case | period
    lang: str
    title: str
    subtitle: str
    tlp: str  # the most restrictive marking of any record shown
    generated: str  # "Generated on … with FieldDoc …", translated
    tlp_note: str  # what the marking means, translated
    blocks: list[Block] = field(default_factory=list)
    #: ids of every record whose content the report shows (for tests and audits)
    record_ids: set[str] = field(default_factory=set)
    #: how many device-only records were left out (the report itself never says)
    withheld: int = 0
    #: called with the written PDF's SHA-256 (a ``reported`` custody entry per attachment shown)
    on_saved: Callable[[str], None] | None = field(default=None, compare=False, repr=False)

    def texts(self) -> Iterator[str]:
        """Every piece of text in the report, in order (for tests and search)."""
        yield from (self.title, self.subtitle, self.generated, self.tlp_note)
        for b in self.blocks:
            if isinstance(b, Heading | Paragraph):
                yield b.text
            elif isinstance(b, Fields):
                for k, v in b.rows:
                    yield k
                    yield v
            elif isinstance(b, Table):
                yield from b.columns
                for row in b.rows:
                    yield from row
            elif isinstance(b, Chart):
                yield b.title
                yield from b.categories
                yield from b.series

    def text(self) -> str:
        return "\n".join(self.texts())
