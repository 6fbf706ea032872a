"""Build ``dateline/web/data/world.json`` (country outlines) from Natural Earth data.

Natural Earth is public domain. Its 1:110m admin-0 countries ship, as a shapefile, inside
the geopandas 0.14.x wheel on PyPI (``geopandas/datasets/naturalearth_lowres``). This
maintainer script reads that wheel (or an unpacked ``.shp``/``.dbf`` pair) with the
standard library only, simplifies the rings and writes the JSON file the web app ships;
nothing is downloaded at run time. Usage::

    pip download --no-deps geopandas==0.14.4 -d /tmp/ne
    python -m dateline.web.build_worldmap /tmp/ne/geopandas-0.14.4-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import json
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path

OUTPUT = Path(__file__).parent / "data" / "world.json"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
POLYGON = 5
PRECISION = 1  # decimals of a degree kept: ~11 km, below a pixel on a page-wide map
TOLERANCE = 0.12  # degrees: Douglas-Peucker simplification of each ring

Ring = list[tuple[float, float]]


def read_sources(path: Path) -> tuple[bytes, bytes]:
    """The .shp and .dbf bytes, from a geopandas wheel or a path to either file."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            return wheel.read(MEMBER + ".shp"), wheel.read(MEMBER + ".dbf")
    return path.with_suffix(".shp").read_bytes(), path.with_suffix(".dbf").read_bytes()


def dbf_records(data: bytes) -> Iterator[dict[str, str]]:
    """Rows of a dBASE III table as strings (the attribute half of a shapefile)."""
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields: list[tuple[str, int]] = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos : pos + 11].split(b"\0", 1)[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    for i in range(count):
        rec = data[header_len + i * record_len : header_len + (i + 1) * record_len]
        offset, row = 1, {}
        for name, size in fields:
            row[name] = rec[offset : offset + size].decode("utf-8", "replace").strip()
            offset += size
        yield row


def shp_polygons(data: bytes) -> Iterator[list[Ring]]:
    """The rings of each polygon record of a shapefile, in (lon, lat) pairs."""
    pos = 100
    while pos < len(data):
        _, words = struct.unpack(">ii", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + words * 2]
        pos += 8 + words * 2
        if struct.unpack("<i", body[:4])[0] != POLYGON:
            yield []
            continue
        n_parts, n_points = struct.unpack("<ii", body[36:44])
        parts = [*struct.unpack(f"<{n_parts}i", body[44 : 44 + 4 * n_parts]), n_points]
        coords = struct.unpack(f"<{2 * n_points}d", body[44 + 4 * n_parts :][: 16 * n_points])
        points = list(zip(coords[0::2], coords[1::2], strict=True))
        yield [points[parts[k] : parts[k + 1]] for k in range(n_parts)]


def simplify(ring: Ring, tolerance: float = TOLERANCE) -> Ring:
    """Douglas-Peucker simplification, keeping the first and last point."""
    if len(ring) < 3:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = ring[first], ring[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = 0.0, -1
        for k in range(first + 1, last):
            x, y = ring[k]
            dist = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else abs(x - x1) + abs(y - y1)
            if dist > best:
                best, index = dist, k
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack.extend([(first, index), (index, last)])
    return [p for p, k in zip(ring, keep, strict=True) if k]


def compact(ring: Ring) -> list[float]:
    """A simplified, rounded ring as a flat [lon, lat, lon, lat, ...] list."""
    flat: list[float] = []
    last: tuple[float, float] | None = None
    for lon, lat in simplify(ring):
        point = (round(lon, PRECISION), round(lat, PRECISION))
        if point != last:
            flat.extend(point)
            last = point
    return flat if len(flat) >= 8 else []  # a ring needs at least four points


def build(shp: bytes, dbf: bytes) -> dict[str, object]:
    """The outline document: source note and one entry per country."""
    countries = []
    for row, rings in zip(dbf_records(dbf), shp_polygons(shp), strict=True):
        flat = [r for r in (compact(ring) for ring in rings) if r]
        iso3 = row.get("iso_a3", "")
        countries.append(
            {
                "iso3": iso3 if len(iso3) == 3 and iso3.isalpha() else None,
                "name": row.get("name", ""),
                "rings": flat,
            }
        )
    countries.sort(key=lambda c: str(c["name"]))
    return {
        "source": "Natural Earth 1:110m admin-0 countries (public domain), "
        "as shipped in the geopandas 0.14 wheel; simplified by dateline.web.build_worldmap",
        "countries": countries,
    }


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point: read the source, write the outline file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("source", type=Path, help="geopandas 0.14.x wheel, or a .shp path")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    doc = build(*read_sources(args.source))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {len(doc['countries'])} countries to {args.out}")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
