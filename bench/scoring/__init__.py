"""Scorers that must agree with the reference tools in ../shared/tools."""
