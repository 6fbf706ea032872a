"""Near-duplicate detection: MinHash signatures over word 3-shingles, with LSH bands.

Wire copies of one story differ by a headline, a word or a trailing paragraph; their shingle
sets overlap heavily (Jaccard >= ``NEAR_JACCARD``), while different stories on the same topic
share few shingles. A signature of ``PERMUTATIONS`` minima estimates the Jaccard similarity;
grouping it into ``BANDS`` bands of ``ROWS`` rows lets the store find candidates through an
index on (band, value) before the estimate is checked.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass

import numpy as np

NEAR_JACCARD = 0.7
SHINGLE = 3
PERMUTATIONS = 64
BANDS = 16
ROWS = PERMUTATIONS // BANDS
_WORD = re.compile(r"\w+", re.UNICODE)
_MASK32 = np.uint64(0xFFFFFFFF)

# Fixed, seeded parameters of the hash family: signatures must be comparable across runs.
_rng = np.random.default_rng(20260223)
_A = _rng.integers(1, 2**63, size=PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, size=PERMUTATIONS, dtype=np.uint64)
_SHINGLE_MULT = _rng.integers(1, 2**63, size=SHINGLE, dtype=np.uint64) | np.uint64(1)
del _rng


@dataclass(frozen=True, slots=True)
class Signature:
    """A MinHash signature: ``PERMUTATIONS`` 32-bit minima."""

    values: tuple[int, ...]

    def to_bytes(self) -> bytes:
        """Compact storage form (little-endian uint32)."""
        return np.asarray(self.values, dtype="<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        """Rebuild a stored signature."""
        return cls(tuple(np.frombuffer(data, dtype="<u4").tolist()))

    def similarity(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two shingle sets."""
        same = sum(a == b for a, b in zip(self.values, other.values, strict=True))
        return same / PERMUTATIONS

    def bands(self) -> tuple[int, ...]:
        """One signed 63-bit key per band (fits a SQL BIGINT)."""
        raw = np.asarray(self.values, dtype="<u4").tobytes()
        width = ROWS * 4  # bytes per band
        keys = []
        for band in range(BANDS):
            chunk = raw[band * width : (band + 1) * width]
            digest = hashlib.blake2b(chunk, digest_size=8).digest()
            keys.append(int.from_bytes(digest, "big") >> 1)
        return tuple(keys)


def shingle_hashes(text: str) -> np.ndarray:
    """Stable 64-bit hashes of the lower-cased word 3-grams (of the whole text when shorter).

    Words are hashed once (CRC-32, stable across processes, unlike ``hash``) and combined
    per shingle with fixed odd multipliers, so no shingle string is ever built.
    """
    words = _WORD.findall(text.lower()) or [""]
    # map() over C functions: no Python frame per word, the same hashes as a generator.
    h = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    n = max(len(words) - SHINGLE + 1, 1)
    combined = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset, mult in enumerate(_SHINGLE_MULT):
            part = h[offset : offset + n]
            combined[: len(part)] = combined[: len(part)] * mult + part
    return np.unique(combined)


def signature(text: str) -> Signature:
    """The MinHash signature of ``text``."""
    x = shingle_hashes(text)
    # Multiply-shift hashing: (a*x + b) mod 2^64, keep the high 32 bits.
    with np.errstate(over="ignore"):
        hashed = (np.outer(_A, x) + _B[:, None]) >> np.uint64(32)
    minima = (hashed & _MASK32).min(axis=1)
    return Signature(tuple(minima.tolist()))
