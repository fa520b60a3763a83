"""One module per pass; each exposes `NAME` and `run(doc)`.

The order they run in is `temize.pipeline.PASSES`.
"""
