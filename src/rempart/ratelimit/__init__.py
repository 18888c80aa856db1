"""Rate limits: requests per API key (or client address) and comments per author, per window."""
