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
    /// Makes the reader the shell goes on with when the person presses `c`.
    let makeShellReader: () -> (any LineReader)?
    private var shellReader: (any LineReader)?

    init(steps: [TutorialStep], title: String, output: ConsoleOutput,
         makeShellReader: @escaping () -> (any LineReader)?) {
        self.steps = steps
        self.title = title
        self.output = output
        self.makeShellReader = makeShellReader
    }

    func write(_ text: String) {
        output.write(text, to: .stdout)
        output.flush()
    }

    func readLine(prompt: String) -> LineInput {
        if let shellReader { return shellReader.readLine(prompt: prompt) }
        if !queued.isEmpty { return .line(queued.removeFirst()) }
        // A block the shell still reads is ended by a blank line.
        if prompt.contains("...: ") { return .line("") }
        while next < steps.count {
            let step = steps[next]
            next += 1
            show(step, number: next, prompt: prompt)
            guard !step.code.isEmpty else { continue }
            switch waitForGoAhead() {
            case .run: break
            case .quit: return quit()
            case .shell:
                guard let reader = makeShellReader() else { return quit() }
                write("Continuing in the shell: the tutorial's names are yours. Ctrl-D exits.\n")
                shellReader = reader
                return reader.readLine(prompt: prompt)
            }
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
        let continuation = String(repeating: " ", count: max(0, TerminalText.promptWidth(prompt) - 5)) + "...: "
        for (i, line) in step.code.enumerated() { text += (i == 0 ? prompt : continuation) + line + "\n" }
        write(text)
    }

    /// What the person chose at a step.
    enum Choice {
        case run, quit, shell
    }

    /// Waits for Enter (run the step), `q` (quit) or `c` (continue in the shell). Engine output arriving
    /// meanwhile is printed above the hint, never on it.
    func waitForGoAhead() -> Choice {
        output.setStatusLine("[Enter: run it · c: continue in the shell · q: quit] ")
        defer { output.setStatusLine(nil) }
        while true {
            switch keys.next() {
            case "\n", "\r", " ": return .run
            case "c", "C": return .shell
            case "q", "Q", nil: return .quit
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
            // Byte by byte, unbuffered: after `c` the shell reads the rest of the pipe itself.
            guard let line = KeyInput.readLine() else { return nil }
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
        return KeyInput.readByte().map { Character(Unicode.Scalar($0)) }
    }

    static func readByte() -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let n = read(0, &byte, 1)
            if n == 1 { return byte }
            if n < 0, errno == EINTR { continue }
            return nil
        }
    }

    /// One line of stdin without its newline; nil at the end of input.
    static func readLine() -> String? {
        var bytes: [UInt8] = []
        while let byte = readByte() {
            if byte == 10 { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }
}
