#include "textdecoder.h"

#include <QStringDecoder>

#include <array>

namespace lps {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. Qt 6.4 has no codec for it without ICU.
constexpr std::array<char16_t, 32> kWindows1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

const QByteArray kUtf8Bom("\xEF\xBB\xBF");
const QByteArray kUtf16LeBom("\xFF\xFE");
const QByteArray kUtf16BeBom("\xFE\xFF");

struct Decoded
{
    QString text;
    bool ok = false;
};

Decoded decodeWith(QStringConverter::Encoding encoding, const QByteArray &bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    Decoded result;
    result.text = decoder.decode(bytes);
    result.ok = !decoder.hasError();
    return result;
}

QChar charAt(const QString &text, qsizetype index)
{
    return index < text.size() ? text.at(index) : QChar();
}

// The line of the first undecodable byte, so the user can find it: the decoder marks it U+FFFD.
int firstBadLine(const QString &text)
{
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar::ReplacementCharacter)
            return line;
        if (c == QLatin1Char('\n') ||
            (c == QLatin1Char('\r') && charAt(text, i + 1) != QLatin1Char('\n')))
            ++line;
    }
    return line;
}

TextDecoder::Result withBom(QStringConverter::Encoding encoding, const QString &name,
                            const QByteArray &body)
{
    const Decoded decoded = decodeWith(encoding, body);
    // Only UTF-8 may come without a mark, so only there is the mark worth reporting.
    const QString label =
        encoding == QStringConverter::Utf8 ? name + QStringLiteral(" with BOM") : name;
    TextDecoder::Result result{decoded.text, label, {}};
    if (!decoded.ok) {
        result.error = QStringLiteral("line %1 has bytes that are not %2 although the file starts "
                                      "with a %2 byte order mark; save the file again as "
                                      "\"CSV UTF-8\"")
                           .arg(firstBadLine(decoded.text))
                           .arg(name);
    }
    return result;
}

} // namespace

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.startsWith(kUtf8Bom))
        return withBom(QStringConverter::Utf8, QStringLiteral("UTF-8"), bytes.mid(3));
    if (bytes.startsWith(kUtf16LeBom))
        return withBom(QStringConverter::Utf16LE, QStringLiteral("UTF-16LE"), bytes.mid(2));
    if (bytes.startsWith(kUtf16BeBom))
        return withBom(QStringConverter::Utf16BE, QStringLiteral("UTF-16BE"), bytes.mid(2));
    const Decoded utf8 = decodeWith(QStringConverter::Utf8, bytes);
    if (utf8.ok)
        return {utf8.text, QStringLiteral("UTF-8"), {}};
    return {fromWindows1252(bytes), QStringLiteral("Windows-1252"), {}};
}

QString TextDecoder::fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        const bool windowsRange = byte >= 0x80 && byte <= 0x9F;
        text[i] = QChar(windowsRange ? kWindows1252High.at(byte - 0x80) : char16_t(byte));
    }
    return text;
}

} // namespace lps
