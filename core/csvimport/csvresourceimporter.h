#pragma once

#include "csv/moneyparser.h"
#include "csvcolumns.h"
#include "model/resource.h"
#include "model/service.h"

namespace lps {

class CsvRow;
class CsvServiceImporter;

/// Turns the rows of resources.csv into resources, resolving the services they may fund by id or
/// name; the resources half of CsvPlanImporter.
class CsvResourceImporter
{
public:
    static QStringList requiredColumns();
    static QStringList optionalColumns();

    /// `table` and `services` must outlive the importer.
    CsvResourceImporter(const CsvTable &table, const MoneyParser &money,
                        const CsvServiceImporter &services);

    const QList<Resource> &resources() const { return m_resources; }
    /// The record each resource was read from, in the same order.
    const QList<CsvRecord> &records() const { return m_records; }
    const Problems &problems() const { return m_problems; }
    const CsvColumns &columns() const { return m_columns; }

private:
    CsvColumns m_columns;
    const MoneyParser &m_money;
    const CsvServiceImporter &m_services;
    QList<Resource> m_resources;
    QList<CsvRecord> m_records;
    Problems m_problems;

    void readRow(const CsvRecord &record, QHash<QString, int> &ids);
    bool isHeading(CsvRow &row);
    void readAmount(CsvRow &row, Resource &resource);
    void readHourValue(CsvRow &row, Resource &resource);
    /// Hours times the value of an hour must stay within the range of money.
    void checkTimeValue(CsvRow &row, const Resource &resource);
    void readEligibility(CsvRow &row, Resource &resource);
    QStringList eligibleServices(CsvRow &row);
    QStringList servicesCalled(const QString &idOrName) const;
    QStringList eligibleTags(CsvRow &row);
    void readMatching(CsvRow &row, Resource &resource);
    void makeMissingIds();
};

} // namespace lps
