import ArgumentParser

/// The `actorgraph` command: subcommands for checking, exporting,
/// rendering and describing `.ag` graphs.
struct ActorGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actorgraph",
        abstract: "Check, export, render and describe conflict actor graphs written as .ag text.",
        discussion: """
        Several files given together form one graph, so a catalogue of actors can sit beside \
        per-event files. '-' reads standard input. Exit status: 0 ok, 1 errors in the input, 2 bad usage.

        Examples:
          actorgraph check Graphs/*.ag
          actorgraph render Graphs/*.ag -o strike.svg --legend
          actorgraph export Graphs/*.ag --to timeline-svg -o timeline.svg
          actorgraph dot Graphs/*.ag --clusters --rankdir LR -o strike.dot
          actorgraph describe Graphs/*.ag
          actorgraph path Graphs/*.ag "Abu Taqwa" Iran
          actorgraph neighbors Graphs/*.ag "US military" --radius 2
          actorgraph chain Graphs/*.ag nujaba-12 --up
          actorgraph rank Graphs/*.ag --by betweenness
          actorgraph conflicts Graphs/*.ag
          actorgraph path Graphs/*.ag "Abu Taqwa" Iran --min-status confirmed --as-of 2024-01-03
          actorgraph mentions report.txt --graph Graphs/*.ag
        """,
        subcommands: [CheckCommand.self, ExportCommand.self, DotCommand.self, RenderCommand.self, DescribeCommand.self,
                      PathCommand.self, NeighborsCommand.self, ChainCommand.self, RankCommand.self,
                      ConflictsCommand.self, SourcesCommand.self, TimelineCommand.self, MentionsCommand.self, ImportCommand.self, FmtCommand.self]
    )
}
