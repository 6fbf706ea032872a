"""Regenerate the golden files after a reviewed, intended change: python -m tests.golden.update."""

from __future__ import annotations

from pathlib import Path

from dateline.config import Settings
from dateline.contract import document_json, dumps
from dateline.ingest import ReadOptions, read_inputs
from dateline.model import Document
from dateline.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "news"
GOLDEN = Path(__file__).parent / "examples.jsonl"


def current_lines(pipeline: Pipeline) -> list[str]:
    """The contract JSON of every sample article, one line each, in id order."""
    docs = [d for d in read_inputs([str(EXAMPLES)], ReadOptions()) if isinstance(d, Document)]
    records = [document_json(pipeline.annotate(d)) for d in sorted(docs, key=lambda d: d.id)]
    for record in records:
        record.pop("pipeline")  # versions change without the output changing
    return [dumps(r) for r in records]


def main() -> None:
    """Write the golden file from the current pipeline."""
    lines = current_lines(Pipeline.build(Settings.load(env={})))
    GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} documents to {GOLDEN}")


if __name__ == "__main__":
    main()
