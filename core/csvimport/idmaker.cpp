#include "idmaker.h"

namespace lps {

namespace {

constexpr qsizetype kMaxIdLength = 64;

bool isIdChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

QString trimDashes(QString id)
{
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    return id;
}

// Letters that Unicode does not decompose into a base letter and an accent.
QString transliterated(QChar c)
{
    switch (c.unicode()) {
    case u'ł':
        return QStringLiteral("l");
    case u'ø':
        return QStringLiteral("o");
    case u'đ':
    case u'ð':
        return QStringLiteral("d");
    case u'ß':
        return QStringLiteral("ss");
    case u'æ':
        return QStringLiteral("ae");
    case u'œ':
        return QStringLiteral("oe");
    case u'þ':
        return QStringLiteral("th");
    case u'ı':
        return QStringLiteral("i");
    default:
        return QString(c);
    }
}

} // namespace

QString IdMaker::slug(const QString &name)
{
    // Decomposing first turns "é" into "e" plus an accent, so "Café" becomes "cafe", not "caf".
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString id;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        for (const QChar letter : transliterated(c)) {
            if (isIdChar(letter))
                id += letter;
            else if (!id.endsWith(QLatin1Char('-')))
                id += QLatin1Char('-');
        }
    }
    return trimDashes(trimDashes(id).left(kMaxIdLength));
}

QString IdMaker::make(const QString &name)
{
    QString base = slug(name);
    if (base.isEmpty())
        base = m_fallback;
    QString id = base;
    for (int n = 2; m_taken.contains(id); ++n) {
        const QString suffix = QStringLiteral("-%1").arg(n);
        id = trimDashes(base.left(kMaxIdLength - suffix.size())) + suffix;
    }
    m_taken.insert(id);
    return id;
}

} // namespace lps
