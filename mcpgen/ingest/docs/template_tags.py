"""Django / Jinja template tags in an HTML page that documents an API (`{% trans "postcode" %}`, `{% blocktrans
trimmed %}...{% endblocktrans %}`, `{% if country == 'GB' %}`): the page is read as its reader sees the template,
so a translation tag is the text it translates and every other block tag (conditions, loads, includes, the
translation block's own markers) is dropped, keeping the text of every branch. `{{ variable }}` output is left as
written. Only a page that translates its text this way (a `trans` or `blocktrans` tag) is rewritten: in another
template (Tornado's `{% if debug %}...{% end %}` around form inputs) the tags say which parts a given run shows,
and are left to the rules that read that template as it is."""

from __future__ import annotations

import re

_TRANS = re.compile(r"""\{%-?\s*trans\s+(?P<q>["'])(?P<text>.*?)(?P=q)(?:\s+[^%]*)?-?%\}""", re.S)
_TRANSLATED = re.compile(r"\{%-?\s*(?:block)?trans\b")
_TAG = re.compile(r"\{%-?\s*[a-z_]+\b[^%]*-?%\}", re.S)


def without_template_tags(text: str) -> str:
    """`text` with translation tags as their text and other template block tags dropped."""
    if "{%" not in text or not _TRANSLATED.search(text):
        return text
    return _TAG.sub("", _TRANS.sub(lambda m: m.group("text"), text))
