#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace lps {

/// Recognises the totals rows that come with a copy of a budget book ("Total", "Grand total",
/// "Net total", "Subtotal"), so that a total is never imported as one more service or resource.
///
/// A row is a total when its name starts with such a label and its amount is the sum of the rows
/// above it, since the previous total or since the top of the file. A name that is only a label
/// ("Total") but does not add up is a mistake the user must look at; a longer name that does not
/// add up ("Total Communication", a real service) is an ordinary row.
class TotalsRowDetector
{
public:
    enum class Verdict
    {
        Ordinary,
        Total,
        TotalThatDoesNotAddUp
    };

    /// Looks at a row; a row that is not a total is added to the running sums.
    /// `amount` is the row's amount, negatives included, or nothing when it cannot be read.
    Verdict classify(const QString &name, std::optional<qint64> amount);

    /// The sum the last total was checked against, for messages.
    qint64 expected() const { return m_expected; }

    static bool startsWithTotalsLabel(const QString &name);
    static bool isTotalsLabel(const QString &name);

private:
    qint64 m_section = 0;
    qint64 m_all = 0;
    int m_sectionRows = 0;
    int m_allRows = 0;
    bool m_unreadable = false;
    qint64 m_expected = 0;

    void add(std::optional<qint64> amount);
};

} // namespace lps
