"""Escaping filters, one per output context. Spec text reaches generated files only through these."""

from __future__ import annotations

import html
import json
import re
from typing import Any

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def py_str(value: Any) -> str:
    """A Python string literal for any text, in the quote style black prefers."""
    text = str(value)
    body = text.replace("\\", "\\\\")
    body = _CONTROL.sub(lambda m: _escape_char(m.group()), body)
    doubles, singles = body.count('"'), body.count("'")
    if doubles > singles:
        return "'" + body.replace("'", "\\'") + "'"
    return '"' + body.replace('"', '\\"') + '"'


def _escape_char(char: str) -> str:
    code = ord(char)
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    if char in named:
        return named[char]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_TOML_CONTROL = re.compile(r'[\x00-\x1f\x7f"\\]')


def toml_str(value: Any) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    named = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        return named.get(char, f"\\u{ord(char):04x}")

    return '"' + _TOML_CONTROL.sub(escape, str(value)) + '"'


def md_text(value: Any) -> str:
    """Markdown paragraph text: HTML and Markdown control characters are made inert."""
    text = html.escape(str(value), quote=False)
    text = re.sub(r"([\\`*_\[\]{}#|!~])", r"\\\1", text)
    return text.replace("\r", "")


def md_cell(value: Any, limit: int = 160) -> str:
    """One Markdown table cell: a single line, pipes escaped, shortened to `limit` characters."""
    text = " ".join(str(value).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return md_text(text)


def md_code(value: Any) -> str:
    """Inline code, safe in a table cell: backticks cannot close it, pipes cannot split the row."""
    text = " ".join(str(value).split()).replace("`", "'").replace("|", "\\|")
    return f"`{text}`"


def first_line(value: Any) -> str:
    lines = [line.strip() for line in str(value).splitlines() if line.strip()]
    return lines[0] if lines else ""


def py_value(value: Any) -> str:
    """A Python literal for a JSON value (strings through `py_str`)."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(py_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_str(k)}: {py_value(v)}" for k, v in value.items()) + "}"
    return py_str(value)


def json_pretty(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=False)


def yaml_str(value: Any) -> str:
    """A YAML scalar that is always a string (a JSON string is valid YAML)."""
    return json.dumps(str(value), ensure_ascii=True)


FILTERS = {
    "yamlstr": yaml_str,
    "pystr": py_str,
    "pyvalue": py_value,
    "tomlstr": toml_str,
    "md": md_text,
    "md_cell": md_cell,
    "md_code": md_code,
    "first_line": first_line,
    "json_pretty": json_pretty,
}
