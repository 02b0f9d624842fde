#pragma once

#include "csv/moneyparser.h"
#include "csvcolumns.h"
#include "model/service.h"

namespace lps {

class CsvRow;

/// Turns the rows of services.csv into services, reporting every problem at its row and column;
/// the services half of CsvPlanImporter.
class CsvServiceImporter
{
public:
    static QStringList requiredColumns();
    static QStringList optionalColumns();

    /// `table` must outlive the importer.
    CsvServiceImporter(const CsvTable &table, const MoneyParser &money);

    const QList<Service> &services() const { return m_services; }
    /// The record each service was read from, in the same order.
    const QList<CsvRecord> &records() const { return m_records; }
    const Problems &problems() const { return m_problems; }
    const CsvColumns &columns() const { return m_columns; }

private:
    CsvColumns m_columns;
    const MoneyParser &m_money;
    QList<Service> m_services;
    QList<CsvRecord> m_records;
    Problems m_problems;

    void readRow(const CsvRecord &record, QHash<QString, int> &ids);
    bool isHeading(CsvRow &row);
    void readNumbers(CsvRow &row, Service &service);
    void readChoices(CsvRow &row, Service &service);
    void makeMissingIds();
};

} // namespace lps
