"""Example requests a page rendered by the service writes, in the eightieth registry batch
(benchmarks/docs/registry_truth): a paragraph that is one curl command whose URL opens with a template's value for
the server's own address (`curl {{url}}/raw/6`) states its route as any curl paragraph does, and a caption naming
the thing with its number (`a paste (i.e. paste #6)`) makes that number, in the path, the thing's `{id}`. A path
segment no caption numbers stays as written."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
<html><body>
<h1>Pastebin</h1>
<h3>To post the contents of a file:</h3>
<p class="terminal">curl -F "upload=&lt;file.txt" {{{{url}}}}/post</p>
<h3>{caption}</h3>
<p class="terminal">curl {{{{url}}}}/raw/6</p>
</body></html>
"""


def test_a_numbered_caption_makes_the_number_an_id(tmp_path: Path) -> None:
    ops = extracted_operations(
        tmp_path, PAGE.format(caption="To get the raw contents of a paste (i.e. paste #6):"), "index.html"
    )
    assert set(ops) == {("POST", "/post"), ("GET", "/raw/{id}")}
    assert params_of(ops[("GET", "/raw/{id}")]) == {("id", "path"): True}
    assert params_of(ops[("POST", "/post")]) == {("upload", "body"): False}


def test_a_caption_without_the_number_leaves_the_path_as_written(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE.format(caption="To get the raw contents of paste six:"), "index.html")
    assert set(ops) == {("POST", "/post"), ("GET", "/raw/6")}
