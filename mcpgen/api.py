"""The library API. The CLI, the tests and the adapters all call these functions; none of them prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from . import ingest as _ingest
from .config import BuildConfig, load_config
from .diagnostics import Diagnostic, Diagnostics, DriftError, InputError, Severity, UsageError
from .ir import IR_VERSION, READABLE_IR_VERSIONS, BuildPlan, ServiceModel
from .memory import paused
from .plan import plan as _plan
from .render import USER_FILES, Formatter, generate_files
from .render.output import drift, write_tree
from .surface.wire import shared_wires

if TYPE_CHECKING:
    from .compare import DiffResult
    from .conformance.report import Report
    from .conformance.runner import CheckOptions
    from .ingest.docs.refine import LLMOptions


@dataclass
class BuildResult:
    plan: BuildPlan
    files: dict[str, str]
    """Every generated file by relative path."""
    diagnostics: list[Diagnostic]
    out: Path | None = None
    written: list[str] = field(default_factory=list)
    drift: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(d.severity is Severity.ERROR for d in self.diagnostics) and not self.drift


def _config(config: BuildConfig | str | Path | None) -> tuple[BuildConfig, Path | None]:
    if config is None:
        return BuildConfig(), None
    if isinstance(config, BuildConfig):
        return config, None
    return load_config(config), Path(config).parent


@paused
def ingest(
    source: str | Path | None, config: BuildConfig | str | Path | None = None
) -> tuple[ServiceModel, list[Diagnostic]]:
    """Read an API description into the IR (`ServiceModel`) and its diagnostics. With `sources` in the
    configuration, its descriptions are read and merged (after `source`, when one is given too)."""
    cfg, base = _config(config)
    return _read(source, cfg, base)


def _source_path(path: str, base: Path | None) -> Path:
    """A configuration's source, relative to the configuration; `botocore:s3` names a model botocore ships."""
    return Path(path) if _ingest.botocore.is_source(path) else (base or Path()) / path


def _read(source: str | Path | None, cfg: BuildConfig, base: Path | None) -> tuple[ServiceModel, list[Diagnostic]]:
    options = cfg.ingest_options(base)
    if not cfg.sources:
        if source is None:
            raise UsageError("give an API description, or a configuration with `sources`")
        return _ingest.ingest(source, options)
    sources = [_ingest.Source(Path(source))] if source is not None else []
    sources += [_ingest.Source(_source_path(s.path, base), s.id, s.prefix) for s in cfg.sources]
    return _ingest.ingest_sources(sources, options, cfg.title)


@paused
def extract_openapi(source: str | Path, *, llm: LLMOptions | None = None) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The API that documentation (Markdown/MDX, reStructuredText, AsciiDoc, HTML, PDF, or a folder of pages)
    describes, as an OpenAPI 3.1 document a person can review, correct and build from. `llm` (off by default)
    has a language model refine the operations' wording; only the emitted document is refined, builds never
    call a model."""
    from .ingest.docs import extract_openapi as _extract

    path = Path(source)
    kind = _ingest.detect_format(path)
    if kind == "openapi":
        raise InputError(f"{path.name} is already an OpenAPI description: nothing to extract")
    diags = Diagnostics()
    return _extract(path, diags, llm=llm), diags.items


@paused
def load_ir(path: str | Path) -> ServiceModel:
    """Read an IR file written by `mcpgen ingest`."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from exc
    try:
        model = ServiceModel.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = "/".join(str(p) for p in first["loc"])
        raise InputError(f"{path}: not an mcpgen IR file: at /{where}: {first['msg']}") from exc
    if model.ir_version not in READABLE_IR_VERSIONS:
        raise InputError(f"{path}: IR version {model.ir_version} is not supported (expected {IR_VERSION})")
    return model


@paused
def plan_build(
    service: ServiceModel,
    config: BuildConfig | str | Path | None = None,
    *,
    name: str | None = None,
    diagnostics: list[Diagnostic] | None = None,
) -> BuildPlan:
    cfg, _ = _config(config)
    return _plan(service, cfg, name=name, ingest_diagnostics=diagnostics)


@paused
def generate(
    service: ServiceModel,
    out: str | Path | None = None,
    *,
    config: BuildConfig | str | Path | None = None,
    name: str | None = None,
    diagnostics: list[Diagnostic] | None = None,
    strict: bool = False,
    check: bool = False,
    formatter: Formatter = "ruff",
    target: str = "python",
    template_dir: str | Path | None = None,
) -> BuildResult:
    """Plan and render a server package from the IR; write it to `out` (or compare, with `check`)."""
    with shared_wires():  # the tools' JSON, made while planning, is written as it is
        plan = plan_build(service, config, name=name, diagnostics=diagnostics)
        diags = list(plan.diagnostics)
        result = BuildResult(plan=plan, files={}, diagnostics=diags)
        blocking = any(d.severity is Severity.ERROR for d in diags) or (
            strict and any(d.severity is Severity.WARNING for d in diags)
        )
        if blocking:
            return result
        result.files = generate_files(
            plan,
            target=target,
            template_dir=Path(template_dir) if template_dir else None,
            formatter=formatter,
        )
    if out is None:
        return result
    return write_result(result, out, check=check)


def write_result(result: BuildResult, out: str | Path, *, check: bool = False) -> BuildResult:
    """Write the rendered files to `out` in one step, or with `check` only compare them."""
    result.out = Path(out)
    user = {f.format(pkg=result.plan.package.import_name) for f in USER_FILES}
    if check:
        result.drift = drift(result.files, result.out, user)
    else:
        result.written = write_tree(result.files, result.out, user)
    return result


@paused
def build(
    source: str | Path | None,
    out: str | Path | None = None,
    *,
    config: BuildConfig | str | Path | None = None,
    name: str | None = None,
    strict: bool = False,
    check: bool = False,
    formatter: Formatter = "ruff",
    target: str = "python",
    template_dir: str | Path | None = None,
) -> BuildResult:
    """Description file to server package: ingest, plan, render, write (or `check` for drift)."""
    cfg, base = _config(config)
    service, diags = _read(source, cfg, base)
    return generate(
        service,
        out,
        config=cfg,
        name=name,
        diagnostics=diags,
        strict=strict,
        check=check,
        formatter=formatter,
        target=target,
        template_dir=template_dir,
    )


@paused
def diff(old: str | Path, new: str | Path, *, config: BuildConfig | str | Path | None = None) -> DiffResult:
    """Compare the tools two versions expose: each of `old` and `new` is an API description, an IR file
    written by `mcpgen ingest`, or a generated package folder (told apart by content). Descriptions and
    IR files are planned with `config`, so names are those the servers would expose."""
    from .compare import compare_sources

    cfg, base = _config(config)
    return compare_sources(old, new, cfg, base)


def test(
    package: str | Path | None = None,
    *,
    command: str | None = None,
    url: str | None = None,
    spec: str | Path | None = None,
    options: CheckOptions | None = None,
) -> Report:
    """Run the conformance checks on a generated package, a stdio command, or a streamable-HTTP URL."""
    from .conformance import runner

    if sum(x is not None for x in (package, command, url)) != 1:
        raise UsageError("give exactly one of a package folder, a command, or a URL")
    options = options or runner.CheckOptions()
    if spec is not None:
        options.spec = Path(spec)
    if package is not None:
        return runner.test_package(package, options)
    if command is not None:
        return runner.test_command(command, options)
    return runner.test_url(str(url), options)


__all__ = [
    "BuildResult",
    "DriftError",
    "build",
    "diff",
    "generate",
    "ingest",
    "load_ir",
    "plan_build",
    "test",
    "write_result",
]
