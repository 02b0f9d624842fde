#include "engine/allocationengine.h"
#include "reports/evaluationcsv.h"
#include "reports/evaluationjson.h"
#include "reports/evaluationtable.h"
#include "reports/shortfallexplainer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lps;

Q_DECLARE_METATYPE(lps::EffectiveYear)

namespace {

Money pounds(qint64 amount)
{
    return Money::fromMinor(amount * 100);
}

EffectiveResource resource(const char *id, qint64 amount, Sector sector = Sector::Public)
{
    EffectiveResource r;
    r.id = QString::fromUtf8(id);
    r.name = r.id.at(0).toUpper() + r.id.mid(1);
    r.sector = sector;
    r.available = pounds(amount);
    return r;
}

EffectiveResource onlyFor(EffectiveResource r, const QStringList &services)
{
    r.eligible.services = services;
    return r;
}

EffectiveService service(const char *id, Tier tier, qint64 cost, int priority = 50,
                         double minimumShare = 0.0)
{
    EffectiveService s;
    s.id = QString::fromUtf8(id);
    s.name = s.id;
    s.tier = tier;
    s.cost = pounds(cost);
    s.priority = priority;
    s.minimumShare = minimumShare;
    return s;
}

EffectiveYear yearOf(const QList<EffectiveResource> &resources,
                     const QList<EffectiveService> &services)
{
    EffectiveYear year;
    year.scenarioId = QStringLiteral("baseline");
    year.calendarYear = 2026;
    year.resources = resources;
    year.services = services;
    return year;
}

// A result built by hand from an allocation in pounds (resources x services, row by row), so that
// each explanation is tested against exactly the facts it has to put into words.
YearResult resultOf(const EffectiveYear &year, const QList<qint64> &amounts)
{
    YearResult result;
    result.calendarYear = year.calendarYear;
    result.allocation = Allocation(year.resources.size(), year.services.size());
    for (qsizetype r = 0; r < year.resources.size(); ++r) {
        for (qsizetype s = 0; s < year.services.size(); ++s)
            result.allocation.set(r, s, pounds(amounts.value(r * year.services.size() + s)));
    }
    for (qsizetype s = 0; s < year.services.size(); ++s) {
        const EffectiveService &service = year.services.at(s);
        ServiceOutcome outcome;
        outcome.id = service.id;
        outcome.tier = service.tier;
        outcome.cost = service.switchedOff ? Money() : service.cost;
        outcome.funded = result.allocation.fundingOf(s);
        outcome.status = service.switchedOff              ? FundingStatus::Decommissioned
                         : outcome.funded >= service.cost ? FundingStatus::Funded
                         : outcome.funded.isZero()        ? FundingStatus::Unfunded
                                                          : FundingStatus::Partial;
        result.services << outcome;
    }
    return result;
}

} // namespace

class TestShortfallExplainer : public QObject
{
    Q_OBJECT

private slots:
    void explains_data();
    void explains();
    void saysNothingOfServicesThatNeedNothingMore();
    void explainsWhatTheEngineDid();
    void reportsCarryTheExplanations();
};

void TestShortfallExplainer::explains_data()
{
    QTest::addColumn<EffectiveYear>("year");
    QTest::addColumn<QList<qint64>>("allocation");
    QTest::addColumn<QString>("expected");

    // The last service of each year is the one explained.
    QTest::newRow("both used by must-tier services")
        << yearOf({resource("tax", 100), resource("grant", 50),
                   onlyFor(resource("levy", 80), {QStringLiteral("roads")})},
                  {service("homes", Tier::Must, 150), service("roads", Tier::Must, 80),
                   service("parks", Tier::Need, 200)})
        << QList<qint64>{100, 0, 0, 50, 0, 0, 0, 80, 0}
        << QStringLiteral(
               "Only Tax and Grant may fund it, and both are spent on must-tier services.");
    QTest::newRow("higher-priority services of its own tier took the rest")
        << yearOf({resource("tax", 150)},
                  {service("library", Tier::Need, 100, 70), service("parks", Tier::Need, 100, 50)})
        << QList<qint64>{100, 50}
        << QStringLiteral(
               "Only Tax may fund it, and it is fully spent: £50.00 on this service and £100.00 on "
               "higher-priority need-tier services.");
    QTest::newRow("spent on every tier and priority")
        << yearOf({resource("tax", 100), resource("grant", 100)},
                  {service("homes", Tier::Must, 60), service("roads", Tier::Need, 60),
                   service("arts", Tier::Could, 40, 80), service("fetes", Tier::Could, 30, 50),
                   service("museum", Tier::Could, 100, 50)})
        << QList<qint64>{60, 0, 40, 0, 0, 0, 60, 0, 30, 10}
        << QStringLiteral("Every resource may fund it, and both are fully spent: £10.00 on this "
                          "service, £60.00 on must-tier "
                          "services, £60.00 on need-tier services, £40.00 on higher-priority "
                          "could-tier services and £30.00 "
                          "on could-tier services of the same priority. fetes has the same "
                          "priority and is listed first, "
                          "so it is funded first (£30.00 of this money).");
    QTest::newRow("lower-priority services of its own tier")
        << yearOf({resource("tax", 50), onlyFor(resource("levy", 10), {QStringLiteral("homes")})},
                  {service("homes", Tier::Must, 10), service("fetes", Tier::Could, 50, 20),
                   service("museum", Tier::Could, 100, 60, 0.6)})
        << QList<qint64>{0, 50, 0, 10, 0, 0}
        << QStringLiteral(
               "Only Tax may fund it, and it is spent on lower-priority could-tier services.");
    QTest::newRow("many resources")
        << yearOf({resource("a", 10), resource("b", 10), resource("c", 10), resource("d", 10),
                   onlyFor(resource("e", 10), {QStringLiteral("homes")})},
                  {service("homes", Tier::Must, 50), service("parks", Tier::Need, 10)})
        << QList<qint64>{10, 0, 10, 0, 10, 0, 10, 0, 10, 0}
        << QStringLiteral("4 resources may fund it, and all are spent on must-tier services.");
    QTest::newRow("no resource is eligible")
        << yearOf({onlyFor(resource("tax", 100), {QStringLiteral("homes")})},
                  {service("homes", Tier::Must, 50), service("parks", Tier::Need, 10)})
        << QList<qint64>{50, 0}
        << QStringLiteral("No resource may fund it: none is eligible for it.");

    EffectiveResource off = resource("grant", 0);
    off.switchedOff = true;
    EffectiveResource volunteers = resource("volunteers", 100);
    volunteers.kind = ResourceKind::Time;
    volunteers.hours = 10;
    volunteers.hourValue = pounds(10);
    QTest::newRow("the resources that could are off, empty or time")
        << yearOf({off, volunteers, resource("levy", 0)}, {service("parks", Tier::Need, 10)})
        << QList<qint64>{0, 0, 0}
        << QStringLiteral("No resource may fund it: Grant is switched off in this scenario; "
                          "Volunteers is volunteer time and it "
                          "takes no volunteer hours; Levy has no money this year.");
    QTest::newRow("minimum share out of reach")
        << yearOf({resource("tax", 150)},
                  {service("homes", Tier::Must, 110), service("parks", Tier::Need, 100, 50, 0.6)})
        << QList<qint64>{110, 0}
        << QStringLiteral("Only Tax may fund it. It needs at least £60.00 to run (60% of its cost) "
                          "and only £40.00 could be found.");

    EffectiveResource capped = resource("grant", 500);
    capped.maxPerService = pounds(30);
    QTest::newRow("a cap")
        << yearOf({capped}, {service("parks", Tier::Need, 100)}) << QList<qint64>{30}
        << QStringLiteral(
               "Only Grant may fund it. Grant gives no more than £30.00 to any one service.");
    QTest::newRow("a cap below the minimum share")
        << yearOf({capped}, {service("parks", Tier::Need, 100, 50, 0.5)}) << QList<qint64>{0}
        << QStringLiteral("Only Grant may fund it. It needs at least £50.00 to run (50% of its "
                          "cost) and only £30.00 could be "
                          "found: Grant gives no more than £30.00 to any one service.");

    EffectiveResource match = resource("match", 500);
    match.matchRatio = 1.5;
    match.matchSector = Sector::Charitable;
    QTest::newRow("a match rule") << yearOf({match, resource("trust", 20, Sector::Charitable)},
                                            {service("parks", Tier::Need, 100)})
                                  << QList<qint64>{30, 20}
                                  << QStringLiteral(
                                         "Every resource may fund it; Trust is fully spent: £20.00 "
                                         "on this service. Match only matches money "
                                         "from the charitable sector (£1.50 for each £1.00), and "
                                         "that sector gives it £20.00.");
    QTest::newRow("a match rule with nothing to match, below a minimum share")
        << yearOf({match, resource("trust", 20, Sector::Charitable)},
                  {service("homes", Tier::Must, 20), service("parks", Tier::Need, 100, 50, 0.5)})
        << QList<qint64>{0, 0, 20, 0}
        << QStringLiteral("Every resource may fund it; Trust is spent on must-tier services. It "
                          "needs at least £50.00 to run "
                          "(50% of its cost) and nothing could be found: Match only matches money "
                          "from the charitable sector, and "
                          "that sector gives it nothing.");

    EffectiveService club = service("club", Tier::Could, 100);
    club.timeCapacityHours = 5;
    QTest::newRow("volunteer hours it can take")
        << yearOf({volunteers}, {club}) << QList<qint64>{50}
        << QStringLiteral("Only Volunteers may fund it. It can take only 5 volunteer hours, and "
                          "they are all used.");
    QTest::newRow("money left for no reason the rules give")
        << yearOf({resource("tax", 100)}, {service("parks", Tier::Need, 100)}) << QList<qint64>{50}
        << QStringLiteral("Only Tax may fund it. What is left in Tax could not go to it without "
                          "breaking a rule of the plan.");
}

void TestShortfallExplainer::explains()
{
    QFETCH(EffectiveYear, year);
    QFETCH(QList<qint64>, allocation);
    QFETCH(QString, expected);
    const YearResult result = resultOf(year, allocation);
    QCOMPARE(ShortfallExplainer::explain(year, result, year.services.size() - 1, {}), expected);
}

void TestShortfallExplainer::saysNothingOfServicesThatNeedNothingMore()
{
    EffectiveService closed = service("pool", Tier::Could, 100);
    closed.switchedOff = true;
    const EffectiveYear year =
        yearOf({resource("tax", 100)}, {service("homes", Tier::Must, 100), closed});
    const YearResult result = resultOf(year, {100, 0});
    QVERIFY(ShortfallExplainer::explain(year, result, 0, {}).isEmpty());
    QVERIFY(ShortfallExplainer::explain(year, result, 1, {}).isEmpty());
    QVERIFY(ShortfallExplainer::explain(year, result, 2, {}).isEmpty()); // no such service
}

void TestShortfallExplainer::explainsWhatTheEngineDid()
{
    // The allocation-engine issue's own example, allocated for real; names come from the plan.
    const EffectiveYear year =
        yearOf({onlyFor(resource("tax", 100), {QStringLiteral("homes"), QStringLiteral("parks")}),
                onlyFor(resource("grant", 50), {QStringLiteral("care"), QStringLiteral("parks")}),
                onlyFor(resource("trust", 500), {QStringLiteral("arts")})},
               {service("homes", Tier::Must, 100), service("care", Tier::Must, 60),
                service("parks", Tier::Need, 80), service("arts", Tier::Could, 10)});
    const YearResult result = AllocationEngine::evaluate(year);
    QVERIFY(result.optimal);
    const QHash<QString, QString> names{{QStringLiteral("tax"), QStringLiteral("Council tax")},
                                        {QStringLiteral("grant"), QStringLiteral("Care grant")}};
    QCOMPARE(ShortfallExplainer::explain(year, result, 2, names),
             QStringLiteral("Only Council tax and Care grant may fund it, and both are spent on "
                            "must-tier services."));
    QCOMPARE(ShortfallExplainer::explain(year, result, 1, names, QStringLiteral("EUR")),
             QStringLiteral(
                 "Only Care grant may fund it, and it is fully spent: €50.00 on this service."));
}

void TestShortfallExplainer::reportsCarryTheExplanations()
{
    const EffectiveYear year =
        yearOf({resource("tax", 150)},
               {service("homes", Tier::Must, 110), service("parks", Tier::Need, 100, 50, 0.6)});
    Evaluation evaluation;
    evaluation.planName = QStringLiteral("Hand-built");
    evaluation.scenarioId = QStringLiteral("baseline");
    evaluation.scenarioName = QStringLiteral("Baseline");
    evaluation.years << AllocationEngine::evaluate(year);
    evaluation.inputs << year;
    evaluation.serviceNames.insert(QStringLiteral("parks"),
                                   QStringLiteral("Parks and open spaces"));
    const QString why = QStringLiteral("Only Tax may fund it. It needs at least £60.00 to run (60% "
                                       "of its cost) and only £40.00 could be found.");
    QCOMPARE(evaluation.why(0, 1), why);
    QVERIFY(evaluation.why(0, 0).isEmpty());
    QVERIFY(evaluation.why(1, 1).isEmpty());

    const QJsonArray services = QJsonDocument::fromJson(EvaluationJson::write(evaluation))
                                    .object()
                                    .value(QStringLiteral("years"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("services"))
                                    .toArray();
    QVERIFY(!services.at(0).toObject().contains(QStringLiteral("why")));
    QCOMPARE(services.at(1).toObject().value(QStringLiteral("why")).toString(), why);
    QVERIFY(EvaluationJson::write(evaluation).contains("\"sources\": {},\n          \"why\": "));

    const QStringList lines = QString::fromUtf8(EvaluationCsv::write(evaluation))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.at(0).endsWith(QStringLiteral(",sources,why")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral(",tax=110.00,")));
    QVERIFY(lines.at(2).endsWith(QStringLiteral(",,") + why));

    const QString table = EvaluationTable::write(evaluation);
    QVERIFY2(
        table.contains(QStringLiteral(
            "\n  Parks and open spaces: Only Tax may fund it. It needs at least £60.00 to run\n"
            "  (60% of its cost) and only £40.00 could be found.\n")),
        qPrintable(table));
    for (const QString &line : table.split(u'\n'))
        QVERIFY2(line.size() <= 80, qPrintable(line));
}

QTEST_GUILESS_MAIN(TestShortfallExplainer)
#include "tst_shortfallexplainer.moc"
