"""``python -m rempart`` runs the ``rempart`` command."""

from rempart.cli import main

main()
