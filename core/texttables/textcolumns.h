#pragma once

#include "amounts/money.h"

#include <QString>
#include <QStringList>

namespace lps {

/// Cell and line helpers shared by the plain-text reports, so that every table fits 80 columns
/// alike.
class TextColumns
{
public:
    static constexpr int kWidth = 80;

    /// Left-justified to exactly width characters, cut with an ellipsis when too long.
    static QString cut(const QString &text, int width);
    static QString right(const QString &text, int width) { return text.rightJustified(width); }
    /// "+£1.00", "-£1.00", "£0.00": a change, signed so that a glance tells gain from loss.
    static QString signedMoney(Money amount, const QString &currency);
    /// Words wrapped to lines of at most width characters, each starting with indent spaces.
    static QStringList wrap(const QString &text, int indent, int width = kWidth);
};

} // namespace lps
