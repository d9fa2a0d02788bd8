"""Backups, encryption, locking and unlocking, recovery of a damaged journal."""
