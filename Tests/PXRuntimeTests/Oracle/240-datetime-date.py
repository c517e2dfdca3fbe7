from datetime import date, timedelta
d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isoformat())
print(d + timedelta(days=1), d + timedelta(days=2), d - timedelta(weeks=9), date(2024, 12, 31) + timedelta(1))
print(date(2024, 3, 1) - date(2023, 3, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days)
print(date(2000, 1, 1) < date(2000, 1, 2), max(date(1999, 5, 5), date(2001, 1, 1)), d.replace(day=1))
print(date.fromisoformat("2023-07-04"), date(2024, 1, 1).toordinal(), date.fromordinal(738000), d.timetuple()[:3])
print(d.strftime("%Y/%m/%d %A %B %j %a %b"), format(d, "%d.%m.%y"), f"{d:%B %d, %Y}")
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
print(date.min, date.max, d.isocalendar())
