"""Captions and their literal blocks indented under a list item, in the sixty-seventh registry batch
(benchmarks/docs/registry_truth): ``- Revoke tokens:`` over an indented ``Revoke a single token::`` and its curl
command. docutils reads the deeper indent as a block quote inside the item; its literal blocks are the item's
examples as much as one written at the item's own indent (`rst.py`, `item_code`), so each curl is read. A block quote
of prose alone (no literal block) in an item is left to the item's text."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
Tokens
======

We will assume the API is reachable on ``http://localhost:8000``.

- Retrieve a token::

    curl -X POST -d "client_id=<client_id>&grant_type=password" http://localhost:8000/auth/token

- Revoke tokens:

    Revoke a single token::

        curl -X POST -d "client_id=<client_id>&token=<your_token>" http://localhost:8000/auth/revoke-token

    Revoke all tokens for a user::

        curl -X POST -d "client_id=<client_id>" http://localhost:8000/auth/invalidate-sessions
"""


def test_the_curls_under_an_items_indented_captions_are_read(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    assert set(ops) == {("POST", "/auth/token"), ("POST", "/auth/revoke-token"), ("POST", "/auth/invalidate-sessions")}


def test_a_quoted_paragraph_alone_in_an_item_adds_no_request(tmp_path: Path) -> None:
    doc = DOC + "\n- Notes:\n\n    The endpoint http://localhost:8000/auth/other is not served.\n"
    ops = extracted_operations(tmp_path, doc, "README.rst")
    assert not any(path == "/auth/other" for _, path in ops)


def test_a_bare_literal_block_quoted_in_an_item_is_left_to_the_item(tmp_path: Path) -> None:
    doc = DOC + (
        "\n#. Through the request headers. For instance:\n\n    ::\n\n        'X-Item-Parameter-1': 'param1:val1'\n"
    )
    ops = extracted_operations(tmp_path, doc, "README.rst")
    assert all(("x-item-parameter-1", "header") not in params_of(op) for op in ops.values())
