def primes_up_to(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    i = 2
    while i * i <= n:
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = False
        i += 1
    return [k for k, is_p in enumerate(sieve) if is_p]

ps = primes_up_to(100)
print(len(ps), ps[:10], ps[-3:])
print(sum(primes_up_to(10000)))

text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
counts = {}
for word in text.lower().replace(",", "").split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print("%-8s %2d %s" % (word, n, "*" * n))
print(len(counts), sum(counts.values()))
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
print({k: sorted(v) for k, v in sorted(lengths.items())})

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

best = max(range(1, 10000), key=collatz)
print(best, collatz(best))
