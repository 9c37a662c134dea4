"""Spec text reaches generated files only through escaping filters; each is a round trip or inert."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from mcpgen.render.filters import md_cell, py_str, toml_str

ROOT = Path(__file__).resolve().parents[1]


@given(st.text())
def test_python_string_literals_evaluate_back_to_the_exact_text(text: str) -> None:
    literal = py_str(text)
    assert ast.literal_eval(literal) == text
    tree = ast.parse(literal, mode="eval")
    assert isinstance(tree.body, ast.Constant)


@given(st.text())
def test_toml_strings_parse_back_to_the_exact_text(text: str) -> None:
    if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        return  # lone surrogates cannot be written to a UTF-8 file at all
    assert tomllib.loads(f"x = {toml_str(text)}")["x"] == text


@given(st.text())
def test_markdown_cells_stay_on_one_line_with_no_live_pipes_or_tags(text: str) -> None:
    cell = md_cell(text)
    assert "\n" not in cell and "\r" not in cell
    assert "<" not in cell
    unescaped = [i for i, c in enumerate(cell) if c == "|" and (i == 0 or cell[i - 1] != "\\")]
    assert not unescaped


def test_the_hostile_sample_stays_inert_in_readme_and_pyproject() -> None:
    package = ROOT / "golden" / "bookshop-3.0" / "package"
    readme = (package / "README.md").read_text()
    assert "<script>" not in readme
    tools = (next(package.glob("src/*/tools.json"))).read_text()
    assert "{{ 7*7 }}" in tools and "</script><script>alert(1)</script>" in tools
    project = tomllib.loads((package / "pyproject.toml").read_text())
    assert project["project"]["name"] == "bookshop-mcp"
