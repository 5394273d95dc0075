"""One module per published table: ``extract(doc) -> DataFrame``, pure, no I/O.

Adding a dataset means adding ``pipeline/extract/<table>.py`` and ``schemas/<table>.py``;
:mod:`pipeline.registry` finds both by name.
"""
