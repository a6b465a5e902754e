"""What FieldDoc needs to know about the computer it runs on (Qt-free).

Every function here takes the platform, the environment and the home folder as
arguments with the real ones as defaults, so the Windows and macOS paths run in
the Linux test suite by injection.
"""
