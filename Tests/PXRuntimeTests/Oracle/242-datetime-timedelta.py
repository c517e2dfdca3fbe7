from datetime import timedelta
t = timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5)
print(t, repr(t), t.days, t.seconds, t.microseconds, t.total_seconds())
print(timedelta(hours=25), timedelta(seconds=-1), timedelta(minutes=90) * 2, timedelta(days=7) / 2, timedelta(days=1) / timedelta(hours=1))
print(-timedelta(hours=3), abs(timedelta(days=-2)), timedelta(weeks=1) - timedelta(days=8), timedelta(0), timedelta(microseconds=1))
print(timedelta(hours=1) < timedelta(minutes=61), timedelta(days=1) == timedelta(hours=24), sum([timedelta(hours=5)] * 6, timedelta()))
print(timedelta(days=3) // timedelta(hours=5), timedelta(days=3) % timedelta(hours=5), divmod(timedelta(minutes=100), timedelta(minutes=30)))
print(str(timedelta(days=400, seconds=59)), timedelta(seconds=3661).total_seconds(), timedelta(1.5))
