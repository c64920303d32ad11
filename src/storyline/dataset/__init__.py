"""Per-document records as a Parquet dataset: what the per-document stages produce, one row per
input item, so per-document work can run anywhere (a process pool, Ray Data on a cluster) and the
corpus-level stages can run later, on one node, from the files (`storyline load`)."""
