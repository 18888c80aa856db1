"""Background work on procrastinate: webhook delivery, periodic maintenance, rescoring.

``queue`` builds the procrastinate App for some settings (PostgreSQL queue, or an in-memory one
inside ``rempart serve`` on SQLite), ``tasks`` holds the jobs, ``worker`` runs them, ``rescore``
is the resumable rescan of stored comments and ``commands`` the ``rempart worker|rescore`` CLI.
"""
