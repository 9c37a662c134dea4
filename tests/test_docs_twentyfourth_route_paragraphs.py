"""Routes a README writes as paragraphs of their own, a path alone on each and no method anywhere (the
twenty-fourth registry batch, benchmarks/docs/registry_truth): each is a GET route, read the way a route list
is. Written for the structure, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

import pytest
from operations import extracted_paths, params_of

from mcpgen.diagnostics import InputError

PARAGRAPHS = """\
# garden-api
Garden automation API

## Usage

  require('garden-api')(app)

  REST API for the sprinklers
  
  /sprinkler/zone/<zoneId>/valve/<valveId>/open
  
  /sprinkler/zone/<zoneId>/valve/<valveId>/close

  REST API for the lamps
  
  /lamp/<lampId>/brightness/<level>

## Release History

* 0.1.0 Initial release
* 0.1.1 Add lamp api
"""


def test_paths_alone_in_paragraphs_are_get_routes_with_their_placeholders(tmp_path: Path) -> None:
    """Indented path paragraphs under caption lines: one GET route each, `<name>` a required path parameter;
    the literal last segments (open, close) are separate routes; the caption lines and release notes are not."""
    paths = extracted_paths(tmp_path, "README.md", PARAGRAPHS)
    assert sorted(paths) == [
        "/lamp/{lampId}/brightness/{level}",
        "/sprinkler/zone/{zoneId}/valve/{valveId}/close",
        "/sprinkler/zone/{zoneId}/valve/{valveId}/open",
    ]
    assert all(list(item) == ["get"] for item in paths.values())
    assert params_of(paths["/sprinkler/zone/{zoneId}/valve/{valveId}/open"]["get"]) == {
        ("zoneId", "path"): True,
        ("valveId", "path"): True,
    }
    assert params_of(paths["/lamp/{lampId}/brightness/{level}"]["get"]) == {
        ("lampId", "path"): True,
        ("level", "path"): True,
    }


FEW = """\
# tool

Install it, then mount it:

  /mnt/data

  /srv/app

  /opt/tool/bin

Configuration lives in one file:

  /config
"""


def test_file_system_paths_and_a_lone_path_paragraph_are_no_routes(tmp_path: Path) -> None:
    """Paragraphs naming directories (`/mnt/data`, `/opt/tool/bin`) and a single path paragraph state no API."""
    with pytest.raises(InputError):
        extracted_paths(tmp_path, "README.md", FEW)
