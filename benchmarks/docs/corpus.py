"""A scored corpus for the documentation ingester: real OpenAPI specs rendered by real third-party renderers.

Every document is a Markdown, HTML or PDF rendering of one spec from `../shared/specs` (relative to the repo
root), and that spec is its ground truth. The renderers (`renderers.py`: npm packages run with Node 22, pip
wheels, and Debian's chromium for browser-printed PDFs) are pinned and installed once under
`~/.cache/mcpgen/renderers` (or `$MCPGEN_RENDERER_CACHE`). Documents go to `benchmarks/.cache/docs-corpus/`
with a `manifest.json`, and are reused while the renderer and the spec's SHA-256 are unchanged. Each document
is checked to name every operation of its spec (method and path); the pairs where a renderer itself drops
operations are listed in `EXCLUDED` with the reason, and are not rendered.

    python benchmarks/docs/corpus.py [--out DIR] [--force] [--sample]
"""

import argparse
import gzip
import hashlib
import json
import logging
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from renderers import (
    PRINTERS,
    RENDERERS,
    XHTML2PDF,
    CorpusError,
    Format,
    NpmRenderer,
    chromium_binary,
    ensure,
    ensure_node,
    print_pdf,
    render,
    run,
)
from verify import document_text, load_spec, missing_operations, operations

ROOT = Path(__file__).resolve().parents[2]
SPECS = Path("../shared/specs")
"""Where the ground-truth specs are, relative to the repo root."""
DEFAULT_OUT = ROOT / "benchmarks" / ".cache" / "docs-corpus"
RECIPE = 1
"""Bumped when a renderer's options change, so that cached documents are rendered again."""
MANIFEST = "manifest.json"
EXTENSIONS: dict[Format, str] = {"markdown": "md", "html": "html", "pdf": "pdf"}
WORKERS = 2


@dataclass(frozen=True)
class CorpusDoc:
    name: str
    format: Format
    path: Path
    truth: Path
    """The source spec (`ROOT / ../shared/specs/...`, resolved), or its bundled copy when it has external `$ref`s."""
    renderer: str
    """The renderer(s) with their pinned versions, e.g. `widdershins@4.0.1`."""
    key: str = ""
    """The renderer's short name (a key of `RENDERERS`, or `<printer> <- <renderer>` for a PDF)."""


@dataclass(frozen=True)
class Spec:
    name: str
    path: str
    """Relative to `SPECS`."""
    bundle: bool = False
    """It `$ref`s other files: the renderers (and the scorer) read a copy bundled by `redocly bundle`."""

    @property
    def truth(self) -> Path:
        return (ROOT / SPECS / self.path).resolve()

    @property
    def swagger2(self) -> bool:
        return self.name.endswith("-2.0")


@dataclass(frozen=True)
class Job:
    spec: Spec
    renderer: str
    """A key of `RENDERERS`."""
    printer: str | None = None
    """Print that renderer's document to PDF with this key of `PRINTERS` instead."""

    @property
    def format(self) -> Format:
        return "pdf" if self.printer else RENDERERS[self.renderer].format

    @property
    def name(self) -> str:
        engine = f".{self.printer}" if self.printer not in (None, "xhtml2pdf") else ""
        return f"{self.spec.name}.{self.renderer}{engine}.{EXTENSIONS[self.format]}"

    @property
    def file(self) -> str:
        """The document, relative to the output folder (a page that comes with a folder keeps it beside it)."""
        if RENDERERS[self.renderer].folder and not self.printer:
            return f"{self.spec.name}.{self.renderer}/index.html"
        return self.name

    @property
    def source(self) -> "Job | None":
        """The job whose document this one is made from (None: made from the spec)."""
        if self.printer:
            return Job(self.spec, self.renderer)
        upstream = RENDERERS[self.renderer].source
        return Job(self.spec, upstream) if upstream else None

    @property
    def key(self) -> str:
        return f"{self.printer} <- {self.renderer}" if self.printer else self.renderer

    @property
    def label(self) -> str:
        made = RENDERERS[self.renderer].label
        upstream = RENDERERS[self.renderer].source
        if upstream:
            made = f"{made} <- {RENDERERS[upstream].label}"
        return f"{PRINTERS[self.printer].label} <- {made}" if self.printer else made


def _azure(name: str, path: str) -> Spec:
    return Spec(name, f"azure/specification/{path}", bundle=True)


PETSTORE = Spec("petstore-3.0", "openapi/petstore/swagger-petstore-3.0.yaml")
MUSEUM = Spec("museum-3.1", "openapi/real/redocly-museum-openapi-3.1.yaml")
UBER = Spec("uber-2.0", "openapi/oai-examples/v2.0/yaml/uber.yaml")
VSPHERE_STATS = Spec("vsphere-stats-2.0", "vmware/vsphere-8.0.2/stats.json.gz")
WEKAN = Spec("wekan-2.0", "docs/html/wekan-redoc/wekan-api.groundtruth.yml")
"""Two of its operationIds are used twice; widdershins then drops 3 of its 122 operations (see EXCLUDED)."""
SQL = "sql/resource-manager/Microsoft.Sql/stable/2021-11-01"
COMPUTE = "compute/resource-manager/Microsoft.Compute/ComputeRP/stable/2024-03-01"
MONITOR = "monitor/resource-manager/Microsoft.Insights/stable/2024-02-01"
SPEC_LIST = (
    PETSTORE,
    MUSEUM,
    UBER,
    VSPHERE_STATS,
    WEKAN,
    Spec("petstore-expanded-3.0", "openapi/oai-examples/v3.0/petstore-expanded.yaml"),
    Spec("uspto-3.0", "openapi/oai-examples/v3.0/uspto.yaml"),
    Spec("link-example-3.0", "openapi/oai-examples/v3.0/link-example.yaml"),
    Spec("api-with-examples-3.0", "openapi/oai-examples/v3.0/api-with-examples.yaml"),
    Spec("petstore-external-docs-2.0", "openapi/oai-examples/v2.0/yaml/petstore-with-external-docs.yaml"),
    Spec("petstore-oai-3.0", "openapi/oai-examples/v3.0/petstore.yaml"),
    Spec("tictactoe-3.1", "openapi/learn-openapis/v3.1/tictactoe.yaml"),
    Spec("vsphere-session-2.0", "vmware/vsphere-8.0.2/session.json.gz"),
    Spec("vsphere-hvc-2.0", "vmware/vsphere-8.0.2/hvc.json.gz"),
    Spec("vsphere7-cis-2.0", "vmware/vsphere-7.0.3/cis.json.gz"),
    _azure("azure-sql-firewallrules-2.0", f"{SQL}/FirewallRules.json"),
    _azure("azure-sql-servers-2.0", f"{SQL}/Servers.json"),
    _azure("azure-sql-databases-2.0", f"{SQL}/Databases.json"),
    _azure("azure-monitor-metrics-2.0", f"{MONITOR}/metrics_API.json"),
    _azure("azure-monitor-metricdefinitions-2.0", f"{MONITOR}/metricDefinitions_API.json"),
    _azure("azure-monitor-metricnamespaces-2.0", f"{MONITOR}/metricNamespaces_API.json"),
    _azure("azure-compute-vm-2.0", f"{COMPUTE}/virtualMachine.json"),
)
SPEC_BY_NAME = {spec.name: spec for spec in SPEC_LIST}

_SWAGGER_MARKDOWN_FAILS = "swagger-markdown 3.0.0 exits without writing a document (an exception it does not report)"
EXCLUDED: dict[tuple[str, str], str] = {
    ("widdershins", "wekan-2.0"): "two operationIds are used twice: widdershins drops 3 of the 122 operations",
    ("shins", "wekan-2.0"): "made from widdershins' Markdown, which drops 3 of the 122 operations",
    ("widdershins", "vsphere7-cis-2.0"): "operationIds repeat across tags (create, list, get ...): 33 of 69 dropped",
    ("shins", "vsphere7-cis-2.0"): "made from widdershins' Markdown, which drops 33 of the 69 operations",
    ("bootprint", "azure-sql-databases-2.0"): "bootprint-openapi 4.0.4 stops on this spec and writes nothing",
    ("sphinx", "wekan-2.0"): "sphinxcontrib-openapi 0.10.0 raises on this spec (Sphinx exits 2)",
    ("sphinx-httpdomain", "wekan-2.0"): "sphinxcontrib-openapi 0.10.0 raises on this spec with either renderer",
    ("chromium <- pandoc", "vsphere-hvc-2.0"): "a 60-character path is clipped at the page edge in print",
    ("weasyprint <- pandoc", "vsphere-hvc-2.0"): "a 60-character path is clipped at the page edge in print",
    **{
        (renderer, spec): _SWAGGER_MARKDOWN_FAILS
        for renderer in ("swagger-markdown", "pandoc")
        for spec in (
            "wekan-2.0",
            "api-with-examples-3.0",
            "petstore-oai-3.0",
            "azure-monitor-metricdefinitions-2.0",
            "azure-monitor-metricnamespaces-2.0",
            "azure-compute-vm-2.0",
        )
    },
}
"""(renderer, spec) pairs not rendered, with the reason: the renderer itself loses operations there."""
PDF_SPECS = ("petstore-3.0", "uber-2.0", "tictactoe-3.1", "vsphere-hvc-2.0", "museum-3.1", "uspto-3.0")
"""The specs whose pages are also printed, by each printer from each of its sources (PDF_SOURCES). Not Azure's:
their 150-character paths are clipped at the page edge by Chromium's print layout of every page tried
(Redoc also ellipsizes them on screen), so the printed document itself loses the operations."""
PDF_SOURCES = {
    "xhtml2pdf": ("widdershins", "openapi-to-md", "bootprint"),
    "weasyprint": ("sphinx", "mkdocs", "pandoc"),
    "chromium": ("redoc", "shins", "sphinx", "mkdocs"),
}
LEGACY_PDFS = (
    Job(PETSTORE, "widdershins", "xhtml2pdf"),
    Job(MUSEUM, "openapi-to-md", "xhtml2pdf"),
    Job(UBER, "bootprint", "xhtml2pdf"),
    Job(VSPHERE_STATS, "bootprint", "xhtml2pdf"),
)


SWAGGER2_ONLY = {"bootprint"}
"""bootprint renders OpenAPI 3.x parameters and bodies as untyped."""
OPENAPI3_ONLY = {"mkdocs"}
"""neoteroi-mkdocs refuses Swagger 2.0 ("convert your specification to OpenAPI 3.x first")."""


def _wanted(renderer: str, spec: Spec, printer: str | None = None) -> bool:
    if (renderer, spec.name) in EXCLUDED or (f"{printer} <- {renderer}", spec.name) in EXCLUDED:
        return False
    return (renderer not in SWAGGER2_ONLY or spec.swagger2) and (renderer not in OPENAPI3_ONLY or not spec.swagger2)


def _jobs() -> tuple[Job, ...]:
    pages = [Job(spec, r) for r in RENDERERS for spec in SPEC_LIST if _wanted(r, spec)]
    pdfs = [
        Job(SPEC_BY_NAME[s], r, printer)
        for printer, sources in PDF_SOURCES.items()
        for r in sources
        for s in PDF_SPECS
        if _wanted(r, SPEC_BY_NAME[s]) and _wanted(r, SPEC_BY_NAME[s], printer)
    ]
    return tuple(dict.fromkeys([*pages, *LEGACY_PDFS, *pdfs]))


JOBS = _jobs()
SAMPLE = (
    *(Job(PETSTORE, r) for r in ("widdershins", "openapi-to-md", "redoc", "swagger-markdown", "sphinx", "mkdocs")),
    Job(PETSTORE, "widdershins", "xhtml2pdf"),
    Job(MUSEUM, "widdershins"),
    Job(MUSEUM, "openapi-to-md"),
    Job(MUSEUM, "redoc"),
    Job(MUSEUM, "openapi-to-md", "xhtml2pdf"),
    Job(UBER, "widdershins"),
    Job(UBER, "bootprint"),
    Job(UBER, "bootprint", "xhtml2pdf"),
    Job(UBER, "sphinx", "weasyprint"),
    Job(UBER, "redoc", "chromium"),
    Job(VSPHERE_STATS, "widdershins"),
    Job(VSPHERE_STATS, "redoc"),
    Job(VSPHERE_STATS, "bootprint"),
    Job(VSPHERE_STATS, "bootprint", "xhtml2pdf"),
    Job(WEKAN, "openapi-to-md"),
    Job(WEKAN, "bootprint"),
    Job(SPEC_BY_NAME["azure-sql-firewallrules-2.0"], "sphinx"),
    Job(SPEC_BY_NAME["azure-sql-firewallrules-2.0"], "sphinx-httpdomain"),
    Job(SPEC_BY_NAME["uspto-3.0"], "mkdocs"),
    Job(SPEC_BY_NAME["tictactoe-3.1"], "swagger-markdown"),
)
"""What the test suite renders: the five original specs by the original renderers, plus one or two documents
of each renderer that installs in seconds (no pandoc, shins or openapi-markdown; chromium only if installed)."""


@dataclass(frozen=True)
class Rendered:
    doc: CorpusDoc
    bytes: int
    operations: int
    seconds: float
    """Time spent rendering it this run (0 when reused)."""
    rendered: bool


# --- printing with xhtml2pdf (in a worker process that has it on its PYTHONPATH) ---------------------------


def _print_xhtml2pdf(jobs: Sequence[Job], printer: Path, out_dir: Path) -> dict[str, float]:
    """Print the jobs' sources to PDF in one worker process: seconds taken, by job name."""
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
        env = {**os.environ, "PYTHONPATH": str(printer)}
        run([sys.executable, __file__, "--pdf-worker", str(tasks_file)], XHTML2PDF.label, Path(tmp), env)
        results = json.loads(tasks_file.with_suffix(".out.json").read_text(encoding="utf-8"))
    return {j.name: r["seconds"] for j, r in zip(jobs, results, strict=True)}


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


def _truth(spec: Spec, out_dir: Path) -> Path:
    """What the renderers read and the scorer compares with: the spec, or its bundled copy."""
    return out_dir / "specs" / f"{spec.name}.json" if spec.bundle else spec.truth


def _spec_input(spec: Spec, folder: Path, out_dir: Path, node: Path | None, cache_dir: str | Path | None) -> Path:
    """The spec as a file the renderers read: gzip'ed specs are unpacked, multi-file ones bundled into one."""
    if spec.bundle:
        bundled = _truth(spec, out_dir)
        if not bundled.is_file():
            assert node is not None
            bundled.parent.mkdir(parents=True, exist_ok=True)
            redocly = ensure("redoc", cache_dir)
            part = folder / f"{spec.name}.json"
            run([str(node), str(redocly), "bundle", str(spec.truth), "-o", str(part)], f"bundling {spec.path}", folder)
            shutil.move(part, bundled)
        return bundled
    if spec.truth.suffix != ".gz":
        return spec.truth
    unpacked = folder / spec.truth.with_suffix("").name
    unpacked.write_bytes(gzip.decompress(spec.truth.read_bytes()))
    return unpacked


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _place(produced: Path, out_dir: Path, job: Job) -> None:
    if not produced.exists():
        raise CorpusError(f"{job.label} on {job.spec.path} wrote nothing")
    target = out_dir / Path(job.file).parts[0]
    if target.is_dir():
        shutil.rmtree(target)
    else:
        target.unlink(missing_ok=True)
    shutil.move(produced, target)
    if not (out_dir / job.file).is_file():
        raise CorpusError(f"{job.label} on {job.spec.path} wrote no {job.file}")


def build(
    out_dir: Path = DEFAULT_OUT,
    *,
    jobs: Sequence[Job] = JOBS,
    cache_dir: str | Path | None = None,
    force: bool = False,
    log: Any = None,
) -> list[Rendered]:
    """Render (or reuse) the documents of `jobs`, check them, and say what was done.

    Chromium's PDFs are left out (with a line to `log`) when chromium is not installed.
    """
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    if chromium_binary() is None and any(j.printer == "chromium" for j in jobs):
        if log is not None:
            print("corpus: chromium is not installed (apt-get install chromium): its PDFs are left out", file=log)
        jobs = [j for j in jobs if j.printer != "chromium"]
    for spec in {job.spec for job in jobs}:
        if not spec.truth.is_file():
            raise CorpusError(f"the ground-truth spec {SPECS / spec.path} is missing (looked in {spec.truth})")
    hashes = {spec: _sha256(spec.truth) for spec in {job.spec for job in jobs}}
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

    todo = [job for job in jobs if not fresh(job)]
    needed: dict[Job, None] = {}  # every job to run, its sources first

    def need(job: Job) -> None:
        if job.source is not None and (job.source not in jobs or not fresh(job.source) or job.source in todo):
            need(job.source)
        needed.setdefault(job)

    for job in todo:
        need(job)
    stages = [
        [j for j in needed if not j.printer and j.source is None],
        [j for j in needed if not j.printer and j.source is not None],
        [j for j in needed if j.printer and j.printer != "xhtml2pdf"],
    ]
    xhtml = [j for j in needed if j.printer == "xhtml2pdf"]
    seconds: dict[str, float] = {}
    broken: dict[str, str] = {}
    tools = {j.printer or j.renderer for j in needed}
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        node_future: Future[Path] | None = None
        if any(isinstance(RENDERERS[j.renderer], NpmRenderer) or j.spec.bundle for j in needed if not j.printer):
            node_future = pool.submit(ensure_node, cache_dir)
        installs = {t: pool.submit(ensure, t, cache_dir) for t in sorted(tools)}
        node = node_future.result() if node_future else None
        with tempfile.TemporaryDirectory(prefix=".specs.", dir=out_dir) as tmp:
            inputs = {
                spec: _spec_input(spec, Path(tmp), out_dir, node, cache_dir)
                for spec in sorted({j.spec for j in needed}, key=SPEC_LIST.index)
            }

            def one(job: Job) -> None:
                if job.source is not None and job.source.name in broken:
                    broken[job.name] = f"its source {job.source.name} failed"
                    return
                try:
                    attempt(job)
                except CorpusError as exc:
                    broken[job.name] = exc.message

            def attempt(job: Job) -> None:
                installed = installs[job.printer or job.renderer].result()
                started = time.perf_counter()
                what = f"{job.label} on {job.spec.path}"
                with tempfile.TemporaryDirectory(prefix=".render.", dir=out_dir) as work:
                    if job.printer:
                        src = out_dir / Job(job.spec, job.renderer).file
                        partial = Path(work) / "out.pdf"
                        print_pdf(job.printer, installed, src, partial, Path(work), what)
                        _place(partial, out_dir, job)
                    else:
                        source = out_dir / job.source.file if job.source else inputs[job.spec]
                        _place(render(job.renderer, node, installed, source, Path(work), what), out_dir, job)
                seconds[job.name] = time.perf_counter() - started

            for stage in stages:
                list(pool.map(one, stage))
            xhtml = [j for j in xhtml if j.source is None or j.source.name not in broken]
            if xhtml:
                seconds.update(_print_xhtml2pdf(xhtml, installs["xhtml2pdf"].result(), out_dir))

    results: list[Rendered] = []
    failures: list[str] = []
    specs: dict[Spec, list[tuple[str, str]]] = {}
    for job in jobs:
        path = out_dir / job.file
        truth = _truth(job.spec, out_dir)
        if job.name in broken:
            failures.append(f"{job.name}: {broken[job.name]}")
            manifest.pop(job.name, None)
            continue
        if job.name in seconds:
            if job.spec not in specs:
                specs[job.spec] = operations(load_spec(job.spec.truth))
            ops = specs[job.spec]
            text = _pdf_text(path) if job.printer else document_text(path, job.format)
            missing = missing_operations(text, ops)
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
        doc = CorpusDoc(job.name, job.format, path, truth, job.label, job.key)
        entry = manifest[job.name]
        results.append(
            Rendered(doc, entry["bytes"], entry["operations"], seconds.get(job.name, 0.0), job.name in seconds)
        )
    if seconds:
        _write_manifest(out_dir, manifest)
    if failures:
        raise CorpusError("\n".join(failures))
    return results


def render_corpus(out_dir: Path = DEFAULT_OUT, *, sample: bool = False) -> list[CorpusDoc]:
    """Every document of the corpus (or of the test suite's sample), rendered into `out_dir` or reused."""
    return [rendered.doc for rendered in build(out_dir, jobs=SAMPLE if sample else JOBS, log=sys.stderr)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n", 1)[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default {DEFAULT_OUT})")
    parser.add_argument("--force", action="store_true", help="render every document again")
    parser.add_argument("--sample", action="store_true", help="only the documents the test suite renders")
    parser.add_argument("--pdf-worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.pdf_worker is not None:
        _pdf_worker(args.pdf_worker)
        return 0
    started = time.perf_counter()
    try:
        results = build(args.out, jobs=SAMPLE if args.sample else JOBS, force=args.force, log=sys.stderr)
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
