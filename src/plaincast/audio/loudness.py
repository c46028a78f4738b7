"""Loudness: -16 LUFS integrated with true peak at or below -1 dBTP.

Piper's peaks reach 0 dBFS while its speech sits near -20 LUFS, so gain alone
would clip: after the gain a look-ahead peak limiter holds the peaks under a
ceiling with some margin for the peaks between samples and for the MP3
encoder's overshoot. The result is measured after encoding with ffmpeg's
ITU-R BS.1770 / EBU R128 meter (ebur128, true-peak mode), and corrected once
if it is off.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyloudnorm
from scipy.ndimage import minimum_filter1d, uniform_filter1d
from scipy.signal import lfilter, lfilter_zi

from ..errors import EngineError
from .ffmpeg import find_ffmpeg

TARGET_LUFS = -16.0
MAX_TRUE_PEAK_DBTP = -1.0
# sample-peak ceiling at 44.1 kHz; the margin to -1 dBTP is for the peaks
# between samples and the MP3 encoder's overshoot
CEILING_DBFS = -2.0
LOOKAHEAD_S = 0.005


@dataclass(frozen=True)
class Measurement:
    integrated_lufs: float
    true_peak_dbtp: float


def _k_weighted(samples: np.ndarray, sample_rate: int) -> np.ndarray:
    """BS.1770 K-weighting, with pyloudnorm's filter coefficients."""
    weighted = samples.astype(np.float64)
    for stage in pyloudnorm.Meter(sample_rate)._filters.values():
        weighted = stage.apply_filter(weighted)
    return weighted.astype(np.float32)


def _gated(squared: np.ndarray, sample_rate: int) -> float:
    """Integrated loudness from K-weighted squared samples (BS.1770-4 gating).

    Blocks are 400 ms with 75 % overlap, i.e. four 100 ms hops each, so the
    energy is summed per hop once and the blocks are sums of four hops.
    """
    hop = int(round(0.1 * sample_rate))
    hops = len(squared) // hop
    hop_energy = squared[: hops * hop].reshape(hops, hop).sum(axis=1, dtype=np.float64)
    if hops == 0:
        hop_energy = np.array([squared.sum(dtype=np.float64)])
    return _gated_hops(hop_energy, hop)


def integrated_loudness(samples: np.ndarray, sample_rate: int) -> float:
    """BS.1770-4 integrated loudness of mono audio; -inf for silence.

    pyloudnorm's K-weighting filters, with the gating done on whole arrays
    (pyloudnorm loops over the 400 ms blocks in Python, about a second per
    ten minutes of audio). The tests check it against pyloudnorm's Meter.
    """
    return _gated(np.square(_k_weighted(samples, sample_rate)), sample_rate)


def limiter_gain(samples: np.ndarray, sample_rate: int, ceiling_dbfs: float = CEILING_DBFS) -> np.ndarray:
    """Gain (0..1 per sample) of a look-ahead brick-wall limiter.

    The gain each sample needs is spread by a minimum filter over twice the
    look-ahead and then averaged over the look-ahead: every average covers only
    values at or below the gain needed at its centre, so no peak escapes, and
    the gain moves over a few milliseconds instead of jumping (no clicks).
    """
    ceiling = 10 ** (ceiling_dbfs / 20)
    window = max(1, int(LOOKAHEAD_S * sample_rate))
    needed = np.abs(samples)
    np.maximum(needed, ceiling, out=needed)
    np.divide(ceiling, needed, out=needed)
    gain = minimum_filter1d(needed, size=2 * window + 1, mode="nearest")
    del needed
    return uniform_filter1d(gain, size=window | 1, mode="nearest")


def limit(samples: np.ndarray, sample_rate: int, ceiling_dbfs: float = CEILING_DBFS) -> np.ndarray:
    """`samples` with no sample above the ceiling."""
    ceiling = 10 ** (ceiling_dbfs / 20)
    limited = samples * limiter_gain(samples, sample_rate, ceiling_dbfs)
    # float rounding in the average can leave a hair over the ceiling
    np.clip(limited, -ceiling, ceiling, out=limited)
    return limited


def _block_size(hop: int) -> int:
    """The largest divisor of the 100 ms hop up to 32 samples (under a millisecond)."""
    return max(b for b in range(1, 33) if hop % b == 0)


def level_to(samples: np.ndarray, sample_rate: int, target_lufs: float = TARGET_LUFS,
             ceiling_dbfs: float = CEILING_DBFS, tolerance: float = 0.1) -> tuple[np.ndarray, float]:
    """Gain plus limiting that lands on `target_lufs`; returns (samples, gain dB).

    `samples` is levelled in place (it is the caller's scratch copy).

    The limiter takes off more loudness the harder it works, so the gain is
    found by secant steps on measured loudness. To keep each step cheap the
    signal is summarised once in blocks of under a millisecond: each block's
    peak and K-weighted energy. The limiter's gain is computed per block
    (a block's gain is safe for every sample in it, since it is set by the
    block's peak) and K(x * g) is taken as K(x) * g, because the gain moves over
    milliseconds, slowly next to the K-weighting filter. The encoded file is
    measured properly afterwards.
    """
    hop = int(round(0.1 * sample_rate))
    block = _block_size(hop)
    count = len(samples) // block
    peaks = np.zeros(count + 1, dtype=np.float32)
    energy = np.zeros(count + 1, dtype=np.float64)
    meter = pyloudnorm.Meter(sample_rate)
    stages = list(meter._filters.values())
    states = [None] * len(stages)
    chunk = block * hop * 10  # a whole number of blocks, a few seconds long
    for start in range(0, len(samples), chunk):
        piece = samples[start:start + chunk]
        first = start // block
        whole = len(piece) // block
        magnitude = np.abs(piece)
        peaks[first:first + whole] = magnitude[: whole * block].reshape(whole, block).max(axis=1)
        weighted = piece.astype(np.float64)
        for index, stage in enumerate(stages):
            b, a = stage.b, stage.a
            if states[index] is None:
                states[index] = lfilter_zi(b, a) * 0.0
            weighted, states[index] = lfilter(b, a, weighted, zi=states[index])
            weighted *= stage.passband_gain
        squared = np.square(weighted)
        energy[first:first + whole] = squared[: whole * block].reshape(whole, block).sum(axis=1)
        if len(piece) > whole * block:  # the ragged end: one short block
            peaks[first + whole] = magnitude[whole * block:].max()
            energy[first + whole] = squared[whole * block:].sum()
    per_hop = hop // block

    def loudness_of(block_energy: np.ndarray) -> float:
        hops = len(block_energy) // per_hop
        padded = np.zeros((hops + 1) * per_hop)
        padded[: len(block_energy)] = block_energy
        hop_energy = padded.reshape(-1, per_hop).sum(axis=1)
        return _gated_hops(hop_energy, hop)

    loudness = loudness_of(energy)
    if not np.isfinite(loudness):
        return samples, 0.0
    ceiling = 10 ** (ceiling_dbfs / 20)
    window = max(1, int(round(LOOKAHEAD_S * sample_rate / block)))

    def envelope_for(gain_db: float) -> np.ndarray:
        linear = 10 ** (gain_db / 20)
        needed = np.minimum(1.0, ceiling / np.maximum(peaks * linear, 1e-9)).astype(np.float32)
        spread = minimum_filter1d(needed, size=2 * window + 1, mode="nearest")
        return uniform_filter1d(spread, size=window | 1, mode="nearest") * np.float32(linear)

    gains = [target_lufs - loudness]
    envelope = envelope_for(gains[0])
    results = [loudness_of(energy * np.square(envelope, dtype=np.float64))]
    for _ in range(6):
        if abs(results[-1] - target_lufs) <= tolerance:
            break
        if len(gains) == 1 or results[-1] == results[-2]:
            step = target_lufs - results[-1]
        else:  # secant: the limiter makes loudness grow slower than the gain
            slope = (results[-1] - results[-2]) / (gains[-1] - gains[-2])
            step = (target_lufs - results[-1]) / max(slope, 0.05)
        gains.append(gains[-1] + step)
        envelope = envelope_for(gains[-1])
        results.append(loudness_of(energy * np.square(envelope, dtype=np.float64)))
    # apply the block gains to the samples, a chunk at a time to keep memory flat
    for start in range(0, len(samples), chunk):
        piece = samples[start:start + chunk]
        first = start // block
        gain = np.repeat(envelope[first:first + -(-len(piece) // block)], block)[: len(piece)]
        piece *= gain
        np.clip(piece, -ceiling, ceiling, out=piece)
    return samples, gains[-1]


def _gated_hops(hop_energy: np.ndarray, hop: int) -> float:
    block = 4 * hop
    if len(hop_energy) < 4:
        hop_energy = np.concatenate([hop_energy, np.zeros(4 - len(hop_energy))])
    z = (hop_energy[:-3] + hop_energy[1:-2] + hop_energy[2:-1] + hop_energy[3:]) / block
    with np.errstate(divide="ignore"):
        blocks = -0.691 + 10 * np.log10(z)
    gated = z[blocks >= -70.0]
    if not len(gated):
        return float("-inf")
    relative = -0.691 + 10 * np.log10(gated.mean()) - 10.0
    gated = z[(blocks > relative) & (blocks > -70.0)]
    if not len(gated):
        return float("-inf")
    return float(-0.691 + 10 * np.log10(gated.mean()))


_I = re.compile(r"I:\s+(-?[\d.]+|-inf)\s+LUFS")
_PEAK = re.compile(r"Peak:\s+(-?[\d.]+|-inf)\s+dBFS")


def meter_command(source: str, input_format: str | None = None) -> list[str]:
    """ffmpeg reading `source` through its ebur128 meter (true-peak mode)."""
    fmt = ["-f", input_format] if input_format else []
    return [find_ffmpeg(), "-hide_banner", "-nostats", *fmt, "-i", source,
            "-af", "ebur128=peak=true:framelog=verbose", "-f", "null", "-"]


def parse_meter_report(report: str, name: str) -> Measurement:
    summary = report[report.rfind("Summary:"):]
    integrated, peak = _I.search(summary), _PEAK.search(summary)
    if not integrated or not peak:
        raise EngineError(f"{name}: cannot measure loudness with ffmpeg")
    return Measurement(float(integrated.group(1)), float(peak.group(1)))


def measure_file(path: Path) -> Measurement:
    """Integrated loudness and true peak of an audio file, by ffmpeg's ebur128 meter."""
    result = subprocess.run(meter_command(str(path)), capture_output=True, check=False)
    if result.returncode != 0:
        raise EngineError(f"{Path(path).name}: cannot measure loudness with ffmpeg")
    return parse_meter_report(result.stderr.decode("utf-8", "replace"), Path(path).name)


__all__ = ["CEILING_DBFS", "MAX_TRUE_PEAK_DBTP", "Measurement", "TARGET_LUFS",
           "integrated_loudness", "level_to", "limit", "limiter_gain", "measure_file",
           "meter_command", "parse_meter_report"]
