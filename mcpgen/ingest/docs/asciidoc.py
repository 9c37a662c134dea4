"""AsciiDoc documentation reduced to sections and blocks: converted to HTML by Asciidoctor, then read as HTML.

Asciidoctor.js (`@asciidoctor/core` on npm, the JavaScript build of the reference AsciiDoc processor) does the
parsing; it runs under Node (>= 20, the one on PATH), installed once under `~/.cache/mcpgen/asciidoctor`
(`$MCPGEN_ASCIIDOCTOR_CACHE`) on first use. It runs in `secure` safe mode: `include::` directives and
everything else that would read a file or a URL are left out, and unresolved attributes (`{brandname}`)
are kept as written. Sections, `[source]` / `----` listing blocks, tables (`|===`), lists and labelled lists
come out as HTML the HTML reducer reads; each block keeps its AsciiDoc source line (`data-line`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

from ...diagnostics import InputError
from ...staged import staged_install
from .blocks import Document

PACKAGE = "@asciidoctor/core"
VERSION = "3.0.4"
CACHE_ENV = "MCPGEN_ASCIIDOCTOR_CACHE"
DEFAULT_CACHE = Path("~/.cache/mcpgen/asciidoctor")
_TIMEOUT = 120.0

# reads the document on stdin, writes the HTML body on stdout; the sourcemap gives each block its line
_SCRIPT = r"""
const Asciidoctor = require('@asciidoctor/core')();
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const doc = Asciidoctor.load(input, {
    safe: 'secure', standalone: false, sourcemap: true,
    attributes: { showtitle: '', 'attribute-missing': 'skip', 'skip-front-matter': '' },
  });
  for (const block of doc.findBy()) {
    const line = block.getLineNumber && block.getLineNumber();
    if (line) { block.addRole('asciidoc-line-' + line); }
  }
  process.stdout.write(doc.convert());
});
"""


class AsciidocError(InputError):
    pass


def reduce_asciidoc(text: str, file: str) -> Document:
    from .html import reduce_html

    # an include (never followed: secure mode) would print as a `link:file[role=include]` line; drop it,
    # keeping the line count so that every block keeps its AsciiDoc line
    html = to_html(re.sub(r"(?m)^include::[^\n]*$", "", text))
    return reduce_html(html, file, line_class="asciidoc-line-")


def cache_root() -> Path:
    return Path(os.environ.get(CACHE_ENV) or DEFAULT_CACHE).expanduser() / f"{PACKAGE.replace('/', '+')}@{VERSION}"


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        raise AsciidocError("reading AsciiDoc needs Node.js (>= 20) on PATH, to run Asciidoctor.js")
    return node


def _check(root: Path) -> None:
    try:
        data = json.loads((root / "node_modules" / PACKAGE / "package.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AsciidocError(f"{root}: no {PACKAGE} install") from exc
    if data.get("version") != VERSION:
        raise AsciidocError(f"{root}: holds {PACKAGE} {data.get('version')}, not {VERSION}")


def ensure_asciidoctor() -> Path:
    """The folder holding `@asciidoctor/core`, npm-installed once and reused afterwards."""
    root = cache_root()
    try:
        _check(root)
        return root
    except AsciidocError:
        pass
    npm = shutil.which("npm")
    if npm is None:
        raise AsciidocError(f"reading AsciiDoc needs {PACKAGE}: npm is not on PATH to install it once into {root}")
    args = ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--omit=dev", f"{PACKAGE}@{VERSION}"]
    staged_install(
        f"{PACKAGE}@{VERSION}",
        root,
        lambda staging: [npm, *args, "--prefix", str(staging)],
        _check,
        error=AsciidocError,
        timeout=600,
    )
    return root


def to_html(text: str) -> str:
    """The HTML Asciidoctor makes of `text` (without the page around it)."""
    root = ensure_asciidoctor()
    try:
        done = subprocess.run(
            [_node(), "-e", _SCRIPT],
            input=text,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=_TIMEOUT,
            check=False,
            cwd=root,
            env={**os.environ, "NODE_PATH": str(root / "node_modules")},
        )
    except subprocess.TimeoutExpired as exc:
        raise AsciidocError(f"Asciidoctor did not finish within {_TIMEOUT:.0f} s") from exc
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-5:])
        raise AsciidocError(f"Asciidoctor failed (exit {done.returncode}): {tail}")
    return done.stdout
