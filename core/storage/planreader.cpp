#include "planreader.h"

#include "planschema.h"
#include "sqlite/sqlitedatabase.h"

#include <QHash>
#include <QSet>

#include <limits>

namespace lps {

namespace {

using Type = SqliteStatement::Type;

QString typeName(Type type)
{
    switch (type) {
    case Type::Integer:
        return QStringLiteral("a whole number");
    case Type::Real:
        return QStringLiteral("a decimal number");
    case Type::Text:
        return QStringLiteral("text");
    case Type::Blob:
        return QStringLiteral("binary data");
    case Type::Null:
        break;
    }
    return QStringLiteral("nothing");
}

// The columns of one row, read with every check a hand-edited file calls for. Anything the model
// cannot hold becomes a problem at a JSON-style path (so messages read like the JSON importer's)
// and a harmless stand-in value.
class Row
{
public:
    Row(const SqliteStatement &row, const QString &at, Problems &problems)
        : m_row(row)
        , m_at(at)
        , m_problems(problems)
    {
    }

    // Empty for NULL, and for a value of the wrong kind (which is reported).
    std::optional<QString> optionalText(int column, const char *key)
    {
        if (!has(column, Type::Text, key))
            return std::nullopt;
        std::optional<QString> text = m_row.validText(column);
        if (!text)
            fail(key, QStringLiteral("holds bytes that are not text (not UTF-8)"));
        return text.value_or(QString());
    }
    std::optional<qint64> optionalInteger(int column, const char *key)
    {
        return has(column, Type::Integer, key) ? std::optional(m_row.integer(column))
                                               : std::nullopt;
    }
    std::optional<double> optionalReal(int column, const char *key)
    {
        return has(column, Type::Real, key) ? std::optional(m_row.real(column)) : std::nullopt;
    }
    std::optional<int> optionalSmallInteger(int column, const char *key)
    {
        const std::optional<qint64> value = optionalInteger(column, key);
        if (!value)
            return std::nullopt;
        if (*value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max()) {
            fail(key, QStringLiteral("%1 is out of range").arg(*value));
            return 0;
        }
        return int(*value);
    }
    template <typename Enum> std::optional<Enum> optionalChoice(int column, const char *key)
    {
        const std::optional<QString> spelling = optionalText(column, key);
        if (!spelling)
            return std::nullopt;
        const std::optional<Enum> value = enumFromString<Enum>(*spelling);
        if (!value)
            fail(key, QStringLiteral("\u201c%1\u201d is not one of: %2")
                          .arg(*spelling, enumSpellings<Enum>().join(QStringLiteral(", "))));
        return value;
    }

    // Columns that must hold a value: NULL is reported as missing.
    QString text(int column, const char *key)
    {
        return required(column, key, optionalText(column, key), QString());
    }
    qint64 integer(int column, const char *key)
    {
        return required(column, key, optionalInteger(column, key), qint64(0));
    }
    double real(int column, const char *key)
    {
        return required(column, key, optionalReal(column, key), 0.0);
    }
    int smallInteger(int column, const char *key)
    {
        return required(column, key, optionalSmallInteger(column, key), 0);
    }
    template <typename Enum> Enum choice(int column, const char *key, Enum fallback)
    {
        return required(column, key, optionalChoice<Enum>(column, key), fallback);
    }
    bool flag(int column, const char *key)
    {
        const qint64 value = integer(column, key);
        if (value != 0 && value != 1)
            fail(key, QStringLiteral("%1 is neither 0 (no) nor 1 (yes)").arg(value));
        return value == 1;
    }

    /// A column that only some rows use: NULL where it is used is a problem, NULL where it is
    /// not stands for the model's default.
    template <typename T>
    T usedOr(bool used, int column, const char *key, const std::optional<T> &value,
             const T &fallback)
    {
        return used ? required(column, key, value, fallback) : value.value_or(fallback);
    }

    void fail(const char *key, const QString &message)
    {
        QString where = m_at;
        if (key)
            where =
                m_at.isEmpty() ? QLatin1String(key) : m_at + QLatin1Char('.') + QLatin1String(key);
        m_problems << Problem::error(where, message);
    }

private:
    bool has(int column, Type wanted, const char *key)
    {
        const Type actual = m_row.type(column);
        if (actual == Type::Null)
            return false;
        if (actual == wanted || (wanted == Type::Real && actual == Type::Integer))
            return true;
        fail(key,
             QStringLiteral("holds %1 where %2 belongs").arg(typeName(actual), typeName(wanted)));
        return false;
    }

    template <typename T>
    T required(int column, const char *key, const std::optional<T> &value, const T &fallback)
    {
        if (!value && m_row.type(column) == Type::Null)
            fail(key, QStringLiteral("is missing"));
        return value.value_or(fallback);
    }

    const SqliteStatement &m_row;
    QString m_at;
    Problems &m_problems;
};

QString at(const char *list, qint64 index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
}

class Reader
{
public:
    Reader(const SqliteDatabase &db, int format)
        : m_db(db)
        , m_format(format)
    {
    }

    PlanReader::Result read();

private:
    // Position in the file -> index in the plan, for the rows that name their owner.
    using Owners = QHash<qint64, qsizetype>;

    void planRow();
    void resources();
    void resourceRow(Row &row);
    void services();
    void serviceRow(Row &row);
    void scenarios();
    void scenarioRow(Row &row);
    void adjustmentRow(Row &row, Adjustment &a);
    void levers();
    void yearly(const char *sql, const char *list, const char *key, bool resource);
    void lists();
    void adjustments();
    void checkPosition(const QString &list, qint64 position, qint64 expected);
    template <typename Handle>
    void children(const char *sql, const char *list, const char *key, const Owners &owners,
                  Handle handle);
    Problems &problems() { return m_result.problems; }
    Plan &plan() { return m_result.plan; }

    const SqliteDatabase &m_db;
    const int m_format;
    PlanReader::Result m_result;
    Owners m_resources;
    Owners m_services;
    Owners m_scenarios;
    QSet<QString> m_listsWithGaps;
};

PlanReader::Result Reader::read()
{
    planRow();
    resources();
    services();
    scenarios();
    yearly("SELECT r.position, c.year_index, c.amount FROM resource_amount AS c"
           " JOIN resource AS r ON r.id = c.resource_id ORDER BY r.position, c.year_index",
           "resources", "amountByYear", true);
    yearly("SELECT s.position, c.year_index, c.cost FROM service_cost AS c"
           " JOIN service AS s ON s.id = c.service_id ORDER BY s.position, c.year_index",
           "services", "costByYear", false);
    lists();
    adjustments();
    if (m_format >= 2)
        levers();
    return m_result;
}

void Reader::levers()
{
    SqliteStatement query =
        m_db.prepare("SELECT position, kind, target, low, high FROM lever ORDER BY position");
    while (query.step()) {
        const qsizetype index = plan().levers.size();
        checkPosition(QStringLiteral("levers"), query.integer(0), index);
        Row row(query, at("levers", index), problems());
        Lever lever;
        lever.kind = row.choice(1, "kind", LeverKind::ResourceAmount);
        lever.target = row.text(2, "target");
        lever.low = row.optionalReal(3, "low");
        lever.high = row.optionalReal(4, "high");
        plan().levers << lever;
    }
}

// Positions only give the order, so a gap loses nothing; but LPS Planner never writes one, so
// it is reported (once per list) and the plan counts as garbled.
void Reader::checkPosition(const QString &list, qint64 position, qint64 expected)
{
    if (position == expected)
        return;
    m_result.complete = false;
    if (m_listsWithGaps.contains(list))
        return;
    m_listsWithGaps.insert(list);
    problems() << Problem::error(list, QStringLiteral("an entry has position %1 where %2 was "
                                                      "expected; positions must run 0, 1, 2, "
                                                      "\u2026 without gaps")
                                           .arg(position)
                                           .arg(expected));
}

void Reader::planRow()
{
    SqliteStatement query = m_db.prepare("SELECT name, locality, currency, first_year, years,"
                                         " cost_inflation FROM plan ORDER BY id");
    if (!query.step()) {
        problems() << Problem::error(QString(), QStringLiteral("the plan's own details (its name, "
                                                               "years and currency) are missing"));
        m_result.complete = false;
        return;
    }
    Row row(query, QString(), problems());
    plan().name = row.text(0, "name");
    plan().locality = row.text(1, "locality");
    plan().currency = row.text(2, "currency");
    plan().firstYear = row.smallInteger(3, "firstYear");
    plan().years = row.smallInteger(4, "years");
    plan().costInflation = row.real(5, "costInflation");
    if (query.step())
        problems() << Problem::error(QString(),
                                     QStringLiteral("the file holds more than one plan"));
}

void Reader::resources()
{
    SqliteStatement query = m_db.prepare(
        "SELECT position, id, name, sector, kind, amount, trend, hour_value, certainty,"
        " match_ratio, match_sector, max_per_service, contingent_share, notes"
        " FROM resource ORDER BY position");
    while (query.step()) {
        const qsizetype index = plan().resources.size();
        checkPosition(QStringLiteral("resources"), query.integer(0), index);
        m_resources.insert(query.integer(0), index);
        Row row(query, at("resources", index), problems());
        resourceRow(row);
    }
}

void Reader::resourceRow(Row &row)
{
    Resource r;
    r.id = row.text(1, "id");
    r.name = row.text(2, "name");
    r.sector = row.choice(3, "sector", r.sector);
    r.kind = row.choice(4, "kind", r.kind);
    const std::optional<qint64> amount = row.optionalInteger(5, "amount");
    r.amount = amount ? YearlyAmounts::single(*amount) : YearlyAmounts::perYear({});
    r.trend = row.real(6, "trend");
    if (const auto hourValue = row.optionalInteger(7, "hourValue"))
        r.hourValue = Money::fromMinor(*hourValue);
    r.certainty = row.choice(8, "certainty", r.certainty);
    r.matchRatio = row.optionalReal(9, "matchRatio");
    r.matchSector = row.choice(10, "matchSector", r.matchSector);
    if (const auto cap = row.optionalInteger(11, "maxPerService"))
        r.maxPerService = Money::fromMinor(*cap);
    r.contingentShare = row.real(12, "contingentShare");
    r.notes = row.text(13, "notes");
    plan().resources << r;
}

void Reader::services()
{
    SqliteStatement query = m_db.prepare(
        "SELECT position, id, name, tier, cost, minimum_share, priority, provider,"
        " time_capacity_hours, preventative, consequence, notes FROM service ORDER BY position");
    while (query.step()) {
        const qsizetype index = plan().services.size();
        checkPosition(QStringLiteral("services"), query.integer(0), index);
        m_services.insert(query.integer(0), index);
        Row row(query, at("services", index), problems());
        serviceRow(row);
    }
}

void Reader::serviceRow(Row &row)
{
    Service s;
    s.id = row.text(1, "id");
    s.name = row.text(2, "name");
    s.tier = row.choice(3, "tier", s.tier);
    const std::optional<qint64> cost = row.optionalInteger(4, "cost");
    s.cost = cost ? YearlyAmounts::single(*cost) : YearlyAmounts::perYear({});
    s.minimumShare = row.real(5, "minimumShare");
    s.priority = row.smallInteger(6, "priority");
    s.provider = row.choice(7, "provider", s.provider);
    s.timeCapacityHours = row.integer(8, "timeCapacityHours");
    s.preventative = row.flag(9, "preventative");
    s.consequence = row.text(10, "consequence");
    s.notes = row.text(11, "notes");
    plan().services << s;
}

void Reader::scenarios()
{
    SqliteStatement query =
        m_db.prepare("SELECT position, id, name, based_on, notes FROM scenario ORDER BY position");
    while (query.step()) {
        const qsizetype index = plan().scenarios.size();
        checkPosition(QStringLiteral("scenarios"), query.integer(0), index);
        m_scenarios.insert(query.integer(0), index);
        Row row(query, at("scenarios", index), problems());
        scenarioRow(row);
    }
}

void Reader::scenarioRow(Row &row)
{
    Scenario s;
    s.id = row.text(1, "id");
    s.name = row.text(2, "name");
    s.basedOn = row.optionalText(3, "basedOn").value_or(QString());
    s.notes = row.text(4, "notes");
    plan().scenarios << s;
}

// Rows of a child table, joined to their owner so that they come in the owner's order; column 0
// is the owner's position and column 1 the row's own position (or year index).
template <typename Handle>
void Reader::children(const char *sql, const char *list, const char *key, const Owners &owners,
                      Handle handle)
{
    SqliteStatement query = m_db.prepare(sql);
    qint64 ownerPosition = -1;
    qint64 next = 0;
    while (query.step()) {
        if (query.integer(0) != ownerPosition) {
            ownerPosition = query.integer(0);
            next = 0;
        }
        const qsizetype owner = owners.value(ownerPosition, -1);
        if (owner < 0)
            continue; // cannot happen after the schema check and the join; never trusted
        const QString path = at(list, owner) + QLatin1Char('.') + QLatin1String(key);
        checkPosition(path, query.integer(1), next);
        Row row(query, QStringLiteral("%1[%2]").arg(path).arg(next++), problems());
        handle(owner, row);
    }
}

void Reader::yearly(const char *sql, const char *list, const char *key, bool resource)
{
    children(sql, list, key, resource ? m_resources : m_services, [&](qsizetype owner, Row &row) {
        YearlyAmounts &amounts =
            resource ? plan().resources[owner].amount : plan().services[owner].cost;
        if (amounts.isSingle()) {
            row.fail(nullptr, QStringLiteral("is given as well as a single %1; only one of the two "
                                             "may be used")
                                  .arg(QLatin1String(resource ? "amount" : "cost")));
            return;
        }
        QList<qint64> values = amounts.values();
        values << row.integer(2, nullptr);
        amounts = YearlyAmounts::perYear(values);
    });
}

void Reader::lists()
{
    children("SELECT r.position, c.position, c.service_id FROM resource_eligible_service AS c"
             " JOIN resource AS r ON r.id = c.resource_id ORDER BY r.position, c.position",
             "resources", "eligible.services", m_resources, [&](qsizetype owner, Row &row) {
                 plan().resources[owner].eligible.services << row.text(2, nullptr);
             });
    children("SELECT r.position, c.position, c.tag FROM resource_eligible_tag AS c"
             " JOIN resource AS r ON r.id = c.resource_id ORDER BY r.position, c.position",
             "resources", "eligible.tags", m_resources, [&](qsizetype owner, Row &row) {
                 plan().resources[owner].eligible.tags << row.text(2, nullptr);
             });
    children("SELECT r.position, c.position, c.tier FROM resource_eligible_tier AS c"
             " JOIN resource AS r ON r.id = c.resource_id ORDER BY r.position, c.position",
             "resources", "eligible.tiers", m_resources, [&](qsizetype owner, Row &row) {
                 plan().resources[owner].eligible.tiers << row.choice(2, nullptr, Tier::Must);
             });
    children("SELECT s.position, c.position, c.tag FROM service_tag AS c"
             " JOIN service AS s ON s.id = c.service_id ORDER BY s.position, c.position",
             "services", "tags", m_services, [&](qsizetype owner, Row &row) {
                 plan().services[owner].tags << row.text(2, nullptr);
             });
}

void Reader::adjustments()
{
    children("SELECT s.position, a.position, a.type, a.target, a.to_service, a.factor, a.year,"
             " a.amount, a.tier, a.priority, a.from_year FROM adjustment AS a"
             " JOIN scenario AS s ON s.id = a.scenario_id ORDER BY s.position, a.position",
             "scenarios", "adjustments", m_scenarios, [&](qsizetype owner, Row &row) {
                 Adjustment a;
                 adjustmentRow(row, a);
                 plan().scenarios[owner].adjustments << a;
             });
}

void Reader::adjustmentRow(Row &row, Adjustment &a)
{
    const Adjustment d;
    a.type = row.choice(2, "type", d.type);
    const PlanSchema::AdjustmentColumns used = PlanSchema::columnsUsedBy(a.type);
    a.target = row.text(3, used.toService ? "from" : a.targetsResource() ? "resource" : "service");
    a.toService = row.usedOr(used.toService, 4, "to", row.optionalText(4, "to"), d.toService);
    a.factor = row.usedOr(used.factor, 5, "factor", row.optionalReal(5, "factor"), d.factor);
    a.year = row.usedOr(used.year, 6, "year", row.optionalSmallInteger(6, "year"), d.year);
    a.amount = row.usedOr(used.amount, 7, "amount", row.optionalInteger(7, "amount"), d.amount);
    a.tier = row.usedOr(used.tier, 8, "tier", row.optionalChoice<Tier>(8, "tier"), d.tier);
    a.priority = row.usedOr(used.priority, 9, "priority", row.optionalSmallInteger(9, "priority"),
                            d.priority);
    a.fromYear = row.smallInteger(10, "fromYear");
}

} // namespace

PlanReader::Result PlanReader::read(const SqliteDatabase &db, int format)
{
    return Reader(db, format).read();
}

} // namespace lps
