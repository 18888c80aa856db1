"""Who may call Rempart: organisations and API keys with roles."""
