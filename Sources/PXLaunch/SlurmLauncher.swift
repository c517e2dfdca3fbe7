/// Engines as the tasks of a Slurm job: `sbatch` submits a script whose `srun` starts one engine per task;
/// each engine asks for its `SLURM_PROCID` as its ID. The connection file must be on a file system the
/// nodes share, and the controller must listen on an address they can reach (`--ip`).
public struct SlurmLauncher: EngineLauncher {
    /// Creates the launcher.
    public init() {}

    /// Writes the job script, then submits it with `sbatch --parsable`.
    public func startSteps(_ context: LaunchContext) throws(ClusterError) -> [LaunchStep] {
        let path = context.paths.jobScript(context.clusterID)
        return [
            .writeFile(path: path, contents: Self.script(context), mode: 0o700),
            .submit(LaunchCommand(name: "sbatch", arguments: [context.settings.sbatchCommand, "--parsable", path])),
        ]
    }

    /// `scancel JOB`.
    public func stopCommands(_ context: LaunchContext, jobID: String?) -> [LaunchCommand] {
        guard let jobID else { return [] }
        return [LaunchCommand(name: "scancel", arguments: [context.settings.scancelCommand, jobID])]
    }

    /// The job script.
    /// - Parameter context: the settings and files.
    /// - Returns: the script's text.
    public static func script(_ context: LaunchContext) -> String {
        let settings = context.settings
        var lines = [
            "#!/bin/sh",
            "#SBATCH --job-name=swiftpx-\(context.clusterID)",
            "#SBATCH --ntasks=\(settings.engineCount)",
            "#SBATCH --output=\(context.paths.logDirectory)/slurm-%j.log",
            "#SBATCH --export=ALL",
        ]
        lines += settings.sbatchOptions.map { "#SBATCH \($0)" }
        lines += [
            "# Written by swiftpx cluster start. Each task is one engine; its engine ID is its rank (SLURM_PROCID).",
            "exec srun " + ShellQuoting.join([context.engineExecutable] + context.engineArguments()),
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The job ID in `sbatch --parsable` output (`1234` or `1234;cluster`).
    /// - Parameter output: what `sbatch` printed.
    /// - Returns: the ID, or `nil` when there is none.
    public static func jobID(fromSubmitOutput output: String) -> String? {
        for line in output.split(separator: "\n") {
            let id = line.split(separator: ";").first.map { $0.trimmingSpaces() } ?? ""
            if !id.isEmpty && id.allSatisfy({ $0.isNumber || $0 == "_" }) { return String(id) }
        }
        return nil
    }
}
