"""Benchmark scorers."""
