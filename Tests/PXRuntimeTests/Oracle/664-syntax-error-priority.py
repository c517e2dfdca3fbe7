# oracle: script — imports modules it writes next to itself
# Which SyntaxError CPython reports when a source has several problems: tokenizer errors, an unclosed bracket, the parser's error, errors found after parsing.
import os


def write(name, source):
    with open(name + ".py", "w") as f:
        f.write(source)


write('prio_00', 'def f(:\n')
try:
    import prio_00
    print(0, "imported")
except SyntaxError as e:
    print(0, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_00' + ".py")
write('prio_01', 'x = (1,\ny = 2\n')
try:
    import prio_01
    print(1, "imported")
except SyntaxError as e:
    print(1, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_01' + ".py")
write('prio_02', 'print((1, 2)\n')
try:
    import prio_02
    print(2, "imported")
except SyntaxError as e:
    print(2, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_02' + ".py")
write('prio_03', 'foo(\ndef f(:\n')
try:
    import prio_03
    print(3, "imported")
except SyntaxError as e:
    print(3, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_03' + ".py")
write('prio_04', "def f(:\nx = 'abc\n")
try:
    import prio_04
    print(4, "imported")
except SyntaxError as e:
    print(4, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_04' + ".py")
write('prio_05', 'x = (\n1 +\n')
try:
    import prio_05
    print(5, "imported")
except SyntaxError as e:
    print(5, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_05' + ".py")
write('prio_06', 'x = [1, 2\n\ny = 3\n')
try:
    import prio_06
    print(6, "imported")
except SyntaxError as e:
    print(6, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_06' + ".py")
write('prio_07', 'x = 1 +\ny = (\n')
try:
    import prio_07
    print(7, "imported")
except SyntaxError as e:
    print(7, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_07' + ".py")
write('prio_08', 'a b (\n')
try:
    import prio_08
    print(8, "imported")
except SyntaxError as e:
    print(8, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_08' + ".py")
write('prio_09', 'a b\nc = (\n')
try:
    import prio_09
    print(9, "imported")
except SyntaxError as e:
    print(9, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_09' + ".py")
write('prio_10', 'x = )\ny = (\n')
try:
    import prio_10
    print(10, "imported")
except SyntaxError as e:
    print(10, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_10' + ".py")
write('prio_11', "x = 'abc\ny = (1 2)\n")
try:
    import prio_11
    print(11, "imported")
except SyntaxError as e:
    print(11, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_11' + ".py")
write('prio_12', 'f(1 2\n')
try:
    import prio_12
    print(12, "imported")
except SyntaxError as e:
    print(12, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_12' + ".py")
write('prio_13', 'f(1,\n  2 3\n')
try:
    import prio_13
    print(13, "imported")
except SyntaxError as e:
    print(13, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_13' + ".py")
write('prio_14', '(x := 1\n')
try:
    import prio_14
    print(14, "imported")
except SyntaxError as e:
    print(14, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_14' + ".py")
write('prio_15', 'def f(:\n    pass\n')
try:
    import prio_15
    print(15, "imported")
except SyntaxError as e:
    print(15, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_15' + ".py")
write('prio_16', 'def f(\n    a b):\n    pass\n')
try:
    import prio_16
    print(16, "imported")
except SyntaxError as e:
    print(16, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_16' + ".py")
write('prio_17', "x = 1 2 'abc\n")
try:
    import prio_17
    print(17, "imported")
except SyntaxError as e:
    print(17, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_17' + ".py")
write('prio_18', 'x = 1 2 ]\n')
try:
    import prio_18
    print(18, "imported")
except SyntaxError as e:
    print(18, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_18' + ".py")
write('prio_19', 'class C(:\n')
try:
    import prio_19
    print(19, "imported")
except SyntaxError as e:
    print(19, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_19' + ".py")
write('prio_20', 'lambda (:\n')
try:
    import prio_20
    print(20, "imported")
except SyntaxError as e:
    print(20, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_20' + ".py")
write('prio_21', 'for x in (1,2:\n')
try:
    import prio_21
    print(21, "imported")
except SyntaxError as e:
    print(21, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_21' + ".py")
write('prio_22', 'x = [\n')
try:
    import prio_22
    print(22, "imported")
except SyntaxError as e:
    print(22, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_22' + ".py")
write('prio_23', 'x = [1,\n2\n')
try:
    import prio_23
    print(23, "imported")
except SyntaxError as e:
    print(23, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_23' + ".py")
write('prio_24', '\n\nx = [1,\n2 3\n')
try:
    import prio_24
    print(24, "imported")
except SyntaxError as e:
    print(24, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_24' + ".py")
write('prio_25', 'x = 1 2\n  y = 3\n')
try:
    import prio_25
    print(25, "imported")
except SyntaxError as e:
    print(25, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_25' + ".py")
write('prio_26', 'f(:\n')
try:
    import prio_26
    print(26, "imported")
except SyntaxError as e:
    print(26, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_26' + ".py")
write('prio_27', 'f(1:\n')
try:
    import prio_27
    print(27, "imported")
except SyntaxError as e:
    print(27, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_27' + ".py")
write('prio_28', 'f(1 +\n')
try:
    import prio_28
    print(28, "imported")
except SyntaxError as e:
    print(28, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_28' + ".py")
write('prio_29', 'f(a=\n')
try:
    import prio_29
    print(29, "imported")
except SyntaxError as e:
    print(29, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_29' + ".py")
write('prio_30', 'f(a=:\n')
try:
    import prio_30
    print(30, "imported")
except SyntaxError as e:
    print(30, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_30' + ".py")
write('prio_31', 'f(**\n')
try:
    import prio_31
    print(31, "imported")
except SyntaxError as e:
    print(31, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_31' + ".py")
write('prio_32', '(\n')
try:
    import prio_32
    print(32, "imported")
except SyntaxError as e:
    print(32, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_32' + ".py")
write('prio_33', 'x = (1 if 2\n')
try:
    import prio_33
    print(33, "imported")
except SyntaxError as e:
    print(33, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_33' + ".py")
write('prio_34', 'f(if\n')
try:
    import prio_34
    print(34, "imported")
except SyntaxError as e:
    print(34, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_34' + ".py")
write('prio_35', 'x = [1,,\n')
try:
    import prio_35
    print(35, "imported")
except SyntaxError as e:
    print(35, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_35' + ".py")
write('prio_36', 'x = (def\n')
try:
    import prio_36
    print(36, "imported")
except SyntaxError as e:
    print(36, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_36' + ".py")
write('prio_37', 'f(1 +)\n')
try:
    import prio_37
    print(37, "imported")
except SyntaxError as e:
    print(37, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_37' + ".py")
write('prio_38', 'def f():\n    return 1\nreturn 2\nx = (\n')
try:
    import prio_38
    print(38, "imported")
except SyntaxError as e:
    print(38, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_38' + ".py")
write('prio_39', 'return 1\nx = 1 +\n')
try:
    import prio_39
    print(39, "imported")
except SyntaxError as e:
    print(39, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_39' + ".py")
write('prio_40', '[(i := 0) for i in r]\nx = (1 2\n')
try:
    import prio_40
    print(40, "imported")
except SyntaxError as e:
    print(40, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_40' + ".py")
write('prio_41', "x = 'abc\nreturn 1\n")
try:
    import prio_41
    print(41, "imported")
except SyntaxError as e:
    print(41, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_41' + ".py")
write('prio_42', 'y = [\n  1,\n  2\nz = 3\n')
try:
    import prio_42
    print(42, "imported")
except SyntaxError as e:
    print(42, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_42' + ".py")
write('prio_43', 'if True:\n    x = (1,\n  y = 2\n')
try:
    import prio_43
    print(43, "imported")
except SyntaxError as e:
    print(43, type(e).__name__ + ":", e.msg, e.lineno, e.offset)
os.remove('prio_43' + ".py")
