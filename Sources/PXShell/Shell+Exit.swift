import PXLineEditor

extension Shell {
    /// Ctrl-D at the prompt. With tasks of this session still running or queued, says how many and asks
    /// IPython's question before leaving them; otherwise leaves at once.
    /// - Returns: Whether to leave the shell.
    func confirmsExit() -> Bool {
        guard isInteractive, !isTutorial, let n = outstandingTasks(), n > 0 else { return true }
        let them = n == 1 ? "it" : "them"
        output.line("\(n) task\(n == 1 ? " is" : "s are") still outstanding (rc.outstanding): leaving drops \(them); "
            + "rc.wait() waits for \(them).")
        return askYesNo("Do you really want to exit ([y]/n)?", default: true)
    }

    /// Asks a yes/no question as IPython's `ask_yes_no` does: `y`, `yes`, `n` or `no` in any case; an empty
    /// answer or Ctrl-D takes `default`, Ctrl-C answers no, and anything else asks again.
    func askYesNo(_ question: String, default answer: Bool) -> Bool {
        while true {
            output.flush()
            switch feed.reader.readLine(prompt: question + " ") {
            case .endOfInput: return answer
            case .interrupted: return false
            case .line(let text):
                switch text.lowercased() {
                case "": return answer
                case "y", "yes": return true
                case "n", "no": return false
                default: continue
                }
            }
        }
    }
}
