"""Evidence bundles for victims: what was said to them, timestamped and hashed."""
