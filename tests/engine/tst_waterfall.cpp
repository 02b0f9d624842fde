#include "amounts/exactratio.h"
#include "engine/waterfall.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <utility>

using namespace lps;

using Matrix = QList<QList<qint64>>;
Q_DECLARE_METATYPE(lps::EffectiveYear)

namespace {

// ---- Building years by hand -------------------------------------------------------------------

EffectiveResource money(const char *id, qint64 amount, Sector sector = Sector::Public)
{
    EffectiveResource resource;
    resource.id = QString::fromUtf8(id);
    resource.name = resource.id;
    resource.sector = sector;
    resource.available = Money::fromMinor(amount);
    return resource;
}

EffectiveResource volunteers(const char *id, qint64 hours, qint64 hourValue)
{
    EffectiveResource resource = money(id, hours * hourValue, Sector::Personal);
    resource.kind = ResourceKind::Time;
    resource.hours = hours;
    resource.hourValue = Money::fromMinor(hourValue);
    return resource;
}

EffectiveResource onlyFor(EffectiveResource resource, const QStringList &services)
{
    resource.eligible.services = services;
    return resource;
}

EffectiveResource matching(EffectiveResource resource, double ratio, Sector sector = Sector::Public)
{
    resource.matchRatio = ratio;
    resource.matchSector = sector;
    return resource;
}

EffectiveResource capped(EffectiveResource resource, qint64 cap)
{
    resource.maxPerService = Money::fromMinor(cap);
    return resource;
}

// Switched off but still holding money, as no applied scenario would leave it: the engine must
// look at the switch, not only at the amount.
EffectiveResource switchedOff(EffectiveResource resource)
{
    resource.switchedOff = true;
    return resource;
}

EffectiveService service(const char *id, Tier tier, qint64 cost, int priority = 50)
{
    EffectiveService result;
    result.id = QString::fromUtf8(id);
    result.name = result.id;
    result.tier = tier;
    result.cost = Money::fromMinor(cost);
    result.priority = priority;
    return result;
}

EffectiveService tagged(EffectiveService result, const QStringList &tags)
{
    result.tags = tags;
    return result;
}

EffectiveService withMinimum(EffectiveService result, double share)
{
    result.minimumShare = share;
    return result;
}

EffectiveService absorbing(EffectiveService result, qint64 hours)
{
    result.timeCapacityHours = hours;
    return result;
}

EffectiveService switchedOff(EffectiveService result)
{
    result.switchedOff = true;
    return result;
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

Matrix matrixOf(const Allocation &allocation)
{
    Matrix rows;
    for (qsizetype r = 0; r < allocation.resourceCount(); ++r) {
        QList<qint64> row;
        for (qsizetype s = 0; s < allocation.serviceCount(); ++s)
            row << allocation.at(r, s).minor();
        rows << row;
    }
    return rows;
}

// ---- The constraints of allocation.md, checked exactly -----------------------------------------

qint64 given(const Allocation &allocation, qsizetype r, qsizetype s)
{
    return allocation.at(r, s).minor();
}

qint64 leftOver(const EffectiveYear &year, const Allocation &allocation, qsizetype r)
{
    return std::max<qint64>(year.resources.at(r).available.minor(), 0) -
           allocation.usageOf(r).minor();
}

// sum x / hourValue over time resources <= T, without fractions going inexact: whole hours
// first, then the part hours (each below one) over a common denominator.
bool withinCapacity(const EffectiveYear &year, const Allocation &allocation, qsizetype s)
{
    qint64 wholeHours = 0, denominator = 1;
    QList<std::pair<qint64, qint64>> parts; // (part of an hour in money, hour value)
    for (qsizetype r = 0; r < year.resources.size(); ++r) {
        const qint64 amount = given(allocation, r, s),
                     hourValue = year.resources.at(r).hourValue.minor();
        if (year.resources.at(r).kind != ResourceKind::Time || amount == 0)
            continue;
        if (hourValue <= 0)
            return false;
        wholeHours += amount / hourValue;
        if (amount % hourValue != 0) {
            parts.append({amount % hourValue, hourValue});
            if (__builtin_mul_overflow(denominator / std::gcd(denominator, hourValue), hourValue,
                                       &denominator))
                qFatal("hour values too varied to check exactly");
        }
    }
    const qint64 slack = year.services.at(s).timeCapacityHours - wholeHours;
    if (slack < 0)
        return false;
    if (parts.size() <= slack)
        return true;
    qint64 numerator = 0;
    for (const auto &[part, hourValue] : parts)
        numerator += part * (denominator / hourValue);
    return numerator <= slack * denominator;
}

QString pair(const EffectiveYear &year, qsizetype r, qsizetype s)
{
    return year.resources.at(r).id + QStringLiteral(" -> ") + year.services.at(s).id;
}

QString pairViolation(const EffectiveYear &year, const Allocation &allocation, qsizetype r,
                      qsizetype s)
{
    const EffectiveResource &resource = year.resources.at(r);
    const qint64 amount = given(allocation, r, s);
    if (amount < 0)
        return QStringLiteral("negative amount ") + pair(year, r, s);
    if (amount > 0 && !year.mayFund(resource, year.services.at(s)))
        return QStringLiteral("ineligible pair funded ") + pair(year, r, s);
    if (resource.maxPerService && amount > resource.maxPerService->minor())
        return QStringLiteral("cap exceeded ") + pair(year, r, s);
    if (resource.matchRatio) {
        qint64 matched = 0;
        for (qsizetype p = 0; p < year.resources.size(); ++p) {
            if (p != r && year.resources.at(p).sector == resource.matchSector)
                matched += given(allocation, p, s);
        }
        if (amount > ExactRatio::floorTimes(*resource.matchRatio, matched))
            return QStringLiteral("match exceeded ") + pair(year, r, s);
    }
    return {};
}

QString serviceViolation(const EffectiveYear &year, const Allocation &allocation, qsizetype s)
{
    const EffectiveService &service = year.services.at(s);
    const qint64 funded = allocation.fundingOf(s).minor();
    if (funded > service.cost.minor())
        return QStringLiteral("over its cost: ") + service.id;
    if (service.minimumShare > 0 && funded > 0 &&
        funded < ExactRatio::ceilTimes(service.minimumShare, service.cost.minor()))
        return QStringLiteral("below its minimum share: ") + service.id;
    if (!withinCapacity(year, allocation, s))
        return QStringLiteral("over its volunteer capacity: ") + service.id;
    return {};
}

// The first broken constraint of allocation.md, or an empty string.
QString violation(const EffectiveYear &year, const Allocation &allocation)
{
    if (allocation.resourceCount() != year.resources.size() ||
        allocation.serviceCount() != year.services.size())
        return QStringLiteral("wrong shape");
    for (qsizetype r = 0; r < year.resources.size(); ++r) {
        if (leftOver(year, allocation, r) < 0)
            return QStringLiteral("over its amount: ") + year.resources.at(r).id;
        for (qsizetype s = 0; s < year.services.size(); ++s) {
            if (QString problem = pairViolation(year, allocation, r, s); !problem.isEmpty())
                return problem;
        }
    }
    for (qsizetype s = 0; s < year.services.size(); ++s) {
        if (QString problem = serviceViolation(year, allocation, s); !problem.isEmpty())
            return problem;
    }
    return {};
}

// Whether an unmatched resource could still give s something: the waterfall must have taken all
// it could (limits only tighten as money is given, so what is left at the end was out of reach
// when s had its turn). Matched resources may gain room through chains of matches, so not them.
bool couldStillGive(const EffectiveYear &year, const Allocation &allocation, qsizetype r,
                    qsizetype s)
{
    const EffectiveResource &resource = year.resources.at(r);
    const qint64 amount = given(allocation, r, s);
    if (resource.matchRatio || !year.mayFund(resource, year.services.at(s)) ||
        leftOver(year, allocation, r) <= 0)
        return false;
    if (resource.maxPerService && amount >= resource.maxPerService->minor())
        return false;
    if (resource.kind != ResourceKind::Time)
        return true;
    qint64 hoursLeft = year.services.at(s).timeCapacityHours;
    for (qsizetype p = 0; p < year.resources.size(); ++p) {
        const qint64 other = given(allocation, p, s),
                     hourValue = year.resources.at(p).hourValue.minor();
        if (p != r && year.resources.at(p).kind == ResourceKind::Time && other > 0)
            hoursLeft -= (other - 1) / hourValue + 1;
    }
    return hoursLeft * resource.hourValue.minor() > amount;
}

QString greedViolation(const EffectiveYear &year, const Allocation &allocation)
{
    for (qsizetype s = 0; s < year.services.size(); ++s) {
        const EffectiveService &service = year.services.at(s);
        const qint64 funded = allocation.fundingOf(s).minor();
        if (funded >= service.cost.minor() || (funded == 0 && service.minimumShare > 0))
            continue; // full, or possibly rolled back below its minimum share
        for (qsizetype r = 0; r < year.resources.size(); ++r) {
            if (couldStillGive(year, allocation, r, s))
                return QStringLiteral("left money on the table: ") + pair(year, r, s);
        }
    }
    return {};
}

// ---- Random years -----------------------------------------------------------------------------

template <typename T, std::size_t N> T pick(QRandomGenerator &random, const T (&choices)[N])
{
    return choices[random.bounded(int(N))];
}

bool oneIn(QRandomGenerator &random, int n)
{
    return random.bounded(n) == 0;
}

const QStringList kTags = {QStringLiteral("young"), QStringLiteral("old"),
                           QStringLiteral("health")};

EffectiveService randomService(QRandomGenerator &random, int index, qint64 scale)
{
    static const int priorities[] = {1, 20, 50, 50, 80, 100};
    static const double shares[] = {0.1, 0.25, 1.0 / 3, 0.5, 0.6, 0.85, 0.99, 1.0};
    EffectiveService result;
    result.id = QStringLiteral("s%1").arg(index);
    result.tier = pick(random, kAllTiers);
    result.cost = Money::fromMinor(random.bounded(100'001) * scale + random.bounded(100));
    result.priority = pick(random, priorities);
    if (oneIn(random, 2))
        result.tags << kTags.at(random.bounded(int(kTags.size())));
    if (oneIn(random, 3))
        result.minimumShare = pick(random, shares);
    if (oneIn(random, 2))
        result.timeCapacityHours = random.bounded(1, 60);
    result.switchedOff = oneIn(random, 10);
    return result;
}

void randomEligibility(QRandomGenerator &random, Eligibility &eligible, int services)
{
    if (oneIn(random, 4)) {
        for (int s = 0; s < services; ++s) {
            if (oneIn(random, 2))
                eligible.services << QStringLiteral("s%1").arg(s);
        }
        if (eligible.services.isEmpty())
            eligible.services << QStringLiteral("s0");
    }
    if (oneIn(random, 6))
        eligible.tags << kTags.at(random.bounded(int(kTags.size())));
    if (oneIn(random, 6))
        eligible.tiers << pick(random, kAllTiers);
}

EffectiveResource randomResource(QRandomGenerator &random, int index, int services, qint64 scale)
{
    static const qint64 hourValues[] = {1, 700, 1000, 1250, 1499, 1777, 2003, 2500, 3333};
    static const double ratios[] = {0.07, 0.1, 0.29, 1.0 / 3, 0.5, 1.0, 1.5, 2.0};
    EffectiveResource result;
    result.id = QStringLiteral("r%1").arg(index);
    result.sector = pick(random, kAllSectors);
    const int kind = random.bounded(8);
    if (kind < 2) {
        result.kind = ResourceKind::Time;
        result.hours = random.bounded(0, 100) * (scale > 1 ? 1000 : 1);
        result.hourValue = Money::fromMinor(pick(random, hourValues));
        result.available = Money::fromMinor(result.hours * result.hourValue.minor());
    } else {
        result.kind = kind == 2 ? ResourceKind::InKind : ResourceKind::Money;
        result.available = Money::fromMinor(random.bounded(100'001) * scale + random.bounded(100));
    }
    randomEligibility(random, result.eligible, services);
    if (oneIn(random, 4)) {
        result.matchRatio = pick(random, ratios);
        result.matchSector = pick(random, kAllSectors);
    }
    if (oneIn(random, 4))
        result.maxPerService = Money::fromMinor(random.bounded(1, 50'000) * scale);
    result.switchedOff = oneIn(random, 10);
    if (result.switchedOff && oneIn(random, 2))
        result.available = Money();
    return result;
}

EffectiveYear randomYear(QRandomGenerator &random)
{
    // Now and then amounts near the spec's 10^14 ceiling, so overflow would show.
    const qint64 scale = oneIn(random, 4) ? 1'000'000'000 : 1;
    const int services = random.bounded(1, 9);
    const int resources = random.bounded(1, 7);
    EffectiveYear year = yearOf({}, {});
    for (int s = 0; s < services; ++s)
        year.services << randomService(random, s, scale);
    for (int r = 0; r < resources; ++r)
        year.resources << randomResource(random, r, services, scale);
    return year;
}

} // namespace

class TestWaterfall : public QObject
{
    Q_OBJECT

private slots:
    void allocates_data();
    void allocates();
    void trapLeavesAServiceUnfunded();
    void randomYearsKeepEveryConstraint_data();
    void randomYearsKeepEveryConstraint();
};

void TestWaterfall::allocates_data()
{
    QTest::addColumn<EffectiveYear>("year");
    QTest::addColumn<Matrix>("expected");

    const Tier must = Tier::Must, need = Tier::Need, could = Tier::Could;
    const auto id = [](const char *text) {
        return QString::fromUtf8(text);
    };

    QTest::newRow("no resources") << yearOf({}, {service("a", must, 100)}) << Matrix{};
    QTest::newRow("must before need before could, whatever the display order")
        << yearOf({money("pot", 150)}, {service("c", could, 100, 100), service("n", need, 100),
                                        service("m", must, 100, 1)})
        << Matrix{{0, 50, 100}};
    QTest::newRow("highest priority first within a tier")
        << yearOf({money("pot", 150)},
                  {service("low", need, 100, 20), service("high", need, 100, 90)})
        << Matrix{{50, 100}};
    QTest::newRow("display order breaks priority ties")
        << yearOf({money("pot", 150)}, {service("first", need, 100), service("second", need, 100)})
        << Matrix{{100, 50}};
    QTest::newRow("resources in display order")
        << yearOf({money("r1", 60), money("r2", 100)}, {service("a", must, 100)})
        << Matrix{{60}, {40}};
    QTest::newRow("eligibility by service")
        << yearOf({onlyFor(money("ring", 60), {id("b")}), money("flex", 100)},
                  {service("a", must, 80), service("b", must, 80)})
        << Matrix{{0, 60}, {80, 20}};
    {
        EffectiveResource byTag = money("young-fund", 100), byTier = money("need-fund", 100);
        byTag.eligible.tags = {id("young")};
        byTier.eligible.tiers = {need};
        QTest::newRow("eligibility by tag and by tier")
            << yearOf({byTag, byTier},
                      {tagged(service("a", must, 50), {id("young")}), service("b", need, 50),
                       tagged(service("c", need, 50), {id("young"), id("old")})})
            << Matrix{{50, 0, 50}, {0, 50, 0}};
    }
    QTest::newRow("cap per service")
        << yearOf({capped(money("capped", 100), 30), money("other", 100)},
                  {service("a", must, 50), service("b", must, 50)})
        << Matrix{{30, 30}, {20, 20}};
    QTest::newRow("match: matched money after what it matches")
        << yearOf({money("council", 40), matching(money("trust", 100, Sector::Charitable), 0.5)},
                  {service("a", must, 100)})
        << Matrix{{40}, {20}};
    QTest::newRow("match: matched money listed first tops up afterwards")
        << yearOf({matching(money("trust", 100, Sector::Charitable), 0.5), money("council", 40)},
                  {service("a", must, 100)})
        << Matrix{{20}, {40}};
    QTest::newRow("match: the top-up stops at the cost")
        << yearOf({matching(money("trust", 100, Sector::Charitable), 1.0), money("council", 100)},
                  {service("a", must, 120)})
        << Matrix{{20}, {100}};
    QTest::newRow("match rounds down to whole minor units")
        << yearOf(
               {money("council", 100), matching(money("trust", 100, Sector::Charitable), 1.0 / 3)},
               {service("a", must, 1000)})
        << Matrix{{100}, {33}};
    QTest::newRow("match: a resource never matches itself, nor another sector")
        << yearOf({matching(money("self", 100), 1.0), money("firm", 50, Sector::Private)},
                  {service("a", must, 1000)})
        << Matrix{{0}, {50}};
    QTest::newRow("volunteer capacity: whole hours up to the capacity")
        << yearOf({volunteers("vol", 10, 1500), money("council", 100'000)},
                  {absorbing(service("a", must, 10'000), 4)})
        << Matrix{{6000}, {4000}};
    QTest::newRow("volunteer capacity shared by two time resources")
        << yearOf({volunteers("v1", 3, 1000), volunteers("v2", 10, 700), money("council", 100'000)},
                  {absorbing(service("a", must, 100'000), 5)})
        << Matrix{{3000}, {1400}, {95'600}};
    QTest::newRow("a part hour given uses a whole hour of capacity")
        << yearOf({capped(volunteers("v1", 10, 1000), 2500), volunteers("v2", 10, 500)},
                  {absorbing(service("a", must, 10'000), 4)})
        << Matrix{{2500}, {500}};
    QTest::newRow("time only where the service absorbs hours")
        << yearOf({volunteers("vol", 10, 1000), money("council", 10'000)},
                  {service("a", must, 5000)})
        << Matrix{{0}, {5000}};
    QTest::newRow("below the minimum share: takes nothing, the money goes on")
        << yearOf({money("pot", 40)},
                  {withMinimum(service("a", must, 100), 0.5), service("b", need, 100)})
        << Matrix{{0, 40}};
    QTest::newRow("minimum share met exactly: ceil(60% of 12345) = 7407")
        << yearOf({money("pot", 7407)}, {withMinimum(service("a", must, 12'345), 0.6)})
        << Matrix{{7407}};
    QTest::newRow("one minor unit short of the minimum share")
        << yearOf({money("pot", 7406)},
                  {withMinimum(service("a", must, 12'345), 0.6), service("b", could, 10'000)})
        << Matrix{{0, 7406}};
    QTest::newRow("rollback returns matched money and time too")
        << yearOf({money("council", 500), matching(money("trust", 300, Sector::Charitable), 1.0),
                   volunteers("vol", 2, 50)},
                  {absorbing(withMinimum(service("a", must, 1000), 0.95), 10),
                   absorbing(service("b", need, 1000), 10)})
        << Matrix{{0, 500}, {0, 300}, {0, 100}};
    QTest::newRow("a switched-off service takes nothing")
        << yearOf({money("pot", 100)},
                  {switchedOff(service("a", must, 100)), service("b", could, 100)})
        << Matrix{{0, 100}};
    QTest::newRow("a switched-off resource gives nothing")
        << yearOf({switchedOff(money("gone", 100)), money("pot", 30)}, {service("a", must, 100)})
        << Matrix{{0}, {30}};
}

void TestWaterfall::allocates()
{
    QFETCH(EffectiveYear, year);
    QFETCH(Matrix, expected);

    const Allocation allocation = Waterfall::allocate(year);
    QCOMPARE(allocation.resourceCount(), year.resources.size());
    QCOMPARE(allocation.serviceCount(), year.services.size());
    QCOMPARE(matrixOf(allocation), expected);
    const QString problem = violation(year, allocation);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// The classic trap: flexible money listed first goes to the day centre, which the ring-fenced
// grant could have paid for alone; the meals service, which only flexible money may fund, is left
// with nothing and the grant lies unused. Pooling funds both.
void TestWaterfall::trapLeavesAServiceUnfunded()
{
    const EffectiveYear year =
        yearOf({money("flexible", 100'000), onlyFor(money("grant", 100'000, Sector::Charitable),
                                                    {QStringLiteral("day-centre")})},
               {service("day-centre", Tier::Must, 100'000, 80),
                service("meals", Tier::Must, 100'000, 60)});

    const Allocation waterfall = Waterfall::allocate(year);
    QCOMPARE(matrixOf(waterfall), (Matrix{{100'000, 0}, {0, 0}}));
    QCOMPARE(waterfall.fundingOf(1), Money());
    QCOMPARE(waterfall.usageOf(1), Money());

    Allocation pooled(2, 2);
    pooled.set(0, 1, Money::fromMinor(100'000));
    pooled.set(1, 0, Money::fromMinor(100'000));
    const QString problem = violation(year, pooled);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(pooled.fundingOf(0) + pooled.fundingOf(1), Money::fromMinor(200'000));
}

void TestWaterfall::randomYearsKeepEveryConstraint_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 20; ++seed)
        QTest::addRow("seed %u", seed) << seed * 7919u;
}

void TestWaterfall::randomYearsKeepEveryConstraint()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    for (int round = 0; round < 300; ++round) {
        const EffectiveYear year = randomYear(random);
        const Allocation allocation = Waterfall::allocate(year);
        const QString problem = violation(year, allocation) + greedViolation(year, allocation);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(problem)));
        QCOMPARE(Waterfall::allocate(year), allocation); // same input, same output
    }
}

QTEST_GUILESS_MAIN(TestWaterfall)
#include "tst_waterfall.moc"
