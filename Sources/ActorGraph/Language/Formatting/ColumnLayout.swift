/// Pads the cells of a run of rows so that each column starts at the same
/// place: the layout of aligned `.ag` statements, shared by ``AGFormatter``
/// and ``AGWriter`` so that what one writes the other leaves unchanged.
///
/// A column is as wide as its widest cell, counted in `Character`s, except
/// that a cell wider than ``widestAligned`` does not widen it: that row
/// simply gets one space after the cell, so one long name does not push a
/// whole block to the right. A column whose cells are all empty takes no room.
struct ColumnLayout {
    /// The widest cell that still widens its column.
    static let widestAligned = 40

    /// The width of each column; -1 for one with no cell yet.
    private var widths: [Int] = []

    /// Widens the columns to hold `cells`, one row.
    mutating func measure(_ cells: [String]) {
        if widths.count < cells.count { widths += Array(repeating: -1, count: cells.count - widths.count) }
        for (column, cell) in cells.enumerated() where !cell.isEmpty {
            let width = cell.layoutWidth
            widths[column] = max(widths[column], width <= Self.widestAligned ? width : 0)
        }
    }

    /// `cells` laid out in the columns measured, each but the last
    /// non-empty one padded and followed by one space.
    func line(_ cells: [String]) -> String {
        guard let last = cells.lastIndex(where: { !$0.isEmpty }) else { return "" }
        var text = ""
        for column in 0 ..< last {
            let cell = cells[column], columnWidth = column < widths.count ? widths[column] : 0
            if cell.isEmpty, columnWidth < 0 { continue }
            text += cell
            let width = cell.layoutWidth
            if width < columnWidth { text += String(repeating: " ", count: columnWidth - width) }
            text += " "
        }
        return text + cells[last]
    }
}
