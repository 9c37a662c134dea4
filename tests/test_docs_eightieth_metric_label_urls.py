"""A URL in a label of a metric sample, in the eightieth registry batch (benchmarks/docs/registry_truth): a
`/metrics` route answers in the Prometheus text format, and the page shows that answer, each sample a metric's name,
its labels in braces and its value (`builds_total{baseurl="http://trunk.example.org/centos8/"} 9659.0`). The
`baseurl` label is data the server reports about what it measured, not the base URL of the API: the routes stay
as written. A base URL the page states in words still is one."""

from __future__ import annotations

from pathlib import Path

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

DOC = """\
API calls
=========
{stated}
GET /api/health
---------------

Check the API server health.

GET /metrics
------------

Retrieve statistics, in Prometheus format::

    # HELP builds_succeeded_total Total number of successful builds
    # TYPE builds_succeeded_total counter
    builds_succeeded_total{{baseurl="http://trunk.example.org/centos8/"}} 9296.0
    # TYPE builds_total counter
    builds_total{{baseurl="http://trunk.example.org/centos8/",job="b"}} 9659.0
"""


def _servers(tmp_path: Path, text: str) -> list[str]:
    doc = tmp_path / "api.rst"
    doc.write_text(text, encoding="utf-8")
    spec = extract_openapi(doc, Diagnostics())
    assert set(spec["paths"]) == {"/api/health", "/metrics"}
    return [server["url"] for server in spec.get("servers", [])]


def test_a_metric_samples_url_label_is_no_base(tmp_path: Path) -> None:
    assert not any("centos8" in url for url in _servers(tmp_path, DOC.format(stated="")))


def test_a_base_url_stated_in_words_is_still_read(tmp_path: Path) -> None:
    stated = "\nThe base URL is http://api.example.org/v2/ for every call.\n\n"
    assert _servers(tmp_path, DOC.format(stated=stated)) == ["http://api.example.org/v2"]
