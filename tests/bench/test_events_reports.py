"""dateline's own conflict reports: the file's schema, and the held-out style scorer."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from bench.corpora.conflict_events import DEFAULT_PATH, SPLITS, GoldAttack, Report, read_reports
from bench.scoring.events_reports import ReportScores, km, score_report
from dateline.export.plover import coded_type

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
GOLD_KEYS = {"type", "attacker", "date", "place", "lat", "lon", "dead"}


def test_every_report_is_well_formed() -> None:
    data = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    rows = data["reports"]
    assert len(rows) >= 40
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == {"id", "split", "published", "text", "gold"}, r["id"]
        assert r["split"] in SPLITS
        g = r["gold"]
        assert set(g) == GOLD_KEYS, r["id"]
        assert g["type"] in PLOVER_TYPES
        assert len(g["attacker"]) == 3 and g["attacker"].isupper()
        assert isinstance(g["date"], dt.date) and g["date"] <= r["published"], r["id"]
        # a recent attack (a rights commission's findings may come two weeks or more later)
        assert (r["published"] - g["date"]).days <= 21, r["id"]
        assert g["place"] in r["text"], r["id"]
        assert -90 <= g["lat"] <= 90 and -180 <= g["lon"] <= 180
        assert isinstance(g["dead"], int) and g["dead"] >= 0
    splits = {s: sum(r["split"] == s for r in rows) for s in SPLITS}
    assert all(n >= 15 for n in splits.values()), splits


def test_the_reader_splits_and_checks() -> None:
    dev, test = list(read_reports(split="dev")), list(read_reports(split="test"))
    assert dev and test and not {r.id for r in dev} & {r.id for r in test}
    assert len(dev) + len(test) == len(list(read_reports()))


REPORT = Report(
    "r1",
    "dev",
    dt.date(2025, 3, 8),
    "Russian drones struck Odesa on Friday, killing three people.",
    GoldAttack("ASSAULT", "RUS", dt.date(2025, 3, 7), "Odesa", 46.48, 30.73, 3),
)


def attack(**kw: object) -> dict:
    event = {
        "type": "ASSAULT",
        "aux": [],
        "modes": [],
        "confidence": 0.9,
        "actor": [{"text": "Russian", "country": "RUS"}],
        "recipient": [],
        "date": {"value": "2025-03-07"},
        "location": {"name": "Odesa", "lat": 46.47, "lon": 30.74},
        "size": {"dead": 3},
    }
    event.update(kw)
    return event


def test_a_fully_right_attack_scores_every_measure() -> None:
    scores = ReportScores()
    score_report(scores, REPORT, {"events": [attack()]}, coded_type)
    assert [t.hits for _, t in scores.rows()] == [1, 1, 1, 1, 1]


def test_each_wrong_field_counts_against_its_measure_only() -> None:
    scores = ReportScores()
    wrong = attack(
        actor=[{"text": "Ukrainian", "country": "UKR"}],
        date={"value": "2025-03-08"},
        location={"name": "Kyiv", "lat": 50.45, "lon": 30.52},
        size={"dead": 4},
    )
    score_report(scores, REPORT, {"events": [wrong]}, coded_type)
    assert [t.hits for _, t in scores.rows()] == [1, 0, 0, 0, 0]
    assert scores.errors and "wrong" in scores.errors[0]


@pytest.mark.parametrize("aux", [["future"], ["hypothetical"], ["negation"], ["historical"]])
def test_an_attack_that_did_not_happen_as_stated_is_not_found(aux: list[str]) -> None:
    scores = ReportScores()
    score_report(scores, REPORT, {"events": [attack(aux=aux)]}, coded_type)
    assert scores.found.hits == 0 and scores.attacker.total == 1


def test_the_most_confident_attack_is_the_reports() -> None:
    scores = ReportScores()
    weak = attack(confidence=0.5, size={"dead": 9})
    score_report(scores, REPORT, {"events": [weak, attack()]}, coded_type)
    assert scores.dead.hits == 1 and scores.attacks == 2


def test_distance_in_kilometres() -> None:
    assert km(50.45, 30.52, 50.45, 30.52) == 0
    assert 430 < km(50.45, 30.52, 46.48, 30.73) < 455  # Kyiv to Odesa, about 442 km
