"""The two fields of shared/eval/cer.py's score() that bench/correct.evaluate reads, for tests
(which must not read /work/shared): CER/WER by rapidfuzz Levenshtein, å/ä/ö word counts."""
from rapidfuzz.distance import Levenshtein

SV = set("åäöÅÄÖ")


def score(gt, hyp):
    g, h = " ".join(gt.split()), " ".join(hyp.split())
    gw, hw = g.split(), h.split()
    sv = [i for i, w in enumerate(gw) if SV & set(w)]
    return {"cer": Levenshtein.distance(g, h) / max(1, len(g)),
            "wer": Levenshtein.distance(gw, hw) / max(1, len(gw)),
            "gt_chars": len(g), "gt_words": len(gw), "sv_words": len(sv),
            "sv_words_recalled": sum(i < len(hw) and hw[i] == gw[i] for i in sv)}
