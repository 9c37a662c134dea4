"""Content a page hides until a click shows it: an element written `style="display: none"` whose `id` the page's own
script or `onclick` handler makes visible (`document.querySelector('#cli_examples').style.display = "block"`,
`document.getElementById("more").style.display = ''`, jQuery's `$('#more').show()`, `.toggle()`, `.slideDown()`,
`.fadeIn()`). A "Click to show examples" block is part of the page a reader reads, not chrome: the writer only
folded it away. Hidden elements are otherwise skipped whole (a modal's markup, a template kept for a script to copy,
an off-screen menu), and so is such an element here when nothing on the page shows it, or when the script that
names it only hides it (`display = "none"`, `.hide()`): its inline style loses only its `display: none`."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from .html_text import attr

_ID = r"""(?:document\.querySelector\(\s*['"]#|document\.getElementById\(\s*['"]|\$\(\s*['"]#)(?P<id>[\w-]+)['"]\s*\)"""
_SHOWN = re.compile(
    _ID + r"""\s*\.(?:style\.display\s*=\s*['"](?!none['"])[\w-]*['"]|(?:show|toggle|slideDown|slideToggle|fadeIn)\()"""
)
_HIDDEN_DISPLAY = re.compile(r"display\s*:\s*none\s*;?", re.I)


def reveal_scripted(soup: BeautifulSoup) -> None:
    """Drop `display: none` from each element the page's scripts show (see the module)."""
    code = [script.get_text() for script in soup.find_all("script")]
    for tag in soup.find_all(True):
        code.extend(value for name, value in tag.attrs.items() if name.startswith("on") and isinstance(value, str))
    shown = {match["id"] for text in code for match in _SHOWN.finditer(text)}
    for name in shown:
        for tag in soup.find_all(id=name):
            style = attr(tag, "style")
            if _HIDDEN_DISPLAY.search(style):
                tag["style"] = _HIDDEN_DISPLAY.sub("", style).strip()


__all__ = ["reveal_scripted"]
