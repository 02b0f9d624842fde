#include "shortfallexplainer.h"

#include <QStringList>

#include <cmath>

namespace lps {

namespace {

// What keeps a resource that still has money from giving this service more.
enum class Limit
{
    None,
    Cap,
    Match,
    Hours
};

struct Room
{
    Money extra;
    Limit limit = Limit::None;
    Money bound; // the cap, or the matched money
};

struct Facts
{
    const EffectiveYear &year;
    const YearResult &result;
    qsizetype s;
    const QHash<QString, QString> &names;
    QString currency;

    const EffectiveService &service() const { return year.services.at(s); }
    QString name(qsizetype r) const
    {
        const EffectiveResource &resource = year.resources.at(r);
        return names.value(resource.id, resource.name.isEmpty() ? resource.id : resource.name);
    }
    QString money(Money amount) const { return amount.formatted(currency); }
    Money unused(qsizetype r) const
    {
        return year.resources.at(r).available - result.allocation.usageOf(r);
    }
};

// "A", "A and B", "A, B and C"
QString listed(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) +
           QStringLiteral(" and ") + items.last();
}

QString sentence(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1) + u'.';
}

QString names(const Facts &f, const QList<qsizetype> &resources)
{
    QStringList list;
    for (const qsizetype r : resources)
        list << f.name(r);
    return listed(list);
}

QString noResource(const Facts &f)
{
    // Resources whose eligibility admits the service but that cannot give it anything this year.
    QStringList blocked;
    const EffectiveService &service = f.service();
    for (qsizetype r = 0; r < f.year.resources.size(); ++r) {
        const EffectiveResource &resource = f.year.resources.at(r);
        if (!resource.eligible.admits(service.id, service.tags, service.tier))
            continue;
        if (resource.switchedOff)
            blocked << QStringLiteral("%1 is switched off in this scenario").arg(f.name(r));
        else if (resource.kind == ResourceKind::Time && service.timeCapacityHours <= 0)
            blocked << QStringLiteral("%1 is volunteer time and it takes no volunteer hours")
                           .arg(f.name(r));
        else
            blocked << QStringLiteral("%1 has no money this year").arg(f.name(r));
    }
    if (blocked.isEmpty())
        return QStringLiteral("No resource may fund it: none is eligible for it.");
    if (blocked.size() > 3)
        blocked = blocked.mid(0, 3)
                  << QStringLiteral("%1 more are off or empty").arg(blocked.size() - 3);
    // Semicolons, since each reason is a clause of its own with "and" in it.
    return QStringLiteral("No resource may fund it: %1.").arg(blocked.join(QStringLiteral("; ")));
}

Money matchedMoney(const Facts &f, qsizetype r)
{
    Money matched;
    const Sector sector = f.year.resources.at(r).matchSector;
    for (qsizetype p = 0; p < f.year.resources.size(); ++p) {
        if (p != r && f.year.resources.at(p).sector == sector)
            matched += f.result.allocation.at(p, f.s);
    }
    return matched;
}

// Volunteer hours the service could still absorb, as money at this resource's hourly value.
Money hourRoom(const Facts &f, const EffectiveResource &resource)
{
    double hours = double(f.service().timeCapacityHours);
    for (qsizetype p = 0; p < f.year.resources.size(); ++p) {
        const EffectiveResource &other = f.year.resources.at(p);
        if (other.kind == ResourceKind::Time && other.hourValue > Money())
            hours -=
                double(f.result.allocation.at(p, f.s).minor()) / double(other.hourValue.minor());
    }
    return Money::fromMinor(
        qint64(std::floor(std::max(hours, 0.0) * double(resource.hourValue.minor()))));
}

Room roomIn(const Facts &f, qsizetype r)
{
    const EffectiveResource &resource = f.year.resources.at(r);
    const Money given = f.result.allocation.at(r, f.s);
    Room room{f.unused(r), Limit::None, Money()};
    const auto tighten = [&room](Money headroom, Limit limit, Money bound) {
        if (headroom < room.extra)
            room = {std::max(headroom, Money()), limit, bound};
    };
    if (resource.maxPerService)
        tighten(*resource.maxPerService - given, Limit::Cap, *resource.maxPerService);
    if (resource.matchRatio) {
        const Money matched = matchedMoney(f, r);
        tighten(
            Money::fromMinor(qint64(std::floor(*resource.matchRatio * double(matched.minor())))) -
                given,
            Limit::Match, matched);
    }
    if (resource.kind == ResourceKind::Time)
        tighten(hourRoom(f, resource), Limit::Hours, Money());
    return room;
}

QString limitText(const Facts &f, qsizetype r, const Room &room)
{
    const EffectiveResource &resource = f.year.resources.at(r);
    switch (room.limit) {
    case Limit::Cap:
        return QStringLiteral("%1 gives no more than %2 to any one service")
            .arg(f.name(r), f.money(room.bound));
    case Limit::Match:
        if (room.bound.isZero())
            return QStringLiteral(
                       "%1 only matches money from the %2 sector, and that sector gives it nothing")
                .arg(f.name(r), spelling(resource.matchSector));
        return QStringLiteral("%1 only matches money from the %2 sector (%3 for each %4), and that "
                              "sector gives it %5")
            .arg(f.name(r), spelling(resource.matchSector),
                 f.money(Money::fromMinor(100).scaled(resource.matchRatio.value_or(0.0))),
                 f.money(Money::fromMinor(100)), f.money(room.bound));
    case Limit::Hours:
        return QStringLiteral("it can take only %1 volunteer hours, and they are all used")
            .arg(f.service().timeCapacityHours);
    case Limit::None:
        break;
    }
    return {};
}

// Where the money of resources that are used up went, from the service's point of view: this
// service, other tiers, and its own tier split by priority (the "higher-priority services took it"
// case).
QList<QPair<QString, Money>> spending(const Facts &f, const QList<qsizetype> &resources)
{
    const EffectiveService &own = f.service();
    const QString tier = spelling(own.tier);
    QList<QPair<QString, Money>> uses{{QStringLiteral("this service"), Money()}};
    for (const Tier t : kAllTiers) {
        if (t != own.tier) {
            uses.append({QStringLiteral("%1-tier services").arg(spelling(t)), Money()});
            continue;
        }
        uses.append({QStringLiteral("higher-priority %1-tier services").arg(tier), Money()});
        uses.append({QStringLiteral("%1-tier services of the same priority").arg(tier), Money()});
        uses.append({QStringLiteral("lower-priority %1-tier services").arg(tier), Money()});
    }
    const auto slot = [&](const EffectiveService &other) -> qsizetype {
        const qsizetype ownTier = 1 + qsizetype(own.tier);
        if (other.tier != own.tier)
            return 1 + qsizetype(other.tier) + (other.tier > own.tier ? 2 : 0);
        return ownTier + (other.priority > own.priority    ? 0
                          : other.priority == own.priority ? 1
                                                           : 2);
    };
    for (const qsizetype r : resources) {
        for (qsizetype t = 0; t < f.year.services.size(); ++t)
            uses[t == f.s ? 0 : slot(f.year.services.at(t))].second += f.result.allocation.at(r, t);
    }
    uses.removeIf([](const QPair<QString, Money> &use) { return use.second.isZero(); });
    return uses;
}

QString spentOn(const Facts &f, const QList<qsizetype> &resources)
{
    const QList<QPair<QString, Money>> uses = spending(f, resources);
    if (uses.isEmpty())
        return QStringLiteral("used up");
    if (uses.size() == 1 && uses.first().first != QLatin1String("this service"))
        return QStringLiteral("spent on %1").arg(uses.first().first);
    QStringList parts;
    for (const auto &[who, amount] : uses)
        parts << QStringLiteral("%1 on %2").arg(f.money(amount), who);
    return QStringLiteral("fully spent: %1").arg(listed(parts));
}

QString scope(const Facts &f, const QList<qsizetype> &eligible)
{
    qsizetype withMoney = 0;
    for (const EffectiveResource &resource : f.year.resources)
        withMoney += resource.available > Money() ? 1 : 0;
    if (eligible.size() == withMoney && withMoney > 1)
        return QStringLiteral("Every resource may fund it");
    if (eligible.size() <= 3)
        return QStringLiteral("Only %1 may fund it").arg(names(f, eligible));
    return QStringLiteral("%1 resources may fund it").arg(eligible.size());
}

// First sentence: who may fund it, and whether their money is all gone and where.
QString usedUp(const Facts &f, const QList<qsizetype> &eligible, const QList<qsizetype> &exhausted)
{
    const QString who = scope(f, eligible);
    if (exhausted.isEmpty())
        return who + u'.';
    const QString how = spentOn(f, exhausted);
    if (exhausted.size() == eligible.size()) {
        const QString subject = eligible.size() == 1   ? QStringLiteral("it is")
                                : eligible.size() == 2 ? QStringLiteral("both are")
                                                       : QStringLiteral("all are");
        return QStringLiteral("%1, and %2 %3.").arg(who, subject, how);
    }
    const QString subject = exhausted.size() <= 3
                                ? names(f, exhausted)
                                : QStringLiteral("%1 of them").arg(exhausted.size());
    return QStringLiteral("%1; %2 %3 %4.")
        .arg(who, subject, exhausted.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"),
             how);
}

// Second sentence: the minimum share that could not be reached, and the rules that held back
// resources with money left.
QString heldBack(const Facts &f, const QList<qsizetype> &spare)
{
    const EffectiveService &service = f.service();
    const Money funded = f.result.allocation.fundingOf(f.s);
    QStringList limits;
    Money found = funded;
    for (const qsizetype r : spare) {
        const Room room = roomIn(f, r);
        found += room.extra;
        const QString text = room.extra < f.unused(r) ? limitText(f, r, room) : QString();
        if (!text.isEmpty() && !limits.contains(text))
            limits << text;
    }
    found = std::min(found, service.cost);
    const Money minimum = Money::fromMinor(
        qint64(std::ceil(service.minimumShare * double(service.cost.minor()) - 1e-6)));
    const bool belowMinimum = service.minimumShare > 0.0 && funded.isZero() && found < minimum &&
                              !(found.isZero() && spare.isEmpty());
    if (belowMinimum) {
        const QString text =
            QStringLiteral("It needs at least %1 to run (%2% of its cost) and %3")
                .arg(f.money(minimum), QString::number(service.minimumShare * 100.0, 'g', 4),
                     found.isZero() ? QStringLiteral("nothing could be found")
                                    : QStringLiteral("only %1 could be found").arg(f.money(found)));
        return limits.isEmpty()
                   ? text + u'.'
                   : QStringLiteral("%1: %2.").arg(text, limits.join(QStringLiteral("; ")));
    }
    if (!limits.isEmpty())
        return sentence(limits.join(QStringLiteral("; ")));
    if (!spare.isEmpty())
        return QStringLiteral(
                   "What is left in %1 could not go to it without breaking a rule of the plan.")
            .arg(names(f, spare));
    return {};
}

// The tie rule, where it decided: services of the same tier and priority listed before this one,
// funded from the same used-up money, come first (spec/allocation.md, Ties).
QString tieRule(const Facts &f, const QList<qsizetype> &exhausted)
{
    const EffectiveService &own = f.service();
    QStringList before;
    Money took;
    for (qsizetype t = 0; t < f.s; ++t) {
        const EffectiveService &other = f.year.services.at(t);
        if (other.tier != own.tier || other.priority != own.priority)
            continue;
        Money from;
        for (const qsizetype r : exhausted)
            from += f.result.allocation.at(r, t);
        if (from.isZero())
            continue;
        before << other.name;
        took += from;
    }
    if (before.isEmpty())
        return {};
    const QString who = before.size() <= 3 ? listed(before)
                                           : QStringLiteral("%1 other services").arg(before.size());
    return QStringLiteral("%1 %2 the same priority and %3 listed first, so %4 funded first (%5 of "
                          "this money).")
        .arg(who, before.size() == 1 ? QStringLiteral("has") : QStringLiteral("have"),
             before.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"),
             before.size() == 1 ? QStringLiteral("it is") : QStringLiteral("they are"),
             f.money(took));
}

} // namespace

QString ShortfallExplainer::explain(const EffectiveYear &year, const YearResult &result,
                                    qsizetype service, const QHash<QString, QString> &resourceNames,
                                    const QString &currency)
{
    if (service < 0 || service >= year.services.size() || service >= result.services.size())
        return {};
    const FundingStatus status = result.services.at(service).status;
    if (status != FundingStatus::Partial && status != FundingStatus::Unfunded)
        return {};
    const Facts f{year, result, service, resourceNames, currency};
    QList<qsizetype> eligible, exhausted, spare;
    for (qsizetype r = 0; r < year.resources.size(); ++r) {
        if (!year.mayFund(year.resources.at(r), f.service()) ||
            year.resources.at(r).available <= Money())
            continue;
        eligible << r;
        (f.unused(r) > Money() ? spare : exhausted) << r;
    }
    if (eligible.isEmpty())
        return noResource(f);
    QStringList sentences{usedUp(f, eligible, exhausted), tieRule(f, exhausted),
                          heldBack(f, spare)};
    sentences.removeAll(QString());
    return sentences.join(u' ');
}

} // namespace lps
