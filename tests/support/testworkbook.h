#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace lps::test {

/// One cell of a TestWorkbook: text, a number (with a number format if wanted), TRUE/FALSE, a
/// formula with the value it shows, or rich text made of runs.
struct TestCell
{
    enum class Kind
    {
        Empty,
        Text,
        Number,
        Boolean,
        Formula,
        RichText
    };

    Kind kind = Kind::Empty;
    /// The text, or the formula ("=SUM(B2:B4)").
    QString text;
    double number = 0.0;
    bool boolean = false;
    /// An Excel number format ("0%", "£#,##0.00"); none when empty.
    QString format;
    QStringList runs;

    TestCell() = default;
    TestCell(const char *value);
    TestCell(const QString &value);
    TestCell(double value);
    TestCell(int value);
    TestCell(bool value);

    static TestCell formatted(double value, const QString &format);
    /// A formula and the value a spreadsheet saved for it.
    static TestCell formula(const QString &formula, double value);
    /// Runs of differently formatted text in one cell (every second run bold).
    static TestCell rich(const QStringList &runs);
};

using TestRows = QList<QList<TestCell>>;

/// An .xlsx workbook written with libxlsxwriter, as Excel would save one, for tests of reading
/// workbooks: sheets of rows starting at any cell.
class TestWorkbook
{
public:
    /// `inlineStrings`: write text as inline strings instead of shared strings, as
    /// libxlsxwriter's constant-memory mode (and some other programs) do.
    explicit TestWorkbook(bool inlineStrings = false)
        : m_inlineStrings(inlineStrings)
    {
    }

    /// A sheet whose first row is row `firstRow` and first column `firstColumn` (1 is A).
    TestWorkbook &addSheet(const QString &name, const TestRows &rows, int firstRow = 1,
                           int firstColumn = 1);
    /// Writes the workbook to `path`; false when it could not.
    bool save(const QString &path) const;
    QByteArray bytes() const;

private:
    struct Sheet
    {
        QString name;
        TestRows rows;
        int firstRow = 1;
        int firstColumn = 1;
    };
    QList<Sheet> m_sheets;
    bool m_inlineStrings;
};

} // namespace lps::test

Q_DECLARE_METATYPE(lps::test::TestCell)
