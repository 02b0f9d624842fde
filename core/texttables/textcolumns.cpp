#include "textcolumns.h"

namespace lps {

QString TextColumns::cut(const QString &text, int width)
{
    return text.size() <= width ? text.leftJustified(width)
                                : text.left(width - 1) + QStringLiteral("…");
}

QString TextColumns::signedMoney(Money amount, const QString &currency)
{
    return amount > Money() ? QStringLiteral("+") + amount.formatted(currency)
                            : amount.formatted(currency);
}

QStringList TextColumns::wrap(const QString &text, int indent, int width)
{
    const QString margin(indent, u' ');
    const int room = width - indent;
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        // A word longer than a whole line (a long name) is cut rather than let it overflow.
        const QString fitted = word.size() > room ? cut(word, room) : word;
        if (!line.isEmpty() && line.size() + 1 + fitted.size() > room) {
            lines << margin + line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + fitted;
    }
    if (!line.isEmpty())
        lines << margin + line;
    return lines;
}

} // namespace lps
