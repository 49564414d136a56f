"""Phase and emotion tagging: the taxonomy, the local and LLM classifiers, and their tags."""
