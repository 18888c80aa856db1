"""A Perspective-API-compatible face on Rempart's detector, for clients such as Coral Talk."""
