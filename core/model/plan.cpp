#include "plan.h"

namespace lps {

namespace {
template <typename Item> qsizetype indexById(const QList<Item> &items, const QString &id)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).id == id)
            return i;
    }
    return -1;
}
} // namespace

qsizetype Plan::resourceIndex(const QString &id) const
{
    return indexById(resources, id);
}
qsizetype Plan::serviceIndex(const QString &id) const
{
    return indexById(services, id);
}
qsizetype Plan::scenarioIndex(const QString &id) const
{
    return indexById(scenarios, id);
}

QString Plan::yearLabel(int yearIndex) const
{
    return financialYearLabel(firstYear + yearIndex);
}

QString Plan::financialYearLabel(int calendarYear)
{
    return QStringLiteral("%1/%2")
        .arg(calendarYear)
        .arg((calendarYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

} // namespace lps
