import ArgumentParser
import PXRuntime

/// How output of `%px` is grouped when it is not streamed.
enum OutputGrouping: String, ExpressibleByArgument, CaseIterable, Sendable {
    case type, engine, order
}

/// How `%px` and `%pxresult` show output: grouping and where to keep the AsyncResult.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Group output by type, engine or order (when not streamed).")
    var groupOutputs: OutputGrouping?

    @Flag(name: .customShort("e"), help: "Group output by engine.")
    var byEngine = false

    @Flag(name: .customShort("r"), help: "Group output in order.")
    var inOrder = false

    @Option(name: [.customShort("o"), .long], help: "Store the AsyncResult in this variable.")
    var out: String?

    /// The grouping chosen by any of the spellings.
    var grouping: OutputGrouping? {
        groupOutputs ?? (byEngine ? .engine : inOrder ? .order : nil)
    }
}

/// The options of `%px`, `%%px` and `%pxconfig`, parsed with ArgumentParser (never evaluated as code).
struct PxOptions: ParsableArguments {
    @Option(name: [.customShort("t"), .long], help: "Engines: all, an id, ids such as 0,2, or a slice such as ::2.")
    var targets: String?

    @Flag(name: [.customShort("b"), .long], help: "Wait for the result.")
    var block = false

    @Flag(name: [.customShort("a"), .long], help: "Return at once; %pxresult shows the result later.")
    var noblock = false

    @OptionGroup var output: OutputOptions

    @Flag(inversion: .prefixedNo, help: "Show output as it arrives.")
    var stream: Bool?

    @Flag(name: .long, help: "Also run the code here, in the shell.")
    var local = false

    @Option(name: .long, help: "Show a progress bar once a blocking call takes this many seconds (-1: never).")
    var progressAfter: Double?

    @Flag(inversion: .prefixedNo, help: "Say which engines run the code.")
    var verbose: Bool?

    @Flag(inversion: .prefixedNo, help: "Print the per-engine timing after every %px (for %pxconfig).")
    var timing: Bool?

    /// The grouping chosen by any of the spellings.
    var grouping: OutputGrouping? { output.grouping }

    /// Where to keep the AsyncResult.
    var out: String? { output.out }

    /// Whether blocking was chosen explicitly.
    var blocking: Bool? {
        if block { return true }
        if noblock { return false }
        return nil
    }
}

/// The defaults of `%px`, changed by `%pxconfig`.
struct PxConfig {
    var targets: String?
    var block = true
    var stream = true
    var verbose = false
    var progressAfter = 2.0
    var grouping = OutputGrouping.type
    var timing = false

    /// What `%pxconfig` alone prints: every default, spelled as the option that sets it.
    var description: String {
        func flag(_ on: Bool, _ name: String) -> String { on ? "--\(name)" : "--no-\(name)" }
        return [
            "%px defaults:",
            "  --targets \(targets ?? "all")",
            "  " + (block ? "--block" : "--noblock"),
            "  " + flag(stream, "stream"),
            "  " + flag(verbose, "verbose"),
            "  " + flag(timing, "timing"),
            "  --group-outputs \(grouping.rawValue)",
            "  --progress-after \(FloatFormatter.repr(progressAfter))",
        ].joined(separator: "\n")
    }
}

/// The options of `%pxresult`/`%result`.
typealias PxResultOptions = OutputOptions

/// The options of `%timeline`.
struct TimelineOptions: ParsableArguments {
    @Option(name: .long, help: "Write a Chrome trace (JSON, opens in Perfetto) to this file.")
    var trace: String?

    @Option(name: .long, help: "Width of the chart in columns (default: the terminal's).")
    var width: Int?

    @Argument(help: "The AsyncResult (an expression; default: the last %px result).")
    var result: [String] = []
}

/// `%engines` takes no options.
struct EnginesOptions: ParsableArguments {}

/// The options of `%timing`.
struct TimingOptions: ParsableArguments {
    @Argument(help: "The AsyncResult (an expression; default: the last %px result).")
    var result: [String] = []
}
