# NaN-ignoring reductions (nansum nanprod nanmean nanvar nanstd nanmin nanmax nanargmin nanargmax
# nanmedian nanpercentile nanquantile nancumsum) and ptp.
import numpy as np

a = np.array([[1.0, np.nan, 3.0], [4.0, 5.0, np.nan]])
print(repr(np.nansum(a)), np.nansum(a, axis=0), np.nansum(a, axis=1, keepdims=True))
print(repr(np.nanprod(a)), np.nanprod(a, axis=1))
print(repr(np.nanmean(a)), np.nanmean(a, axis=0), np.nanmean(a, axis=1))
print(repr(np.nanvar(a)), np.nanstd(a, axis=1), np.nanvar(a, axis=0, ddof=1))
print(repr(np.nanmin(a)), repr(np.nanmax(a)), np.nanmin(a, axis=1), np.nanmax(a, axis=0))
print(repr(np.nanargmin(a)), repr(np.nanargmax(a)), np.nanargmax(a, axis=1))
print(repr(np.nanmedian(a)), np.nanmedian(a, axis=0), repr(np.nanpercentile(a, 50)), np.nanquantile(a, [0.25, 0.75], axis=1))
print(np.nancumsum(a), np.nancumsum(a, axis=0))
i = np.array([[3, 7, 1], [2, 2, 9]])
print(repr(np.nansum(i)), np.nanmean(i, axis=0), repr(np.nanmax(i)))
print(repr(np.ptp(i)), np.ptp(i, axis=0), np.ptp(a, axis=1), np.ptp(np.array([1.5, -2.0, 0.25], dtype=np.float32)))
print(np.nansum(np.array([np.nan, np.nan])), np.nanmean(np.array([], dtype=np.float64)), np.nanmax(np.array([np.nan, 1.0])))
for f in [lambda: np.nanargmin(np.array([np.nan, np.nan])),
          lambda: np.ptp(np.array([])),
          lambda: np.nanmin(np.array([]))]:
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__ + ": " + str(e))
