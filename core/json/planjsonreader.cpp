#include "planjsonreader.h"

#include "jsonduplicatekeys.h"
#include "jsonfields.h"
#include "validation/planlimits.h"
#include "validation/planvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace lps {

namespace {

QString itemPath(const QString &list, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(list).arg(index);
}

// "line 3, column 14" for a parse error at a byte offset, which is what an editor shows.
QString lineAndColumn(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

YearlyAmounts yearly(JsonFields &fields, const QString &singleKey, const QString &listKey)
{
    const bool single = fields.has(singleKey);
    const bool list = fields.has(listKey);
    if (single && list)
        fields.fail(listKey,
                    QStringLiteral("give either %1 or %2, not both").arg(singleKey, listKey));
    if (!single && !list) {
        if (fields.isObject())
            fields.fail(singleKey,
                        QStringLiteral("is required (or %1, one amount per year)").arg(listKey));
        return {};
    }
    if (single)
        return YearlyAmounts::single(fields.integer(singleKey).value_or(0));
    return YearlyAmounts::perYear(fields.integerList(listKey));
}

Eligibility eligibility(JsonFields &fields)
{
    Eligibility eligible;
    JsonFields inner = fields.object(
        QStringLiteral("eligible"),
        {QStringLiteral("services"), QStringLiteral("tags"), QStringLiteral("tiers")});
    // An empty list is ambiguous ("nothing may use it" or "no restriction"): leave the key out.
    for (const QString &key :
         {QStringLiteral("services"), QStringLiteral("tags"), QStringLiteral("tiers")}) {
        if (inner.has(key) && inner.array(key).isEmpty())
            inner.fail(
                key,
                QStringLiteral(
                    "is an empty list; leave the key out to let every service use this resource"));
    }
    eligible.services = inner.stringList(QStringLiteral("services"));
    eligible.tags = inner.stringList(QStringLiteral("tags"));
    eligible.tiers = inner.enumList<Tier>(QStringLiteral("tiers"));
    return eligible;
}

Resource resource(const QJsonValue &value, const QString &path, Problems &problems)
{
    JsonFields fields(value, path, problems,
                      {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("sector"),
                       QStringLiteral("kind"), QStringLiteral("amount"),
                       QStringLiteral("amountByYear"), QStringLiteral("trend"),
                       QStringLiteral("hourValue"), QStringLiteral("certainty"),
                       QStringLiteral("eligible"), QStringLiteral("matchRatio"),
                       QStringLiteral("matchSector"), QStringLiteral("maxPerService"),
                       QStringLiteral("contingentShare"), QStringLiteral("notes")});
    Resource r;
    r.id = fields.requiredString(QStringLiteral("id"));
    r.name = fields.requiredString(QStringLiteral("name"));
    r.sector = fields.requiredEnum<Sector>(QStringLiteral("sector")).value_or(Sector::Public);
    r.kind =
        fields.requiredEnum<ResourceKind>(QStringLiteral("kind")).value_or(ResourceKind::Money);
    r.amount = yearly(fields, QStringLiteral("amount"), QStringLiteral("amountByYear"));
    r.trend = fields.number(QStringLiteral("trend")).value_or(0.0);
    if (const auto hourValue = fields.integer(QStringLiteral("hourValue")))
        r.hourValue = Money::fromMinor(*hourValue);
    r.certainty =
        fields.optionalEnum<Certainty>(QStringLiteral("certainty")).value_or(Certainty::Confirmed);
    r.eligible = eligibility(fields);
    r.matchRatio = fields.number(QStringLiteral("matchRatio"));
    r.matchSector =
        fields.optionalEnum<Sector>(QStringLiteral("matchSector")).value_or(Sector::Public);
    if (const auto cap = fields.integer(QStringLiteral("maxPerService")))
        r.maxPerService = Money::fromMinor(*cap);
    r.contingentShare = fields.number(QStringLiteral("contingentShare")).value_or(0.0);
    r.notes = fields.string(QStringLiteral("notes"));
    return r;
}

Service service(const QJsonValue &value, const QString &path, Problems &problems)
{
    JsonFields fields(value, path, problems,
                      {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("tier"),
                       QStringLiteral("cost"), QStringLiteral("costByYear"),
                       QStringLiteral("minimumShare"), QStringLiteral("priority"),
                       QStringLiteral("tags"), QStringLiteral("provider"),
                       QStringLiteral("timeCapacityHours"), QStringLiteral("preventative"),
                       QStringLiteral("consequence"), QStringLiteral("notes")});
    Service s;
    s.id = fields.requiredString(QStringLiteral("id"));
    s.name = fields.requiredString(QStringLiteral("name"));
    s.tier = fields.requiredEnum<Tier>(QStringLiteral("tier")).value_or(Tier::Must);
    s.cost = yearly(fields, QStringLiteral("cost"), QStringLiteral("costByYear"));
    s.minimumShare = fields.number(QStringLiteral("minimumShare")).value_or(0.0);
    s.priority = int(fields.integer(QStringLiteral("priority"), 1, 100).value_or(50));
    s.tags = fields.stringList(QStringLiteral("tags"));
    s.provider =
        fields.optionalEnum<Provider>(QStringLiteral("provider")).value_or(Provider::InHouse);
    s.timeCapacityHours = fields.integer(QStringLiteral("timeCapacityHours")).value_or(0);
    s.preventative = fields.boolean(QStringLiteral("preventative"));
    s.consequence = fields.string(QStringLiteral("consequence"));
    s.notes = fields.string(QStringLiteral("notes"));
    return s;
}

QStringList adjustmentKeys(AdjustmentType type)
{
    switch (type) {
    case AdjustmentType::ResourceScale:
        return {QStringLiteral("resource"), QStringLiteral("factor")};
    case AdjustmentType::ResourceSet:
        return {QStringLiteral("resource"), QStringLiteral("year"), QStringLiteral("amount")};
    case AdjustmentType::ResourceOff:
        return {QStringLiteral("resource")};
    case AdjustmentType::ServiceScale:
        return {QStringLiteral("service"), QStringLiteral("factor")};
    case AdjustmentType::ServiceTier:
        return {QStringLiteral("service"), QStringLiteral("tier")};
    case AdjustmentType::ServicePriority:
        return {QStringLiteral("service"), QStringLiteral("priority")};
    case AdjustmentType::ServiceOff:
        return {QStringLiteral("service")};
    case AdjustmentType::Move:
        return {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("amount")};
    }
    return {};
}

std::optional<Adjustment> adjustment(const QJsonValue &value, const QString &path,
                                     Problems &problems)
{
    // The type decides which keys are allowed, so read it before checking the others.
    const qsizetype before = problems.size();
    JsonFields typeOnly(value, path, problems, {});
    const auto type = typeOnly.peekEnum<AdjustmentType>(QStringLiteral("type"));
    if (!type || problems.size() > before)
        return std::nullopt;

    QStringList keys = adjustmentKeys(*type);
    JsonFields fields(value, path, problems,
                      QStringList{QStringLiteral("type"), QStringLiteral("fromYear")} + keys);
    Adjustment a;
    a.type = *type;
    a.target = fields.requiredString(keys.first());
    if (a.type == AdjustmentType::Move)
        a.toService = fields.requiredString(QStringLiteral("to"));
    if (keys.contains(QStringLiteral("factor")))
        a.factor = fields.requiredNumber(QStringLiteral("factor")).value_or(1.0);
    if (keys.contains(QStringLiteral("year")))
        a.year = int(fields.requiredInteger(QStringLiteral("year"), 0, 100).value_or(0));
    if (keys.contains(QStringLiteral("amount")))
        a.amount = fields.requiredInteger(QStringLiteral("amount")).value_or(0);
    if (keys.contains(QStringLiteral("tier")))
        a.tier = fields.requiredEnum<Tier>(QStringLiteral("tier")).value_or(Tier::Must);
    if (keys.contains(QStringLiteral("priority")))
        a.priority = int(fields.requiredInteger(QStringLiteral("priority"), 1, 100).value_or(50));
    a.fromYear = int(fields.integer(QStringLiteral("fromYear"), 0, 100).value_or(0));
    return a;
}

Scenario scenario(const QJsonValue &value, const QString &path, Problems &problems)
{
    JsonFields fields(value, path, problems,
                      {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("basedOn"),
                       QStringLiteral("adjustments"), QStringLiteral("notes")});
    Scenario s;
    s.id = fields.requiredString(QStringLiteral("id"));
    s.name = fields.requiredString(QStringLiteral("name"));
    s.basedOn = fields.nullableString(QStringLiteral("basedOn"));
    if (fields.has(QStringLiteral("basedOn")) && !fields.isNull(QStringLiteral("basedOn")) &&
        s.basedOn.isEmpty())
        fields.fail(
            QStringLiteral("basedOn"),
            QStringLiteral(
                "is an empty id; use null for a scenario that starts from the plan as written"));
    const QJsonArray adjustments = fields.array(QStringLiteral("adjustments"));
    for (qsizetype k = 0; k < adjustments.size(); ++k) {
        if (auto a = adjustment(adjustments.at(k),
                                itemPath(path + QStringLiteral(".adjustments"), k), problems))
            s.adjustments << *a;
    }
    s.notes = fields.string(QStringLiteral("notes"));
    return s;
}

Lever lever(const QJsonValue &value, const QString &path, Problems &problems)
{
    JsonFields fields(value, path, problems,
                      {QStringLiteral("kind"), QStringLiteral("target"), QStringLiteral("low"),
                       QStringLiteral("high")});
    Lever l;
    l.kind =
        fields.requiredEnum<LeverKind>(QStringLiteral("kind")).value_or(LeverKind::ResourceAmount);
    l.target = fields.requiredString(QStringLiteral("target"));
    l.low = fields.number(QStringLiteral("low"));
    l.high = fields.number(QStringLiteral("high"));
    return l;
}

Plan plan(const QJsonValue &root, Problems &problems)
{
    JsonFields fields(
        root, QString(), problems,
        {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"),
         QStringLiteral("locality"), QStringLiteral("currency"), QStringLiteral("firstYear"),
         QStringLiteral("years"), QStringLiteral("costInflation"), QStringLiteral("resources"),
         QStringLiteral("services"), QStringLiteral("scenarios"), QStringLiteral("levers")});
    if (fields.requiredString(QStringLiteral("format")) != QLatin1String("lps-plan") &&
        fields.has(QStringLiteral("format")))
        fields.fail(QStringLiteral("format"),
                    QStringLiteral("must be \"lps-plan\"; this is not an LPS plan"));
    const auto version = fields.requiredInteger(QStringLiteral("version"));
    if (version && (*version < 1 || *version > Plan::kFormatVersion))
        fields.fail(QStringLiteral("version"),
                    QStringLiteral("%1 is not a version this LPS Planner reads (1 to %2)%3")
                        .arg(*version)
                        .arg(Plan::kFormatVersion)
                        .arg(*version > Plan::kFormatVersion
                                 ? QStringLiteral("; install a newer LPS Planner")
                                 : QString()));
    Plan p;
    p.name = fields.requiredString(QStringLiteral("name"));
    p.locality = fields.string(QStringLiteral("locality"));
    p.currency = fields.has(QStringLiteral("currency")) ? fields.string(QStringLiteral("currency"))
                                                        : QStringLiteral("GBP");
    p.firstYear =
        int(fields.requiredInteger(QStringLiteral("firstYear"), 2000, 2100).value_or(2026));
    p.years =
        int(fields.requiredInteger(QStringLiteral("years"), 1, PlanLimits::kMaxYears).value_or(1));
    p.costInflation = fields.number(QStringLiteral("costInflation")).value_or(0.0);
    const QJsonArray resources = fields.array(QStringLiteral("resources"));
    for (qsizetype i = 0; i < resources.size(); ++i)
        p.resources << resource(resources.at(i), itemPath(QStringLiteral("resources"), i),
                                problems);
    const QJsonArray services = fields.array(QStringLiteral("services"));
    for (qsizetype i = 0; i < services.size(); ++i)
        p.services << service(services.at(i), itemPath(QStringLiteral("services"), i), problems);
    const QJsonArray scenarios = fields.array(QStringLiteral("scenarios"));
    for (qsizetype i = 0; i < scenarios.size(); ++i)
        p.scenarios << scenario(scenarios.at(i), itemPath(QStringLiteral("scenarios"), i),
                                problems);
    const QJsonArray levers = fields.array(QStringLiteral("levers"));
    for (qsizetype i = 0; i < levers.size(); ++i)
        p.levers << lever(levers.at(i), itemPath(QStringLiteral("levers"), i), problems);
    return p;
}

// Whether a location is one already reported or lies inside one (`services[0].id` inside a
// `services[0]` that was not an object at all).
bool isWithin(const QString &location, const QSet<QString> &reported)
{
    for (qsizetype i = 0; i <= location.size(); ++i) {
        const bool boundary =
            i == location.size() || location.at(i) == u'.' || location.at(i) == u'[';
        if (boundary && reported.contains(location.left(i)))
            return true;
    }
    return false;
}

// A problem the validator finds by counting the plan's years: meaningless when "years" itself was
// refused (the plan was read with 1 year, and "has 5 amounts but the plan covers 1 years" is
// not what is wrong).
bool countsYears(const QString &location)
{
    return location.endsWith(QLatin1String("ByYear")) ||
           location.endsWith(QLatin1String("fromYear"));
}

} // namespace

PlanJsonResult PlanJsonReader::read(const QByteArray &json)
{
    PlanJsonResult result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.problems << Problem::error(
            lineAndColumn(json, error.offset),
            QStringLiteral("this is not valid JSON (%1)").arg(error.errorString()));
        return result;
    }
    if (!document.isObject()) {
        result.problems << Problem::error(
            QString(),
            QStringLiteral("a plan is a JSON object ({...}) with \"format\": \"lps-plan\""));
        return result;
    }
    result.problems << JsonDuplicateKeys::find(json);
    Plan parsed = plan(QJsonValue(document.object()), result.problems);
    // Report every problem in one pass, but say nothing twice: a value already reported as the
    // wrong type would otherwise be reported again as out of range.
    QSet<QString> reported;
    for (const Problem &problem : std::as_const(result.problems))
        reported.insert(problem.location);
    const bool yearsRefused = reported.contains(QStringLiteral("years"));
    for (const Problem &problem : PlanValidator::validate(parsed)) {
        if (!isWithin(problem.location, reported) &&
            !(yearsRefused && countsYears(problem.location)))
            result.problems << problem;
    }
    if (!hasErrors(result.problems))
        result.plan = std::move(parsed);
    return result;
}

} // namespace lps
