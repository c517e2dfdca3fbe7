import statistics
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data))
print(statistics.pstdev(data), statistics.stdev(data), statistics.pvariance(data), statistics.variance(data))
print(statistics.median([3, 1, 2]), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
print(statistics.mean([1.5, 2.5, 3.25]), statistics.fmean([1, 2, 3, 4]), statistics.multimode("aabbc"), statistics.mode(["x", "y", "x"]))
print(statistics.geometric_mean([1, 10, 100]), statistics.harmonic_mean([1, 2, 4]), statistics.quantiles(range(1, 11), n=4))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    statistics.stdev([1])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
print(statistics.mean([1, 2, 3, 4]), type(statistics.mean([1, 2])).__name__, statistics.median([1, 2]))
