#pragma once

#include "model/enums.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace lps {

/// The value of one cell, or why it has none: the message quotes the cell and says what to write.
template <typename T> struct Parsed
{
    std::optional<T> value;
    QString error;

    bool ok() const { return value.has_value(); }
    static Parsed fail(const QString &message) { return {std::nullopt, message}; }
};

/// Reads the non-money values of spreadsheet cells (counts, shares, yes/no, lists, choices) in the
/// forms a spreadsheet writes them; every function takes a cell that is not blank.
class CsvCellParser
{
public:
    /// "1200" or "1,200"; `unit` names what is counted in messages ("hours").
    static Parsed<qint64> wholeNumber(const QString &text, const QString &unit);
    /// A whole number of hours, as wholeNumber.
    static Parsed<qint64> hours(const QString &text);
    /// must/need/could, and the words councils use: statutory (must), discretionary (could).
    static Parsed<Tier> tier(const QString &text);
    /// An integer in [low, high], e.g. a priority.
    static Parsed<int> integer(const QString &text, int low, int high);
    /// A decimal such as "-0.05", or a percentage such as "-5%" (which reads as -0.05).
    static Parsed<double> decimal(const QString &text);
    /// A share in [0, 1]: "0.6" or "60%"; "60" is refused rather than guessed at.
    static Parsed<double> share(const QString &text);
    /// yes/no/true/false/1/0, ignoring case.
    static Parsed<bool> yesNo(const QString &text);
    /// The items of a `;`-separated list, trimmed, without empty items or repeats.
    static QStringList list(const QString &text);

    /// Lowercase, with runs of spaces and underscores as `-`: "Third sector" -> "third-sector".
    static QString normalizedChoice(const QString &text);

    /// One of an enumeration's spellings, ignoring case and with spaces or `_` for `-`; `aliases`
    /// adds other accepted words ("statutory" for must).
    template <typename Enum>
    static Parsed<Enum> choice(const QString &text, const QList<QPair<QString, Enum>> &aliases = {})
    {
        const QString key = normalizedChoice(text);
        if (const std::optional<Enum> value = enumFromString<Enum>(key))
            return {value, {}};
        for (const auto &[alias, value] : aliases) {
            if (key == alias)
                return {value, {}};
        }
        QStringList accepted = enumSpellings<Enum>();
        for (const auto &alias : aliases)
            accepted << alias.first;
        return Parsed<Enum>::fail(QStringLiteral("\"%1\" is not one of: %2")
                                      .arg(text.trimmed(), accepted.join(QStringLiteral(", "))));
    }
};

} // namespace lps
