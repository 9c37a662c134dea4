"""A base URL set by a namespaced configuration key, in the sixty-fifth registry batch
(benchmarks/docs/registry_truth): a storage plugin's README sets `kinto.attachment.base_url = http://cdn.../files/`
in an ini block, where its files are served, while its routes are `POST /{record-url}/attachment` on the server
its examples call. An unquoted URL given to a dotted settings key is the software's own setting, not the API's
base (`stated_bases._setting_value`); a base stated in words, or a client's `base_url = "..."` variable, still is."""

from __future__ import annotations

from pathlib import Path

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

SETTING = """\
Files
=====

Setup
-----

.. code-block:: ini

    files.plugin.base_url = http://cdn.example.org/files/

API
---

**DELETE /records/{id}/file**

Deletes the file of the record.
"""

STATED = """\
Files
=====

The base URL is http://api.example.org/files

API
---

**DELETE /records/{id}/file**

Deletes the file of the record.
"""


def test_a_dotted_setting_is_no_base(tmp_path: Path) -> None:
    doc = tmp_path / "README.rst"
    doc.write_text(SETTING, encoding="utf-8")
    found = extract_openapi(doc, Diagnostics())
    assert not found.get("servers")
    assert "/records/{id}/file" in found["paths"]


def test_a_base_stated_in_words_is_kept(tmp_path: Path) -> None:
    doc = tmp_path / "README.rst"
    doc.write_text(STATED, encoding="utf-8")
    assert extract_openapi(doc, Diagnostics())["servers"][0]["url"] == "http://api.example.org/files"
