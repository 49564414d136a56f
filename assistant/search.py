"""Hybrid evidence search: vectors for meaning (across languages), BM25 for exact words.

The two ranked lists are fused with reciprocal rank fusion; a record that contains a code
from the query (an order number, a model name with digits) verbatim gets a bonus so exact
matches are never buried under near-synonyms. Filters become a mask over the keyword
index; the vector side either over-fetches and filters (broad filters) or searches only
the allowed ids (narrow filters), whichever is cheaper.
"""

from __future__ import annotations

import math

import numpy as np

from assistant.index.keyword import KeywordIndex, query_codes
from assistant.models import SearchFilters, SearchHit
from assistant.services import Services

RRF_K = 60
CANDIDATES = 50
BROAD_FILTER = 0.15  # share of records passing the filters above which we over-fetch


def fuse(
    ranked_lists: list[list[str]], weights: list[float] | None = None, k: int = RRF_K
) -> dict[str, float]:
    """Reciprocal rank fusion: each list adds weight / (k + rank) to the ids it holds."""
    weights = weights or [1.0] * len(ranked_lists)
    scores: dict[str, float] = {}
    for ids, weight in zip(ranked_lists, weights, strict=True):
        for rank, record_id in enumerate(ids, start=1):
            scores[record_id] = scores.get(record_id, 0.0) + weight / (k + rank)
    return scores


def filter_mask(
    services: Services, workspace: str, index: KeywordIndex, filters: SearchFilters
) -> np.ndarray | None:
    """Which records pass the filters, or None when there are no filters."""
    if not any(v is not None for v in filters.model_dump().values()):
        return None
    tagged = None
    if filters.phase or filters.emotion:
        tagged = services.tags.tagged_ids(workspace, filters.phase, filters.emotion)
    return index.mask(filters.source_type, filters.language, filters.since, tagged)


def _vector_candidates(
    services: Services,
    workspace: str,
    query: str,
    pool: int,
    index: KeywordIndex,
    mask: np.ndarray | None,
) -> list[str]:
    vectors = services.vectors(workspace)
    query_vector = services.embedder.embed([query])[0]
    if mask is None:
        return [i for i, _ in vectors.query(query_vector, pool)]
    allowed = int(mask.sum())
    if allowed == 0:
        return []
    share = allowed / max(len(index), 1)
    if share >= BROAD_FILTER:
        fetch = min(len(index), math.ceil(pool / share * 1.5))
        hits = vectors.query(query_vector, fetch)
    else:
        allowed_ids = [index.ids[p] for p in np.flatnonzero(mask)]
        hits = vectors.query(query_vector, min(pool, allowed), ids=allowed_ids)
    passing = []
    for record_id, _ in hits:
        position = index.position(record_id)
        if position is not None and mask[position]:
            passing.append(record_id)
    return passing[:pool]


def search(
    services: Services,
    workspace: str,
    query: str,
    filters: SearchFilters | None = None,
    k: int = 10,
) -> list[SearchHit]:
    """The ``k`` best records of a workspace for ``query``, best first."""
    filters = filters or SearchFilters()
    if not query.strip() or k <= 0:
        return []
    pool = max(CANDIDATES, k * 3)
    index = services.keyword_index(workspace)
    if len(index) == 0:
        return []
    mask = filter_mask(services, workspace, index, filters)
    keyword_ids = [i for i, _ in index.search(query, pool, mask)]
    vector_ids = _vector_candidates(services, workspace, query, pool, index, mask)
    fused = fuse([vector_ids, keyword_ids])
    codes = query_codes(query)
    if codes:
        for record_id in index.containing(codes) & fused.keys():
            fused[record_id] += 1.0 / RRF_K
    ranked = sorted(fused, key=lambda i: (-fused[i], i))[:k]
    records = services.records.get_many(workspace, ranked)
    tags = services.tags.labels(ranked)
    keyword_rank = {i: r for r, i in enumerate(keyword_ids, start=1)}
    vector_rank = {i: r for r, i in enumerate(vector_ids, start=1)}
    hits: list[SearchHit] = []
    for record_id in ranked:
        record = records.get(record_id)
        if record is None:  # index newer than the database; reindex repairs it
            continue
        phase, emotion = tags.get(record_id, (None, None))
        hits.append(
            SearchHit(
                record_id=record_id,
                text=record.text,
                source_type=record.source_type,
                channel=record.channel,
                external_id=record.external_id,
                created_at=record.created_at,
                language=record.language,
                score=round(fused[record_id], 6),
                keyword_rank=keyword_rank.get(record_id),
                vector_rank=vector_rank.get(record_id),
                phase=phase,
                emotion=emotion,
            )
        )
    return hits
