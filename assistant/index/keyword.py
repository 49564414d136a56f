"""A small BM25 keyword index, so order numbers and product names match exactly.

Built from SQL (the truth) per workspace, kept as compressed-sparse postings in numpy and
saved next to the other data. A query touches only the postings of its own terms, which
keeps it to a millisecond or two at tens of thousands of records.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

K1 = 1.2
B = 0.75
FORMAT_VERSION = 1

# Function words carry no evidence; left in, they let "how do I ..." match any English text.
STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "ik",
        "je",
        "jij",
        "u",
        "we",
        "wij",
        "ze",
        "zij",
        "is",
        "zijn",
        "was",
        "waren",
        "niet",
        "wel",
        "maar",
        "ook",
        "nog",
        "dat",
        "die",
        "dit",
        "deze",
        "wat",
        "wie",
        "waar",
        "hoe",
        "met",
        "voor",
        "naar",
        "bij",
        "uit",
        "over",
        "om",
        "op",
        "aan",
        "in",
        "te",
        "er",
        "al",
        "dan",
        "als",
        "of",
        "heb",
        "hebt",
        "heeft",
        "had",
        "kan",
        "kun",
        "kunt",
        "wil",
        "wilt",
        "moet",
        "zou",
        "mijn",
        "mij",
        "me",
        "jullie",
        "ons",
        "onze",
        "hun",
        "the",
        "a",
        "an",
        "and",
        "of",
        "i",
        "you",
        "he",
        "she",
        "we",
        "they",
        "it",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "but",
        "also",
        "that",
        "this",
        "these",
        "those",
        "what",
        "who",
        "where",
        "how",
        "with",
        "for",
        "to",
        "at",
        "from",
        "about",
        "on",
        "in",
        "by",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "can",
        "could",
        "will",
        "would",
        "should",
        "my",
        "me",
        "your",
        "our",
        "their",
        "its",
        "so",
        "if",
        "or",
        "as",
    ]
)

_TOKEN = re.compile(r"[0-9a-z]+(?:[-./_][0-9a-z]+)*")
_PARTS = re.compile(r"[-./_]")


def _fold(text: str) -> str:
    """Lower-case and strip accents, so 'café' and 'cafe' meet."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokenize(text: str) -> list[str]:
    """Words; codes like 'KK-2026-048213' are kept whole and also split into their parts."""
    tokens: list[str] = []
    for token in _TOKEN.findall(_fold(text)):
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


@dataclass
class KeywordIndex:
    ids: list[str]
    vocab: dict[str, int]
    indptr: np.ndarray  # term t's postings are doc_idx[indptr[t]:indptr[t + 1]]
    doc_idx: np.ndarray
    weights: np.ndarray
    stamp: str = ""

    @classmethod
    def build(cls, pairs: Iterable[tuple[str, str]], stamp: str = "") -> KeywordIndex:
        ids: list[str] = []
        vocab: dict[str, int] = {}
        postings: list[list[tuple[int, int]]] = []
        lengths: list[int] = []
        for doc, (record_id, text) in enumerate(pairs):
            ids.append(record_id)
            tokens = tokenize(text)
            lengths.append(len(tokens))
            for term, tf in Counter(tokens).items():
                index = vocab.setdefault(term, len(vocab))
                if index == len(postings):
                    postings.append([])
                postings[index].append((doc, tf))
        n_docs = len(ids)
        avgdl = (sum(lengths) / n_docs) if n_docs else 1.0
        length = np.asarray(lengths, dtype=np.float32)
        indptr = np.zeros(len(postings) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum([len(p) for p in postings])
        doc_idx = np.empty(int(indptr[-1]), dtype=np.int32)
        tfs = np.empty(int(indptr[-1]), dtype=np.float32)
        idf = np.empty(len(postings), dtype=np.float32)
        for position, plist in enumerate(postings):
            start, end = indptr[position], indptr[position + 1]
            doc_idx[start:end] = [d for d, _ in plist]
            tfs[start:end] = [tf for _, tf in plist]
            df = len(plist)
            idf[position] = np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))
        norm = K1 * (1.0 - B + B * length[doc_idx] / max(avgdl, 1.0)) if n_docs else tfs
        term_of = np.repeat(np.arange(len(postings)), np.diff(indptr))
        weights = (idf[term_of] * tfs * (K1 + 1.0) / (tfs + norm)).astype(np.float32)
        return cls(ids, vocab, indptr, doc_idx, weights, stamp)

    def __len__(self) -> int:
        return len(self.ids)

    def scores(self, query: str) -> np.ndarray:
        scores = np.zeros(len(self.ids), dtype=np.float32)
        for term in set(tokenize(query)):
            index = self.vocab.get(term)
            if index is None:
                continue
            start, end = self.indptr[index], self.indptr[index + 1]
            scores[self.doc_idx[start:end]] += self.weights[start:end]
        return scores

    def search(
        self, query: str, k: int, allowed: set[str] | None = None
    ) -> list[tuple[str, float]]:
        """Best ``k`` (id, score) pairs with a positive score, optionally only ``allowed`` ids."""
        scores = self.scores(query)
        if allowed is not None:
            mask = np.fromiter((i in allowed for i in self.ids), dtype=bool, count=len(self.ids))
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
        tmp = folder / "postings.tmp.npz"
        np.savez(tmp, indptr=self.indptr, doc_idx=self.doc_idx, weights=self.weights)
        tmp.replace(folder / "postings.npz")
        terms = sorted(self.vocab, key=self.vocab.__getitem__)
        meta = {"version": FORMAT_VERSION, "stamp": self.stamp, "ids": self.ids, "terms": terms}
        (folder / "meta.tmp.json").write_text(json.dumps(meta), encoding="utf-8")
        (folder / "meta.tmp.json").replace(folder / "meta.json")

    @classmethod
    def load(cls, folder: Path) -> KeywordIndex | None:
        """The saved index, or None when there is none (or it is from another version)."""
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            if meta.get("version") != FORMAT_VERSION:
                return None
            with np.load(folder / "postings.npz") as data:
                indptr, doc_idx, weights = data["indptr"], data["doc_idx"], data["weights"]
        except (OSError, ValueError, KeyError):
            return None
        vocab = {term: i for i, term in enumerate(meta["terms"])}
        return cls(list(meta["ids"]), vocab, indptr, doc_idx, weights, str(meta["stamp"]))


def folder_for(root: Path, workspace: str, model: str = "bm25") -> Path:
    from assistant.index.vector import collection_name

    return root / collection_name(workspace, model)


def query_codes(query: str) -> Sequence[str]:
    return [t for t in tokenize(query) if is_code(t)]
