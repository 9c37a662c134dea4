"""Hand-written API documentation that ships inside registry packages, scored against truth read by hand.

    python benchmarks/docs/registry_docs.py [--details] [--only NAME]

Each set is `benchmarks/docs/registry_truth/<name>.yaml`: the package (`registry: pypi|npm`, name, pinned
version), the document's path inside the package (one file, or a list of files scored together as a folder),
optionally `scored_as` (the file name the document is scored under, or a mapping from document to name, for
pages whose suffix says nothing of their format: an `.ejs` template of HTML, `.inc` reStructuredText; files of
one name in several folders keep their paths under the folder they share), a
note on how the truth was read, and the endpoints with their parameters in the format of
../shared/specs/docs/handwritten/*/truth.yaml.

The documents are never committed: each package is fetched once, with the registry's own client
(`pip download --no-deps --no-binary <package>` for its sdist, `npm pack` for a tarball), into
`benchmarks/.cache/registry-docs/<package>-<version>/` and unpacked there with tarfile's data filter.
Scoring is docs_quality.py's (its `run`, `table` and `totals`), so the figures mean the same thing.
`registry_truth/floors.yaml` holds the first-contact figures that tests/test_docs_registry.py keeps as floors.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import functools
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TRUTH_DIR = HERE / "registry_truth"
CACHE = ROOT / "benchmarks" / ".cache" / "registry-docs"
FLOORS = TRUTH_DIR / "floors.yaml"
FETCH_TIMEOUT = 600

sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import docs_quality as quality  # noqa: E402
from registry import FetchError, fetch_package, package_folder  # noqa: E402


class RegistryUnavailable(RuntimeError):
    """The package could not be fetched (registry unreachable, or its client missing)."""


_UNREACHABLE: dict[str, str] = {}  # registry -> why its last fetch failed, in this process


@dataclass(frozen=True)
class RegistrySet:
    name: str
    registry: str  # "pypi" or "npm"
    package: str
    version: str
    documents: tuple[str, ...]  # paths inside the package
    scored_as: tuple[str, ...]  # the file name each document is scored under (its own name unless renamed)
    truth: Path

    @property
    def folder(self) -> Path:
        return package_folder(CACHE, self.package, self.version)

    @property
    def renamed(self) -> bool:
        return any(Path(doc).name != Path(name).name for doc, name in zip(self.documents, self.scored_as, strict=True))

    @property
    def format(self) -> str:
        kinds = "+".join(sorted({Path(n).suffix.lstrip(".") for n in self.scored_as}))
        original = "+".join(sorted({Path(n).suffix.lstrip(".") for n in self.documents}))
        return kinds + (f" (from .{original})" if self.renamed else "")


def load_sets() -> list[RegistrySet]:
    sets = []
    for truth in sorted(TRUTH_DIR.glob("*.yaml")):
        if truth.name == "floors.yaml":
            continue
        data = yaml.safe_load(truth.read_text(encoding="utf-8"))
        for endpoint in data.get("endpoints") or ():
            for param in endpoint.get("params") or ():
                if not isinstance(param.get("name"), str):  # YAML reads on/off/yes/no as booleans
                    raise ValueError(f"{truth.name}: parameter name {param.get('name')!r} of {endpoint.get('method')} "
                                     f"{endpoint.get('path')} is not text; quote it ('on')")  # fmt: skip
        package = data["package"]
        documents = data["document"] if isinstance(data["document"], list) else [data["document"]]
        renames = data.get("scored_as") or {}
        if isinstance(renames, str):  # one document, one new name
            renames = {documents[0]: renames}
        names = [Path(doc).name for doc in documents]
        if len(set(names)) < len(names):  # `elections/list.html` beside `contests/list.html`: kept in their folders
            common = os.path.commonpath(documents)
            renames = {doc: os.path.relpath(doc, common) for doc in documents} | renames
        sets.append(
            RegistrySet(
                truth.stem,
                str(package["registry"]),
                str(package["name"]),
                str(package["version"]),
                tuple(documents),
                tuple(renames.get(doc, Path(doc).name) for doc in documents),
                truth,
            )
        )
    return sets


def floors() -> dict[str, dict[str, float]]:
    return (yaml.safe_load(FLOORS.read_text(encoding="utf-8")) or {}).get("floors") or {}


def fetch(item: RegistrySet) -> Path:
    """The unpacked package, fetched once from its registry into the cache."""
    if item.registry in _UNREACHABLE:  # one failed fetch per registry and run is enough to know
        raise RegistryUnavailable(_UNREACHABLE[item.registry])
    try:
        return fetch_package(item.registry, item.package, item.version, CACHE, FETCH_TIMEOUT)
    except FetchError as error:
        if not error.unreachable:  # the registry answered: this set names a package it cannot serve
            raise
        _UNREACHABLE[item.registry] = str(error)
        raise RegistryUnavailable(str(error)) from error


FETCHERS = 8
"""Packages fetched at a time on a first run: one by one, fetching dominates it (pip builds each sdist's metadata)."""


def fetch_all(sets: Sequence[RegistrySet], workers: int = FETCHERS) -> None:
    """Fetch the packages of `sets`, each once, `workers` at a time. A failure is left for `fetch` to report, set by
    set, when the set is scored."""
    unique = {(s.registry, s.package, s.version): s for s in sets}
    with ThreadPoolExecutor(workers) as pool:
        for future in [pool.submit(fetch, s) for s in unique.values()]:
            with contextlib.suppress(Exception):  # reported by the set's own fetch, when it is scored
                future.result()


@functools.cache
def _scored_root() -> Path:
    """This run's own folder for copies (two runs at once must not remove each other's), removed at exit."""
    (CACHE / "_scored").mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix=f"run-{os.getpid()}-", dir=CACHE / "_scored"))
    atexit.register(shutil.rmtree, root, True)
    return root


def scored_path(item: RegistrySet) -> Path:
    """What the extractor is given: the document itself, or (several files, or renamed ones) a folder of
    copies beside the packages."""
    root = fetch(item)
    sources = [root / doc for doc in item.documents]
    missing = [str(s) for s in sources if not s.is_file()]
    if missing:
        raise FileNotFoundError(f"{item.truth.name}: not in the package: {', '.join(missing)}")
    if len(sources) == 1 and not item.renamed:
        return sources[0]
    folder = _scored_root() / item.name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for source, name in zip(sources, item.scored_as, strict=True):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, folder / name)
    return folder / item.scored_as[0] if len(sources) == 1 else folder


def case(item: RegistrySet) -> quality.Case:
    return quality.Case(item.name, scored_path(item), item.truth, "list", f"{item.registry} {item.format}")


def score(item: RegistrySet) -> tuple[quality.Case, Any, float]:
    """(case, Score, seconds) exactly as docs_quality.py scores a hand-written truth list."""
    scored = case(item)
    result, elapsed = quality.run(scored)
    return scored, result, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--details", action="store_true", help="list missing and extra endpoints and parameters")
    parser.add_argument("--only", default="", help="score only sets whose name contains this")
    args = parser.parse_args()
    rows = []
    chosen = [item for item in load_sets() if args.only in item.name]
    fetch_all(chosen)
    broken = []
    for item in chosen:
        try:
            rows.append(score(item))
        except RegistryUnavailable as error:
            print(f"{item.name}: skipped, {error}", file=sys.stderr)
        except FetchError as error:  # the registry answered, but not with this set's package
            print(f"{item.name}: FAILED, {error}", file=sys.stderr)
            broken.append(item.name)
    print("Hand-written documentation from registry packages (registry_truth/*.yaml, truth read from each):")
    print(quality.table(rows))
    print(quality.totals(rows))
    # the endpoints column is matched/truth; a set where nothing was extracted shows a vacuous 100% precision
    print("operations extracted: " + ", ".join(f"{case.name} {result.found}" for case, result, _ in rows))
    print(quality.parameter_precision(rows))
    if args.details:
        for scored, result, _ in rows:
            shown = scored.document.relative_to(ROOT) if scored.document.is_relative_to(ROOT) else scored.document
            print(f"\n{scored.name}: {shown}")
            for line in [*(f"  missing  {m}" for m in result.missing), *(f"  extra    {m}" for m in result.extra)]:
                print(line)
            for line in result.param_misses:
                print(f"  param    {line}")
            for line in result.param_extras:
                print(f"  param+   {line}")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
