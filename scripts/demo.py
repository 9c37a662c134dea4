"""The demo: build a server from a sample spec, install it in a fresh venv, start it, list its tools, test it."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from servers import stdio_tools  # noqa: E402

SPEC = ROOT / "specs" / "bookshop-3.0.yaml"
WORK = ROOT / "build" / "demo"
PACKAGE = WORK / "bookshop-mcp"
SERVER_VENV = WORK / "venv"


def main() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "mcpgen", "build", str(SPEC), "-o", str(PACKAGE)], check=True)
    python = SERVER_VENV / "bin" / "python"
    if not python.exists():
        print(f"creating a virtual environment for the server in {SERVER_VENV}")
        venv.EnvBuilder(with_pip=True).create(SERVER_VENV)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(PACKAGE)],
                   check=True)  # fmt: skip
    tools = stdio_tools(str(python), "bookshop_mcp", {"PATH": os.environ.get("PATH", "")})
    print(f"\nbookshop-mcp started over stdio and lists {len(tools)} tools:")
    for tool in tools:
        hint = "read-only" if tool.annotations and tool.annotations.read_only_hint else ""
        print(f"  {tool.name:<28} {hint}")
    import mcpgen
    from mcpgen.conformance import CheckOptions

    report = mcpgen.test(PACKAGE, spec=SPEC, options=CheckOptions(http=False, python=str(python)))
    print(f"\nmcpgen test (stdio, against a mock upstream built from the spec): {report.summary_line()}")
    print(f"\nRun it yourself:  {SERVER_VENV}/bin/bookshop-mcp --transport http --port 8000")
    print(f"Its README:       {PACKAGE}/README.md")


if __name__ == "__main__":
    main()
