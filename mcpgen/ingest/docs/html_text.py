"""The visible text of HTML elements, for the HTML reducer: what is page chrome or hidden (skipped), which
inline marks are kept as Markdown (`code`, **strong**), where blocks break, and a page's preparation (client-side
templates read in place, lines of a converted document's source).
"""

from __future__ import annotations

import json
import re
import warnings

from bs4 import BeautifulSoup, CData, NavigableString, Tag


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


HEADINGS = words("h1 h2 h3 h4 h5 h6")
INLINE = words("a abbr b bdi bdo big br cite code data del dfn em font i ins kbd mark q s samp small span strike")
INLINE |= words("strong sub sup time tt u var wbr")
_BLOCK_SET = HEADINGS | words("address article aside blockquote details div dl dd dt fieldset figure figcaption")
_BLOCK_SET |= words("footer form header hr li main nav ol p pre section summary table tbody thead tr td th ul")
BLOCKS = sorted(_BLOCK_SET)
HEADING_LIST = sorted(HEADINGS)
_SKIP_TAGS = words("script style noscript template nav footer svg form button input select textarea option label")
_SKIP_TAGS |= words("iframe canvas object embed head img video audio map dialog link meta")
_SKIP_ROLES = words("navigation search banner contentinfo complementary tablist menu toolbar")
_SKIP_CLASSES = words(
    "menu-content toc toc-wrapper tocify-wrapper sphinxsidebar sphinxsidebarwrapper sidebar side-bar sidebar-wrapper "
    "bd-sidebar bd-sidebar-primary bd-sidebar-secondary wy-nav-side navbar topnav horizontaltopnav breadcrumb "
    "breadcrumbs headerlink related lang-selector search search-results skip-link copybtn sr-only visually-hidden "
    "hidden d-none toc-drawer sidebar-drawer md-sidebar md-header md-footer md-tabs table-of-contents "
    "theme-doc-sidebar-container opblock-summary"
)
_CHROME_ID = re.compile(r"^(?:nav|toc|sidebar|menu)(?:[-_]|$)", re.I)
_CALLOUTS = words("notice warning success info note tip important caution danger")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
BR = "\u2028"  # <br> while collecting text (str.split() still takes it for whitespace)
_MARKS = {"code": "`", "kbd": "`", "tt": "`", "samp": "`", "strong": "**", "b": "**"}
_NO_STOP: frozenset[str] = frozenset()
_CSS_LABELS = {  # bootprint prints these with CSS `::before { content: ... }`
    "sw-param-name": "name",
    "sw-param-description": "description",
    "sw-param-type": "in",
    "sw-param-data-type": "type",
    "sw-param-annotation": "required",
    "json-property-required": "required",
    "sw-request-security-schema": "security scheme",
    "sw-request-security-scopes": "scopes",
}
_TEMPLATE_TYPE = re.compile(r"template|text/html|handlebars|mustache|x-tmpl|underscore|jsrender|ractive", re.I)


def unwrap_templates(soup: BeautifulSoup) -> None:
    """A client-side template (`<script type="text/x-handlebars-template">`, as Kafka's documentation is
    served) holds the page's markup: it is read in place of the script."""
    for script in soup.find_all("script"):
        if not _TEMPLATE_TYPE.search(attr(script, "type")) or not script.string:
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            inner = BeautifulSoup(script.string, "html.parser")
        offset = (script.sourceline or 1) - 1
        for tag in inner.find_all(True):
            tag.sourceline = (tag.sourceline or 0) + offset
        script.replace_with(*inner.contents) if inner.contents else script.decompose()


def source_lines(soup: BeautifulSoup, prefix: str) -> None:
    """Each element's line in the original document: its own marker's, else its nearest marked ancestor's."""
    pattern = re.compile(re.escape(prefix) + r"(\d+)$")
    for tag in soup.find_all(True):
        line = None
        for node in (tag, *tag.parents):
            if isinstance(node, Tag):
                line = next((int(m.group(1)) for c in class_list(node) if (m := pattern.match(c))), None)
                if line is not None:
                    break
        tag.sourceline = line


def norm(text: str) -> str:
    return " ".join(text.split())


def attr(tag: Tag, name: str) -> str:
    value = tag.get(name)
    return " ".join(value) if isinstance(value, list) else (value or "")


def class_list(tag: Tag) -> list[str]:
    value = tag.get("class")
    return list(value) if isinstance(value, list) else (value or "").split()


def skip(tag: Tag) -> bool:
    """Page chrome, forms, scripts and hidden elements."""
    name, attrs = tag.name, tag.attrs
    if name in _SKIP_TAGS:
        return True
    if name in ("body", "html", "main"):
        return False
    if name == "header" and tag.find(HEADING_LIST) is None:
        return True
    classes = {c.lower() for c in class_list(tag)} if attrs else set()
    if name == "aside" and not classes & _CALLOUTS:  # Slate's callouts are asides
        return True
    if not attrs:
        return False
    if classes & _SKIP_CLASSES or attrs.get("role") in _SKIP_ROLES or _CHROME_ID.match(attr(tag, "id")):
        return True
    return "hidden" in attrs or attrs.get("aria-hidden") == "true" or bool(_HIDDEN_STYLE.search(attr(tag, "style")))


def append_text(child: object, out: list[str], markup: bool = True, stop: frozenset[str] = _NO_STOP) -> None:
    """Append the visible text of `child` (`<br>` as `BR`, block boundaries as newlines)."""
    if type(child) in (str, NavigableString, CData):
        out.append(str(child))
    elif isinstance(child, Tag):
        name = child.name
        if name == "br":
            out.append(BR)
        elif name in stop or skip(child):
            return
        elif not child.contents and child.attrs:
            out.append(next((f" {_CSS_LABELS[c]} " for c in class_list(child) if c in _CSS_LABELS), ""))
        elif markup and name in _MARKS:
            inner: list[str] = []
            for grandchild in child.children:
                append_text(grandchild, inner, False, stop)
            text, mark = "".join(inner), _MARKS[name]
            out.append(f"{mark}{norm(text) if mark == '**' else text.strip()}{mark}" if text.strip() else text)
        else:
            separated = name in _BLOCK_SET
            out.append("\n" if separated else "")
            for grandchild in child.children:
                append_text(grandchild, out, markup, stop)
            out.append(("; " if name == "tr" else "\n") if separated else "")


def element_text(tag: Tag, markup: bool = True, stop: frozenset[str] = _NO_STOP) -> str:
    out: list[str] = []
    for child in tag.children if tag.contents else [tag]:
        append_text(child, out, markup, stop)
    return norm("".join(out)).replace(" ; ", "; ").strip(" ;")


def source_line(item: Tag | NavigableString, parent: Tag) -> int | None:
    """The source line of an element, or of a bare string (counted back from the element after it)."""
    if isinstance(item, Tag):
        return item.sourceline
    after = item.next_sibling
    if isinstance(after, Tag) and after.sourceline is not None:
        return after.sourceline - item.lstrip().count("\n")
    return parent.sourceline


def child_tags(tag: Tag, names: tuple[str, ...] = ()) -> list[Tag]:
    return [c for c in tag.children if isinstance(c, Tag) and (not names or c.name in names)]


_ROW_GROUPS = ("thead", "tbody", "tfoot")


def table_rows(table: Tag) -> list[Tag]:
    """The rows of `table`, in order: its own, and those of its row groups. A row group written inside another
    (`<thead><tr>..</tr><tbody>..</tbody></thead>`, an unclosed `thead`) holds rows too: a browser closes the
    first group where the second opens and shows both, so its rows are the table's body, not lost."""
    rows: list[Tag] = []
    for child in child_tags(table, (*_ROW_GROUPS, "tr")):
        rows.extend([child] if child.name == "tr" else table_rows(child))
    return rows


def code_lang(tag: Tag) -> str:
    """`language-json`, `lang-json`, `highlight-json` (Sphinx), `tab-json` (Slate) on the block or around it."""
    parents = [p for p in (tag.parent, tag.parent and tag.parent.parent) if p is not None]
    for node in [tag, *child_tags(tag, ("code",))[:1], *parents]:
        if attr(node, "data-lang"):
            return attr(node, "data-lang")
        for cls in class_list(node):
            match = re.match(r"^(?:language|lang|highlight|tab)-(\w[\w+#.-]*)$", cls)
            if match and match.group(1) not in ("default", "none", "text", "plaintext", "code"):
                return match.group(1)
    return ""


def pretty_json(text: str) -> str | None:
    """`text` re-indented when it is a JSON document, else None."""
    stripped = text.strip()
    if not stripped or (stripped[0] not in '[{"' and stripped not in ("null", "true", "false")):
        return None
    try:
        return json.dumps(json.loads(stripped), indent=2, ensure_ascii=False)
    except ValueError:
        return None
