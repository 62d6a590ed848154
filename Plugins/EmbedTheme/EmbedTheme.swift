import Foundation
import PackagePlugin

/// Compiles the default theme into the `Theme` target: every file of `Layouts/` becomes an entry
/// of one generated Swift source (`EmbeddedTheme.swift`, written by `theme-source.sh` beside
/// this file, run with `/bin/sh`).
///
/// The theme reaches the target through the symbolic link `Sources/Theme/Layouts → ../../Layouts`,
/// so SwiftPM sees its files as the target's own: adding or removing a file re-plans the build
/// and runs this plugin again, and editing one re-runs the tool. (Listed from outside any
/// target, a removed file would stop the build with "missing inputs" and a new one would not
/// be embedded until the next re-plan.)
///
/// The files chosen are the ones `SiteReader` reads from a theme folder: regular files, not
/// hidden (SwiftPM leaves those out), not `Thumbs.db`; `PipelineTests.EmbeddedThemeTests`
/// checks the two agree byte for byte.
@main
struct EmbedTheme: BuildToolPlugin {
    /// The folder name, inside the target, that links to `Layouts/`.
    static let folder = "Layouts"
    /// Names never embedded, as `SiteReader.ignoredNames` (hidden ones never reach the plugin).
    static let ignoredNames: Set<String> = ["Thumbs.db"]

    /// One command: `sh theme-source.sh LAYOUTS OUTPUT PATH...`, with the script and every theme
    /// file as its inputs.
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let root = context.package.directoryURL.appending(path: "Sources/\(target.name)/\(Self.folder)")
        let prefix = root.path(percentEncoded: false) + "/"
        let files = target.sourceFiles.map(\.url)
            .filter { $0.path(percentEncoded: false).hasPrefix(prefix) && !Self.ignoredNames.contains($0.lastPathComponent) }
            .sorted { $0.path(percentEncoded: false) < $1.path(percentEncoded: false) }
        let names = files.map { String($0.path(percentEncoded: false).dropFirst(prefix.count)) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTheme.swift")
        let script = context.package.directoryURL.appending(path: "Plugins/EmbedTheme/theme-source.sh")
        return [.buildCommand(displayName: "Embedding the default theme (\(names.count) files of Layouts/)",
                              executable: URL(fileURLWithPath: "/bin/sh"),
                              arguments: [script, root, output].map { $0.path(percentEncoded: false) } + names,
                              inputFiles: [script] + files, outputFiles: [output])]
    }
}
