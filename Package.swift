// swift-tools-version:6.0
import PackageDescription

// The core library `ActorGraph` is pure Swift. Everything that links Graphviz
// (the `CGraphviz` system library, `ActorGraphRender`, the CLI and their tests)
// is left out when ACTORGRAPH_CORE_ONLY=1, so the core builds and tests on a
// machine without libgraphviz-dev:
//     ACTORGRAPH_CORE_ONLY=1 swift test --scratch-path .build-core
let coreOnly = Context.environment["ACTORGRAPH_CORE_ONLY"] == "1"

var products: [Product] = [
    .library(name: "ActorGraph", targets: ["ActorGraph"]),
]
var targets: [Target] = [
    .target(name: "ActorGraph"),
    // Seeded random graphs, shared by the benchmark and the property tests.
    .target(name: "SyntheticGraphs"),
    .testTarget(name: "SyntheticGraphsTests", dependencies: ["ActorGraph", "SyntheticGraphs"]),
    .testTarget(
        name: "ActorGraphTests",
        dependencies: ["ActorGraph", "SyntheticGraphs"],
        // Golden files are read from the source tree, so they can be re-recorded there.
        exclude: ["Golden/Expected"],
        resources: [.copy("Fixtures")]
    ),
]

if !coreOnly {
    products += [
        .library(name: "ActorGraphRender", targets: ["ActorGraphRender"]),
        .library(name: "ActorGraphDriver", targets: ["ActorGraphDriver"]),
        .executable(name: "actorgraph", targets: ["actorgraph"]),
        .executable(name: "actorgraph-bench", targets: ["actorgraph-bench"]),
    ]
    targets += [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "ActorGraphRender", dependencies: ["CGraphviz"]),
        // What the command-line tool does, as a library: loading any
        // registered format with the diagnostic policy, selections by name,
        // Graphviz images as exporters, atomic output.
        .target(name: "ActorGraphDriver", dependencies: ["ActorGraph", "ActorGraphRender"]),
        .executableTarget(
            name: "actorgraph",
            dependencies: [
                "ActorGraph",
                "ActorGraphDriver",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "actorgraph-bench", dependencies: ["ActorGraph", "SyntheticGraphs"]),
        .testTarget(name: "ActorGraphRenderTests", dependencies: ["ActorGraph", "ActorGraphRender"]),
        .testTarget(name: "ActorGraphDriverTests", dependencies: ["ActorGraph", "ActorGraphDriver", "SyntheticGraphs"]),
        .testTarget(name: "actorgraphTests", dependencies: ["actorgraph"]),
    ]
}

let package = Package(
    name: "ActorGraph",
    products: products,
    dependencies: coreOnly ? [] : [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `swift package generate-documentation --target ActorGraph` builds the DocC catalogue.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: targets
)
