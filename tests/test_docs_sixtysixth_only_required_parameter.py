"""A parameter's description naming itself the required one, in the sixty-sixth registry batch
(benchmarks/docs/registry_truth): "Website address (URL). This is the only required parameter for the HTTP request."
under a definition list of query parameters. The sentence says of the parameter it describes that it is required
(`params._REQUIRED_WORDS`); a sentence saying something else is required, or that it is not, is left alone."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.params import required_from
from tests.operations import extracted_operations, params_of

DOC = """\
# Thumbnailer

```
GET /shot?target=example.org
```

### Query parameters

target
: Address of the page. This is the only required parameter for the HTTP request.

w
: Viewport width. It is not a required parameter: the default is 1024.
"""


def test_the_described_parameter_is_required(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/shot")]) == {("target", "query"): True, ("w", "query"): False}


def test_the_phrase_is_read_only_as_the_description_of_its_own_parameter() -> None:
    assert required_from("This is the only required parameter for the request.")
    assert required_from("It is a required field.")
    assert not required_from("It is not a required parameter.")
    assert not required_from("See `token`, which is the only required parameter.")
