"""The offline world map: shipped outlines, projection, SVG rendering and its escaping."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET

from dateline.web import build_worldmap
from dateline.web.worldmap import HEIGHT, WIDTH, MapPoint, countries, project, render_svg

SVG = "{http://www.w3.org/2000/svg}"


def test_shipped_outlines_cover_the_world() -> None:
    shapes = countries()
    assert len(shapes) > 170
    codes = [c.iso3 for c in shapes if c.iso3]
    assert len(codes) == len(set(codes))
    assert {"UKR", "RUS", "FRA", "NOR", "USA", "CHN", "BRA", "AUS", "MLI"} <= set(codes)
    for c in shapes:
        assert c.rings, c.name
        for ring in c.rings:
            assert len(ring) % 2 == 0 and len(ring) >= 8
            assert all(-180 <= v <= 180 for v in ring[0::2])
            assert all(-90 <= v <= 90 for v in ring[1::2])


def _bbox(iso3: str) -> tuple[float, float, float, float]:
    [shape] = [c for c in countries() if c.iso3 == iso3]
    lons = [v for r in shape.rings for v in r[0::2]]
    lats = [v for r in shape.rings for v in r[1::2]]
    return min(lons), min(lats), max(lons), max(lats)


def test_outlines_are_where_the_countries_are() -> None:
    west, south, east, north = _bbox("UKR")
    assert west < 30.52 < east and south < 50.45 < north  # Kyiv
    west, south, east, north = _bbox("CHE")
    assert west < 6.15 < east and south < 46.2 < north  # Geneva


def test_projection_corners_and_centre() -> None:
    assert project(0, 0) == (WIDTH / 2, round((84 / 144) * HEIGHT, 1))
    assert project(84, -180) == (0, 0)
    assert project(-60, 180) == (WIDTH, HEIGHT)


def test_render_svg_is_well_formed_with_countries_and_points() -> None:
    points = [
        MapPoint(50.45, 30.52, "ASSAULT in Kyiv", "/documents/a", "conflict"),
        MapPoint(46.2, 6.15, "CONSULT in Geneva"),
    ]
    root = ET.fromstring(str(render_svg(points)))
    paths = root.findall(f".//{SVG}path")
    assert len(paths) == len(countries())
    circles = root.findall(f".//{SVG}circle")
    assert [(c.get("cx"), c.get("cy")) for c in circles] == [
        tuple(f"{v:g}" for v in project(50.45, 30.52)),
        tuple(f"{v:g}" for v in project(46.2, 6.15)),
    ]
    assert circles[0].get("class") == "map-point map-point-conflict"
    assert root.find(f".//{SVG}a").get("href") == "/documents/a"


def test_untrusted_labels_are_escaped_and_unsafe_links_dropped() -> None:
    points = [
        MapPoint(10, 10, "<script>alert(1)</script>", "javascript:alert(1)", 'x" onload="y'),
        MapPoint(10, 10, "a", "//evil.example/x"),
        MapPoint(10, 10, "b", "https://evil.example/x"),
        MapPoint(95, 10, "off the map"),
    ]
    svg = str(render_svg(points, label='"><script>'))
    assert "<script>" not in svg and "&lt;script&gt;alert(1)&lt;/script&gt;" in svg
    assert "javascript:" not in svg and "evil.example" not in svg
    assert "off the map" not in svg
    for element in ET.fromstring(svg).iter():
        assert not [name for name in element.attrib if name.lower().startswith("on")]
        assert element.tag != f"{SVG}a"


def _tiny_shapefile() -> tuple[bytes, bytes]:
    ring = [(0.0, 0.0), (0.0, 10.0), (5.0, 10.0), (10.0, 10.0), (10.0, 0.0), (0.0, 0.0)]
    content = struct.pack("<i4dii", 5, 0, 0, 10, 10, 1, len(ring)) + struct.pack("<i", 0)
    content += b"".join(struct.pack("<2d", *p) for p in ring)
    record = struct.pack(">ii", 1, len(content) // 2) + content
    shp = b"\0" * 100 + record
    fields = [(b"name", 20), (b"iso_a3", 3)]
    header = struct.pack("<B3BIHH20x", 3, 25, 1, 1, 1, 32 + 32 * len(fields) + 1, 24)
    for name, size in fields:
        header += name.ljust(11, b"\0") + b"C" + b"\0" * 4 + bytes([size]) + b"\0" * 15
    dbf = header + b"\r" + b" " + b"Testland".ljust(20) + b"TST" + b"\x1a"
    return shp, dbf


def test_builder_reads_shapefiles_and_simplifies() -> None:
    doc = build_worldmap.build(*_tiny_shapefile())
    [country] = doc["countries"]
    assert (country["iso3"], country["name"]) == ("TST", "Testland")
    # The collinear point (5, 10) is simplified away; the ring stays closed.
    assert country["rings"] == [[0.0, 0.0, 0.0, 10.0, 10.0, 10.0, 10.0, 0.0, 0.0, 0.0]]
    assert re.search("public domain", str(doc["source"]))
