"""Values spelled into a request's path: a URI the document names, written as path segments.

An API whose resources are identified by URIs of another system (a storage object `s3://bucket/key`, a
repository `git://host/name`) addresses them by writing the URI's parts into its own paths, the scheme as one
segment and each part after it as the next:

    The command below retrieves the readme for the dataset with the URI ``s3://demo-bucket/4f1c...``::

        $ curl http://localhost:5000/readmes/s3/demo-bucket/4f1c...

The segments `s3/demo-bucket/4f1c...` are that URI, a value the request was shown with, so each is a
placeholder: `/readmes/{scheme}/{bucket}/{uuid}`. The document names such URIs anywhere (in prose, in the JSON
it shows: `"uri": "s3://demo-bucket/4f1c..."`), not necessarily beside the request. The placeholders are named
in the document's words: `{scheme}`; the part after `://` by the noun the text puts after a URI of that scheme
("in the s3://demo-bucket bucket"), else `{host}`; a later part by the JSON key the document gives that value
(`"uuid": "4f1c..."`), else `{path}`. Only a URI with a scheme and at least one part (two segments) is read, at
a place after the path's first segment (a resource's name); the web's own schemes (`http`, `https`) are not
read, as a path holding `http/...` spells an address another way (a proxy's target), which other rules read."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .uuid_segments import uuid_placeholders

if TYPE_CHECKING:
    from .blocks import Document
    from .mention import Mention

_URI = re.compile(r"\b(?P<scheme>[a-z][a-z0-9+.-]{1,15})://(?P<rest>[\w.~-]+(?:/[\w.~-]+)*)", re.I)
_WEB = frozenset({"http", "https", "ws", "wss", "ftp", "file", "mailto"})
_FIELD_VALUE = re.compile(r'"(?P<key>[A-Za-z_]\w*)"\s*:\s*"(?P<value>[^"\s]+)"')


def _document_text(doc: Document) -> str:
    return "\n".join(
        "\n".join([b.text, *(t for item in b.items for t in item), *(c for row in b.rows for c in row)])
        for s in doc.sections
        for b in s.blocks
    )


def _host_noun(text: str, scheme: str) -> str:
    """The noun the text writes after URIs of `scheme` ("the s3://demo-bucket bucket"), if one only."""
    after = re.findall(
        rf"(?i:\b{re.escape(scheme)})://[\w.~-]+[`'\"]*(?:[ \t]+|[ \t]*\n[ \t]*)([a-z][a-z_]{{2,20}})\b", text
    )
    nouns = {n.lower() for n in after if n.lower() not in _NOT_NOUNS}
    return nouns.pop() if len(nouns) == 1 else "host"


_NOT_NOUNS = frozenset(
    {"and", "or", "the", "to", "in", "on", "at", "is", "are", "was", "with", "for", "from", "of", "as", "by", "base"}
)


def _spells(segments: list[str], uri: tuple[str, ...]) -> bool:
    return len(segments) == len(uri) and segments[0].lower() == uri[0] and tuple(segments[1:]) == uri[1:]


def uri_placeholders(doc: Document, mentions: list[list[Mention]]) -> None:
    """Path segments spelling a URI the document names become placeholders (see the module's description)."""
    text = _document_text(doc)
    uris = {
        (m["scheme"].lower(), *m["rest"].split("/")) for m in _URI.finditer(text) if m["scheme"].lower() not in _WEB
    }
    if not uris:
        return
    fields: dict[str, set[str]] = {}
    for match in _FIELD_VALUE.finditer(text):
        fields.setdefault(match["value"], set()).add(match["key"])
    for mention in (m for found in mentions for m in found):
        segments = mention.target.path.split("/")
        i = 2
        while i < len(segments):
            spelled = max(
                (
                    u
                    for u in uris
                    if tuple(s.lower() if j == 0 else s for j, s in enumerate(segments[i : i + len(u)])) == u
                ),
                key=len,
                default=None,
            )
            if spelled is None:
                i += 1
                continue
            names = ["scheme", _host_noun(text, spelled[0])]
            for value in spelled[2:]:
                keys = fields.get(value, set())
                names.append(next(iter(keys)) if len(keys) == 1 else "path")
            taken = set(re.findall(r"\{([^{}]+)\}", mention.target.path))
            for j, name in enumerate(names):
                unique = name
                while unique in taken:
                    unique += "2"
                taken.add(unique)
                segments[i + j] = "{" + unique + "}"
            i += len(spelled)
        mention.target.path = "/".join(segments)


def spelled_values(doc: Document, mentions: list[list[Mention]]) -> None:
    """Values a document's paths spell: UUIDs (`uuid_segments`) and URIs named elsewhere (this module)."""
    uuid_placeholders(doc, mentions)
    uri_placeholders(doc, mentions)


__all__ = ["spelled_values", "uri_placeholders"]
