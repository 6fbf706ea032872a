"""Benchmark corpus readers."""
