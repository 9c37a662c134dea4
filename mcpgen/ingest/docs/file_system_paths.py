"""A path of the file system written in code in installation or configuration text: "Install ``app`` into the
directory ``/usr/local/share/venvs/app``", "Create a file ``/var/www/app/app.ini``", "3. ``/etc/app.yml``".

A page that writes its routes as code in sentences (`mentions.coded_templates`) writes, in the same way, where
its files go on the server that runs it. Such a path is no route: it starts from a root directory every Unix
system has (`/etc`, `/usr`, `/var`, `/opt`, `/srv`, `/home`, ...) and goes on below it, or it names a file of
configuration (`.yml`, `.ini`, `.conf`, `.toml`, a systemd `.service`, a `.sock`et). A route that is only such a
word (`/home`, `/tmp`) or a file a service hands out (`/export.json`, `/logs/today.log`) stays a route.

A code block of paths alone (`mentions._coded_path_list`) may show, in the same way, where the server looks for its
files: "CHP will look in the following location for a custom html error page:" over `/usr/share/chp-errors/{CODE}.html`.
There the narrower `installed_path` is read: a path below one of the directories a Unix system installs software
into (`/usr/share`, `/usr/local`, `/var/lib`, `/var/www`, `/etc/...`, `/opt/<vendor>/...`), or a configuration file's.
A block of routes that merely start with a short word (`/sys/health`, `/dev/info`, `/home/feed`, `/usr/{id}`) stays
routes."""

from __future__ import annotations

import re

from .mention import Mention

_ROOTS = frozenset(
    {"etc", "usr", "var", "opt", "srv", "home", "tmp", "root", "bin", "sbin", "lib", "mnt", "proc", "sys", "dev"}
)
_CONFIGURATION = re.compile(r"(?i)\.(?:ya?ml|ini|conf|cfg|toml|service|socket|sock|pem|env)$")


def file_system_path(path: str) -> bool:
    """Whether `path` is a path of the file system: below a root directory, or a configuration file's."""
    segments = path.split("?", maxsplit=1)[0].strip("/").split("/")
    return (len(segments) >= 2 and segments[0] in _ROOTS) or bool(_CONFIGURATION.search(segments[-1]))


def without_files(coded: list[list[Mention]]) -> list[list[Mention]]:
    """`coded` (each section's coded paths) without the paths of the file system."""
    return [[m for m in found if not file_system_path(m.target.path)] for found in coded]


_INSTALLED = {
    "usr": frozenset({"share", "local", "lib", "lib64", "libexec", "bin", "sbin", "include", "src"}),
    "var": frozenset({"lib", "log", "www", "run", "cache", "spool", "tmp", "opt", "mail", "backups"}),
}


def installed_path(path: str) -> bool:
    """Whether `path` lies below a directory software is installed into, or names a configuration file."""
    segments = path.split("?", maxsplit=1)[0].strip("/").split("/")
    if len(segments) >= 3 and segments[0] in _INSTALLED:
        return segments[1] in _INSTALLED[segments[0]]
    if (len(segments) >= 2 and segments[0] == "etc") or (len(segments) >= 3 and segments[0] in ("opt", "srv")):
        return "{" not in segments[1]
    return bool(_CONFIGURATION.search(segments[-1]))
