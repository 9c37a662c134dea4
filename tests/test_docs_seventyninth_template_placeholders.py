"""An HTML API page that is a Django template, in the seventy-ninth registry batch
(benchmarks/docs/registry_truth): its translation tags read as their text and its other block tags dropped
(`template_tags.py`), and URL slots written as bracketed italics after a path's `/` (`/area/<i>[area ID]</i>`)
read as brace placeholders (`bracketed_italic_placeholders.py`); brackets in italics in prose stay as written."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.bracketed_italic_placeholders import bracketed_italic_placeholders
from mcpgen.ingest.docs.template_tags import without_template_tags
from tests.operations import extracted_operations

DOC = """\
{% load i18n %}
<html><body>
<section>
  <h3>{% blocktrans trimmed %}<em>lookup by</em> area{% endblocktrans %}</h3>
  <dl>
    <dt>URL:</dt>
    <dd><ul>
      <li>GET /area/<i>[{% trans "area ID" %}]</i></li>
{% if country == 'GB' %}
      <li>GET /area/<i>[area ID]</i>.<i>[kml|geojson]</i></li>
{% endif %}
    </ul></dd>
  </dl>
</section>
</body></html>
"""


def test_template_tags_and_bracketed_italic_slots_read_as_a_path(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "area.html")
    assert set(ops) == {("GET", "/area/{area_id}"), ("GET", "/area/{area_id}.{format}")}


def test_the_rewrites_leave_prose_and_pages_without_tags_alone() -> None:
    prose = "<p>Give the <i>[area ID]</i> of the area.</p>"
    assert bracketed_italic_placeholders(prose) == prose
    assert bracketed_italic_placeholders("/areas/<i>[type(s)]</i>") == "/areas/{types}"
    assert without_template_tags("<p>{{ name }}</p>") == "<p>{{ name }}</p>"
    assert without_template_tags('{% if a %}<b>{% trans "Hi" %}</b>{% endif %}') == "<b>Hi</b>"


def test_a_template_without_translation_tags_is_left_as_written() -> None:
    tornado = '<a href="courses{% if debug %}?user=eric{% end %}">'
    assert without_template_tags(tornado) == tornado
