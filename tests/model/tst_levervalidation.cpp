// A workshop's levers (issue 13) as the plan validator checks them: each refusal at its place,
// with what is wrong.
#include "plangenerator.h"
#include "problemsearch.h"
#include "validation/planvalidator.h"

#include <QTest>

#include <functional>

using namespace lps;

using Breakage = std::function<void(Plan &)>;
Q_DECLARE_METATYPE(Breakage)

class TestLeverValidation : public QObject
{
    Q_OBJECT

private slots:
    void refusesWithItsPath_data();
    void refusesWithItsPath();
    void acceptsAPreparedSet();
};

void TestLeverValidation::refusesWithItsPath_data()
{
    QTest::addColumn<Breakage>("breakage");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, Breakage breakage, const char *location, const char *message) {
        QTest::newRow(name) << breakage << QString::fromUtf8(location)
                            << QString::fromUtf8(message);
    };
    const auto lever = [](LeverKind kind, const QString &target, std::optional<double> low,
                          std::optional<double> high) {
        Lever l;
        l.kind = kind;
        l.target = target;
        l.low = low;
        l.high = high;
        return l;
    };
    row(
        "lever on nothing",
        [lever](Plan &p) {
            p.levers = {lever(LeverKind::ResourceAmount, QStringLiteral("gone"), 0.5, 1.5)};
        },
        "levers[0].target", "not the id of any resource");
    row(
        "service lever on a resource",
        [lever](Plan &p) { p.levers = {lever(LeverKind::ServiceOff, p.resources[0].id, {}, {})}; },
        "levers[0].target", "not the id of any service");
    row(
        "switch with a range",
        [lever](Plan &p) {
            p.levers = {lever(LeverKind::ResourceOff, p.resources[0].id, 0.0, 1.0)};
        },
        "levers[0]", "is a switch and has no range");
    row(
        "slider without a range",
        [lever](Plan &p) { p.levers = {lever(LeverKind::ServiceCost, p.services[0].id, {}, {})}; },
        "levers[0]", "needs a range");
    row(
        "range upside down",
        [lever](Plan &p) {
            p.levers = {lever(LeverKind::ServiceCost, p.services[0].id, 1.5, 0.5)};
        },
        "levers[0].high", "must be above low");
    row(
        "range above what is on show",
        [lever](Plan &p) {
            p.levers = {lever(LeverKind::ResourceAmount, p.resources[0].id, 1.1, 1.5)};
        },
        "levers[0].low", "must be 1 or below");
    row(
        "range below what is on show",
        [lever](Plan &p) {
            p.levers = {lever(LeverKind::ServiceCost, p.services[0].id, 0.2, 0.9)};
        },
        "levers[0].high", "must be 1 or above");
    row(
        "range past ten times",
        [lever](Plan &p) {
            p.levers = {lever(LeverKind::ResourceAmount, p.resources[0].id, 0.5, 12.0)};
        },
        "levers[0].high", "out of range 0..10");
    row(
        "the same lever twice",
        [lever](Plan &p) {
            p.levers = {lever(LeverKind::ServiceOff, p.services[0].id, {}, {}),
                        lever(LeverKind::ServiceOff, p.services[0].id, {}, {})};
        },
        "levers[1]", "appears once");
    row(
        "nine levers",
        [lever](Plan &p) {
            for (int i = 0; i < 9; ++i)
                p.levers << lever(LeverKind::ResourceAmount, p.resources[0].id, 0.1 * i, 2.0);
        },
        "levers", "at most 8");
}

void TestLeverValidation::refusesWithItsPath()
{
    QFETCH(Breakage, breakage);
    QFETCH(QString, location);
    QFETCH(QString, message);
    Plan plan = test::samplePlan();
    breakage(plan);
    const QString missing =
        test::missingProblem(PlanValidator::validate(plan), location, message, true);
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

// Eight levers, sliders and switches on resources and services: a plan may hold them.
void TestLeverValidation::acceptsAPreparedSet()
{
    Plan plan = test::samplePlan();
    for (const LeverKind kind : {LeverKind::ResourceAmount, LeverKind::ResourceOff}) {
        for (const Resource &resource : plan.resources) {
            Lever lever;
            lever.kind = kind;
            lever.target = resource.id;
            if (!lever.isSwitch()) {
                lever.low = 0.0;
                lever.high = 10.0;
            }
            plan.levers << lever;
        }
    }
    for (const LeverKind kind : {LeverKind::ServiceCost, LeverKind::ServiceOff}) {
        for (qsizetype s = 0; s < 2; ++s) {
            Lever lever;
            lever.kind = kind;
            lever.target = plan.services.at(s).id;
            if (!lever.isSwitch()) {
                lever.low = 0.8;
                lever.high = 1.2;
            }
            plan.levers << lever;
        }
    }
    QCOMPARE(plan.levers.size(), 8);
    const Problems problems = PlanValidator::validate(plan);
    QVERIFY2(problems.isEmpty(),
             qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
}

QTEST_GUILESS_MAIN(TestLeverValidation)
#include "tst_levervalidation.moc"
