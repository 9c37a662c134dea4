"""The `mcpgen` command: a thin layer over the library that prints and sets exit codes.

Exit codes: 0 success, 1 invalid input, failed checks or drift, 2 wrong usage.
"""

from __future__ import annotations

import difflib
import gc
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click
import yaml
from pydantic import ValidationError

from . import __version__, api
from .config import BuildConfig, load_config
from .diagnostics import Diagnostic, McpgenError, Severity, UsageError, printable
from .ingest.docs.refine import LLMOptions
from .ingest.limits import Limits
from .ir import SurfacePlan
from .render.output import write_text_atomic
from .surface.profiles import PROFILES

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _echo_diagnostics(diagnostics: Sequence[Diagnostic], quiet: bool = False) -> None:
    for d in diagnostics:
        if quiet and d.severity is not Severity.ERROR:
            continue
        color = {"error": "red", "warning": "yellow", "info": None}[d.severity.value]
        click.secho(d.format(), fg=color, err=True)


def _config(path: str | None, allow_ref_root: Sequence[str], allow_remote_refs: bool, read_only: bool) -> BuildConfig:
    config = load_config(path) if path else BuildConfig()
    base = Path(path).parent if path else Path()
    update: dict[str, Any] = {}
    if allow_ref_root:
        roots = [str(Path(r).resolve()) for r in allow_ref_root]
        update["allow_ref_roots"] = (*[str((base / r).resolve()) for r in config.allow_ref_roots], *roots)
    elif config.allow_ref_roots:
        update["allow_ref_roots"] = tuple(str((base / r).resolve()) for r in config.allow_ref_roots)
    if config.sources:  # relative to the configuration file, as `allow_ref_roots`
        update["sources"] = tuple(s.model_copy(update={"path": str((base / s.path).resolve())}) for s in config.sources)
    if allow_remote_refs:
        update["allow_remote_refs"] = True
    if read_only:
        update["read_only"] = True
    limits = click.get_current_context().meta.get(_LIMITS_KEY)
    if limits:
        update["limits"] = config.limits.model_copy(update=limits)
    return _with_surface(config.model_copy(update=update))


def _with_surface(config: BuildConfig) -> BuildConfig:
    """`config` with the --surface and --profile the command was given, if any."""
    chosen = {k: v for k, v in click.get_current_context().meta.get(_SURFACE_KEY, {}).items() if v is not None}
    return config.model_copy(update=chosen) if chosen else config


_SURFACE_KEY = "mcpgen.surface"


def _keep_surface(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    ctx.meta.setdefault(_SURFACE_KEY, {})[str(param.name)] = value


def _surface_options(func: Any) -> Any:
    func = click.option(
        "--profile",
        type=click.Choice(sorted(PROFILES)),
        expose_value=False,
        callback=_keep_surface,
        help="The client to size the tool surface for (tool cap, token budget, name length); default generic.",
    )(func)
    return click.option(
        "--surface",
        type=click.Choice(["auto", "tools", "grouped", "discovery"]),
        expose_value=False,
        callback=_keep_surface,
        help="One tool per operation, per group, or search/describe/call tools; default auto: the first that fits.",
    )(func)


_LIMITS_KEY = "mcpgen.limits"


def _parse_limits(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> None:
    """`--limit max_depth=200` (repeatable): kept in the context for `_config`, checked here."""
    update: dict[str, Any] = {}
    for item in values:
        name, sep, value = item.partition("=")
        name = name.strip().replace("-", "_")
        if not sep or name not in Limits.model_fields:
            close = difflib.get_close_matches(name, list(Limits.model_fields), n=1)
            raise click.BadParameter(
                f"{item!r}: expected NAME=VALUE with NAME one of {', '.join(Limits.model_fields)}"
                + (f"; did you mean {close[0]!r}?" if close else ""),
                ctx=ctx,
                param=param,
            )
        update[name] = value.strip()
    if update:
        try:
            Limits.model_validate(update)
        except ValidationError as exc:
            first = exc.errors()[0]
            raise click.BadParameter(f"{first['loc'][0]}: {first['msg']}", ctx=ctx, param=param) from exc
        ctx.meta[_LIMITS_KEY] = {k: Limits.model_validate(update).__dict__[k] for k in update}


def _ingest_options(func: Any) -> Any:
    func = click.option(
        "--limit",
        multiple=True,
        expose_value=False,
        callback=_parse_limits,
        metavar="NAME=VALUE",
        help="Raise or lower a resource limit of reading the description (repeatable): "
        + ", ".join(Limits.model_fields)
        + ".",
    )(func)
    func = click.option("--read-only", is_flag=True, help="Only operations that change nothing (GET/HEAD).")(func)
    func = click.option("--allow-remote-refs", is_flag=True, help="Let $refs fetch http(s) URLs.")(func)
    func = click.option(
        "--allow-ref-root",
        multiple=True,
        type=click.Path(file_okay=False),
        help="Another folder $refs may read from (repeatable).",
    )(func)
    config = click.option(
        "--config", "-c", "config_path", type=click.Path(dir_okay=False), help="Build configuration (mcpgen.yaml)."
    )
    return config(func)


class _Group(click.Group):
    """Turns library errors into messages and exit codes; no tracebacks for a user's mistake."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except McpgenError as exc:
            _echo_diagnostics(exc.diagnostics)
            click.secho(printable(f"error: {exc.message}"), fg="red", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mcpgen")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Turn API descriptions into standalone, installable MCP servers."""
    # A short-lived command over a large parsed document: the cyclic collector stays off until it ends. The
    # library pauses it only during its calls; turned back on, its first collections re-walk every object the
    # result still holds (3.5 s after a Graph-full build). Restored on exit for callers in the same process.
    if gc.isenabled():
        gc.disable()
        ctx.call_on_close(gc.enable)


def _finish(result: api.BuildResult, quiet: bool, check: bool) -> None:
    _echo_diagnostics(result.diagnostics, quiet)
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    if errors or not result.files:
        click.secho("error: nothing was generated", fg="red", err=True)
        sys.exit(EXIT_FAIL)
    size = result.plan.size
    if check:
        if result.drift:
            for problem in result.drift:
                click.echo(printable(problem), err=True)
            click.secho(f"drift: {result.out} differs from what mcpgen would generate", fg="red", err=True)
            sys.exit(EXIT_FAIL)
        click.echo(f"up to date: {result.out}")
        return
    if not quiet:
        click.echo(
            f"{result.plan.package.dist_name}: {size.tools} tools, tools/list {size.list_bytes:,} bytes "
            f"(~{size.approx_tokens:,} tokens) in {size.pages} page(s)"
        )
        if result.plan.surface is not None:
            click.echo(f"surface: {result.plan.surface.kind}: {result.plan.surface.reason}")
        if result.out is not None:
            click.echo(f"wrote {len(result.written)} files to {result.out}")


@main.command()
@click.argument("spec", type=click.Path(), required=False)
@click.option("--out", "-o", type=click.Path(file_okay=False), help="Output folder (default: ./<name>-mcp).")
@click.option("--name", help="Package name; the distribution is <name>-mcp.")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if the output folder is out of date.")
@click.option("--formatter", type=click.Choice(["ruff", "black", "none"]), default="ruff", show_default=True)
@click.option("--template-dir", type=click.Path(file_okay=False, exists=True), help="A custom template set.")
@click.option("--quiet", "-q", is_flag=True, help="Print errors only.")
@click.option("--test", "run_tests", is_flag=True, help="Then run `mcpgen test` on the package.")
@_ingest_options
@_surface_options
def build(
    spec: str | None,
    out: str | None,
    name: str | None,
    strict: bool,
    check: bool,
    formatter: str,
    template_dir: str | None,
    quiet: bool,
    run_tests: bool,
    config_path: str | None,
    allow_ref_root: tuple[str, ...],
    allow_remote_refs: bool,
    read_only: bool,
) -> None:
    """Build an MCP server package from an API description (SPEC), or from the descriptions the
    configuration's `sources` name."""
    config = _config(config_path, allow_ref_root, allow_remote_refs, read_only)
    result = api.build(spec, config=config, name=name, strict=strict, formatter=formatter,  # type: ignore[arg-type]
                       template_dir=template_dir)  # fmt: skip
    _write_and_finish(result, out, check, quiet)
    if run_tests and result.out is not None:
        _emit_report(api.test(result.out, spec=spec if spec and not config.sources else None), None, None)


def _write_and_finish(result: api.BuildResult, out: str | None, check: bool, quiet: bool) -> None:
    if result.files:
        api.write_result(result, out or result.plan.package.dist_name, check=check)
    _finish(result, quiet, check)


@main.command()
@click.argument("spec", type=click.Path(), required=False)
@click.option("--out", "-o", type=click.Path(dir_okay=False), help="File to write (default: stdout).")
@click.option(
    "--emit",
    type=click.Choice(["ir", "openapi"]),
    default="ir",
    show_default=True,
    help="ir: the tool model; openapi: the API extracted from documentation, as OpenAPI 3.1 (YAML, or JSON "
    "for a .json file) to review, correct and build from.",
)
@click.option(
    "--llm-url",
    envvar="MCPGEN_LLM_URL",
    help="With --emit openapi: have the model at this OpenAI-compatible API root (e.g. http://127.0.0.1:11434/v1) "
    "refine summaries and descriptions. Key from MCPGEN_LLM_API_KEY or OPENAI_API_KEY. Off by default.",
)
@click.option("--llm-model", envvar="MCPGEN_LLM_MODEL", help="The model --llm-url serves (e.g. llama3.1).")
@_ingest_options
def ingest(
    spec: str | None,
    out: str | None,
    emit: str,
    llm_url: str | None,
    llm_model: str | None,
    config_path: str | None,
    allow_ref_root: tuple[str, ...],
    allow_remote_refs: bool,
    read_only: bool,
) -> None:
    """Read an API description or documentation (SPEC: a file or a folder of pages) and write the IR."""
    if (llm_url or llm_model) and not (llm_url and llm_model and emit == "openapi"):
        raise UsageError("the LLM pass needs --emit openapi, --llm-url and --llm-model together")
    if emit == "openapi":
        if spec is None:
            raise UsageError("--emit openapi needs a documentation SPEC")
        _emit_openapi(spec, out, LLMOptions(llm_url, llm_model) if llm_url and llm_model else None)
        return
    config = _config(config_path, allow_ref_root, allow_remote_refs, read_only)
    service, diagnostics = api.ingest(spec, config)
    _echo_diagnostics(diagnostics)
    text = service.model_dump_json(indent=1) + "\n"
    if out:
        write_text_atomic(Path(out), text)
        click.echo(f"{len(service.tools)} tools written to {out}", err=True)
    else:
        click.echo(text, nl=False)
    if any(d.severity is Severity.ERROR for d in diagnostics):
        sys.exit(EXIT_FAIL)


def _emit_openapi(spec: str, out: str | None, llm: LLMOptions | None) -> None:
    document, diagnostics = api.extract_openapi(spec, llm=llm)
    _echo_diagnostics(diagnostics)
    if out and out.endswith(".json"):
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    else:
        text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=110)
    if out:
        write_text_atomic(Path(out), text)
        click.echo(f"{len(document['paths'])} paths written to {out}", err=True)
    else:
        click.echo(text, nl=False)


@main.command()
@click.argument("ir_file", type=click.Path(dir_okay=False))
@click.option("--out", "-o", type=click.Path(file_okay=False), help="Output folder (default: ./<name>-mcp).")
@click.option("--name", help="Package name; the distribution is <name>-mcp.")
@click.option("--config", "-c", "config_path", type=click.Path(dir_okay=False), help="Build configuration.")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if the output folder is out of date.")
@click.option("--formatter", type=click.Choice(["ruff", "black", "none"]), default="ruff", show_default=True)
@click.option("--template-dir", type=click.Path(file_okay=False, exists=True), help="A custom template set.")
@click.option("--quiet", "-q", is_flag=True, help="Print errors only.")
@_surface_options
def generate(
    ir_file: str,
    out: str | None,
    name: str | None,
    config_path: str | None,
    strict: bool,
    check: bool,
    formatter: str,
    template_dir: str | None,
    quiet: bool,
) -> None:
    """Render a server package from an IR file written by `mcpgen ingest`."""
    service = api.load_ir(ir_file)
    config = _with_surface(load_config(config_path) if config_path else BuildConfig())
    result = api.generate(service, config=config, name=name, strict=strict, formatter=formatter,  # type: ignore[arg-type]
                          template_dir=template_dir)  # fmt: skip
    _write_and_finish(result, out, check, quiet)


@main.command()
@click.argument("spec", type=click.Path(), required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the plan as JSON.")
@_ingest_options
@_surface_options
def inspect(
    spec: str | None,
    as_json: bool,
    config_path: str | None,
    allow_ref_root: tuple[str, ...],
    allow_remote_refs: bool,
    read_only: bool,
) -> None:
    """Show the tools SPEC would give, with annotations and diagnostics; writes nothing."""
    config = _config(config_path, allow_ref_root, allow_remote_refs, read_only)
    service, diagnostics = api.ingest(spec, config)
    plan = api.plan_build(service, config, diagnostics=diagnostics)
    if as_json:
        click.echo(plan.model_dump_json(indent=1))
    else:
        click.echo(
            printable(
                f"{service.title} {service.version} ({service.source.format}), base URL {plan.base_url or '(none)'}"
            )
        )
        for tool in plan.service.tools:
            hints = [h for h, on in (("read-only", tool.annotations.read_only),
                                     ("destructive", tool.annotations.destructive),
                                     ("idempotent", tool.annotations.idempotent)) if on]  # fmt: skip
            click.echo(
                printable(f"  {tool.name:<40} {tool.binding.method:<6} {tool.binding.path}  [{', '.join(hints)}]")
            )
            if not tool.source.pointer:  # extracted from documentation: say from where
                click.echo(printable(f"      from {tool.source.describe()}"))
        size = plan.size
        click.echo(
            f"{len(plan.service.tools)} operations; tools/list {size.tools} tools, {size.list_bytes:,} bytes "
            f"(~{size.approx_tokens:,} tokens) in {size.pages} page(s), largest {size.largest_page_bytes:,} bytes"
        )
        if plan.surface is not None:
            _echo_surfaces(plan.surface)
        _echo_weakest(spec, service.source.format)
    _echo_diagnostics(plan.diagnostics)
    if any(d.severity is Severity.ERROR for d in plan.diagnostics):
        sys.exit(EXIT_FAIL)


def _echo_weakest(spec: str, source_format: str, limit: int = 5) -> None:
    """The least sure operations extracted from documentation (`x-mcpgen-confidence`), with the evidence."""
    from .ingest.docs import weakest
    from .ingest.loader import parse_document, read_text

    try:
        if source_format.startswith("docs-"):
            document, _ = api.extract_openapi(spec)
        else:  # an emitted (and perhaps reviewed) OpenAPI file keeps its marks
            document = parse_document(read_text(Path(spec)), Path(spec).name)
    except (McpgenError, OSError, ValueError):
        return
    found = weakest(document if isinstance(document, dict) else {}, limit)
    if not found:
        return
    click.echo("least sure operations (x-mcpgen-confidence; review these first):")
    for score, name, operation in found:
        click.echo(printable(f"  {score:.2f}  {name}"))
        for line in operation["x-mcpgen-confidence"].get("evidence", [])[:4]:
            click.echo(printable(f"        - {line}"))


@main.command()
@click.argument("old", type=click.Path())
@click.argument("new", type=click.Path())
@click.option(
    "--fail-on",
    type=click.Choice(["breaking", "any", "none"]),
    default="none",
    show_default=True,
    help="Exit 1 when there is a breaking change (breaking) or any change (any).",
)
@click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write the changes as JSON (- for stdout).",
)
@click.option(
    "--markdown",
    "markdown_out",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write a Markdown summary for a pull-request comment (- for stdout).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print errors only: no diagnostics about the inputs.")
@_ingest_options
def diff(
    old: str,
    new: str,
    fail_on: str,
    json_out: str | None,
    markdown_out: str | None,
    quiet: bool,
    config_path: str | None,
    allow_ref_root: tuple[str, ...],
    allow_remote_refs: bool,
    read_only: bool,
) -> None:
    """Compare the tools of two versions (OLD, NEW: descriptions, IR files or generated packages)."""
    if json_out == "-" and markdown_out == "-":
        raise UsageError("only one of --json and --markdown can write to stdout (-)")
    config = _config(config_path, allow_ref_root, allow_remote_refs, read_only)
    result = api.diff(old, new, config=config)
    for label, side in (("old", result.old), ("new", result.new)):
        for d in side.diagnostics:
            if not quiet or d.severity is Severity.ERROR:
                click.secho(f"{label}: {d.format()}", fg="red" if d.severity is Severity.ERROR else None, err=True)
    for target, text in ((json_out, result.to_json), (markdown_out, result.to_markdown)):
        if target == "-":
            click.echo(text(), nl=False)
        elif target:
            write_text_atomic(Path(target), text())
    if "-" not in (json_out, markdown_out):
        click.echo(result.console(), nl=False)
    if not result.ok:
        click.secho("error: an input has errors; the comparison may be incomplete", fg="red", err=True)
        sys.exit(EXIT_FAIL)
    if result.fails(fail_on):  # type: ignore[arg-type]
        count = len(result.breaking) if fail_on == "breaking" else len(result.changes)
        what = "breaking change" if fail_on == "breaking" else "change"
        click.secho(f"error: {count} {what}{'' if count == 1 else 's'} (--fail-on {fail_on})", fg="red", err=True)
        sys.exit(EXIT_FAIL)


def _echo_surfaces(surface: SurfacePlan) -> None:
    profile = PROFILES[surface.profile]
    click.echo(
        f"surfaces for the {profile.name} profile (at most {profile.tool_cap} tools, {profile.token_budget:,} "
        f"tokens; names at most {surface.name_budget} characters after `mcp__{surface.server_key}__`; "
        f"tokens counted as {surface.token_method}):"
    )
    for size in surface.sizes:
        mark = "  <- " + surface.reason if size.kind == surface.kind else ""
        figures = f"{size.tools:>6,} tools {size.list_bytes:>12,} bytes ~{size.approx_tokens:>10,} tokens"
        click.echo(f"  {size.kind:<10} {figures}{mark}")
    for size in surface.sizes:
        if size.kind in (surface.kind, "tools"):
            heaviest = ", ".join(f"{name} ({n:,} B)" for name, n in size.heaviest)
            click.echo(printable(f"  heaviest {size.kind} tools: {heaviest}"))


@main.command(name="test")
@click.argument("package", required=False, type=click.Path(file_okay=False, exists=True))
@click.option("--command", "command", help="Test any MCP server started by this command (stdio).")
@click.option("--url", help="Test any streamable-HTTP MCP server at this URL.")
@click.option("--spec", type=click.Path(exists=True), help="The description (or documentation) PACKAGE was built from.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), help="Write the report as JSON.")
@click.option("--junit", type=click.Path(dir_okay=False), help="Write the report as JUnit XML.")
@click.option("--examples", default=2, show_default=True, help="Generated argument sets per tool.")
@click.option("--timeout", default=20.0, show_default=True, help="Seconds to wait for any one answer.")
@click.option("--no-http", is_flag=True, help="Skip the streamable-HTTP run of a package.")
@click.option("--official", is_flag=True, help="Also run the official MCP conformance suite (npm, Node 22) over HTTP.")
@click.option("--python", default=sys.executable, show_default=True, help="Interpreter that runs PACKAGE.")
def test_command(
    package: str | None,
    command: str | None,
    url: str | None,
    spec: str | None,
    json_out: str | None,
    junit: str | None,
    examples: int,
    timeout: float,
    no_http: bool,
    official: bool,
    python: str,
) -> None:
    """Prove an MCP server: a generated PACKAGE folder, --command CMD, or --url URL."""
    from .conformance.runner import CheckOptions

    options = CheckOptions(
        examples_per_tool=examples, timeout=timeout, http=not no_http, python=python, official=official
    )
    report = api.test(package, command=command, url=url, spec=spec, options=options)
    _emit_report(report, json_out, junit)


def _emit_report(report: Any, json_out: str | None, junit: str | None) -> None:
    if json_out:
        Path(json_out).write_text(report.to_json(), encoding="utf-8")
    if junit:
        Path(junit).write_text(report.to_junit(), encoding="utf-8")
    click.echo(printable(report.console()), nl=False)
    if not report.ok:
        sys.exit(EXIT_FAIL)


@main.group(cls=_Group)
def adapters() -> None:
    """Prebuilt adapters: vendor API descriptions with curated build definitions (adapters/)."""


@adapters.command(name="list")
@click.option("--specs", type=click.Path(file_okay=False), help="Folder of the vendor descriptions (specs root).")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def adapters_list(specs: str | None, as_json: bool) -> None:
    """Each adapter, its services and their tool counts and `tools/list` sizes (one tool per operation)."""
    from . import adapters as _adapters

    rows: list[dict[str, Any]] = []
    for name in _adapters.names():
        try:  # an adapter whose descriptions (or botocore) are missing is listed as unavailable
            adapter = _adapters.load(name, specs)
            sizes = _adapters.sizes(adapter)
        except McpgenError as exc:
            rows.append({"adapter": name, "error": exc.message})
            continue
        rows.append({"adapter": name, "title": adapter.info.title, "summary": adapter.info.summary,
                     "services": [s.__dict__ for s in sizes]})  # fmt: skip
    if as_json:
        click.echo(json.dumps(rows, indent=1))
        return
    for row in rows:
        if "error" in row:
            click.echo(printable(f"{row['adapter']}: unavailable: {row['error']}"))
            continue
        default = [s for s in row["services"] if s["default"]]
        tools = sum(s["tools"] for s in default)
        click.echo(printable(f"{row['adapter']}: {row['title']} ({tools} tools by default)"))
        for s in row["services"]:
            mark = "*" if s["default"] else " "
            click.echo(
                printable(
                    f"  {mark} {s['service']:<18} {s['tools']:>5} tools {s['list_bytes']:>10,} bytes "
                    f"~{s['approx_tokens']:>8,} tokens  {s['title']}"
                )
            )
    click.echo("(* in the default build; --services all builds every service)")


@adapters.command(name="build")
@click.argument("name")
@click.option("--out", "-o", type=click.Path(file_okay=False), help="Output folder (default: ./<name>-mcp).")
@click.option("--services", help="Comma-separated service groups, or `all` (default: the adapter's defaults).")
@click.option("--read-only", is_flag=True, help="Only operations that change nothing (GET/HEAD).")
@click.option("--config", "-c", "config_path", type=click.Path(dir_okay=False), help="mcpgen.yaml merged on top.")
@click.option("--specs", type=click.Path(file_okay=False), help="Folder of the vendor descriptions (specs root).")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if the output folder is out of date.")
@click.option("--quiet", "-q", is_flag=True, help="Print errors only.")
@click.option("--test", "run_tests", is_flag=True, help="Then run `mcpgen test` on the package.")
@_surface_options
def adapters_build(
    name: str,
    out: str | None,
    services: str | None,
    read_only: bool,
    config_path: str | None,
    specs: str | None,
    check: bool,
    quiet: bool,
    run_tests: bool,
) -> None:
    """Build adapter NAME (m365, azure, vcenter) into a server package."""
    from . import adapters as _adapters

    chosen = click.get_current_context().meta.get(_SURFACE_KEY, {})
    result = _adapters.build(name, None, services=services, read_only=read_only, surface=chosen.get("surface"),
                             profile=chosen.get("profile"), config=config_path, specs=specs)  # fmt: skip
    _write_and_finish(result, out, check, quiet)
    if not quiet and result.plan is not None:
        by_service: dict[str, list[str]] = {}
        for tool in result.plan.service.tools:
            by_service.setdefault(tool.service or "-", []).append(tool.name)
        for key, members in by_service.items():
            click.echo(f"  {key}: {len(members)} tools")
    if run_tests and result.out is not None:
        _emit_report(api.test(result.out), None, None)
