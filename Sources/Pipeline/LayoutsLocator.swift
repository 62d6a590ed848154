import Foundation

/// Finds the default theme, `Layouts/`, that ships with Broadsheet.
public enum LayoutsLocator {
    /// In order: `$BROADSHEET_LAYOUTS` (nil when it names no folder); a `Layouts/` folder in or above the executable's
    /// folder (a build inside the repository); `../share/broadsheet/Layouts` beside the
    /// executable (an installed copy); the repository this binary was compiled from.
    public static func defaultLayouts(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let path = environment["BROADSHEET_LAYOUTS"], !path.isEmpty {
            return SiteReader.isDirectory(URL(fileURLWithPath: path)) ? URL(fileURLWithPath: path) : nil
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in [folder.appendingPathComponent("Layouts"), folder.appendingPathComponent("share/broadsheet/Layouts")]
            where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("assets").path) {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Layouts")
        return FileManager.default.fileExists(atPath: source.path) ? source : nil
    }
}
