#include "canonicaljsonwriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>

namespace lps {

void CanonicalJsonWriter::newline(qsizetype depth)
{
    m_out += '\n';
    m_out += QByteArray(depth * 2, ' ');
}

void CanonicalJsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (level.count++ > 0)
        m_out += ',';
    newline(m_levels.size());
}

void CanonicalJsonWriter::open(char bracket, bool array)
{
    beforeValue();
    m_out += bracket;
    m_levels.append({array, 0});
}

void CanonicalJsonWriter::close(char bracket)
{
    const Level level = m_levels.takeLast();
    if (level.count > 0)
        newline(m_levels.size());
    m_out += bracket;
}

void CanonicalJsonWriter::beginObject()
{
    open('{', false);
}
void CanonicalJsonWriter::endObject()
{
    close('}');
}
void CanonicalJsonWriter::beginArray()
{
    open('[', true);
}
void CanonicalJsonWriter::endArray()
{
    close(']');
}

void CanonicalJsonWriter::key(const QString &name)
{
    beforeValue();
    m_out += quoted(name);
    m_out += ": ";
    m_afterKey = true;
}

void CanonicalJsonWriter::value(const QString &text)
{
    beforeValue();
    m_out += quoted(text);
}

void CanonicalJsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
}

void CanonicalJsonWriter::value(double number)
{
    beforeValue();
    m_out += CanonicalJsonWriter::number(number);
}

void CanonicalJsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

QByteArray CanonicalJsonWriter::finish()
{
    QByteArray result = m_out + '\n';
    m_out.clear();
    m_levels.clear();
    return result;
}

QByteArray CanonicalJsonWriter::quoted(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (byte < 0x20)
                out += "\\u00" + QByteArray::number(byte, 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    // A byte-order mark inside a string is escaped: JSON readers drop it when it is raw.
    out.replace("\xEF\xBB\xBF", "\\ufeff");
    out += '"';
    return out;
}

QByteArray CanonicalJsonWriter::number(double value)
{
    if (!std::isfinite(value))
        return "null"; // JSON has no NaN or infinity; validation refuses them before writing
    if (value == 0.0)
        return "0"; // also for -0.0
    // The shortest digits that read back as exactly this double, then laid out as ECMAScript's
    // Number::toString does (RFC 8785, JSON canonicalisation): fixed notation from 1e-6 to 1e21.
    char buffer[40];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, std::abs(value),
                                       std::chars_format::scientific);
    const std::string_view text(buffer, size_t(written.ptr - buffer));
    const size_t e = text.find('e');
    std::string digits(text.substr(0, e));
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    const int k = int(digits.size());
    const int n = std::stoi(std::string(text.substr(e + 1))) + 1; // value = 0.digits x 10^n

    std::string out = value < 0 ? "-" : "";
    if (k <= n && n <= 21) {
        out += digits + std::string(size_t(n - k), '0');
    } else if (0 < n && n <= 21) {
        out += digits.substr(0, size_t(n)) + '.' + digits.substr(size_t(n));
    } else if (-6 < n && n <= 0) {
        out += "0." + std::string(size_t(-n), '0') + digits;
    } else {
        out += digits.substr(0, 1);
        if (k > 1)
            out += '.' + digits.substr(1);
        out += (n - 1 < 0 ? "e-" : "e+") + std::to_string(std::abs(n - 1));
    }
    return QByteArray::fromStdString(out);
}

} // namespace lps
