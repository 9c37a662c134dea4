"""Structures of the sixteenth registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md "Sixteenth
batch"): each rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

ENTRY_POINTS = """\
# Renderer

## API Description

The service takes one required POST parameter 'q'.

Entry points for individual formats are
* /info does not do any rendering.
* /svg only SVG
* /png only PNG

#### q (input to be converted)

* required parameter
* no $ for TeX input

#### type (the input type)
* optional
* default 'tex'

## Config
* svg: creates an svg image
* png: creates png images
"""


def test_routes_listed_without_a_method_on_a_page_of_post_parameters_and_parameter_headings(
    tmp_path: Path,
) -> None:
    """A page that names one method only, for what its requests carry ("one required POST parameter"), lists
    its routes without a method: they are POST. Headings that are a name alone (with a gloss in brackets) over
    "required parameter" / "optional" name parameters of every route the section above lists."""
    doc = tmp_path / "README.md"
    doc.write_text(ENTRY_POINTS, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("post", "/info"),
        ("post", "/png"),
        ("post", "/svg"),
    ]
    for path in paths:
        assert params_of(paths[path]["post"]) == {("q", "body"): True, ("type", "body"): False}


PROTOCOL = """\
## Addon Protocol

An addon is an HTTP server serving a `/manifest.json` file and answering resource requests at
`/{resource}/{type}/{id}.json`.

`/catalog/{type}/{id}.json` - catalogs of media items; `type` denotes the type

`/meta/{type}/{id}.json` - detailed metadata about a particular item

`/stream/{type}/{videoID}.json` - list of all streams for a particular item

## Minimal example

`/catalog/movie/bbbcatalog.json`:

```
{"metas": []}
```

`/stream/movie/tt1254207.json`:

```
{"streams": []}
```
"""


def test_coded_paths_that_a_coded_template_fits_caption_examples_and_the_shape_of_every_route_is_none(
    tmp_path: Path,
) -> None:
    """Routes stated only as code in sentences: a concrete path a stated template fits (`/catalog/movie/x.json`
    over the JSON it returns) is an example of it, and a template made only of placeholders that the others
    fit (`/{resource}/{type}/{id}.json`) is the shape every route has, not a route."""
    doc = tmp_path / "protocol.md"
    doc.write_text(PROTOCOL, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert sorted(paths) == [
        "/catalog/{type}/{id}.json",
        "/manifest.json",
        "/meta/{type}/{id}.json",
        "/stream/{type}/{videoID}.json",
    ]


PROXY = """\
# Proxy

### `GET /proxy/health`: Health endpoint

You can use the health endpoint to validate that the proxy is ready:

```bash
curl http://localhost:3000/proxy/health -I
```

## Operations

**Health endpoint**

```bash
curl http://localhost:3000/proxy/health -I
```

The proxy has a prometheus metrics endpoint available at http://localhost:3000/proxy/internal-backstage/prometheus
"""


def test_a_head_check_of_a_stated_get_and_an_endpoint_available_at_an_address(tmp_path: Path) -> None:
    """`curl ... -I` (a HEAD) of a route the page states as a GET is a check of that route, not an operation;
    "a ... endpoint available at http://host/path" is a route (GET, as nothing else is said)."""
    doc = tmp_path / "README.md"
    doc.write_text(PROXY, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/proxy/health"),
        ("get", "/proxy/internal-backstage/prometheus"),
    ]
