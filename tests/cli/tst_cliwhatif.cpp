// The lps command line on what-ifs: what it would take, resilience, comparing scenarios, and naming
// scenarios and years as the app shows them.
#include "clifixtures.h"

using namespace lps;
using namespace lps::clifixtures;

class TestCliWhatIf : public QObject
{
    Q_OBJECT

private slots:
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

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }
};

// toClose and pooling per year, as spec/cli.md adds them after the sectors; the figures
// themselves are checked against the engine in tests/whatif.
void TestCliWhatIf::evaluateSaysWhatItWouldTake()
{
    const QString file = path("totake.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    const Run json = runLps(
        {QStringLiteral("evaluate"), file, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.code == 0, qPrintable(json.err));
    const QJsonArray years =
        QJsonDocument::fromJson(json.out).object()[QStringLiteral("years")].toArray();
    QCOMPARE(years.size(), 5);
    for (const QJsonValue &value : years) {
        const QJsonObject year = value.toObject();
        QVERIFY(year.contains(QStringLiteral("toClose")) &&
                year.contains(QStringLiteral("pooling")));
        const QJsonObject toClose = year[QStringLiteral("toClose")].toObject();
        QCOMPARE(toClose.keys(), (QStringList{QStringLiteral("must"), QStringLiteral("mustNeed")}));
        QVERIFY(toClose[QStringLiteral("mustNeed")].toInteger() >=
                toClose[QStringLiteral("must")].toInteger());
    }
    // The demo's need tier is short every year: closing it takes money.
    QVERIFY(years.at(0)
                .toObject()[QStringLiteral("toClose")]
                .toObject()[QStringLiteral("mustNeed")]
                .toInteger() > 0);
    QVERIFY(json.out.indexOf("\"sectors\"") < json.out.indexOf("\"toClose\""));
    QVERIFY(json.out.indexOf("\"toClose\"") < json.out.indexOf("\"pooling\""));
    const Run table =
        runLps({QStringLiteral("evaluate"), file, QStringLiteral("--year"), QStringLiteral("0")});
    QVERIFY(table.out.contains("To close the must gap"));
    QVERIFY(table.out.contains("Pooling funds"));
}

void TestCliWhatIf::resilienceInEveryFormat()
{
    const QString file = path("resilience.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    const Run json = runLps(
        {QStringLiteral("resilience"), file, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.code == 0, qPrintable(json.err));
    QVERIFY(json.out.startsWith("{\n  \"plan\": \"Eastbrook District 2026-31\",\n  \"scenario\": "
                                "\"baseline\",\n  \"year\": 2026,\n  \"resources\": [\n"));
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    const QJsonArray resources = root[QStringLiteral("resources")].toArray();
    QCOMPARE(resources.size(), DemoPlan::plan().resources.size());
    QCOMPARE(resources.at(0).toObject()[QStringLiteral("id")].toString(),
             QStringLiteral("council-tax"));
    QVERIFY(root.contains(QStringLiteral("singlePoints")));
    // --year takes a calendar year or an index, and --scenario a scenario.
    const Run later = runLps({QStringLiteral("resilience"), file, QStringLiteral("--year"),
                              QStringLiteral("2028"), QStringLiteral("--scenario"),
                              QStringLiteral("central-grant-cut"), QStringLiteral("--format"),
                              QStringLiteral("json")});
    QCOMPARE(later.code, 0);
    QCOMPARE(QJsonDocument::fromJson(later.out).object()[QStringLiteral("year")].toInt(), 2028);
    QCOMPARE(
        runLps({QStringLiteral("resilience"), file, QStringLiteral("--year"), QStringLiteral("2"),
                QStringLiteral("--scenario"), QStringLiteral("central-grant-cut"),
                QStringLiteral("--format"), QStringLiteral("json")})
            .out,
        later.out);
    const Run csv = runLps(
        {QStringLiteral("resilience"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.code, 0);
    QCOMPARE(csv.out.count('\n'), 1 + int(DemoPlan::plan().resources.size()));
    const Run table = runLps({QStringLiteral("resilience"), file});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains("Must loses"));
    QVERIFY(runLps({QStringLiteral("--help")}).out.contains("resilience FILE"));
}

void TestCliWhatIf::resilienceRefusesWhatItCannotDo()
{
    const QString file = path("resilience-bad.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    QCOMPARE(runLps({QStringLiteral("resilience"), file, QStringLiteral("--scenario"),
                     QStringLiteral("nope")})
                 .code,
             2);
    QCOMPARE(runLps({QStringLiteral("resilience"), file, QStringLiteral("--year"),
                     QStringLiteral("2040")})
                 .code,
             2);
    QCOMPARE(runLps({QStringLiteral("resilience"), file, QStringLiteral("--format"),
                     QStringLiteral("xml")})
                 .code,
             2);
    QCOMPARE(runLps({QStringLiteral("resilience"), path("missing.lpsb")}).code, 3);
    QCOMPARE(runLps({QStringLiteral("resilience")}).code, 2);
}

void TestCliWhatIf::comparesInEveryFormat()
{
    const QString file = path("compare.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    const QStringList both{QStringLiteral("compare"),    file,
                           QStringLiteral("--base"),     QStringLiteral("baseline"),
                           QStringLiteral("--scenario"), QStringLiteral("provider-failure")};
    const Run json = runLps(both + QStringList{QStringLiteral("--year"), QStringLiteral("2027"),
                                               QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.code == 0, qPrintable(json.err));
    QVERIFY(json.out.startsWith("{\n  \"plan\": \"Eastbrook District 2026-31\",\n  \"base\": "
                                "\"baseline\",\n  \"scenario\": \"provider-failure\",\n"
                                "  \"years\": [\n    {\n      \"year\": 2027,\n      \"optimal\": "
                                "true,\n      \"tiers\": {\n        \"must\": {\n"
                                "          \"baseFunded\": "));
    // The provider's £450,000 leaves the could tier, to within the rule's minor unit per service.
    const QJsonObject could = QJsonDocument::fromJson(json.out)
                                  .object()[QStringLiteral("years")]
                                  .toArray()
                                  .at(0)
                                  .toObject()[QStringLiteral("tiers")]
                                  .toObject()[QStringLiteral("could")]
                                  .toObject();
    QCOMPARE(could[QStringLiteral("fundedDifference")].toInteger(),
             could[QStringLiteral("scenarioFunded")].toInteger() -
                 could[QStringLiteral("baseFunded")].toInteger());
    QVERIFY2(std::abs(could[QStringLiteral("fundedDifference")].toInteger() + 45000000) <= 12,
             qPrintable(QString::number(could[QStringLiteral("fundedDifference")].toInteger())));
    QCOMPARE(runLps(both + QStringList{QStringLiteral("--year"), QStringLiteral("1"),
                                       QStringLiteral("--format"), QStringLiteral("json")})
                 .out,
             json.out);
    const Run csv = runLps(both + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.code, 0);
    QCOMPARE(csv.out.count('\n'), 1 + 5 * (3 + 12 + int(DemoPlan::plan().services.size())));
    const Run table = runLps(both);
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains("Changed service"));
    QVERIFY(runLps({QStringLiteral("--help")})
                .out.contains("compare FILE --base NAME --scenario NAME"));
}

void TestCliWhatIf::compareRefusesWhatItCannotDo_data()
{
    QTest::addColumn<QStringList>("options");
    const QString base = QStringLiteral("--base"), scenario = QStringLiteral("--scenario");
    QTest::newRow("no --base") << QStringList{scenario, QStringLiteral("provider-failure")};
    QTest::newRow("no --scenario") << QStringList{base, QStringLiteral("baseline")};
    QTest::newRow("unknown base") << QStringList{base, QStringLiteral("miracle"), scenario,
                                                 QStringLiteral("baseline")};
    QTest::newRow("unknown scenario")
        << QStringList{base, QStringLiteral("baseline"), scenario, QStringLiteral("miracle")};
    QTest::newRow("year outside the plan") << QStringList{base,
                                                          QStringLiteral("baseline"),
                                                          scenario,
                                                          QStringLiteral("baseline"),
                                                          QStringLiteral("--year"),
                                                          QStringLiteral("2040")};
    QTest::newRow("not a year") << QStringList{base,
                                               QStringLiteral("baseline"),
                                               scenario,
                                               QStringLiteral("baseline"),
                                               QStringLiteral("--year"),
                                               QStringLiteral("next")};
    QTest::newRow("unknown format") << QStringList{base,
                                                   QStringLiteral("baseline"),
                                                   scenario,
                                                   QStringLiteral("baseline"),
                                                   QStringLiteral("--format"),
                                                   QStringLiteral("xml")};
}

void TestCliWhatIf::compareRefusesWhatItCannotDo()
{
    QFETCH(QStringList, options);
    const QString file = path("compare-refuse.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    const Run run = runLps(QStringList{QStringLiteral("compare"), file} + options);
    QCOMPARE(run.code, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains(QStringLiteral("lps compare: ")));
}

void TestCliWhatIf::compareNeedsAValidFileThatExists()
{
    const QStringList ids{QStringLiteral("--base"), QStringLiteral("baseline"),
                          QStringLiteral("--scenario"), QStringLiteral("baseline")};
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
void TestCliWhatIf::namesAScenarioAsTheAppShowsIt()
{
    const QString file = path("names.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    const QStringList evaluate{QStringLiteral("evaluate"),  file,
                               QStringLiteral("--year"),    QStringLiteral("0"),
                               QStringLiteral("--format"),  QStringLiteral("json"),
                               QStringLiteral("--scenario")};
    const Run byId = runLps(evaluate + QStringList{QStringLiteral("central-grant-cut")});
    QCOMPARE(byId.code, 0);
    QCOMPARE(runLps(evaluate + QStringList{QStringLiteral("Central grant cut by 30%")}).out,
             byId.out);
    QCOMPARE(runLps(evaluate + QStringList{QStringLiteral("central GRANT cut by 30%")}).out,
             byId.out);
    const Run compared = runLps({QStringLiteral("compare"), file, QStringLiteral("--base"),
                                 QStringLiteral("Baseline"), QStringLiteral("--scenario"),
                                 QStringLiteral("Central grant cut by 30%")});
    QVERIFY2(compared.code == 0, qPrintable(compared.err));
    const Run unknown = runLps(evaluate + QStringList{QStringLiteral("Room test")});
    QCOMPARE(unknown.code, 2);
    QVERIFY2(
        unknown.err.contains(QStringLiteral("\"Central grant cut by 30%\" (central-grant-cut)")),
        qPrintable(unknown.err));
    // Two scenarios of one name: the ids say which is which.
    QJsonObject plan = QJsonDocument::fromJson(
                           runLps({QStringLiteral("export"), file, QStringLiteral("--json")}).out)
                           .object();
    QJsonArray scenarios = plan[QStringLiteral("scenarios")].toArray();
    QJsonObject last = scenarios.last().toObject();
    last[QStringLiteral("name")] = QStringLiteral("Central grant cut by 30%");
    scenarios.replace(scenarios.size() - 1, last);
    plan[QStringLiteral("scenarios")] = scenarios;
    const QString twice = path("twice.json");
    QVERIFY(write(twice, QJsonDocument(plan).toJson()));
    const Run shared = runLps({QStringLiteral("evaluate"), twice, QStringLiteral("--scenario"),
                               QStringLiteral("Central grant cut by 30%")});
    QCOMPARE(shared.code, 2);
    QVERIFY2(shared.err.contains(
                 QStringLiteral(
                     "2 scenarios are called \"Central grant cut by 30%\"; name one by its id: "
                     "central-grant-cut, ") +
                 last[QStringLiteral("id")].toString()),
             qPrintable(shared.err));
}

void TestCliWhatIf::takesTheYearAsTheAppShowsIt_data()
{
    QTest::addColumn<QString>("year");
    QTest::newRow("2027/28") << QStringLiteral("2027/28");
    QTest::newRow("2027-28") << QStringLiteral("2027-28");
    QTest::newRow("2027/2028") << QStringLiteral("2027/2028");
    QTest::newRow("spaces") << QStringLiteral(" 2027 / 28 ");
}

// The app shows "2027/28"; `--year` refused it (issue 12). It means what 2027 and 1 mean.
void TestCliWhatIf::takesTheYearAsTheAppShowsIt()
{
    QFETCH(QString, year);
    const QString file = path("years.lpsb");
    QCOMPARE(runLps({QStringLiteral("demo"), QStringLiteral("--out"), file}).code, 0);
    const QStringList evaluate{QStringLiteral("evaluate"), file, QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("--year")};
    const Run shown = runLps(evaluate + QStringList{year});
    QVERIFY2(shown.code == 0, qPrintable(shown.err));
    QCOMPARE(shown.out, runLps(evaluate + QStringList{QStringLiteral("2027")}).out);
    QCOMPARE(shown.out, runLps(evaluate + QStringList{QStringLiteral("1")}).out);
    const Run refused = runLps(evaluate + QStringList{QStringLiteral("2040/41")});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("(2026/27 to 2030/31, 2026 to 2030, or 0 to 4)")),
             qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(TestCliWhatIf)
#include "tst_cliwhatif.moc"
