import copy, heapq, bisect, string, statistics
from collections import defaultdict, Counter, OrderedDict, namedtuple
P = namedtuple("P", "x y")
dd = defaultdict(list, {"a": [1]})
c1, c2 = copy.copy(dd), copy.deepcopy(dd)
dd["a"].append(2)
print(c1, c2, type(c2).__name__, c2.default_factory)
print(copy.deepcopy(Counter("abca")), copy.copy(OrderedDict(a=1)), copy.deepcopy(P(1, [2])), copy.deepcopy({1: {2: [3]}}))
h = [(5, "e"), (1, "a"), (3, "c")]
heapq.heapify(h)
print(h[0], heapq.nlargest(2, h), heapq.nsmallest(5, [4, 1, 3], key=lambda v: -v), list(heapq.merge([5, 3], [4, 1], reverse=True)))
print(bisect.bisect_left([1, 3, 5], 5), bisect.bisect_right([1, 3, 5], 0), bisect.bisect([], 3))
try:
    bisect.bisect_left([1], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
print(string.Template("${a}$b$$").substitute(a="A", b="B"), string.Template("$x").safe_substitute({}), string.capwords(" a  b "))
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
print(statistics.mean([1, 2, 3, 4, 5]), statistics.median([5, 3, 1, 4]), statistics.mode([1, 1, 2]), statistics.variance([1, 2, 3, 4]))
print(statistics.pvariance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.quantiles([1, 2, 3, 4, 5, 6, 7], n=3, method="inclusive"))
print(statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), statistics.multimode([]), statistics.fmean([1, 2], weights=[3, 1]))
for f, data in [(statistics.mode, []), (statistics.variance, [1]), (statistics.median, []), (statistics.harmonic_mean, [-1, 2])]:
    try:
        f(data)
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
