// swift-tools-version:6.1
// ClaimGraph: who said what, about whom, where, and which outlet reported it.
// One library module per stage; data flows Ingest → Extraction → Store ← Query / Render.
import PackageDescription

let package = Package(
    name: "ClaimGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "claimgraph", targets: ["claimgraph"]),
        .executable(name: "claimgraph-bench", targets: ["claimgraph-bench"]),
        .library(name: "ClaimGraphCore", targets: ["ClaimGraphCore"]),
        .library(name: "Ingest", targets: ["Ingest"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "Query", targets: ["Query"]),
        .library(name: "Render", targets: ["Render"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        .systemLibrary(name: "COpenCC", pkgConfig: "opencc", providers: [.apt(["libopencc-dev"])]),
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // mimalloc replaces malloc for the whole process (SQLite, libxml2 and the Swift runtime
        // allocate millions of small blocks per ingest); Debian ships no pkg-config file for it.
        .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"])]),
        // cy_prop / cy_propkey: one property out of stored JSON in one SQL call (Query registers them).
        .target(name: "CSQLFunctions", linkerSettings: [.linkedLibrary("sqlite3")]),

        // The phrase keys of OpenCC's dictionaries, read through its C++ API (no C call gives them).
        .target(name: "COpenCCPhrases", dependencies: ["COpenCC"]),
        .target(name: "ClaimGraphCore", dependencies: ["COpenCC", "COpenCCPhrases"]),
        // libxml2's allocator: the trees of HTML pages are built in a per-thread arena (C).
        .target(name: "CMarkupArena", dependencies: ["CLibXML2"]),
        .target(name: "Ingest", dependencies: [
            "ClaimGraphCore", "CLibXML2", "CMarkupArena", .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "Extraction", dependencies: [
            "ClaimGraphCore", .product(name: "Yams", package: "Yams"),
        ], exclude: ["README.md"], resources: [.copy("Resources")]),
        .target(name: "Store", dependencies: [
            "ClaimGraphCore", "CSQLFunctions", .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        .target(name: "Query", dependencies: [
            "ClaimGraphCore", "Store", "CSQLFunctions", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "Render", dependencies: [
            "ClaimGraphCore", "Store", "Query", "CGraphviz",
        ]),
        .executableTarget(name: "claimgraph", dependencies: [
            "ClaimGraphCore", "Ingest", "Extraction", "Store", "Query", "Render", "CEditLine", "CMimalloc",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The bench kit's six questions, timed in-process (Benchmarks/run.sh builds it in release).
        .executableTarget(name: "claimgraph-bench", dependencies: [
            "Store", "Query", .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], path: "Benchmarks/Harness"),

        // libFuzzer targets (`make fuzz`): built with `--sanitize fuzzer`, see Makefile.
        .executableTarget(name: "fuzz-readers", dependencies: ["Ingest"]),
        .executableTarget(name: "fuzz-query", dependencies: ["Query"]),

        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "CoreTests", dependencies: ["ClaimGraphCore", "COpenCC", "COpenCCPhrases", "TestSupport"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "ClaimGraphCore"], exclude: ["Fixtures"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "Ingest", "ClaimGraphCore"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Ingest", "ClaimGraphCore"]),
        .testTarget(name: "QueryTests", dependencies: ["Query", "Store", "ClaimGraphCore", "TestSupport"]),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Query", "Store", "Ingest", "Extraction", "ClaimGraphCore"]),
        .testTarget(name: "CLITests", dependencies: [
            "claimgraph", "TestSupport", "Store", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
