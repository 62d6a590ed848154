import ArticleModel
import Foundation

extension Pipeline {
    /// The files and folders a build of `request` reads, for `broadsheet serve` to watch: a
    /// site's `site.yml`, `content/`, `feeds/`, `static/`, the media store and `layouts/`,
    /// or the feed files themselves; and the `--layouts` folder. Never the output or
    /// `.broadsheet/` (the build writes those).
    public static func watchedInputs(_ request: BuildRequest) -> [URL] {
        let theme = request.layouts.map { [$0] } ?? []
        switch request.source {
        case .site(let folder):
            return (["site.yml"] + InputScan.folders).map { folder.appendingPathComponent($0) } + theme
        case .feeds(let files):
            return files + theme
        }
    }

    /// The output folder a build of `request` writes (the site's `public/` unless one is given).
    public static func output(of request: BuildRequest) throws(PipelineError) -> URL {
        try outputFolder(request)
    }
}
