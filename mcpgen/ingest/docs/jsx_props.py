"""Operations stated as JavaScript object literals in an MDX/JSX component's props: `<RestExamples data={[{
method: "GET", path: "/api/{slug}", description: "...", example: {req: {body: {...}}, res: {...}}}, ...]} />`.
Each object that carries a method and a path is written out as the Markdown the page would render: a heading, its
request line, its description, its request body and response as labelled JSON examples, its parameter lists,
and the JSX fragments it holds (`drawerContent: (<><ul><li>...</li></ul></>)`) as Markdown. What is written takes
the place of the element (of its opening tag, where it has children: they stay, read as the page's text), padded
(or, when longer, run on) so that the lines after it keep their numbers."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any

from .requests import METHODS

_COMPONENT = re.compile(r"^[ \t]*<(?P<tag>[A-Z][\w.]*)\b", re.M)
_HEADING = re.compile(r"^(#{1,6})\s", re.M)
_FENCED = re.compile(r"^[ \t]*(`{3,}|~{3,}).*?^[ \t]*\1[ \t]*$", re.M | re.S)
"""A fenced code block: a component shown in it is an example of code, not part of the page."""
_PATH_KEYS = ("path", "url", "endpoint", "route", "uri", "href")
_TITLE_KEYS = ("operation", "title", "name", "summary", "label")
_DESCRIPTION_KEYS = ("description", "desc", "summary", "details")
_PARAM_KEYS = ("parameters", "params", "queryParams", "queryParameters", "pathParams", "fields", "arguments")


@dataclass(frozen=True)
class Jsx:
    """A JSX element or fragment held as a value (`(<><ul>...</ul></>)`), as written."""

    source: str


class _Unreadable(ValueError):
    pass


def component_routes(text: str) -> str:
    """`text` with each JSX component whose props state operations written out as Markdown in its place."""
    out: list[str] = []
    position = 0
    fences = [(m.start(), m.end()) for m in _FENCED.finditer(text)]
    for match in _COMPONENT.finditer(text):
        if match.start() < position or any(start <= match.start() < end for start, end in fences):
            continue
        reader = _Reader(text, match.end())
        try:
            props, closed = reader.element_props()
            operations = [op for value in props.values() for op in _operations(value)]
            end = reader.i if closed else reader.i + 1  # (an element with children: its opening tag; they stay)
        except (_Unreadable, IndexError):
            continue
        if not operations:
            continue
        level = min(6, len(headings[-1]) + 1) if (headings := _HEADING.findall(text, 0, match.start())) else 2
        markdown: list[str] = []
        for op in operations:  # each where its object starts, when what comes before it leaves room
            at = text.count("\n", match.start(), reader.starts.get(id(op), match.start()))
            markdown += [""] * (at - len(markdown)) + _markdown(op, level).split("\n") + [""]
        markdown += [""] * (text.count("\n", match.start(), end) + 1 - len(markdown))
        out += [text[position : match.start()], "\n".join(markdown)]
        position = end
    return "".join(out) + text[position:] if out else text


def _operations(value: Any) -> list[dict[str, Any]]:
    values = value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, dict) and _request(v) is not None]


def _request(op: dict[str, Any]) -> tuple[str, str] | None:
    method = op.get("method") or op.get("verb")
    path = next((op[k] for k in _PATH_KEYS if isinstance(op.get(k), str)), None)
    if not isinstance(method, str) or method.upper() not in METHODS or path is None:
        return None
    if not path.startswith(("/", "http://", "https://")):
        return None
    return method.upper(), path


def _markdown(op: dict[str, Any], level: int) -> str:
    method, path = _request(op) or ("", "")
    title = next((op[k] for k in _TITLE_KEYS if isinstance(op.get(k), str) and op[k].strip()), f"{method} {path}")
    parts = [f"{'#' * level} {title.strip()}\n`{method} {path}`"]
    description = next((op[k] for k in _DESCRIPTION_KEYS if isinstance(op.get(k), str) and op[k] != title), "")
    if description.strip():
        parts.append(description.strip())
    for params in (op.get(k) for k in _PARAM_KEYS):
        items = [_param_item(p) for p in params] if isinstance(params, list) else []
        if any(items):
            parts.append("Parameters:\n\n" + "\n".join(i for i in items if i))
    request = _nested(op, ("req", "request"))
    body = _first(request, ("body", "data", "json")) if isinstance(request, dict) else None
    body = body if body is not None else _first(op, ("body", "requestBody"))
    if isinstance(body, dict | list) and body:
        parts.append(f"Request body:\n```json\n{json.dumps(body)}\n```")
    query = _first(request, ("query", "params")) if isinstance(request, dict) else None
    if isinstance(query, dict) and query:
        parts.append("Query parameters:\n\n" + "\n".join(f"- `{name}`" for name in query))
    parts += [_fragment(j.source) for j in _fragments(op)]
    response = _nested(op, ("res", "response"))
    if isinstance(response, dict | list) and response:
        parts.append(f"Response:\n```json\n{json.dumps(response)}\n```")
    return "\n\n".join(p for p in parts if p.strip())


def _param_item(param: Any) -> str:
    if isinstance(param, str) and re.fullmatch(r"[A-Za-z_][\w.-]*", param):
        return f"- `{param}`"
    if not isinstance(param, dict) or not isinstance(param.get("name"), str):
        return ""
    facts = [str(param[k]) for k in ("in", "location", "type") if isinstance(param.get(k), str)]
    if param.get("required") is True:
        facts.append("required")
    elif param.get("required") is False:
        facts.append("optional")
    description = next((param[k] for k in _DESCRIPTION_KEYS if isinstance(param.get(k), str)), "")
    return f"- `{param['name']}`" + (f" ({', '.join(facts)})" if facts else "") + f" - {description}".rstrip(" -")


def _nested(value: Any, keys: tuple[str, ...]) -> Any:
    """The first value under one of `keys`, looked for in `value` and the objects it holds (breadth first)."""
    queue = [value]
    while queue:
        current = queue.pop(0)
        if isinstance(current, dict):
            found = _first(current, keys)
            if found is not None:
                return found
            queue += [v for v in current.values() if isinstance(v, dict)]
    return None


def _first(value: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((value[k] for k in keys if k in value), None)


def _fragments(value: Any) -> list[Jsx]:
    if isinstance(value, Jsx):
        return [value]
    if isinstance(value, dict):
        return [j for v in value.values() for j in _fragments(v)]
    if isinstance(value, list):
        return [j for v in value for j in _fragments(v)]
    return []


_BLOCK_TAGS = re.compile(r"(?i)<(?:/?(?:h[1-6]|p|div|ul|ol|table|tr|section)\b[^<>]*|br\s*/?|/?)>")


def _fragment(source: str) -> str:
    """A JSX fragment as Markdown: headings (as labels) and paragraphs as lines, list items as `- ` items, `<code>`
    as code, links as the text they show, other tags dropped."""
    text = re.sub(r"(?is)<code\b[^>]*>(.*?)</code>", r"`\1`", source)
    text = re.sub(r"(?is)<a\b[^>]*>(.*?)</a>", r"\1", text)  # (the text shown: `sort` - sort by field)
    text = re.sub(r"(?is)\s*<li\b[^>]*>", "\n\n- ", text)
    text = re.sub(r"(?is)</h[1-6]\s*>", ":\n\n", text)
    text = _BLOCK_TAGS.sub("\n\n", text)
    text = re.sub(r"(?s)<[^<>]*>", " ", text)
    lines = [" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", html.unescape(text))]
    text = "\n".join(line.replace("::", ":") for line in lines if line.strip("() "))
    return re.sub(r"(?m)^(?!- )(.*)$", r"\1\n", text).strip()


class _Reader:
    """A JavaScript expression read as a value: object and array literals, strings, numbers, true/false/null,
    JSX elements and fragments (`Jsx`); anything else (a function, a variable) as its source text."""

    def __init__(self, text: str, position: int) -> None:
        self.text, self.i = text, position
        self.starts: dict[int, int] = {}
        """Where each object literal read starts, by the object's id."""

    def element_props(self) -> tuple[dict[str, Any], bool]:
        """The props of the element whose tag name ends at the reader's position, and whether the element closes
        with its tag (`/>`, the reader then after it; else the reader is at the tag's `>`)."""
        props: dict[str, Any] = {}
        while True:
            self._space()
            if self.text.startswith("/>", self.i):
                self.i += 2
                return props, True
            if self.text[self.i] == ">":
                return props, False
            name = re.compile(r"[A-Za-z_][\w:.-]*").match(self.text, self.i)
            if name is None:
                raise _Unreadable(self.i)
            self.i = name.end()
            self._space()
            if self.text[self.i] != "=":
                props[name.group(0)] = True
                continue
            self.i += 1
            self._space()
            if self.text[self.i] == "{":
                self.i += 1
                props[name.group(0)] = self.value()
                self._space()
                self._expect("}")
            else:
                props[name.group(0)] = self._string()

    def value(self) -> Any:
        self._space()
        char = self.text[self.i]
        if char == "{":
            return self._object()
        if char == "[":
            return self._array()
        if char in "\"'`":
            return self._string()
        if char == "<":
            return self._jsx()
        if char == "(" and self.text[self.i + 1 :].lstrip().startswith("<"):
            self.i += 1
            self._space()
            value = self._jsx()
            self._space()
            self._expect(")")
            return value
        number = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?\b").match(self.text, self.i)
        if number is not None:
            self.i = number.end()
            return float(number.group(0)) if re.search(r"[.eE]", number.group(0)) else int(number.group(0))
        word = re.compile(r"(?:true|false|null|undefined)\b").match(self.text, self.i)
        if word is not None:
            self.i = word.end()
            return {"true": True, "false": False}.get(word.group(0))
        return self._raw()

    def _object(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        self.starts[id(found)] = self.i
        self.i += 1
        while True:
            self._space()
            if self.text[self.i] == "}":
                self.i += 1
                return found
            if self.text.startswith("...", self.i):
                self.i += 3
                self.value()
            else:
                key_match = re.compile(r"[A-Za-z_$][\w$]*|\d+").match(self.text, self.i)
                if key_match is not None:
                    key, self.i = key_match.group(0), key_match.end()
                elif self.text[self.i] in "\"'":
                    key = self._string()
                else:
                    raise _Unreadable(self.i)
                self._space()
                if self.text[self.i] == ":":
                    self.i += 1
                    found[key] = self.value()
                elif self.text[self.i] == "(":  # a method: `handler(req) { ... }`
                    found[key] = self._raw()
                else:
                    found[key] = key  # shorthand `{ slug }`
            self._space()
            if self.text[self.i] == ",":
                self.i += 1
            elif self.text[self.i] != "}":
                raise _Unreadable(self.i)

    def _array(self) -> list[Any]:
        self.i += 1
        found: list[Any] = []
        while True:
            self._space()
            if self.text[self.i] == "]":
                self.i += 1
                return found
            found.append(self.value())
            self._space()
            if self.text[self.i] == ",":
                self.i += 1
            elif self.text[self.i] != "]":
                raise _Unreadable(self.i)

    def _string(self) -> str:
        quote = self.text[self.i]
        if quote not in "\"'`":
            raise _Unreadable(self.i)
        end = self.i + 1
        while self.text[end] != quote:
            end += 2 if self.text[end] == "\\" else 1
        raw, self.i = self.text[self.i + 1 : end], end + 1
        return re.sub(r"\\(.)", r"\1", raw)

    def _jsx(self) -> Jsx:
        start = self.i
        depth = 0
        tags = re.compile(r"<(/?)([A-Za-z][\w.]*)?(?:\s[^<>]*?)?(/?)>")
        while True:
            tag = tags.match(self.text, self.i) if self.text[self.i] == "<" else None
            if tag is None:
                self.i += 1
                continue
            depth += -1 if tag.group(1) else 0 if tag.group(3) else 1
            self.i = tag.end()
            if depth == 0:
                return Jsx(self.text[start : self.i])

    def _raw(self) -> str:
        """An expression this reader does not model, up to the comma or bracket that ends it."""
        start, depth = self.i, 0
        while True:
            char = self.text[self.i]
            if char in "\"'`":
                self._string()
                continue
            if char in "([{":
                depth += 1
            elif char in ")]}":
                if depth == 0:
                    break
                depth -= 1
            elif char == "," and depth == 0:
                break
            self.i += 1
        return self.text[start : self.i].strip()

    def _space(self) -> None:
        while True:
            space = re.compile(r"\s+|//[^\n]*|/\*.*?\*/", re.S).match(self.text, self.i)
            if space is None or space.end() == self.i:
                return
            self.i = space.end()

    def _expect(self, char: str) -> None:
        if self.text[self.i] != char:
            raise _Unreadable(self.i)
        self.i += 1
