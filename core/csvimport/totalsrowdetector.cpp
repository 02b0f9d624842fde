#include "totalsrowdetector.h"

#include <QRegularExpression>
#include <QtNumeric>

namespace lps {

namespace {

// "Grand total:", "SUB-TOTAL", "Net  total" all read as the same label.
QString simplified(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-_:]+"));
    return name.toLower().replace(separators, QStringLiteral(" ")).trimmed();
}

const QRegularExpression &labelPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(grand total|net total|gross total|sub ?total|totals?)(\\s|$)"));
    return pattern;
}

} // namespace

bool TotalsRowDetector::startsWithTotalsLabel(const QString &name)
{
    return labelPattern().match(simplified(name)).hasMatch();
}

bool TotalsRowDetector::isTotalsLabel(const QString &name)
{
    const QRegularExpressionMatch match = labelPattern().match(simplified(name));
    return match.hasMatch() && match.capturedLength(0) == simplified(name).size();
}

TotalsRowDetector::Verdict TotalsRowDetector::classify(const QString &name,
                                                       std::optional<qint64> amount)
{
    if (!startsWithTotalsLabel(name)) {
        add(amount);
        return Verdict::Ordinary;
    }
    m_expected = m_sectionRows > 0 ? m_section : m_all;
    // With an unreadable amount above, the sum cannot be checked; that row is an error anyway.
    const bool sectionSum = m_sectionRows > 0 && amount == m_section;
    const bool fileSum = m_allRows > 0 && amount == m_all;
    if (amount && m_allRows > 0 && (m_unreadable || sectionSum || fileSum)) {
        m_section = 0;
        m_sectionRows = 0;
        return Verdict::Total;
    }
    if (isTotalsLabel(name))
        return Verdict::TotalThatDoesNotAddUp;
    add(amount);
    return Verdict::Ordinary;
}

void TotalsRowDetector::add(std::optional<qint64> amount)
{
    ++m_sectionRows;
    ++m_allRows;
    if (!amount || qAddOverflow(m_section, *amount, &m_section) ||
        qAddOverflow(m_all, *amount, &m_all))
        m_unreadable = true;
}

} // namespace lps
