extension ReportMentions {
    /// The listing `actorgraph mentions` prints for the report `name`: the
    /// actors found with their spellings, counts and first line:column,
    /// the ambiguous spellings with every actor they could be, then the
    /// candidate names by frequency, single words that only open
    /// sentences last.
    public func text(in graph: Graph, report name: String) -> String {
        let actors = actors, ambiguous = ambiguous
        func plural(_ count: Int, _ word: String, _ plural: String? = nil) -> String {
            "\(count) \(count == 1 ? word : plural ?? word + "s")"
        }
        var text = "\(name): \(plural(mentions.count, "mention")) of \(plural(actors.count, "actor")), "
            + "\(plural(ambiguous.count, "ambiguous spelling")), \(plural(candidates.count, "candidate name"))\n"
        func section(_ title: String, _ rows: [[String]]) {
            guard !rows.isEmpty else { return }
            var table = TextTable()
            for row in rows { table.append(row) }
            text += "  \(title):\n" + table.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "    \($0)\n" }.joined()
        }
        func quoted(_ spellings: [String]) -> String { spellings.map { "\"\($0)\"" }.joined(separator: ", ") }
        section("actors", actors.map { [graph.entities[$0.entities[0]].id, "\($0.count)", "first \($0.line):\($0.column)", quoted($0.spellings)] })
        section("ambiguous", ambiguous.map {
            [quoted($0.spellings), "\($0.count)", "first \($0.line):\($0.column)", "could be " + $0.entities.map { graph.entities[$0].id }.joined(separator: ", ")]
        })
        section("candidates", candidates.map {
            [quoted([$0.name]), "\($0.count)", "first \($0.line):\($0.column)"] + ($0.onlyOpensSentences ? ["only opening a sentence"] : [])
        })
        return text
    }
}
