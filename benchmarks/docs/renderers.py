"""The third-party documentation renderers of the docs corpus (`corpus.py`): what they are, how each is
installed once into a cache folder, and how each is run.

Every renderer comes from a package registry: npm packages run with Node 22 (installed under
`<cache>/<package>@<version>`), pip packages installed from wheels only under `<cache>/pypi/<name>@<version>-pyXY`
and run with this interpreter and `PYTHONPATH`, and Debian's `chromium` (apt) for the browser-grade PDFs,
which cannot be installed into a cache folder: without it those documents are left out, with a note.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from mcpgen.conformance.official import NODE_MAJOR, NODE_VERSION, VERSIONS, _node_in, _node_major, _node_package
from mcpgen.conformance.official import cache_root as official_cache_root
from mcpgen.diagnostics import McpgenError
from mcpgen.staged import staged_install

CACHE_ENV = "MCPGEN_RENDERER_CACHE"
DEFAULT_CACHE = Path("~/.cache/mcpgen/renderers")
INSTALL_TIMEOUT = 300.0
RENDER_TIMEOUT = 120.0

Format = Literal["markdown", "html", "pdf"]


class CorpusError(McpgenError):
    """A renderer could not be installed or run, or a document misses operations of its spec."""


@dataclass(frozen=True)
class NpmRenderer:
    package: str
    version: str
    bin: str
    """The key of the package's "bin" that is run."""
    format: Format
    license: str
    extra: tuple[str, ...] = ()
    """Further pinned packages installed beside it (plug-ins)."""
    source: str | None = None
    """The renderer whose Markdown it turns into its format (None: it reads the spec)."""
    folder: bool = False
    """It writes a folder whose `index.html` is the document."""

    @property
    def label(self) -> str:
        return "+".join((f"{self.package}@{self.version}", *self.extra))


@dataclass(frozen=True)
class PyRenderer:
    """A pip-installed generator (wheels only), run as `python -m ...` or as a binary its wheel ships."""

    requirements: tuple[str, ...]
    format: Format
    license: str
    source: str | None = None
    folder: bool = False
    variant: str = ""
    """A configuration of the same packages that renders differently (named in the label)."""

    @property
    def label(self) -> str:
        first, *rest = (r.replace("==", "@") for r in self.requirements)
        return "+".join([first + (f":{self.variant}" if self.variant else ""), *rest])


@dataclass(frozen=True)
class Printer:
    """An HTML-to-PDF engine: a pip-installed one, or a browser from the system packages (`apt`)."""

    name: str
    requirements: tuple[str, ...] = ()
    apt: str | None = None
    license: str = ""

    @property
    def label(self) -> str:
        if self.apt:
            return f"{self.apt}@{chromium_version() or '?'} (Debian)"
        return self.requirements[0].replace("==", "@")


WIDDERSHINS = NpmRenderer("widdershins", "4.0.1", "widdershins", "markdown", "MIT")
OPENAPI_TO_MD = NpmRenderer("openapi-to-md", "1.1.1", "openapi-to-md", "markdown", "MIT")
REDOC = NpmRenderer("@redocly/cli", "1.34.20", "redocly", "html", "MIT")
"""`build-docs` of the 1.x line renders with Redoc 2.5.3 server-side; 2.x (Redoc 3) leaves the operations to JS."""
BOOTPRINT = NpmRenderer("bootprint", "4.0.4", "bootprint", "html", "MIT", ("bootprint-openapi@4.0.4",), folder=True)
"""Swagger 2.0 only: it renders 3.x parameters and bodies as untyped."""
SWAGGER_MARKDOWN = NpmRenderer("swagger-markdown", "3.0.0", "swagger-markdown", "markdown", "MIT")
OPENAPI_MARKDOWN = NpmRenderer("openapi-markdown", "1.2.3", "openapi-markdown", "markdown", "MIT")
"""A 2019 fork of swagger-markdown 1.x: endpoints grouped by path, parameters in a different table."""
SHINS = NpmRenderer("shins", "2.6.0", "shins", "html", "MIT", source="widdershins")
"""Slate's layout in Node: widdershins' Markdown to a three-column HTML page."""
SPHINX = PyRenderer(
    ("sphinxcontrib-openapi==0.10.0", "sphinx==9.0.4", "sphinxcontrib-httpdomain==2.2.1"), "html", "BSD", folder=True
)
"""`.. openapi::` to httpdomain directives, built to HTML by Sphinx (alabaster theme), with the package's default
renderer (`httpdomain:old`). Its pages do not state every part of the truth: OpenAPI 3 request bodies are left
out, required flags of query and header parameters are not printed, and Swagger 2.0 body fields come out under
"Response JSON Object" (it writes `:<json`, which httpdomain 2.x reads as the response)."""
SPHINX_HTTPDOMAIN = PyRenderer(SPHINX.requirements, "html", "BSD", folder=True, variant="httpdomain")
"""The same package's newer renderer (`openapi_default_renderer = "httpdomain"`): request bodies of every version
as "Request JSON Object" fields with `required` markers, parameter types with `required`, example requests and
responses as raw HTTP."""
MKDOCS = PyRenderer(("neoteroi-mkdocs==1.2.0", "mkdocs==1.6.1"), "html", "MIT", folder=True)
"""neoteroi's `[OAD(spec)]` to Markdown inside MkDocs, built to HTML (mkdocs theme)."""
PANDOC = PyRenderer(("pypandoc-binary==1.17",), "html", "GPL-2.0-or-later", source="swagger-markdown")
"""pandoc 3.9 (the binary the wheel ships): swagger-markdown's GitHub Markdown to standalone HTML5."""

RENDERERS: dict[str, NpmRenderer | PyRenderer] = {
    "widdershins": WIDDERSHINS,
    "openapi-to-md": OPENAPI_TO_MD,
    "redoc": REDOC,
    "bootprint": BOOTPRINT,
    "swagger-markdown": SWAGGER_MARKDOWN,
    "openapi-markdown": OPENAPI_MARKDOWN,
    "shins": SHINS,
    "sphinx": SPHINX,
    "sphinx-httpdomain": SPHINX_HTTPDOMAIN,
    "mkdocs": MKDOCS,
    "pandoc": PANDOC,
}

XHTML2PDF = Printer("xhtml2pdf", ("xhtml2pdf==0.2.28", "markdown-it-py==4.0.0", "pypdf==7.1.0"), license="Apache-2.0")
"""Pure-Python wheels (reportlab, lxml, Pillow, svglib ...): no browser, no system package."""
WEASYPRINT = Printer("weasyprint", ("weasyprint==70.0",), license="BSD-3-Clause")
"""CSS paged media on pango/cairo (system libraries), no JavaScript."""
CHROMIUM = Printer("chromium", apt="chromium", license="BSD-3-Clause")
"""Headless `--print-to-pdf` with a fresh profile and no network: the page as a browser lays it out."""
PRINTERS = {p.name: p for p in (XHTML2PDF, WEASYPRINT, CHROMIUM)}


# --- installation ------------------------------------------------------------------------------------------


def renderer_cache(cache_dir: str | Path | None = None) -> Path:
    return Path(cache_dir or os.environ.get(CACHE_ENV) or DEFAULT_CACHE).expanduser()


def _npm_install(packages: Sequence[str], root: Path, check: Callable[[Path], object]) -> None:
    npm = shutil.which("npm")
    if npm is None:
        raise CorpusError(f"npm is not on PATH: it is needed once to install {' '.join(packages)} into {root}")
    args = ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-save", *packages]
    staged_install(
        " ".join(packages),
        root,
        lambda staging: [npm, *args, "--prefix", str(staging)],
        check,
        error=CorpusError,
        timeout=INSTALL_TIMEOUT,
    )


def _entry(root: Path, renderer: NpmRenderer) -> Path:
    """The renderer's "bin" script under `root`, after checking that the pinned versions are installed."""
    manifests = []
    for spec in (f"{renderer.package}@{renderer.version}", *renderer.extra):
        name, _, version = spec.rpartition("@")
        path = root / "node_modules" / name / "package.json"
        try:
            manifests.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise CorpusError(f"{spec} is not installed in {root}: {exc}") from exc
        if manifests[-1].get("version") != version:
            raise CorpusError(f"{root}: holds {name} {manifests[-1].get('version')}, not {version}")
    bins = manifests[0].get("bin")
    script = bins.get(renderer.bin) if isinstance(bins, dict) else bins
    entry = root / "node_modules" / renderer.package / str(script)
    if not isinstance(script, str) or not entry.is_file():
        raise CorpusError(f'{renderer.label}: its "bin" {renderer.bin} is missing from {root}')
    return entry


def ensure_renderer(renderer: NpmRenderer, cache_dir: str | Path | None = None) -> Path:
    """The renderer's entry script, npm-installed once under `cache_dir/<package>@<version>`."""
    root = renderer_cache(cache_dir) / f"{renderer.package.replace('/', '+')}@{renderer.version}"
    try:
        return _entry(root, renderer)
    except CorpusError:
        pass
    _npm_install([f"{renderer.package}@{renderer.version}", *renderer.extra], root, lambda r: _entry(r, renderer))
    return _entry(root, renderer)


def _node_ok(node: Path | str | None) -> bool:
    return node is not None and (_node_major(str(node)) or 0) >= NODE_MAJOR


def ensure_node(cache_dir: str | Path | None = None) -> Path:
    """Node >= 22: the official suite's install, ours, the one on PATH, or npm's `node-<os>-<arch>` installed once."""
    ours = renderer_cache(cache_dir) / f"node@{NODE_VERSION}"
    for node in (*(_node_in(official_cache_root() / v) for v in VERSIONS), _node_in(ours), shutil.which("node")):
        if node is not None and _node_ok(node):
            return Path(node)
    package = _node_package()
    if package is None:
        raise CorpusError(f"the renderers need Node >= {NODE_MAJOR}: none on PATH, and none on npm for this platform")

    def check(root: Path) -> None:
        if not _node_ok(_node_in(root)):
            raise CorpusError(f"{package}@{NODE_VERSION} installed in {root} does not run here")

    _npm_install([f"{package}@{NODE_VERSION}"], ours, check)
    node = _node_in(ours)
    assert node is not None
    return node


def _pypi_check(requirements: Sequence[str]) -> Callable[[Path], None]:
    def check(root: Path) -> None:
        for requirement in requirements:
            name, _, version = requirement.partition("==")
            dist = name.replace("-", "_")
            if not any(root.glob(f"{dist}-{version}.dist-info")):
                raise CorpusError(f"{requirement} is not installed in {root}")

    return check


def ensure_pypi(requirements: Sequence[str], cache_dir: str | Path | None = None) -> Path:
    """A folder (for PYTHONPATH) holding `requirements`, pip-installed once from wheels only."""
    tag = f"py{sys.version_info.major}{sys.version_info.minor}"
    root = renderer_cache(cache_dir) / "pypi" / f"{requirements[0].replace('==', '@')}-{tag}"
    check = _pypi_check(requirements)
    try:
        check(root)
        return root
    except CorpusError:
        pass
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-input"]
    staged_install(
        " ".join(requirements),
        root,
        lambda staging: [*pip, "--only-binary=:all:", "--target", str(staging), *requirements],
        check,
        error=CorpusError,
        timeout=INSTALL_TIMEOUT,
    )
    return root


def chromium_binary() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def chromium_version() -> str | None:
    binary = chromium_binary()
    if binary is None:
        return None
    try:
        done = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r"(\d+(?:\.\d+)+)", done.stdout)
    return match.group(1) if match else None


def ensure(name: str, cache_dir: str | Path | None = None) -> Path:
    """Install the renderer or printer `name` if needed: its entry script (npm) or its PYTHONPATH folder."""
    if name in PRINTERS:
        printer = PRINTERS[name]
        if printer.apt:
            binary = chromium_binary()
            if binary is None:
                raise CorpusError(f"{printer.apt} is not installed (Debian: apt-get install {printer.apt})")
            return Path(binary)
        return ensure_pypi(printer.requirements, cache_dir)
    renderer = RENDERERS[name]
    if isinstance(renderer, NpmRenderer):
        return ensure_renderer(renderer, cache_dir)
    return ensure_pypi(renderer.requirements, cache_dir)


# --- running -----------------------------------------------------------------------------------------------


def run(cmd: Sequence[str], what: str, cwd: Path, env: dict[str, str] | None = None) -> None:
    try:
        done = subprocess.run(
            list(cmd), capture_output=True, text=True, timeout=RENDER_TIMEOUT, check=False, cwd=cwd, env=env
        )
    except subprocess.TimeoutExpired as exc:
        raise CorpusError(f"{what} did not finish within {RENDER_TIMEOUT:.0f} s") from exc
    if done.returncode != 0:
        tail = "\n".join((done.stderr + done.stdout).strip().splitlines()[-15:])
        raise CorpusError(f"{what} failed (exit {done.returncode}):\n{tail}")


def _pythonpath(root: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}


def render(name: str, node: Path | None, installed: Path, source: Path, work: Path, what: str) -> Path:
    """Run renderer `name` on `source` (a spec, or its source renderer's Markdown) inside `work`.

    Returns what it produced: a file, or a folder holding `index.html`.
    """
    renderer = RENDERERS[name]
    produced = work / "out"
    if isinstance(renderer, NpmRenderer):
        assert node is not None
        env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_COLOR": "1"}
        args = {
            "widdershins": [str(source), "-o", str(produced)],
            "openapi-to-md": [str(source), str(produced)],
            "redoc": ["build-docs", str(source), "-o", str(produced)],
            "bootprint": ["openapi", str(source), str(produced)],
            "swagger-markdown": ["-i", str(source), "-o", str(produced)],
            "openapi-markdown": ["-i", str(source), "-o", str(produced)],
            "shins": ["-o", str(produced), str(source)],
        }[name]
        cwd = installed.parent if name == "shins" else work  # shins reads its layout relative to the cwd
        run([str(node), str(installed), *args], what, cwd, env)
        if produced.is_dir():
            for extra in produced.glob("*.map"):
                extra.unlink()
        return produced
    env = _pythonpath(installed)
    if name in ("sphinx", "sphinx-httpdomain"):
        project = work / "project"
        project.mkdir()
        shutil.copy(source, project / f"spec{''.join(source.suffixes[-1:])}")
        conf = 'extensions = ["sphinxcontrib.openapi"]\nproject = "API"\n'
        if name == "sphinx-httpdomain":
            conf += 'openapi_default_renderer = "httpdomain"\n'
        (project / "conf.py").write_text(conf, encoding="utf-8")
        directive = f".. openapi:: spec{''.join(source.suffixes[-1:])}\n"
        (project / "index.rst").write_text(f"API reference\n=============\n\n{directive}", encoding="utf-8")
        run([sys.executable, "-m", "sphinx", "-b", "html", "-q", str(project), str(produced)], what, work, env)
        for extra in ("_sources", ".doctrees", "objects.inv", "searchindex.js", ".buildinfo"):
            path = produced / extra
            shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
        return produced
    if name == "mkdocs":
        project = work / "project"
        (project / "docs").mkdir(parents=True)
        spec = project / f"spec{''.join(source.suffixes[-1:])}"  # outside docs/: not copied into the site
        shutil.copy(source, spec)
        config = "site_name: API reference\nplugins:\n  - neoteroi.mkdocsoad:\n      use_pymdownx: false\n"
        (project / "mkdocs.yml").write_text(config, encoding="utf-8")
        (project / "docs" / "index.md").write_text(f"# API reference\n\n[OAD({spec.name})]\n", encoding="utf-8")
        run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(produced)], what, project, env)
        for extra in ("sitemap.xml", "sitemap.xml.gz", "404.html", "search"):
            path = produced / extra
            shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
        return produced
    if name == "pandoc":
        pandoc = installed / "pypandoc" / "files" / "pandoc"
        run([str(pandoc), "-f", "gfm", "-t", "html5", "-s", "--metadata", "title=API reference", "-o", str(produced),
             str(source)], what, work)  # fmt: skip
        return produced
    raise CorpusError(f"no way to run {name}")


def print_pdf(printer: str, installed: Path, src: Path, dst: Path, work: Path, what: str) -> None:
    """Print the HTML page `src` to `dst` with WeasyPrint or Chromium (xhtml2pdf runs in corpus.py's worker)."""
    if printer == "weasyprint":
        code = (
            "import logging, sys\nlogging.getLogger('weasyprint').setLevel(logging.CRITICAL)\n"
            "from weasyprint import HTML\nHTML(sys.argv[1]).write_pdf(sys.argv[2])\n"
        )
        run([sys.executable, "-c", code, str(src), str(dst)], what, work, _pythonpath(installed))
        return
    profile = work / "profile"
    run(
        [
            str(installed),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--host-resolver-rules=MAP * ~NOTFOUND",  # nothing is fetched from the network
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer",
            "--virtual-time-budget=5000",  # lets the page's scripts run before printing
            f"--print-to-pdf={dst}",
            src.resolve().as_uri(),
        ],
        what,
        work,
    )
