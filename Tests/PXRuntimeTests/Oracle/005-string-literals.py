print('single')
print("double")
print('''triple single''')
print("""triple double""")
print('it\'s', "say \"hi\"")
print("it's", 'say "hi"')
t = """line one
line two
    indented line three"""
print(t)
print(len(t))
u = '''a
b'''
print(repr(u))
print("" == '', len(""))
print('abc' 'def')
print("con" + "cat", "ab" * 3, 3 * "-")
print(repr('x'), repr("y"))
print(repr("it's"))
print(repr('say "hi"'))
print(repr('both \' and "'))
print(str('plain'))
print(repr(''))
print("""He said "yes" """)
print('''don't''')
