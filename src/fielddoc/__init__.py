"""FieldDoc: encrypted offline documentation for human-rights field monitors."""

__version__ = "0.1.0"
