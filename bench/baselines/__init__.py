"""Third-party baselines run side by side with dateline in benchmarks."""
