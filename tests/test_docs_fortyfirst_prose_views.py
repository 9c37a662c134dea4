"""Zope browser views named only in prose, in the forty-first registry batch (benchmarks/docs/registry_truth):
a Plone add-on's README says "There is a view that shows all votes: @@votes-overview", "Managers can call
**@@votes-report** view on a content" and "call **@@all-votes** view on the application root(`/`)", beside a
console curl on the site (`http://localhost:8080/site/front-page/@vote`). Each sentence states a GET of the view
on the object it names: the root, a placeholder named by the kind (`/site/{content}/@@votes-report`) under the
site the requests traverse, or the site itself ("There is a view"). Not routes: a view a script is said to call,
a view a sentence introduces with an example ("a view (``@@download``) that downloads the file, for example:"),
and `@@name` in a sentence that says nothing of a view."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

VIEWS = """\
Votes
=====

Vote
----

**POST** endpoint that need to be called on a site content::

> curl -i -X POST http://localhost:8080/site/front-page/@vote -H 'Accept: application/json' --data-raw '{"vote": "1"}'

Overview
--------

There is a view (a link is also in the menu) that shows all votes: @@votes-overview

Report
------

Managers can call **@@votes-report**
view on a content, to see the votes it received.

All votes
---------

Managers can call **@@all-votes**
view on the application root(`/`) to see the votes of all the sites.
"""

NOT_VIEWS = """\
Votes
=====

Vote
----

**POST** endpoint that need to be called on a site content::

> curl -i -X POST http://localhost:8080/site/front-page/@vote -H 'Accept: application/json' --data-raw '{"vote": "1"}'

Download
--------

When a file is stored, there is a view (``@@download``) that allow to download it, for example::

    https://nohost/page/@@download/file

Settings
--------

The ``@@votes-settings`` registry record keeps the labels.

Scripts
-------

The script is supposed to be used to call the **@@send-reminders** view once a day.
"""


def test_views_named_in_prose_are_gets_where_the_sentence_says(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, VIEWS, "README.rst")
    assert ("GET", "/site/@@votes-overview") in ops, sorted(ops)
    assert ("GET", "/@@all-votes") in ops, sorted(ops)
    assert ("GET", "/site/{content}/@@votes-report") in ops, sorted(ops)
    assert params_of(ops[("GET", "/site/{content}/@@votes-report")]).get(("content", "path")) is True


def test_example_introduced_views_and_other_words_are_not_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_VIEWS, "README.rst")
    assert not any("@@" in path for _, path in ops), sorted(ops)
