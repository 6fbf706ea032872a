"""The actor benchmark reads NGEC cases as NGEC means them and scores as documented."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from bench.corpora.ngec_actors import TODAY, parse_day, read_cases
from bench.scoring.actors import accuracy, score_case


def test_dates_and_today() -> None:
    assert parse_day("today") == TODAY == parse_day("") == parse_day("Today")
    assert parse_day("2022-01-10") == dt.date(2022, 1, 10)
    assert parse_day("10 May 2015") == dt.date(2015, 5, 10)
    assert parse_day("October 1, 2021") == dt.date(2021, 10, 1)
    # The window the undated cases pin (see bench/corpora/ngec_actors.py).
    assert dt.date(2022, 10, 15) <= TODAY <= dt.date(2022, 12, 10)


def test_reader_keeps_country_and_sector_cases(tmp_path: Path) -> None:
    rows = [
        {"test": "a", "method": "agent_to_code", "args": ["Jane Roe", "", "2020-01-02"],
         "expect": {"code['country']": "ISL", "code['code_1']": "GOV"}},
        {"test": "b", "method": "search_nat", "args": ["Iceland"], "expect": {"cc": "ISL"}},
        {"test": "c", "method": "query_wiki", "args": ["x"], "expect": {"wiki['title']": "X"}},
        {"test": "d", "method": "trf_agent_match", "args": ["a cat"], "expect": {"code Is": None}},
    ]  # fmt: skip
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    cases = list(read_cases(path))
    assert [c.test for c in cases] == ["a", "d"]
    assert cases[0].day == dt.date(2020, 1, 2) and cases[1].day == TODAY


def test_scoring_operators_and_conventions() -> None:
    expect = {"code['country']": "USA", "code['code_1']": "GOV"}
    assert score_case(expect, "USA", "GOV", True).ok
    assert not score_case(expect, "USA", "MIL", True).ok
    assert score_case({"code['country'] NotEq": "GBR"}, "KEN", None, True).ok
    assert score_case({"code['code_1'] In": ["PTY", "REB"]}, "LBN", "REB", True).ok
    assert score_case({"code Is": None}, None, None, False).ok
    assert not score_case({"code Is": None}, "GBR", None, True).ok
    # NGEC: an international NGO has country "" and code NGO; its health code is HLH.
    ngo = {"code['country']": "", "code['code_1']": "NGO"}
    assert score_case(ngo, "NGO", "MED", True).ok
    assert score_case({"code['code_1']": "HLH"}, "UNO", "MED", True).ok
    # Placeholder expectations ("????") are not asked.
    assert score_case({"code['code_1']": "????", "code['country']": "MNG"}, "MNG", "X", True).ok


def test_accuracy_ignores_unasked() -> None:
    assert accuracy([True, False, None]) == (0.5, 2)
    assert accuracy([None]) == (0.0, 0)
