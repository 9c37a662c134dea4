"""Request lines in literal blocks with the JSON body opened on the request line, in the eightieth registry batch
(benchmarks/docs/registry_truth): a section shows one operation per block, `POST /db/container/@login {`, the keys,
then `}` closing the body on a line of its own, and a last operation that sends nothing as its request line alone
(`POST /db/container/@refresh_token`). Each block opens its operation, so each body is its own request line's,
as a body under its request line is (`bodied_heads.py`). A section whose blocks are not each a request line (an
example block between them) is left as one."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
Login
-----

This package also provides a ``@login`` so you can work with jwt tokens::

    POST /db/container/@login {{
      "username": "foobar",
      "password": "foobar"
    }}
{between}
And a ``@refresh_token`` endpoint::

    POST /db/container/@refresh_token
"""


def test_each_block_with_an_inline_json_body_opens_its_operation(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(between=""), name="README.rst")
    login = params_of(ops[("POST", "/db/container/@login")])
    assert login == {("username", "body"): False, ("password", "body"): False}
    assert params_of(ops[("POST", "/db/container/@refresh_token")]) == {}


def test_a_section_with_another_code_block_between_is_left_as_one(tmp_path: Path) -> None:
    between = '\nThe answer::\n\n    {\n      "token": "abc"\n    }\n'
    ops = extracted_operations(tmp_path, DOC.format(between=between), name="README.rst")
    assert params_of(ops[("POST", "/db/container/@login")]) == {}
