// swift-tools-version:5.9
import PackageDescription

// Design card: no Swift package dependencies. C libraries come in as system libraries.
let package = Package(
    name: "Docket",
    products: [
        .executable(name: "docket", targets: ["docket"]),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CNCursesW",
            path: "Sources/CNCursesW",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .systemLibrary(
            name: "CCrypto",
            path: "Sources/CCrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .systemLibrary(
            name: "CPostgres",
            path: "Sources/CPostgres",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        // prctl and getresuid for the privileged path of an installed (setuid) docket.
        .systemLibrary(name: "CPrivilege", path: "Sources/CPrivilege"),
        .target(
            name: "DocketEngine",
            dependencies: ["CSQLite", "CPostgres", "CCrypto"],
            // Compiled in instead (Demo/DemoAgencyText.swift): a copied binary has no bundle beside it.
            exclude: ["Resources/demo-agency.json"]
        ),
        .target(
            name: "DocketConsole",
            dependencies: ["DocketEngine", "CNCursesW"]
        ),
        .executableTarget(
            name: "docket",
            dependencies: ["DocketEngine", "DocketConsole", "CPrivilege"]
        ),
        .testTarget(name: "DocketEngineTests", dependencies: ["DocketEngine"]),
        .testTarget(name: "DocketConsoleTests", dependencies: ["DocketConsole", "DocketEngine", "CSQLite"]),
        .testTarget(name: "DocketCLITests", dependencies: ["DocketEngine", "docket"]),
    ]
)
