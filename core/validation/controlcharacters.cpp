#include "controlcharacters.h"

#include <algorithm>

namespace lps {

bool ControlCharacters::isControl(QChar c, Lines lines)
{
    const char16_t u = c.unicode();
    const bool lineOrTab = u == u'\t' || u == u'\n' || u == u'\r';
    if (lineOrTab)
        return lines == Lines::Refused;
    return u < 0x20 || (u >= 0x7f && u <= 0x9f);
}

std::optional<QChar> ControlCharacters::firstIn(const QString &text, Lines lines)
{
    const auto c = std::find_if(text.cbegin(), text.cend(),
                                [lines](QChar ch) { return isControl(ch, lines); });
    return c == text.cend() ? std::nullopt : std::optional<QChar>(*c);
}

QString ControlCharacters::codePoint(QChar c)
{
    return QStringLiteral("U+%1").arg(
        QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
}

QString ControlCharacters::visible(QString text)
{
    std::replace_if(
        text.begin(), text.end(), [](QChar c) { return isControl(c); },
        QChar(QChar::ReplacementCharacter));
    return text;
}

} // namespace lps
