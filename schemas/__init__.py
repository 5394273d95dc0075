"""One pandera model per published table: the executable form of the data contract.

Each module ``schemas/<table>.py`` defines ``Model`` (a ``DataFrameModel``) and ``SORT_BY``
(the columns that order its rows), and may define ``warnings(table) -> list[str]``: findings
worth a reader's attention that do not fail the build. The validate and publish stages and
the tests all import these models; no column is defined anywhere else.
"""
