"""Personal data: retention periods and their purge, account erasure, and pseudonyms."""
