import PXRuntime

// MARK: - obj?, obj??, %help NAME, %magic --help

extension Shell {
    /// `name?` or `name??`: IPython's inspector fields for an object, or a magic's help for `%name?`.
    func introspect(_ name: String, detail: Int) {
        if name.hasPrefix("%") {
            showMagicHelp(String(name.drop { $0 == "%" }))
            return
        }
        guard Inspector.isObjectName(name), let value = lookUp(name) else {
            output.line("Object `\(name)` not found.")
            return
        }
        let inspector = Inspector(detail: detail) { [weak self] file, line in self?.sourceLines(file, from: line) }
        let fields = inspector.fields(for: value, name: name, interpreter)
        output.line(Inspector.format(fields, header: { [colors] in colors.header($0) }))
    }

    /// The value of a name path (`lv.map`, `rc[0]`), or nil when evaluating it fails.
    func lookUp(_ name: String) -> Value? {
        guard case .success(let value?) = interpreter.run(name, fileName: "<inspect>", firstLine: 1, mode: .interactive)
        else { return nil }
        return value
    }

    /// The lines of `file` from `line` on: typed cells are remembered, other files are read.
    func sourceLines(_ file: String, from line: Int) -> [String]? {
        if let cell = typedCells.last(where: {
            $0.file == file && $0.firstLine <= line && line < $0.firstLine + $0.lines.count
        }) {
            return Array(cell.lines.dropFirst(line - cell.firstLine))
        }
        guard !file.hasPrefix("<"), let text = TextFile.read(file) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return line >= 1 && line <= lines.count ? Array(lines.dropFirst(line - 1)) : nil
    }

    /// `%name --help`, `%help name`, `%name?`: the magic's usage, summary and options.
    func showMagicHelp(_ name: String) {
        guard let magic = magics.lookup(name, isCell: false) ?? magics.lookup(name, isCell: true) else {
            output.line("Object `%\(name)` not found.")
            return
        }
        output.write(magic.help(width: output.columns), to: .stdout)
    }

    /// `%help NAME`: a magic's help, or `help(NAME)` for an object.
    func help(_ name: String) {
        let name = name.trimming(" \t")
        if name.hasPrefix("%") || (magics.lookup(name, isCell: false) != nil && interpreter.globals[name] == nil) {
            showMagicHelp(String(name.drop { $0 == "%" }))
            return
        }
        guard Inspector.isObjectName(name), let value = lookUp(name) else {
            output.line("Object `\(name)` not found.")
            return
        }
        output.write(Help.text(for: value, interpreter, width: output.columns), to: .stdout)
    }
}
