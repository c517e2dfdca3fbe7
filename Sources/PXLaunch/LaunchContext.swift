/// What a launcher needs to plan: the settings, the cluster's ID and files.
public struct LaunchContext: Hashable, Sendable {
    /// The settings of `start`.
    public var settings: ClusterSettings
    /// The cluster's ID (in file names and process command lines).
    public var clusterID: String
    /// The engine connection file on this host.
    public var engineFile: String

    /// Creates a context.
    /// - Parameters:
    ///   - settings: the settings.
    ///   - clusterID: the cluster's ID.
    ///   - engineFile: the engine connection file. Default: the profile's engine file for `clusterID`.
    public init(settings: ClusterSettings, clusterID: String, engineFile: String? = nil) {
        self.settings = settings
        self.clusterID = clusterID
        self.engineFile = engineFile ?? settings.paths.engineFile(clusterID)
    }

    /// The files of the profile.
    public var paths: ClusterPaths { settings.paths }

    /// The program run as an engine on other hosts and under `mpiexec`/`srun`.
    public var engineExecutable: String { settings.engineExecutable ?? settings.executable }

    /// `engine --file FILE [--plugin LIB]...`: the arguments after the executable.
    /// - Parameter file: the connection file as the engine sees it. Default: ``engineFile``.
    public func engineArguments(file: String? = nil) -> [String] {
        var arguments = ["engine", "--file", file ?? engineFile]
        for plugin in settings.plugins { arguments += ["--plugin", plugin] }
        return arguments
    }
}
