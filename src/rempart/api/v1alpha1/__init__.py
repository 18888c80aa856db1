"""Perspective-compatible routes (``/v1alpha1``)."""
