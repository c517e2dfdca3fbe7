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

    @Option(name: .long, help: "The folder of tutorials (default: sessions/ here, else the ones built in).")
    var dir: String?

    @OptionGroup var options: ShellOptions

    func execute(_ context: CommandContext) throws -> Int32 {
        let library = dir.map { TutorialLibrary.folder($0) } ?? TutorialLibrary.automatic()
        guard let name else {
            guard !library.tutorials.isEmpty else {
                printError("No tutorials in \(library.place) (give the folder with --dir).")
                return 1
            }
            print(library.listing)
            return 0
        }
        let tutorial = try library.resolve(name)
        var settings = try options.settings(context)
        settings.input = .tutorial(path: tutorial.path, title: tutorial.name, text: tutorial.text)
        settings.quiet = true
        return try ShellLauncher.run(settings, context)
    }

    func printError(_ text: String) {
        FileHandleText.write(text + "\n", to: 2)
    }
}

/// Writes text to a file descriptor.
enum FileHandleText {
    static func write(_ text: String, to fd: Int32) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    }
}

/// The tutorials: the session files of a folder, or the ones built into the executable.
struct TutorialLibrary {
    /// One tutorial.
    struct Tutorial {
        let name: String
        let path: String
        let text: String
    }

    /// Where they come from, for messages (`sessions`, `the tutorials built into swiftpx`).
    let place: String
    /// The tutorials, sorted by name.
    let tutorials: [Tutorial]

    /// The `.px` files of `folder`.
    static func folder(_ folder: String) -> TutorialLibrary {
        let names = TextFile.names(in: folder, endingWith: ".px").map { String($0.dropLast(3)) }
        let tutorials = names.compactMap { name -> Tutorial? in
            let path = folder + "/" + name + ".px"
            return TextFile.read(path).map { Tutorial(name: name, path: path, text: $0) }
        }
        return TutorialLibrary(place: folder, tutorials: tutorials)
    }

    /// `./sessions` when it has tutorials (so edited ones are used in the repository), else the ones built in.
    static func automatic() -> TutorialLibrary {
        let local = folder("sessions")
        if !local.tutorials.isEmpty { return local }
        return TutorialLibrary(place: "the tutorials built into swiftpx", tutorials: EmbeddedTutorials.sessions.map {
            Tutorial(name: $0.name, path: "<embedded>/\($0.name).px", text: $0.text)
        })
    }

    /// The list shown by `swiftpx tutorial`: each tutorial with the first line of its opening comment.
    var listing: String {
        let width = tutorials.map(\.name.count).max() ?? 0
        var lines = ["Tutorials (\(place)):"]
        for tutorial in tutorials {
            let summary = tutorial.text.split(separator: "\n").first { $0.hasPrefix("#") }
                .map { $0.dropFirst().trimming(" ") } ?? ""
            lines.append("  " + tutorial.name + String(repeating: " ", count: width - tutorial.name.count) + "  " + summary)
        }
        if let first = tutorials.first {
            lines.append("Start one with: swiftpx tutorial NAME (a prefix such as \(first.name.prefix(2)) is enough); "
                + "Enter runs each step, c continues in the shell, q quits.")
        }
        return lines.joined(separator: "\n")
    }

    /// Tutorial `name`: a path, a name with or without `.px`, or a unique prefix.
    func resolve(_ name: String) throws -> Tutorial {
        if name.contains("/"), let text = TextFile.read(name) {
            return Tutorial(name: TutorialLibrary.title(name), path: name, text: text)
        }
        let bare = name.hasSuffix(".px") ? String(name.dropLast(3)) : name
        if let exact = tutorials.first(where: { $0.name == bare }) { return exact }
        let matches = tutorials.filter { $0.name.hasPrefix(bare) }
        if matches.count == 1 { return matches[0] }
        let known = tutorials.isEmpty ? "there are none in \(place)"
            : "choose one of: " + tutorials.map(\.name).joined(separator: ", ")
        throw ValidationError(matches.isEmpty ? "No tutorial named '\(name)'; \(known)."
            : "'\(name)' could be any of: \(matches.map(\.name).joined(separator: ", ")).")
    }

    /// The tutorial's name: its file name without folder and `.px`.
    static func title(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".px") ? String(file.dropLast(3)) : file
    }
}
