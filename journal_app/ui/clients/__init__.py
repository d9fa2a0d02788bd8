"""Clients and their agreements."""
