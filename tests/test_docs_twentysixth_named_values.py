"""Values in example URLs that the page names, in the twenty-sixth registry batch
(benchmarks/docs/registry_truth): a URL bullet whose nested text says what its number is, and a value the page's
other URLs pass to one named query parameter. The rule is written for the structure a page uses, not for the
project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths

URL_BULLETS = """\
# Zones
- `https://arena.example.org/api/zone/info?zone=Q7R2`
    - `{ ok, owner }`
- `https://arena.example.org/api/zone/map?zone=Q7R2&detail=1`
    - `{ ok, tiles }`
- [POST] `https://arena.example.org/api/zone/claim`
    - post data: `{ zone }`

# Replays
- `https://arena.example.org/replay/Q7R2/48200.json`
    - `{ frames }`
    - the number in the URL is the frame to start from
- `https://arena.example.org/api/season/2024/top`
    - `{ ok, list }`
"""


def test_a_url_value_the_page_passes_by_name_and_a_number_its_text_names_are_placeholders(tmp_path: Path) -> None:
    """`Q7R2`, which the page's other URLs pass as `zone`, is `{zone}`; the number the nested text calls "the
    frame" is `{frame}`, its `.json` suffix kept; a number the page says nothing of stays as written."""
    paths = extracted_paths(tmp_path, "Endpoints.md", URL_BULLETS)
    assert set(paths["/replay/{zone}/{frame}.json"]) == {"get"}
    names = {(p["name"], p["in"]) for p in paths["/replay/{zone}/{frame}.json"]["get"]["parameters"]}
    assert names == {("zone", "path"), ("frame", "path")}
    assert "/api/season/2024/top" in paths
    assert not any("Q7R2" in path for path in paths)
