"""Content a page folds away until a click shows it, in the eightieth registry batch
(benchmarks/docs/registry_truth): an element written `style="display: none"` whose id the page's own script shows
(`document.querySelector('#examples').style.display = "block"`) is read; one nothing shows, or one the script only
hides, stays skipped as hidden."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

PAGE = """\
<html><body>
<h1>Pastebin</h1>
<p>Paste from the command line.</p>
<script>
function show_examples() {{
    document.querySelector('#examples').style.display = "{display}"
}}
</script>
<div onclick="show_examples()"><a href="#">Click</a> to show CLI operations</div>
<div id="examples" style="display: none">
  <h3>To post the contents of a file:</h3>
  <p class="terminal">curl -F "upload=&lt;file.txt" https://paste.example.com/post</p>
</div>
<h2>Status</h2>
<pre>GET /status</pre>
</body></html>
"""


def test_a_block_the_page_script_shows_is_read(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE.format(display="block"), "index.html")
    assert ("POST", "/post") in ops


def test_a_block_the_script_only_hides_stays_hidden(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE.format(display="none"), "index.html")
    assert ("POST", "/post") not in ops
    assert ("GET", "/status") in ops
