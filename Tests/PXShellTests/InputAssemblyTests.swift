import PXRuntime
@testable import PXShell
import Testing

@Suite("Input assembly")
struct InputAssemblyTests {
    /// The cells a shell reads from piped text.
    func cells(_ text: String) throws -> [String] {
        let shell = try Shell(settings: ShellSettings(stateDirectory: "/tmp"), interpreter: Interpreter(),
                              reader: ScriptedReader(text))
        var result: [String] = []
        while let cell = shell.readCell() { result.append(cell.source) }
        return result
    }

    @Test("one statement per line; blocks end at a blank line")
    func basic() throws {
        #expect(try cells("x = 1\ny = 2\n") == ["x = 1", "y = 2"])
        #expect(try cells("def f():\n    return 1\n\nf()\n") == ["def f():\n    return 1\n", "f()"])
    }

    @Test("a blank line inside a block of a piped file does not end it")
    func blankInsideBlock() throws {
        let text = "def g(t):\n    import time\n\n    time.sleep(t)\n    return t\n\n\nprint(1)\n"
        #expect(try cells(text) == ["def g(t):\n    import time\n\n    time.sleep(t)\n    return t\n", "print(1)"])
    }

    @Test("an unindented line right after a block starts the next cell")
    func blockFollowedByStatement() throws {
        #expect(try cells("for i in range(2):\n    print(i)\nprint('done')\n")
                    == ["for i in range(2):\n    print(i)", "print('done')"])
        #expect(try cells("if x:\n    a\nelse:\n    b\nc\n") == ["if x:\n    a\nelse:\n    b", "c"])
    }

    @Test("open brackets continue onto the next lines")
    func brackets() throws {
        #expect(try cells("amr = v.map(\n    f, xs, chunksize=2\n)\nx\n") == ["amr = v.map(\n    f, xs, chunksize=2\n)", "x"])
    }

    @Test("magics are recognised; cell magics take the lines up to a blank line")
    func magics() throws {
        #expect(InputCell.magicName("%time x")?.name == "time")
        #expect(InputCell.magicName("%%px --targets 0")?.isCell == true)
        #expect(InputCell.magicName("x % 2") == nil)
        #expect(try cells("%%time\nx = 1\ny = 2\n\nz\n").count == 2)
    }
}

@Suite("Magic arguments")
struct MagicArgumentTests {
    @Test("leading options are separated from the code that follows")
    func options() {
        let (options, rest) = MagicArguments.leadingOptions("-n 10 -r 3 sum(x for x in 'a b')", valued: ["-n", "-r"])
        #expect(options == ["-n", "10", "-r", "3"])
        #expect(rest == "sum(x for x in 'a b')")
    }

    @Test("quoted words stay together")
    func split() {
        #expect(MagicArguments.split("a 'b c' \"d\"") == ["a", "b c", "d"])
    }

    @Test("durations are printed as IPython prints them", arguments: [
        (4.05e-6, "4.05 µs"), (0.0123, "12.3 ms"), (1.5, "1.5 s"), (2e-9, "2 ns"), (65.0, "1min 5s"),
        (0.0009996, "1 ms"), (999.7e-9, "1 µs"), (0.99996, "1 s"), (1e-15, "0 ns"),
    ])
    func durations(seconds: Double, expected: String) {
        #expect(TimeFormat.format(seconds) == expected)
    }
}
