"""Search indexes derived from SQL: vectors in Chroma, keywords in a BM25 index."""
