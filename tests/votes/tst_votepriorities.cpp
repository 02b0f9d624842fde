// The room's dots become service priorities by the written rule (docs/workshop-notes.md, "The
// room's priorities: from dots to a scenario"): exact values, the rounding at .5, ties, tiers
// nobody voted in, refusals, and a scenario that is valid and funds the room's choices first.
#include "demo/demoplan.h"
#include "reports/evaluation.h"
#include "validation/planvalidator.h"
#include "votes/dotvotes.h"
#include "votes/votepriorities.h"

#include <QTest>

Q_DECLARE_METATYPE(lps::Plan)

using namespace lps;

namespace {

// QStringList from UTF-8 literals (the build forbids implicit casts from char strings).
QStringList strings(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result << QString::fromUtf8(item);
    return result;
}

Service service(const char *id, const char *name, Tier tier, qint64 cost = 100'00,
                int priority = 50)
{
    Service s;
    s.id = QString::fromUtf8(id);
    s.name = QString::fromUtf8(name);
    s.tier = tier;
    s.cost = YearlyAmounts::single(cost);
    s.priority = priority;
    return s;
}

// Must: m1, m2. Need: a, b, c, d. Could: x, y. One resource funding everything; the baseline.
Plan tieredPlan(qint64 money = 1'000'000'00)
{
    Plan plan;
    plan.name = QStringLiteral("Votes test");
    plan.years = 2;
    plan.services = {service("m1", "Meals", Tier::Must),
                     service("m2", "Mobility", Tier::Must),
                     service("a", "Advice", Tier::Need, 100'00, 80),
                     service("b", "Befriending", Tier::Need, 100'00, 60),
                     service("c", "Carers", Tier::Need, 100'00, 40),
                     service("d", "Day trips", Tier::Need, 100'00, 20),
                     service("x", "Xylophones", Tier::Could),
                     service("y", "Youth club", Tier::Could)};
    Resource grant;
    grant.id = QStringLiteral("grant");
    grant.name = QStringLiteral("Grant");
    grant.amount = YearlyAmounts::single(money);
    plan.resources = {grant};
    Scenario baseline;
    baseline.id = QStringLiteral("baseline");
    baseline.name = QStringLiteral("Baseline");
    plan.scenarios = {baseline};
    return plan;
}

// "a=12" items.
DotVotes votesOf(const QStringList &items, int ballots = 0)
{
    DotVotes votes;
    for (const QString &item : items) {
        const QStringList parts = item.split(u'=');
        votes.set(parts.at(0), parts.at(1).toInt());
    }
    votes.setBallots(ballots);
    return votes;
}

// The adjustments as "a=100", checking each is a service priority from the first year.
QStringList prioritiesOf(const Scenario &scenario)
{
    QStringList result;
    for (const Adjustment &adjustment : scenario.adjustments) {
        if (adjustment.type != AdjustmentType::ServicePriority || adjustment.fromYear != 0)
            return {QStringLiteral("not a service priority from year 0: ") + adjustment.target};
        result << QStringLiteral("%1=%2").arg(adjustment.target).arg(adjustment.priority);
    }
    return result;
}

QString problemsText(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines << problem.toString();
    return lines.join(u'\n');
}

Money fundedIn(const Evaluation &evaluation, const QString &serviceId)
{
    for (const ServiceOutcome &outcome : evaluation.years.first().services) {
        if (outcome.id == serviceId)
            return outcome.funded;
    }
    return Money::fromMinor(-1);
}

DotVotes votesOf(std::initializer_list<const char *> items, int ballots = 0)
{
    return votesOf(strings(items), ballots);
}

} // namespace

class TestVotePriorities : public QObject
{
    Q_OBJECT

private slots:
    void priorityFor_data();
    void priorityFor();
    void setsPrioritiesTierByTier_data();
    void setsPrioritiesTierByTier();
    void followsTheWorkedExampleOfTheNotes();
    void leavesATierNobodyVotedIn();
    void saysWhatItDidInEachTier();
    void refuses_data();
    void refuses();
    void setsAsideServicesSwitchedOff();
    void takesTiersFromTheBaseScenario();
    void namesTheScenario();
    void passesValidation_data();
    void passesValidation();
    void fundsTheRoomsChoicesFirstWhenMoneyIsShort();
};

void TestVotePriorities::priorityFor_data()
{
    QTest::addColumn<int>("dots");
    QTest::addColumn<int>("mostDots");
    QTest::addColumn<int>("priority");
    QTest::newRow("the most") << 12 << 12 << 100;
    QTest::newRow("half") << 6 << 12 << 50;
    QTest::newRow("a third rounds down") << 1 << 3 << 33;
    QTest::newRow("two thirds rounds up") << 2 << 3 << 67;
    QTest::newRow("12.5 rounds up") << 1 << 8 << 13;
    QTest::newRow("37.5 rounds up") << 3 << 8 << 38;
    QTest::newRow("62.5 rounds up") << 5 << 8 << 63;
    QTest::newRow("99.5 rounds up to 100") << 199 << 200 << 100;
    QTest::newRow("99.25 rounds down") << 397 << 400 << 99;
    QTest::newRow("0.5 rounds up to 1") << 1 << 200 << 1;
    QTest::newRow("0.25 is still 1") << 1 << 400 << 1;
    QTest::newRow("1.5 rounds up to 2") << 3 << 200 << 2;
    QTest::newRow("no dots is 1") << 0 << 5 << 1;
    QTest::newRow("one dot of one") << 1 << 1 << 100;
    QTest::newRow("large counts stay exact") << 1'000'000'001 << 2'000'000'000 << 50;
}

void TestVotePriorities::priorityFor()
{
    QFETCH(int, dots);
    QFETCH(int, mostDots);
    QFETCH(int, priority);
    QCOMPARE(VotePriorities::priorityFor(dots, mostDots), priority);
}

void TestVotePriorities::setsPrioritiesTierByTier_data()
{
    QTest::addColumn<QStringList>("votes");
    QTest::addColumn<QStringList>("priorities");
    QTest::newRow("proportional") << strings({"a=12", "b=6", "c=3", "d=0"})
                                  << strings({"a=100", "b=50", "c=25", "d=1"});
    QTest::newRow("rounding half up at exactly .5")
        << strings({"a=8", "b=1", "c=3", "d=5"}) << strings({"a=100", "b=13", "c=38", "d=63"});
    QTest::newRow("ties at the top are both 100")
        << strings({"a=5", "b=5", "c=2"}) << strings({"a=100", "b=100", "c=40", "d=1"});
    // The officers ranked d last; the room puts it first, and the rest get 1.
    QTest::newRow("a service without dots gets 1")
        << strings({"d=1"}) << strings({"a=1", "b=1", "c=1", "d=100"});
    QTest::newRow("each tier against its own most")
        << strings({"m1=2", "m2=1", "a=10", "b=5", "y=40"})
        << strings({"m1=100", "m2=50", "a=100", "b=50", "c=1", "d=1", "x=1", "y=100"});
    QTest::newRow("a service voted 0 in a tier with dots")
        << strings({"x=0", "y=3"}) << strings({"x=1", "y=100"});
}

void TestVotePriorities::setsPrioritiesTierByTier()
{
    QFETCH(QStringList, votes);
    QFETCH(QStringList, priorities);
    const VotePriorities::Result result =
        VotePriorities::scenario(tieredPlan(), QStringLiteral("baseline"), votesOf(votes));
    QVERIFY2(result.ok(), qPrintable(problemsText(result.problems)));
    // In the plan's service order, only the tiers with dots.
    QCOMPARE(prioritiesOf(result.scenario), priorities);
}

// The table in docs/workshop-notes.md, "The room's priorities: from dots to a scenario".
void TestVotePriorities::followsTheWorkedExampleOfTheNotes()
{
    Plan plan = tieredPlan();
    plan.services = {service("meals", "Meals", Tier::Must, 100'00, 50),
                     service("mobility", "Mobility", Tier::Must, 100'00, 70),
                     service("advice", "Advice", Tier::Need, 100'00, 80),
                     service("befriending", "Befriending", Tier::Need, 100'00, 60),
                     service("carers", "Carers", Tier::Need, 100'00, 40),
                     service("day-trips", "Day trips", Tier::Need, 100'00, 20),
                     service("toy-library", "Toy library", Tier::Need, 100'00, 10),
                     service("hearth", "Hearth", Tier::Could, 100'00, 30)};
    const VotePriorities::Result result = VotePriorities::scenario(
        plan, QStringLiteral("baseline"),
        votesOf({"meals=3", "mobility=3", "advice=8", "befriending=5", "carers=1", "day-trips=2"},
                6));
    QVERIFY2(result.ok(), qPrintable(problemsText(result.problems)));
    QCOMPARE(prioritiesOf(result.scenario),
             (strings({"meals=100", "mobility=100", "advice=100", "befriending=63", "carers=13",
                       "day-trips=25", "toy-library=1"})));
    QVERIFY(result.scenario.notes.startsWith(QStringLiteral("From 22 dots on 6 ballots.")));
    QCOMPARE(result.tiers[size_t(Tier::Could)].note,
             QStringLiteral("Could: nobody voted; the officers' priorities stand"));
}

void TestVotePriorities::leavesATierNobodyVotedIn()
{
    // All the zeros: the room was asked about the must tier but put nothing there.
    const VotePriorities::Result result = VotePriorities::scenario(
        tieredPlan(), QStringLiteral("baseline"), votesOf({"m1=0", "m2=0", "b=4"}));
    QVERIFY2(result.ok(), qPrintable(problemsText(result.problems)));
    QCOMPARE(prioritiesOf(result.scenario), (strings({"a=1", "b=100", "c=1", "d=1"})));
    QVERIFY(!result.tiers[size_t(Tier::Must)].voted());
    QVERIFY(result.tiers[size_t(Tier::Need)].voted());
    QVERIFY(!result.tiers[size_t(Tier::Could)].voted());
    QCOMPARE(result.tiers[size_t(Tier::Must)].services, 0);
    QCOMPARE(result.tiers[size_t(Tier::Need)].services, 4);
    QCOMPARE(result.tiers[size_t(Tier::Could)].note,
             QStringLiteral("Could: nobody voted; the officers' priorities stand"));
    QCOMPARE(result.tiers[size_t(Tier::Must)].note,
             QStringLiteral("Must: nobody voted; the officers' priorities stand"));
}

void TestVotePriorities::saysWhatItDidInEachTier()
{
    Plan plan = tieredPlan();
    plan.services.removeIf([](const Service &s) { return s.tier == Tier::Could; });
    const VotePriorities::Result result = VotePriorities::scenario(
        plan, QStringLiteral("baseline"), votesOf({"m1=3", "m2=3", "a=8", "b=1", "c=4"}, 6));
    QVERIFY2(result.ok(), qPrintable(problemsText(result.problems)));
    QCOMPARE(result.tierNotes(),
             (QStringList{
                 QStringLiteral("Must: 6 dots; Meals and Mobility had the most (3 each) and get "
                                "priority 100"),
                 QStringLiteral("Need: 13 dots; Advice had the most (8) and gets priority 100; "
                                "the other 3 services get 100 x their dots / 8, rounded half up, "
                                "at least 1"),
                 QStringLiteral("Could: has no services to vote for")}));
    QCOMPARE(result.tiers[size_t(Tier::Need)].dots, 13);
    QCOMPARE(result.tiers[size_t(Tier::Need)].mostDots, 8);
    const QStringList notes = result.scenario.notes.split(u'\n');
    QCOMPARE(notes.size(), 4);
    QCOMPARE(notes.first(),
             QStringLiteral("From 19 dots on 6 ballots. Within each tier the service with the most "
                            "dots has priority 100 and every other one 100 x its dots / the most "
                            "dots, rounded half up and at least 1; a tier nobody voted in keeps "
                            "the officers' priorities."));
    QCOMPARE(notes.mid(1), result.tierNotes());

    const VotePriorities::Result typed =
        VotePriorities::scenario(plan, QStringLiteral("baseline"), votesOf({"a=1"}));
    QVERIFY(typed.scenario.notes.startsWith(
        QStringLiteral("From 1 dot typed in by the facilitator. Within each tier")));
    QCOMPARE(typed.tiers[size_t(Tier::Need)].note,
             QStringLiteral("Need: 1 dot; Advice had the most (1) and gets priority 100; the "
                            "other 3 services get 100 x their dots / 1, rounded half up, at "
                            "least 1"));
}

void TestVotePriorities::refuses_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QStringList>("votes");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("unknown service")
        << "baseline" << strings({"a=3", "zumba=2"})
        << strings({"votes for \"zumba\": the plan has no service with the id \"zumba\" (2 "
                    "dots for it); give the dots to one of the plan's services"});
    QTest::newRow("unknown services, even with no dots")
        << "baseline" << strings({"a=3", "nope=0", "zumba=1"})
        << strings({"votes for \"nope\": the plan has no service with the id \"nope\" (0 dots "
                    "for it); give the dots to one of the plan's services",
                    "votes for \"zumba\": the plan has no service with the id \"zumba\" (1 dot "
                    "for it); give the dots to one of the plan's services"});
    QTest::newRow("unknown base scenario")
        << "cuts" << strings({"a=3"})
        << strings({"base scenario: no scenario has the id \"cuts\"; choose the scenario the "
                    "room's priorities start from"});
    QTest::newRow("no dots at all")
        << "baseline" << strings({"a=0"})
        << strings({"votes: the room has not put a dot on any service yet, so there are no "
                    "priorities to set"});
}

void TestVotePriorities::refuses()
{
    QFETCH(QString, base);
    QFETCH(QStringList, votes);
    QFETCH(QStringList, problems);
    const VotePriorities::Result result =
        VotePriorities::scenario(tieredPlan(), base, votesOf(votes));
    QVERIFY(!result.ok());
    QCOMPARE(problemsText(result.problems).split(u'\n'), problems);
    QCOMPARE(result.scenario, Scenario());
}

void TestVotePriorities::setsAsideServicesSwitchedOff()
{
    // The room voted while the cuts scenario was on screen; Advice is decommissioned in it.
    Plan plan = tieredPlan();
    Scenario cuts;
    cuts.id = QStringLiteral("cuts");
    cuts.name = QStringLiteral("Cuts");
    cuts.basedOn = QStringLiteral("baseline");
    Adjustment off;
    off.type = AdjustmentType::ServiceOff;
    off.target = QStringLiteral("a");
    cuts.adjustments << off;
    plan.scenarios << cuts;
    const VotePriorities::Result result =
        VotePriorities::scenario(plan, QStringLiteral("cuts"), votesOf({"a=10", "b=4", "c=2"}));
    QVERIFY2(result.ok(), qPrintable(problemsText(result.problems)));
    QCOMPARE(prioritiesOf(result.scenario), (strings({"b=100", "c=50", "d=1"})));
    QCOMPARE(result.setAside,
             QStringList{QStringLiteral("Advice is switched off in Cuts, so its 10 dots are set "
                                        "aside")});
    QVERIFY(result.scenario.notes.endsWith(result.setAside.first()));
    QCOMPARE(result.scenario.basedOn, QStringLiteral("cuts"));

    const VotePriorities::Result onlyOff =
        VotePriorities::scenario(plan, QStringLiteral("cuts"), votesOf({"a=10"}));
    QCOMPARE(problemsText(onlyOff.problems),
             QStringLiteral("votes: every dot went to services switched off in Cuts, so there are "
                            "no priorities to set"));
}

void TestVotePriorities::takesTiersFromTheBaseScenario()
{
    // The base scenario lifts the youth club into the need tier from the first year, and the
    // xylophones from the third only: the room saw the first year.
    Plan plan = tieredPlan();
    Scenario lifted;
    lifted.id = QStringLiteral("lifted");
    lifted.name = QStringLiteral("Lifted");
    Adjustment tier;
    tier.type = AdjustmentType::ServiceTier;
    tier.target = QStringLiteral("y");
    tier.tier = Tier::Need;
    lifted.adjustments << tier;
    tier.target = QStringLiteral("x");
    tier.fromYear = 1;
    lifted.adjustments << tier;
    plan.scenarios << lifted;
    const VotePriorities::Result result =
        VotePriorities::scenario(plan, QStringLiteral("lifted"), votesOf({"a=4", "y=2", "x=1"}));
    QVERIFY2(result.ok(), qPrintable(problemsText(result.problems)));
    QCOMPARE(prioritiesOf(result.scenario),
             (strings({"a=100", "b=1", "c=1", "d=1", "x=100", "y=50"})));
}

void TestVotePriorities::namesTheScenario()
{
    Plan plan = tieredPlan();
    Scenario taken;
    taken.id = QStringLiteral("the-room-s-priorities");
    taken.name = QStringLiteral("An earlier vote");
    taken.basedOn = QStringLiteral("baseline");
    plan.scenarios << taken;
    const VotePriorities::Result result =
        VotePriorities::scenario(plan, QStringLiteral("baseline"), votesOf({"a=1"}));
    QCOMPARE(result.scenario.id, QStringLiteral("the-room-s-priorities-2"));
    QCOMPARE(result.scenario.name, QStringLiteral("The room's priorities"));
    QCOMPARE(result.scenario.basedOn, QStringLiteral("baseline"));

    const VotePriorities::Result named = VotePriorities::scenario(
        plan, QStringLiteral("baseline"), votesOf({"a=1"}), QStringLiteral("  Tuesday's\nroom "));
    QCOMPARE(named.scenario.id, QStringLiteral("tuesday-s-room"));
    QCOMPARE(named.scenario.name, QStringLiteral("Tuesday's room"));
}

void TestVotePriorities::passesValidation_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QStringList>("votes");
    QTest::newRow("hand-made") << tieredPlan() << "baseline" << strings({"m1=1", "b=7", "y=2"});
    const Plan demo = DemoPlan::plan();
    QStringList votes;
    int dots = 1;
    for (const Service &s : demo.services)
        votes << QStringLiteral("%1=%2").arg(s.id).arg(dots++ % 5);
    for (const Scenario &scenario : demo.scenarios)
        QTest::addRow("demo, based on %s", qPrintable(scenario.id)) << demo << scenario.id << votes;
}

void TestVotePriorities::passesValidation()
{
    QFETCH(Plan, plan);
    QFETCH(QString, base);
    QFETCH(QStringList, votes);
    const VotePriorities::Result result = VotePriorities::scenario(plan, base, votesOf(votes, 9));
    QVERIFY2(result.ok(), qPrintable(problemsText(result.problems)));
    QVERIFY(plan.scenarioIndex(result.scenario.id) < 0);
    QVERIFY(!result.scenario.adjustments.isEmpty());
    plan.scenarios << result.scenario;
    const Problems problems = PlanValidator::validate(plan);
    QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
}

void TestVotePriorities::fundsTheRoomsChoicesFirstWhenMoneyIsShort()
{
    // £250 against a must service of £50 and need services of £100 each: £200 for the need tier,
    // £100 short. The officers ranked them a, b, c; the room ranks them c, b, a.
    Plan plan = tieredPlan(250'00);
    plan.services = {service("m1", "Meals", Tier::Must, 50'00),
                     service("a", "Advice", Tier::Need, 100'00, 80),
                     service("b", "Befriending", Tier::Need, 100'00, 60),
                     service("c", "Carers", Tier::Need, 100'00, 40)};
    const VotePriorities::Result result = VotePriorities::scenario(
        plan, QStringLiteral("baseline"), votesOf({"a=1", "b=6", "c=10"}, 10));
    QVERIFY2(result.ok(), qPrintable(problemsText(result.problems)));
    QCOMPARE(prioritiesOf(result.scenario), (strings({"a=10", "b=60", "c=100"})));
    plan.scenarios << result.scenario;
    QVERIFY(PlanValidator::validate(plan).isEmpty());

    const Evaluation before = Evaluation::of(plan, QStringLiteral("baseline"), {0});
    QCOMPARE(fundedIn(before, QStringLiteral("m1")), Money::fromMinor(50'00));
    QCOMPARE(fundedIn(before, QStringLiteral("a")), Money::fromMinor(100'00));
    QCOMPARE(fundedIn(before, QStringLiteral("b")), Money::fromMinor(100'00));
    QCOMPARE(fundedIn(before, QStringLiteral("c")), Money());

    const Evaluation after = Evaluation::of(plan, result.scenario.id, {0});
    QCOMPARE(fundedIn(after, QStringLiteral("m1")), Money::fromMinor(50'00));
    QCOMPARE(fundedIn(after, QStringLiteral("c")), Money::fromMinor(100'00));
    QCOMPARE(fundedIn(after, QStringLiteral("b")), Money::fromMinor(100'00));
    QCOMPARE(fundedIn(after, QStringLiteral("a")), Money());
    QCOMPARE(after.years.first().tiers[size_t(Tier::Need)].gap, Money::fromMinor(100'00));
}

QTEST_GUILESS_MAIN(TestVotePriorities)
#include "tst_votepriorities.moc"
