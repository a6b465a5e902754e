"""Printable reports: what they show (``content``, Qt-free) and how they are drawn (``pdf``, Qt).

``content`` builds a :class:`~fielddoc.reports.model.Report` from the records;
``pdf`` renders it to PDF bytes in memory. Importing this package loads no Qt.
"""
