#include "canonicaljsonwriter.h"

#include <charconv>
#include <cmath>

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

void CanonicalJsonWriter::beginObject() { open('{', false); }
void CanonicalJsonWriter::endObject() { close('}'); }
void CanonicalJsonWriter::beginArray() { open('[', true); }
void CanonicalJsonWriter::endArray() { close(']'); }

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

void CanonicalJsonWriter::nullValue()
{
    beforeValue();
    m_out += "null";
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
    out += '"';
    return out;
}

QByteArray CanonicalJsonWriter::number(double value)
{
    if (!std::isfinite(value))
        return "null"; // JSON has no NaN or infinity; validation refuses them before writing
    if (value == 0.0)
        return "0"; // also for -0.0, which would otherwise print as "-0"
    char buffer[32];
    // std::to_chars without a precision gives the shortest text that reads back exactly.
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QByteArray(buffer, result.ptr - buffer);
}

} // namespace lps
