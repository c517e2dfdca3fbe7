# A dict-heavy word count over text generated deterministically in the program.
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "so", "ta", "vi", "zu", "pe", "do", "fa"]


def make_text(n_words, seed=7):
    state = seed
    words = []
    for _ in range(n_words):
        state = (state * 1664525 + 1013904223) % 4294967296
        length = 1 + (state >> 8) % 3
        word = ""
        for k in range(length):
            word += SYLLABLES[(state >> (10 + 4 * k)) % len(SYLLABLES)]
        words.append(word)
        if (state >> 20) % 11 == 0:
            words.append("\n")
    return " ".join(words)


text = make_text(200000)
counts = {}
for line in text.split("\n"):
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1
pairs = {}
tokens = text.split()
for a, b in zip(tokens, tokens[1:]):
    key = a + " " + b
    pairs[key] = pairs.get(key, 0) + 1
by_length = {}
for word, n in counts.items():
    by_length.setdefault(len(word), []).append(n)
print(len(tokens), len(counts), len(pairs))
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(word, n)
print(sorted((k, sum(v)) for k, v in by_length.items()))
print(max(pairs.items(), key=lambda kv: (kv[1], kv[0])))
