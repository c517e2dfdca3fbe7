import ArgumentParser
import PXClient
import PXRuntime
import PXSession
import PXShell

#if canImport(Glibc)
import Glibc
#endif

/// Options shared by the shell and `run`.
struct ShellOptions: ParsableArguments {
    @Option(name: .short, help: "Number of local engines (default: the number of CPU cores).")
    var n: Int?

    @Option(name: .long, help: "Attach to a running controller through its connection file.")
    var connect: String?

    @Option(name: .long, help: "Load a plugin library into the shell and every engine it starts.")
    var plugin: [String] = []

    @Option(name: .long, help: "Linux (colour at a terminal, the default) or NoColor (as is NO_COLOR set).")
    var colors: ColorChoice = .linux

    func settings(_ context: CommandContext) throws -> ShellSettings {
        var settings = ShellSettings(stateDirectory: context.environment.stateDirectory)
        settings.usesColor = colors == .linux
        settings.engineCount = n
        settings.connectionFile = connect
        settings.plugins = plugin
        try settings.validate()
        return settings
    }
}

/// IPython's `--colors` choices that swiftpx has.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case linux = "Linux"
    case noColor = "NoColor"

    init?(argument: String) {
        guard let choice = ColorChoice.allCases.first(where: { $0.rawValue.lowercased() == argument.lowercased() })
        else { return nil }
        self = choice
    }
}

/// `swiftpx [-n N] [--connect FILE] [--echo] [-q] [--plugin LIB]...`: the interactive shell.
struct ShellCommand: ContextCommand {
    static let configuration = CommandConfiguration(commandName: "shell", abstract: "Start the shell (the default).")

    @OptionGroup var options: ShellOptions

    @Flag(name: .long, help: "Print each input line behind its prompt (transcript mode for piped input).")
    var echo = false

    @Flag(name: .short, help: "Quiet: no banner.")
    var quiet = false

    func execute(_ context: CommandContext) throws -> Int32 {
        var settings = try options.settings(context)
        settings.echo = echo
        settings.quiet = quiet
        return try ShellLauncher.run(settings, context)
    }
}

/// `swiftpx run [--keep-going] [--display] [-n N] FILE [ARGS...]`: runs a file as `python3 FILE ARGS...` would
/// (no `Out[n]:`, no engine output echoed unless `--display`); the other arguments after the file are the
/// script's `sys.argv[1:]`.
struct RunCommand: ContextCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run a session file as a script.")

    @Flag(name: .long, help: "Go on after an error instead of stopping at the first one.")
    var keepGoing = false

    @Flag(name: .long, help: "Show bare expressions' values (Out[n]:) and engine output as they arrive, as at the prompt.")
    var display = false

    @OptionGroup var options: ShellOptions

    @Argument(parsing: .allUnrecognized,
              help: "The session file, then the arguments the script sees in sys.argv (run's own options count wherever they stand).")
    var script: [String] = []

    func validate() throws {
        guard let first = script.first, !first.hasPrefix("-") else {
            throw ValidationError("Missing expected argument '<file>'")
        }
    }

    func execute(_ context: CommandContext) throws -> Int32 {
        var settings = try options.settings(context)
        let file = script.first ?? ""
        settings.input = .script(path: file)
        settings.scriptArguments = Array(script.dropFirst())
        settings.keepGoing = keepGoing
        settings.scriptDisplay = display
        settings.quiet = true
        return try ShellLauncher.run(settings, context)
    }
}

/// Starts the cluster (embedded, or attached with `--connect`) and a shell on an interpreter thread with a
/// large stack; stops the cluster when the shell ends.
enum ShellLauncher {
    static func run(_ settings: ShellSettings, _ context: CommandContext) throws -> Int32 {
        let registry = context.registry
        var settings = settings
        settings.plugins = try PluginLoader.load(settings.plugins, into: registry)
        let local: LocalCluster?
        let attached: AttachedCluster?
        if let file = settings.connectionFile {
            attached = try AttachedCluster(file: file)
            local = nil
        } else {
            // Nothing starts until a statement needs the cluster (`Client()`, `%px`).
            let count = settings.engineCount ?? max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
            local = try LocalCluster(count: count, stateDirectory: settings.stateDirectory, plugins: settings.plugins)
            attached = nil
        }
        let clusters = ShellClusters(stateDirectory: settings.stateDirectory, plugins: settings.plugins)
        defer {
            clusters.stopAll()
            local?.stop()
        }
        let outcome: Result<Int32, any Error> = InterpreterThread.run {
            Result {
                let interpreter = Interpreter(registry: registry)
                let shell = try Shell(settings: settings, interpreter: interpreter)
                let parallel = ParallelContext.of(interpreter)
                parallel.provider = local ?? attached
                parallel.stateDirectory = settings.stateDirectory
                parallel.clusterFactory = { clusters.make($0) }
                local?.onConnect = { shell.attach($0) }
                attached?.onConnect = { shell.attach($0) }
                clusters.onConnect = { shell.attach($0) }
                return shell.run()
            }
        }
        return try outcome.get()
    }
}
