# oracle: script — an inline `if` body followed by `else:` on the next line, as swiftpx run reads the file
x = 1
if x: print("a")
else: print("b")
y = 0
if y: print("c")
else: print("d")
for i in range(3):
    if i % 2: print(i, "odd")
    elif i == 0: print(i, "zero")
    else: print(i, "even")
while x < 3: x += 1
else: print("while done", x)
for ch in "ab": print(ch, end=" ")
else: print("for done")
try: print("try")
except ValueError: print("never")
else: print("else")
finally: print("finally")
def f(n):
    if n > 0: return "positive"
    else: return "not positive"
print(f(1), f(-1))
