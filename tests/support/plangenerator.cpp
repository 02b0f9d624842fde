#include "plangenerator.h"

#include <algorithm>

#include <QRandomGenerator>

namespace lps::test {

Plan samplePlan()
{
    Plan plan;
    plan.name = QStringLiteral("Sample District 2026-28");
    plan.locality = QStringLiteral("Sample");
    plan.firstYear = 2026;
    plan.years = 3;
    plan.costInflation = 0.03;

    Resource tax;
    tax.id = QStringLiteral("council-tax");
    tax.name = QStringLiteral("Council tax");
    tax.amount = YearlyAmounts::single(500'000'00);
    tax.trend = 0.02;
    Resource volunteers;
    volunteers.id = QStringLiteral("volunteers");
    volunteers.name = QStringLiteral("Volunteer hours");
    volunteers.sector = Sector::Personal;
    volunteers.kind = ResourceKind::Time;
    volunteers.amount = YearlyAmounts::perYear({1000, 1200, 1400});
    volunteers.hourValue = Money::fromMinor(1250);
    volunteers.eligible.tags = QStringList{QStringLiteral("community")};
    plan.resources = {tax, volunteers};

    Service homes;
    homes.id = QStringLiteral("homelessness");
    homes.name = QStringLiteral("Homelessness prevention");
    homes.tier = Tier::Must;
    homes.cost = YearlyAmounts::single(300'000'00);
    Service library;
    library.id = QStringLiteral("library");
    library.name = QStringLiteral("Libraries");
    library.tier = Tier::Need;
    library.cost = YearlyAmounts::single(150'000'00);
    library.tags = QStringList{QStringLiteral("community")};
    library.timeCapacityHours = 2000;
    library.minimumShare = 0.5;
    Service festival;
    festival.id = QStringLiteral("festival");
    festival.name = QStringLiteral("Summer festival");
    festival.tier = Tier::Could;
    festival.cost = YearlyAmounts::perYear({40'000'00, 42'000'00, 44'000'00});
    plan.services = {homes, library, festival};

    Scenario baseline;
    baseline.id = QStringLiteral("baseline");
    baseline.name = QStringLiteral("Baseline");
    Scenario cut;
    cut.id = QStringLiteral("tax-cut");
    cut.name = QStringLiteral("Council tax freeze");
    cut.basedOn = baseline.id;
    Adjustment scale;
    scale.type = AdjustmentType::ResourceScale;
    scale.target = tax.id;
    scale.factor = 0.9;
    scale.fromYear = 1;
    cut.adjustments = {scale};
    plan.scenarios = {baseline, cut};
    return plan;
}

namespace {

class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_random(seed)
    {
    }
    int between(int low, int high) { return int(m_random.bounded(low, high + 1)); }
    qint64 amount(qint64 high) { return qint64(m_random.bounded(quint64(high) + 1)); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    // Decimals with a few digits, the way people write them, plus the odd awkward one.
    double decimal(double low, double high)
    {
        if (chance(15))
            return low + (high - low) * m_random.generateDouble();
        return low + double(between(0, 1000)) * (high - low) / 1000.0;
    }
    template <typename T> T pick(std::initializer_list<T> options)
    {
        return *(options.begin() + between(0, int(options.size()) - 1));
    }

private:
    QRandomGenerator m_random;
};

// Names with the characters that break naive writers: quotes, backslashes, non-ASCII, and
// spaces that are not plain spaces. One line: a name with a line break or a tab is refused.
QString awkwardText(Dice &dice, const QString &stem)
{
    // A leading byte-order mark, pasted from Word, is dropped by naive UTF-8 decoders.
    const QString prefix = dice.chance(5) ? QStringLiteral("\ufeff") : QString();
    return prefix + stem +
           dice.pick<QString>(
               {QString(), QStringLiteral(" \"quoted\""), QStringLiteral(" back\\slash"),
                QStringLiteral(" no\u00a0break"), QStringLiteral(" caf\u00e9 \u00a3 \u20ac"),
                QStringLiteral(" zero\u200bwidth"), QStringLiteral(" emoji \U0001F3E0")});
}

// Free text (notes, consequences, the locality) may also run over lines and hold tabs.
QString awkwardLines(Dice &dice, const QString &stem)
{
    return awkwardText(dice, stem) +
           dice.pick<QString>({QString(), QStringLiteral("\nsecond line"),
                               QStringLiteral("\r\nCRLF"), QStringLiteral("\ttabbed")});
}

YearlyAmounts amounts(Dice &dice, int years, qint64 high)
{
    if (dice.chance(70))
        return YearlyAmounts::single(dice.amount(high));
    QList<qint64> values;
    for (int y = 0; y < years; ++y)
        values << dice.amount(high);
    return YearlyAmounts::perYear(values);
}

QStringList someOf(Dice &dice, const QStringList &pool, int most)
{
    QStringList picked;
    const int count = dice.between(0, most);
    for (int i = 0; i < count; ++i) {
        const QString item = pool.at(dice.between(0, int(pool.size()) - 1));
        if (!picked.contains(item))
            picked << item;
    }
    return picked;
}

const QStringList kTags{QStringLiteral("housing"), QStringLiteral("young-people"),
                        QStringLiteral("prevention"), QStringLiteral("older-people"),
                        QStringLiteral("culture")};

Service makeService(Dice &dice, int index, int years)
{
    Service s;
    s.id = QStringLiteral("service-%1").arg(index);
    s.name = awkwardText(dice, QStringLiteral("Service %1").arg(index));
    s.tier = dice.pick({Tier::Must, Tier::Need, Tier::Could});
    s.cost = amounts(dice, years, dice.chance(10) ? Money::kMaxMinor / 1000 : 5'000'000'00);
    if (dice.chance(30))
        s.minimumShare = dice.decimal(0, 1);
    if (dice.chance(50))
        s.priority = dice.between(1, 100);
    s.tags = someOf(dice, kTags, 3);
    s.provider = dice.pick({Provider::InHouse, Provider::ThirdSector, Provider::Private,
                            Provider::Mutual, Provider::Community});
    if (dice.chance(30))
        s.timeCapacityHours = dice.amount(20000);
    s.preventative = dice.chance(30);
    if (dice.chance(50))
        s.consequence = awkwardLines(dice, QStringLiteral("People go without"));
    if (dice.chance(20))
        s.notes = awkwardLines(dice, QStringLiteral("Note"));
    return s;
}

Resource makeResource(Dice &dice, int index, int years, const QStringList &serviceIds)
{
    Resource r;
    r.id = QStringLiteral("resource-%1").arg(index);
    r.name = awkwardText(dice, QStringLiteral("Resource %1").arg(index));
    r.sector = dice.pick({Sector::Public, Sector::Private, Sector::Charitable, Sector::Personal});
    r.kind = dice.pick(
        {ResourceKind::Money, ResourceKind::Money, ResourceKind::Time, ResourceKind::InKind});
    if (r.kind == ResourceKind::Time)
        r.hourValue = Money::fromMinor(dice.between(800, 3000));
    r.amount = amounts(dice, years, r.kind == ResourceKind::Time ? 100000 : 20'000'000'00);
    if (r.amount.isSingle() && dice.chance(40))
        r.trend = dice.decimal(-0.1, 0.1);
    r.certainty = dice.pick({Certainty::Confirmed, Certainty::Expected, Certainty::Speculative});
    if (dice.chance(40)) {
        r.eligible.services = someOf(dice, serviceIds, 3);
        r.eligible.tags = someOf(dice, kTags, 2);
        if (dice.chance(50))
            r.eligible.tiers = {dice.pick({Tier::Must, Tier::Need, Tier::Could})};
    }
    if (dice.chance(25)) {
        r.matchRatio = dice.decimal(0.1, 3);
        r.matchSector = r.sector == Sector::Public ? Sector::Private : Sector::Public;
    }
    if (dice.chance(25))
        r.maxPerService = Money::fromMinor(dice.amount(1'000'000'00));
    if (dice.chance(20))
        r.contingentShare = dice.decimal(0, 1);
    if (dice.chance(20))
        r.notes = awkwardLines(dice, QStringLiteral("Note"));
    return r;
}

Adjustment makeAdjustment(Dice &dice, const Plan &plan)
{
    Adjustment a;
    a.type = AdjustmentType(dice.between(0, int(AdjustmentType::Move)));
    const bool onResource = a.targetsResource() && !plan.resources.isEmpty();
    const auto &pickService = [&] {
        return plan.services.at(dice.between(0, int(plan.services.size()) - 1)).id;
    };
    if (a.targetsResource() && !onResource)
        a.type = AdjustmentType::ServiceOff;
    a.target = onResource ? plan.resources.at(dice.between(0, int(plan.resources.size()) - 1)).id
                          : pickService();
    switch (a.type) {
    case AdjustmentType::ResourceScale:
    case AdjustmentType::ServiceScale:
        a.factor = dice.decimal(0, 1.5);
        break;
    case AdjustmentType::ResourceSet:
        a.year = dice.between(0, plan.years - 1);
        a.amount = dice.amount(1'000'000);
        break;
    case AdjustmentType::ServiceTier:
        a.tier = dice.pick({Tier::Must, Tier::Need, Tier::Could});
        break;
    case AdjustmentType::ServicePriority:
        a.priority = dice.between(1, 100);
        break;
    case AdjustmentType::Move:
        a.toService = plan.services.at((plan.serviceIndex(a.target) + 1) % plan.services.size()).id;
        a.amount = dice.amount(100'000'00);
        break;
    default:
        break;
    }
    if (dice.chance(40))
        a.fromYear = dice.between(0, plan.years - 1);
    return a;
}

} // namespace

Plan generatePlan(quint32 seed)
{
    Dice dice(seed);
    Plan plan;
    plan.name = awkwardText(dice, QStringLiteral("Plan %1").arg(seed));
    if (dice.chance(70))
        plan.locality = awkwardLines(dice, QStringLiteral("Locality"));
    plan.currency =
        dice.pick({QStringLiteral("GBP"), QStringLiteral("GBP"), QStringLiteral("EUR")});
    plan.firstYear = dice.between(2000, 2100);
    plan.years = dice.between(1, 10);
    if (dice.chance(60))
        plan.costInflation = dice.decimal(-0.05, 0.1);

    const int serviceCount = dice.between(2, 12);
    QStringList serviceIds;
    for (int i = 0; i < serviceCount; ++i) {
        plan.services << makeService(dice, i, plan.years);
        serviceIds << plan.services.last().id;
    }
    const int resourceCount = dice.between(0, 10);
    for (int i = 0; i < resourceCount; ++i)
        plan.resources << makeResource(dice, i, plan.years, serviceIds);

    const int scenarioCount = dice.between(1, 5);
    for (int i = 0; i < scenarioCount; ++i) {
        Scenario s;
        s.id = i == 0 ? QStringLiteral("baseline") : QStringLiteral("scenario-%1").arg(i);
        s.name = awkwardText(dice, QStringLiteral("Scenario %1").arg(i));
        if (i > 0 && dice.chance(60))
            s.basedOn = plan.scenarios.at(dice.between(0, i - 1)).id;
        const int adjustmentCount = i == 0 ? dice.between(0, 1) : dice.between(0, 6);
        for (int k = 0; k < adjustmentCount; ++k)
            s.adjustments << makeAdjustment(dice, plan);
        if (dice.chance(30))
            s.notes = awkwardLines(dice, QStringLiteral("Why"));
        plan.scenarios << s;
    }
    // A workshop's levers, each kind on a resource or service that exists, none twice. Drawn
    // last, so the rest of a seed's plan is what it was before levers came.
    if (dice.chance(50)) {
        const int wanted = dice.between(1, 8);
        for (int tries = 0; plan.levers.size() < wanted && tries < 40; ++tries) {
            Lever lever;
            lever.kind = dice.pick({LeverKind::ResourceAmount, LeverKind::ServiceCost,
                                    LeverKind::ResourceOff, LeverKind::ServiceOff});
            if (lever.movesResource() && plan.resources.isEmpty())
                continue;
            lever.target =
                lever.movesResource()
                    ? plan.resources.at(dice.between(0, int(plan.resources.size()) - 1)).id
                    : plan.services.at(dice.between(0, int(plan.services.size()) - 1)).id;
            if (!lever.isSwitch()) {
                lever.low = dice.decimal(0.0, 1.0);
                lever.high = std::max(*lever.low, 1.0) + dice.decimal(0.01, 2.0);
            }
            const bool taken =
                std::any_of(plan.levers.cbegin(), plan.levers.cend(), [&](const Lever &l) {
                    return l.kind == lever.kind && l.target == lever.target;
                });
            if (!taken)
                plan.levers << lever;
        }
    }
    return plan;
}

} // namespace lps::test
