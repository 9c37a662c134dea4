"""Calls to concrete servers on a page that states its routes only as URL templates on a placeholder host, in the
sixty-sixth registry batch (benchmarks/docs/registry_truth): a catalog extension's README gives
`https://{instance-host}/dataset/{dataset-id}.{format}` and `https://{instance-host}/catalog.{format}`, then pipes
`http http://localhost/other/catalog.rdf` into a command-line tool and parses `requests.get('https://remote.org/x')`.
Calls fitting no template are another server's (`placeholder_host_calls.py`); one that fits stays an example, and a
page that writes request lines is left as it is."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.markdown import reduce_markdown
from mcpgen.ingest.docs.placeholder_host_calls import placeholder_host_calls
from tests.operations import extracted_operations

DOC = """\
# Catalog extension

## Endpoints

The dataset endpoint:

    https://{instance-host}/dataset/{dataset-id}.{format}

The catalog endpoint:

    https://{instance-host}/catalog.{format}

Example:

    curl http://demo.example.org/catalog.ttl

## Command line

    http http://localhost/other/catalog.rdf | python tools/convert.py consume

## Parser

```python
content = requests.get('https://remote.example.org/datasets.jsonld').content
```
"""

STATED = """\
# Catalog extension

## Endpoints

    https://{instance-host}/dataset/{dataset-id}.{format}
    https://{instance-host}/catalog.{format}

## Exports

```
GET /exports/latest
```

    curl http://localhost/exports/all
"""


def test_calls_fitting_no_template_are_left_out(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("GET", "/dataset/{dataset-id}.{format}"), ("GET", "/catalog.{format}")}


def test_a_page_writing_request_lines_is_left_as_it_is() -> None:
    doc = reduce_markdown(STATED, "README.md")
    assert placeholder_host_calls(doc) is doc


def test_a_call_fitting_a_template_stays_and_others_are_blanked() -> None:
    doc = placeholder_host_calls(reduce_markdown(DOC, "README.md"))
    code = "\n".join(b.text for s in doc.sections for b in s.blocks if b.kind == "code")
    assert "curl http://demo.example.org/catalog.ttl" in code
    assert "localhost/other" not in code and "remote.example.org" not in code
