#include "engine/allocationengine.h"
#include "referenceoptimum.h"

#include <QRandomGenerator>
#include <QTest>

using namespace lps;

namespace {

double weighted(const EffectiveYear &y, const Allocation &a, Tier tier)
{
    double total = 0;
    for (qsizetype s = 0; s < y.services.size(); ++s) {
        if (y.services.at(s).tier == tier)
            total += double(a.fundingOf(s).minor()) * y.services.at(s).priority;
    }
    return total;
}

// Small random years, with every constraint of the rule in play.
EffectiveYear randomYear(QRandomGenerator &random, qint64 unit)
{
    const auto pick = [&](int low, int high) {
        return int(random.bounded(low, high + 1));
    };
    EffectiveYear y;
    y.calendarYear = 2026;
    const int services = pick(1, 6);
    int minimumShares = 0;
    for (int s = 0; s < services; ++s) {
        EffectiveService item;
        item.id = QStringLiteral("s%1").arg(s);
        item.tier = Tier(pick(0, 2));
        item.cost = Money::fromMinor(pick(1, 9999) * unit);
        item.priority = pick(1, 100);
        if (minimumShares < 3 && pick(0, 2) == 0) {
            item.minimumShare = pick(1, 9) / 10.0;
            ++minimumShares;
        }
        if (pick(0, 3) == 0)
            item.timeCapacityHours = pick(0, 5000) * unit;
        item.tags = {pick(0, 1) ? QStringLiteral("a") : QStringLiteral("b")};
        y.services << item;
    }
    const int resources = pick(1, 4);
    for (int r = 0; r < resources; ++r) {
        EffectiveResource item;
        item.id = QStringLiteral("r%1").arg(r);
        item.sector = Sector(pick(0, 3));
        item.certainty = Certainty(pick(0, 2));
        item.available = Money::fromMinor(pick(0, 12000) * unit);
        if (pick(0, 4) == 0) {
            // One minor unit an hour: whole hours are then exact, so the reference's continuous
            // hours and the engine's whole hours agree (hour rounding has its own hand tests).
            item.kind = ResourceKind::Time;
            item.hourValue = Money::fromMinor(1);
            item.hours = item.available.minor();
        }
        if (pick(0, 3) == 0)
            item.eligible.tags = {QStringLiteral("a")};
        if (pick(0, 4) == 0)
            item.eligible.tiers = {Tier(pick(0, 2))};
        if (pick(0, 4) == 0 && item.sector != Sector::Public)
            item.matchRatio = pick(1, 20) / 10.0;
        if (pick(0, 4) == 0)
            item.maxPerService = Money::fromMinor(pick(1, 5000) * unit);
        y.resources << item;
    }
    return y;
}

// LPS_DUMP: the year and the engine's answer, to rebuild a failing round by hand.
void dump(const EffectiveYear &y, const Allocation &allocation)
{
    for (const auto &r : y.resources)
        qDebug() << "R" << r.id << spelling(r.sector) << spelling(r.kind) << r.available.minor()
                 << r.eligible.tags
                 << (r.eligible.tiers.isEmpty() ? -1 : int(r.eligible.tiers.first()))
                 << (r.matchRatio ? *r.matchRatio : -1)
                 << (r.maxPerService ? r.maxPerService->minor() : -1) << spelling(r.certainty);
    for (const auto &s : y.services)
        qDebug() << "S" << s.id << spelling(s.tier) << s.cost.minor() << s.priority
                 << s.minimumShare << s.timeCapacityHours << s.tags;
    for (qsizetype r = 0; r < y.resources.size(); ++r)
        for (qsizetype s = 0; s < y.services.size(); ++s)
            qDebug() << r << s << allocation.at(r, s).minor();
}

} // namespace

class TestReferenceCheck : public QObject
{
    Q_OBJECT

private slots:
    void everyTierMatchesAnIndependentOptimum_data();
    void everyTierMatchesAnIndependentOptimum();
};

void TestReferenceCheck::everyTierMatchesAnIndependentOptimum_data()
{
    QTest::addColumn<qint64>("unit");
    QTest::newRow("pence") << qint64(1);
    QTest::newRow("pounds") << qint64(100);
    QTest::newRow("millions") << qint64(100'000'000);
}

void TestReferenceCheck::everyTierMatchesAnIndependentOptimum()
{
    QFETCH(qint64, unit);
    QRandomGenerator random(quint32(unit % 1000 + 7));
    // LPS_REFERENCE_ROUNDS runs more rounds by hand (CTest keeps the default).
    const int rounds = qEnvironmentVariableIsSet("LPS_REFERENCE_ROUNDS")
                           ? qEnvironmentVariableIntValue("LPS_REFERENCE_ROUNDS")
                           : 300;
    for (int round = 0; round < rounds; ++round) {
        const EffectiveYear y = randomYear(random, unit);
        const YearResult result = AllocationEngine::evaluate(y);
        if (qEnvironmentVariableIsSet("LPS_DUMP") && !result.problems.isEmpty())
            dump(y, result.allocation);
        QVERIFY2(result.problems.isEmpty(),
                 qPrintable(QStringLiteral("round %1: %2")
                                .arg(round)
                                .arg(result.problems.value(0).toString())));
        double money = 0;
        for (const EffectiveResource &r : y.resources)
            money += double(r.available.minor());
        for (const Tier tier : kAllTiers) {
            // allocation.md: within (services in the tier + 1) x 100 weighted minor units, plus one
            // part in 10^9 of all the plan's money, weighted, for the checking solver itself.
            const qsizetype services =
                std::count_if(y.services.begin(), y.services.end(),
                              [tier](const EffectiveService &s) { return s.tier == tier; });
            const double allowance = double(services + 1) * 100 + money * 1e-9 * 100;
            const std::optional<double> reference =
                test::ReferenceOptimum::tierOptimum(y, tier, result.allocation);
            QVERIFY2(
                reference,
                qPrintable(QStringLiteral("round %1: the reference found no solution").arg(round)));
            const double engine = weighted(y, result.allocation, tier);
            if (qEnvironmentVariableIsSet("LPS_DUMP") && engine < *reference - allowance)
                dump(y, result.allocation);
            QVERIFY2(engine >= *reference - allowance,
                     qPrintable(QStringLiteral("round %1, %2 tier: engine %3, optimum %4")
                                    .arg(round)
                                    .arg(spelling(tier))
                                    .arg(engine, 0, 'f', 0)
                                    .arg(*reference, 0, 'f', 0)));
            QVERIFY2(engine <= *reference + allowance,
                     qPrintable(QStringLiteral("round %1, %2 tier: engine %3 above the optimum %4")
                                    .arg(round)
                                    .arg(spelling(tier))
                                    .arg(engine, 0, 'f', 0)
                                    .arg(*reference, 0, 'f', 0)));
        }
    }
}

QTEST_GUILESS_MAIN(TestReferenceCheck)
#include "tst_referencecheck.moc"
