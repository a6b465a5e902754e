"""Court evidence packages (docs/spec/evidence-package.md): a folder anyone can verify
with ``python verify.py`` and the ``cryptography`` package, without FieldDoc."""
