#include "xlsxcelltext.h"

#include <cmath>

namespace lps {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Digits "12345" with the decimal point after `integerDigits` of them (negative: zeros first).
QString positional(const QString &digits, int integerDigits)
{
    if (integerDigits <= 0)
        return QStringLiteral("0.") + QString(-integerDigits, u'0') + digits;
    if (integerDigits >= digits.size())
        return digits + QString(integerDigits - digits.size(), u'0');
    return digits.left(integerDigits) + u'.' + digits.mid(integerDigits);
}

} // namespace

QString XlsxCellText::general(double value)
{
    if (!std::isfinite(value))
        return {};
    if (value == 0.0)
        return QStringLiteral("0"); // -0 too: Excel shows no sign on zero
    // Fifteen significant digits, rounded once by Qt's shortest-exact conversion:
    // "-3.00000000000000e-01".
    const QString scientific = QString::number(std::fabs(value), 'e', 14);
    const qsizetype e = scientific.indexOf(u'e');
    const int exponent = scientific.mid(e + 1).toInt();
    QString digits = scientific.left(e).remove(u'.');
    while (digits.size() > 1 && digits.endsWith(u'0'))
        digits.chop(1);
    const QString sign = value < 0 ? QStringLiteral("-") : QString();
    if (exponent >= -7 && exponent < 21)
        return sign + positional(digits, exponent + 1);
    QString mantissa = digits.left(1);
    if (digits.size() > 1)
        mantissa += u'.' + digits.mid(1);
    return sign + mantissa +
           QStringLiteral("E%1%2")
               .arg(QChar(exponent < 0 ? u'-' : u'+'))
               .arg(std::abs(exponent), 2, 10, QLatin1Char('0'));
}

std::optional<QString> XlsxCellText::number(QStringView value)
{
    bool ok = false;
    const double parsed = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(parsed))
        return std::nullopt;
    return general(parsed);
}

QString XlsxCellText::unescaped(const QString &text)
{
    if (!text.contains(QStringLiteral("_x")))
        return text;
    QString result;
    result.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        // _xHHHH_: seven characters, four of them hexadecimal digits.
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' &&
            text.at(i + 6) == u'_' && isHexDigit(text.at(i + 2)) && isHexDigit(text.at(i + 3)) &&
            isHexDigit(text.at(i + 4)) && isHexDigit(text.at(i + 5))) {
            result += QChar(char16_t(text.mid(i + 2, 4).toUShort(nullptr, 16)));
            i += 7;
        } else {
            result += text.at(i);
            ++i;
        }
    }
    return result;
}

std::optional<XlsxCellText::Reference> XlsxCellText::reference(QStringView text)
{
    qsizetype i = 0;
    qint64 column = 0;
    // At most three letters (XFD) and seven digits (1048576): anything longer is out of range,
    // and stopping early keeps the arithmetic far from overflow.
    for (; i < text.size() && i < 4; ++i) {
        const QChar c = text.at(i).toUpper();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
    }
    const qsizetype letters = i;
    qint64 row = 0;
    for (; i < text.size() && i - letters < 8; ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return std::nullopt;
        row = row * 10 + (c.unicode() - u'0');
    }
    if (letters == 0 || letters == i || i != text.size() || column > kMaxColumns || row < 1 ||
        row > kMaxRows)
        return std::nullopt;
    return Reference{int(row), int(column)};
}

QString XlsxCellText::columnName(int column)
{
    QString name;
    for (int c = column; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

} // namespace lps
