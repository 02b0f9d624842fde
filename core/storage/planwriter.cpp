#include "planwriter.h"

#include "planfile.h"
#include "planschema.h"
#include "sqlite/sqlitedatabase.h"

#include <QByteArray>

namespace lps {

namespace {

std::optional<qint64> minorOrNull(const std::optional<Money> &money)
{
    return money ? std::optional<qint64>(money->minor()) : std::nullopt;
}

// A column an adjustment type does not use is NULL unless the value carries something other
// than the model's default: then it is kept, so that every plan reads back exactly as saved.
template <typename T> std::optional<T> keptIf(bool used, const T &value, const T &fallback)
{
    return used || value != fallback ? std::optional<T>(value) : std::nullopt;
}

// One prepared statement per table, reused for every row: plans can have thousands of rows.
class Writer
{
public:
    explicit Writer(const SqliteDatabase &db);

    void plan(const Plan &plan);
    void resource(qsizetype position, const Resource &resource);
    void service(qsizetype position, const Service &service);
    void scenario(qsizetype position, const Scenario &scenario);
    /// Only in format 2, whose table it needs.
    void lever(qsizetype position, const Lever &lever);

private:
    static void yearly(SqliteStatement &insert, const QString &owner, const YearlyAmounts &amounts);
    static void list(SqliteStatement &insert, const QString &owner, const QStringList &values);
    void adjustment(const QString &scenario, qsizetype position, const Adjustment &a);

    SqliteStatement m_plan;
    SqliteStatement m_resource;
    SqliteStatement m_resourceAmount;
    SqliteStatement m_eligibleService;
    SqliteStatement m_eligibleTag;
    SqliteStatement m_eligibleTier;
    SqliteStatement m_service;
    SqliteStatement m_serviceCost;
    SqliteStatement m_serviceTag;
    SqliteStatement m_scenario;
    SqliteStatement m_adjustment;
    const SqliteDatabase &m_db;
};

Writer::Writer(const SqliteDatabase &db)
    : m_plan(db.prepare("INSERT INTO plan (id, name, locality, currency, first_year, years,"
                        " cost_inflation) VALUES (1, ?, ?, ?, ?, ?, ?)"))
    , m_resource(db.prepare("INSERT INTO resource (position, id, name, sector, kind, amount, trend,"
                            " hour_value, certainty, match_ratio, match_sector, max_per_service,"
                            " contingent_share, notes)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_resourceAmount(db.prepare("INSERT INTO resource_amount (resource_id, year_index, amount)"
                                  " VALUES (?, ?, ?)"))
    , m_eligibleService(db.prepare("INSERT INTO resource_eligible_service (resource_id, position,"
                                   " service_id) VALUES (?, ?, ?)"))
    , m_eligibleTag(db.prepare("INSERT INTO resource_eligible_tag (resource_id, position, tag)"
                               " VALUES (?, ?, ?)"))
    , m_eligibleTier(db.prepare("INSERT INTO resource_eligible_tier (resource_id, position, tier)"
                                " VALUES (?, ?, ?)"))
    , m_service(db.prepare("INSERT INTO service (position, id, name, tier, cost, minimum_share,"
                           " priority, provider, time_capacity_hours, preventative, consequence,"
                           " notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_serviceCost(db.prepare("INSERT INTO service_cost (service_id, year_index, cost)"
                               " VALUES (?, ?, ?)"))
    , m_serviceTag(
          db.prepare("INSERT INTO service_tag (service_id, position, tag) VALUES (?, ?, ?)"))
    , m_scenario(db.prepare("INSERT INTO scenario (position, id, name, based_on, notes)"
                            " VALUES (?, ?, ?, ?, ?)"))
    , m_adjustment(db.prepare("INSERT INTO adjustment (scenario_id, position, type, target,"
                              " to_service, factor, year, amount, tier, priority, from_year)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_db(db)
{
}

void Writer::plan(const Plan &plan)
{
    m_plan.bindText(1, plan.name)
        .bindText(2, plan.locality)
        .bindText(3, plan.currency)
        .bindInteger(4, qint64(plan.firstYear))
        .bindInteger(5, qint64(plan.years))
        .bindReal(6, plan.costInflation)
        .run();
}

void Writer::yearly(SqliteStatement &insert, const QString &owner, const YearlyAmounts &amounts)
{
    if (amounts.isSingle())
        return;
    for (qsizetype year = 0; year < amounts.values().size(); ++year)
        insert.bindText(1, owner)
            .bindInteger(2, qint64(year))
            .bindInteger(3, amounts.values()[year])
            .run();
}

void Writer::list(SqliteStatement &insert, const QString &owner, const QStringList &values)
{
    for (qsizetype position = 0; position < values.size(); ++position)
        insert.bindText(1, owner)
            .bindInteger(2, qint64(position))
            .bindText(3, values[position])
            .run();
}

void Writer::resource(qsizetype position, const Resource &r)
{
    m_resource.bindInteger(1, qint64(position))
        .bindText(2, r.id)
        .bindText(3, r.name)
        .bindText(4, spelling(r.sector))
        .bindText(5, spelling(r.kind))
        .bindInteger(6, r.amount.isSingle() ? std::optional(r.amount.base()) : std::nullopt)
        .bindReal(7, r.trend)
        .bindInteger(8, minorOrNull(r.hourValue))
        .bindText(9, spelling(r.certainty))
        .bindReal(10, r.matchRatio)
        .bindText(11, spelling(r.matchSector))
        .bindInteger(12, minorOrNull(r.maxPerService))
        .bindReal(13, r.contingentShare)
        .bindText(14, r.notes)
        .run();
    yearly(m_resourceAmount, r.id, r.amount);
    list(m_eligibleService, r.id, r.eligible.services);
    list(m_eligibleTag, r.id, r.eligible.tags);
    QStringList tiers;
    for (Tier tier : r.eligible.tiers)
        tiers << spelling(tier);
    list(m_eligibleTier, r.id, tiers);
}

void Writer::service(qsizetype position, const Service &s)
{
    m_service.bindInteger(1, qint64(position))
        .bindText(2, s.id)
        .bindText(3, s.name)
        .bindText(4, spelling(s.tier))
        .bindInteger(5, s.cost.isSingle() ? std::optional(s.cost.base()) : std::nullopt)
        .bindReal(6, s.minimumShare)
        .bindInteger(7, qint64(s.priority))
        .bindText(8, spelling(s.provider))
        .bindInteger(9, s.timeCapacityHours)
        .bindInteger(10, qint64(s.preventative ? 1 : 0))
        .bindText(11, s.consequence)
        .bindText(12, s.notes)
        .run();
    yearly(m_serviceCost, s.id, s.cost);
    list(m_serviceTag, s.id, s.tags);
}

void Writer::lever(qsizetype position, const Lever &lever)
{
    m_db.prepare("INSERT INTO lever (position, kind, target, low, high) VALUES (?, ?, ?, ?, ?)")
        .bindInteger(1, qint64(position))
        .bindText(2, spelling(lever.kind))
        .bindText(3, lever.target)
        .bindReal(4, lever.low)
        .bindReal(5, lever.high)
        .run();
}

void Writer::scenario(qsizetype position, const Scenario &s)
{
    m_scenario.bindInteger(1, qint64(position))
        .bindText(2, s.id)
        .bindText(3, s.name)
        .bindText(4, s.basedOn.isEmpty() ? std::nullopt : std::optional(s.basedOn))
        .bindText(5, s.notes)
        .run();
    for (qsizetype k = 0; k < s.adjustments.size(); ++k)
        adjustment(s.id, k, s.adjustments[k]);
}

void Writer::adjustment(const QString &scenario, qsizetype position, const Adjustment &a)
{
    const Adjustment defaults;
    const PlanSchema::AdjustmentColumns used = PlanSchema::columnsUsedBy(a.type);
    const auto tier = keptIf(used.tier, a.tier, defaults.tier);
    m_adjustment.bindText(1, scenario)
        .bindInteger(2, qint64(position))
        .bindText(3, spelling(a.type))
        .bindText(4, a.target)
        .bindText(5, keptIf(used.toService, a.toService, defaults.toService))
        .bindReal(6, keptIf(used.factor, a.factor, defaults.factor))
        .bindInteger(7, keptIf<qint64>(used.year, a.year, defaults.year))
        .bindInteger(8, keptIf(used.amount, a.amount, defaults.amount))
        .bindText(9, tier ? std::optional(spelling(*tier)) : std::nullopt)
        .bindInteger(10, keptIf<qint64>(used.priority, a.priority, defaults.priority))
        .bindInteger(11, qint64(a.fromYear))
        .run();
}

} // namespace

void PlanWriter::write(const Plan &plan, SqliteDatabase &db)
{
    db.execute("BEGIN");
    // The oldest format that holds the plan: a plan without levers still opens in the versions
    // before levers came.
    const int format = plan.levers.isEmpty() ? 1 : 2;
    PlanSchema::create(db, format);
    Writer writer(db);
    writer.plan(plan);
    for (qsizetype i = 0; i < plan.resources.size(); ++i)
        writer.resource(i, plan.resources[i]);
    for (qsizetype i = 0; i < plan.services.size(); ++i)
        writer.service(i, plan.services[i]);
    for (qsizetype i = 0; i < plan.scenarios.size(); ++i)
        writer.scenario(i, plan.scenarios[i]);
    for (qsizetype i = 0; i < plan.levers.size(); ++i)
        writer.lever(i, plan.levers[i]);
    const QByteArray stamp = QByteArrayLiteral("PRAGMA application_id = ") +
                             QByteArray::number(qint32(PlanFile::kApplicationId)) +
                             QByteArrayLiteral("; PRAGMA user_version = ") +
                             QByteArray::number(format) + ';';
    db.execute(stamp.constData());
    db.execute("COMMIT");
}

} // namespace lps
