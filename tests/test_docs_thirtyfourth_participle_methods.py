"""Route items whose sentence names the method as a verb, in the thirty-fourth registry batch
(benchmarks/docs/registry_truth): bullets that start with a path and say what the route does, "converts `POST`ed
text", with a `curl -X GET` of the listing routes under their own items. The method's name used as a verb is the
item's route's method; an item naming none takes the method of the curl of its path shown in its section (the
item states the route, the command shows it used). A path in a sentence, or an item naming no method and shown
by no curl, gives no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Converter service

## Formats

* `/formats/` returns the supported formats

        $ curl -X GET http://localhost:7000/formats/
        ["csv", "tsv"]

* `/convert/<target>` converts `POST`ed text to the target format.
* `/archive/<name>` stores the PUTed table under a name.
* `/stats/` a summary kept for operators.

Converted text can be fetched again from `/cache/<target>` for an hour.
"""


def test_a_method_verb_or_the_items_curl_gives_the_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("GET", "/formats/"), ("POST", "/convert/{target}"), ("PUT", "/archive/{name}")}
