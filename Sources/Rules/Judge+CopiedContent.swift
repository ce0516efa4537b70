import GovSweepProtocol

extension Judge {
    /// The copied articles of a whole sweep (``CopiedContentJudgement``) under these rules.
    public func copiedArticles(_ articles: [SignedArticle]) -> [CopiedArticle] {
        CopiedContentJudgement(rules: rules.copiedContentRules).copies(articles)
    }

    /// The copied articles among the articles of `table` (``CopiedContentJudgement``) under these rules.
    public func copiedArticles(_ table: SignatureTable) -> [CopiedArticle] {
        CopiedContentJudgement(rules: rules.copiedContentRules).copies(table)
    }

    /// `content_copied`: one finding per copied article, pointing at the copy, with the original as target.
    func copiedFindings(_ copied: [CopiedArticle], _ make: FindingMaker) -> [Finding] {
        copied.map { copy in
            make(.contentCopied, url: copy.url, target: copy.originalURL, date: copy.published,
                 detail: "文章（\(copy.published.iso)发布）与\(copy.originalSiteName)\(copy.originalPublished.iso)发布的文章内容相似度"
                     + "\(Self.percent(copy.similarity))，疑似抄袭（原文：\(copy.originalURL)）。")
        }
    }
}
