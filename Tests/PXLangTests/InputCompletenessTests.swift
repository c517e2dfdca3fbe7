import PXLang
import Testing

@Suite("Input completeness")
struct InputCompletenessTests {
    @Test("complete inputs", arguments: [
        ["x = 1"], ["print('a')"], ["if x: y"], ["def f():", "    return 1", ""], ["x = (1,", " 2)"],
        ["s = '''a", "b'''"], ["s = '''a", "", "b'''"], ["if x: y", "else: z"],
        ["@decorator", "def f():", "    return 1", ""],
    ])
    func complete(lines: [String]) {
        #expect(InputCompleteness.check(lines) == .complete)
    }

    @Test("inputs that need more lines", arguments: [
        ["def f():"], ["def f():", "    return 1"], ["x = (1,"], ["s = '''a"], ["for i in x:", "    pass"],
        ["x = 1 + \\"], ["if x: y", "else:"], ["if x: y", "else:", "    z"], ["s = '''a", ""],
        ["s = '''a", "", ""],
        ["@decorator"], ["@decorator", "def f():", "    return 1"], ["class A:", "    x = 1"],
    ])
    func incomplete(lines: [String]) {
        #expect(InputCompleteness.check(lines) == .incomplete)
    }
}
