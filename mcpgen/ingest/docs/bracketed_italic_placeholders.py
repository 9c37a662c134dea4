"""Path placeholders an HTML page writes as a bracketed name in italics right after a path's `/` (or a `,` or `.`
inside it): `/area/<i>[area ID]</i>/children`, `/point/<i>[SRID]</i>/<i>[x]</i>,<i>[y]</i>`. The italics and the
brackets both say "put your value here", the way another page writes `{area_id}`: each is written as a brace
placeholder named by its words joined with underscores, in lower case (`area ID` -> `area_id`, `type(s)` ->
`types`; a single word as written, `SRID`), or `format` for a choice of extensions after a dot
(`.<i>[kml|geojson]</i>`, `.<i>[kml or json]</i>`), so the URL reads as one path. Brackets in italics outside a
path (a note in prose) stay as written."""

from __future__ import annotations

import re

_SLOT = re.compile(r"(?P<lead>[/,.])<(?P<tag>i|em)>\s*\[(?P<name>[A-Za-z][\w ()|-]{0,40})\]\s*</(?P=tag)>")


def _name(lead: str, words: str) -> str:
    if lead == "." and re.search(r"\||\bor\b", words):  # `.[kml|geojson]`: the extension, one of these formats
        return "format"
    words = re.sub(r"\((s)\)", r"\1", words).strip()
    joined = re.sub(r"[\s-]+", "_", words)
    return joined.lower() if joined != words else joined  # `area ID` -> area_id; `SRID` as written


def bracketed_italic_placeholders(text: str) -> str:
    """`text` with each bracketed italic name in a path written `{name}`."""
    if "[" not in text:
        return text
    return _SLOT.sub(lambda m: m.group("lead") + "{" + _name(m.group("lead"), m.group("name")) + "}", text)
