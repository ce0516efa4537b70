import GovSweepProtocol
import Testing
@testable import PageAnalysis

@Suite("Column names: numeric ideographs from a table")
struct NumericIdeographTests {
    @Test("the table agrees with the numeric type of every CJK unified ideograph")
    func everyIdeograph() {
        var disagreements: [UInt32] = []
        for value in UInt32(0x4E00)...0x9FFF {
            let numeric = Unicode.Scalar(value)?.properties.numericType != nil
            if ColumnClassifier.isNumericIdeograph(value) != numeric { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty)
        #expect(ColumnClassifier.isNumericIdeograph(0x4E00))  // 一
        #expect(!ColumnClassifier.isNumericIdeograph(0x653F))  // 政
    }

    @Test("a name holding a numeral ideograph is not a column name")
    func numeralName() {
        #expect(ColumnClassifier.category(forName: "第三季度") == nil)
        #expect(ColumnClassifier.category(forName: "工作动态") == .news)
    }
}
