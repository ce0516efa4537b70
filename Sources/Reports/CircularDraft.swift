/// `circular.md`: the Markdown text of the circular (通报) draft; `circular.docx` holds the same.
enum CircularDraft {
    static func render(_ summary: SweepSummary) -> String {
        CircularDocument.sweep(summary).markdown()
    }
}
