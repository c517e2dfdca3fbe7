from datetime import datetime, timedelta
dt = datetime(2024, 3, 15, 14, 30, 5, 123456)
print(dt, repr(dt), dt.isoformat(), dt.date(), dt.time(), dt.hour, dt.minute, dt.second, dt.microsecond)
print(dt + timedelta(hours=10), dt - timedelta(minutes=31), dt.replace(microsecond=0), dt.isoformat(sep=" ", timespec="seconds"))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I"), f"{dt:%H:%M}", dt.strftime("%y%m%d-%H%M"))
print(datetime(2024, 1, 1) - datetime(2023, 12, 31, 12), datetime.fromisoformat("2021-06-01T08:15:00"))
print(datetime.strptime("2022-11-05 07:08:09", "%Y-%m-%d %H:%M:%S"), datetime.strptime("05/11/22", "%d/%m/%y").date())
print(datetime(2024, 3, 15) < dt, sorted([dt, datetime(2020, 1, 1), datetime(2024, 3, 15)])[0], datetime.combine(dt.date(), dt.time()) == dt)
try:
    datetime.strptime("2022-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
