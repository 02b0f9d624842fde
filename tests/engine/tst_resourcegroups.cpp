#include "solver/resourcegroups.h"

#include <QTest>

using namespace lps;

namespace {

EffectiveResource resource(const char *id, qint64 amount,
                           Certainty certainty = Certainty::Confirmed)
{
    EffectiveResource r;
    r.id = QString::fromUtf8(id);
    r.available = Money::fromMinor(amount);
    r.certainty = certainty;
    return r;
}

EffectiveService service(const char *id, const QStringList &tags = {})
{
    EffectiveService s;
    s.id = QString::fromUtf8(id);
    s.cost = Money::fromMinor(1000);
    s.tags = tags;
    s.timeCapacityHours = 100;
    return s;
}

} // namespace

/// ResourceGroups: which resources the solver may treat as one, and how a group's money is
/// spread back onto them.
class TestResourceGroups : public QObject
{
    Q_OBJECT

private slots:
    void groupsOnlyWhatTheRuleCannotTellApart();
    void spreadKeepsEveryTotal();
    void sectorsMixWhereNoMatchCountsThem();
};

void TestResourceGroups::groupsOnlyWhatTheRuleCannotTellApart()
{
    EffectiveYear year;
    year.services = {service("a", {QStringLiteral("x")}), service("b")};
    EffectiveResource restricted = resource("restricted", 50);
    restricted.eligible.tags = {QStringLiteral("x")};
    EffectiveResource capped = resource("capped", 50);
    capped.maxPerService = Money::fromMinor(10);
    EffectiveResource matched = resource("matched", 50, Certainty::Confirmed);
    matched.sector = Sector::Private;
    matched.matchRatio = 1.0;
    matched.matchSector = Sector::Public;
    EffectiveResource charity = resource("charity", 30);
    charity.sector = Sector::Charitable;
    EffectiveResource trust = charity;
    trust.id = QStringLiteral("trust");
    EffectiveResource hours = resource("hours", 40);
    hours.kind = ResourceKind::Time;
    hours.hourValue = Money::fromMinor(2);
    EffectiveResource dearerHours = hours;
    dearerHours.id = QStringLiteral("dearer-hours");
    dearerHours.hourValue = Money::fromMinor(3);
    year.resources = {resource("tax", 100),
                      resource("grant", 200),
                      resource("bid", 70, Certainty::Speculative),
                      restricted,
                      capped,
                      matched,
                      charity,
                      hours,
                      dearerHours,
                      resource("empty", 0),
                      resource("rates", 5),
                      trust};
    const ResourceGroups groups(year);
    const qsizetype plain = groups.groupOf(0);
    QCOMPARE(groups.groupOf(1), plain);
    QCOMPARE(groups.groupOf(10), plain);
    QCOMPARE(groups.members(plain), (QList<qsizetype>{0, 1, 10}));
    QCOMPARE(groups.available(plain), Money::fromMinor(305));
    QVERIFY(groups.groupOf(6) != plain); // public money is what "matched" matches: sector counts
    QCOMPARE(groups.groupOf(11), groups.groupOf(6));
    QVERIFY(groups.groupOf(2) != plain);                   // certainty is the tidy stage's penalty
    QVERIFY(groups.groupOf(3) != plain);                   // different services
    QCOMPARE(groups.members(groups.groupOf(4)).size(), 1); // a cap of its own
    QCOMPARE(groups.members(groups.groupOf(5)).size(), 1); // a match ratio of its own
    QVERIFY(groups.groupOf(7) != groups.groupOf(8));       // hour values differ
    QCOMPARE(groups.groupOf(9), -1);                       // nothing available
    QCOMPARE(groups.size(), 8);
}

void TestResourceGroups::spreadKeepsEveryTotal()
{
    EffectiveYear year;
    year.services = {service("a"), service("b"), service("c")};
    year.resources = {resource("tax", 100), resource("grant", 250), resource("rates", 50)};
    const ResourceGroups groups(year);
    QCOMPARE(groups.size(), 1);
    const QList<double> wanted{120.25, 37.0, 200.75};
    const QList<double> amounts = groups.spread(wanted, 3);
    // Members are drawn on in display order, whole units first: tax, then grant, then rates.
    QCOMPARE(amounts.at(0 * 3 + 0), 100.0);
    QCOMPARE(amounts.at(1 * 3 + 0), 20.0);
    QCOMPARE(amounts.at(1 * 3 + 1), 37.0);
    QCOMPARE(amounts.at(1 * 3 + 2), 193.0);
    // Fractions come last, so that they never split a whole amount at a fractional point
    // (rounding down would then lose a unit of every later service).
    QCOMPARE(amounts.at(2 * 3 + 0), 0.25);
    QCOMPARE(amounts.at(2 * 3 + 2), 7.75);
    for (qsizetype s = 0; s < 3; ++s) {
        double total = 0.0;
        for (qsizetype r = 0; r < 3; ++r)
            total += amounts.at(r * 3 + s);
        QCOMPARE(total, wanted.at(s));
    }
    for (qsizetype r = 0; r < 3; ++r) {
        double used = 0.0;
        for (qsizetype s = 0; s < 3; ++s)
            used += amounts.at(r * 3 + s);
        QVERIFY(used <= double(year.resources.at(r).available.minor()));
    }
}

void TestResourceGroups::sectorsMixWhereNoMatchCountsThem()
{
    EffectiveYear year;
    year.services = {service("a")};
    EffectiveResource charity = resource("charity", 30);
    charity.sector = Sector::Charitable;
    year.resources = {resource("tax", 100), charity};
    QCOMPARE(ResourceGroups(year).size(), 1);
    EffectiveResource matched = resource("matched", 10);
    matched.matchRatio = 0.5;
    matched.matchSector = Sector::Charitable;
    year.resources << matched;
    QCOMPARE(ResourceGroups(year).size(), 3);
}

QTEST_GUILESS_MAIN(TestResourceGroups)
#include "tst_resourcegroups.moc"
