// The CSV that lps writes is safe to open in a spreadsheet and pivots (issue 14): a name that
// looks like a formula stays text in every CSV writer, and the funding matrix has one row per
// service and resource that adds up to each service's funding to the penny.

#include "clifixtures.h"
#include "csv/csvreader.h"

#include <QRegularExpression>

using namespace lps;
using namespace lps::clifixtures;

class TestCliSpreadsheets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formulaNamesStayText_data();
    void formulaNamesStayText();
    void fundingRowsAddUpToEachService();
    void tableIsForCsv_data();
    void tableIsForCsv();
    void workbookEqualsTheEvaluation();
    void workbookNamesAreNeverFormulas();
    void workbookRefusals_data();
    void workbookRefusals();

private:
    QTemporaryDir m_dir;
    QString m_plan;
};

namespace {

// Names a spreadsheet would run: the classic DDE payload, and each character that starts a
// formula in Excel, LibreOffice or Google Sheets.
const QString kServiceFormula = QStringLiteral("=cmd|' /C calc'!A0");
const QString kServicePlus = QStringLiteral("+SUM(1,2)");
const QString kResourceAt = QStringLiteral("@HYPERLINK(\"http://x\",\"y\")");
const QString kResourceMinus = QStringLiteral("-2+3");

CsvTable parse(const QByteArray &bytes)
{
    return CsvReader::read(bytes, QStringLiteral("output.csv"));
}

// The workbook as a second reader (openpyxl) sees it.
QJsonObject readWorkbook(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(LPS_READ_WORKBOOK), path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
        qWarning("readworkbook.py: %s", python.readAllStandardError().constData());
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

qint64 pence(const QJsonValue &pounds)
{
    return qint64(std::llround(pounds.toDouble() * 100.0));
}

qint64 pence(const QString &pounds)
{
    return qint64(std::llround(pounds.toDouble() * 100.0));
}

} // namespace

void TestCliSpreadsheets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Plan plan = DemoPlan::plan();
    plan.services[0].name = kServiceFormula;
    plan.services[12].name = kServicePlus;
    plan.resources[0].name = kResourceAt;
    plan.resources[18].name = kResourceMinus; // council tax: it funds many services
    m_plan = m_dir.filePath(QStringLiteral("formulas.json"));
    QVERIFY(write(m_plan, PlanJsonWriter::write(plan)));
}

void TestCliSpreadsheets::formulaNamesStayText_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("names");
    const QStringList services{kServiceFormula, kServicePlus};
    QTest::newRow("evaluate") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--year"),
                                             QStringLiteral("0"), QStringLiteral("--format"),
                                             QStringLiteral("csv")}
                              << services;
    QTest::newRow("evaluate, funding")
        << QStringList{QStringLiteral("evaluate"), QStringLiteral("--year"),
                       QStringLiteral("0"),        QStringLiteral("--format"),
                       QStringLiteral("csv"),      QStringLiteral("--table"),
                       QStringLiteral("funding")}
        << (services + QStringList{kResourceAt, kResourceMinus});
    QTest::newRow("compare") << QStringList{QStringLiteral("compare"),
                                            QStringLiteral("--base"),
                                            QStringLiteral("baseline"),
                                            QStringLiteral("--scenario"),
                                            QStringLiteral("provider-failure"),
                                            QStringLiteral("--year"),
                                            QStringLiteral("0"),
                                            QStringLiteral("--format"),
                                            QStringLiteral("csv")}
                             << QStringList{};
    QTest::newRow("resilience") << QStringList{QStringLiteral("resilience"),
                                               QStringLiteral("--format"), QStringLiteral("csv")}
                                << QStringList{kResourceAt, kResourceMinus};
}

void TestCliSpreadsheets::formulaNamesStayText()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, names);
    arguments.insert(1, m_plan);
    const Run run = runLps(arguments);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const CsvTable table = parse(run.out);
    QVERIFY2(table.problems.isEmpty(), qPrintable(table.problems.value(0).toString()));
    QVERIFY(!table.records.isEmpty());
    // A cell may start with a formula character only when it is a number ("-1234.50").
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    QStringList cells;
    for (const CsvRecord &record : table.records) {
        for (const QString &cell : record.fields) {
            cells << cell;
            const bool formula = !cell.isEmpty() && QStringLiteral("=+-@").contains(cell.front());
            QVERIFY2(!formula || number.match(cell).hasMatch(),
                     qPrintable(QStringLiteral("row %1: %2").arg(record.row).arg(cell)));
        }
    }
    // Each name is there, as text behind an apostrophe, and nowhere bare.
    for (const QString &name : names)
        QVERIFY2(cells.contains(QLatin1Char('\'') + name), qPrintable(name));
}

void TestCliSpreadsheets::fundingRowsAddUpToEachService()
{
    const QString file = m_dir.filePath(QStringLiteral("demo.lpsb"));
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    const Run services = runLps(
        {QStringLiteral("evaluate"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    const Run funding =
        runLps({QStringLiteral("evaluate"), file, QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--table"), QStringLiteral("funding")});
    QVERIFY2(services.code == 0 && funding.code == 0, qPrintable(services.err + funding.err));
    const CsvTable perService = parse(services.out);
    const CsvTable matrix = parse(funding.out);
    QCOMPARE(matrix.header, (QStringList{QStringLiteral("year"), QStringLiteral("scenario"),
                                         QStringLiteral("service_id"), QStringLiteral("service"),
                                         QStringLiteral("tier"), QStringLiteral("resource_id"),
                                         QStringLiteral("resource"), QStringLiteral("sector"),
                                         QStringLiteral("amount")}));
    // In pence, so that the sums are exact.
    const auto pence = [](const QString &pounds) {
        return qint64(std::llround(pounds.toDouble() * 100.0));
    };
    QHash<QString, qint64> fromMatrix;
    for (const CsvRecord &row : matrix.records) {
        QVERIFY(pence(row.field(8)) > 0);
        QVERIFY(!row.field(7).isEmpty()); // every resource has its sector
        fromMatrix[row.field(0) + u'/' + row.field(2)] += pence(row.field(8));
    }
    int funded = 0;
    for (const CsvRecord &row : perService.records) {
        const qint64 expected = pence(row.field(6)); // funded
        QCOMPARE(fromMatrix.value(row.field(0) + u'/' + row.field(2)), expected);
        funded += expected > 0;
    }
    QCOMPARE(fromMatrix.size(), funded);
    QCOMPARE(perService.records.size(), 35 * 5);
}

void TestCliSpreadsheets::tableIsForCsv_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("without --format csv")
        << QStringList{QStringLiteral("--table"), QStringLiteral("funding")}
        << QStringLiteral("--table chooses a CSV's rows: add --format csv");
    QTest::newRow("an unknown table")
        << QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--table"),
                       QStringLiteral("sources")}
        << QStringLiteral("--table takes services or funding, not \"sources\"");
}

void TestCliSpreadsheets::tableIsForCsv()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const Run run = runLps(QStringList{QStringLiteral("evaluate"), m_plan} + options);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCliSpreadsheets::workbookEqualsTheEvaluation()
{
    const QString file = m_dir.filePath(QStringLiteral("demo.lpsb"));
    const QString book = m_dir.filePath(QStringLiteral("cut.xlsx"));
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    const QStringList scenario{QStringLiteral("--scenario"), QStringLiteral("central-grant-cut")};
    const Run run = runLps(
        QStringList{QStringLiteral("export"), file, QStringLiteral("--xlsx"), book} + scenario);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject workbook = readWorkbook(book);
    QCOMPARE(workbook[QStringLiteral("sheets")].toVariant().toStringList(),
             (QStringList{QStringLiteral("About"), QStringLiteral("Tiers"),
                          QStringLiteral("Services"), QStringLiteral("Resources"),
                          QStringLiteral("Funding"), QStringLiteral("Sectors"),
                          QStringLiteral("Years"), QStringLiteral("Against base")}));
    const QJsonObject services =
        workbook[QStringLiteral("content")].toObject()[QStringLiteral("Services")].toObject();
    QCOMPARE(services[QStringLiteral("freeze")].toString(), QStringLiteral("A2"));
    QVERIFY(services[QStringLiteral("filter")].toString().startsWith(QStringLiteral("A1:J")));
    QVERIFY(services[QStringLiteral("format")].toString().contains(QStringLiteral("£")));
    const QJsonArray rows = services[QStringLiteral("rows")].toArray();
    const QJsonArray cached = services[QStringLiteral("cached")].toArray();

    // Every service and year, to the penny, as lps evaluate's CSV has it.
    const Run csv = runLps(QStringList{QStringLiteral("evaluate"), file, QStringLiteral("--format"),
                                       QStringLiteral("csv")} +
                           scenario);
    const CsvTable expected = parse(csv.out);
    QCOMPARE(rows.size(), expected.records.size() + 2); // the header and the totals
    qint64 cost = 0, funded = 0;
    for (qsizetype i = 0; i < expected.records.size(); ++i) {
        const QJsonArray row = rows[i + 1].toArray();
        const CsvRecord &record = expected.records[i];
        QCOMPARE(row[1].toString(), record.field(2));
        QCOMPARE(pence(row[4]), pence(record.field(5)));
        QCOMPARE(pence(row[5]), pence(record.field(6)));
        QCOMPARE(pence(row[6]), pence(record.field(7)));
        cost += pence(row[4]);
        funded += pence(row[5]);
    }
    // The totals are formulas, and their values reconcile to the penny.
    const QJsonArray total = rows.last().toArray();
    QCOMPARE(total[4].toString(), QStringLiteral("=SUM(E2:E%1)").arg(expected.records.size() + 1));
    QCOMPARE(pence(cached.last().toArray()[4]), cost);
    QCOMPARE(pence(cached.last().toArray()[5]), funded);
    // Against the baseline: the scenario differs, so the sheet has rows.
    const QJsonObject against =
        workbook[QStringLiteral("content")].toObject()[QStringLiteral("Against base")].toObject();
    QVERIFY(against[QStringLiteral("rows")].toArray().size() > 16);
}

void TestCliSpreadsheets::workbookNamesAreNeverFormulas()
{
    const QString book = m_dir.filePath(QStringLiteral("formulas.xlsx"));
    const Run run = runLps({QStringLiteral("export"), m_plan, QStringLiteral("--xlsx"), book,
                            QStringLiteral("--year"), QStringLiteral("0")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject content = readWorkbook(book)[QStringLiteral("content")].toObject();
    int found = 0;
    for (const QString &sheet : content.keys()) {
        const QJsonObject data = content[sheet].toObject();
        const QJsonArray rows = data[QStringLiteral("rows")].toArray();
        const QJsonArray types = data[QStringLiteral("types")].toArray();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            for (qsizetype c = 0; c < rows[r].toArray().size(); ++c) {
                const QString value = rows[r].toArray()[c].toString();
                const QString type = types[r].toArray()[c].toString();
                if (value == kServiceFormula || value == kResourceAt) {
                    ++found;
                    QCOMPARE(type, QStringLiteral("s")); // text, never "f"
                }
                // The only formulas are our totals.
                if (type == QLatin1String("f"))
                    QVERIFY2(value.startsWith(QStringLiteral("=SUM(")), qPrintable(value));
            }
        }
    }
    QVERIFY(found >= 3); // Services and Funding at least
}

void TestCliSpreadsheets::workbookRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("nowhere to write")
        << QStringList{QStringLiteral("--xlsx"), QStringLiteral("/no/such/folder/out.xlsx")} << 3
        << QStringLiteral("out.xlsx could not be written");
    QTest::newRow("both") << QStringList{QStringLiteral("--json"), QStringLiteral("--xlsx"),
                                         QStringLiteral("x.xlsx")}
                          << 2 << QStringLiteral("say what to export");
    QTest::newRow("a scenario for JSON")
        << QStringList{QStringLiteral("--json"), QStringLiteral("--scenario"),
                       QStringLiteral("baseline")}
        << 2 << QStringLiteral("--scenario and --year go with --xlsx");
}

void TestCliSpreadsheets::workbookRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run run = runLps(QStringList{QStringLiteral("export"), m_plan} + arguments);
    QCOMPARE(run.code, code);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(QStringLiteral("/no/such/folder/out.xlsx")));
}

QTEST_GUILESS_MAIN(TestCliSpreadsheets)
#include "tst_clispreadsheets.moc"
