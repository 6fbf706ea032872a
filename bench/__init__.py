"""Benchmarks: accuracy and speed harnesses that read ../shared at run time."""
