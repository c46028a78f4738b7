"""Loudness: -16 LUFS integrated with true peak at or below -1 dBTP.

Piper's peaks reach 0 dBFS while its speech sits near -20 LUFS, so gain alone
would clip: after the gain a look-ahead peak limiter holds the peaks under a
ceiling with some margin for the MP3 encoder's overshoot. The result is
measured after encoding with ffmpeg's ITU-R BS.1770 / EBU R128 meter
(ebur128, true-peak mode), and corrected once if it is off.

The K-weighting and the peak estimate here are only the plan for the gain;
ffmpeg's meter is the measurement of record. They are written on numpy's FFT
instead of scipy.signal (or pyloudnorm, which imports it) because importing
scipy.signal costs a build about 0.9 s, several times the filtering itself.
The tests check them against pyloudnorm and the limiter against the decoded
MP3.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from math import pi, tan

import numpy as np

from ..errors import EngineError
from .ffmpeg import find_ffmpeg

TARGET_LUFS = -16.0
MAX_TRUE_PEAK_DBTP = -1.0
# ceiling for the peaks at twice the clips' rate (the 44.1 kHz samples, for
# Piper's 22.05 kHz); the margin to -1 dBTP is for the peaks between those
# samples and the MP3 encoder's overshoot, which reached 0.8 dB on Piper
# speech at 64 kbps: with -2.0 about one episode in four came out over
# -1.1 dBTP and was encoded a second time (MP3, meter and AAC again)
CEILING_DBFS = -2.4
LOOKAHEAD_S = 0.005
_IMPULSE_S = 0.1  # the K-weighting's response has died away (below 1e-9) by then
_MIDPOINT_TAPS = 32  # half-sample interpolator: within 0.1 dB of the band-limited peak
_DIRECT_TAPS = 64  # filters up to this long are convolved directly, longer ones by FFT


@dataclass(frozen=True)
class Measurement:
    integrated_lufs: float
    true_peak_dbtp: float


# --- filters -------------------------------------------------------------------

def k_weighting_biquads(rate: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """BS.1770's two K-weighting stages (shelf, then high-pass) at any sample rate.

    libebur128's formulas (pyloudnorm's "DeMan" filters), which give the
    standard's 48 kHz coefficients exactly and which ffmpeg's meter also uses.
    """
    f0, gain_db, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = tan(pi * f0 / rate)
    vh = 10 ** (gain_db / 20)
    vb = vh ** 0.4996667741545416
    a0 = 1 + k / q + k * k
    shelf = (np.array([(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0]),
             np.array([1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0]))
    f0, q = 38.13547087602444, 0.5003270373238773
    k = tan(pi * f0 / rate)
    a0 = 1 + k / q + k * k
    high_pass = (np.array([1.0, -2.0, 1.0]), np.array([1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0]))
    return [shelf, high_pass]


def k_weighting_response(rate: int) -> np.ndarray:
    """The K-weighting's impulse response, long enough to be exact in float32."""
    length = int(_IMPULSE_S * rate)
    grid = 1 << max(16, (8 * length - 1).bit_length())
    z = np.exp(-1j * np.linspace(0, pi, grid // 2 + 1))
    response = np.ones_like(z)
    for b, a in k_weighting_biquads(rate):
        response *= np.polyval(b[::-1], z) / np.polyval(a[::-1], z)
    return np.fft.irfft(response, grid)[:length]


def _midpoint_interpolator() -> np.ndarray:
    """Kaiser-windowed sinc taps that give the value halfway between two samples."""
    half = _MIDPOINT_TAPS // 2
    offsets = np.arange(_MIDPOINT_TAPS) - (half - 0.5)
    taps = np.sinc(offsets) * np.kaiser(_MIDPOINT_TAPS, 8.0)
    return taps / taps.sum()


class _Convolver:
    """FIR filters run over one signal, a chunk at a time, memory flat.

    Each filter is (taps, advance): output[i] = sum_j taps[j] * samples[i + advance - j],
    with zeros outside the signal. Long filters run as overlap-save FFT
    convolution (one forward FFT per chunk, shared), short ones directly in
    float32, where numpy's SIMD loop beats the FFT. numpy lets go of Python's
    lock in both, so two threads on two ranges take half the time.
    """

    def __init__(self, samples: np.ndarray, filters: list[tuple[np.ndarray, int]], align: int = 1):
        self.length = len(samples)
        self.longest = max(len(taps) for taps, _ in filters)
        self.reach = max(advance for _, advance in filters)
        self.size = 1 << max(14, (4 * (self.longest + self.reach)).bit_length())
        step = self.size - (self.longest - 1) - self.reach
        self.step = step - step % align  # every chunk but the last: whole multiples of `align`
        self.filters = [(np.fft.rfft(taps, self.size) if len(taps) > _DIRECT_TAPS else taps.astype(np.float32),
                         len(taps), advance) for taps, advance in filters]
        self.padded = np.concatenate([np.zeros(self.longest - 1, np.float32),
                                      samples.astype(np.float32, copy=False),
                                      np.zeros(self.reach + self.step, np.float32)])

    def chunks(self, first: int = 0, last: int | None = None):
        """Yield (start, outputs) for the chunks from `first` (a multiple of `step`) up to `last`."""
        last = self.length if last is None else min(last, self.length)
        longest, size = self.longest, self.size
        for start in range(first, last, self.step):
            count = min(self.step, last - start)
            window = self.padded[start:start + self.step + longest - 1 + self.reach]
            spectrum = None
            outputs = []
            for taps, length, advance in self.filters:
                if length <= _DIRECT_TAPS:
                    offset = longest - length + advance
                    outputs.append(np.convolve(window, taps, "valid")[offset:offset + count])
                    continue
                if spectrum is None:
                    spectrum = np.fft.rfft(window, size)
                offset = longest - 1 + advance
                outputs.append(np.fft.irfft(spectrum * taps, size)[offset:offset + count])
            yield start, outputs


# --- gating ------------------------------------------------------------------------

def _gated_hops(hop_energy: np.ndarray, hop: int) -> float:
    """BS.1770-4 gating over 400 ms blocks with 75 % overlap, i.e. four 100 ms hops each."""
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


# --- levelling -----------------------------------------------------------------

def _block_size(hop: int) -> int:
    """The largest divisor of the 100 ms hop up to 32 samples (under a millisecond)."""
    return max(b for b in range(1, 33) if hop % b == 0)


def _block_reduce(values: np.ndarray, block: int, how: np.ufunc) -> np.ndarray:
    """One value per block of `values` (the last block may be short)."""
    # reduceat runs along the array; reshape(-1, block).max(axis=1) is several times slower
    return how.reduceat(values, np.arange(0, len(values), block))


def _edge_padded(values: np.ndarray, half: int) -> np.ndarray:
    return np.concatenate([np.repeat(values[:1], half), values, np.repeat(values[-1:], half)])


def _running_min(values: np.ndarray, size: int) -> np.ndarray:
    """A centred running minimum over `size` (odd, a handful) values, edges repeated."""
    padded = _edge_padded(values, size // 2)
    result = padded[: len(values)].copy()
    for shift in range(1, size):  # a few whole-array passes beat a strided window view
        np.minimum(result, padded[shift:shift + len(values)], out=result)
    return result


def _running_mean(values: np.ndarray, size: int) -> np.ndarray:
    """A centred running mean over `size` (odd) values, edges repeated."""
    sums = np.concatenate([[0.0], np.cumsum(_edge_padded(values, size // 2), dtype=np.float64)])
    return (sums[size:] - sums[:-size]) / size


@dataclass(frozen=True)
class LevelPlan:
    """A gain per block of samples: `apply` it to the signal a piece at a time."""

    block: int
    envelope: np.ndarray  # linear gain per block, the limiting included
    gain_db: float
    ceiling: float  # linear

    def apply(self, piece: np.ndarray, start: int) -> np.ndarray:
        """The levelled copy of samples[start:start+len(piece)]; `start` is a multiple of `block`."""
        first = start // self.block
        gain = np.repeat(self.envelope[first:first - (-len(piece) // self.block)], self.block)
        levelled = piece * gain[: len(piece)]
        # float rounding in the averaged gain can leave a hair over the ceiling
        return np.clip(levelled, -self.ceiling, self.ceiling, out=levelled)


@dataclass(frozen=True)
class Summary:
    """A signal summarised in blocks of under a millisecond: what levelling needs.

    Each block keeps its peak (the samples and the points halfway between
    them, which are the 44.1 kHz samples after resampling from 22.05 kHz) and
    its K-weighted energy. Levelling is planned on these alone, so each try
    of a gain costs microseconds per second of audio, not a pass over it.
    """

    sample_rate: int
    block: int
    peaks: np.ndarray
    energy: np.ndarray

    @classmethod
    def of(cls, samples: np.ndarray, sample_rate: int) -> "Summary":
        hop = int(round(0.1 * sample_rate))
        block = _block_size(hop)
        count = -(-len(samples) // block)
        peaks = np.zeros(count, dtype=np.float32)
        energy = np.zeros(count, dtype=np.float64)
        filters = [(k_weighting_response(sample_rate), 0), (_midpoint_interpolator(), _MIDPOINT_TAPS // 2)]
        convolver = _Convolver(samples, filters, align=block)

        def summarise(first: int, last: int) -> None:
            for start, (weighted, midpoints) in convolver.chunks(first, last):
                index = start // block  # chunks hold whole blocks except the very last
                piece = np.maximum(np.abs(samples[start:start + len(weighted)]), np.abs(midpoints))
                block_peaks = _block_reduce(piece, block, np.maximum)
                peaks[index:index + len(block_peaks)] = block_peaks
                energy[index:index + len(block_peaks)] = _block_reduce(np.square(weighted), block, np.add)

        # the two halves fill their own blocks of the arrays, one thread each
        middle = (convolver.length // convolver.step + 1) // 2 * convolver.step
        with ThreadPoolExecutor(2) as pool:
            for done in [pool.submit(summarise, 0, middle), pool.submit(summarise, middle, convolver.length)]:
                done.result()
        return cls(sample_rate, block, peaks, energy)

    def loudness(self, gain: np.ndarray | float = 1.0) -> float:
        """Integrated loudness with a linear gain per block (K(x * g) taken as K(x) * g)."""
        hop = int(round(0.1 * self.sample_rate))
        per_hop = hop // self.block
        energy = self.energy * np.square(gain, dtype=np.float64)
        hops = -(-len(energy) // per_hop)
        padded = np.zeros(hops * per_hop)
        padded[: len(energy)] = energy
        return _gated_hops(padded.reshape(hops, per_hop).sum(axis=1), hop)

    def envelope(self, gain_db: float, ceiling: float) -> np.ndarray:
        """Linear gain per block: `gain_db`, lowered where the peaks would pass `ceiling`.

        A look-ahead brick-wall limiter: the gain each block needs is spread by
        a running minimum over twice the look-ahead and then averaged over the
        look-ahead, so every average covers only values at or below the gain
        needed at its centre (no peak escapes) and the gain moves over a few
        milliseconds instead of jumping (no clicks).
        """
        linear = 10 ** (gain_db / 20)
        window = max(1, int(round(LOOKAHEAD_S * self.sample_rate / self.block)))
        needed = np.minimum(1.0, ceiling / np.maximum(self.peaks * linear, 1e-9)).astype(np.float32)
        spread = _running_min(needed, 2 * window + 1)
        return _running_mean(spread, window | 1).astype(np.float32) * np.float32(linear)

    def plan(self, target_lufs: float = TARGET_LUFS, ceiling_dbfs: float = CEILING_DBFS,
             tolerance: float = 0.1) -> LevelPlan:
        """The gain plus limiting that lands on `target_lufs`.

        The limiter takes off more loudness the harder it works, so the gain is
        found by secant steps on the planned loudness.
        """
        ceiling = 10 ** (ceiling_dbfs / 20)
        loudness = self.loudness()
        if not np.isfinite(loudness):
            return LevelPlan(self.block, np.ones(len(self.peaks), np.float32), 0.0, ceiling)
        gains = [target_lufs - loudness]
        envelope = self.envelope(gains[0], ceiling)
        results = [self.loudness(envelope)]
        for _ in range(6):
            if abs(results[-1] - target_lufs) <= tolerance:
                break
            if len(gains) == 1 or results[-1] == results[-2]:
                step = target_lufs - results[-1]
            else:  # secant: the limiter makes loudness grow slower than the gain
                slope = (results[-1] - results[-2]) / (gains[-1] - gains[-2])
                step = (target_lufs - results[-1]) / max(slope, 0.05)
            gains.append(gains[-1] + step)
            envelope = self.envelope(gains[-1], ceiling)
            results.append(self.loudness(envelope))
        return LevelPlan(self.block, envelope, gains[-1], ceiling)


# --- measuring ---------------------------------------------------------------------

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


__all__ = ["CEILING_DBFS", "MAX_TRUE_PEAK_DBTP", "LevelPlan", "Measurement", "Summary", "TARGET_LUFS",
           "meter_command", "parse_meter_report"]
