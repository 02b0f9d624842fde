#include "demo/demoplan.h"
#include "plangenerator.h"
#include "validation/planlimits.h"
#include "json/planjsonwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lps;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

Run runLps(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LPS_CLI_PATH), arguments);
    if (!process.waitForFinished(60000))
        qFatal("lps %s did not finish", qPrintable(arguments.join(u' ')));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QString data(const char *name) { return QStringLiteral(LPS_TEST_DATA_DIR "/") + QString::fromUtf8(name); }

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void demoWritesAValidPlan();
    void jsonThroughTheFileIsByteIdentical();
    void importsSpreadsheets();
    void refusesBadSpreadsheetsAndWritesNothing();
    void missingSpreadsheetIsNotAnInvalidOne();
    void exportReportsAFullDisk();
    void editedFileNamesEachProblemOnce();
    void evaluatesInEveryFormat();
    void evaluateRefusesWhatItCannotDo_data();
    void evaluateRefusesWhatItCannotDo();
    void validateNamesEveryProblem();
    void refusesAPlanPastASizeLimit();
    void usageErrors_data();
    void usageErrors();
    void missingFileIsNotAnInvalidPlan();
    void failedWriteLeavesNothing();
    void failedImportKeepsTheOldFile();
    void comparesInEveryFormat();
    void compareRefusesWhatItCannotDo_data();
    void compareRefusesWhatItCannotDo();
    void compareNeedsAValidFileThatExists();
    void evaluateSaysWhatItWouldTake();
    void resilienceInEveryFormat();
    void resilienceRefusesWhatItCannotDo();
    void namesAScenarioAsTheAppShowsIt();
    void takesTheYearAsTheAppShowsIt_data();
    void takesTheYearAsTheAppShowsIt();
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
        QVERIFY2(run.out == json, qPrintable(QStringLiteral("seed %1 changed on its way through the file").arg(seed)));
    }
}

void TestCli::importsSpreadsheets()
{
    const QString file = path("csv.lpsb");
    Run run = runLps({QStringLiteral("import"), QStringLiteral("--services"), data("services.csv"),
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

void TestCli::refusesBadSpreadsheetsAndWritesNothing()
{
    const QString file = path("bad.lpsb");
    const Run run = runLps({QStringLiteral("import"), QStringLiteral("--services"), data("services-bad.csv"),
                         QStringLiteral("--resources"), data("resources.csv"), QStringLiteral("--out"), file});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("row 2")) && run.err.contains(QStringLiteral("1,250,000.005")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("row 3")) && run.err.contains(QStringLiteral("sometimes")), qPrintable(run.err));
    QVERIFY(!QFile::exists(file));
    QVERIFY2(!run.err.contains(QStringLiteral(": services")), qPrintable(run.err)); // no empty file prefix
}

void TestCli::missingSpreadsheetIsNotAnInvalidOne()
{
    const Run run = runLps({QStringLiteral("import"), QStringLiteral("--services"), path("nowhere.csv"),
                            QStringLiteral("--resources"), data("resources.csv"), QStringLiteral("--out"), path("x.lpsb")});
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains(QStringLiteral("nowhere.csv")) && run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
}

void TestCli::exportReportsAFullDisk()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full on this system");
    const QString file = path("full.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(LPS_CLI_PATH), {QStringLiteral("export"), file, QStringLiteral("--json")});
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
    QCOMPARE(QProcess::execute(sqlite, {file, QStringLiteral("PRAGMA ignore_check_constraints = ON; "
                                                             "UPDATE service SET priority = 500 WHERE position = 0;")}), 0);
    const Run run = runLps({QStringLiteral("validate"), file});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err.count(QStringLiteral("services[0].priority")), 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("\u201cedited.lpsb\u201d")), qPrintable(run.err));
}

void TestCli::evaluatesInEveryFormat()
{
    const QString file = path("evaluate.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    Run json = runLps({QStringLiteral("evaluate"), file, QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.code == 0, qPrintable(json.err));
    QVERIFY(json.out.startsWith("{\n  \"plan\": \"Eastbrook District 2026-31\",\n  \"scenario\": \"baseline\",\n  \"years\": [\n    {\n      \"year\": 2027,\n      \"optimal\": true,"));
    // A year index below 100 means the same year.
    QCOMPARE(runLps({QStringLiteral("evaluate"), file, QStringLiteral("--year"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")}).out, json.out);
    const Run all = runLps({QStringLiteral("evaluate"), file, QStringLiteral("--scenario"), QStringLiteral("provider-failure"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(all.code, 0);
    QCOMPARE(all.out.count('\n'), 1 + 5 * int(DemoPlan::plan().services.size()));
    const Run table = runLps({QStringLiteral("evaluate"), file, QStringLiteral("--year"), QStringLiteral("0")});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains("Not fully funded"));
}

void TestCli::evaluateRefusesWhatItCannotDo_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("unknown scenario") << QStringList{QStringLiteral("--scenario"), QStringLiteral("miracle")};
    QTest::newRow("year outside the plan") << QStringList{QStringLiteral("--year"), QStringLiteral("2040")};
    QTest::newRow("index outside the plan") << QStringList{QStringLiteral("--year"), QStringLiteral("5")};
    QTest::newRow("financial year outside the plan") << QStringList{QStringLiteral("--year"), QStringLiteral("2031/32")};
    QTest::newRow("financial year that does not follow on") << QStringList{QStringLiteral("--year"), QStringLiteral("2027/29")};
    QTest::newRow("financial year half written") << QStringList{QStringLiteral("--year"), QStringLiteral("2027/")};
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")};
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
    QVERIFY2(run.err.contains(QStringLiteral("broken.json: services[1].tier")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("broken.json: years")), qPrintable(run.err));
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
    QTest::newRow("import without --out") << QStringList{QStringLiteral("import"), QStringLiteral("plan.json")};
    QTest::newRow("half a spreadsheet import") << QStringList{QStringLiteral("import"), QStringLiteral("--services"), QStringLiteral("s.csv"), QStringLiteral("--out"), QStringLiteral("x.lpsb")};
    QTest::newRow("export without --json") << QStringList{QStringLiteral("export"), QStringLiteral("x.lpsb")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("validate"), QStringLiteral("--fast"), QStringLiteral("x.lpsb")};
    QTest::newRow("bad years") << QStringList{QStringLiteral("import"), QStringLiteral("--services"), QStringLiteral("s.csv"), QStringLiteral("--resources"), QStringLiteral("r.csv"), QStringLiteral("--years"), QStringLiteral("eleven"), QStringLiteral("--out"), QStringLiteral("x.lpsb")};
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
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("kept.lpsb*")}, QDir::Files), QStringList{QStringLiteral("kept.lpsb")});
}

// toClose and pooling per year, as spec/cli.md adds them after the sectors; the figures
// themselves are checked against the engine in tests/whatif.
void TestCli::evaluateSaysWhatItWouldTake()
{
    const QString file = path("totake.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    const Run json = runLps({QStringLiteral("evaluate"), file, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.code == 0, qPrintable(json.err));
    const QJsonArray years = QJsonDocument::fromJson(json.out).object()[QStringLiteral("years")].toArray();
    QCOMPARE(years.size(), 5);
    for (const QJsonValue &value : years) {
        const QJsonObject year = value.toObject();
        QVERIFY(year.contains(QStringLiteral("toClose")) && year.contains(QStringLiteral("pooling")));
        const QJsonObject toClose = year[QStringLiteral("toClose")].toObject();
        QCOMPARE(toClose.keys(), (QStringList{QStringLiteral("must"), QStringLiteral("mustNeed")}));
        QVERIFY(toClose[QStringLiteral("mustNeed")].toInteger() >= toClose[QStringLiteral("must")].toInteger());
    }
    // The demo's need tier is short every year: closing it takes money.
    QVERIFY(years.at(0).toObject()[QStringLiteral("toClose")].toObject()[QStringLiteral("mustNeed")].toInteger() > 0);
    QVERIFY(json.out.indexOf("\"sectors\"") < json.out.indexOf("\"toClose\""));
    QVERIFY(json.out.indexOf("\"toClose\"") < json.out.indexOf("\"pooling\""));
    const Run table = runLps({QStringLiteral("evaluate"), file, QStringLiteral("--year"), QStringLiteral("0")});
    QVERIFY(table.out.contains("To close the must gap"));
    QVERIFY(table.out.contains("Pooling funds"));
}

void TestCli::resilienceInEveryFormat()
{
    const QString file = path("resilience.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    const Run json = runLps({QStringLiteral("resilience"), file, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.code == 0, qPrintable(json.err));
    QVERIFY(json.out.startsWith("{\n  \"plan\": \"Eastbrook District 2026-31\",\n  \"scenario\": \"baseline\",\n  \"year\": 2026,\n  \"resources\": [\n"));
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    const QJsonArray resources = root[QStringLiteral("resources")].toArray();
    QCOMPARE(resources.size(), DemoPlan::plan().resources.size());
    QCOMPARE(resources.at(0).toObject()[QStringLiteral("id")].toString(), QStringLiteral("council-tax"));
    QVERIFY(root.contains(QStringLiteral("singlePoints")));
    // --year takes a calendar year or an index, and --scenario a scenario.
    const Run later = runLps({QStringLiteral("resilience"), file, QStringLiteral("--year"), QStringLiteral("2028"),
                              QStringLiteral("--scenario"), QStringLiteral("central-grant-cut"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(later.code, 0);
    QCOMPARE(QJsonDocument::fromJson(later.out).object()[QStringLiteral("year")].toInt(), 2028);
    QCOMPARE(runLps({QStringLiteral("resilience"), file, QStringLiteral("--year"), QStringLiteral("2"), QStringLiteral("--scenario"),
                     QStringLiteral("central-grant-cut"), QStringLiteral("--format"), QStringLiteral("json")})
                 .out,
             later.out);
    const Run csv = runLps({QStringLiteral("resilience"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.code, 0);
    QCOMPARE(csv.out.count('\n'), 1 + int(DemoPlan::plan().resources.size()));
    const Run table = runLps({QStringLiteral("resilience"), file});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains("Must loses"));
    QVERIFY(runLps({QStringLiteral("--help")}).out.contains("resilience FILE"));
}

void TestCli::resilienceRefusesWhatItCannotDo()
{
    const QString file = path("resilience-bad.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    QCOMPARE(runLps({QStringLiteral("resilience"), file, QStringLiteral("--scenario"), QStringLiteral("nope")}).code, 2);
    QCOMPARE(runLps({QStringLiteral("resilience"), file, QStringLiteral("--year"), QStringLiteral("2040")}).code, 2);
    QCOMPARE(runLps({QStringLiteral("resilience"), file, QStringLiteral("--format"), QStringLiteral("xml")}).code, 2);
    QCOMPARE(runLps({QStringLiteral("resilience"), path("missing.lpsb")}).code, 3);
    QCOMPARE(runLps({QStringLiteral("resilience")}).code, 2);
}

void TestCli::comparesInEveryFormat()
{
    const QString file = path("compare.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    const QStringList both{QStringLiteral("compare"), file, QStringLiteral("--base"), QStringLiteral("baseline"),
                           QStringLiteral("--scenario"), QStringLiteral("provider-failure")};
    const Run json = runLps(both + QStringList{QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.code == 0, qPrintable(json.err));
    QVERIFY(json.out.startsWith("{\n  \"plan\": \"Eastbrook District 2026-31\",\n  \"base\": \"baseline\",\n  \"scenario\": \"provider-failure\",\n"
                                "  \"years\": [\n    {\n      \"year\": 2027,\n      \"optimal\": true,\n      \"tiers\": {\n        \"must\": {\n"
                                "          \"baseFunded\": "));
    // The provider's £450,000 leaves the could tier, to within the rule's minor unit per service.
    const QJsonObject could = QJsonDocument::fromJson(json.out).object()[QStringLiteral("years")].toArray().at(0).toObject()[QStringLiteral("tiers")].toObject()[QStringLiteral("could")].toObject();
    QCOMPARE(could[QStringLiteral("fundedDifference")].toInteger(), could[QStringLiteral("scenarioFunded")].toInteger() - could[QStringLiteral("baseFunded")].toInteger());
    QVERIFY2(std::abs(could[QStringLiteral("fundedDifference")].toInteger() + 45000000) <= 12, qPrintable(QString::number(could[QStringLiteral("fundedDifference")].toInteger())));
    QCOMPARE(runLps(both + QStringList{QStringLiteral("--year"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")}).out, json.out);
    const Run csv = runLps(both + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.code, 0);
    QCOMPARE(csv.out.count('\n'), 1 + 5 * (3 + 12 + int(DemoPlan::plan().services.size())));
    const Run table = runLps(both);
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains("Changed service"));
    QVERIFY(runLps({QStringLiteral("--help")}).out.contains("compare FILE --base NAME --scenario NAME"));
}

void TestCli::compareRefusesWhatItCannotDo_data()
{
    QTest::addColumn<QStringList>("options");
    const QString base = QStringLiteral("--base"), scenario = QStringLiteral("--scenario");
    QTest::newRow("no --base") << QStringList{scenario, QStringLiteral("provider-failure")};
    QTest::newRow("no --scenario") << QStringList{base, QStringLiteral("baseline")};
    QTest::newRow("unknown base") << QStringList{base, QStringLiteral("miracle"), scenario, QStringLiteral("baseline")};
    QTest::newRow("unknown scenario") << QStringList{base, QStringLiteral("baseline"), scenario, QStringLiteral("miracle")};
    QTest::newRow("year outside the plan") << QStringList{base, QStringLiteral("baseline"), scenario, QStringLiteral("baseline"), QStringLiteral("--year"), QStringLiteral("2040")};
    QTest::newRow("not a year") << QStringList{base, QStringLiteral("baseline"), scenario, QStringLiteral("baseline"), QStringLiteral("--year"), QStringLiteral("next")};
    QTest::newRow("unknown format") << QStringList{base, QStringLiteral("baseline"), scenario, QStringLiteral("baseline"), QStringLiteral("--format"), QStringLiteral("xml")};
}

void TestCli::compareRefusesWhatItCannotDo()
{
    QFETCH(QStringList, options);
    const QString file = path("compare-refuse.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    const Run run = runLps(QStringList{QStringLiteral("compare"), file} + options);
    QCOMPARE(run.code, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains(QStringLiteral("lps compare: ")));
}

void TestCli::compareNeedsAValidFileThatExists()
{
    const QStringList ids{QStringLiteral("--base"), QStringLiteral("baseline"), QStringLiteral("--scenario"), QStringLiteral("baseline")};
    Run run = runLps(QStringList{QStringLiteral("compare"), path("nowhere.lpsb")} + ids);
    QCOMPARE(run.code, 3);
    QVERIFY(run.err.contains(QStringLiteral("does not exist")));
    const QString in = path("not-a-plan-to-compare.json");
    QVERIFY(write(in, "{\"format\": \"lps-plan\"}"));
    run = runLps(QStringList{QStringLiteral("compare"), in} + ids);
    QCOMPARE(run.code, 1);
    QVERIFY(run.out.isEmpty());
}

// A scenario renamed "Room test" in the app kept an id nobody sees; `--scenario` took only ids
// (issue 12). A name, in any case, now means its scenario; a name two scenarios share is refused
// with their ids.
void TestCli::namesAScenarioAsTheAppShowsIt()
{
    const QString file = path("names.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    const QStringList evaluate{QStringLiteral("evaluate"), file, QStringLiteral("--year"), QStringLiteral("0"),
                               QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--scenario")};
    const Run byId = runLps(evaluate + QStringList{QStringLiteral("central-grant-cut")});
    QCOMPARE(byId.code, 0);
    QCOMPARE(runLps(evaluate + QStringList{QStringLiteral("Central grant cut by 30%")}).out, byId.out);
    QCOMPARE(runLps(evaluate + QStringList{QStringLiteral("central GRANT cut by 30%")}).out, byId.out);
    const Run compared = runLps({QStringLiteral("compare"), file, QStringLiteral("--base"), QStringLiteral("Baseline"),
                                 QStringLiteral("--scenario"), QStringLiteral("Central grant cut by 30%")});
    QVERIFY2(compared.code == 0, qPrintable(compared.err));
    const Run unknown = runLps(evaluate + QStringList{QStringLiteral("Room test")});
    QCOMPARE(unknown.code, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("\"Central grant cut by 30%\" (central-grant-cut)")), qPrintable(unknown.err));
    // Two scenarios of one name: the ids say which is which.
    QJsonObject plan = QJsonDocument::fromJson(runLps({QStringLiteral("export"), file, QStringLiteral("--json")}).out).object();
    QJsonArray scenarios = plan[QStringLiteral("scenarios")].toArray();
    QJsonObject last = scenarios.last().toObject();
    last[QStringLiteral("name")] = QStringLiteral("Central grant cut by 30%");
    scenarios.replace(scenarios.size() - 1, last);
    plan[QStringLiteral("scenarios")] = scenarios;
    const QString twice = path("twice.json");
    QVERIFY(write(twice, QJsonDocument(plan).toJson()));
    const Run shared = runLps({QStringLiteral("evaluate"), twice, QStringLiteral("--scenario"), QStringLiteral("Central grant cut by 30%")});
    QCOMPARE(shared.code, 2);
    QVERIFY2(shared.err.contains(QStringLiteral("2 scenarios are called \"Central grant cut by 30%\"; name one by its id: "
                                                "central-grant-cut, ") + last[QStringLiteral("id")].toString()),
             qPrintable(shared.err));
}

void TestCli::takesTheYearAsTheAppShowsIt_data()
{
    QTest::addColumn<QString>("year");
    QTest::newRow("2027/28") << QStringLiteral("2027/28");
    QTest::newRow("2027-28") << QStringLiteral("2027-28");
    QTest::newRow("2027/2028") << QStringLiteral("2027/2028");
    QTest::newRow("spaces") << QStringLiteral(" 2027 / 28 ");
}

// The app shows "2027/28"; `--year` refused it (issue 12). It means what 2027 and 1 mean.
void TestCli::takesTheYearAsTheAppShowsIt()
{
    QFETCH(QString, year);
    const QString file = path("years.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    const QStringList evaluate{QStringLiteral("evaluate"), file, QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--year")};
    const Run shown = runLps(evaluate + QStringList{year});
    QVERIFY2(shown.code == 0, qPrintable(shown.err));
    QCOMPARE(shown.out, runLps(evaluate + QStringList{QStringLiteral("2027")}).out);
    QCOMPARE(shown.out, runLps(evaluate + QStringList{QStringLiteral("1")}).out);
    const Run refused = runLps(evaluate + QStringList{QStringLiteral("2040/41")});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("(2026/27 to 2030/31, 2026 to 2030, or 0 to 4)")), qPrintable(refused.err));
}

void TestCli::everyCommandHasHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("says");
    QTest::addColumn<QByteArray>("saysNot");
    QTest::newRow("demo --help") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")}
                                 << QByteArray("demo --out FILE.lpsb") << QByteArray("evaluate FILE");
    QTest::newRow("import -h") << QStringList{QStringLiteral("import"), QStringLiteral("-h")}
                               << QByteArray("[--name NAME] [--first-year YEAR]") << QByteArray("demo --out");
    QTest::newRow("export --help") << QStringList{QStringLiteral("export"), QStringLiteral("--help")}
                                   << QByteArray("export FILE.lpsb --json") << QByteArray("validate FILE");
    QTest::newRow("validate --help") << QStringList{QStringLiteral("validate"), QStringLiteral("--help")}
                                     << QByteArray("validate FILE") << QByteArray("export FILE");
    QTest::newRow("evaluate FILE --help")
        << QStringList{QStringLiteral("evaluate"), QStringLiteral("plan.lpsb"), QStringLiteral("--help")}
        << QByteArray("allocate and print who pays for what") << QByteArray("compare FILE");
    QTest::newRow("compare --help") << QStringList{QStringLiteral("compare"), QStringLiteral("--help")}
                                    << QByteArray("--base NAME --scenario NAME") << QByteArray("resilience FILE");
    QTest::newRow("resilience --help") << QStringList{QStringLiteral("resilience"), QStringLiteral("--help")}
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
