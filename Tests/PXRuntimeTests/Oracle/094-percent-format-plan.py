# %-formatting through the fast plan and its fallbacks.
for i in (0, 7, -7, 42, -1000, 2 ** 62, -(2 ** 62) * 2):
    print("%d|%i|%u" % (i, i, i))
print("%d %d" % (True, False), "%d" % 3.99, "%d" % -3.99, "%i" % 1e10)
for x in (0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.0005, 0.0015, -0.0004, 1 / 3, 2 / 3, 123456.789, 1e15, 1e17,
          9.3e18, 1e19, 1e22, -1e300, 5e-324, 2.675, 1.005):
    print("%.0f %.1f %.3f %f %.10f %.18f %F" % (x, x, x, x, x, x, x))
print("%.3f %f %F" % (float("inf"), float("-inf"), float("nan")))
print("%.2f %.2f" % (3, -3), "%f" % True)
print("%s %s %s %s %s" % ("a", 1, 2.5, None, [1, "b"]))
print("%s" % ("x",), "%s" % "y", "%s" % 5, "%s" % (("t", "u"),))
print("%r %r %a" % ("q", 1.0, "e"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%8.3f|%-8.2f|%08.2f|%+.1f" % (3.14159, 2.5, -1.5, 2.25))
print("%x %X %o %#x %#o %e %E %g %G %c %c" % (255, 255, 8, 255, 8, 12345.678, 0.000123, 1e-5, 1e20, 65, "z"))
print("%.2s|%5s|%-5s|" % ("hello", "ab", "cd"))
print("100%% %d%%" % (5,), "%%" % ())
print("%(a)s and %(b)d" % {"a": "x", "b": 2}, "%s" % {"k": 1})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("no conversions" % (), "é %s ü" % "ß", "%s" % "日本")
print("%d-%d-%d-%d-%d" % (1, 2, 3, 4, 5), "%s%s" % (1, 2))
items = [1, 2]
print("%d %d" % (*items,), "%d %d %d" % (0, *items))
long = "x" * 300
print(len("%s|%s" % (long, long)), ("%s" % long)[:5])
print(len("%d" * 40 % tuple(range(40))))
for bad in [("%d", ("x",)), ("%d %d", (1,)), ("%d", (1, 2)), ("%f", ("s",)), ("%d", ([],)), ("%c", (-1,)),
            ("%z", (1,)), ("%", (1,)), ("%(a)s", (1,)), ("%s %s", ())]:
    fmt, args = bad
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
def fmt_loop():
    s = ""
    for i in range(5):
        s = "%d: %.3f %s" % (i, i * 0.5, "a")
        print(s)
    return s
print(fmt_loop())
