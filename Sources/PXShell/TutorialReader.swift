@preconcurrency import Glibc
import PXLineEditor
import PXRuntime

/// The input of `swiftpx tutorial`: shows each step (its comments and code), waits for Enter (or `q` to
/// quit), then hands the step's lines to the shell, which runs them and shows the result.
final class TutorialReader: LineReader {
    let steps: [TutorialStep]
    let title: String
    let output: ConsoleOutput
    let keys = KeyInput()
    private var next = 0
    private var queued: [String] = []

    init(steps: [TutorialStep], title: String, output: ConsoleOutput) {
        self.steps = steps
        self.title = title
        self.output = output
    }

    func write(_ text: String) {
        output.write(text, to: .stdout)
        output.flush()
    }

    func readLine(prompt: String) -> LineInput {
        if !queued.isEmpty { return .line(queued.removeFirst()) }
        // A block the shell still reads is ended by a blank line.
        if prompt.hasSuffix("...: ") { return .line("") }
        while next < steps.count {
            let step = steps[next]
            next += 1
            show(step, number: next, prompt: prompt)
            guard !step.code.isEmpty else { continue }
            guard waitForGoAhead() else { return quit() }
            queued = Array(step.code.dropFirst())
            return .line(step.code[0])
        }
        write("\nThat was the last step of \(title).\n")
        return .endOfInput
    }

    func show(_ step: TutorialStep, number: Int, prompt: String) {
        let rule = "── \(title): step \(number) of \(steps.count) "
        var text = "\n" + rule + String(repeating: "─", count: max(3, 60 - rule.count)) + "\n"
        for line in step.comments { text += line + "\n" }
        let continuation = String(repeating: " ", count: max(0, prompt.count - 5)) + "...: "
        for (i, line) in step.code.enumerated() { text += (i == 0 ? prompt : continuation) + line + "\n" }
        write(text)
    }

    /// Waits for Enter (true) or `q` (false).
    func waitForGoAhead() -> Bool {
        if output.isTerminal { write("[Enter: run it · q: quit] ") }
        defer { if output.isTerminal { write("\r\u{1B}[K") } }
        while true {
            switch keys.next() {
            case "\n", "\r", " ": return true
            case "q", "Q", nil: return false
            default: continue
            }
        }
    }

    func quit() -> LineInput {
        write("Tutorial stopped. Run it again with: swiftpx tutorial \(title)\n")
        return .endOfInput
    }
}

/// Single key presses from stdin: raw, unechoed bytes on a terminal; on a pipe, one line per press (an empty
/// line is Enter).
final class KeyInput {
    func next() -> Character? {
        guard isatty(0) != 0 else {
            guard let line = Swift.readLine(strippingNewline: true) else { return nil }
            return line.first ?? "\n"
        }
        var saved = termios()
        guard tcgetattr(0, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(0, TCSANOW, &raw)
        defer { tcsetattr(0, TCSAFLUSH, &saved) }
        var byte: UInt8 = 0
        while true {
            let n = read(0, &byte, 1)
            if n == 1 { return Character(Unicode.Scalar(byte)) }
            if n < 0, errno == EINTR { continue }
            return nil
        }
    }
}
