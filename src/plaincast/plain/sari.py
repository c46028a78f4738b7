"""Corpus SARI (Xu et al., 2016) as EASSE computes it.

Sentences are lowercased and tokenised with sacrebleu's 13a tokenizer; n-grams of
order 1-4; add and keep scores are F1 of the averaged precision and recall, the
deletion score at corpus level is F1 too (EASSE `corpus_sari`, micro-averaged
over the corpus). Used by the benchmark; sacrebleu is a test/benchmark dependency.
"""

from __future__ import annotations

from collections import Counter

NGRAM_ORDER = 4


def _normalise(sentence: str) -> str:
    from sacrebleu.tokenizers.tokenizer_13a import Tokenizer13a

    return Tokenizer13a()(sentence.lower())


def _ngrams(line: str) -> list[Counter]:
    tokens = line.split()
    return [Counter(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
            for n in range(1, NGRAM_ORDER + 1)]


def _scale(counter: Counter, factor: int) -> Counter:
    return Counter({k: v * factor for k, v in counter.items()})


def _pr(correct: float, sys_total: float, ref_total: float) -> tuple[float, float]:
    return (correct / sys_total if sys_total else 0.0, correct / ref_total if ref_total else 0.0)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p > 0 or r > 0 else 0.0


def corpus_sari(orig: list[str], system: list[str], refs: list[list[str]]) -> float:
    """refs[k][i] is reference k of sentence i (EASSE's layout)."""
    return sum(corpus_sari_parts(orig, system, refs)) / 3


def corpus_sari_parts(orig: list[str], system: list[str],
                      refs: list[list[str]]) -> tuple[float, float, float]:
    """The add, keep and delete scores (0-100) whose mean is SARI."""
    orig = [_normalise(s) for s in orig]
    system = [_normalise(s) for s in system]
    refs = [[_normalise(s) for s in ref] for ref in refs]
    stats = {name: [0.0] * NGRAM_ORDER for name in (
        "add_c", "add_s", "add_r", "keep_c", "keep_s", "keep_r", "del_c", "del_s", "del_r")}
    for i, (o, s) in enumerate(zip(orig, system)):
        ref_sents = [ref[i] for ref in refs]
        on, sn = _ngrams(o), _ngrams(s)
        rn = [Counter() for _ in range(NGRAM_ORDER)]
        for r in ref_sents:
            for n, c in enumerate(_ngrams(r)):
                rn[n] += c
        k = len(ref_sents)
        for n in range(NGRAM_ORDER):
            sys_add = set(sn[n]) - set(on[n])
            stats["add_s"][n] += len(sys_add)
            stats["add_r"][n] += len(set(rn[n]) - set(on[n]))
            stats["add_c"][n] += len(sys_add & set(rn[n]))
            o_k, s_k = _scale(on[n], k), _scale(sn[n], k)
            orig_and_sys = o_k & s_k
            orig_and_ref = o_k & rn[n]
            stats["keep_s"][n] += sum(orig_and_sys.values())
            stats["keep_r"][n] += sum(orig_and_ref.values())
            stats["keep_c"][n] += sum((orig_and_sys & orig_and_ref).values())
            del_sys = o_k - s_k
            del_ref = o_k - rn[n]
            stats["del_s"][n] += sum(del_sys.values())
            stats["del_r"][n] += sum(del_ref.values())
            stats["del_c"][n] += sum((del_sys & del_ref).values())
    scores = []
    for op in ("add", "keep", "del"):
        pr = [_pr(stats[f"{op}_c"][n], stats[f"{op}_s"][n], stats[f"{op}_r"][n])
              for n in range(NGRAM_ORDER)]
        p = sum(x[0] for x in pr) / NGRAM_ORDER
        r = sum(x[1] for x in pr) / NGRAM_ORDER
        # EASSE scores deletion by precision alone at sentence level, F1 at corpus level
        scores.append(100.0 * _f1(p, r))
    return scores[0], scores[1], scores[2]
