#include "plangenerator.h"
#include "problemsearch.h"
#include "validation/planlimits.h"
#include "validation/planvalidator.h"

#include <QTest>

#include <functional>

using namespace lps;

using Breakage = std::function<void(Plan &)>;
Q_DECLARE_METATYPE(Breakage)
/// Makes the plan's count of something (services, years...) exactly `count`, keeping it valid.
using Resize = std::function<void(Plan &, qsizetype count)>;
Q_DECLARE_METATYPE(Resize)

namespace {

// Thousands grouped by hand, not by the QLocale the validator uses: "5,000", "600,000".
QString grouped(qsizetype value)
{
    const QString digits = QString::number(value);
    QString text;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            text += u',';
        text += digits.at(i);
    }
    return text;
}

void resizeServices(Plan &plan, qsizetype count)
{
    plan.services.resize(std::min(plan.services.size(), count));
    Service extra = test::samplePlan().services.last(); // could tier, no tags, no volunteer time
    for (qsizetype i = plan.services.size(); i < count; ++i) {
        extra.id = QStringLiteral("extra-%1").arg(i);
        plan.services << extra;
    }
}

// Extra resources are each open to one service, so that they add resources and barely any pairs.
void resizeResources(Plan &plan, qsizetype count)
{
    plan.resources.resize(std::min(plan.resources.size(), count));
    Resource grant = test::samplePlan().resources.first();
    grant.eligible.services = {plan.services.last().id};
    for (qsizetype i = plan.resources.size(); i < count; ++i) {
        grant.id = QStringLiteral("grant-%1").arg(i);
        plan.resources << grant;
    }
}

void resizeScenarios(Plan &plan, qsizetype count)
{
    plan.scenarios.resize(std::min(plan.scenarios.size(), count));
    Scenario whatIf = test::samplePlan().scenarios.last();
    for (qsizetype i = plan.scenarios.size(); i < count; ++i) {
        whatIf.id = QStringLiteral("what-if-%1").arg(i);
        plan.scenarios << whatIf;
    }
}

void resizeAdjustments(Plan &plan, qsizetype count)
{
    QList<Adjustment> &adjustments = plan.scenarios.last().adjustments;
    const Adjustment scale = adjustments.first();
    adjustments.resize(count, scale);
}

// Amounts given year by year become single amounts, so that any number of years is valid.
void resizeYears(Plan &plan, qsizetype count)
{
    plan.years = int(count);
    for (Resource &resource : plan.resources)
        resource.amount =
            YearlyAmounts::single(resource.amount.values().value(0, resource.amount.base()));
    for (Service &service : plan.services)
        service.cost = YearlyAmounts::single(service.cost.values().value(0, service.cost.base()));
}

// Exactly `count` funding pairs over the most services a plan may have: resources open to every
// service, and one open, by a tag, to as many of the first services as are still to count.
void resizeFundingPairs(Plan &plan, qsizetype count)
{
    static_assert(PlanLimits::kMaxFundingPairs >= PlanLimits::kMaxServices &&
                      PlanLimits::kMaxFundingPairs / PlanLimits::kMaxServices + 1 <=
                          PlanLimits::kMaxResources,
                  "the limits no longer allow this way of reaching the pairs limit; change it");
    resizeServices(plan, PlanLimits::kMaxServices);
    const qsizetype services = plan.services.size();
    Resource open = test::samplePlan().resources.first(); // council tax: unrestricted money
    QVERIFY(open.eligible.isUnrestricted() && open.kind == ResourceKind::Money);
    plan.resources = {open};
    for (qsizetype i = 1; i < count / services; ++i) {
        open.id = QStringLiteral("fund-%1").arg(i);
        plan.resources << open;
    }
    open.id = QStringLiteral("partly");
    open.eligible.tags = {QStringLiteral("partly")};
    plan.resources << open;
    for (qsizetype i = 0; i < services; ++i)
        plan.services[i].tags =
            i < count % services ? QStringList{QStringLiteral("partly")} : QStringList{};
}

// Eligibility::admits and the time rule of EffectiveYear::mayFund, pair by pair.
qsizetype fundingPairsOneByOne(const Plan &plan)
{
    qsizetype pairs = 0;
    for (const Resource &r : plan.resources) {
        for (const Service &s : plan.services) {
            if (r.kind == ResourceKind::Time && s.timeCapacityHours <= 0)
                continue;
            pairs += r.eligible.admits(s.id, s.tags, s.tier) ? 1 : 0;
        }
    }
    return pairs;
}

} // namespace

class TestPlanValidator : public QObject
{
    Q_OBJECT

private slots:
    void samplePlanIsValid();
    void findsEachProblemWithItsPath_data();
    void findsEachProblemWithItsPath();
    void notesKeepTheirLineBreaks();
    void namesAreCountedInCharactersNotCodeUnits();
    void reportsAllProblemsNotOnlyTheFirst();
    void ids_data();
    void ids();
    void adjustmentsCompareWhatTheirTypeUses();
    void sizeLimits_data();
    void sizeLimits();
    void aPlanPastASizeLimitGetsOnlyItsSizeProblems();
    void fundingPairsFollowEligibility_data();
    void fundingPairsFollowEligibility();
    void fundingPairsAgreeWithMayFund();
    void fundingPairsStopOncePastTheLimit();
};

void TestPlanValidator::samplePlanIsValid()
{
    QCOMPARE(PlanValidator::validate(test::samplePlan()), Problems());
}

void TestPlanValidator::findsEachProblemWithItsPath_data()
{
    QTest::addColumn<Breakage>("breakage");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");

    auto row = [](const char *name, Breakage breakage, const char *location, const char *message) {
        QTest::newRow(name) << breakage << QString::fromUtf8(location)
                            << QString::fromUtf8(message);
    };
    row(
        "empty name", [](Plan &p) { p.name = QStringLiteral("  "); }, "name", "required");
    row(
        "long name", [](Plan &p) { p.services[1].name = QString(201, u'x'); }, "services[1].name",
        "at most 200");
    row(
        "lone surrogate",
        [](Plan &p) { p.services[0].name = QStringLiteral("Caf") + QChar(0xD800); },
        "services[0].name", "broken characters");
    row(
        "escape in a name",
        [](Plan &p) { p.services[2].name = QStringLiteral("Youth\x1b[31m club"); },
        "services[2].name", "control character (U+001B)");
    row(
        "NUL in notes",
        [](Plan &p) { p.resources[0].notes = QStringLiteral("a") + QChar(0) + u'b'; },
        "resources[0].notes", "control character (U+0000)");
    row(
        "C1 in a tag", [](Plan &p) { p.services[0].tags = {QStringLiteral("x") + QChar(0x85)}; },
        "services[0].tags[0]", "control character (U+0085)");
    row(
        "line break in a name", [](Plan &p) { p.resources[1].name = QStringLiteral("Grant\nB"); },
        "resources[1].name", "one line");
    row(
        "megabyte of notes", [](Plan &p) { p.resources[0].notes = QString(100'001, u'x'); },
        "resources[0].notes", "at most 100000");
    row(
        "long consequence", [](Plan &p) { p.services[1].consequence = QString(100'001, u'x'); },
        "services[1].consequence", "at most 100000");
    row(
        "long tag", [](Plan &p) { p.services[1].tags = {QString(101, u't')}; },
        "services[1].tags[0]", "at most 100");
    row(
        "currency", [](Plan &p) { p.currency = QStringLiteral("pounds"); }, "currency", "ISO 4217");
    row(
        "currency with newline", [](Plan &p) { p.currency = QStringLiteral("EUR\n"); }, "currency",
        "ISO 4217");
    row(
        "first year", [](Plan &p) { p.firstYear = 1999; }, "firstYear", "2000..2100");
    QTest::newRow("no years") << Breakage([](Plan &p) { p.years = 0; }) << QStringLiteral("years")
                              << QStringLiteral("out of range 1..%1").arg(PlanLimits::kMaxYears);
    row(
        "inflation", [](Plan &p) { p.costInflation = 11; }, "costInflation", "out of range");
    row(
        "duplicate resource", [](Plan &p) { p.resources[1].id = p.resources[0].id; },
        "resources[1].id", "used twice");
    row(
        "amount", [](Plan &p) { p.resources[0].amount = YearlyAmounts::single(-5); },
        "resources[0].amount", "out of range");
    row(
        "amounts per year",
        [](Plan &p) {
            p.resources[1].amount = YearlyAmounts::perYear({1, 2});
        },
        "resources[1].amountByYear", "plan covers 3 years");
    row(
        "one year's amount",
        [](Plan &p) {
            p.resources[1].amount = YearlyAmounts::perYear({1, -2, 3});
        },
        "resources[1].amountByYear[1]", "out of range");
    row(
        "hours worth too much",
        [](Plan &p) { p.resources[1].amount = YearlyAmounts::single(Money::kMaxMinor / 1000); },
        "resources[1].amount", "out of range");
    row(
        "hour value on money", [](Plan &p) { p.resources[0].hourValue = Money::fromMinor(100); },
        "resources[0].hourValue", "time resources only");
    row(
        "hour value zero", [](Plan &p) { p.resources[1].hourValue = Money(); },
        "resources[1].hourValue", "out of range");
    row(
        "trend", [](Plan &p) { p.resources[0].trend = -1.5; }, "resources[0].trend",
        "out of range -1..10");
    row(
        "not a number", [](Plan &p) { p.resources[0].trend = std::nan(""); }, "resources[0].trend",
        "out of range");
    row(
        "eligible service",
        [](Plan &p) {
            p.resources[0].eligible.services = {QStringLiteral("festival"), QStringLiteral("gala")};
        },
        "resources[0].eligible.services[1]", "no service has the id \"gala\"");
    row(
        "empty tag", [](Plan &p) { p.resources[0].eligible.tags = {QString()}; },
        "resources[0].eligible.tags[0]", "cannot be empty");
    row(
        "match ratio", [](Plan &p) { p.resources[1].matchRatio = 0.0; }, "resources[1].matchRatio",
        "above 0");
    row(
        "match own sector", [](Plan &p) { p.resources[0].matchRatio = 1.0; },
        "resources[0].matchSector", "own sector");
    row(
        "cap", [](Plan &p) { p.resources[0].maxPerService = Money::fromMinor(-1); },
        "resources[0].maxPerService", "out of range");
    row(
        "contingent share", [](Plan &p) { p.resources[0].contingentShare = 1.01; },
        "resources[0].contingentShare", "0..1");
    row(
        "minimum share", [](Plan &p) { p.services[2].minimumShare = -0.1; },
        "services[2].minimumShare", "0..1");
    row(
        "priority", [](Plan &p) { p.services[0].priority = 101; }, "services[0].priority",
        "1..100");
    row(
        "service tag",
        [](Plan &p) {
            p.services[0].tags = {QStringLiteral("a"), QString()};
        },
        "services[0].tags[1]", "cannot be empty");
    row(
        "capacity", [](Plan &p) { p.services[0].timeCapacityHours = -1; },
        "services[0].timeCapacityHours", "out of range");
    row(
        "cost grows too far",
        [](Plan &p) { p.services[0].cost = YearlyAmounts::single(Money::kMaxMinor - 1); },
        "services[0].cost", "grows past");
    row(
        "no scenarios", [](Plan &p) { p.scenarios.clear(); }, "scenarios", "at least one");
    row(
        "unknown base", [](Plan &p) { p.scenarios[1].basedOn = QStringLiteral("nowhere"); },
        "scenarios[1].basedOn", "no scenario");
    row(
        "cycle",
        [](Plan &p) {
            Scenario other = p.scenarios[1];
            other.id = QStringLiteral("other");
            other.basedOn = p.scenarios[1].id;
            p.scenarios[1].basedOn = other.id;
            p.scenarios << other;
        },
        "scenarios[1].basedOn", "circle");
    row(
        "adjustment resource",
        [](Plan &p) { p.scenarios[1].adjustments[0].target = QStringLiteral("homelessness"); },
        "scenarios[1].adjustments[0].resource", "no resource");
    row(
        "factor", [](Plan &p) { p.scenarios[1].adjustments[0].factor = -0.5; },
        "scenarios[1].adjustments[0].factor", "0..10");
    row(
        "from year", [](Plan &p) { p.scenarios[1].adjustments[0].fromYear = 3; },
        "scenarios[1].adjustments[0].fromYear", "0..2");
    row(
        "set year",
        [](Plan &p) {
            Adjustment set;
            set.type = AdjustmentType::ResourceSet;
            set.target = QStringLiteral("council-tax");
            set.year = 7;
            p.scenarios[1].adjustments << set;
        },
        "scenarios[1].adjustments[1].year", "not a year index");
    row(
        "service priority",
        [](Plan &p) {
            Adjustment priority;
            priority.type = AdjustmentType::ServicePriority;
            priority.target = QStringLiteral("library");
            priority.priority = 0;
            p.scenarios[1].adjustments << priority;
        },
        "scenarios[1].adjustments[1].priority", "1..100");
    row(
        "move to itself",
        [](Plan &p) {
            Adjustment move{AdjustmentType::Move, QStringLiteral("library"),
                            QStringLiteral("library")};
            p.scenarios[1].adjustments << move;
        },
        "scenarios[1].adjustments[1].to", "to itself");
    row(
        "move to nowhere",
        [](Plan &p) {
            Adjustment move{AdjustmentType::Move, QStringLiteral("library"),
                            QStringLiteral("pool")};
            p.scenarios[1].adjustments << move;
        },
        "scenarios[1].adjustments[1].to", "no service");
}

void TestPlanValidator::findsEachProblemWithItsPath()
{
    QFETCH(Breakage, breakage);
    QFETCH(QString, location);
    QFETCH(QString, message);
    Plan plan = test::samplePlan();
    breakage(plan);
    const Problems problems = PlanValidator::validate(plan);
    QVERIFY(hasErrors(problems));
    const QString missing = test::missingProblem(problems, location, message);
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

// Notes and consequences are pages of text: tabs and line breaks are theirs.
void TestPlanValidator::notesKeepTheirLineBreaks()
{
    Plan plan = test::samplePlan();
    plan.resources[0].notes = QStringLiteral("line one\n\tindented\r\nline three");
    plan.services[0].consequence = QStringLiteral("People wait.\nPeople sleep rough.");
    QVERIFY(!hasErrors(PlanValidator::validate(plan)));
}

void TestPlanValidator::namesAreCountedInCharactersNotCodeUnits()
{
    Plan plan = test::samplePlan();
    QString emoji;
    for (int i = 0; i < 150; ++i)
        emoji += QStringLiteral("\U0001F3E0"); // 150 characters, 300 UTF-16 code units
    plan.name = emoji;
    QCOMPARE(PlanValidator::validate(plan), Problems());
    plan.name += QString(51, u'x');
    QCOMPARE(PlanValidator::validate(plan).value(0).message,
             QStringLiteral("is 201 characters long; at most 200 are allowed"));
}

void TestPlanValidator::reportsAllProblemsNotOnlyTheFirst()
{
    Plan plan = test::samplePlan();
    plan.years = 0;
    plan.resources[0].trend = 20;
    plan.services[1].priority = 0;
    plan.services[2].id = QStringLiteral("Festival");
    QStringList locations;
    for (const Problem &problem : PlanValidator::validate(plan))
        locations << problem.location;
    for (const char *expected :
         {"years", "resources[0].trend", "services[1].priority", "services[2].id"})
        QVERIFY2(locations.contains(QString::fromUtf8(expected)), expected);
}

void TestPlanValidator::ids_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << "council-tax" << true;
    QTest::newRow("digit first") << "2027-grant" << true;
    QTest::newRow("64 chars") << QString(64, u'a') << true;
    QTest::newRow("65 chars") << QString(65, u'a') << false;
    QTest::newRow("dash first") << "-grant" << false;
    QTest::newRow("upper case") << "Grant" << false;
    QTest::newRow("space") << "a b" << false;
    QTest::newRow("underscore") << "a_b" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("non-ascii") << "caf\u00e9" << false;
    QTest::newRow("trailing newline") << "grant\n" << false;
    QTest::newRow("leading newline") << "\ngrant" << false;
}

void TestPlanValidator::ids()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(PlanValidator::isValidId(id), valid);
}

void TestPlanValidator::adjustmentsCompareWhatTheirTypeUses()
{
    Adjustment off;
    off.type = AdjustmentType::ResourceOff;
    off.target = QStringLiteral("council-tax");
    Adjustment leftover = off;
    leftover.factor = 0.5; // e.g. left behind when a slider became a switch
    QCOMPARE(leftover, off);
    QCOMPARE(leftover.normalized().factor, 1.0);
    Adjustment scale = off;
    scale.type = AdjustmentType::ResourceScale;
    Adjustment otherScale = scale;
    otherScale.factor = 0.5;
    QVERIFY(!(scale == otherScale));
    otherScale.factor = 1.0;
    otherScale.fromYear = 1;
    QVERIFY(!(scale == otherScale));
}

void TestPlanValidator::sizeLimits_data()
{
    QTest::addColumn<Resize>("resize");
    QTest::addColumn<qsizetype>("limit");
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("namesTheCount"); // "the plan has 5,001 services"

    QTest::newRow("services") << Resize(resizeServices) << qsizetype(PlanLimits::kMaxServices)
                              << QStringLiteral("services") << true;
    QTest::newRow("resources") << Resize(resizeResources) << qsizetype(PlanLimits::kMaxResources)
                               << QStringLiteral("resources") << true;
    QTest::newRow("years") << Resize(resizeYears) << qsizetype(PlanLimits::kMaxYears)
                           << QStringLiteral("years") << true;
    QTest::newRow("scenarios") << Resize(resizeScenarios) << qsizetype(PlanLimits::kMaxScenarios)
                               << QStringLiteral("scenarios") << true;
    QTest::newRow("adjustments") << Resize(resizeAdjustments)
                                 << qsizetype(PlanLimits::kMaxAdjustmentsPerScenario)
                                 << QStringLiteral("scenarios[1].adjustments") << true;
    QTest::newRow("funding pairs") << Resize(resizeFundingPairs) << PlanLimits::kMaxFundingPairs
                                   << QStringLiteral("resources") << false;
}

void TestPlanValidator::sizeLimits()
{
    QFETCH(Resize, resize);
    QFETCH(qsizetype, limit);
    QFETCH(QString, location);
    QFETCH(bool, namesTheCount);

    Plan plan = test::samplePlan();
    resize(plan, limit);
    QCOMPARE(PlanValidator::validate(plan), Problems());

    plan = test::samplePlan();
    resize(plan, limit + 1);
    const Problems problems = PlanValidator::validate(plan);
    QCOMPARE(problems.size(), 1);
    const Problem &problem = problems.first();
    QVERIFY(problem.isError());
    QCOMPARE(problem.location, location);
    QVERIFY2(problem.message.contains(grouped(limit)), qPrintable(problem.toString()));
    if (namesTheCount)
        QVERIFY2(problem.message.contains(grouped(limit + 1)), qPrintable(problem.toString()));
}

void TestPlanValidator::aPlanPastASizeLimitGetsOnlyItsSizeProblems()
{
    Plan plan = test::samplePlan();
    resizeServices(plan, PlanLimits::kMaxServices + 1);
    resizeScenarios(plan, PlanLimits::kMaxScenarios + 1);
    plan.name.clear();
    plan.services[0].priority = 0;
    const Problems problems = PlanValidator::validate(plan);
    QStringList locations;
    for (const Problem &problem : problems)
        locations << problem.location;
    QCOMPARE(locations, (QStringList{QStringLiteral("services"), QStringLiteral("scenarios")}));
    QCOMPARE(problems.first().message,
             QStringLiteral("the plan has %1 services; LPS Planner allocates at most %2 in one "
                            "plan. Split the plan (by directorate, for example) or merge services "
                            "that are funded together.")
                 .arg(grouped(PlanLimits::kMaxServices + 1), grouped(PlanLimits::kMaxServices)));
}

void TestPlanValidator::fundingPairsFollowEligibility_data()
{
    // The sample: council tax open to all 3 services; volunteer time for "community" services
    // that take volunteer time, which only the library (need tier) is.
    QTest::addColumn<Breakage>("change");
    QTest::addColumn<qsizetype>("pairs");
    const auto row = [](const char *name, qsizetype pairs, Breakage change) {
        QTest::newRow(name) << change << pairs;
    };
    row("sample", 4, [](Plan &) {});
    row("time needs a service that takes time", 3,
        [](Plan &p) { p.services[1].timeCapacityHours = 0; });
    row("time open to every service", 4, [](Plan &p) { p.resources[1].eligible = {}; });
    row("time open to two that take time", 5, [](Plan &p) {
        p.resources[1].eligible = {};
        p.services[2].timeCapacityHours = 10;
    });
    row("tiers", 3, [](Plan &p) { p.resources[0].eligible.tiers = {Tier::Must, Tier::Need}; });
    row("listed services, one unknown", 2, [](Plan &p) {
        p.resources[0].eligible.services = {QStringLiteral("festival"), QStringLiteral("nowhere")};
    });
    row("every list must be satisfied", 2, [](Plan &p) {
        p.resources[0].eligible.services = {QStringLiteral("library"), QStringLiteral("festival")};
        p.resources[0].eligible.tags = {QStringLiteral("community")};
        p.resources[0].eligible.tiers = {Tier::Need, Tier::Could};
    });
    row("no service in the tier", 1, [](Plan &p) {
        p.resources[0].eligible.tiers = {Tier::Could};
        p.services[2].tier = Tier::Need;
    });
    row("a service counted once for two of its tags", 2, [](Plan &p) {
        p.services[1].tags << QStringLiteral("libraries");
        p.resources[0].eligible.tags = {QStringLiteral("community"), QStringLiteral("libraries")};
    });
    row("no resources", 0, [](Plan &p) { p.resources.clear(); });
}

void TestPlanValidator::fundingPairsFollowEligibility()
{
    QFETCH(Breakage, change);
    QFETCH(qsizetype, pairs);
    Plan plan = test::samplePlan();
    change(plan);
    QCOMPARE(fundingPairsOneByOne(plan), pairs); // the expectation itself, against admits()
    QCOMPARE(PlanValidator::fundingPairs(plan, PlanLimits::kMaxFundingPairs), pairs);
}

void TestPlanValidator::fundingPairsAgreeWithMayFund()
{
    for (quint32 seed = 1; seed <= 200; ++seed) {
        const Plan plan = test::generatePlan(seed);
        QVERIFY2(PlanValidator::fundingPairs(plan, PlanLimits::kMaxFundingPairs) ==
                     fundingPairsOneByOne(plan),
                 qPrintable(QStringLiteral("seed %1").arg(seed)));
    }
}

void TestPlanValidator::fundingPairsStopOncePastTheLimit()
{
    Plan plan = test::samplePlan();
    resizeFundingPairs(plan, PlanLimits::kMaxFundingPairs);
    QCOMPARE(PlanValidator::fundingPairs(plan, PlanLimits::kMaxFundingPairs),
             PlanLimits::kMaxFundingPairs);
    // Far past the limit: every resource open to every service. The count stops soon after the
    // limit, never going through every resource.
    for (Resource &resource : plan.resources)
        resource.eligible = {};
    const qsizetype all = plan.resources.size() * plan.services.size();
    const qsizetype counted = PlanValidator::fundingPairs(plan, PlanLimits::kMaxFundingPairs / 2);
    QVERIFY(counted > PlanLimits::kMaxFundingPairs / 2);
    QVERIFY2(counted < all, qPrintable(QStringLiteral("%1 of %2").arg(counted).arg(all)));
}

QTEST_GUILESS_MAIN(TestPlanValidator)
#include "tst_planvalidator.moc"
