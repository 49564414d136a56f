"""Hybrid evidence search: vectors for meaning (across languages), BM25 for exact words.

The two ranked lists are fused with reciprocal rank fusion; a record that contains a code
from the query (an order number, a model name with digits) verbatim gets a bonus so exact
matches are never buried under near-synonyms.
"""

from __future__ import annotations

from assistant.index.keyword import query_codes, tokenize
from assistant.models import SearchFilters, SearchHit
from assistant.services import Services

RRF_K = 60
CANDIDATES = 50


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


def _has_filters(filters: SearchFilters) -> bool:
    return any(v is not None for v in filters.model_dump().values())


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
    allowed = services.records.matching_ids(workspace, filters) if _has_filters(filters) else None
    keyword = services.keyword_index(workspace).search(query, pool, allowed)
    vector = services.vectors(workspace).query(services.embedder.embed([query])[0], pool, filters)
    if allowed is not None:  # tags may be newer in SQL than in the index metadata
        vector = [(i, s) for i, s in vector if i in allowed]
    keyword_ids = [i for i, _ in keyword]
    vector_ids = [i for i, _ in vector]
    fused = fuse([vector_ids, keyword_ids])
    top = sorted(fused, key=lambda i: (-fused[i], i))[: max(pool, k)]
    records = services.records.get_many(workspace, top)
    codes = query_codes(query)
    if codes:
        for record_id, record in records.items():
            words = set(tokenize(record.text))
            if all(code in words for code in codes):
                fused[record_id] += 1.0 / RRF_K
    ranked = sorted((i for i in top if i in records), key=lambda i: (-fused[i], i))[:k]
    tags = services.records.tag_labels(ranked)
    keyword_rank = {i: r for r, i in enumerate(keyword_ids, start=1)}
    vector_rank = {i: r for r, i in enumerate(vector_ids, start=1)}
    hits: list[SearchHit] = []
    for record_id in ranked:
        record = records[record_id]
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
