"""Raw HTML definition lists in a Markdown page, in the sixty-sixth registry batch (benchmarks/docs/registry_truth):
a screenshot service's README lists its query parameters as `<dl>` with `<dt>name</dt><dd>description</dd>`, spaced
by blank lines (so CommonMark splits the list into several HTML blocks). Read as the definition list it renders
(`html_definition_lists.py`, joined in `markdown.py`); a `<dl>` nesting another is left alone."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.html_definition_lists import html_definition_lists
from mcpgen.ingest.docs.markdown import reduce_markdown
from tests.operations import extracted_operations, params_of

DOC = """\
# Thumbnailer

## API

```
GET /shot?target=example.org&w=800
```

### Query parameters

<dl>

  <dt>target</dt>
  <dd>Address of the page to capture.</dd>

  <dt>w</dt>
  <dd>Viewport width in pixels (default: 1024).</dd>

  <dt>fmt</dt>
  <dd>Output format: <code>png</code> or <code>jpeg</code>.</dd>

</dl>
"""

NESTED = """\
# Thumbnailer

<dl>
  <dt>options</dt>
  <dd>Grouped settings:
    <dl><dt>inner</dt><dd>a nested term</dd></dl>
  </dd>
</dl>
"""


def test_a_spaced_html_definition_list_is_one_definition_list() -> None:
    doc = reduce_markdown(DOC, "README.md")
    lists = [b for s in doc.sections for b in s.blocks if b.kind == "deflist"]
    assert len(lists) == 1
    assert [term for term, _ in lists[0].items] == ["target", "w", "fmt"]
    assert lists[0].items[2][1] == "Output format: `png` or `jpeg`."


def test_its_terms_are_the_query_parameters_of_the_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(params_of(ops[("GET", "/shot")])) == {("target", "query"), ("w", "query"), ("fmt", "query")}


def test_a_nested_list_is_left_alone() -> None:
    assert html_definition_lists("<dl><dt>a</dt><dd>x <dl><dt>b</dt><dd>y</dd></dl></dd></dl>") == []
    doc = reduce_markdown(NESTED, "README.md")
    assert not [b for s in doc.sections for b in s.blocks if b.kind == "deflist"]
