#include "comparisontable.h"

#include "texttables/textcolumns.h"

#include <QStringList>

#include <algorithm>

namespace lps {

namespace {

QString cut(const QString &text, int width)
{
    return TextColumns::cut(text, width);
}

QString right(const QString &text, int width)
{
    return TextColumns::right(text, width);
}

QString plain(const Comparison &c, Money amount)
{
    return amount.formatted(c.scenario.currency);
}

QString change(const Comparison &c, Money amount)
{
    return TextColumns::signedMoney(amount, c.scenario.currency);
}

// Four letters at most, so that "was→now" fits its column.
QString shortStatus(FundingStatus status)
{
    switch (status) {
    case FundingStatus::Funded:
        return QStringLiteral("full");
    case FundingStatus::Partial:
        return QStringLiteral("part");
    case FundingStatus::Unfunded:
        return QStringLiteral("none");
    case FundingStatus::Decommissioned:
        return QStringLiteral("off");
    }
    return {};
}

void tiers(QStringList &out, const Comparison &c, const Comparison::Year &year)
{
    out << QStringLiteral("%1 %2 %3 %4 %5")
               .arg(cut(QStringLiteral("Tier"), 6), right(QStringLiteral("Base funded"), 17),
                    right(QStringLiteral("Scenario funded"), 17),
                    right(QStringLiteral("Difference"), 17),
                    right(QStringLiteral("Scenario gap"), 17));
    Comparison::TierChange total;
    for (const Tier tier : kAllTiers) {
        const Comparison::TierChange &t = year.tiers[size_t(tier)];
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(cut(tierTitle(tier), 6), right(plain(c, t.baseFunded), 17),
                        right(plain(c, t.scenarioFunded), 17),
                        right(change(c, t.fundedDifference()), 17),
                        right(plain(c, t.scenarioGap), 17));
        total = {total.baseFunded + t.baseFunded, total.baseGap + t.baseGap,
                 total.scenarioFunded + t.scenarioFunded, total.scenarioGap + t.scenarioGap};
    }
    out << QStringLiteral("%1 %2 %3 %4 %5")
               .arg(cut(QStringLiteral("Total"), 6), right(plain(c, total.baseFunded), 17),
                    right(plain(c, total.scenarioFunded), 17),
                    right(change(c, total.fundedDifference()), 17),
                    right(plain(c, total.scenarioGap), 17));
}

void sectors(QStringList &out, const Comparison &c, const Comparison::Year &year)
{
    out << QStringLiteral("%1 %2 %3 %4")
               .arg(cut(QStringLiteral("Sector gives"), 13), right(QStringLiteral("Must"), 17),
                    right(QStringLiteral("Need"), 17), right(QStringLiteral("Could"), 17));
    for (const Sector sector : kAllSectors) {
        QStringList cells{cut(spelling(sector), 13)};
        for (const Tier tier : kAllTiers)
            cells << right(change(c, year.sectorDifference(sector, tier)), 17);
        out << cells.join(u' ');
    }
}

void services(QStringList &out, const Comparison &c, const Comparison::Year &year)
{
    QList<Comparison::ServiceChange> changed;
    for (const Comparison::ServiceChange &s : year.services) {
        if (s.changed())
            changed << s;
    }
    if (changed.isEmpty()) {
        out << QStringLiteral("No service's funding or status changes.");
        return;
    }
    // Biggest change first, whichever its sign; a change of status alone last; ties in plan order.
    const auto size = [](const Comparison::ServiceChange &s) {
        return std::max(s.difference(), -s.difference());
    };
    std::stable_sort(changed.begin(), changed.end(),
                     [&](const auto &a, const auto &b) { return size(a) > size(b); });
    // Amount columns as wide as the widest amount, so that names get the rest of the 80 columns.
    int money = 10;
    for (const Comparison::ServiceChange &s : std::as_const(changed))
        money = std::max({money, int(plain(c, s.baseFunded).size()),
                          int(plain(c, s.scenarioFunded).size()),
                          int(change(c, s.difference()).size())});
    const int name = std::max(12, TextColumns::kWidth - 5 - 9 - 3 * money - 5);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6")
               .arg(cut(QStringLiteral("Changed service"), name), cut(QStringLiteral("Tier"), 5),
                    right(QStringLiteral("Base"), money), right(QStringLiteral("Scenario"), money),
                    right(QStringLiteral("Difference"), money), QStringLiteral("Status"));
    for (const Comparison::ServiceChange &s : std::as_const(changed)) {
        const QString status =
            s.baseStatus == s.status
                ? shortStatus(s.status)
                : shortStatus(s.baseStatus) + QStringLiteral("→") + shortStatus(s.status);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(cut(c.scenario.serviceNames.value(s.id, s.id), name),
                        cut(spelling(s.tier), 5), right(plain(c, s.baseFunded), money),
                        right(plain(c, s.scenarioFunded), money),
                        right(change(c, s.difference()), money), status)
                   .trimmed();
    }
    out << QStringLiteral("Status: full, part or none funded, off = decommissioned; was→now.");
}

} // namespace

QString ComparisonTable::write(const Comparison &c)
{
    QStringList out;
    for (const Comparison::Year &year : c.years) {
        const QString state =
            year.optimal ? QStringLiteral("optimal") : QStringLiteral("NOT proven optimal");
        out << cut(c.scenario.planName, 80).trimmed();
        out << cut(QStringLiteral("%1 against %2, %3 (%4)")
                       .arg(c.scenario.scenarioName, c.base.scenarioName,
                            c.scenario.yearLabel(year.calendarYear), state),
                   80)
                   .trimmed();
        out << QString();
        tiers(out, c, year);
        out << QString();
        sectors(out, c, year);
        out << QString();
        services(out, c, year);
        out << QString();
    }
    return out.join(u'\n');
}

} // namespace lps
