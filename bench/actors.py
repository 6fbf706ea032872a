"""Actor resolution benchmark on the NGEC actor tests: country and sector accuracy.

    python bench/actors.py [--cases PATH] [--gate] [--show-errors]

Each case's phrase is parsed by the shared spaCy model and read by the same phrase
resolver the ``actors`` layer uses; its optional context ("German", "Mexico") gives the
country the text is about. Prints accuracy, words/s and the added cost over spaCy.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora.ngec_actors import read_cases
from bench.corpora.shared import shared_path
from bench.scoring.actors import accuracy, score_case
from dateline.config import Settings
from dateline.nlp.actors import ActorResolver
from dateline.resources import Resources

FLOORS = {"case": 0.74, "country": 0.78, "sector": 0.75}
"""Pinned floors for --gate (measured values sit above them; see the report table)."""


def context_country(resolver: ActorResolver, nlp: object, text: str) -> str | None:
    """The country a case's context names ("German" -> DEU, "Mexico" -> MEX)."""
    if not text.strip():
        return None
    kb = resolver.kb
    for word in (text, *text.split()):
        found = kb.country_of_name(word) or kb.adjectives.get(word) or kb.demonym_nouns.get(word)
        if found:
            return found
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=Path, default=None)
    parser.add_argument("--gate", action="store_true")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    path = args.cases or shared_path(
        "eval", "events", "ngec_actor_tests", "ngec_actor_resolution_cases.jsonl"
    )
    cases = list(read_cases(path))
    resources = Resources(Settings.load(env={}))
    nlp = resources.nlp
    resolver = ActorResolver.for_resources(resources)
    t0 = time.perf_counter()
    parsed = list(nlp.pipe(c.phrase for c in cases))
    t_spacy = time.perf_counter() - t0
    outcomes, errors = [], []
    t0 = time.perf_counter()
    for case, sdoc in zip(cases, parsed, strict=True):
        ctx = context_country(resolver, nlp, case.context)
        actor = resolver.phrase.resolve(sdoc[:], case.day, ctx)
        found = actor is not None and (actor.country is not None or actor.sector is not None)
        country = actor.country if actor else None
        sector = actor.sector if actor else None
        outcome = score_case(case.expect, country, sector, found)
        outcomes.append(outcome)
        if not outcome.ok:
            errors.append((case, country, sector))
    t_actors = time.perf_counter() - t0
    words = sum(len(c.phrase.split()) for c in cases)
    case_acc = sum(o.ok for o in outcomes) / len(outcomes)
    country_acc, n_country = accuracy([o.country_ok for o in outcomes])
    sector_acc, n_sector = accuracy([o.sector_ok for o in outcomes])
    print(f"{'metric':<28}{'value':>10}{'n':>8}{'floor':>8}")
    rows = [
        ("case (country+sector)", case_acc, len(outcomes), FLOORS["case"]),
        ("country", country_acc, n_country, FLOORS["country"]),
        ("sector", sector_acc, n_sector, FLOORS["sector"]),
    ]
    for name, value, n, floor in rows:
        print(f"{name:<28}{value:>10.3f}{n:>8}{floor:>8.2f}")
    print(f"{'words/s (spaCy + actors)':<28}{words / (t_spacy + t_actors):>10.0f}")
    print(f"{'added cost over spaCy':<28}{t_actors / t_spacy:>10.1%}")
    if args.show_errors:
        for case, country, sector in errors:
            print(
                f"  {case.test}: {case.phrase!r} ctx={case.context!r} -> {country}/{sector} "
                f"expected {case.expect}"
            )
    if args.gate and any(value < floor for _, value, _, floor in rows):
        print("GATE FAILED: a measured value is below its pinned floor")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
