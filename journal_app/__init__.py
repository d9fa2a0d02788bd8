"""Boundary Journal: a private journal about professional boundaries with clients."""

__version__ = "0.1.0"
