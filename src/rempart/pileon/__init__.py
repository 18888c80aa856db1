"""Pile-on (raid) protection: detect many accounts against one target, protect, group evidence."""
