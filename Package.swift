// swift-tools-version:6.0
// Broadsheet: an offline static-site and e-book builder for article collections.
//
// The targets form a star around `ArticleModel`. Stage targets (FeedImport, HTMLToMarkdown,
// MarkdownRender, SiteBuild, EbookBundle, PageExtract, AutoTags) never import each other; only `Pipeline` composes
// them. Each C library is wrapped by exactly one Swift target: libxml2 by `MarkupTree`,
// libcmark by `MarkdownRender`, ICU's charset detector by `TextEncoding`, libgd by `ImageKit`,
// libcrypto by `Digest`. Only `WebFetch` touches the network, and only `broadsheet fetch` uses it;
// `SiteServe` (FlyingFox) listens on 127.0.0.1 for `broadsheet serve`, and `Pipeline` never imports it.
import PackageDescription

let package = Package(
    name: "Broadsheet",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "broadsheet", targets: ["broadsheet"]),
        .executable(name: "broadsheet-fuzz", targets: ["broadsheet-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // The HTTP server of `broadsheet serve` (SiteServe), and the one `fetch`'s tests start on 127.0.0.1.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    targets: [
        // C libraries from Debian (libcmark-dev, libxml2-dev, libicu-dev, libgd-dev).
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CGD", pkgConfig: "gdlib", providers: [.apt(["libgd-dev"])]),

        // The model every stage shares. No external dependencies.
        .target(name: "ArticleModel"),

        // Wrappers: one Swift target per external library.
        .target(name: "MarkupTree", dependencies: ["CLibXML2"]),
        .target(name: "Templating", dependencies: [.product(name: "Mustache", package: "swift-mustache")]),
        .target(name: "SiteFiles", dependencies: ["ArticleModel", "Yams"]),
        .target(name: "HTMLSanitizer", dependencies: ["ArticleModel", "MarkupTree"]),
        // ICU's charset detector behind one C function (libicu-dev); its headers stay in CICU.c.
        .target(name: "CICU", linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]),
        .target(name: "TextEncoding", dependencies: ["ArticleModel", "CICU"]),
        // SHA-256 from libcrypto (libssl-dev): names in the media store, fingerprints of fetched feeds.
        .target(name: "Digest", dependencies: ["CCrypto"]),
        // The network, for `broadsheet fetch` only: Foundation's URLSession (libcurl on Linux).
        .target(name: "WebFetch", dependencies: ["ArticleModel"]),
        // Pictures: headers read in Swift; decoding, resizing, re-encoding and the book cover with
        // libgd (libgd-dev; its text with fonts-dejavu-core through fontconfig).
        .target(name: "ImageKit", dependencies: ["ArticleModel", "CGD"]),

        // Stages.
        .target(name: "FeedImport", dependencies: ["ArticleModel", "MarkupTree", "TextEncoding"]),
        .target(name: "HTMLToMarkdown", dependencies: ["ArticleModel", "MarkupTree", "HTMLSanitizer"]),
        .target(name: "MarkdownRender", dependencies: ["ArticleModel", "CCmark"]),
        .target(name: "SiteBuild", dependencies: ["ArticleModel", "Templating"]),
        .target(name: "EbookBundle", dependencies: ["ArticleModel", "MarkupTree", "ZIPFoundation"]),
        .target(name: "AutoTags", dependencies: ["ArticleModel"]),
        // Whole web pages → the article and its metadata (extraction in the spirit of Readability).
        .target(name: "PageExtract", dependencies: ["ArticleModel", "MarkupTree"]),
        // A built output checked from its files: links, anchors, pictures, stylesheets, feeds.
        .target(name: "SiteCheck", dependencies: ["ArticleModel", "MarkupTree"]),
        // `broadsheet serve`: a built output on 127.0.0.1, with live reload (FlyingFox; elsewhere only in FetchTests).
        .target(name: "SiteServe", dependencies: ["ArticleModel", .product(name: "FlyingFox", package: "FlyingFox")]),

        // The default theme compiled in: the EmbedTheme plugin turns every file of Layouts/ (linked
        // as Sources/Theme/Layouts) into Swift source (Plugins/EmbedTheme/theme-source.sh), at each build.
        .plugin(name: "EmbedTheme", capability: .buildTool()),
        .target(name: "Theme", plugins: ["EmbedTheme"]),
        // broadsheet.1 from the binary's own help texts, for `make install`.
        .executableTarget(name: "manual-page"),

        // Composition and the command line.
        .target(name: "Pipeline", dependencies: [
            "ArticleModel", "FeedImport", "HTMLToMarkdown", "HTMLSanitizer", "MarkdownRender",
            "SiteFiles", "Templating", "SiteBuild", "EbookBundle", "TextEncoding", "PageExtract", "AutoTags",
            "ImageKit", "Digest", "WebFetch", "SiteCheck", "Theme",
        ]),
        .executableTarget(name: "broadsheet", dependencies: [
            "Pipeline", "ArticleModel", "SiteServe",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Fuzzing: the targets as a library (the seed-corpus test runs them too) and the binary
        // that runs them, under libFuzzer when built with -DFUZZING (see scripts/fuzz.sh).
        .target(name: "FuzzTargets", dependencies: [
            "ArticleModel", "FeedImport", "HTMLToMarkdown", "HTMLSanitizer", "MarkdownRender", "MarkupTree", "SiteFiles", "ImageKit",
        ]),
        .executableTarget(name: "broadsheet-fuzz", dependencies: ["FuzzTargets"]),

        // Tests, one target per stage plus end to end.
        .testTarget(name: "ArticleModelTests", dependencies: ["ArticleModel"]),
        .testTarget(name: "TextEncodingTests", dependencies: ["TextEncoding", "ArticleModel"]),
        .testTarget(name: "FeedImportTests", dependencies: ["FeedImport", "ArticleModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "HTMLToMarkdownTests", dependencies: ["HTMLToMarkdown", "HTMLSanitizer", "MarkdownRender", "MarkupTree", "ArticleModel"], resources: [.copy("Spec")]),
        .testTarget(name: "AutoTagsTests", dependencies: ["AutoTags", "ArticleModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ImageKitTests", dependencies: ["ImageKit", "ArticleModel"], exclude: ["make-fixtures.py"], resources: [.copy("Fixtures")]),
        .testTarget(name: "MarkdownRenderTests", dependencies: ["MarkdownRender", "ArticleModel"]),
        .testTarget(name: "SiteFilesTests", dependencies: ["SiteFiles", "ArticleModel"]),
        .testTarget(name: "SiteBuildTests", dependencies: ["SiteBuild", "Templating", "ArticleModel", "MarkupTree", "SiteCheck", "SiteFiles"]),
        .testTarget(name: "EbookBundleTests", dependencies: ["EbookBundle", "ArticleModel", "ZIPFoundation", "MarkupTree"]),
        .testTarget(name: "PageExtractTests", dependencies: ["PageExtract", "Pipeline", "HTMLToMarkdown", "MarkupTree", "ArticleModel"], resources: [.copy("Pages")]),
        .testTarget(name: "SiteCheckTests", dependencies: ["SiteCheck", "ArticleModel"], exclude: ["Fixtures"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "ArticleModel", "MarkupTree", "FuzzTargets", "ImageKit", "SiteCheck", "Theme"],
                    exclude: ["Help"]),
        // `fetch` against a real HTTP server on 127.0.0.1; the digest's test vectors.
        .testTarget(name: "FetchTests", dependencies: [
            "Pipeline", "WebFetch", "Digest", "SiteFiles", "ArticleModel",
            .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
        ], exclude: ["make-fixtures.py"], resources: [.copy("Fixtures")]),
        // `broadsheet serve`: paths, types and the reload script in memory; the real binary on 127.0.0.1.
        .testTarget(name: "ServeTests", dependencies: ["SiteServe"]),
    ]
)
