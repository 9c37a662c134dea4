"""The headers of a raw HTTP example request under a label, in the thirty-second registry batch
(benchmarks/docs/registry_truth): a Sphinx page writes each route's "**Example request**:" as `GET /api/x/1
HTTP/1.1` with `Accept:`, `Accept-Encoding:`, `Host:` lines. Those are the example's standard headers, not a list of
`name: description` parameters under a label; the request's own form body still gives its fields. A block of
`name: value` lines that is no request ("POST params:" over `addrs: ...`) still gives its names."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
<html><body><div class="section" id="job-api"><h1>Job API</h1>
<dl class="http post">
<dt class="sig sig-object http" id="post--api-job-pause-(.+)"><span class="pre">POST</span>
<span class="pre">/api/job/pause/(.+)</span></dt>
<dd><p>Pause a job</p>
<p><strong>Example request</strong>:</p>
<div class="highlight-http notranslate"><div class="highlight"><pre>POST /api/job/pause/nightly HTTP/1.1
Accept: application/json
Accept-Encoding: gzip, deflate
Content-Type: application/x-www-form-urlencoded
Host: localhost:5555

minutes=30&amp;worker=w1
</pre></div></div>
</dd></dl>
<dl class="http get">
<dt class="sig sig-object http" id="get--api-job-info-(.+)"><span class="pre">GET</span>
<span class="pre">/api/job/info/(.+)</span></dt>
<dd><p>Get a job</p>
<p><strong>Example request</strong>:</p>
<div class="highlight-http notranslate"><div class="highlight"><pre>GET /api/job/info/nightly HTTP/1.1
Accept: */*
Host: localhost:5555
</pre></div></div>
</dd></dl>
</div></body></html>
"""

KEY_LINES = """\
# Task API

## POST /api/job/run

**POST params:**

```
job: the name of the job
delay (optional): seconds to wait
```
"""


def test_a_raw_example_requests_headers_are_no_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "api.html")
    assert params_of(ops[("POST", "/api/job/pause/{param}")]) == {
        ("param", "path"): True,
        ("minutes", "body"): False,
        ("worker", "body"): False,
    }
    assert params_of(ops[("GET", "/api/job/info/{param}")]) == {("param", "path"): True}


def test_labelled_name_lines_still_give_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, KEY_LINES)
    assert set(params_of(ops[("POST", "/api/job/run")])) == {("job", "body"), ("delay", "body")}
