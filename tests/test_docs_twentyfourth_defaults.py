"""Defaults in the twenty-fourth registry batch (benchmarks/docs/registry_truth): a list of body keys under a
lead-in saying what the body should contain, where an item's bracket states its default. The rule is written
for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths

DEFAULTED = """\
# Lamp

## POST `/blink`

Blink the lamp. Post body should contain a json object with:
  - `colour` (string) the colour to blink in
  - `times` (integer, default 3) how often to blink
  - `fade` (boolean, defaults to false) whether to fade between blinks
"""


def test_a_listed_body_key_with_a_stated_default_is_optional_where_the_lead_in_requires_the_list(
    tmp_path: Path,
) -> None:
    """ "should contain a json object with:" requires its keys, but a key whose bracket states a default
    ("(integer, default 3)") is one the caller may leave out: it is optional, and its default is kept."""
    paths = extracted_paths(tmp_path, "API.md", DEFAULTED)
    body = paths["/blink"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert set(body["properties"]) == {"colour", "times", "fade"}
    assert body["required"] == ["colour"]
    assert body["properties"]["times"]["default"] == 3
    assert body["properties"]["fade"]["default"] is False
