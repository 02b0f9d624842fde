#include "jsonduplicatekeys.h"

#include <QList>
#include <QSet>

namespace lps {

namespace {

struct Frame
{
    bool object = false;
    QString path;
    QSet<QString> keys;
    QString key;        // the key whose value comes next (objects)
    qsizetype next = 0; // the index of the next element (arrays)
};

class Scanner
{
public:
    explicit Scanner(const QByteArray &json)
        : m_json(json)
    {
    }

    Problems run()
    {
        while (skipSpace()) {
            const char c = m_json.at(m_at);
            if (c == '{' || c == '[') {
                const QString path = childPath();
                m_stack.append({c == '{', path, {}, {}, 0});
                ++m_at;
            } else if (c == '}' || c == ']') {
                m_stack.removeLast();
                ++m_at;
            } else if (c == ',' || c == ':') {
                ++m_at;
            } else if (c == '"') {
                const QString text = string();
                if (expectingKey())
                    key(text);
                else
                    childPath(); // a string value: advance the array index
            } else {
                scalar();
            }
        }
        return m_problems;
    }

private:
    bool skipSpace()
    {
        while (m_at < m_json.size() && QByteArrayView(" \t\r\n").contains(m_json.at(m_at)))
            ++m_at;
        return m_at < m_json.size();
    }

    // In an object, a string right after '{' or ',' is a key.
    bool expectingKey() const
    {
        if (m_stack.isEmpty() || !m_stack.last().object)
            return false;
        qsizetype back = m_start - 1;
        while (back >= 0 && QByteArrayView(" \t\r\n").contains(m_json.at(back)))
            --back;
        return back >= 0 && (m_json.at(back) == '{' || m_json.at(back) == ',');
    }

    void key(const QString &name)
    {
        Frame &frame = m_stack.last();
        frame.key = name;
        const QString path = frame.path.isEmpty() ? name : frame.path + QLatin1Char('.') + name;
        if (frame.keys.contains(name))
            m_problems << Problem::error(
                path, QStringLiteral("is written twice in the same object; keep one of them"));
        frame.keys.insert(name);
    }

    // The path of the value that starts here, advancing the array index it takes.
    QString childPath()
    {
        if (m_stack.isEmpty())
            return QString();
        Frame &frame = m_stack.last();
        if (frame.object)
            return frame.path.isEmpty() ? frame.key : frame.path + QLatin1Char('.') + frame.key;
        return QStringLiteral("%1[%2]").arg(frame.path).arg(frame.next++);
    }

    void scalar()
    {
        childPath();
        while (m_at < m_json.size() && !QByteArrayView(",]} \t\r\n").contains(m_json.at(m_at)))
            ++m_at;
    }

    QString string()
    {
        m_start = m_at++;
        QByteArray raw;
        while (m_at < m_json.size() && m_json.at(m_at) != '"') {
            if (m_json.at(m_at) == '\\')
                raw += m_json.at(m_at++);
            raw += m_json.at(m_at++);
        }
        ++m_at; // the closing quote
        return unescape(raw);
    }

    // Keys are compared as the parser sees them: "\u0079ears" is "years".
    static QString unescape(const QByteArray &raw)
    {
        if (!raw.contains('\\'))
            return QString::fromUtf8(raw);
        QString out;
        QByteArray run;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw.at(i) != '\\') {
                run += raw.at(i);
                continue;
            }
            out += QString::fromUtf8(run);
            run.clear();
            const char e = raw.at(++i);
            if (e == 'u') {
                out += QChar(raw.mid(i + 1, 4).toUShort(nullptr, 16));
                i += 4;
            } else {
                const QByteArrayView from("bfnrt");
                const qsizetype k = from.indexOf(e);
                out += QLatin1Char(k >= 0 ? "\b\f\n\r\t"[k] : e);
            }
        }
        return out + QString::fromUtf8(run);
    }

    const QByteArray &m_json;
    qsizetype m_at = 0;
    qsizetype m_start = 0;
    QList<Frame> m_stack;
    Problems m_problems;
};

} // namespace

Problems JsonDuplicateKeys::find(const QByteArray &json)
{
    return Scanner(json).run();
}

} // namespace lps
