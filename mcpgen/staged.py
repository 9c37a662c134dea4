"""Install a tool into a cache folder all at once or not at all: a staging folder beside it, a check, a rename.

Used for the npm packages mcpgen runs (the official MCP conformance suite, Node) and by the docs benchmark's
renderers, so that an interrupted or concurrent install never leaves a half-installed folder in use.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from .diagnostics import McpgenError


def staged_install(
    what: str,
    root: Path,
    command: Callable[[Path], list[str]],
    check: Callable[[Path], object],
    *,
    error: type[McpgenError],
    timeout: float,
) -> None:
    """Run `command(staging)` (bounded by `timeout`), `check(staging)`, then move staging to `root`.

    `check` raises `error` when a folder does not hold a working install; a working `root` that appeared
    meanwhile (another process) is kept, a broken one replaced.
    """
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{root.name}.", dir=root.parent))
    try:
        try:
            done = subprocess.run(
                command(staging), capture_output=True, text=True, timeout=timeout, check=False, cwd=staging
            )
        except subprocess.TimeoutExpired as exc:
            raise error(f"installing {what} did not finish within {timeout:.0f} s") from exc
        if done.returncode != 0:
            tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-15:])
            raise error(f"installing {what} failed (exit {done.returncode}):\n{tail}")
        check(staging)  # fails here, clearly, rather than on first use
        if root.exists():
            try:
                check(root)
                return  # another process installed it meanwhile
            except error:
                shutil.rmtree(root)  # a broken or foreign install: replace it
        try:
            staging.rename(root)
        except OSError:  # another process installed it meanwhile
            check(root)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
