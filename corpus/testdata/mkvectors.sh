#!/bin/sh
# Regenerates corpus/testdata/sample.vec, the small word vectors of the
# corpus tests, from our own sample text (corpus/sample/*.txt and the texts
# of corpus/sample/*.json; never the dev set). Needs Debian's fasttext 0.9.2
# (apt-get install fasttext) and python3; -thread 1 -seed 42 make the output
# byte-identical from run to run. Run from the module root:
#   sh corpus/testdata/mkvectors.sh
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - corpus/sample > "$tmp/train.txt" <<'PY'
import glob, json, re, sys
d = sys.argv[1]
texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(d + "/*.txt"))]
texts += [json.load(open(f, encoding="utf-8"))["text"] for f in sorted(glob.glob(d + "/*.json"))]
for t in texts:
    for line in t.splitlines():
        toks = re.findall(r"\w+", line.lower())
        if toks:
            print(" ".join(toks))
PY
# The sample is small: repeat it so that skipgram sees enough windows
# (-minCount 24 keeps the words that occur 3 times or more in the sample).
for i in 1 2 3 4 5 6 7 8; do cat "$tmp/train.txt"; done > "$tmp/train8.txt"
fasttext skipgram -input "$tmp/train8.txt" -output "$tmp/m" -dim 16 -minCount 24 -epoch 20 \
	-maxn 0 -bucket 0 -thread 1 -seed 42 > /dev/null 2>&1
cp "$tmp/m.vec" corpus/testdata/sample.vec
