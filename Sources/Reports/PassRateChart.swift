/// A horizontal bar chart of pass rates as inline SVG (no script, no external assets).
enum PassRateChart {
    static func svg(_ groups: [SweepStatistics.Group], title: String) -> String {
        let labelWidth = 120, barWidth = 280, textWidth = 140, rowHeight = 26
        let width = labelWidth + barWidth + textWidth
        let height = max(1, groups.count) * rowHeight + 4
        var parts: [String] = []
        for (index, group) in groups.enumerated() {
            let y = index * rowHeight + 2
            let filled = Int((group.passRate * Double(barWidth)).rounded())
            let color = group.passRate >= 0.9 ? "#2e7d32" : group.passRate >= 0.6 ? "#ef8f00" : "#c62828"
            parts.append("""
                <g class="bar"><text x="\(labelWidth - 8)" y="\(y + 17)" text-anchor="end">\(HTML.escape(group.name))</text>\
                <rect x="\(labelWidth)" y="\(y + 4)" width="\(barWidth)" height="\(rowHeight - 8)" fill="#eceff1"/>\
                <rect x="\(labelWidth)" y="\(y + 4)" width="\(filled)" height="\(rowHeight - 8)" fill="\(color)"/>\
                <text x="\(labelWidth + barWidth + 8)" y="\(y + 17)">\(ReportText.percent(group.passRate))（\(group.passed)/\(group.checked)）</text></g>
                """)
        }
        if groups.isEmpty {
            parts.append("<text x=\"8\" y=\"18\">无数据</text>")
        }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="\(HTML.escape(title))" \
            viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" font-size="13">\(parts.joined())</svg>
            """
    }
}
