"""Readers for evaluation corpora."""
