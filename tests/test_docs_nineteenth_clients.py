"""Client-library pages of the nineteenth registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md "After
first contact (nineteenth batch)"): an API shown only through a client's generic calls. Each rule is written for
the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

PAGE_CLIENT = """\
# birdy

A client for the Chirp REST API.

## Usage

```javascript
var B = new Birdy(config)
var port = config.get('port')

B.get('search/chirps', { q: 'sunset since:2020-01-01', count: 50 }, function (err, data) {
  console.log(data)
})

B.post('chirps/rechirp/:id', { id: '1234' }, function (err, data) {})

var params = { text: 'hi', media: { ids: [1, 2] } }
B.post('chirps/create', params, function (err, data) {})

app.get('/health', function (req, res) { res.send('ok') })
```

## Links

* REST API Endpoints: https://dev.chirp.example/rest/public
"""


def test_a_client_s_generic_calls_on_relative_paths_are_the_api_s_requests(tmp_path: Path) -> None:
    """`B.get('search/chirps', {...})`: a client's generic call on a path relative to the API's root is a request
    of that method; the object written in the call, or assigned to the name it passes (`var params = {...}`,
    nested objects too), fills the path's placeholders, the rest the query of a GET and the body of a POST. A
    server's route definition (`app.get('/health', handler)`) and a getter of one word (`config.get('port')`)
    are no requests, and a documentation site named "REST API Endpoints" is not the base requests go to."""
    doc = tmp_path / "README.md"
    doc.write_text(PAGE_CLIENT, encoding="utf-8")
    document = extract_openapi(doc, Diagnostics())
    paths = document["paths"]
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/search/chirps"),
        ("post", "/chirps/create"),
        ("post", "/chirps/rechirp/{id}"),
    ]
    assert params_of(paths["/search/chirps"]["get"]) == {("q", "query"): False, ("count", "query"): False}
    assert params_of(paths["/chirps/rechirp/{id}"]["post"]) == {("id", "path"): True}
    assert {name for name, where in params_of(paths["/chirps/create"]["post"])} == {"text", "media"}
    assert "dev.chirp.example" not in str(document.get("servers"))
