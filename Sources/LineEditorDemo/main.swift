Demo.run(arguments: Array(CommandLine.arguments.dropFirst()))
