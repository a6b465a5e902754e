"""Views of the main window: record lists, detail pane, case timeline, statistics."""
