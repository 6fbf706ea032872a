"""Actor and place knowledge, shipped as reviewable data files (``dateline/kb/data/*.yaml``).

Each data file has a JSON Schema in ``dateline/kb/schemas``; users add or override entries
with ``--kb extra.yaml`` (setting ``kb_extra`` / ``DATELINE_KB``).
"""

from dateline.kb.knowledge import Holding, KnowledgeBase, load_kb, slug

__all__ = ["Holding", "KnowledgeBase", "load_kb", "slug"]
