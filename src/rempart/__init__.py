"""Rempart: a self-hostable shield against cyber-harassment in comment sections."""

__version__ = "0.1.0"
