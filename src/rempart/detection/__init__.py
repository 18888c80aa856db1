"""Detection: text in, per-category scores and spans out. No database, no HTTP."""
