"""A small BM25 keyword index, so order numbers and product names match exactly.

Built from SQL (the truth) per workspace, kept as compressed-sparse postings in numpy and
saved next to the other data. A query touches only the postings of its own terms, which
keeps it to a millisecond at tens of thousands of records. The index also holds each
record's source type, language and date, so filters become a numpy mask instead of a
database scan.
"""

from __future__ import annotations

import json
import os
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np

from assistant.models import epoch_seconds

K1 = 1.2
B = 0.75
FORMAT_VERSION = 2

# Function words carry no evidence; left in, they let "how do I ..." match any English text.
STOPWORDS = frozenset(
    """de het een en van ik je jij u we wij ze zij is zijn was waren niet wel maar ook nog dat
    die dit deze wat wie waar hoe met voor naar bij uit over om op aan in te er al dan als of
    heb hebt heeft had kan kun kunt wil wilt moet zou mijn mij me jullie ons onze hun
    the a an and of i you he she we they it is are was were be been am but also that this
    these those what who where how with for to at from about on in by have has had do does
    did can could will would should my me your our their its so if or as""".split()
)

_TOKEN = re.compile(r"[0-9a-z]+(?:[-./_][0-9a-z]+)*")
_PARTS = re.compile(r"[-./_]")

# (id, text, source type, language, created timestamp or -1), as RecordStore.index_rows gives
IndexRow = tuple[str, str, str, str, int]


def fold(text: str) -> str:
    """Lower-case and strip accents, so 'café' and 'cafe' meet."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokenize(text: str) -> list[str]:
    """Words; codes like 'KK-2026-048213' are kept whole and also split into their parts."""
    tokens: list[str] = []
    for token in _TOKEN.findall(fold(text)):
        if token in STOPWORDS or (len(token) == 1 and token.isalpha()):
            continue
        tokens.append(token)
        if not token.isalnum():
            tokens.extend(part for part in _PARTS.split(token) if part)
    return tokens


def is_code(token: str) -> bool:
    """Tokens that name one thing exactly: order numbers, product codes, model names."""
    has_digit = any(ch.isdigit() for ch in token)
    return has_digit and (len(token) >= 4 or not token.isdigit())


def query_codes(query: str) -> Sequence[str]:
    return [t for t in tokenize(query) if is_code(t)]


@dataclass
class KeywordIndex:
    ids: list[str]
    vocab: dict[str, int]
    indptr: np.ndarray  # term t's postings are doc_idx[indptr[t]:indptr[t + 1]]
    doc_idx: np.ndarray
    weights: np.ndarray
    source_types: np.ndarray
    languages: np.ndarray
    created: np.ndarray  # unix seconds, -1 when unknown
    stamp: str = ""
    _positions: dict[str, int] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, rows: Iterable[IndexRow], stamp: str = "") -> KeywordIndex:
        ids: list[str] = []
        vocab: dict[str, int] = {}
        postings: list[list[tuple[int, int]]] = []
        lengths: list[int] = []
        sources: list[str] = []
        languages: list[str] = []
        created: list[int] = []
        for doc, (record_id, text, source_type, language, created_ts) in enumerate(rows):
            ids.append(record_id)
            sources.append(source_type)
            languages.append(language)
            created.append(created_ts)
            tokens = tokenize(text)
            lengths.append(len(tokens))
            for term, tf in Counter(tokens).items():
                index = vocab.setdefault(term, len(vocab))
                if index == len(postings):
                    postings.append([])
                postings[index].append((doc, tf))
        n_docs = len(ids)
        avgdl = max(sum(lengths) / n_docs, 1.0) if n_docs else 1.0
        indptr = np.zeros(len(postings) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum([len(p) for p in postings])
        doc_idx = np.fromiter(
            (d for p in postings for d, _ in p), dtype=np.int32, count=int(indptr[-1])
        )
        tfs = np.fromiter(
            (tf for p in postings for _, tf in p), dtype=np.float32, count=int(indptr[-1])
        )
        df = np.diff(indptr).astype(np.float32)
        idf = np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
        length = np.asarray(lengths, dtype=np.float32)
        norm = K1 * (1.0 - B + B * length[doc_idx] / avgdl)
        term_of = np.repeat(np.arange(len(postings)), np.diff(indptr))
        weights = (idf[term_of] * tfs * (K1 + 1.0) / (tfs + norm)).astype(np.float32)
        return cls(
            ids,
            vocab,
            indptr,
            doc_idx,
            weights,
            np.asarray(sources, dtype=str),
            np.asarray(languages, dtype=str),
            np.asarray(created, dtype=np.int64),
            stamp,
        )

    def __len__(self) -> int:
        return len(self.ids)

    def position(self, record_id: str) -> int | None:
        if not self._positions and self.ids:
            self._positions.update((i, n) for n, i in enumerate(self.ids))
        return self._positions.get(record_id)

    def mask(
        self,
        source_type: str | None = None,
        language: str | None = None,
        since: datetime | None = None,
        only: set[str] | None = None,
    ) -> np.ndarray:
        """Which records pass the filters (``only``: an id set, e.g. records with a tag)."""
        keep = np.ones(len(self.ids), dtype=bool)
        if source_type:
            keep &= self.source_types == source_type
        if language:
            keep &= self.languages == language
        if since is not None:
            keep &= self.created >= epoch_seconds(since)
        if only is not None:
            chosen = np.zeros(len(self.ids), dtype=bool)
            positions = [p for p in map(self.position, only) if p is not None]
            chosen[positions] = True
            keep &= chosen
        return keep

    def scores(self, query: str) -> np.ndarray:
        scores = np.zeros(len(self.ids), dtype=np.float32)
        for term in set(tokenize(query)):
            index = self.vocab.get(term)
            if index is None:
                continue
            start, end = self.indptr[index], self.indptr[index + 1]
            scores[self.doc_idx[start:end]] += self.weights[start:end]
        return scores

    def containing(self, terms: Iterable[str]) -> set[str]:
        """Ids of the records that contain every one of ``terms``."""
        found: np.ndarray | None = None
        for term in terms:
            index = self.vocab.get(term)
            if index is None:
                return set()
            docs = self.doc_idx[self.indptr[index] : self.indptr[index + 1]]
            found = docs if found is None else np.intersect1d(found, docs)
        return set() if found is None else {self.ids[i] for i in found}

    def search(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[str, float]]:
        """Best ``k`` (id, score) pairs with a positive score, only where ``mask`` is true."""
        scores = self.scores(query)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        hits = np.flatnonzero(scores > 0)
        if hits.size == 0:
            return []
        if hits.size > k:
            hits = hits[np.argpartition(-scores[hits], k - 1)[:k]]
        order = hits[np.argsort(-scores[hits], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in order]

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        unique = f"{os.getpid()}-{threading.get_ident()}"  # two writers never share a temp file
        tmp = folder / f"postings.{unique}.tmp.npz"
        np.savez(
            tmp,
            stamp=np.array(self.stamp),
            indptr=self.indptr,
            doc_idx=self.doc_idx,
            weights=self.weights,
            source_types=self.source_types,
            languages=self.languages,
            created=self.created,
        )
        tmp.replace(folder / "postings.npz")
        terms = sorted(self.vocab, key=self.vocab.__getitem__)
        meta = {"version": FORMAT_VERSION, "stamp": self.stamp, "ids": self.ids, "terms": terms}
        meta_tmp = folder / f"meta.{unique}.tmp.json"
        meta_tmp.write_text(json.dumps(meta), encoding="utf-8")
        meta_tmp.replace(folder / "meta.json")

    @classmethod
    def load(cls, folder: Path) -> KeywordIndex | None:
        """The saved index, or None when there is none (or it is from another version)."""
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            if meta.get("version") != FORMAT_VERSION:
                return None
            with np.load(folder / "postings.npz") as data:
                arrays = {name: data[name] for name in data.files}
            if "stamp" in arrays and str(arrays["stamp"]) != meta.get("stamp"):
                return None  # postings and meta of two different writers: rebuild
            vocab = {term: i for i, term in enumerate(meta["terms"])}
            return cls(
                list(meta["ids"]),
                vocab,
                arrays["indptr"],
                arrays["doc_idx"],
                arrays["weights"],
                arrays["source_types"],
                arrays["languages"],
                arrays["created"],
                str(meta["stamp"]),
            )
        except (OSError, ValueError, KeyError):
            return None


def folder_for(root: Path, workspace: str, model: str = "bm25") -> Path:
    from assistant.index.vector import collection_name

    return root / collection_name(workspace, model)
