"""Zope form marshalling keys in example URLs, in the seventy-fourth registry batch
(benchmarks/docs/registry_truth): curl lines such as
`curl -X POST "http://localhost:8080/site/api/run?steps:list=a&steps:list=b"`. ZPublisher reads a key's
`:converter` suffix (`:list`, `:int`, `:boolean`) as the shape of its value, so the key, written so in every
request, is the parameter's name. Another colon in a key (`filter:name`) and a `:record` key (a member of a
structured value) are left unread."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.requests import split_target
from tests.operations import extracted_operations, params_of

DOC = """\
Upgrades API
============

Execute upgrades
----------------

.. code:: sh

    $ curl -uadmin:admin -X POST "http://localhost:8080/site/api/execute?steps:list=7@a:default&steps:list=9@b:default"
    Result: SUCCESS
"""


def test_a_list_converter_key_is_a_query_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    assert params_of(ops[("POST", "/site/api/execute")]) == {("steps:list", "query"): False}


def test_converter_suffixes_are_kept_and_other_colons_left() -> None:
    names = [name for name, _, _ in split_target("/a?size:int=3&flag:boolean=1&filter:name=x").query]
    assert names == ["size:int", "flag:boolean"]


def test_a_record_key_is_left() -> None:
    assert split_target("/a?created.range:record=min&limit=3").query == [("limit", "3", False)]
