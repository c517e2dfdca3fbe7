/// How `swiftpx cluster start` runs its engines (ipyparallel's engine launchers).
public enum LauncherKind: String, CaseIterable, Codable, Sendable, CustomStringConvertible {
    /// Engine processes on this host, one per engine.
    case local
    /// One `mpiexec -n N` whose ranks are the engines (engine IDs follow the ranks).
    case mpi
    /// `ssh HOST swiftpx engine …` per engine, after copying the connection file to each host.
    case ssh
    /// An `sbatch` job whose `srun` starts the engines (engine IDs follow `SLURM_PROCID`).
    case slurm

    /// The name used on the command line and in the state file.
    public var description: String { rawValue }
}
