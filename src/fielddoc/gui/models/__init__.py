"""Qt models over the core (paged record lists, case timeline, chart series) and
the Qt-free helpers that gather their data on the task runner."""
