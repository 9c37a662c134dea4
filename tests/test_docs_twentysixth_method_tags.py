"""Method tags written with a space inside the bracket (`[POST ]`), in the twenty-sixth registry batch
(benchmarks/docs/registry_truth): a tag is read for the method it names, whatever spacing it is typed with. The
rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths

SPACED_TAGS = """\
# Boxes
- [POST] `https://depot.example.net/api/box/open`
    - post data: `{ box, reason }`
- `https://depot.example.net/api/box/list?shelf=A1`
    - `{ ok, boxes }`
- [POST ]`https://depot.example.net/api/box/label`
    - post data: `{ box, text }`
- [ POST ] `https://depot.example.net/api/box/close`
    - post data: `{ box }`
"""


def _body(operation: dict) -> set[str]:
    return set(operation["requestBody"]["content"]["application/json"]["schema"]["properties"])


def test_a_method_tag_with_a_space_inside_its_bracket_is_that_methods_request_with_its_post_data(
    tmp_path: Path,
) -> None:
    """`[POST ]`https://...`` and `[ POST ] `https://...`` are POST requests like `[POST]`: the `post data:`
    object nested under each gives its body fields."""
    paths = extracted_paths(tmp_path, "Endpoints.md", SPACED_TAGS)
    assert _body(paths["/api/box/open"]["post"]) == {"box", "reason"}
    assert _body(paths["/api/box/label"]["post"]) == {"box", "text"}
    assert _body(paths["/api/box/close"]["post"]) == {"box"}
    assert set(paths["/api/box/list"]) == {"get"}
