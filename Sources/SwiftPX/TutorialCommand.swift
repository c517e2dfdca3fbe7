import ArgumentParser
@preconcurrency import Glibc
import PXRuntime
import PXShell

/// `swiftpx tutorial [NAME]`: steps through a session of `sessions/` one statement at a time; without NAME,
/// lists them.
struct TutorialCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "tutorial", abstract: "Step through a tutorial session, one statement at a time.")

    @Argument(help: "The tutorial: its file name, a prefix such as 02, or a path (none: list them).")
    var name: String?

    @Option(name: .long, help: "The folder of tutorials (default: sessions/ here or beside the executable).")
    var dir: String?

    @OptionGroup var options: ShellOptions

    func execute(_ context: CommandContext) throws -> Int32 {
        let folder = dir ?? TutorialLibrary.defaultFolder()
        guard let name else {
            print(TutorialLibrary.listing(folder))
            return 0
        }
        let path = try TutorialLibrary.resolve(name, in: folder)
        var settings = try options.settings(context)
        settings.input = .tutorial(path: path, title: TutorialLibrary.title(path))
        settings.quiet = true
        return try ShellLauncher.run(settings, context)
    }
}

/// The tutorials in a folder of session files.
enum TutorialLibrary {
    /// `./sessions` if it exists, else the first `sessions` folder found going up from the executable's folder.
    static func defaultFolder() -> String {
        if isDirectory("sessions") { return "sessions" }
        var folder = executablePath().split(separator: "/").dropLast().map(String.init)
        while !folder.isEmpty {
            let candidate = "/" + folder.joined(separator: "/") + "/sessions"
            if isDirectory(candidate) { return candidate }
            folder.removeLast()
        }
        return "sessions"
    }

    static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return "" }
        return String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The names of the `.px` files of `folder`, without `.px`, sorted.
    static func sessions(in folder: String) -> [String] {
        TextFile.names(in: folder, endingWith: ".px").map { String($0.dropLast(3)) }
    }

    /// The list shown by `swiftpx tutorial`: each tutorial with the first line of its opening comment.
    static func listing(_ folder: String) -> String {
        let names = sessions(in: folder)
        guard !names.isEmpty else { return "No tutorials in \(folder) (give the folder with --dir)." }
        let width = names.map(\.count).max() ?? 0
        var lines = ["Tutorials in \(folder):"]
        for name in names {
            let summary = TextFile.read(folder + "/" + name + ".px").flatMap { text in
                text.split(separator: "\n").first { $0.hasPrefix("#") }.map { $0.dropFirst().trimming(" ") }
            } ?? ""
            lines.append("  " + name + String(repeating: " ", count: width - name.count) + "  " + summary)
        }
        lines.append("Start one with: swiftpx tutorial NAME (a prefix such as \(names[0].prefix(2)) is enough); "
            + "Enter runs each step, q quits.")
        return lines.joined(separator: "\n")
    }

    /// The file of tutorial `name`: a path, a file name with or without `.px`, or a unique prefix.
    static func resolve(_ name: String, in folder: String) throws -> String {
        if name.contains("/"), TextFile.read(name) != nil { return name }
        let names = sessions(in: folder)
        let bare = name.hasSuffix(".px") ? String(name.dropLast(3)) : name
        if names.contains(bare) { return folder + "/" + bare + ".px" }
        let matches = names.filter { $0.hasPrefix(bare) }
        if matches.count == 1 { return folder + "/" + matches[0] + ".px" }
        let known = names.isEmpty ? "there are none in \(folder)" : "choose one of: " + names.joined(separator: ", ")
        throw ValidationError(matches.isEmpty ? "No tutorial named '\(name)'; \(known)."
            : "'\(name)' could be any of: \(matches.joined(separator: ", ")).")
    }

    /// The tutorial's name: its file name without folder and `.px`.
    static func title(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".px") ? String(file.dropLast(3)) : file
    }
}
