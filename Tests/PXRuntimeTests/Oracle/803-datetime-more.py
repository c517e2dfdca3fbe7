from datetime import date, datetime, time, timedelta, timezone
print(repr(timedelta(0)), repr(timedelta(days=-1, seconds=5)), timedelta(days=-1, seconds=5), timedelta(milliseconds=1.5))
print(timedelta(weeks=2, days=-3, hours=1.25), -timedelta(microseconds=1), timedelta(days=2) * 1.5, timedelta(hours=1) / 7)
print(repr(time(9, 5)), time(9, 5, 7, 12), time(23, 59).isoformat("minutes"), time.fromisoformat("10:11:12.5"))
print(repr(datetime(2020, 2, 29)), repr(datetime(2020, 2, 29, 1)), datetime(2020, 2, 29, 1, 2, 3).isoformat(timespec="milliseconds"))
d = datetime(2024, 12, 30, 23, 59, 59, 999999)
print(d + timedelta(microseconds=1), d.isocalendar(), date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar()[1])
print(d.strftime("%a %A %b %B %c | %x %X | %U %W %j %w %u %G-%V %%"), date(2024, 1, 1).strftime("%U %W"))
aware = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
plus2 = timezone(timedelta(hours=2), "CEST")
print(aware, repr(aware), aware.astimezone(plus2), aware.astimezone(plus2).tzname(), aware.utcoffset())
print(timezone(timedelta(hours=-5, minutes=-30)), datetime.fromisoformat("2024-05-01T12:00:00+02:00"))
print(datetime(2024, 5, 1, 14, tzinfo=plus2) == aware, aware.timestamp(), datetime.fromtimestamp(0, timezone.utc))
print(datetime.strptime("Mar 5 2023 7:04PM", "%b %d %Y %I:%M%p"), datetime.strptime("2023-060", "%Y-%j").date())
print(datetime.strptime("15/Aug/2021:10:00:01 +0130", "%d/%b/%Y:%H:%M:%S %z"))
for bad in [("2023-02-30", "%Y-%m-%d"), ("2023-01-01 extra", "%Y-%m-%d"), ("x", "%Q")]:
    try:
        datetime.strptime(*bad)
    except ValueError as e:
        print("ValueError:", e)
for args in [(2024, 13, 1), (0, 1, 1), (2023, 4, 31)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    datetime(2024, 1, 1, 24)
except ValueError as e:
    print("ValueError:", e)
try:
    aware < datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(date(2024, 3, 10) - timedelta(days=70), date.fromisocalendar(2024, 1, 1), date(2024, 1, 31).replace(month=2, day=29))
print(sorted({date(2024, 1, 2): 1, date(2023, 5, 5): 2}), datetime(2024, 1, 1).date() == date(2024, 1, 1), date.max - date.min)
print(f"{datetime(2024, 7, 4, 9, 30):%Y-%m-%dT%H:%M} {date(2024, 7, 4):%d %b}", format(time(7, 8), "%H.%M"), str(time(0)))
