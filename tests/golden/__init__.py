"""Golden outputs: the pipeline's JSON for the sample news, reviewed and kept in the repo."""
