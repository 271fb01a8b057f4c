"""Searching the exercise catalog: exact names and aliases first, typos forgiven last.

Every word typed must match a row: as a piece of its name, aliases, id, cues or muscles (as
before), or, for a word of five letters or more, as a close spelling of a word of its name,
aliases or muscles ("brige" for "bridge", "romanain" for "romanian"). Names and aliases also
count with their spaces taken out, so "deadbug" finds "Dead bug" and "hipthrust" "Hip thrust",
but only from the start of one of their words: "rdl" is not in "forward leg swing".

Close spelling is the optimal-string-alignment form of the Damerau-Levenshtein distance (a
swap of two neighbours counts once): at most 1 for words of 5-7 letters, 2 from 8. Candidates
come from a symmetric-delete index (SymSpell): every catalog word is stored under each form
with up to two letters deleted, and a typed word is looked up under its own deletions, so a
keystroke costs a few dozen dictionary look-ups whatever the catalog's size; only those
candidates have their distance worked out. This needs no library (difflib's ratio does not
rank typos well, and a C extension for a few hundred exercises was not worth a dependency).

Ranks, best first: the name or an alias exactly; a name or alias starting with the search;
a name or alias holding every word; every word somewhere else (cues, muscles); then rows that
need a corrected spelling: closest first, then those whose names hold more of the other words
as typed, then shorter names (the plain form of a movement before its variants). A-Z within
each of the first four.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from planner_gui.domain.catalog import search_form
from planner_gui.domain.models import Exercise

#: Shortest typed word whose spelling is forgiven; shorter words only match as written.
FUZZY_MIN_LENGTH = 5
#: From this length a word may be two edits away, below it one.
TWO_EDITS_LENGTH = 8
#: Longest catalog word a typo is matched to, and longest name written without its spaces
#: ("deadbug") a typo is matched to: longer ones only match as written. With words holding
#: digits left out too, this keeps the deletion index small (about 30 forms a word).
FUZZY_MAX_LENGTH = 16
COMPACT_MAX_LENGTH = 12


def allowed_edits(word: str) -> int:
    """How many typos a typed word may hold: 0 below five letters, 1, then 2 from eight."""
    if len(word) < FUZZY_MIN_LENGTH:
        return 0
    return 2 if len(word) >= TWO_EDITS_LENGTH else 1


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance of `a` and `b`, or `limit + 1` once it is past
    `limit` (the rows of the table stop early, so a hopeless pair costs little)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if a == b:
        return 0
    previous_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                value = min(value, previous_previous[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return min(previous[-1], limit + 1)


def _deletions(word: str, most: int) -> set[str]:
    """`word` with up to `most` letters left out (`word` itself included)."""
    forms = {word}
    for count in range(1, min(most, len(word) - 1) + 1):
        for gone in combinations(range(len(word)), count):
            forms.add("".join(char for index, char in enumerate(word) if index not in gone))
    return forms


@dataclass(frozen=True)
class SearchKey:
    """What the search compares against, folded once when the catalog is set."""

    text: str
    #: The name, case-folded (for "every word in the name").
    name: str
    #: The name in its search form (`search_form`), for exact and prefix matches.
    plain_name: str
    category: str
    pattern: str
    equipment: frozenset[str]
    muscles: frozenset[str]
    #: The aliases, case-folded: each is searched like the name.
    aliases: tuple[str, ...]
    #: The name and aliases in search form, each on a line of its own with a line break at
    #: both ends: one substring test finds an exact ("\nrdl\n") or prefix ("\nrdl") match.
    names: str
    #: The name and aliases written without their spaces from each word on ("deadbug",
    #: "legswing" of "Leg swing"), each after a line break: a typed word matches one only
    #: from its start, so "rdl" is not found across the words of "forwaRD Leg swing".
    compacts: str
    #: Words a typo may stand for: of the name, the aliases (also with spaces taken out),
    #: the muscles.
    words: frozenset[str]


def search_key(exercise: Exercise) -> SearchKey:
    """Name, aliases, id, cues and muscles (primary and secondary) folded into one string."""
    muscles = [*exercise.muscles, *exercise.secondary_muscles]
    parts = [exercise.name, *exercise.aliases, exercise.id, *exercise.cues, *muscles]
    parts += [muscle.replace("-", " ") for muscle in muscles]
    plain_name = search_form(exercise.name)
    plain_aliases = [search_form(alias) for alias in exercise.aliases]
    words = {word for form in (plain_name, *plain_aliases) for word in form.split()}
    words |= {
        compact
        for form in (plain_name, *plain_aliases)
        if " " in form and len(compact := form.replace(" ", "")) <= COMPACT_MAX_LENGTH
    }
    words |= {word for muscle in muscles for word in muscle.split("-")}
    suffixes = {
        "".join(split[start:])
        for form in (plain_name, *plain_aliases)
        if len(split := form.split()) > 1
        for start in range(len(split) - 1)
    }
    text = "\n".join(parts)
    return SearchKey(
        text=text.casefold(),
        name=exercise.name.casefold(),
        plain_name=plain_name,
        category=exercise.category,
        pattern=exercise.pattern,
        equipment=frozenset(exercise.equipment),
        muscles=frozenset(muscles),
        aliases=tuple(alias.casefold() for alias in exercise.aliases),
        names="\n" + "\n".join([plain_name, *plain_aliases]) + "\n",
        compacts="".join(f"\n{suffix}" for suffix in sorted(suffixes)),
        words=frozenset(word for word in words if word),
    )


@dataclass(frozen=True)
class CatalogFilter:
    """The current search: words that must all match, and optional exact combo values."""

    text: str = ""
    category: str | None = None
    pattern: str | None = None
    equipment: str | None = None
    muscle: str | None = None

    def words(self) -> list[str]:
        """The typed words, case-folded (hyphens kept: "half-kneeling" is one piece)."""
        return self.text.casefold().split()

    def combos_empty(self) -> bool:
        return (self.category, self.pattern, self.equipment, self.muscle) == (None,) * 4

    def combos_accept(self, key: SearchKey) -> bool:
        return (
            (self.category is None or key.category == self.category)
            and (self.pattern is None or key.pattern == self.pattern)
            and (self.equipment is None or self.equipment in key.equipment)
            and (self.muscle is None or self.muscle in key.muscles)
        )


def _typo_target(word: str) -> bool:
    """Whether a catalog word may be reached through a typo (no digits: 12 is not 13)."""
    return FUZZY_MIN_LENGTH - 1 <= len(word) <= FUZZY_MAX_LENGTH and not any(
        char.isdigit() for char in word
    )


def _typo_form(word: str) -> str:
    """A typed word as typo matching compares it: without hyphens ("dead-bug" → "deadbug")."""
    return word.replace("-", "")


class SearchIndex:
    """The search keys of a catalog in a fixed order (positions), and its typo index.

    The typo index is built at the first search with a long enough word, not with the
    catalog, so opening a plan never waits for it.
    """

    def __init__(self, exercises: Iterable[Exercise]) -> None:
        self.keys: tuple[SearchKey, ...] = tuple(search_key(exercise) for exercise in exercises)
        self._texts = [key.text for key in self.keys]
        self._compacts = [key.compacts for key in self.keys]
        self._names = [key.names for key in self.keys]
        self._name_texts = ["\n".join([key.name, *key.aliases]) for key in self.keys]
        self._name_lengths = [len(key.name) for key in self.keys]
        self._postings: dict[str, list[int]] = {}
        for position, key in enumerate(self.keys):
            for word in key.words:
                self._postings.setdefault(word, []).append(position)
        self._deleted: dict[str, list[str]] | None = None

    def __len__(self) -> int:
        return len(self.keys)

    def _deletion_index(self) -> dict[str, list[str]]:
        if self._deleted is None:
            deleted: dict[str, list[str]] = {}
            for word in self._postings:
                if _typo_target(word):
                    most = 2 if len(word) >= TWO_EDITS_LENGTH - 2 else 1
                    for form in _deletions(word, most):
                        deleted.setdefault(form, []).append(word)
            self._deleted = deleted
        return self._deleted

    def close_words(self, word: str) -> dict[str, int]:
        """Catalog words within the typos `word` may hold, with their distance (0 excluded:
        a word spelled right is found as written)."""
        limit = allowed_edits(word)
        if not limit:
            return {}
        deleted = self._deletion_index()
        candidates = {
            candidate for form in _deletions(word, limit) for candidate in deleted.get(form, ())
        }
        found: dict[str, int] = {}
        for candidate in candidates:
            distance = edit_distance(word, candidate, limit)
            if 0 < distance <= limit:
                found[candidate] = distance
        return found

    def _typo_positions(self, word: str) -> dict[int, int]:
        """Rows with a word close to `word`, each with the smallest distance."""
        best: dict[int, int] = {}
        for candidate, distance in self.close_words(_typo_form(word)).items():
            for position in self._postings[candidate]:
                if distance < best.get(position, distance + 1):
                    best[position] = distance
        return best

    def distances(self, search: CatalogFilter) -> list[int | None]:
        """For each position: None when the row is left out, else the typos the search needed
        to match it (0: every word as written). One pass per word: this runs on every
        keystroke over the whole catalog."""
        texts, compacts = self._texts, self._compacts
        #: Rows still matching, with the typos needed so far; None while every row does.
        alive: dict[int, int] | None = None
        for word in search.words():
            start = f"\n{word}"
            if alive is None:
                found = {
                    position: 0
                    for position, text in enumerate(texts)
                    if word in text or start in compacts[position]
                }
            else:  # later words test only the rows left
                found = {
                    p: typos
                    for p, typos in alive.items()
                    if word in texts[p] or start in compacts[p]
                }
            for position, extra in self._typo_positions(word).items():
                if position not in found and (alive is None or position in alive):
                    found[position] = extra + (0 if alive is None else alive[position])
            alive = found
        if not search.combos_empty():
            keys = self.keys
            if alive is None:
                alive = {p: 0 for p, key in enumerate(keys) if search.combos_accept(key)}
            else:
                alive = {p: typos for p, typos in alive.items() if search.combos_accept(keys[p])}
        if alive is None:
            return [0] * len(texts)
        result: list[int | None] = [None] * len(texts)
        for position, typos in alive.items():
            result[position] = typos
        return result

    def distance(self, position: int, search: CatalogFilter) -> int | None:
        """`distances` for one row, worked out directly from its key with no index: the
        reference the bulk pass is tested against."""
        key = self.keys[position]
        if not search.combos_accept(key):
            return None
        total = 0
        for word in search.words():
            if word in key.text or f"\n{word}" in key.compacts:
                continue
            typo = _typo_form(word)
            limit = allowed_edits(typo)
            close = [
                edit_distance(typo, known, limit) for known in key.words if _typo_target(known)
            ]
            best = min((d for d in close if 0 < d <= limit), default=None)
            if best is None:
                return None
            total += best
        return total

    def _in_one_name(self, position: int, words: Sequence[str]) -> bool:
        """Whether the name, or one alias, holds every word."""
        key = self.keys[position]
        return all(word in key.name for word in words) or any(
            all(word in alias for word in words) for alias in key.aliases
        )

    def ranked(self, search: CatalogFilter) -> tuple[list[int], list[bool]]:
        """The positions in ranked order and, row by row in that order, which are shown.

        Shown rows come first, in the ranks the module describes; hidden rows last, in
        position order. Without search text the order is the positions' own.
        """
        distances = self.distances(search)
        shown_rows = [distance is not None for distance in distances]
        query = search_form(search.text)
        if not query:
            return list(range(len(distances))), shown_rows
        exact_line = f"\n{query}\n"
        line_start = f"\n{query}"
        words = search.words()
        names = self._names
        # Rank by rank, each a pass of comprehensions over what is left, not a loop of
        # tests per row: this runs on every keystroke.
        matched = [position for position, distance in enumerate(distances) if distance == 0]
        starting = [position for position in matched if line_start in names[position]]
        exact = [position for position in starting if exact_line in names[position]]
        exact_set = set(exact)
        prefix = [position for position in starting if position not in exact_set]
        starting_set = set(starting)
        rest = [position for position in matched if position not in starting_set]
        named = rest
        for word in words:  # a quick pass first: every word somewhere in name and aliases
            named = [position for position in named if word in self._name_texts[position]]
        if len(words) > 1:  # one word in the joined names is in one of them
            named = [position for position in named if self._in_one_name(position, words)]
        in_name = named
        in_name_set = set(in_name)
        other = [position for position in rest if position not in in_name_set]
        typo_rows = [position for position, distance in enumerate(distances) if distance]
        unnamed = [0] * len(typo_rows)
        for word in words:  # how many typed words the name and aliases lack, as typed
            unnamed = [n + (word not in names[p]) for n, p in zip(unnamed, typo_rows, strict=True)]
        typos = sorted(
            zip(
                [distances[p] for p in typo_rows],
                unnamed,
                [self._name_lengths[p] for p in typo_rows],
                typo_rows,
                strict=True,
            )
        )
        hidden = [position for position, distance in enumerate(distances) if distance is None]
        order = exact + prefix + in_name + other + [position for *_, position in typos] + hidden
        shown = len(order) - len(hidden)
        return order, [True] * shown + [False] * len(hidden)


def search_catalog(exercises: Sequence[Exercise], text: str) -> list[Exercise]:
    """The exercises matching `text`, best first (for callers without a window)."""
    index = SearchIndex(exercises)
    order, shown = index.ranked(CatalogFilter(text=text))
    return [exercises[position] for position, visible in zip(order, shown, strict=True) if visible]
