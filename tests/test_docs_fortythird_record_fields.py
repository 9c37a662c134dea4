"""A list a sentence introduces as what each record holds, in the forty-third registry batch
(benchmarks/docs/registry_truth): an rst definition list of routes where `GET /messages` says "Inspect the
`messages` table. Each record includes:" over bullets of `` ``name``: description ``. Those are the fields of the
records the call gets back, not query parameters of the GET. A list introduced as query parameters in the same
document still is one."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

REFERENCE = """\
API Reference
=============

``GET /messages``
   Inspect the stored ``messages`` table.  Each record includes:

   - ``pk``: Internal primary key
   - ``tenant_id``: Tenant identifier
   - ``priority``: Message priority (1-4)

``GET /tenants``
   List tenants.

   Query parameters:

   - ``active_only`` (bool, optional): only active tenants
"""


def test_the_fields_each_record_includes_are_no_inputs(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, REFERENCE, name="api_reference.rst")
    assert params_of(ops[("GET", "/messages")]) == {}
    assert params_of(ops[("GET", "/tenants")]) == {("active_only", "query"): False}
