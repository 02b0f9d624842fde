// The lps command line: demo, import, export, validate, evaluate, usage and help, as the contract
// in spec/cli.md says.
#include "clifixtures.h"
#include "testworkbook.h"

using namespace lps;
using namespace lps::clifixtures;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void demoWritesAValidPlan();
    void jsonThroughTheFileIsByteIdentical();
    void importsSpreadsheets();
    void importsWorkbooks_data();
    void importsWorkbooks();
    void refusesBadSpreadsheetsAndWritesNothing();
    void missingSpreadsheetIsNotAnInvalidOne();
    void exportReportsAFullDisk();
    void editedFileNamesEachProblemOnce();
    void evaluatesInEveryFormat();
    void evaluateRefusesWhatItCannotDo_data();
    void evaluateRefusesWhatItCannotDo();
    void validateNamesEveryProblem();
    void neverPrintsAControlCharacter();
    void refusesAPlanPastASizeLimit();
    void usageErrors_data();
    void usageErrors();
    void missingFileIsNotAnInvalidPlan();
    void failedWriteLeavesNothing();
    void failedImportKeepsTheOldFile();
    void everyCommandHasHelp_data();
    void everyCommandHasHelp();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }
};

void TestCli::demoWritesAValidPlan()
{
    const QString file = path("demo.lpsb");
    Run run = runLps({QStringLiteral("demo"), QStringLiteral("--out"), file});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(read(file).startsWith("SQLite format 3"));
    run = runLps({QStringLiteral("validate"), file});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains("a valid plan"));
    run = runLps({QStringLiteral("export"), file, QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, DemoPlan::json());
}

void TestCli::jsonThroughTheFileIsByteIdentical()
{
    for (quint32 seed = 1; seed <= 25; ++seed) {
        const QByteArray json = PlanJsonWriter::write(test::generatePlan(seed));
        const QString in = path("in.json");
        const QString file = path("through.lpsb");
        QVERIFY(write(in, json));
        Run run = runLps({QStringLiteral("import"), in, QStringLiteral("--out"), file});
        QVERIFY2(run.code == 0, qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(run.err)));
        run = runLps({QStringLiteral("export"), file, QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        QVERIFY2(
            run.out == json,
            qPrintable(QStringLiteral("seed %1 changed on its way through the file").arg(seed)));
    }
}

void TestCli::importsSpreadsheets()
{
    const QString file = path("csv.lpsb");
    Run run = runLps(
        {QStringLiteral("import"), QStringLiteral("--services"), data("services.csv"),
         QStringLiteral("--resources"), data("resources.csv"), QStringLiteral("--name"),
         QStringLiteral("Westford 2027-30"), QStringLiteral("--first-year"), QStringLiteral("2027"),
         QStringLiteral("--years"), QStringLiteral("3"), QStringLiteral("--out"), file});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    run = runLps({QStringLiteral("export"), file, QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains("\"name\": \"Westford 2027-30\""));
    QVERIFY(run.out.contains("\"firstYear\": 2027"));
    QVERIFY(run.out.contains("\"cost\": 125000000"));
    QVERIFY(run.out.contains("\"minimumShare\": 0.6"));
    QVERIFY(run.out.contains("\"hourValue\": 1250"));
}

void TestCli::importsWorkbooks_data()
{
    using test::TestCell;
    using test::TestWorkbook;
    QTest::addColumn<QByteArray>("services");
    QTest::addColumn<QByteArray>("resources");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    const test::TestRows resources{{"Name", "Sector", "Amount"}, {"Council tax", "public", 1e6}};
    const QByteArray both =
        TestWorkbook()
            .addSheet(QStringLiteral("Resources"), resources)
            .addSheet(QStringLiteral("Services"),
                      {{"Name", "Tier", "Cost", "Minimum share"},
                       {"Libraries", "need", TestCell::formula(QStringLiteral("=6400*100"), 640000),
                        TestCell::formatted(0.6, QStringLiteral("0%"))}})
            .bytes();
    QTest::newRow("one workbook for both") << both << QByteArray() << 0 << QString();
    QTest::newRow("a workbook and a CSV")
        << both << QByteArray("name,sector,amount\nGrant,public,100\n") << 0 << QString();
    QTest::newRow("a refusal with sheet, row and column")
        << TestWorkbook()
               .addSheet(QStringLiteral("Services"),
                         {{"Name", "Tier", "Cost"}, {}, {"Libraries", "need", 640000.005}})
               .bytes()
        << both << 1
        << QStringLiteral("services.xlsx, sheet \"Services\", row 3, column \"Cost\": "
                          "\"640000.005\" has more than two decimals");
    QTest::newRow("an old .xls")
        << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0') << both << 1
        << QStringLiteral("services.xlsx: is an Excel 97-2003 workbook (.xls), which cannot be "
                          "read: open it in Excel and save it as an Excel Workbook (.xlsx) or as "
                          "CSV UTF-8");
}

// `lps import` with Excel workbooks: the same rules as CSV, one workbook may hold both.
void TestCli::importsWorkbooks()
{
    QFETCH(QByteArray, services);
    QFETCH(QByteArray, resources);
    QFETCH(int, code);
    QFETCH(QString, says);
    const QString servicesFile = path("services.xlsx");
    // Without resources of its own, the services' workbook holds both.
    const QString resourcesFile = resources.isEmpty()          ? servicesFile
                                  : resources.startsWith("PK") ? path("resources.xlsx")
                                                               : path("resources.csv");
    QVERIFY(write(servicesFile, services));
    if (!resources.isEmpty())
        QVERIFY(write(resourcesFile, resources));
    const QString file = path("workbook.lpsb");
    QFile::remove(file);
    Run run = runLps({QStringLiteral("import"), QStringLiteral("--services"), servicesFile,
                      QStringLiteral("--resources"), resourcesFile, QStringLiteral("--first-year"),
                      QStringLiteral("2026"), QStringLiteral("--out"), file});
    QCOMPARE(run.code, code);
    if (code != 0) {
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("Nothing was imported")));
        QVERIFY(!QFile::exists(file));
        return;
    }
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    run = runLps({QStringLiteral("export"), file, QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains("\"cost\": 64000000"));
    QVERIFY(run.out.contains("\"minimumShare\": 0.6"));
}

void TestCli::refusesBadSpreadsheetsAndWritesNothing()
{
    const QString file = path("bad.lpsb");
    const Run run = runLps({QStringLiteral("import"), QStringLiteral("--services"),
                            data("services-bad.csv"), QStringLiteral("--resources"),
                            data("resources.csv"), QStringLiteral("--out"), file});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("row 2")) &&
                 run.err.contains(QStringLiteral("1,250,000.005")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("row 3")) &&
                 run.err.contains(QStringLiteral("sometimes")),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(file));
    QVERIFY2(!run.err.contains(QStringLiteral(": services")),
             qPrintable(run.err)); // no empty file prefix
}

void TestCli::missingSpreadsheetIsNotAnInvalidOne()
{
    const Run run = runLps({QStringLiteral("import"), QStringLiteral("--services"),
                            path("nowhere.csv"), QStringLiteral("--resources"),
                            data("resources.csv"), QStringLiteral("--out"), path("x.lpsb")});
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains(QStringLiteral("nowhere.csv")) &&
                 run.err.contains(QStringLiteral("does not exist")),
             qPrintable(run.err));
}

void TestCli::exportReportsAFullDisk()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full on this system");
    const QString file = path("full.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(LPS_CLI_PATH),
                  {QStringLiteral("export"), file, QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 3);
    QVERIFY(process.readAllStandardError().contains("could not be written"));
}

void TestCli::editedFileNamesEachProblemOnce()
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    const QString file = path("edited.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    QCOMPARE(QProcess::execute(
                 sqlite,
                 {file, QStringLiteral("PRAGMA ignore_check_constraints = ON; "
                                       "UPDATE service SET priority = 500 WHERE position = 0;")}),
             0);
    const Run run = runLps({QStringLiteral("validate"), file});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err.count(QStringLiteral("services[0].priority")), 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("\u201cedited.lpsb\u201d")), qPrintable(run.err));
}

void TestCli::evaluatesInEveryFormat()
{
    const QString file = path("evaluate.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    Run json = runLps({QStringLiteral("evaluate"), file, QStringLiteral("--year"),
                       QStringLiteral("2027"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.code == 0, qPrintable(json.err));
    QVERIFY(json.out.startsWith(
        "{\n  \"plan\": \"Eastbrook District 2026-31\",\n  \"scenario\": \"baseline\",\n  "
        "\"years\": [\n    {\n      \"year\": 2027,\n      \"optimal\": true,"));
    // A year index below 100 means the same year.
    QCOMPARE(runLps({QStringLiteral("evaluate"), file, QStringLiteral("--year"),
                     QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")})
                 .out,
             json.out);
    const Run all = runLps({QStringLiteral("evaluate"), file, QStringLiteral("--scenario"),
                            QStringLiteral("provider-failure"), QStringLiteral("--format"),
                            QStringLiteral("csv")});
    QCOMPARE(all.code, 0);
    QCOMPARE(all.out.count('\n'), 1 + 5 * int(DemoPlan::plan().services.size()));
    const Run table =
        runLps({QStringLiteral("evaluate"), file, QStringLiteral("--year"), QStringLiteral("0")});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains("Not fully funded"));
}

void TestCli::evaluateRefusesWhatItCannotDo_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("unknown scenario")
        << QStringList{QStringLiteral("--scenario"), QStringLiteral("miracle")};
    QTest::newRow("year outside the plan")
        << QStringList{QStringLiteral("--year"), QStringLiteral("2040")};
    QTest::newRow("index outside the plan")
        << QStringList{QStringLiteral("--year"), QStringLiteral("5")};
    QTest::newRow("financial year outside the plan")
        << QStringList{QStringLiteral("--year"), QStringLiteral("2031/32")};
    QTest::newRow("financial year that does not follow on")
        << QStringList{QStringLiteral("--year"), QStringLiteral("2027/29")};
    QTest::newRow("financial year half written")
        << QStringList{QStringLiteral("--year"), QStringLiteral("2027/")};
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("--format"), QStringLiteral("xml")};
}

void TestCli::evaluateRefusesWhatItCannotDo()
{
    QFETCH(QStringList, options);
    const QString file = path("refuse.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    const Run run = runLps(QStringList{QStringLiteral("evaluate"), file} + options);
    QCOMPARE(run.code, 2);
    QVERIFY(run.out.isEmpty());
}

void TestCli::validateNamesEveryProblem()
{
    QByteArray json = PlanJsonWriter::write(test::samplePlan());
    json.replace("\"tier\": \"need\"", "\"tier\": \"statutory\"");
    json.replace("\"years\": 3", "\"years\": " + QByteArray::number(PlanLimits::kMaxYears + 2));
    const QString in = path("broken.json");
    QVERIFY(write(in, json));
    const Run run = runLps({QStringLiteral("validate"), in});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("broken.json: services[1].tier")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("broken.json: years")), qPrintable(run.err));
}

// A file from someone else may hide terminal escapes: refused where they are, and never
// printed, even where a message quotes what the file held.
void TestCli::neverPrintsAControlCharacter()
{
    QByteArray json = PlanJsonWriter::write(test::samplePlan());
    const QByteArray name = test::samplePlan().services.at(0).name.toUtf8();
    json.replace("\"" + name + "\"", "\"Youth\\u001b[2J club\"");
    json.replace("\"tier\": \"need\"", "\"tier\": \"need\\u001b]0;pwned\\u0007\"");
    const QString in = path("escapes.json");
    QVERIFY(write(in, json));
    const Run run = runLps({QStringLiteral("validate"), in});
    QCOMPARE(run.code, 1);
    QVERIFY2(
        run.err.contains(QStringLiteral("services[0].name: holds a control character (U+001B)")),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("services[1].tier")), qPrintable(run.err));
    for (const QChar c : run.err)
        QVERIFY2(
            c == u'\n' || c == u'\t' ||
                (c.unicode() >= 0x20 && c.unicode() != 0x7f &&
                 (c.unicode() < 0x80 || c.unicode() > 0x9f)),
            qPrintable(QStringLiteral("U+%1 printed").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
}

void TestCli::refusesAPlanPastASizeLimit()
{
    Plan plan = test::samplePlan();
    Service extra = plan.services.last();
    while (plan.services.size() <= PlanLimits::kMaxServices) {
        extra.id = QStringLiteral("extra-%1").arg(plan.services.size());
        plan.services << extra;
    }
    const QString in = path("too-big.json");
    QVERIFY(write(in, PlanJsonWriter::write(plan)));
    const QLocale counts(QLocale::English, QLocale::UnitedKingdom);
    const QString expected = QStringLiteral("too-big.json: services: the plan has %1 services; "
                                            "LPS Planner allocates at most %2 in one plan.")
                                 .arg(counts.toString(PlanLimits::kMaxServices + 1),
                                      counts.toString(PlanLimits::kMaxServices));

    Run run = runLps({QStringLiteral("validate"), in});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    const QString file = path("too-big.lpsb");
    run = runLps({QStringLiteral("import"), in, QStringLiteral("--out"), file});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY(!QFile::exists(file));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("allocate")};
    QTest::newRow("evaluate without a file") << QStringList{QStringLiteral("evaluate")};
    QTest::newRow("demo without --out") << QStringList{QStringLiteral("demo")};
    QTest::newRow("import without --out")
        << QStringList{QStringLiteral("import"), QStringLiteral("plan.json")};
    QTest::newRow("half a spreadsheet import")
        << QStringList{QStringLiteral("import"), QStringLiteral("--services"),
                       QStringLiteral("s.csv"), QStringLiteral("--out"), QStringLiteral("x.lpsb")};
    QTest::newRow("export without --json")
        << QStringList{QStringLiteral("export"), QStringLiteral("x.lpsb")};
    QTest::newRow("unknown option") << QStringList{
        QStringLiteral("validate"), QStringLiteral("--fast"), QStringLiteral("x.lpsb")};
    QTest::newRow("bad years") << QStringList{
        QStringLiteral("import"),      QStringLiteral("--services"), QStringLiteral("s.csv"),
        QStringLiteral("--resources"), QStringLiteral("r.csv"),      QStringLiteral("--years"),
        QStringLiteral("eleven"),      QStringLiteral("--out"),      QStringLiteral("x.lpsb")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = runLps(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(QStringLiteral("Usage: lps")));
}

void TestCli::missingFileIsNotAnInvalidPlan()
{
    const Run run = runLps({QStringLiteral("validate"), path("nowhere.lpsb")});
    QCOMPARE(run.code, 3);
    QVERIFY(run.err.contains(QStringLiteral("does not exist")));
}

void TestCli::failedWriteLeavesNothing()
{
    const QString file = path("missing-folder/demo.lpsb");
    const Run run = runLps({QStringLiteral("demo"), QStringLiteral("--out"), file});
    QCOMPARE(run.code, 3);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(file));
}

void TestCli::failedImportKeepsTheOldFile()
{
    const QString file = path("kept.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    const QByteArray before = read(file);
    const QString in = path("not-a-plan.json");
    QVERIFY(write(in, "{\"format\": \"lps-plan\"}"));
    QCOMPARE(runLps({QStringLiteral("import"), in, QStringLiteral("--out"), file}).code, 1);
    QCOMPARE(read(file), before);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("kept.lpsb*")}, QDir::Files),
             QStringList{QStringLiteral("kept.lpsb")});
}

void TestCli::everyCommandHasHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("says");
    QTest::addColumn<QByteArray>("saysNot");
    QTest::newRow("demo --help") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")}
                                 << QByteArray("demo --out FILE.lpsb")
                                 << QByteArray("evaluate FILE");
    QTest::newRow("import -h") << QStringList{QStringLiteral("import"), QStringLiteral("-h")}
                               << QByteArray("[--name NAME] [--first-year YEAR]")
                               << QByteArray("demo --out");
    QTest::newRow("export --help")
        << QStringList{QStringLiteral("export"), QStringLiteral("--help")}
        << QByteArray("export FILE.lpsb --json") << QByteArray("validate FILE");
    QTest::newRow("validate --help")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--help")}
        << QByteArray("validate FILE") << QByteArray("export FILE");
    QTest::newRow("evaluate FILE --help")
        << QStringList{QStringLiteral("evaluate"), QStringLiteral("plan.lpsb"),
                       QStringLiteral("--help")}
        << QByteArray("allocate and print who pays for what") << QByteArray("compare FILE");
    QTest::newRow("compare --help")
        << QStringList{QStringLiteral("compare"), QStringLiteral("--help")}
        << QByteArray("--base NAME --scenario NAME") << QByteArray("resilience FILE");
    QTest::newRow("resilience --help")
        << QStringList{QStringLiteral("resilience"), QStringLiteral("--help")}
        << QByteArray("if a resource is withdrawn") << QByteArray("evaluate FILE");
}

// `lps COMMAND --help` prints that command's usage and exits 0 (it used to say "Unknown option
// 'help'" and exit 2), whatever else is on the line.
void TestCli::everyCommandHasHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, says);
    QFETCH(QByteArray, saysNot);
    const Run run = runLps(arguments);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.startsWith("Usage:\n") && run.out.contains(says), run.out.constData());
    QVERIFY2(!run.out.contains(saysNot), run.out.constData());
    QVERIFY(run.out.contains("Exit codes:"));
    QVERIFY(run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
