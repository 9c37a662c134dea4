"""Pages of one folder read as one API document, for how many routes written as code it takes to state an API:

    usage.rst     The book list is at ``/books``. Visit ``/update``; progress is at ``/update_status``.
                  ``/version`` shows the version.
    feeds.rst     Every book has an RSS feed at ``/rss/<id>.xml``, and rendered feeds at
                  ``/rss/derived/<id>-<mode>.xml``.

A page that states no request line, no list of paths, only paths in code inside its sentences, is read as
stating routes when it writes at least three such paths (`mentions.coded_templates`): fewer may be anything a
sentence names. A documentation folder splits one API over several pages, each a topic, and a topic page may name
one or two routes only. Where the folder's pages write no method and one of them states its routes so on its own
(three paths or more), the folder states its API that way: a topic page's one or two coded paths are routes too,
still held to what a route is (no file-system path, no path a sentence says is not served, no converted data
path). A folder none of whose pages reaches three is read page by page, as before.
"""

from __future__ import annotations

from .blocks import Document, Section
from .coded_queries import FOLDER_CODED
from .converted_paths import without_converted
from .mentions import coded_templates
from .requests import request_lines
from .unsupported_paths import without_unsupported


def _writes_requests(sections: list[Section]) -> bool:
    """Some block of the page writes a request line (`GET /x`) or a curl command: its routes have methods."""
    texts = (block.text for section in sections for block in section.blocks)
    return any(request_lines(text) or "curl " in text for text in texts)


def count_folder_routes(docs: list[Document]) -> None:
    """Set the most routes written in code one page of the folder states (0 for one page, or for a folder some
    page of which writes a request line or a curl command)."""
    if len(docs) < 2 or any(_writes_requests(doc.sections) for doc in docs):
        FOLDER_CODED.set(0)
        return
    counts = []
    for doc in docs:
        coded = without_converted(doc, [coded_templates(section) for section in doc.sections])
        counts.append(sum(map(len, without_unsupported(doc, coded))))
    FOLDER_CODED.set(max(counts))


__all__ = ["count_folder_routes"]
