/// The `statistics` module, written in the language: it runs in the module's namespace when the module is imported.
enum StatisticsSource {
    static let text = #"""
"""Basic statistics module.

This module provides functions for calculating statistics of data, including
averages, variance, and standard deviation.
"""
__all__ = ['NormalDist', 'StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev', 'pvariance',
           'quantiles', 'stdev', 'variance']

from math import exp as _exp, fsum as _fsum, log as _log, sqrt as _sqrt
from collections import Counter as _Counter


class StatisticsError(ValueError):
    pass


def _data(data):
    return data if isinstance(data, list) else list(data)


def _all_int(data):
    for x in data:
        if type(x) is not int and type(x) is not bool:
            return False
    return True


def _ratio(numerator, denominator):
    """numerator / denominator as CPython's statistics returns an exact ratio of ints: an int when it divides."""
    if numerator % denominator == 0:
        return numerator // denominator
    return numerator / denominator


def mean(data):
    """Return the sample arithmetic mean of data."""
    data = _data(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if _all_int(data):
        return _ratio(sum(data), n)
    return _fsum(data) / n


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    data = _data(data)
    if weights is None:
        n = len(data)
        if n < 1:
            raise StatisticsError('fmean requires at least one data point')
        return _fsum(data) / n
    weights = _data(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    num = _fsum(x * w for x, w in zip(data, weights))
    den = _fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return _exp(fmean([_log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data."""
    data = _data(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if x < 0:
            raise StatisticsError(errmsg)
        return x
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = _data(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        if any(w < 0 for w in weights):
            raise StatisticsError('Weighted sum must be positive')
        sum_weights = sum(weights)
    if any(x < 0 for x in data):
        raise StatisticsError(errmsg)
    try:
        total = _fsum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return sum_weights / total


def median(data):
    """Return the median (middle value) of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """Estimates the median for numeric data binned around the midpoints of consecutive, fixed-width
    intervals."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    lo = 0
    while lo < n and data[lo] < x:
        lo += 1
    hi = lo
    while hi < n and data[hi] == x:
        hi += 1
    L = x - interval / 2
    cf = lo
    f = hi - lo
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """Return the most common data point from discrete or nominal data."""
    pairs = _Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """Return a list of the most frequently occurring values."""
    counts = _Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide *data* into *n* continuous intervals with equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def _squares(data, mu):
    """(n * sum of squared deviations, n, is_int): exact for ints, compensated for floats."""
    n = len(data)
    if mu is None and _all_int(data):
        total = sum(data)
        return n * sum(x * x for x in data) - total * total, n, True
    c = _fsum(data) / n if mu is None else mu
    deviations = [x - c for x in data]
    ss = _fsum(d * d for d in deviations) - _fsum(deviations) ** 2 / n
    return ss * n, n, False


def variance(data, xbar=None):
    """Return the sample variance of data."""
    data = _data(data)
    if len(data) < 2:
        raise StatisticsError('variance requires at least two data points')
    ss, n, exact = _squares(data, xbar)
    return _ratio(ss, n * (n - 1)) if exact else ss / (n * (n - 1))


def pvariance(data, mu=None):
    """Return the population variance of ``data``."""
    data = _data(data)
    if len(data) < 1:
        raise StatisticsError('pvariance requires at least one data point')
    ss, n, exact = _squares(data, mu)
    return _ratio(ss, n * n) if exact else ss / (n * n)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    data = _data(data)
    if len(data) < 2:
        raise StatisticsError('stdev requires at least two data points')
    ss, n, exact = _squares(data, xbar)
    return _sqrt(ss / (n * (n - 1)))


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    data = _data(data)
    if len(data) < 1:
        raise StatisticsError('pstdev requires at least one data point')
    ss, n, exact = _squares(data, mu)
    return _sqrt(ss / (n * n))
"""#
}
