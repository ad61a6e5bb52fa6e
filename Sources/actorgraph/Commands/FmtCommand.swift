import ActorGraph
import ActorGraphDriver
import ArgumentParser

/// `actorgraph fmt`: rewrites `.ag` files in the canonical layout.
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite .ag files in the canonical layout, keeping every comment where it belongs.",
        discussion: """
        Statements keep their order; spacing, alignment and line breaks are normalised (see "Formatting" in \
        docs/language.md). Each file is rewritten in place, atomically, only if it changes; '-' reads standard \
        input and writes standard output. A file with syntax errors is left untouched and its errors are shown; \
        references to actors declared in other files are not errors here. Exit status 1 if any file has errors \
        or, with --check, is not formatted.

        Examples:
          actorgraph fmt Graphs/*.ag
          actorgraph fmt --check Graphs/*.ag
          cat draft.ag | actorgraph fmt -
        """
    )

    @Argument(help: ArgumentHelp("The .ag files to format ('-' for standard input).", valueName: "file"))
    var files: [String]

    @Flag(help: "Write nothing: print the files that are not formatted, one a line, and exit 1 if there are any.")
    var check = false

    @Option(help: ArgumentHelp("How to write diagnostics: text, or one JSON document for editors and scripts.", valueName: "style"))
    var diagnostics: DiagnosticReporter.Style = .text

    func validate() throws {
        try InputOptions.validate(files)
    }

    func run() throws {
        let reporter = DiagnosticReporter(style: diagnostics)
        try perform(reporter) { () throws(ToolError) in
            var failed = false
            var unformatted: [String] = []
            for path in files {
                do throws(ToolError) {
                    let file = try GraphLoader.read(path)
                    let result = AGFormatter.format(file, diagnosticLimit: reporter.cap)
                    guard let text = result.text else {
                        reporter.report(result.diagnostics)
                        failed = true
                        continue
                    }
                    let formatted = Array(text.utf8)
                    if check {
                        if formatted != file.bytes { unformatted.append(path) }
                    } else if path == "-" {
                        try StandardOutput.write(formatted)
                    } else if formatted != file.bytes {
                        try OutputDestination(path: path).write(formatted)
                    }
                } catch {
                    reporter.report(error)
                    failed = true
                }
            }
            for path in unformatted { try StandardOutput.print(path + "\n") }
            if failed || !unformatted.isEmpty { throw ToolError(.input, id: "not-formatted", "", alreadyReported: true) }
        }
    }
}
