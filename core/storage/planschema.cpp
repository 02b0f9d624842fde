#include "planschema.h"

#include "sqlite/sqlitedatabase.h"

#include <algorithm>

namespace lps {

namespace {

// Format 1. These texts are stored verbatim in every file and compared verbatim on opening:
// changing a single character is a new file format (a new user_version and a migration).
// Enumerations are spelled out rather than built from enums.cpp for the same reason;
// tst_planfile checks that every spelling of the model is accepted.
constexpr const char *kStatements[] = {
    R"(CREATE TABLE plan (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL CHECK (name <> ''),
    locality TEXT NOT NULL,
    currency TEXT NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
    first_year INTEGER NOT NULL CHECK (first_year BETWEEN 2000 AND 2100),
    years INTEGER NOT NULL CHECK (years BETWEEN 1 AND 10),
    cost_inflation REAL NOT NULL CHECK (cost_inflation BETWEEN -1 AND 10)
) STRICT)",
    R"(CREATE TABLE resource (
    position INTEGER PRIMARY KEY CHECK (position >= 0),
    id TEXT NOT NULL UNIQUE CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*' AND length(id) <= 64),
    name TEXT NOT NULL CHECK (name <> ''),
    sector TEXT NOT NULL CHECK (sector IN ('public', 'private', 'charitable', 'personal')),
    kind TEXT NOT NULL CHECK (kind IN ('money', 'time', 'in-kind')),
    amount INTEGER CHECK (amount BETWEEN 0 AND 100000000000000),
    trend REAL NOT NULL CHECK (trend BETWEEN -1 AND 10),
    hour_value INTEGER CHECK (hour_value BETWEEN 1 AND 100000000000000),
    certainty TEXT NOT NULL CHECK (certainty IN ('confirmed', 'expected', 'speculative')),
    match_ratio REAL CHECK (match_ratio > 0 AND match_ratio <= 1000),
    match_sector TEXT NOT NULL CHECK (match_sector IN ('public', 'private', 'charitable', 'personal')),
    max_per_service INTEGER CHECK (max_per_service BETWEEN 0 AND 100000000000000),
    contingent_share REAL NOT NULL CHECK (contingent_share BETWEEN 0 AND 1),
    notes TEXT NOT NULL,
    CHECK ((hour_value IS NOT NULL) = (kind = 'time'))
) STRICT)",
    R"(CREATE TABLE resource_amount (
    resource_id TEXT NOT NULL REFERENCES resource (id),
    year_index INTEGER NOT NULL CHECK (year_index BETWEEN 0 AND 9),
    amount INTEGER NOT NULL CHECK (amount BETWEEN 0 AND 100000000000000),
    PRIMARY KEY (resource_id, year_index)
) STRICT)",
    R"(CREATE TABLE resource_eligible_service (
    resource_id TEXT NOT NULL REFERENCES resource (id),
    position INTEGER NOT NULL CHECK (position >= 0),
    service_id TEXT NOT NULL REFERENCES service (id),
    PRIMARY KEY (resource_id, position)
) STRICT)",
    R"(CREATE TABLE resource_eligible_tag (
    resource_id TEXT NOT NULL REFERENCES resource (id),
    position INTEGER NOT NULL CHECK (position >= 0),
    tag TEXT NOT NULL CHECK (tag <> ''),
    PRIMARY KEY (resource_id, position)
) STRICT)",
    R"(CREATE TABLE resource_eligible_tier (
    resource_id TEXT NOT NULL REFERENCES resource (id),
    position INTEGER NOT NULL CHECK (position >= 0),
    tier TEXT NOT NULL CHECK (tier IN ('must', 'need', 'could')),
    PRIMARY KEY (resource_id, position)
) STRICT)",
    R"(CREATE TABLE service (
    position INTEGER PRIMARY KEY CHECK (position >= 0),
    id TEXT NOT NULL UNIQUE CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*' AND length(id) <= 64),
    name TEXT NOT NULL CHECK (name <> ''),
    tier TEXT NOT NULL CHECK (tier IN ('must', 'need', 'could')),
    cost INTEGER CHECK (cost BETWEEN 0 AND 100000000000000),
    minimum_share REAL NOT NULL CHECK (minimum_share BETWEEN 0 AND 1),
    priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 100),
    provider TEXT NOT NULL CHECK (provider IN ('in-house', 'third-sector', 'private', 'mutual', 'community')),
    time_capacity_hours INTEGER NOT NULL CHECK (time_capacity_hours BETWEEN 0 AND 100000000000000),
    preventative INTEGER NOT NULL CHECK (preventative IN (0, 1)),
    consequence TEXT NOT NULL,
    notes TEXT NOT NULL
) STRICT)",
    R"(CREATE TABLE service_cost (
    service_id TEXT NOT NULL REFERENCES service (id),
    year_index INTEGER NOT NULL CHECK (year_index BETWEEN 0 AND 9),
    cost INTEGER NOT NULL CHECK (cost BETWEEN 0 AND 100000000000000),
    PRIMARY KEY (service_id, year_index)
) STRICT)",
    R"(CREATE TABLE service_tag (
    service_id TEXT NOT NULL REFERENCES service (id),
    position INTEGER NOT NULL CHECK (position >= 0),
    tag TEXT NOT NULL CHECK (tag <> ''),
    PRIMARY KEY (service_id, position)
) STRICT)",
    R"(CREATE TABLE scenario (
    position INTEGER PRIMARY KEY CHECK (position >= 0),
    id TEXT NOT NULL UNIQUE CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*' AND length(id) <= 64),
    name TEXT NOT NULL CHECK (name <> ''),
    based_on TEXT REFERENCES scenario (id) CHECK (based_on IS NULL OR based_on <> id AND position > 0),
    notes TEXT NOT NULL
) STRICT)",
    R"(CREATE TABLE adjustment (
    scenario_id TEXT NOT NULL REFERENCES scenario (id),
    position INTEGER NOT NULL CHECK (position >= 0),
    type TEXT NOT NULL CHECK (type IN ('resource-scale', 'resource-set', 'resource-off', 'service-scale', 'service-tier', 'service-priority', 'service-off', 'move')),
    target TEXT NOT NULL,
    to_service TEXT,
    factor REAL,
    year INTEGER,
    amount INTEGER,
    tier TEXT CHECK (tier IN ('must', 'need', 'could')),
    priority INTEGER,
    from_year INTEGER NOT NULL CHECK (from_year BETWEEN 0 AND 9),
    PRIMARY KEY (scenario_id, position),
    CHECK (type NOT IN ('resource-scale', 'service-scale') OR factor IS NOT NULL AND factor BETWEEN 0 AND 10),
    CHECK (type <> 'resource-set' OR year IS NOT NULL AND year BETWEEN 0 AND 9),
    CHECK (type NOT IN ('resource-set', 'move') OR amount IS NOT NULL AND amount BETWEEN 0 AND 100000000000000),
    CHECK (type <> 'service-tier' OR tier IS NOT NULL),
    CHECK (type <> 'service-priority' OR priority IS NOT NULL AND priority BETWEEN 1 AND 100),
    CHECK (type <> 'move' OR to_service IS NOT NULL)
) STRICT)",
};

// Format 2 adds the workshop's levers to format 1, and nothing else.
constexpr const char *kLeverStatement =
    R"(CREATE TABLE lever (
    position INTEGER PRIMARY KEY CHECK (position BETWEEN 0 AND 7),
    kind TEXT NOT NULL CHECK (kind IN ('resource-amount', 'service-cost', 'resource-off', 'service-off')),
    target TEXT NOT NULL CHECK (target <> ''),
    low REAL CHECK (low BETWEEN 0 AND 10),
    high REAL CHECK (high BETWEEN 0 AND 10),
    CHECK ((low IS NULL) = (kind IN ('resource-off', 'service-off'))),
    CHECK ((high IS NULL) = (low IS NULL))
) STRICT)";

QString quoted(const QString &name)
{
    return QStringLiteral("\u201c%1\u201d").arg(name);
}

QString added(const PlanSchema::Entry &entry)
{
    if (entry.type == QLatin1String("trigger"))
        return PlanSchema::tr("it contains a trigger %1, which LPS Planner never makes")
            .arg(quoted(entry.name));
    if (entry.type == QLatin1String("view"))
        return PlanSchema::tr("it contains a view %1, which LPS Planner never makes")
            .arg(quoted(entry.name));
    if (entry.type == QLatin1String("index"))
        return PlanSchema::tr("it contains an index %1, which LPS Planner never makes")
            .arg(quoted(entry.name));
    return PlanSchema::tr("it contains a table %1, which LPS Planner never makes")
        .arg(quoted(entry.name));
}

const PlanSchema::Entry *findByName(const QList<PlanSchema::Entry> &entries, const QString &name)
{
    const auto found = std::find_if(entries.cbegin(), entries.cend(),
                                    [&](const PlanSchema::Entry &e) { return e.name == name; });
    return found == entries.cend() ? nullptr : &*found;
}

} // namespace

void PlanSchema::create(SqliteDatabase &db, int format)
{
    for (const char *statement : kStatements)
        db.execute(statement);
    if (format >= 2)
        db.execute(kLeverStatement);
}

const QList<PlanSchema::Entry> &PlanSchema::expected(int format)
{
    static const auto made = [](int f) {
        SqliteDatabase db = SqliteDatabase::createInMemory();
        create(db, f);
        return PlanSchema::entries(db);
    };
    static const QList<Entry> first = made(1);
    static const QList<Entry> newest = made(kNewestFormat);
    return format >= 2 ? newest : first;
}

QList<PlanSchema::Entry> PlanSchema::entries(const SqliteDatabase &db)
{
    SqliteStatement query =
        db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name");
    QList<Entry> result;
    while (query.step())
        result.append({query.text(0), query.text(1), query.text(2), query.text(3)});
    return result;
}

QString PlanSchema::difference(const QList<Entry> &actual, int format)
{
    const QList<Entry> &wanted = expected(format);
    if (actual == wanted)
        return {};
    // Something added is the likelier story (and the riskier one), so it is named first.
    for (const Entry &entry : actual) {
        const Entry *twin = findByName(wanted, entry.name);
        if (!twin || twin->type != entry.type)
            return added(entry);
        if (*twin != entry)
            return tr("the definition of its %1 %2 was changed")
                .arg(entry.type, quoted(entry.name));
    }
    // A missing table takes its indexes with it: name the table.
    for (const bool tables : {true, false}) {
        for (const Entry &entry : wanted) {
            if ((entry.type == QLatin1String("table")) == tables && !findByName(actual, entry.name))
                return tr("its %1 %2 is missing").arg(entry.type, quoted(entry.name));
        }
    }
    return tr("its tables are arranged differently");
}

PlanSchema::AdjustmentColumns PlanSchema::columnsUsedBy(AdjustmentType type)
{
    AdjustmentColumns used;
    switch (type) {
    case AdjustmentType::ResourceScale:
    case AdjustmentType::ServiceScale:
        used.factor = true;
        break;
    case AdjustmentType::ResourceSet:
        used.year = true;
        used.amount = true;
        break;
    case AdjustmentType::ServiceTier:
        used.tier = true;
        break;
    case AdjustmentType::ServicePriority:
        used.priority = true;
        break;
    case AdjustmentType::Move:
        used.toService = true;
        used.amount = true;
        break;
    case AdjustmentType::ResourceOff:
    case AdjustmentType::ServiceOff:
        break;
    }
    return used;
}

} // namespace lps
