@preconcurrency import Glibc
import PXRuntime

/// `%%file NAME` (and `%%writefile`): writes the cell's lines to a file, as IPython does: `Writing NAME`, or
/// `Overwriting NAME` when it existed; `-a` appends (`Appending to NAME`).
enum FileMagic {
    static func install(into registry: inout MagicRegistry) {
        for name in ["file", "writefile"] {
            registry.add(Magic(name: name, summary: "Write the cell's lines to a file (-a: append to it).",
                               isLine: false, isCell: true, options: nil, operand: "[-a] filename") { call in
                try write(call)
            })
        }
    }

    static func write(_ call: MagicInvocation) throws {
        let shell = call.shell
        var words = MagicArguments.split(call.arguments)
        let append = words.first == "-a" || words.first == "--append"
        if append { words.removeFirst() }
        guard words.count == 1, let path = words.first.map(unquoted) else {
            throw ShellError.usage("UsageError: the following arguments are required: filename")
        }
        let existed = access(path, F_OK) == 0
        shell.output.line(append ? "Appending to \(path)" : existed ? "Overwriting \(path)" : "Writing \(path)")
        // Through the language's open(), so a path that cannot be written raises Python's OSError.
        let vm = shell.interpreter
        guard let open = vm.registry.builtins["open"] else { return }
        let file = try vm.call(open, Arguments([.str(path), .str(append ? "a" : "w")],
                                               keywords: [(name: "encoding", value: .str("utf-8"))]))
        _ = try vm.call(try vm.attribute(file, "write"), .str((call.body ?? "") + "\n"))
        _ = try vm.call(try vm.attribute(file, "close"), Arguments([]))
    }

    /// A file name as typed, without the quotes around it.
    static func unquoted(_ word: String) -> String {
        guard word.count >= 2, let first = word.first, first == word.last, first == "'" || first == "\"" else { return word }
        return String(word.dropFirst().dropLast())
    }
}
