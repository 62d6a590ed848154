import Foundation

/// epubcheck, the EPUB validator, when it is installed: found on `PATH` or as Debian's
/// `/usr/share/java/epubcheck.jar` (a jar is run with `java -jar`). Only its exit status is
/// read, never its text: the user runs it to read the messages. Java gets a larger stack
/// (``javaOptions``): epubcheck 4.2 walks the reading order recursively and overflows the
/// default one on a book of 10,000 chapters.
enum Epubcheck {
    /// Debian's jar.
    static let debianJar = "/usr/share/java/epubcheck.jar"
    /// Given to every `java` epubcheck starts, through `JDK_JAVA_OPTIONS` (read by the `java`
    /// launcher, also when a wrapper script starts it).
    static let javaOptions = "-Xss512m"

    /// The command that runs epubcheck, without the book; nil when it is not installed.
    static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String]? {
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        let found = path.map { $0 + "/epubcheck" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        let java = path.map { $0 + "/java" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        if let found, !isJar(found) { return [found] }
        guard let java else { return nil }
        if let found { return [java, "-jar", found] }
        return FileManager.default.fileExists(atPath: debianJar) ? [java, "-jar", debianJar] : nil
    }

    /// epubcheck's exit status on `book` (0: valid), with `--failonwarnings` when `strict`; nil
    /// when it could not be started.
    static func status(of book: URL, command: [String], strict: Bool) -> Int32? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst()) + ["--quiet"] + (strict ? ["--failonwarnings"] : []) + [book.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["JDK_JAVA_OPTIONS"] = [environment["JDK_JAVA_OPTIONS"], javaOptions].compactMap { $0 }.joined(separator: " ")
        process.environment = environment
        do { try process.run() } catch { return nil }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Whether the file is a zip (a jar), which the shell cannot run.
    private static func isJar(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return handle.readData(ofLength: 2) == Data("PK".utf8)
    }
}
