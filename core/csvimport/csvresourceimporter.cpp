#include "csvresourceimporter.h"

#include "csvrow.h"
#include "csvserviceimporter.h"
#include "idmaker.h"
#include "totalsrowdetector.h"

namespace lps {

namespace {
const QString kName = QStringLiteral("name");
const QString kSector = QStringLiteral("sector");
const QString kAmount = QStringLiteral("amount");
const QString kId = QStringLiteral("id");
const QString kKind = QStringLiteral("kind");
const QString kHourValue = QStringLiteral("hour_value");
const QString kTrend = QStringLiteral("trend");
const QString kEligibleServices = QStringLiteral("eligible_services");
const QString kEligibleTags = QStringLiteral("eligible_tags");
const QString kEligibleTiers = QStringLiteral("eligible_tiers");
const QString kMatchRatio = QStringLiteral("match_ratio");
const QString kMatchSector = QStringLiteral("match_sector");

constexpr double kMinTrend = -1.0;
constexpr double kMaxTrend = 10.0;
constexpr double kMaxMatchRatio = 1000.0;

QString simplifiedName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

template <typename Enum> auto choiceOf()
{
    return [](const QString &text) {
        return CsvCellParser::choice<Enum>(text);
    };
}

} // namespace

QStringList CsvResourceImporter::requiredColumns()
{
    return {kName, kSector, kAmount};
}

QStringList CsvResourceImporter::optionalColumns()
{
    return {kId,
            kKind,
            kHourValue,
            QStringLiteral("certainty"),
            kTrend,
            kEligibleServices,
            kEligibleTags,
            kEligibleTiers,
            kMatchRatio,
            kMatchSector,
            QStringLiteral("max_per_service"),
            QStringLiteral("contingent_share"),
            QStringLiteral("notes")};
}

CsvResourceImporter::CsvResourceImporter(const CsvTable &table, const MoneyParser &money,
                                         const CsvServiceImporter &services)
    : m_columns(table, requiredColumns(), optionalColumns())
    , m_money(money)
    , m_services(services)
{
    m_problems << m_columns.problems();
    QHash<QString, int> ids;
    TotalsRowDetector totals;
    for (const CsvRecord &record : table.records) {
        CsvRow row(m_columns, record, m_problems);
        if (!row.isTotal(totals, kAmount, m_money))
            readRow(record, ids);
    }
    if (m_records.isEmpty() && !hasErrors(m_problems) && !hasErrors(table.problems))
        m_problems << m_columns.nothingBelowHeader(QStringLiteral("resources"));
    makeMissingIds();
}

bool CsvResourceImporter::isHeading(CsvRow &row)
{
    if (row.isEmpty(kName) || !m_columns.has(kSector) || !m_columns.has(kAmount) ||
        !row.isEmpty(kSector) || !row.isEmpty(kAmount))
        return false;
    row.error(kName, QStringLiteral("\"%1\" has no sector and no amount; if it is a heading "
                                    "copied from a budget book, delete the row")
                         .arg(row.text(kName)));
    return true;
}

void CsvResourceImporter::readRow(const CsvRecord &record, QHash<QString, int> &ids)
{
    CsvRow row(m_columns, record, m_problems);
    if (isHeading(row))
        return;
    Resource resource;
    resource.name = row.name();
    resource.id = row.givenId(ids);
    if (row.require(kSector, QStringLiteral("a resource needs a sector: public, private, "
                                            "charitable or personal")))
        resource.sector = row.parse(kSector, choiceOf<Sector>()).value_or(resource.sector);
    resource.kind = row.parse(kKind, choiceOf<ResourceKind>()).value_or(resource.kind);
    readAmount(row, resource);
    readHourValue(row, resource);
    checkTimeValue(row, resource);
    resource.certainty =
        row.parse(QStringLiteral("certainty"), choiceOf<Certainty>()).value_or(resource.certainty);
    const std::optional<double> trend = row.parse(kTrend, CsvCellParser::decimal);
    if (trend && (*trend < kMinTrend || *trend > kMaxTrend))
        row.error(kTrend, QStringLiteral("\"%1\" is out of range: a trend is a yearly change from "
                                         "-1 to 10 (-100% to 1000%)")
                              .arg(row.text(kTrend)));
    resource.trend = trend.value_or(0.0);
    readEligibility(row, resource);
    readMatching(row, resource);
    resource.contingentShare =
        row.parse(QStringLiteral("contingent_share"), CsvCellParser::share).value_or(0.0);
    resource.notes = row.text(QStringLiteral("notes"));
    m_resources << resource;
    m_records << record;
}

void CsvResourceImporter::readHourValue(CsvRow &row, Resource &resource)
{
    const bool time = resource.kind == ResourceKind::Time;
    if (!time) {
        if (!row.isEmpty(kHourValue))
            row.error(kHourValue, QStringLiteral("applies to time resources only; clear the cell, "
                                                 "or set kind to time"));
        return;
    }
    if (row.isEmpty(kHourValue)) {
        row.error(kHourValue, QStringLiteral("a time resource needs hour_value: what an hour of "
                                             "this time would cost to buy, in %1 (e.g. 15.00)")
                                  .arg(m_money.unitName()));
        return;
    }
    const std::optional<qint64> value =
        row.money(kHourValue, m_money, QStringLiteral("the value of an hour cannot be below zero"));
    if (value && *value == 0)
        row.error(kHourValue, QStringLiteral("is zero; the value of an hour must be above zero"));
    else if (value)
        resource.hourValue = Money::fromMinor(*value);
}

void CsvResourceImporter::readAmount(CsvRow &row, Resource &resource)
{
    if (!row.require(kAmount, resource.kind == ResourceKind::Time
                                  ? QStringLiteral("a time resource needs its hours per year")
                                  : QStringLiteral("a resource needs its amount per year")))
        return;
    if (resource.kind != ResourceKind::Time) {
        resource.amount = YearlyAmounts::single(
            row.money(kAmount, m_money,
                      QStringLiteral("a resource cannot be below zero; if this is a cost, enter it "
                                     "as a service in services.csv"))
                .value_or(0));
        return;
    }
    resource.amount = YearlyAmounts::single(row.parse(kAmount, CsvCellParser::hours).value_or(0));
}

void CsvResourceImporter::checkTimeValue(CsvRow &row, const Resource &resource)
{
    const qint64 perHour = resource.hourValue ? resource.hourValue->minor() : 0;
    if (perHour > 0 && resource.amount.base() > Money::kMaxMinor / perHour)
        row.error(kAmount,
                  QStringLiteral("\"%1\" hours at %2 an hour are worth more than %3, the "
                                 "largest amount a plan can hold")
                      .arg(row.text(kAmount), resource.hourValue->formatted(m_money.currency()),
                           Money::fromMinor(Money::kMaxMinor).formatted(m_money.currency())));
}

void CsvResourceImporter::readEligibility(CsvRow &row, Resource &resource)
{
    resource.eligible.services = eligibleServices(row);
    resource.eligible.tags = eligibleTags(row);
    for (const QString &item : CsvCellParser::list(row.text(kEligibleTiers))) {
        const Parsed<Tier> parsed = CsvCellParser::tier(item);
        if (!parsed.ok())
            row.error(kEligibleTiers, parsed.error);
        else if (!resource.eligible.tiers.contains(*parsed.value))
            resource.eligible.tiers << *parsed.value;
    }
}

// By id first, then by name ignoring case and spacing, as people write whichever they have.
QStringList CsvResourceImporter::eligibleServices(CsvRow &row)
{
    const QString file = m_services.columns().table().fileName;
    QStringList ids;
    for (const QString &item : CsvCellParser::list(row.text(kEligibleServices))) {
        const QStringList matches = servicesCalled(item);
        if (matches.isEmpty())
            row.error(kEligibleServices,
                      QStringLiteral("no service in %1 has the id or name \"%2\"").arg(file, item));
        else if (matches.size() > 1)
            row.error(kEligibleServices,
                      QStringLiteral("\"%1\" is the name of more than one service (%2); use the id "
                                     "instead")
                          .arg(item, matches.join(QStringLiteral(", "))));
        else if (!ids.contains(matches.first()))
            ids << matches.first();
    }
    return ids;
}

QStringList CsvResourceImporter::servicesCalled(const QString &idOrName) const
{
    QStringList byName;
    for (const Service &service : m_services.services()) {
        if (service.id == idOrName)
            return {service.id};
        if (simplifiedName(service.name) == simplifiedName(idOrName))
            byName << service.id;
    }
    return byName;
}

// A tag is matched to the services' own spelling ignoring case, since Eligibility compares
// exactly; a tag no service has would silently fund nothing, so it is worth a warning.
QStringList CsvResourceImporter::eligibleTags(CsvRow &row)
{
    QStringList tags;
    for (const QString &item : CsvCellParser::list(row.text(kEligibleTags))) {
        QString spelling;
        for (const Service &service : m_services.services()) {
            for (const QString &tag : service.tags) {
                if (spelling.isEmpty() && tag.compare(item, Qt::CaseInsensitive) == 0)
                    spelling = tag;
            }
        }
        if (spelling.isEmpty()) {
            row.warning(kEligibleTags, QStringLiteral("no service in %1 has the tag \"%2\"")
                                           .arg(m_services.columns().table().fileName, item));
            spelling = item;
        }
        if (!tags.contains(spelling))
            tags << spelling;
    }
    return tags;
}

void CsvResourceImporter::readMatching(CsvRow &row, Resource &resource)
{
    resource.matchRatio = row.parse(kMatchRatio, CsvCellParser::decimal);
    if (resource.matchRatio && (*resource.matchRatio <= 0 || *resource.matchRatio > kMaxMatchRatio))
        row.error(kMatchRatio, QStringLiteral("\"%1\" is out of range: a match ratio is above 0 "
                                              "and at most 1000")
                                   .arg(row.text(kMatchRatio)));
    resource.matchSector = row.parse(kMatchSector, choiceOf<Sector>()).value_or(Sector::Public);
    if (!resource.matchRatio && !row.isEmpty(kMatchSector))
        row.warning(kMatchSector, QStringLiteral("has no effect without a match_ratio"));
    if (resource.matchRatio && resource.matchSector == resource.sector)
        row.error(kMatchSector,
                  QStringLiteral("a resource cannot match its own sector (%1); set match_sector "
                                 "to the sector whose funding it matches")
                      .arg(spelling(resource.sector)));
    const std::optional<qint64> cap =
        row.money(QStringLiteral("max_per_service"), m_money,
                  QStringLiteral("a cap cannot be below zero; leave the cell empty for no cap"));
    if (cap)
        resource.maxPerService = Money::fromMinor(*cap);
}

void CsvResourceImporter::makeMissingIds()
{
    IdMaker maker(QStringLiteral("resource"));
    for (const Resource &resource : std::as_const(m_resources))
        maker.reserve(resource.id);
    for (Resource &resource : m_resources) {
        if (resource.id.isEmpty())
            resource.id = maker.make(resource.name);
    }
}

} // namespace lps
