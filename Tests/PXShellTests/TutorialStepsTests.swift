@testable import PXShell
import Testing

@Suite("Tutorial steps")
struct TutorialStepsTests {
    @Test("comments go with the statement after them; one statement per step")
    func commentsAndStatements() {
        let steps = TutorialSteps.parse("# Intro\n# more\nx = 1\ny = 2\n\n# Last\nprint(x + y)\n")
        #expect(steps == [
            TutorialStep(comments: ["# Intro", "# more"], code: ["x = 1"]),
            TutorialStep(comments: [], code: ["y = 2"]),
            TutorialStep(comments: ["# Last"], code: ["print(x + y)"]),
        ])
    }

    @Test("a block, with a blank line inside it, is one step; so is a bracket over several lines")
    func blocks() {
        let text = "def f(x):\n    y = x\n\n    return y\n\nf(1)\ntotal = sum([\n    1,\n2])\nif x:\n    pass\nelse:\n    pass\n"
        #expect(TutorialSteps.parse(text).map(\.code) == [
            ["def f(x):", "    y = x", "", "    return y"],
            ["f(1)"],
            ["total = sum([", "    1,", "2])"],
            ["if x:", "    pass", "else:", "    pass"],
        ])
    }

    @Test("a %%px cell runs to its blank line; trailing comments are a last step without code")
    func cellsAndTrailingComments() {
        let steps = TutorialSteps.parse("%%px --targets 0\nimport os\nos.getpid()\n\n%px a = 1\n# the end\n")
        #expect(steps.map(\.code) == [["%%px --targets 0", "import os", "os.getpid()"], ["%px a = 1"], []])
        #expect(steps.last?.comments == ["# the end"])
    }
}
