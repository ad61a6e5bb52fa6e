import ActorGraph
import ActorGraphDriver
import ArgumentParser
import Foundation

/// `actorgraph import`: spreadsheets, JSON, GraphML, GEXF, DOT and
/// FollowTheMoney into readable `.ag`, matched against a catalogue.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn \(FormatRegistry.tool.readers.map(\.format.name).joined(separator: ", ")) files into .ag, matched against a catalogue.",
        discussion: """
        Each input becomes a source (imp1, imp2, ...) that every imported entity and relation cites \
        with its row or element. With --catalogue, an actor found there by id, name or alias \
        (ignoring case, accents and punctuation) keeps the catalogue's id; near spellings are \
        never merged: they are listed on standard error and as comments above the new entity. \
        Nothing is written when an input has an error. See docs/import.md.

        Examples:
          actorgraph import people.csv links.csv --catalogue Graphs/catalogue.ag -o imported.ag
          actorgraph import edges.csv --mapping edges-mapping.json --catalogue Graphs/catalogue.ag -o edges.ag
          actorgraph import network.graphml --kind group --relation allied-with -o network.ag
        """
    )

    @Argument(help: ArgumentHelp("The files to import ('-' for standard input, with --from).", valueName: "input"))
    var inputs: [String]

    @Option(help: ArgumentHelp("Read every input as this format (\(FormatRegistry.tool.readers.map(\.format.name).joined(separator: ", "))); by default each file's extension or first bytes decide.", valueName: "format"))
    var from: String?

    // One file an option: a list up to the next option would take an input
    // written after it for part of the catalogue.
    @Option(help: ArgumentHelp("The graph to match against and write beside, in any readable format; repeat it for a graph of several files.", valueName: "file"))
    var catalogue: [String] = []

    @Option(help: ArgumentHelp("A JSON file saying which CSV column is what (see docs/import.md).", valueName: "file"))
    var mapping: String?

    @Option(help: ArgumentHelp("The kind of entities whose file does not say.", valueName: "kind"))
    var kind: String?

    @Option(help: ArgumentHelp("The type of relations whose file does not say.", valueName: "type"))
    var relation: String?

    @Option(name: .customLong("source-date"), help: ArgumentHelp("The date of the input files, given to the sources that stand for them (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"),
            transform: { text in
                guard let date = PartialDate(text) else { throw ValidationError("--source-date takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not '\(text)'") }
                return date
            })
    var sourceDate: PartialDate?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the .ag text ('-' for standard output).", valueName: "file"))
    var output: String = "-"

    @Flag(name: .shortAndLong, help: "Do not print warnings.")
    var quiet = false

    @Option(help: ArgumentHelp("How to write diagnostics: text, or one JSON document for editors and scripts.", valueName: "style"))
    var diagnostics: DiagnosticReporter.Style = .text

    func validate() throws {
        try InputOptions.validate(inputs)
        if output.isEmpty { throw ValidationError("-o needs a file name, or '-' for standard output") }
    }

    func run() throws {
        let reporter = DiagnosticReporter(style: diagnostics, quiet: quiet)
        try perform(reporter) { () throws(ToolError) in
            let settings = try ImportSettings(mapping: mapping.map { path throws(ToolError) in
                do { return try SourceFile.read(path: path) } catch {
                    throw ToolError(.input, id: "unreadable-file", "cannot read the mapping (\(error.localizedDescription)); check the path", path: path)
                }
            })
            let assembler = ImportAssembler(defaultKind: kind, defaultRelationType: relation, sourceDate: sourceDate)
            _ = try Importing(format: from).run(inputs, catalogue: catalogue, settings: settings, assembler: assembler, output: output, reporter: reporter)
        }
    }
}
