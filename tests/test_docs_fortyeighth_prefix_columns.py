"""A table giving each group of routes its path prefix in one cell and a request relative to it in the next, in
the forty-eighth registry batch (benchmarks/docs/registry_truth): a server that mounts several compatibility
layers lists them as `| Service | Prefix | Key endpoint |` rows, `/acme` beside `POST /v1/speech`. The route the
server answers is the two joined, `POST /acme/v1/speech`; a `GET/POST` cell gives a route per method. A table of
the same shape whose column of paths is not said to be a prefix (its header calls it something else, and no
sentence speaks of prefixes) states nothing of joining, and its requests stay as written."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

TABLE = """\
# Speech gateway

## Compatibility layers

{sentence}

| Service | {head} | Key endpoint |
| :--- | :--- | :--- |
| Acme Voice | `/acme` | `POST /v1/speech` |
| Globex | `/globex` | `POST /api/tts/{{voice}}` |
| Initech | `/initech` | `GET/POST /process` |
"""


def test_a_prefix_column_puts_each_row_request_under_its_prefix(tmp_path: Path) -> None:
    text = TABLE.format(sentence="Each layer speaks one vendor's protocol.", head="Prefix")
    ops = extracted_operations(tmp_path, text)
    assert set(ops) == {
        ("POST", "/acme/v1/speech"),
        ("POST", "/globex/api/tts/{voice}"),
        ("GET", "/initech/process"),
        ("POST", "/initech/process"),
    }


def test_a_sentence_saying_each_lives_under_a_prefix_reads_the_column_so(tmp_path: Path) -> None:
    text = TABLE.format(sentence="Each vendor lives under its own URL prefix, so none collide.", head="Where")
    ops = extracted_operations(tmp_path, text)
    assert ("POST", "/acme/v1/speech") in ops and ("POST", "/v1/speech") not in ops


def test_a_column_of_paths_not_said_to_be_a_prefix_joins_nothing(tmp_path: Path) -> None:
    text = TABLE.format(sentence="Each layer speaks one vendor's protocol.", head="Docs page")
    ops = extracted_operations(tmp_path, text)
    assert ("POST", "/v1/speech") in ops and ("POST", "/acme/v1/speech") not in ops
