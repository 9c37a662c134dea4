"""An endpoint list of the thirty-fifth registry batch (benchmarks/docs/registry_truth) that writes each item path
first in bold with its method after a dash (`* **/photo** - GET: ...`), and its parameters on a sub-item: a
location label over names each followed by its type in brackets and a dash ("Query params: number (int) - which
photo, raw (bool)- ..."). The sub-item's names are that endpoint's parameters, of that location; a sub-item whose
bracketed words are no types names none."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Camera

## Endpoints
The server offers these endpoints:
* **/photo** - GET: Returns the photo of the given number
  * Query params: number (int) - which photo, raw (bool)- send the file as it is
* **/photo** - POST: Takes a photo
  * Query params: raw (bool)- send the file as it is
* **/remove** - DELETE: Removes a photo
  * Query params: number (int) - which photo
* **/files** - GET: Lists the stored photos
* **/preview** - GET: A live preview
* **/halt** - POST: Shuts the camera down
"""


def test_a_typed_label_sub_item_gives_its_endpoint_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert params_of(ops[("GET", "/photo")]) == {("number", "query"): False, ("raw", "query"): False}
    assert params_of(ops[("POST", "/photo")]) == {("raw", "query"): False}
    assert params_of(ops[("DELETE", "/remove")]) == {("number", "query"): False}
    assert params_of(ops[("GET", "/files")]) == {}


def test_bracketed_words_that_are_no_types_name_no_parameter(tmp_path: Path) -> None:
    page = PAGE.replace("number (int) - which photo, raw (bool)-", "number (if any) - which photo, raw (see below)-")
    ops = extracted_operations(tmp_path, page)
    assert params_of(ops[("GET", "/photo")]) == {}
