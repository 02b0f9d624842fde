#include "demo/demoplan.h"
#include "reports/evaluationcsv.h"
#include "reports/evaluationjson.h"
#include "reports/evaluationtable.h"
#include "json/planjsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lps;

namespace {

Plan tinyPlan()
{
    // Not a raw string literal: moc's parser does not follow those across lines.
    const QByteArray json =
        "{\"format\":\"lps-plan\",\"version\":1,\"name\":\"Tiny\",\"firstYear\":2026,\"years\":1,"
        "\"resources\":[{\"id\":\"tax\",\"name\":\"Council "
        "tax\",\"sector\":\"public\",\"kind\":\"money\",\"amount\":15000},"
        "{\"id\":\"trust\",\"name\":\"Trust\",\"sector\":\"charitable\",\"kind\":\"money\","
        "\"amount\":2000,\"certainty\":\"expected\"}],"
        "\"services\":[{\"id\":\"homes\",\"name\":\"Homes\",\"tier\":\"must\",\"cost\":10000},"
        "{\"id\":\"parks\",\"name\":\"Parks, "
        "\\\"green\\\"\",\"tier\":\"need\",\"cost\":10000,\"priority\":70}],"
        "\"scenarios\":[{\"id\":\"baseline\",\"name\":\"Baseline\"}]}";
    return *PlanJsonReader::read(json).plan;
}

} // namespace

class TestEvaluationReports : public QObject
{
    Q_OBJECT

private slots:
    void jsonFollowsTheCommandLineContract();
    void totalsReconcileToThePenny();
    void csvIsOneRowPerServiceInPounds();
    void tableFitsEightyColumns();
};

void TestEvaluationReports::jsonFollowsTheCommandLineContract()
{
    const QByteArray json =
        EvaluationJson::write(Evaluation::of(tinyPlan(), QStringLiteral("baseline")));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("plan")).toString(), QStringLiteral("Tiny"));
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("plan"), QStringLiteral("scenario"),
                                       QStringLiteral("years")}));
    const QJsonObject year = root.value(QStringLiteral("years")).toArray().first().toObject();
    QCOMPARE(year.value(QStringLiteral("year")).toInt(), 2026);
    QVERIFY(year.value(QStringLiteral("optimal")).toBool());
    const QJsonObject must =
        year.value(QStringLiteral("tiers")).toObject().value(QStringLiteral("must")).toObject();
    QCOMPARE(must.value(QStringLiteral("funded")).toInteger(), 10000);
    QCOMPARE(must.value(QStringLiteral("funded_count")).toInt(), 1);
    const QJsonObject parks = year.value(QStringLiteral("services")).toArray().at(1).toObject();
    QCOMPARE(parks.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
    QCOMPARE(parks.value(QStringLiteral("funded")).toInteger(), 7000);
    // Confirmed money first; the trust's expected money is what is at risk.
    QCOMPARE(parks.value(QStringLiteral("atRisk")).toInteger(), 2000);
    QCOMPARE(parks.value(QStringLiteral("sources"))
                 .toObject()
                 .value(QStringLiteral("trust"))
                 .toInteger(),
             2000);
    const QJsonObject tax = year.value(QStringLiteral("resources")).toArray().first().toObject();
    QCOMPARE(
        tax.value(QStringLiteral("marginal")).toObject().value(QStringLiteral("need")).toDouble(),
        70.0);
    QCOMPARE(year.value(QStringLiteral("sectors"))
                 .toObject()
                 .value(QStringLiteral("charitable"))
                 .toObject()
                 .value(QStringLiteral("need"))
                 .toInteger(),
             2000);
    // Canonical: the same bytes every time.
    QCOMPARE(EvaluationJson::write(Evaluation::of(tinyPlan(), QStringLiteral("baseline"))), json);
}

void TestEvaluationReports::totalsReconcileToThePenny()
{
    const Evaluation evaluation =
        Evaluation::of(DemoPlan::plan(), QStringLiteral("cut-and-redesign"));
    QCOMPARE(evaluation.years.size(), 5);
    for (const YearResult &year : evaluation.years) {
        Money services, resources, sectors;
        for (const ServiceOutcome &s : year.services) {
            services += s.funded;
            Money sources;
            for (const auto &source : s.sources)
                sources += source.second;
            QCOMPARE(sources, s.funded);
        }
        for (const ResourceOutcome &r : year.resources)
            resources += r.used;
        for (const auto &sector : year.sectors) {
            for (const Money amount : sector)
                sectors += amount;
        }
        Money tiers;
        for (const TierOutcome &t : year.tiers) {
            tiers += t.funded;
            QCOMPARE(t.cost - t.funded, t.gap);
        }
        QCOMPARE(services, resources);
        QCOMPARE(sectors, services);
        QCOMPARE(tiers, services);
    }
}

void TestEvaluationReports::csvIsOneRowPerServiceInPounds()
{
    const QString csv = QString::fromUtf8(
        EvaluationCsv::write(Evaluation::of(tinyPlan(), QStringLiteral("baseline"))));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("year,scenario,service_id,service,tier,cost,funded,gap,"
                                         "status,at_risk,optimal,tier_bound,stopped,sources,why"));
    QCOMPARE(lines.at(2),
             QStringLiteral("2026/27,baseline,parks,\"Parks, "
                            "\"\"green\"\"\",need,100.00,70.00,30.00,partial,20.00,yes,,,tax=50.00;"
                            " trust=20.00,\"Every resource may fund it, and both are fully spent: "
                            "£70.00 on this service and £100.00 on must-tier services.\""));
}

void TestEvaluationReports::tableFitsEightyColumns()
{
    const QString table = EvaluationTable::write(
        Evaluation::of(DemoPlan::plan(), QStringLiteral("provider-failure"), {1}));
    QVERIFY(table.contains(QStringLiteral("Not fully funded")));
    QVERIFY(table.contains(QStringLiteral("£19,465,500.00"))); // thousands separators
    for (const QString &line : table.split(u'\n'))
        QVERIFY2(line.size() <= 80, qPrintable(line));
}

QTEST_GUILESS_MAIN(TestEvaluationReports)
#include "tst_evaluationreports.moc"
