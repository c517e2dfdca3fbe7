from datetime import date, datetime, timedelta
start = datetime(2024, 1, 29, 9, 0)
meetings = []
t = start
while len(meetings) < 6:
    if t.weekday() < 5:
        meetings.append(t)
    t += timedelta(days=1, hours=1)
for m in meetings:
    print(m.strftime("%a %d %b %H:%M"), (m - start).days)
deadline = date(2024, 3, 1)
print((deadline - start.date()).days, deadline.strftime("%A"))
months = [date(2024, m, 1).strftime("%b") for m in range(1, 13)]
print(months, sum((date(2024, m + 1, 1) - date(2024, m, 1)).days for m in range(1, 12)) + 31)
