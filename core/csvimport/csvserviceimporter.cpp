#include "csvserviceimporter.h"

#include "csvrow.h"
#include "idmaker.h"
#include "totalsrowdetector.h"

namespace lps {

namespace {
const QString kName = QStringLiteral("name");
const QString kTier = QStringLiteral("tier");
const QString kCost = QStringLiteral("cost");
const QString kId = QStringLiteral("id");

} // namespace

QStringList CsvServiceImporter::requiredColumns()
{
    return {kName, kTier, kCost};
}

QStringList CsvServiceImporter::optionalColumns()
{
    return {kId,
            QStringLiteral("minimum_share"),
            QStringLiteral("priority"),
            QStringLiteral("tags"),
            QStringLiteral("provider"),
            QStringLiteral("time_capacity_hours"),
            QStringLiteral("preventative"),
            QStringLiteral("consequence"),
            QStringLiteral("notes")};
}

CsvServiceImporter::CsvServiceImporter(const CsvTable &table, const MoneyParser &money)
    : m_columns(table, requiredColumns(), optionalColumns())
    , m_money(money)
{
    m_problems << m_columns.problems();
    QHash<QString, int> ids;
    TotalsRowDetector totals;
    for (const CsvRecord &record : table.records) {
        CsvRow row(m_columns, record, m_problems);
        if (!row.isTotal(totals, kCost, m_money))
            readRow(record, ids);
    }
    // A plan with no services at all is a wrong sheet or an empty export, not a plan.
    if (m_records.isEmpty() && !hasErrors(m_problems) && !hasErrors(table.problems))
        m_problems << m_columns.nothingBelowHeader(QStringLiteral("services"));
    makeMissingIds();
}

// A name with neither tier nor cost is most likely a section heading of a budget book: one
// message saying so helps more than two about empty cells.
bool CsvServiceImporter::isHeading(CsvRow &row)
{
    if (row.isEmpty(kName) || !m_columns.has(kTier) || !m_columns.has(kCost) ||
        !row.isEmpty(kTier) || !row.isEmpty(kCost))
        return false;
    row.error(kName, QStringLiteral("\"%1\" has no tier and no cost; if it is a heading copied "
                                    "from a budget book, delete the row")
                         .arg(row.text(kName)));
    return true;
}

void CsvServiceImporter::readRow(const CsvRecord &record, QHash<QString, int> &ids)
{
    CsvRow row(m_columns, record, m_problems);
    if (isHeading(row))
        return;
    Service service;
    service.name = row.name();
    service.id = row.givenId(ids);
    if (row.require(kTier, QStringLiteral("a service needs a tier: must, need or could")))
        service.tier = row.parse(kTier, CsvCellParser::tier).value_or(Tier::Must);
    if (row.require(kCost, QStringLiteral("a service needs its full annual cost in pounds")))
        service.cost = YearlyAmounts::single(
            row.money(kCost, m_money,
                      QStringLiteral("a cost cannot be below zero; if this is income, enter it as "
                                     "a resource in resources.csv"))
                .value_or(0));
    readNumbers(row, service);
    readChoices(row, service);
    service.consequence = row.text(QStringLiteral("consequence"));
    service.notes = row.text(QStringLiteral("notes"));
    m_services << service;
    m_records << record;
}

void CsvServiceImporter::readNumbers(CsvRow &row, Service &service)
{
    service.minimumShare = row.parse(QStringLiteral("minimum_share"), CsvCellParser::share)
                               .value_or(service.minimumShare);
    service.priority =
        row.parse(QStringLiteral("priority"),
                  [](const QString &text) { return CsvCellParser::integer(text, 1, 100); })
            .value_or(service.priority);
    service.timeCapacityHours =
        row.parse(QStringLiteral("time_capacity_hours"), CsvCellParser::hours)
            .value_or(service.timeCapacityHours);
}

void CsvServiceImporter::readChoices(CsvRow &row, Service &service)
{
    service.tags = CsvCellParser::list(row.text(QStringLiteral("tags")));
    service.provider =
        row.parse(QStringLiteral("provider"),
                  [](const QString &text) { return CsvCellParser::choice<Provider>(text); })
            .value_or(service.provider);
    service.preventative = row.parse(QStringLiteral("preventative"), CsvCellParser::yesNo)
                               .value_or(service.preventative);
}

void CsvServiceImporter::makeMissingIds()
{
    IdMaker maker(QStringLiteral("service"));
    for (const Service &service : std::as_const(m_services))
        maker.reserve(service.id);
    for (Service &service : m_services) {
        if (service.id.isEmpty())
            service.id = maker.make(service.name);
    }
}

} // namespace lps
