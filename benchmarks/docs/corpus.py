"""A scored corpus for the documentation ingester: real OpenAPI specs rendered by real third-party renderers.

Every document is a Markdown, HTML or PDF rendering of one spec from `../shared/specs` (relative to the repo
root), and that spec is its ground truth. The renderers are pinned npm packages run with Node 22, found or
installed the way `mcpgen.conformance.official` does, and a pinned pip-installed HTML-to-PDF printer. Both are
installed once under `~/.cache/mcpgen/renderers` (or `$MCPGEN_RENDERER_CACHE`). Documents go to
`benchmarks/.cache/docs-corpus/` with a `manifest.json`, and are reused while the renderer and the spec's
SHA-256 are unchanged. Each document is checked to name every operation of its spec (method and path).

    python benchmarks/docs/corpus.py [--out DIR] [--force]
"""

import argparse
import gzip
import hashlib
import html
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from mcpgen.conformance.official import (
    NODE_MAJOR,
    NODE_VERSION,
    VERSIONS,
    _node_in,
    _node_major,
    _node_package,
)
from mcpgen.conformance.official import cache_root as official_cache_root
from mcpgen.diagnostics import McpgenError
from mcpgen.staged import staged_install

ROOT = Path(__file__).resolve().parents[2]
SPECS = Path("../shared/specs")
"""Where the ground-truth specs are, relative to the repo root."""
DEFAULT_OUT = ROOT / "benchmarks" / ".cache" / "docs-corpus"
CACHE_ENV = "MCPGEN_RENDERER_CACHE"
DEFAULT_CACHE = Path("~/.cache/mcpgen/renderers")
INSTALL_TIMEOUT = 300.0
RENDER_TIMEOUT = 120.0
RECIPE = 1
"""Bumped when a renderer's options change, so that cached documents are rendered again."""
MANIFEST = "manifest.json"
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

Format = Literal["markdown", "html", "pdf"]
EXTENSIONS: dict[Format, str] = {"markdown": "md", "html": "html", "pdf": "pdf"}


class CorpusError(McpgenError):
    """A renderer could not be installed or run, or a document misses operations of its spec."""


@dataclass(frozen=True)
class CorpusDoc:
    name: str
    format: Format
    path: Path
    truth: Path
    """The source spec: `ROOT / ../shared/specs/...`, resolved."""
    renderer: str
    """The renderer(s) with their pinned versions, e.g. `widdershins@4.0.1`."""


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

    @property
    def label(self) -> str:
        return "+".join((f"{self.package}@{self.version}", *self.extra))


@dataclass(frozen=True)
class PdfPrinter:
    requirements: tuple[str, ...]
    license: str

    @property
    def label(self) -> str:
        return self.requirements[0]


WIDDERSHINS = NpmRenderer("widdershins", "4.0.1", "widdershins", "markdown", "MIT")
OPENAPI_TO_MD = NpmRenderer("openapi-to-md", "1.1.1", "openapi-to-md", "markdown", "MIT")
REDOC = NpmRenderer("@redocly/cli", "1.34.20", "redocly", "html", "MIT")
"""`build-docs` of the 1.x line renders with Redoc 2.5.3 server-side; 2.x (Redoc 3) leaves the operations to JS."""
BOOTPRINT = NpmRenderer("bootprint", "4.0.4", "bootprint", "html", "MIT", ("bootprint-openapi@4.0.4",))
"""Swagger 2.0 only: it renders 3.x parameters and bodies as untyped."""
RENDERERS = {"widdershins": WIDDERSHINS, "openapi-to-md": OPENAPI_TO_MD, "redoc": REDOC, "bootprint": BOOTPRINT}

PDF = PdfPrinter(("xhtml2pdf==0.2.28", "markdown-it-py==4.0.0", "pypdf==7.1.0"), "Apache-2.0")
"""Pure-Python wheels (reportlab, lxml, Pillow, svglib ...): no browser, no system package."""


@dataclass(frozen=True)
class Spec:
    name: str
    path: str
    """Relative to `SPECS`."""

    @property
    def truth(self) -> Path:
        return (ROOT / SPECS / self.path).resolve()


@dataclass(frozen=True)
class Job:
    spec: Spec
    renderer: str
    """A key of `RENDERERS`."""
    pdf: bool = False
    """Print that renderer's document to PDF instead."""

    @property
    def format(self) -> Format:
        return "pdf" if self.pdf else RENDERERS[self.renderer].format

    @property
    def name(self) -> str:
        return f"{self.spec.name}.{self.renderer}.{EXTENSIONS[self.format]}"

    @property
    def file(self) -> str:
        """The document, relative to the output folder (bootprint's page keeps its stylesheet beside it)."""
        return f"{self.spec.name}.bootprint/index.html" if self.renderer == "bootprint" and not self.pdf else self.name

    @property
    def label(self) -> str:
        npm = RENDERERS[self.renderer].label
        return f"{PDF.label} <- {npm}" if self.pdf else npm


PETSTORE = Spec("petstore-3.0", "openapi/petstore/swagger-petstore-3.0.yaml")
MUSEUM = Spec("museum-3.1", "openapi/real/redocly-museum-openapi-3.1.yaml")
UBER = Spec("uber-2.0", "openapi/oai-examples/v2.0/yaml/uber.yaml")
VSPHERE_STATS = Spec("vsphere-stats-2.0", "vmware/vsphere-8.0.2/stats.json.gz")
WEKAN = Spec("wekan-2.0", "docs/html/wekan-redoc/wekan-api.groundtruth.yml")
"""Two of its operationIds are used twice; widdershins then drops 3 of its 122 operations, so it is not used."""

JOBS = (
    Job(PETSTORE, "widdershins"),
    Job(PETSTORE, "openapi-to-md"),
    Job(PETSTORE, "redoc"),
    Job(PETSTORE, "widdershins", pdf=True),
    Job(MUSEUM, "widdershins"),
    Job(MUSEUM, "openapi-to-md"),
    Job(MUSEUM, "redoc"),
    Job(MUSEUM, "openapi-to-md", pdf=True),
    Job(UBER, "widdershins"),
    Job(UBER, "bootprint"),
    Job(UBER, "bootprint", pdf=True),
    Job(VSPHERE_STATS, "widdershins"),
    Job(VSPHERE_STATS, "redoc"),
    Job(VSPHERE_STATS, "bootprint"),
    Job(VSPHERE_STATS, "bootprint", pdf=True),
    Job(WEKAN, "openapi-to-md"),
    Job(WEKAN, "bootprint"),
)


@dataclass(frozen=True)
class Rendered:
    doc: CorpusDoc
    bytes: int
    operations: int
    seconds: float
    """Time spent rendering it this run (0 when reused)."""
    rendered: bool


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


def _pdf_ok(root: Path) -> None:
    for requirement in PDF.requirements:
        name, _, version = requirement.partition("==")
        dist = name.replace("-", "_")
        if not any(root.glob(f"{dist}-{version}.dist-info")):
            raise CorpusError(f"{requirement} is not installed in {root}")


def ensure_pdf_printer(cache_dir: str | Path | None = None) -> Path:
    """A folder (for PYTHONPATH) holding the PDF printer, pip-installed once from wheels only."""
    tag = f"py{sys.version_info.major}{sys.version_info.minor}"
    root = renderer_cache(cache_dir) / "pypi" / f"{PDF.label.replace('==', '@')}-{tag}"
    try:
        _pdf_ok(root)
        return root
    except CorpusError:
        pass
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-input"]
    staged_install(
        " ".join(PDF.requirements),
        root,
        lambda staging: [*pip, "--only-binary=:all:", "--target", str(staging), *PDF.requirements],
        _pdf_ok,
        error=CorpusError,
        timeout=INSTALL_TIMEOUT,
    )
    return root


# --- rendering ---------------------------------------------------------------------------------------------


def _run(cmd: Sequence[str], what: str, cwd: Path, env: dict[str, str] | None = None) -> None:
    try:
        done = subprocess.run(
            list(cmd), capture_output=True, text=True, timeout=RENDER_TIMEOUT, check=False, cwd=cwd, env=env
        )
    except subprocess.TimeoutExpired as exc:
        raise CorpusError(f"{what} did not finish within {RENDER_TIMEOUT:.0f} s") from exc
    if done.returncode != 0:
        tail = "\n".join((done.stderr + done.stdout).strip().splitlines()[-15:])
        raise CorpusError(f"{what} failed (exit {done.returncode}):\n{tail}")


def _render_npm(job: Job, node: Path, entry: Path, spec: Path, out_dir: Path) -> None:
    """Run the job's npm renderer on `spec` and move its output to `out_dir / job.file`."""
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_COLOR": "1"}
    with tempfile.TemporaryDirectory(prefix=".render.", dir=out_dir) as tmp:
        work = Path(tmp)
        produced = work / "out"
        args = {
            "widdershins": [str(spec), "-o", str(produced)],
            "openapi-to-md": [str(spec), str(produced)],
            "redoc": ["build-docs", str(spec), "-o", str(produced)],
            "bootprint": ["openapi", str(spec), str(produced)],
        }[job.renderer]
        _run([str(node), str(entry), *args], f"{job.label} on {job.spec.path}", work, env)
        target = out_dir / Path(job.file).parts[0]
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink(missing_ok=True)
        if produced.is_dir():
            for extra in produced.glob("*.map"):
                extra.unlink()
        produced.rename(target)
    if not (out_dir / job.file).is_file():
        raise CorpusError(f"{job.label} on {job.spec.path} wrote no {job.file}")


def _print_pdfs(jobs: Sequence[Job], printer: Path, out_dir: Path) -> dict[str, tuple[str, float]]:
    """Print the jobs' sources to PDF in one worker process: extracted text and seconds, by job name."""
    tasks = [
        {
            "src": str(out_dir / Job(j.spec, j.renderer).file),
            "kind": RENDERERS[j.renderer].format,
            "dst": str(out_dir / j.name),
        }
        for j in jobs
    ]
    with tempfile.TemporaryDirectory(prefix=".pdf.", dir=out_dir) as tmp:
        tasks_file = Path(tmp) / "tasks.json"
        tasks_file.write_text(json.dumps(tasks), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(printer), os.environ.get("PYTHONPATH")]))}
        _run([sys.executable, __file__, "--pdf-worker", str(tasks_file)], f"{PDF.label}", Path(tmp), env)
        results = json.loads(tasks_file.with_suffix(".out.json").read_text(encoding="utf-8"))
    return {j.name: (r["text"], r["seconds"]) for j, r in zip(jobs, results, strict=True)}


def _pdf_worker(tasks_file: Path) -> None:
    """In the worker process (PYTHONPATH = the printer): HTML or Markdown -> PDF, then pypdf's text of it."""
    from markdown_it import MarkdownIt
    from pypdf import PdfReader
    from reportlab import rl_config
    from xhtml2pdf import pisa

    rl_config.invariant = True  # no creation date or random id: the same input prints the same bytes
    logging.getLogger("xhtml2pdf").setLevel(logging.CRITICAL)
    style = "body{font-size:10pt} pre{font-size:8pt} table{border:0.5pt solid #999}"
    results = []
    for task in json.loads(tasks_file.read_text(encoding="utf-8")):
        started = time.perf_counter()
        src, dst = Path(task["src"]), Path(task["dst"])
        source = src.read_text(encoding="utf-8")
        if task["kind"] == "markdown":
            source = re.sub(r"\A---\n.*?\n---\n", "", source, flags=re.DOTALL)  # widdershins' front matter
            body = MarkdownIt("commonmark").enable("table").render(source)
            source = f'<html><head><meta charset="utf-8"><style>{style}</style></head><body>{body}</body></html>'
        else:  # without the page's own stylesheet: Bootstrap 3 makes xhtml2pdf fail to split pages
            source = re.sub(r"<link\b[^>]*\bstylesheet\b[^>]*>", "", source, flags=re.IGNORECASE)
            source = source.replace("</head>", f"<style>{style}</style></head>", 1)
        partial = dst.with_name(f".{dst.name}.part")
        try:
            with partial.open("wb") as handle:
                status = pisa.CreatePDF(source, dest=handle, encoding="utf-8")
            if status.err:
                raise SystemExit(f"xhtml2pdf: {status.err} error(s) printing {src}")
            partial.replace(dst)
        except Exception as exc:
            raise SystemExit(f"xhtml2pdf cannot print {src}: {type(exc).__name__}: {exc}") from exc
        finally:
            partial.unlink(missing_ok=True)
        text = "\n".join(page.extract_text() for page in PdfReader(dst).pages)
        results.append({"text": text, "seconds": time.perf_counter() - started})
    tasks_file.with_suffix(".out.json").write_text(json.dumps(results), encoding="utf-8")


# --- verification ------------------------------------------------------------------------------------------


def load_spec(path: Path) -> dict[str, Any]:
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    data = json.loads(raw) if ".json" in path.suffixes else yaml.load(raw, Loader=_YAML_LOADER)
    if not isinstance(data, dict):
        raise CorpusError(f"{path}: not an OpenAPI document")
    return data


def operations(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """(METHOD, path) of every operation, with paths as written in the spec (no server or basePath)."""
    return [
        (method.upper(), path)
        for path, item in (spec.get("paths") or {}).items()
        if isinstance(item, dict)
        for method in METHODS
        if method in item
    ]


def document_text(path: Path, fmt: Format) -> str:
    """The text a reader sees: HTML without scripts, styles and tags (so only server-rendered content counts)."""
    text = path.read_text(encoding="utf-8")
    if fmt == "html":
        text = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", text, flags=re.DOTALL | re.IGNORECASE)
        text = html.unescape(re.sub(r"<[^>]*>", " ", text))
    return text


def missing_operations(text: str, ops: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The operations whose method followed by its path does not occur in `text` (`[GET]/a`, `GET /a`, ...)."""
    flat = re.sub(r"\s+", " ", re.sub(r"[`\[\]]", "", text)).casefold()

    def pattern(method: str, path: str) -> str:  # a line break may fall inside a long path
        spelled = r"\s?".join(re.escape(c) for c in path.casefold())
        return rf"{method.casefold()}\s?{spelled}(?![\w{{}}/\-.?=&~:])"

    return [op for op in ops if not re.search(pattern(*op), flat)]


# --- the corpus --------------------------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_manifest(out_dir: Path) -> dict[str, Any]:
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    docs = data.get("docs") if isinstance(data, dict) else None
    return docs if isinstance(docs, dict) else {}


def _write_manifest(out_dir: Path, entries: dict[str, Any]) -> None:
    partial = out_dir / f".{MANIFEST}.part"
    partial.write_text(json.dumps({"recipe": RECIPE, "docs": entries}, indent=1, sort_keys=True), encoding="utf-8")
    partial.replace(out_dir / MANIFEST)


def _spec_input(spec: Spec, folder: Path) -> Path:
    """The spec as a file the renderers read: gzip'ed specs are unpacked into `folder`."""
    if spec.truth.suffix != ".gz":
        return spec.truth
    unpacked = folder / spec.truth.with_suffix("").name
    unpacked.write_bytes(gzip.decompress(spec.truth.read_bytes()))
    return unpacked


def build(out_dir: Path = DEFAULT_OUT, *, cache_dir: str | Path | None = None, force: bool = False) -> list[Rendered]:
    """Render (or reuse) every document of the corpus, check it, and say what was done."""
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    for spec in {job.spec for job in JOBS}:
        if not spec.truth.is_file():
            raise CorpusError(f"the ground-truth spec {SPECS / spec.path} is missing (looked in {spec.truth})")
    hashes = {spec: _sha256(spec.truth) for spec in {job.spec for job in JOBS}}
    manifest = _read_manifest(out_dir)

    def key(job: Job) -> dict[str, Any]:
        return {"renderer": job.label, "spec_sha256": hashes[job.spec], "recipe": RECIPE}

    def fresh(job: Job) -> bool:
        entry = manifest.get(job.name)
        return (
            not force
            and isinstance(entry, dict)
            and all(entry.get(k) == v for k, v in key(job).items())
            and (out_dir / job.file).is_file()
        )

    todo = [job for job in JOBS if not fresh(job)]
    sources = {Job(j.spec, j.renderer) for j in todo if j.pdf}
    npm_jobs = sorted({j for j in todo if not j.pdf} | sources, key=JOBS.index)
    pdf_jobs = [j for j in todo if j.pdf]
    seconds: dict[str, float] = {}
    texts: dict[str, str] = {}

    with ThreadPoolExecutor(max_workers=4) as pool:
        node = pool.submit(ensure_node, cache_dir) if npm_jobs else None
        entries = {r: pool.submit(ensure_renderer, RENDERERS[r], cache_dir) for r in {j.renderer for j in npm_jobs}}
        printer = pool.submit(ensure_pdf_printer, cache_dir) if pdf_jobs else None
        if node is not None:
            node_path = node.result()
            with tempfile.TemporaryDirectory(prefix=".specs.", dir=out_dir) as tmp:
                inputs = {spec: _spec_input(spec, Path(tmp)) for spec in {j.spec for j in npm_jobs}}

                def render(job: Job) -> None:
                    entry = entries[job.renderer].result()
                    started = time.perf_counter()
                    _render_npm(job, node_path, entry, inputs[job.spec], out_dir)
                    seconds[job.name] = time.perf_counter() - started

                list(pool.map(render, npm_jobs))
        if printer is not None:
            for name, (text, took) in _print_pdfs(pdf_jobs, printer.result(), out_dir).items():
                texts[name], seconds[name] = text, took

    results: list[Rendered] = []
    failures: list[str] = []
    specs: dict[Spec, list[tuple[str, str]]] = {}
    for job in JOBS:
        path = out_dir / job.file
        if job.name in seconds:
            if job.spec not in specs:
                specs[job.spec] = operations(load_spec(job.spec.truth))
            ops = specs[job.spec]
            missing = missing_operations(texts[job.name] if job.pdf else document_text(path, job.format), ops)
            if missing:
                shown = ", ".join(f"{m} {p}" for m, p in missing[:5])
                failures.append(f"{job.name} ({job.label}) misses {len(missing)} of {len(ops)} operations: {shown}")
                manifest.pop(job.name, None)
                continue
            manifest[job.name] = {
                **key(job),
                "format": job.format,
                "path": job.file,
                "truth": (SPECS / job.spec.path).as_posix(),
                "bytes": path.stat().st_size,
                "operations": len(ops),
                "seconds": round(seconds[job.name], 3),
            }
        doc = CorpusDoc(job.name, job.format, path, job.spec.truth, job.label)
        entry = manifest[job.name]
        results.append(
            Rendered(doc, entry["bytes"], entry["operations"], seconds.get(job.name, 0.0), job.name in seconds)
        )
    if seconds:
        _write_manifest(out_dir, {job.name: manifest[job.name] for job in JOBS if job.name in manifest})
    if failures:
        raise CorpusError("\n".join(failures))
    return results


def render_corpus(out_dir: Path = DEFAULT_OUT) -> list[CorpusDoc]:
    """Every document of the corpus, rendered into `out_dir` or reused from an earlier run."""
    return [rendered.doc for rendered in build(out_dir)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n", 1)[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default {DEFAULT_OUT})")
    parser.add_argument("--force", action="store_true", help="render every document again")
    parser.add_argument("--pdf-worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.pdf_worker is not None:
        _pdf_worker(args.pdf_worker)
        return 0
    started = time.perf_counter()
    try:
        results = build(args.out, force=args.force)
    except CorpusError as exc:
        print(f"corpus: {exc.message}", file=sys.stderr)
        return 1
    width = max(len(r.doc.name) for r in results)
    print(f"{'document':<{width}}  {'format':<8}  {'bytes':>9}  {'ops':>4}  {'seconds':>7}  renderer")
    for r in results:
        took = f"{r.seconds:.2f}" if r.rendered else "cached"
        row = f"{r.doc.name:<{width}}  {r.doc.format:<8}  {r.bytes:>9,}  {r.operations:>4}  {took:>7}"
        print(f"{row}  {r.doc.renderer}")
    by_format = {f: sum(r.doc.format == f for r in results) for f in ("markdown", "html", "pdf")}
    print(f"{len(results)} documents ({', '.join(f'{n} {f}' for f, n in by_format.items())}) in {args.out}, ", end="")
    print(f"{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
