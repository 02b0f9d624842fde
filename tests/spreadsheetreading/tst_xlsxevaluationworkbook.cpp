// The workbook that `lps export --xlsx` writes, read back with our own reader: the Services
// sheet holds every service's money to the minor unit as numbers, and its totals are SUM
// formulas whose saved values are the exact totals.
#include "csv/moneyparser.h"
#include "demo/demoplan.h"
#include "model/plan.h"
#include "reports/evaluation.h"
#include "spreadsheetreading/xlsxworkbookreader.h"
#include "spreadsheets/evaluationworkbook.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lps;

using Cell = XlsxWorkbook::Cell;

class TestXlsxEvaluationWorkbook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servicesSheetEqualsTheEvaluation();
    void totalsAreSumFormulas_data();
    void totalsAreSumFormulas();

private:
    QTemporaryDir m_dir;
    Evaluation m_evaluation;
    XlsxWorkbook m_workbook;
};

namespace {

// A money cell as the import would take it: its text through the money rule, exactly.
qint64 minorOf(const Cell *cell)
{
    if (!cell)
        return -1;
    const MoneyParser::Result parsed = MoneyParser().parse(cell->text);
    return parsed.ok() ? parsed.minor : -1;
}

} // namespace

void TestXlsxEvaluationWorkbook::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Plan plan = DemoPlan::plan();
    m_evaluation = Evaluation::of(plan, plan.baseline()->id, {0, 1});
    const QString path = m_dir.filePath(QStringLiteral("demo.xlsx"));
    QCOMPARE(EvaluationWorkbook::write(path, plan, m_evaluation), QString());
    m_workbook = XlsxWorkbookReader::readFile(path);
    QVERIFY2(m_workbook.ok(), qPrintable(m_workbook.problem));
}

void TestXlsxEvaluationWorkbook::servicesSheetEqualsTheEvaluation()
{
    QCOMPARE(
        m_workbook.sheetNames(),
        (QStringList{QStringLiteral("About"), QStringLiteral("Tiers"), QStringLiteral("Services"),
                     QStringLiteral("Resources"), QStringLiteral("Funding"),
                     QStringLiteral("Sectors"), QStringLiteral("Years")}));
    const XlsxWorkbook::Sheet *sheet = m_workbook.sheet(QStringLiteral("Services"));
    QVERIFY(sheet);
    QCOMPARE(sheet->problem, QString());
    QCOMPARE(sheet->cell(QStringLiteral("E1"))->text, QStringLiteral("cost"));
    int row = 2;
    qsizetype checked = 0;
    for (const YearResult &year : m_evaluation.years) {
        for (const ServiceOutcome &service : year.services) {
            QCOMPARE(sheet->cell(row, 1)->text, m_evaluation.yearLabel(year.calendarYear));
            QCOMPARE(sheet->cell(row, 2)->text, service.id);
            for (const auto &[column, amount] :
                 {qMakePair(5, service.cost), qMakePair(6, service.funded),
                  qMakePair(7, service.cost - service.funded)}) {
                const Cell *cell = sheet->cell(row, column);
                QVERIFY(cell);
                QCOMPARE(cell->kind, Cell::Kind::Number);
                QVERIFY(!cell->formula);
                QCOMPARE(minorOf(cell), amount.minor());
            }
            ++row;
            ++checked;
        }
    }
    QVERIFY(checked >= 2 * 30);
    QCOMPARE(sheet->cell(row, 1)->text, QStringLiteral("Total"));
}

void TestXlsxEvaluationWorkbook::totalsAreSumFormulas_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("letter");
    QTest::newRow("cost") << 5 << QStringLiteral("E");
    QTest::newRow("funded") << 6 << QStringLiteral("F");
    QTest::newRow("gap") << 7 << QStringLiteral("G");
}

void TestXlsxEvaluationWorkbook::totalsAreSumFormulas()
{
    QFETCH(int, column);
    QFETCH(QString, letter);
    const XlsxWorkbook::Sheet *sheet = m_workbook.sheet(QStringLiteral("Services"));
    QVERIFY(sheet);
    qint64 sum = 0;
    int last = 1;
    for (const YearResult &year : m_evaluation.years) {
        for (const ServiceOutcome &service : year.services) {
            sum += column == 5   ? service.cost.minor()
                   : column == 6 ? service.funded.minor()
                                 : (service.cost - service.funded).minor();
            ++last;
        }
    }
    const Cell *total = sheet->cell(last + 1, column);
    QVERIFY(total);
    QCOMPARE(total->formula.value_or(QString()),
             QStringLiteral("SUM(%1%2:%1%3)").arg(letter).arg(2).arg(last));
    QCOMPARE(total->kind, Cell::Kind::Number);
    QCOMPARE(minorOf(total), sum);
}

QTEST_GUILESS_MAIN(TestXlsxEvaluationWorkbook)
#include "tst_xlsxevaluationworkbook.moc"
