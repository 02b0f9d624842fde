#include "planvalidator.h"

#include "controlcharacters.h"
#include "planlimits.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace lps {

namespace {

QString path(const QString &list, qsizetype index, const QString &key = {})
{
    const QString item = QStringLiteral("%1[%2]").arg(list).arg(index);
    return key.isEmpty() ? item : item + QLatin1Char('.') + key;
}

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// A count as the app shows counts, thousands grouped ("100,000") whatever the desktop's locale.
QString count(qsizetype value)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(qlonglong(value));
}

// The plan's size against PlanLimits, before any item is looked at: a file far past a limit is
// refused at once, with the limit and what to do, rather than with thousands of item problems.
Problems sizeProblems(const Plan &plan)
{
    Problems problems;
    const auto tooMany = [&problems](const QString &where, const QString &what) {
        problems << Problem::error(where, what);
    };
    const bool tooManyServices = plan.services.size() > PlanLimits::kMaxServices;
    const bool tooManyResources = plan.resources.size() > PlanLimits::kMaxResources;
    if (tooManyServices)
        tooMany(QStringLiteral("services"),
                QStringLiteral("the plan has %1 services; LPS Planner allocates at most %2 in one "
                               "plan. Split the plan (by directorate, for example) or merge "
                               "services that are funded together.")
                    .arg(count(plan.services.size()), count(PlanLimits::kMaxServices)));
    if (tooManyResources)
        tooMany(QStringLiteral("resources"),
                QStringLiteral("the plan has %1 resources; LPS Planner allocates at most %2 in one "
                               "plan. Merge resources that fund the same services on the same "
                               "terms, or split the plan.")
                    .arg(count(plan.resources.size()), count(PlanLimits::kMaxResources)));
    if (plan.scenarios.size() > PlanLimits::kMaxScenarios)
        tooMany(QStringLiteral("scenarios"),
                QStringLiteral("the plan has %1 scenarios; a plan holds at most %2. Delete the "
                               "what-ifs you no longer compare, or keep them in a copy of the "
                               "plan.")
                    .arg(count(plan.scenarios.size()), count(PlanLimits::kMaxScenarios)));
    for (qsizetype i = 0; i < plan.scenarios.size(); ++i) {
        const qsizetype adjustments = plan.scenarios.at(i).adjustments.size();
        if (adjustments > PlanLimits::kMaxAdjustmentsPerScenario)
            tooMany(QStringLiteral("scenarios[%1].adjustments").arg(i),
                    QStringLiteral("the scenario has %1 adjustments; a scenario holds at most %2. "
                                   "Combine adjustments that change the same resource or "
                                   "service, or split the what-if into several scenarios.")
                        .arg(count(adjustments), count(PlanLimits::kMaxAdjustmentsPerScenario)));
    }
    // Past the limits above, the pairs say nothing more and counting them would take time.
    if (!tooManyServices && !tooManyResources &&
        PlanValidator::fundingPairs(plan, PlanLimits::kMaxFundingPairs) >
            PlanLimits::kMaxFundingPairs)
        tooMany(QStringLiteral("resources"),
                QStringLiteral("resources may fund more than %1 (resource, service) pairs in all, "
                               "the most LPS Planner allocates in one plan. Restrict broad "
                               "resources to the tiers or tags they really fund, or split the "
                               "plan.")
                    .arg(count(PlanLimits::kMaxFundingPairs)));
    return problems;
}

// Ids of one list, looked up in constant time: a hostile file may hold 100,000 references.
template <typename Item> QSet<QString> idsOf(const QList<Item> &items)
{
    QSet<QString> ids;
    for (const Item &item : items)
        ids.insert(item.id);
    return ids;
}

// Notes, consequences and the locality: pages of text are fine, megabytes are not.
constexpr qsizetype kLongText = 100'000;

// Collects problems with the small vocabulary every check needs.
class Checker
{
public:
    explicit Checker(const Plan &plan)
        : plan(plan)
        , resourceIds(idsOf(plan.resources))
        , serviceIds(idsOf(plan.services))
    {
        for (const Scenario &scenario : plan.scenarios) {
            if (!basedOnOf.contains(scenario.id))
                basedOnOf.insert(scenario.id, scenario.basedOn);
        }
    }

    const Plan &plan;
    const QSet<QString> resourceIds;
    const QSet<QString> serviceIds;
    QHash<QString, QString> basedOnOf;
    QSet<QString> reachesThePlan; // scenarios whose chain ends at the plan as written
    QSet<QString> inACircle;      // scenarios whose chain runs into a circle
    Problems problems;

    void fail(const QString &where, const QString &what)
    {
        problems << Problem::error(where, what);
    }

    void name(const QString &where, const QString &value)
    {
        if (value.trimmed().isEmpty())
            fail(where, QStringLiteral("a name is required"));
        else
            text(where, value, 200, ControlCharacters::Lines::Refused);
    }

    // Free text must be real text (a lone UTF-16 surrogate cannot be stored or exchanged) and
    // of a size a person writes; megabytes in a note are an accident or an attack.
    void text(const QString &where, const QString &value, qsizetype max,
              ControlCharacters::Lines lines = ControlCharacters::Lines::Allowed)
    {
        // A plan from someone else may hide terminal escapes in a name; the message names the
        // character without printing it.
        if (const std::optional<QChar> c = ControlCharacters::firstIn(value, lines))
            fail(where, *c == u'\t' || *c == u'\n' || *c == u'\r'
                            ? QStringLiteral("holds a tab or a line break; it must be one line")
                            : QStringLiteral("holds a control character (%1) that cannot be seen "
                                             "or printed; remove it")
                                  .arg(ControlCharacters::codePoint(*c)));
        // Characters as a person counts them: an emoji is one, not two UTF-16 units.
        const qsizetype length = value.size() > max ? value.toUcs4().size() : value.size();
        if (length > max)
            fail(where, QStringLiteral("is %1 characters long; at most %2 are allowed")
                            .arg(length)
                            .arg(max));
        if (!value.isValidUtf16())
            fail(where,
                 QStringLiteral(
                     "contains broken characters (a lone UTF-16 surrogate); retype the text"));
    }

    void tags(const QString &where, const QStringList &values)
    {
        for (qsizetype k = 0; k < values.size(); ++k) {
            if (values.at(k).trimmed().isEmpty())
                fail(path(where, k), QStringLiteral("a tag cannot be empty"));
            else
                text(path(where, k), values.at(k), 100, ControlCharacters::Lines::Refused);
        }
    }

    void id(const QString &where, const QString &value, QSet<QString> &seen)
    {
        if (!PlanValidator::isValidId(value))
            fail(where,
                 QStringLiteral("\"%1\" is not a valid id: use 1 to 64 lowercase letters, digits "
                                "and '-', starting with a letter or digit")
                     .arg(value));
        else if (seen.contains(value))
            fail(where, QStringLiteral("\"%1\" is used twice; ids must be unique").arg(value));
        seen.insert(value);
    }

    void amount(const QString &where, qint64 value, qint64 max = Money::kMaxMinor)
    {
        if (value < 0 || value > max)
            fail(where, QStringLiteral("%1 is out of range 0..%2").arg(value).arg(max));
    }

    void range(const QString &where, double value, double low, double high)
    {
        if (!std::isfinite(value) || value < low || value > high)
            fail(where, QStringLiteral("%1 is out of range %2..%3")
                            .arg(number(value), number(low), number(high)));
    }

    void yearly(const QString &where, const YearlyAmounts &amounts, double rate,
                const QString &singleKey, const QString &listKey, qint64 max)
    {
        if (amounts.isSingle()) {
            amount(where + singleKey, amounts.base(), max);
            // Growth must not carry the amount past the limit in a later year.
            for (int y = 1; y < plan.years && amounts.base() >= 0 && amounts.base() <= max; ++y) {
                if (amounts.valueAt(y, rate) > max) {
                    fail(where + singleKey,
                         QStringLiteral("grows past the limit of %1 by year %2 (%3)")
                             .arg(max)
                             .arg(y)
                             .arg(plan.yearLabel(y)));
                    break;
                }
            }
            return;
        }
        if (amounts.values().size() != plan.years)
            fail(where + listKey, QStringLiteral("has %1 amounts but the plan covers %2 years")
                                      .arg(amounts.values().size())
                                      .arg(plan.years));
        for (qsizetype y = 0; y < amounts.values().size(); ++y)
            amount(QStringLiteral("%1%2[%3]").arg(where, listKey).arg(y), amounts.values().at(y),
                   max);
    }

    void plan_()
    {
        name(QStringLiteral("name"), plan.name);
        text(QStringLiteral("locality"), plan.locality, kLongText);
        static const QRegularExpression currency(
            QRegularExpression::anchoredPattern(QStringLiteral("[A-Z]{3}")));
        if (!currency.match(plan.currency).hasMatch())
            fail(QStringLiteral("currency"),
                 QStringLiteral("\"%1\" is not an ISO 4217 code such as GBP").arg(plan.currency));
        if (plan.firstYear < 2000 || plan.firstYear > 2100)
            fail(QStringLiteral("firstYear"),
                 QStringLiteral("%1 is out of range 2000..2100").arg(plan.firstYear));
        if (plan.years < 1 || plan.years > PlanLimits::kMaxYears)
            fail(QStringLiteral("years"), QStringLiteral("%1 is out of range 1..%2")
                                              .arg(plan.years)
                                              .arg(PlanLimits::kMaxYears));
        range(QStringLiteral("costInflation"), plan.costInflation, -1, 10);
    }

    void resources()
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < plan.resources.size(); ++i) {
            const Resource &r = plan.resources.at(i);
            const QString at = path(QStringLiteral("resources"), i);
            id(at + QStringLiteral(".id"), r.id, seen);
            name(at + QStringLiteral(".name"), r.name);
            range(at + QStringLiteral(".trend"), r.trend, -1, 10);
            const bool time = r.kind == ResourceKind::Time;
            qint64 maxUnits = Money::kMaxMinor;
            if (time && !r.hourValue)
                fail(at + QStringLiteral(".hourValue"),
                     QStringLiteral(
                         "is required for a time resource: the replacement cost of one hour"));
            if (!time && r.hourValue)
                fail(at + QStringLiteral(".hourValue"),
                     QStringLiteral("applies to time resources only"));
            if (r.hourValue) {
                if (r.hourValue->minor() <= 0 || r.hourValue->minor() > Money::kMaxMinor)
                    fail(at + QStringLiteral(".hourValue"),
                         QStringLiteral("%1 is out of range 1..%2")
                             .arg(r.hourValue->minor())
                             .arg(Money::kMaxMinor));
                else if (time)
                    maxUnits =
                        Money::kMaxMinor / r.hourValue->minor(); // hours x value within range
            }
            yearly(at, r.amount, r.trend, QStringLiteral(".amount"),
                   QStringLiteral(".amountByYear"), maxUnits);
            eligibility(at + QStringLiteral(".eligible"), r.eligible);
            if (r.matchRatio &&
                (!std::isfinite(*r.matchRatio) || *r.matchRatio <= 0 || *r.matchRatio > 1000))
                fail(at + QStringLiteral(".matchRatio"),
                     QStringLiteral("%1 must be above 0 and at most 1000")
                         .arg(number(*r.matchRatio)));
            if (r.matchRatio && r.matchSector == r.sector)
                fail(at + QStringLiteral(".matchSector"),
                     QStringLiteral("a resource cannot match its own sector (\"%1\"); choose "
                                    "another matchSector")
                         .arg(spelling(r.sector)));
            if (r.maxPerService)
                amount(at + QStringLiteral(".maxPerService"), r.maxPerService->minor());
            range(at + QStringLiteral(".contingentShare"), r.contingentShare, 0, 1);
            text(at + QStringLiteral(".notes"), r.notes, kLongText);
        }
    }

    void eligibility(const QString &at, const Eligibility &eligible)
    {
        for (qsizetype k = 0; k < eligible.services.size(); ++k) {
            if (!serviceIds.contains(eligible.services.at(k)))
                fail(path(at + QStringLiteral(".services"), k),
                     QStringLiteral("no service has the id \"%1\"").arg(eligible.services.at(k)));
        }
        tags(at + QStringLiteral(".tags"), eligible.tags);
    }

    void services()
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < plan.services.size(); ++i) {
            const Service &s = plan.services.at(i);
            const QString at = path(QStringLiteral("services"), i);
            id(at + QStringLiteral(".id"), s.id, seen);
            name(at + QStringLiteral(".name"), s.name);
            yearly(at, s.cost, plan.costInflation, QStringLiteral(".cost"),
                   QStringLiteral(".costByYear"), Money::kMaxMinor);
            range(at + QStringLiteral(".minimumShare"), s.minimumShare, 0, 1);
            if (s.priority < 1 || s.priority > 100)
                fail(at + QStringLiteral(".priority"),
                     QStringLiteral("%1 is out of range 1..100").arg(s.priority));
            tags(at + QStringLiteral(".tags"), s.tags);
            text(at + QStringLiteral(".consequence"), s.consequence, kLongText);
            text(at + QStringLiteral(".notes"), s.notes, kLongText);
            amount(at + QStringLiteral(".timeCapacityHours"), s.timeCapacityHours);
        }
    }

    void scenarios()
    {
        if (plan.scenarios.isEmpty())
            fail(QStringLiteral("scenarios"),
                 QStringLiteral("a plan needs at least one scenario, the baseline"));
        QSet<QString> seen;
        for (qsizetype i = 0; i < plan.scenarios.size(); ++i) {
            const Scenario &s = plan.scenarios.at(i);
            const QString at = path(QStringLiteral("scenarios"), i);
            id(at + QStringLiteral(".id"), s.id, seen);
            name(at + QStringLiteral(".name"), s.name);
            text(at + QStringLiteral(".notes"), s.notes, kLongText);
            basedOn(at, i);
            for (qsizetype k = 0; k < s.adjustments.size(); ++k)
                adjustment(path(at + QStringLiteral(".adjustments"), k), s.adjustments.at(k));
        }
    }

    // A workshop's levers (docs/workshop-notes.md): at most eight, each on a resource or a
    // service that exists, a slider with a range and a switch without one, none twice.
    void levers()
    {
        if (plan.levers.size() > PlanLimits::kMaxLevers)
            fail(QStringLiteral("levers"),
                 QStringLiteral("has %1 levers; a workshop has at most %2 (keys 1 to %2)")
                     .arg(plan.levers.size())
                     .arg(PlanLimits::kMaxLevers));
        QSet<QString> seen;
        for (qsizetype i = 0; i < plan.levers.size(); ++i) {
            const Lever &lever = plan.levers.at(i);
            const QString at = path(QStringLiteral("levers"), i);
            const bool known = lever.movesResource() ? resourceIds.contains(lever.target)
                                                     : serviceIds.contains(lever.target);
            if (!known)
                fail(at + QStringLiteral(".target"),
                     QStringLiteral("\u201c%1\u201d is not the id of any %2 in the plan")
                         .arg(lever.target, lever.movesResource() ? QStringLiteral("resource")
                                                                  : QStringLiteral("service")));
            if (lever.isSwitch() && (lever.low || lever.high))
                fail(at, QStringLiteral("a %1 lever is a switch and has no range")
                             .arg(spelling(lever.kind)));
            if (!lever.isSwitch() && (!lever.low || !lever.high))
                fail(at, QStringLiteral("a %1 lever needs a range: low and high")
                             .arg(spelling(lever.kind)));
            if (lever.low)
                range(at + QStringLiteral(".low"), *lever.low, 0, PlanLimits::kMaxLeverFactor);
            if (lever.high)
                range(at + QStringLiteral(".high"), *lever.high, 0, PlanLimits::kMaxLeverFactor);
            if (lever.low && lever.high && !(*lever.low < *lever.high))
                fail(at + QStringLiteral(".high"),
                     QStringLiteral("must be above low (%1)").arg(*lever.low));
            // A session starts every slider where the scenario on show stands (100%).
            if (lever.low && *lever.low > 1.0)
                fail(at + QStringLiteral(".low"),
                     QStringLiteral("must be 1 or below: a slider starts at the amount on show "
                                    "(1), so its range includes it"));
            if (lever.high && *lever.high < 1.0)
                fail(at + QStringLiteral(".high"),
                     QStringLiteral("must be 1 or above: a slider starts at the amount on show "
                                    "(1), so its range includes it"));
            const QString key = spelling(lever.kind) + u'/' + lever.target;
            if (seen.contains(key))
                fail(at, QStringLiteral("the same %1 lever on \u201c%2\u201d is already in the "
                                        "list; a lever appears once")
                             .arg(spelling(lever.kind), lever.target));
            seen.insert(key);
        }
    }

    void basedOn(const QString &at, qsizetype index)
    {
        const Scenario &s = plan.scenarios.at(index);
        if (s.basedOn.isEmpty())
            return;
        if (index == 0) {
            fail(at + QStringLiteral(".basedOn"),
                 QStringLiteral(
                     "the first scenario is the baseline and cannot be based on another"));
            return;
        }
        if (!basedOnOf.contains(s.basedOn)) {
            fail(at + QStringLiteral(".basedOn"),
                 QStringLiteral("no scenario has the id \"%1\"").arg(s.basedOn));
            return;
        }
        if (leadsIntoACircle(s.id))
            fail(at + QStringLiteral(".basedOn"),
                 QStringLiteral("\"%1\" leads back round in a circle: scenarios cannot be based on "
                                "each other in a circle")
                     .arg(s.basedOn));
    }

    // Walks the chain once per scenario, remembering what is known, so long chains stay linear.
    bool leadsIntoACircle(const QString &id)
    {
        QStringList walked;
        QSet<QString> onThisWalk;
        QString next = id;
        while (!next.isEmpty() && !reachesThePlan.contains(next)) {
            if (inACircle.contains(next) || onThisWalk.contains(next)) {
                for (const QString &seen : std::as_const(walked))
                    inACircle.insert(seen);
                return true;
            }
            walked << next;
            onThisWalk.insert(next);
            next = basedOnOf.value(next);
        }
        for (const QString &seen : std::as_const(walked))
            reachesThePlan.insert(seen);
        return false;
    }

    void reference(const QString &where, const QString &id, bool resource)
    {
        const bool found = resource ? resourceIds.contains(id) : serviceIds.contains(id);
        if (!found)
            fail(where,
                 QStringLiteral("no %1 has the id \"%2\"")
                     .arg(resource ? QStringLiteral("resource") : QStringLiteral("service"), id));
    }

    void yearIndex(const QString &where, int value)
    {
        if (value < 0 || value >= plan.years)
            fail(where, QStringLiteral("%1 is not a year index of this plan (0..%2)")
                            .arg(value)
                            .arg(plan.years - 1));
    }

    void adjustment(const QString &at, const Adjustment &a)
    {
        yearIndex(at + QStringLiteral(".fromYear"), a.fromYear);
        switch (a.type) {
        case AdjustmentType::ResourceScale:
        case AdjustmentType::ServiceScale:
            reference(at + (a.type == AdjustmentType::ResourceScale ? QStringLiteral(".resource")
                                                                    : QStringLiteral(".service")),
                      a.target, a.type == AdjustmentType::ResourceScale);
            range(at + QStringLiteral(".factor"), a.factor, 0, 10);
            break;
        case AdjustmentType::ResourceSet:
            reference(at + QStringLiteral(".resource"), a.target, true);
            yearIndex(at + QStringLiteral(".year"), a.year);
            amount(at + QStringLiteral(".amount"), a.amount);
            break;
        case AdjustmentType::ResourceOff:
            reference(at + QStringLiteral(".resource"), a.target, true);
            break;
        case AdjustmentType::ServiceTier:
        case AdjustmentType::ServiceOff:
            reference(at + QStringLiteral(".service"), a.target, false);
            break;
        case AdjustmentType::ServicePriority:
            reference(at + QStringLiteral(".service"), a.target, false);
            if (a.priority < 1 || a.priority > 100)
                fail(at + QStringLiteral(".priority"),
                     QStringLiteral("%1 is out of range 1..100").arg(a.priority));
            break;
        case AdjustmentType::Move:
            reference(at + QStringLiteral(".from"), a.target, false);
            reference(at + QStringLiteral(".to"), a.toService, false);
            if (a.target == a.toService)
                fail(at + QStringLiteral(".to"),
                     QStringLiteral("money cannot be moved from a service to itself"));
            amount(at + QStringLiteral(".amount"), a.amount);
            break;
        }
    }
};

} // namespace

bool PlanValidator::isValidId(const QString &id)
{
    // Anchored for real: `$` would also accept a trailing newline.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9-]{0,63}")));
    return pattern.match(id).hasMatch();
}

qsizetype PlanValidator::fundingPairs(const Plan &plan, qsizetype stopAbove)
{
    // Services counted by tier once, and those taking volunteer time apart: a resource open to
    // every service or to whole tiers (most of them) then costs no pass over the services.
    std::array<qsizetype, std::size(kAllTiers)> byTier{};
    std::array<qsizetype, std::size(kAllTiers)> takingTimeByTier{};
    for (const Service &service : plan.services) {
        ++byTier.at(std::size_t(service.tier));
        if (service.timeCapacityHours > 0)
            ++takingTimeByTier.at(std::size_t(service.tier));
    }
    qsizetype pairs = 0;
    for (const Resource &resource : plan.resources) {
        const Eligibility &eligible = resource.eligible;
        const bool time = resource.kind == ResourceKind::Time;
        if (eligible.services.isEmpty() && eligible.tags.isEmpty()) {
            for (const Tier tier : kAllTiers) {
                if (eligible.tiers.isEmpty() || eligible.tiers.contains(tier))
                    pairs += (time ? takingTimeByTier : byTier).at(std::size_t(tier));
            }
        } else {
            // Eligibility::admits, with the lists as sets: a file may list thousands of ids.
            const QSet<QString> ids(eligible.services.cbegin(), eligible.services.cend());
            const QSet<QString> tags(eligible.tags.cbegin(), eligible.tags.cend());
            for (const Service &service : plan.services) {
                if (time && service.timeCapacityHours <= 0)
                    continue;
                if (!ids.isEmpty() && !ids.contains(service.id))
                    continue;
                if (!eligible.tiers.isEmpty() && !eligible.tiers.contains(service.tier))
                    continue;
                if (!tags.isEmpty() &&
                    std::none_of(service.tags.cbegin(), service.tags.cend(),
                                 [&tags](const QString &tag) { return tags.contains(tag); }))
                    continue;
                ++pairs;
            }
        }
        if (pairs > stopAbove)
            return pairs;
    }
    return pairs;
}

Problems PlanValidator::validate(const Plan &plan)
{
    if (Problems tooLarge = sizeProblems(plan); !tooLarge.isEmpty())
        return tooLarge;
    Checker checker(plan);
    checker.plan_();
    checker.resources();
    checker.services();
    checker.scenarios();
    checker.levers();
    return checker.problems;
}

} // namespace lps
